"""Confronting with no warning word in it (assistant/arguing.py, read through practice.practice_code): the move is
coded confront whatever the coder read, and the look-alikes a supervisor would not call confronting (the person's
own words asked back, a record read neutrally, genuine praise, empathy about what they should have had) are not.
The wordings are new, not taken from the reviews."""

from __future__ import annotations

import pytest

from assistant.arguing import confronting_without_warning
from assistant.practice import practice_code


@pytest.mark.parametrize("text, previous, coded", [
    # a charge put in the person's mouth, as a check
    ("So you're saying the nurse imagined the bruises?", "she bruises easy, always has", "simple_reflection"),
    ("Are you telling me your neighbour is lying?", "nobody was shouting, he's a liar", "closed_question"),
    # a cause argued, with the answer in the tag
    ("You do realise skipping your tablets is the reason you keep ending up in hospital, right?",
     "i forget them sometimes", "closed_question"),
    # incredulity at the person
    ("You didn't notice your own son had stopped eating?", "he's a teenager, they don't talk", "closed_question"),
    # "should have" about what the person did
    ("You should have phoned the surgery before it got this bad.", "i thought it would pass", "advice"),
    # the person's own plan argued down
    ("The walking frame is no good if you leave it in the bedroom.", "i'll use the frame if i need it",
     "information"),
    # the person's word for it set aside
    ("Three visits from the police is a pattern, not just a row.", "it was just a row, everyone has them",
     "summary"),
    ("Four times since Easter is a pattern, Dai, not bad luck.", "it's just been a bad few months", "summary"),
    # sarcastic praise straight after a lapse
    ("Oh brilliant, that's just what we needed.", "i missed the appointment again", "affirmation"),
    # blame said as a fact, "you" the subject of what was done to others
    ("You left her with him after everything the hospital told you.", "she's with her dad this weekend",
     "simple_reflection"),
    ("You chose the new flat over staying near your daughter.", "the new place has a garden", "complex_reflection"),
    ("You put that man before your own children.", "he's changed, he really has", "information"),
    ("You ignored every letter the housing office sent.", "they never tell me anything", "simple_reflection"),
    # a record answering the person's account with the other side
    ("The ambulance crew noted she was drunk when they arrived.", "she was sober that night, honestly",
     "information"),
    ("The pharmacy records show it's more like three packets a week.", "a few now and then when my back goes",
     "information"),
])
def test_confronting_without_a_warning_word_is_confront(text, previous, coded):
    assert practice_code(text, coded, previous=previous, early=False) == "confront"


@pytest.mark.parametrize("text, previous", [
    # the person's own word asked back is a reflection
    ("So you're saying he thinks you're lying about the money?", "my ex says im lying about the money"),
    ("So you're saying you'd rather keep the evening call?", "i like seeing someone at teatime"),
    # a plain check, no cause argued
    ("You know the duty number if anything changes, right?", "ok"),
    ("You don't have your own key yet?", "not yet"),
    # on the person's side: what they should have had
    ("You should have had someone with you at that appointment.", "i went on my own"),
    ("You shouldn't have to chase them every week.", "i ring them every monday"),
    ("You realise now it's something you shouldn't have said to her.", "i know. i really shouldn't have said it."),
    # the worker's own limits, not the person's plan
    ("It's no use to me if I can't read the letter, so I'll print it bigger.", "the print is tiny"),
    # genuine praise: no lapse told, or the lapse's honesty praised
    ("Oh brilliant, that's a real change from the summer.", "i went to the gym three times this week"),
    ("Oh well done, that's a big step.", "i didn't drink at all this weekend"),
    ("Well done for telling me, that can't have been easy.", "i missed my appointment"),
    # a good choice named, which affirms
    ("You chose the bus over a lift from him, and that took some nerve.", "i got the bus in the end"),
    ("You picked up the phone before it got out of hand.", "i rang the team before it got bad"),
    # what happened to them said back as a fact
    ("You failed your theory test and that really knocked you.", "i was gutted about the test"),
    ("You forgot your keys and had to wait outside in the rain.", "i was stood there for an hour"),
    # a problem label that takes the weight off the person
    ("That's a problem for the council to sort, not for you.", "the damp is getting worse"),
    # the worker quoting the person, or saying back their account of a record
    ('You said "I let him back because the kids cried" - tell me more about that.', "the kids cried for him"),
    ("The police log says you were drunk, and you're saying that's not how it was.",
     "the police log says i was drunk but i wasn't"),
    # their own act said back in their words; a request; what they may do
    ("You left him with your mum so you could be here.", "i left him with my mum so i could come"),
    ("You let the carers know when you need the extra visit.", "they come when i ring"),
    # a record read neutrally, or early to say why the worker came
    ("The hospital notes say the hip has healed well and he can go home on Friday.",
     "what did the hospital say about his hip?"),
    ("The physio's report says you're walking further than last month.", "i've been doing the exercises"),
])
def test_look_alikes_are_not_confronting(text, previous):
    assert not confronting_without_warning(text, previous)


def test_a_record_read_early_in_the_visit_says_why_the_worker_came():
    said = "The school said your daughter was upset in class on Monday."
    assert confronting_without_warning(said, "she was fine on monday", early=False)
    assert not confronting_without_warning(said, "she was fine on monday", early=True)


def test_a_feeling_said_back_keeps_what_follows_it_theirs():
    assert not confronting_without_warning("You're angry that you should have been told sooner.",
                                           "nobody told me anything")
