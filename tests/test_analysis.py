"""Transcript analysis and checking one's own words, with the real model, index and shipped weights."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import run_cli

from assistant.analysis import compute_metrics, score
from assistant.transcript import parse_transcript

TRANSCRIPTS = Path(__file__).resolve().parent.parent / "data" / "labelled" / "transcripts"


def test_score_formula_rewards_listening_and_penalises_confronting():
    listening = compute_metrics(["open_question", "complex_reflection", "simple_reflection", "affirmation",
                                 "complex_reflection", "summary"], 60, 150)
    directing = compute_metrics(["closed_question", "confront", "advice", "closed_question", "confront"], 90, 120)
    assert listening["score"] > 80 > 20 > directing["score"]
    assert listening["bands"]["reflection_to_question"] == "good"
    assert directing["reflection_to_question"] == 0 and directing["bands"]["percent_open"] == "below fair"
    assert compute_metrics([], 0, 0)["score"] == 0


def test_each_skill_raises_the_score_and_directing_lowers_it():
    neutral = ["other"] * 8
    base = score(neutral)
    for code in ("open_question", "simple_reflection", "complex_reflection", "affirmation", "summary"):
        assert score(neutral[:-2] + [code] * 2) > base, code
    for code in ("closed_question", "information", "advice", "confront"):
        assert score(neutral[:-2] + [code] * 2) < base, code
    assert score(["complex_reflection"] * 4) > score(["simple_reflection"] * 4)


def test_good_practice_closed_questions_do_not_pull_the_score_down_and_summaries_are_not_counted_complex():
    codes = ["closed_question", "open_question", "simple_reflection", "simple_reflection", "complex_reflection",
             "summary", "closed_question"]
    checks = ["Would you like to do this in Welsh or in English?", "What matters most to you at the moment?",
              "You're up at six.", "You miss the choir.", "Part of you wants help, and part of you is wary.",
              "So, the mornings, the choir and your back. Have I got that right?", "Can I ask about your sleep?"]
    plain = ["Do you live alone?", *checks[1:6], "Do you drink?"]
    good, interview = compute_metrics(codes, 60, 150, checks), compute_metrics(codes, 60, 150, plain)
    assert good["score"] > interview["score"]
    assert good["percent_complex"] == interview["percent_complex"] == pytest.approx(33.3, abs=0.1)
    assert good["reflections"] == 4


@pytest.mark.slow
def test_risk_led_transcript_scores_clearly_below_outcome_focused(real_runtime):
    risk = real_runtime.analyse(parse_transcript((TRANSCRIPTS / "risk_led.txt").read_text()))
    good = real_runtime.analyse(parse_transcript((TRANSCRIPTS / "outcome_focused.txt").read_text()))
    assert good.metrics["score"] - risk.metrics["score"] >= 30
    assert risk.metrics["confront"] > good.metrics["confront"]
    assert good.metrics["reflections"] > risk.metrics["reflections"]
    carer_good = real_runtime.analyse(parse_transcript((TRANSCRIPTS / "carer_review_good.txt").read_text()))
    carer_poor = real_runtime.analyse(parse_transcript((TRANSCRIPTS / "carer_review_poor.txt").read_text()))
    assert carer_good.metrics["score"] > carer_poor.metrics["score"]


@pytest.mark.slow
def test_analysis_has_one_utterance_per_turn_with_codes_tags_and_feedback(real_runtime):
    text = (TRANSCRIPTS / "risk_led.txt").read_text()
    result = real_runtime.analyse(parse_transcript(text)).to_dict()
    assert len(result["utterances"]) == len([line for line in text.splitlines() if line.strip()])
    for u, line in zip(result["utterances"], [x for x in text.splitlines() if x.strip()], strict=True):
        assert line.endswith(u["text"])
        if u["role"] == "worker":
            assert u["primary"] and u["codes"][0] == u["primary"]
    assert any(u["tags"] for u in result["utterances"] if u["role"] == "person")
    missed = [f for f in result["feedback"] if f["kind"] == "missed"]
    assert missed and all(f["quote"] in text and f["why"] for f in missed)
    # a better line where one is safe; confronting talk is named even when no safe line exists
    assert all(f.get("better") for f in missed if f["code"] == "closed_question" and f.get("pattern") != "closed_run")
    assert sum(f["code"] == "confront" for f in missed) >= 2
    # "Were the children in the house?" -> "Where were the children?" is still a fact question, and here a safety
    # fact-check that should stay as asked: no such "better" line (say less rather than something wrong)
    assert not any(re.match(r"(?i)(is|are|did|do|has|had|were|where)\b", f.get("better", "")) for f in missed)
    assert len(result["supervision_questions"]) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("text, code", [
    ("Did the argument upset the kids?", "closed_question"),
    ("You need to stop making excuses and take some responsibility.", "confront"),
    ("What would a good day look like for you?", "open_question"),
])
def test_check_codes_and_offers_two_open_alternatives_for_closed_or_confronting(real_runtime, text, code):
    result = real_runtime.check(text).to_dict()
    assert result["code"] == code and result["why"]
    if code == "open_question":
        assert result["open_alternatives"] == []
    else:
        assert 1 <= len(result["open_alternatives"]) <= 2
        assert "Tell me what happened, from your point of view." not in result["open_alternatives"] or \
            code != "closed_question"
        assert all(not re.match(r"(?i)(is|are|did|do|does|have|has|can|could|would)\b", a)
                   for a in result["open_alternatives"])


@pytest.mark.slow
def test_check_keeps_the_intent_of_the_example_question(real_runtime):
    result = real_runtime.check("Did the argument upset the kids?")
    assert "How did the kids seem after the argument?" in [a["text"] for a in result.open_alternatives]


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Have you thought about how upset your grandchildren would be if you had a fall?",
                                  "Have you considered how your wife would cope if you ended up back in hospital?"])
def test_check_names_a_guilt_lever_and_offers_no_version_that_keeps_it(real_runtime, text):
    result = real_runtime.check(text).to_dict()
    assert "guilt or fear" in result["why"]
    assert all(" if " not in a for a in result["open_alternatives"])


def run(argv, capsys, monkeypatch=None, stdin=None):
    return run_cli(argv, capsys, stdin, monkeypatch)


@pytest.mark.slow
def test_cli_analyse_gives_one_json_object_per_file_in_order(real_env, capsys):
    files = [str(TRANSCRIPTS / "outcome_focused.txt"), str(TRANSCRIPTS / "risk_led.txt")]
    code, out, err = run(["analyse", *files, "--json"], capsys)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in rows] == files
    assert rows[0]["metrics"]["score"] > rows[1]["metrics"]["score"]
    assert set(rows[0]["metrics"]) >= {"open_questions", "closed_questions", "percent_open", "reflections",
                                       "percent_complex", "reflection_to_question", "affirmations", "summaries",
                                       "confront", "score"}


def test_cli_analyse_without_worker_turns_exits_2(capsys, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Kelly: Hello.\nDarren: Alright.\n")
    code, out, err = run(["analyse", str(path)], capsys)
    assert code == 2 and out == "" and "no worker turns found" in err and len(err.splitlines()) == 1


def test_cli_analyse_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(["analyse", str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and "cannot read" in err


@pytest.mark.slow
def test_cli_check_reads_stdin_lines_as_json_lines(real_env, capsys, monkeypatch):
    code, out, err = run(["check", "--json"], capsys, monkeypatch, "Are you sleeping ok?\nHow are you sleeping?\n")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["code"] for r in rows] == ["closed_question", "open_question"]
    assert rows[0]["open_alternatives"][0] == "How are you sleeping?"


@pytest.mark.slow
def test_team_written_closed_leading_or_confronting_lines_get_open_alternatives_that_stay_on_topic(real_runtime):
    rows = [json.loads(line) for line in (TRANSCRIPTS.parent / "rewrites.jsonl").read_text().splitlines() if line]
    assert len(rows) >= 50
    offered = 0
    for row in rows:
        alternatives = real_runtime.check(row["closed"]).to_dict()["open_alternatives"]
        offered += bool(alternatives)
        assert len(alternatives) <= 2, row["closed"]
        assert not any(re.match(r"(?i)(do|does|did|is|are|was|were|can|could|would|will|have|has|should)\b", a)
                       for a in alternatives), (row["closed"], alternatives)
    assert offered >= 20  # fewer than every line: none rather than a stock prompt that changes what was asked
    children = real_runtime.check("Were the children in the room when it happened?").to_dict()["open_alternatives"]
    assert "How are the children getting on at school?" not in children


@pytest.mark.slow
def test_check_never_turns_a_whether_question_into_an_assumption(real_runtime):
    result = real_runtime.check("And are you going to let him come back when the bail finishes?").to_dict()
    assert not any(a.lower().startswith("how are you going to let him") for a in result["open_alternatives"])


def _said(*rows):
    from assistant.analysis import CodedUtterance

    return [CodedUtterance("Worker", "worker", text, code, [code], [], coder, confidence)
            for text, code, coder, confidence in rows]


def test_complex_reflections_are_called_below_fair_only_when_the_coding_is_sure():
    from assistant.analysis import complex_share_is_sure

    plain = ("You've got the carers in the morning.", "simple_reflection", "simple_reflection", 0.95)
    doubtful = ("You're scared it means you're failing her.", "simple_reflection", "simple_reflection", 0.95)
    deep = ("Part of you wants the help and part of you hates needing it.", "complex_reflection",
            "complex_reflection", 0.9)
    assert complex_share_is_sure(_said(plain, plain, plain, plain, plain, deep))
    assert not complex_share_is_sure(_said(plain, plain, deep))  # too few reflections to judge
    # the reflections that add a feeling could be complex ones the coder missed: no "below fair"
    assert not complex_share_is_sure(_said(plain, doubtful, doubtful, plain, plain, deep))
    low = ("You've got the carers in the morning.", "simple_reflection", "simple_reflection", 0.5)
    assert not complex_share_is_sure(_said(plain, low, low, plain, plain, deep))


def test_a_listening_band_in_a_confronting_visit_says_so_and_a_listening_visit_gets_no_such_note():
    from assistant.analysis import confronting_notes

    arguing = compute_metrics(["confront", "complex_reflection", "confront", "closed_question", "complex_reflection",
                               "confront", "simple_reflection", "open_question"], 80, 160)
    assert arguing["bands"]["percent_complex"] == "good"
    notes = confronting_notes(arguing)
    assert "3 confronting lines against 3 reflections" in notes["percent_complex"]
    listening = compute_metrics(["open_question", "complex_reflection", "confront", "simple_reflection",
                                 "complex_reflection", "summary"], 60, 150)
    assert confronting_notes(listening) == {}
