"""Simple or complex, as a supervisor codes a reflection: the person's own words said back with a value or feeling
word added are a simple reflection; weighing what they said against something else, both sides, or what a thing
stands for is a complex one, however many of their words it uses; a "So, ..." that gathers three things is a
summary; and the complex-reflection band is given only where the coding supports it. The lines are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import CodedUtterance, complex_band_is_supported
from assistant.practice import deepens, lists_several, only_their_words, practice_code


@pytest.mark.parametrize("previous, text", [
    ("I love having the grandkids round on a Sunday.", "Having the grandkids round on a Sunday matters to you."),
    ("I want to keep driving to the coast.", "Driving to the coast is really important to you."),
    ("Honestly, I'm so tired of the forms.", "You're tired of the forms."),
])
def test_their_own_words_with_a_value_or_feeling_word_added_are_a_simple_reflection(previous, text):
    assert only_their_words(text, previous)
    assert practice_code(text, "complex_reflection", previous=previous) == "simple_reflection"


@pytest.mark.parametrize("previous, text", [
    # a feeling they did not name is a guess at what is under their words
    ("My son hasn't rung in weeks.", "You're hurt that your son hasn't rung."),
    # what the thing stands for in their life
    ("I still do the crossword he liked.", "The crossword is a way of keeping him close."),
    # weighed against something else
    ("I go to chess on a Friday. I never win but the lads are good.", "The lads matter more to you than the chess."),
])
def test_a_reflection_that_adds_a_guess_a_meaning_or_a_weighing_is_not_read_as_their_words(previous, text):
    assert not only_their_words(text, previous)
    assert practice_code(text, "complex_reflection", previous=previous) == "complex_reflection"


@pytest.mark.parametrize("previous, text", [
    ("I go to chess on a Friday. I never win but the lads are good.", "The lads matter more to you than the chess."),
    ("I go to the gym. It's hard. I keep going for my girls.", "You keep going for your girls, even on the hard days."),
    ("The bungalow's small. I've got my own door though. I'm lonely in the evenings.",
     "The bungalow gives you your own door, but the evenings on your own get to you."),
])
def test_weighing_what_they_said_makes_a_simple_reading_complex_even_in_their_words(previous, text):
    assert deepens(text, previous)
    assert practice_code(text, "simple_reflection", echoes=True, previous=previous) == "complex_reflection"


def test_a_contrast_that_is_the_persons_own_said_back_stays_simple():
    previous = "Everyone else gets picked and I'm still on the bench."
    text = "Everyone else gets picked and you're still on the bench."
    assert not deepens(text, previous)
    assert practice_code(text, "simple_reflection", echoes=True, previous=previous) == "simple_reflection"


@pytest.mark.parametrize("text, coded", [
    ("So the mornings are easier now, the new carer is kinder and you're sleeping through most nights.",
     "simple_reflection"),
    ("So the plan is a commode for upstairs, a rail by the back door and we'll ask about a key safe. Okay?",
     "advice"),
])
def test_a_so_that_gathers_three_things_is_a_summary(text, coded):
    assert lists_several(text, "Yeah.")
    assert practice_code(text, coded, previous="Yeah.") == "summary"


@pytest.mark.parametrize("previous, text", [
    ("Yeah.", "So it's a fall risk, Mr Jones, not only for you but for your wife."),  # a name set off by commas
    ("Yeah.", "So we'd be looking at two calls a day, a key safe and a pendant alarm."),  # the worker's proposal
    ("I've got the bins, the shopping and the garden, all on my own.",
     "So the bins, the shopping and the garden, all on your own."),  # their last turn said back
    ("Okay.", "So you need to ring the GP, book the optician and cancel the milk."),  # telling
])
def test_a_so_that_lists_but_does_not_gather_is_not_a_summary(previous, text):
    assert not lists_several(text, previous)


def _said(*rows):
    return [CodedUtterance("Worker", "worker", text, code, [code], [], coder, 0.9) for text, code, coder in rows]


PLAIN = ("You've got the carers in the morning.", "simple_reflection", "simple_reflection")
DEEP = ("Part of you wants the help and part of you hates needing it.", "complex_reflection", "complex_reflection")
RESTATED = ("You've got the carers in the morning and the evening.", "complex_reflection", "complex_reflection")


def test_no_complex_band_from_a_handful_of_reflections_or_a_close_call():
    assert not complex_band_is_supported(_said(PLAIN, DEEP, DEEP, DEEP))  # four reflections: too few to judge
    # 2 of 5 is "fair", but one reflection read as simple makes it "below fair": a close call
    assert not complex_band_is_supported(_said(PLAIN, PLAIN, PLAIN, DEEP, DEEP))
    # 4 of 6 stays fair or better whichever way one reflection is read
    assert complex_band_is_supported(_said(PLAIN, PLAIN, DEEP, DEEP, DEEP, DEEP))


def test_a_good_complex_band_stands_only_on_reflections_that_visibly_add_meaning():
    assert complex_band_is_supported(_said(PLAIN, PLAIN, DEEP, DEEP, DEEP, DEEP, DEEP, DEEP, DEEP, DEEP))
    # the same share made of restatements: no praise for depth
    assert not complex_band_is_supported(_said(PLAIN, PLAIN, RESTATED, RESTATED, RESTATED, RESTATED, RESTATED,
                                               RESTATED, RESTATED, RESTATED))


def test_what_they_said_at_the_last_visit_gathered_as_a_list_is_a_summary():
    text = ("Last time you said the things that mattered were walking the dog again, cooking for your grandson, and "
            "feeling safe on the stairs. I thought we could go through them one by one.")
    assert practice_code(text, "information", previous="Not too bad, thanks.") == "summary"
    # one thing recalled, and a recall that turns into telling, gather nothing
    assert practice_code("Last time you said the carers were late.", "information") != "summary"
    told = ("Last time you said you'd ring the GP, book the optician, and sort the pendant, so you need to do "
            "that this week.")
    assert practice_code(told, "advice") != "summary"
