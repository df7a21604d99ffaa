"""Transcript parsing: labels, continuation lines, odd input."""

from __future__ import annotations

import pytest

from assistant.transcript import TranscriptError, parse_transcript


def test_worker_labels_are_recognised_case_insensitively():
    t = parse_transcript("SOCIAL WORKER: Hello.\nKelly: Hi.\ncounsellor: How are things?\nDai: Fine.\n")
    assert [u.role for u in t.turns] == ["worker", "person", "worker", "person"]
    assert [u.speaker for u in t.turns] == ["SOCIAL WORKER", "Kelly", "counsellor", "Dai"]


def test_named_worker_with_worker_option():
    t = parse_transcript("Ffion: Shall we start?\nMrs Pritchard: If we must.\n", worker="ffion")
    assert [u.role for u in t.turns] == ["worker", "person"]


def test_blank_lines_skipped_and_unlabelled_lines_joined_with_warning():
    t = parse_transcript("Worker: How was the week?\n\nKelly: Hard.\nReally hard, to be honest.\n\n")
    assert len(t.turns) == 2
    assert t.turns[1].text == "Hard. Really hard, to be honest."
    assert t.warnings == ["line 4 has no speaker label; joined to the turn before it"]


def test_non_ascii_and_times_are_kept_in_text():
    t = parse_transcript("Worker: Sut wyt ti? Meet at 10:30?\nSiân: Iawn diolch — café’s fine.\n")
    assert t.turns[0].text == "Sut wyt ti? Meet at 10:30?"
    assert t.turns[1].speaker == "Siân"


@pytest.mark.parametrize("text, message", [
    ("", "no turns found"),
    ("just some notes\nwith no labels\n", "no turns found"),
    ("Kelly: Hello.\nDarren: Alright.\n", "no worker turns found"),
])
def test_unusable_transcripts_are_clear_errors(text, message):
    with pytest.raises(TranscriptError, match=message):
        parse_transcript(text)


WORKER_LABELS = ["Worker", "Practitioner", "Social worker", "Therapist", "Counsellor", "Interviewer"]


@pytest.mark.parametrize("label", list(dict.fromkeys(case(label) for label in WORKER_LABELS
                                                     for case in (str, str.lower, str.upper, str.title, str.swapcase))))
def test_every_worker_label_is_recognised_in_any_case(label):
    t = parse_transcript(f"{label}: What matters to you?\nKelly: My garden.\n")
    assert [(u.speaker, u.role) for u in t.turns] == [(label, "worker"), ("Kelly", "person")]


@pytest.mark.parametrize("label", ["Workers", "Social", "Nurse", "Mum", "Therapist Jo"])
def test_other_labels_are_the_person(label):
    t = parse_transcript(f"Worker: How are things?\n{label}: Fine.\n")
    assert [u.role for u in t.turns] == ["worker", "person"]
