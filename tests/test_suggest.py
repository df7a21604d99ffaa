"""Suggestions, outcome checks and preparation sheets with the real model, index and shipped weights."""

from __future__ import annotations

import json
import re

import pytest

from assistant.classifiers import read_jsonl
from assistant.corpus import STAGES

pytestmark = pytest.mark.slow
YES_NO = re.compile(r"^(do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might)\b",
                    re.I)

INPUTS = {
    "defensive": "You lot only turn up when something's gone wrong. I don't need you poking about in my life.",
    "child": "I don't like school. The other kids are mean to me at dinner time and I want to stay home with mam.",
    "carer": "I've looked after my wife since her stroke. I love her but I'm exhausted and I never get a break.",
    "parent": "I've kept the kids going to school every day but their dad just doesn't help.",
    "short": "Fine.",
    "long": " ".join(["My son has a learning disability and he's twenty now, and he wants to live on his own like "
                      "his friends, but I worry about who will help him with money and cooking."] * 3),
}


@pytest.mark.parametrize("kind", list(INPUTS))
def test_suggest_gives_two_reflections_and_three_varied_open_questions(real_runtime, kind):
    result = real_runtime.suggest(INPUTS[kind]).to_dict()
    assert result["stage"] in STAGES and 0 < result["stage_confidence"] <= 1
    kinds = [r["kind"] for r in result["reflections"]]
    assert kinds == ["simple", "complex"]
    assert all(not r["text"].endswith("?") for r in result["reflections"])
    questions = result["open_questions"]
    assert len(questions) == 3
    assert len({q["text"] for q in questions}) == 3
    assert all(q["source"].startswith(result["stage"] + "-") and q["stage"] == result["stage"] for q in questions)


def test_no_suggested_open_question_starts_with_a_yes_no_opener(real_runtime):
    for stage in STAGES:
        for text in INPUTS.values():
            for q in real_runtime.suggest(text, stage=stage).open_questions:
                assert not YES_NO.match(q["text"]), q


def test_defensive_words_are_reflected_not_argued_with(real_runtime):
    result = real_runtime.suggest(INPUTS["defensive"])
    complex_ = result.reflections[1]["text"].lower()
    assert "fed up" in complex_
    assert not re.search(r"\b(need to|must|should|have to)\b", " ".join(r["text"] for r in result.reflections))
    assert result.affirmations == []


def test_affirmation_only_when_a_strength_shows(real_runtime):
    assert real_runtime.suggest(INPUTS["parent"]).affirmations[0]["text"].startswith("You've kept the kids going")
    assert real_runtime.suggest(INPUTS["short"]).affirmations == []


def test_stage_override_and_questions_not_already_asked(real_runtime):
    first = real_runtime.suggest(INPUTS["carer"], stage="planning")
    assert first.stage == "planning" and first.stage_source == "chosen"
    asked = [{"speaker": "worker", "text": q["text"]} for q in first.open_questions]
    second = real_runtime.suggest(INPUTS["carer"], turns=asked, stage="planning")
    assert not {q["text"] for q in first.open_questions} & {q["text"] for q in second.open_questions}


def test_summary_appears_after_three_person_turns(real_runtime):
    turns = [{"speaker": "person", "text": "The garden is everything to me."},
             {"speaker": "worker", "text": "Tell me about the garden."},
             {"speaker": "person", "text": "My neighbour Glenys pops in every morning to help me water it."},
             {"speaker": "worker", "text": "What worries you at the moment?"}]
    assert real_runtime.suggest("Fine.", turns=turns[:2]).summary is None
    result = real_runtime.suggest("I'm scared I'll fall on the back steps.", turns=turns)
    assert result.summary and result.summary.endswith("What would you add?")
    assert "garden" in result.summary.lower()


def test_outcome_check_separates_outcomes_from_services(real_runtime):
    service = real_runtime.outcome("Two visits a day from the care team").to_dict()
    assert service["kind"] == "service"
    assert service["prompts"][0] == "What would having two visits a day from the care team make possible for you?"
    outcome = real_runtime.outcome("I want to get back to chapel on Sundays and see my friends").to_dict()
    assert outcome["kind"] == "outcome" and "relationships" in outcome["wellbeing"]
    assert set(outcome) == {"statement", "kind", "confidence", "wellbeing", "prompts"}


def test_labelled_statements_are_valid_data():
    rows = read_jsonl(__import__("assistant.classifiers", fromlist=["LABELLED"]).LABELLED / "outcome_statements.jsonl")
    assert len(rows) >= 150 and {r["kind"] for r in rows} == {"outcome", "service"}
    windows = read_jsonl(__import__("assistant.classifiers", fromlist=["LABELLED"]).LABELLED / "stage_windows.jsonl")
    assert len(windows) >= 200 and {w["stage"] for w in windows} == set(STAGES)


def test_prepare_sheet_has_opening_questions_per_stage_cited_traps_and_oars(real_runtime):
    sheet = real_runtime.prepare("First visit after a police referral; mum is wary of us").to_dict()
    assert [s["stage"] for s in sheet["stages"]] == [s for s in STAGES if s != "reviewing"]
    assert all(s["questions"] and all(not YES_NO.match(q["text"]) for q in s["questions"]) for s in sheet["stages"])
    assert len(sheet["traps"]) >= 3 and all(t["url"].startswith("/guidance/") for t in sheet["traps"])
    assert [o["skill"] for o in sheet["oars"]] == ["Open questions", "Affirm", "Reflect", "Summarise"]
    markdown = sheet["markdown"]
    assert markdown.startswith("# Preparing for the visit") and "## Traps to avoid" in markdown
    assert "[1]" in markdown and "## Sources" in markdown
    assert json.dumps(sheet)


def test_questions_fit_the_audience(real_runtime):
    result = real_runtime.suggest(INPUTS["child"], stage="exploring", audience="child")
    audiences = {d.audience[0] for d in real_runtime.retriever.index.documents
                 if d.id.removeprefix("question:") in {q["source"] for q in result.open_questions}}
    assert audiences <= {"child", "any"} and len(result.open_questions) == 3
