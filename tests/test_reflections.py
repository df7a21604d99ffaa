"""Reflections from the person's own words: pronouns turned, feelings named, never a question."""

from __future__ import annotations

import pytest

from assistant.reflections import complex_reflection, simple_reflection, turn_pronouns
from assistant.suggest import affirmation_for, summary_for


@pytest.mark.parametrize("said, expected", [
    ("I am worried about my mum", "you are worried about your mum"),
    ("We keep our house tidy", "you keep your house tidy"),
    ("I've told you before", "you've told me before"),
    ("Can you help me?", "can i help you?"),
    ("You lot never listen", "we never listen"),
])
def test_pronouns_are_turned(said, expected):
    assert turn_pronouns(said).lower() == expected


INPUTS = [
    "I'm so tired, I have to do everything for my mum on my own.",
    "You lot only turn up when something's gone wrong.",
    "My kids are everything to me but I can't get them out of bed in the morning.",
    "I don't like school. The other kids are mean to me at dinner time.",
    "I've been caring for my husband since his stroke and I haven't had a night out in two years.",
    "Fine.",
    "Do I have a choice?",
    "We go to chapel every Sunday and it keeps me going.",
]


@pytest.mark.parametrize("said", INPUTS)
def test_reflections_are_statements_in_the_second_person(said):
    for reflection in (simple_reflection(said), complex_reflection(said)):
        assert reflection.endswith(".") and "?" not in reflection
        assert not any(f" {w} " in f" {reflection.lower()} " for w in ("i'm", "my", "myself"))
        assert reflection[0].isupper()


def test_complex_reflection_names_the_feeling_or_both_sides():
    assert "worn out" in complex_reflection(INPUTS[0])
    assert "fed up" in complex_reflection(INPUTS[1])
    both = complex_reflection(INPUTS[2])
    assert "on the one hand" in both.lower() and "your kids are everything to you" in both


def test_reflections_add_no_facts_the_person_did_not_say():
    said = "I've been caring for my husband since his stroke and I haven't had a night out in two years."
    content = {w.strip(".,").lower() for w in simple_reflection(said).split()}
    allowed = {w.strip(".,").lower() for w in said.split()} | {"you", "you've", "your", "you're", "so"}
    assert content <= allowed


@pytest.mark.parametrize("said, expected", [
    ("I managed to get them to school every day this week!", "You managed to get them to school every day"),
    ("I've looked after my mum for ten years on my own.", "You've looked after your mum for ten years"),
    ("I rang the school myself and asked for a meeting.", "You rang the school yourself"),
])
def test_affirmations_name_the_specific_strength(said, expected):
    affirmation = affirmation_for(said)
    assert affirmation and affirmation["text"].startswith(expected)
    assert not any(g in affirmation["text"].lower() for g in ("well done", "great job", "good job"))


@pytest.mark.parametrize("said", ["The bus is always late.", "Fine.", "It's the blue door at the end.",
                                  "Nobody helps me with anything."])
def test_no_affirmation_when_there_is_nothing_genuine_to_affirm(said):
    assert affirmation_for(said) is None


def test_summary_gathers_what_matters_strengths_worries_and_ends_with_a_check():
    turns = ["The garden is everything to me.", "My neighbour pops in every morning.",
             "I'm scared I'll fall on the steps.", "I could ask my son to fit a rail."]
    tags = [["what_matters"], ["strength"], ["concern"], ["change_talk"]]
    summary = summary_for(turns, tags)
    assert "the garden is everything to you" in summary.lower()
    assert "your neighbour pops in every morning" in summary.lower()
    assert "you'll fall on the steps" in summary.lower()
    assert "your son" in summary.lower()
    assert summary.endswith("Have I got that right? What would you add?")


@pytest.mark.parametrize("words, audience", [
    (["I've kept the kids going to school every day."], "parent"),
    (["I've been caring for my husband since his stroke."], "carer"),
    (["I look after my mum most days."], "carer"),
    (["The bus is always late."], None),
])
def test_audience_is_inferred_only_when_the_words_make_it_plain(words, audience):
    from assistant.suggest import infer_audience

    assert infer_audience(words) == audience
