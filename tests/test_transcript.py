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


@pytest.mark.parametrize("label", ["SW", "sw", "S/W", "Social Worker", "Support worker", "Student social worker"])
def test_the_labels_real_transcripts_use_for_the_worker_are_recognised(label):
    t = parse_transcript(f"{label}: What matters to you?\nKelly: My garden.\n")
    assert [(u.speaker, u.role) for u in t.turns] == [(label, "worker"), ("Kelly", "person")]


TEAMS_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Ffion Jones>Thanks for having me. What matters most</v>

2
00:00:04.000 --> 00:00:06.000
<v Ffion Jones>to you at the moment?</v>

3
00:00:06.500 --> 00:00:09.000
<v Mrs Pritchard>My garden, really.</v>
"""
TEAMS_BLOCKS = ("Ffion Jones   0:03\nThanks for having me.\nWhat matters most to you?\n\n"
                "Mrs Pritchard   0:10\nMy garden, really.\n")
ZOOM = ("[Ffion Jones] 10:03:15\nThanks for having me. What matters most to you?\n"
        "[Mrs Pritchard] 10:03:20\nMy garden, really.\n")
NAME_BLOCKS = "Ffion Jones:\nThanks for having me.\nWhat matters most to you?\n\nMrs Pritchard:\nMy garden, really.\n"


@pytest.mark.parametrize("text", [TEAMS_VTT, TEAMS_BLOCKS, ZOOM, NAME_BLOCKS], ids=["vtt", "teams", "zoom", "blocks"])
def test_meeting_tool_formats_give_one_turn_per_speaker_block(text):
    t = parse_transcript(text, worker="Ffion Jones")
    assert [(u.speaker, u.role) for u in t.turns] == [("Ffion Jones", "worker"), ("Mrs Pritchard", "person")]
    assert t.turns[0].text.startswith("Thanks for having me. What matters most")
    assert t.turns[1].text == "My garden, really." and t.warnings == []


def test_timestamped_lines_lose_their_times_but_keep_times_inside_the_words():
    t = parse_transcript("[00:00:03] SW: How are things?\n00:00:07 Mum: Hard. See you at 10:30\n"
                         "(00:12) Social Worker: Tell me more.\n")
    assert [(u.speaker, u.role, u.text) for u in t.turns] == [
        ("SW", "worker", "How are things?"), ("Mum", "person", "Hard. See you at 10:30"),
        ("Social Worker", "worker", "Tell me more.")]


def test_no_worker_lists_the_speakers_for_a_person_to_choose_without_command_line_words():
    from assistant.transcript import NoWorkerTurns

    with pytest.raises(NoWorkerTurns) as error:
        parse_transcript("Ffion: Hello.\nDai: Hi.\nFfion: How are you?\n")
    assert error.value.speakers == ["Ffion", "Dai"] and "--worker" not in str(error.value)
