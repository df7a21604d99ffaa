"""Feedback a supervisor can trust: rewrites that presuppose nothing, no blaming reflections, praise only of
confident good lines, the Active Offer and hospitality read as good practice and other talk, a missed summary only
without a summary, varied better lines, the conversation's arc, and a score that ranks practice sensibly."""

from __future__ import annotations

import pytest

from assistant import feedback as fb
from assistant.analysis import score, supervision_questions
from assistant.feedback import Line
from assistant.practice import practice_code
from assistant.rewrite import keeps_meaning, open_alternatives, template_rewrite

MOMENTS = {"confront": 'When you said "{quote}", the person answered "{reply}". What was going on for you?',
           "started_well_then_directed": 'It turned around "{quote}". What changed for you?',
           "did_well": 'What helped you say "{quote}"?'}


def worker(text: str, code: str, confidence: float = 0.9, coder: str | None = None) -> Line:
    return Line("worker", text, code, coder or code, confidence, [code])


def person(text: str) -> Line:
    return Line("person", text, None, None, 0.0, [])


@pytest.mark.parametrize("question", [
    "And are you going to let him come back when the bail finishes?",
    "Are you claiming Carer's Allowance?",
    "Is she continent?",
    "Would you like to have this conversation in Welsh?",
    "Do you want to go home?",
])
def test_no_rewrite_assumes_the_answer_to_a_yes_no_question(question):
    assert template_rewrite(question) is None
    assert open_alternatives(question, [], n=2, generic=False) == []


@pytest.mark.parametrize("question, rewrite", [
    ("Do you feel safe at home?", "How safe do you feel at home?"),
    ("Are you sleeping ok?", "How are you sleeping?"),
    ("Did the argument upset the kids?", "How did the kids seem after the argument?"),
    ("Do you like school?", "What is school like for you?"),
    ("Did you feel scared when he shouted?", "How did you feel when he shouted?"),
])
def test_safe_rewrites_keep_the_question_and_add_no_new_referent(question, rewrite):
    assert template_rewrite(question) == rewrite
    assert keeps_meaning(question, rewrite)


def test_a_rewrite_with_a_new_verb_or_referent_is_refused():
    assert not keeps_meaning("Do you feel safe at home?", "What helps you feel safe at home?")
    assert not keeps_meaning("Is there a court order?", "What is it like when the police come round?")


def test_a_workers_accusation_never_comes_back_as_the_persons_words():
    lines = [person("He keeps getting picked on at school."),
             worker("Kelly, you're her mum and it's your responsibility to make sure she's at school on time.",
                    "confront"),
             person("So it's my fault he's being picked on now?"),
             worker("If you don't get him there, it goes to conference.", "confront"),
             person("It's my fault, is it. I'm a bad mum.")]
    items = fb.missed(lines)
    assert [i["code"] for i in items] == ["confront", "confront"]
    for item in items:
        assert "fault" not in item.get("better", "") and "responsib" not in item.get("better", "")
    assert fb.safe_reflection("It's my fault he's being picked on now.", lines[1].text) is None


def test_did_well_quotes_only_confident_good_lines_without_a_confronting_cue():
    lines = [worker("Two incidents isn't a one off though, is it, you can see how that looks.",
                    "complex_reflection"),
             worker("You've been carrying a lot on your own and still got the kids to school.", "affirmation",
                    confidence=0.4),
             worker("You'd rather struggle yourself than see him frightened at night.", "complex_reflection",
                    confidence=0.8),
             worker("So, to sum up, you want the nights back, some time with Pat, and Alan safe.", "summary",
                    confidence=0.9, coder="advice")]
    quoted = [i["quote"] for i in fb.did_well(lines)]
    assert quoted == ["You'd rather struggle yourself than see him frightened at night."]


@pytest.mark.parametrize("offer", ["Would you like to have this conversation in Welsh?",
                                   "Hoffech chi gael y sgwrs yn Gymraeg?",
                                   "Would you prefer we talk in Welsh or English today?"])
def test_the_active_offer_is_good_practice_never_a_missed_open_question(offer):
    lines = [worker(offer, practice_code(offer, "closed_question")), person("Cymraeg, plis.")]
    assert lines[0].primary == "closed_question"
    assert fb.missed(lines) == []
    assert [i["code"] for i in fb.did_well(lines)] == ["active_offer"]


@pytest.mark.parametrize("text, coded", [("Milk no sugar?", "confront"), ("Milk no sugar for me, lovely.", "advice"),
                                         ("Kettle on?", "confront"), ("Can I come in?", "closed_question")])
def test_hospitality_is_other_talk_never_confronting(text, coded):
    assert practice_code(text, coded) == "other"


def test_confront_stands_only_with_a_confronting_cue():
    assert practice_code("You should ring the Carer's Allowance Unit, I'll give you the number.", "confront") == \
        "advice"
    assert practice_code("Every visit is written up and you get a copy.", "confront") == "information"
    assert practice_code("Two incidents isn't a one-off though, is it?", "confront") == "confront"
    assert practice_code("Why did you let him back in?", "confront") == "confront"


def test_missed_summary_only_when_no_summary_was_given():
    summary = "So, you want to get back to bowls, keep the car for Thursdays, and Eleri to help with the shop."
    assert practice_code(summary, "advice") == "summary"
    lines = [x for n in range(6) for x in (person(f"Thing {n} matters to me."), worker("Mm.", "other"))]
    assert fb.missed_summary(lines + [worker(summary, "summary")], summaries=1) == []
    [item] = fb.missed_summary(lines, summaries=0)
    assert item["code"] == "summary" and "No summary" in item["why"]


def test_better_lines_are_not_repeated_and_nothing_generic_is_offered():
    bank = [("exploring-040", "How is your own health holding up with everything you do?")]
    asked = ("Any health problems yourself?", "Is your health ok?", "Are you seeing the GP about your health?",
             "Had you been drinking?")
    lines = [worker(q, "closed_question") for q in asked]
    items = fb.missed(lines, lambda text: bank, similar=lambda a, b: 0.8)
    betters = [i["better"] for i in items]
    assert len(betters) == len(set(betters)) == 1
    assert not any("Tell me what happened" in b for b in betters)


@pytest.mark.parametrize("question, bank_question, similar", [
    # the bank question is about something else: the worker asked about personal care tasks
    ("Do you help with personal care? Washing, dressing, toileting?", "What helps you keep going as a carer?", 0.8),
    # close in words, far in meaning
    ("Have your family said anything about you moving?", "How have your hopes for your family moved on?", 0.4),
    # a safeguarding question is never replaced by a bank question
    ("Has he been drinking when the kids are in?", "What do you and the kids enjoy doing together?", 0.9),
])
def test_a_bank_question_that_changes_what_was_asked_is_never_offered(question, bank_question, similar):
    lines = [person("Things have been hard since the summer."), worker(question, "closed_question")]
    items = fb.missed(lines, lambda text: [("bank-1", bank_question)], similar=lambda a, b: similar)
    assert all(i.get("better") != bank_question for i in items)


def test_the_arc_shows_a_visit_that_started_well_then_lectured():
    good = [worker("You'd rather be at home with the dog than anywhere else.", "complex_reflection"),
            worker("What does a good day look like for you?", "open_question")] * 3
    bad = [worker("You need to understand how serious this is, or we'll have to act.", "confront"),
           worker("You should move somewhere safer, there's a waiting list.", "advice")] * 3
    lines = [x for u in good + bad for x in (person("Well, I manage."), u)]
    shape = fb.arc(lines)
    assert shape["pattern"] == "started_well_then_directed" and "Started well" in shape["why"]
    assert shape["quote"] == bad[0].text
    questions = supervision_questions({"reflection_to_question": 1.0, "percent_open": 50, "confront": 3,
                                       "advice": 3, "summaries": 0, "affirmations": 0, "score": 40,
                                       "reflections": 3}, {"moments": MOMENTS}, lines, [shape] + fb.missed(lines))
    assert "You need to understand how serious" in questions[0]
    assert "Well, I manage." in questions[1]


def test_score_ranks_closed_and_confronting_visits_low_and_information_above_confronting():
    assert score(["closed_question"] * 12) < 30
    assert score(["information"] * 10) > score(["confront"] * 10)
    mixed = ["open_question", "complex_reflection"] * 4
    assert score(mixed + ["information"] * 2) > score(mixed + ["confront"] * 2)
    assert score(["open_question", "simple_reflection", "complex_reflection"] * 3) > 85
