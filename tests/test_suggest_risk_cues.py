"""Safety cards right every time (review suggest-20, on new wordings): smoking in bed or by home oxygen is a fire
risk; a use of drink or drugs denied or turned down is no cue; a card question built from the person's words is a
sentence; and no question presumes a defensive person, or one just met, will not cope."""

from __future__ import annotations

import re

import pytest

from assistant.language import language_data
from assistant.safety import disclosed, said_together


@pytest.mark.parametrize("said", [
    "Dad lights up a roll-up while the oxygen's on, I've given up telling him",
    "She smokes in bed most nights and I worry she'll nod off",
    "Nan has a cigarette in her bed when she can't sleep",
    "He's on home oxygen and still has a fag in the kitchen",
    "He nods off with a roll-up in his hand most evenings",
])
def test_smoking_in_bed_or_by_oxygen_is_a_fire_risk(said):
    assert "fire" in said_together(said)
    assert "fire" in disclosed(said)


@pytest.mark.parametrize("said", [
    "The fire brigade fitted a smoke alarm by the oxygen last week",
    "I gave up smoking last year and feel loads better",
    "I stopped smoking in bed once they put the oxygen in",
    "I never smoke in bed, only out the back door",
    "The oxygen man comes every Tuesday to check the machine",
    "I stay in bed till ten most days now",
])
def test_smoking_given_up_or_denied_or_one_sign_alone_is_no_fire_risk(said):
    assert "fire" not in said_together(said)
    assert "fire" not in disclosed(said)


def test_the_said_together_lists_are_lower_case_without_repeats():
    data = language_data("safety")
    for entry in data["said_together"]:
        for cues in entry["all"] + [entry.get("but_not", [])]:
            assert all(c == c.lower() and c.strip() == c for c in cues)
            assert len(cues) == len(set(cues)), [c for c in cues if cues.count(c) > 1]
    for name in ("tobacco", "refused_use"):
        assert len(data[name]) == len(set(data[name])) and all(w == w.lower() for w in data[name])


def _cards(runtime, said, audience=None, worker=None):
    conversation = [{"speaker": "worker", "text": worker}] if worker else []
    return runtime.suggest(said, conversation, None, audience).safety


@pytest.mark.parametrize("said, audience", [
    ("I have a fag in bed before I sleep, the nurse doesn't like it with my oxygen", "older_person"),
    ("Mam smokes in bed most nights, I can smell it through the wall", None),
])
def test_a_smoker_in_bed_gets_a_fire_card_not_a_substance_one(real_runtime, said, audience):
    concerns = [c["concern"] for c in _cards(real_runtime, said, audience)]
    assert concerns and concerns[0] == "fire" and "substance_use" not in concerns


def test_smoking_kept_up_after_falling_asleep_with_it_keeps_its_card(real_runtime):
    conversation = [{"speaker": "person", "text": "Sometimes I drop off with a cigarette after a few pints."},
                    {"speaker": "worker", "text": "That sounds worrying."}]
    result = real_runtime.suggest("I'm not giving up the ciggies though, don't ask me to", conversation, None, "adult")
    assert result.safety and "fire" in [c["concern"] for c in result.safety]


def test_a_carer_telling_of_smoking_is_not_asked_about_the_cooking(real_runtime):
    cards = _cards(real_runtime, "He lights up while his oxygen is running, I've told him a hundred times", "carer")
    fire = next(c for c in cards if c["concern"] == "fire")
    assert "cooking" not in fire["question"] and "smok" in fire["question"]


@pytest.mark.parametrize("said", [
    "I don't touch drugs, my nan would kill me",
    "never drink, can't stand the taste",
    "the lads at school all vape and smoke weed but I don't, it's not for me",
])
def test_a_young_person_turning_drink_or_drugs_down_gets_no_substance_card(real_runtime, said):
    concerns = [c["concern"] for c in _cards(real_runtime, said, "young_person")]
    assert "substance_use" not in concerns


@pytest.mark.parametrize("said", [
    "he drinks too much and I don't touch it myself",
    "I've been drinking every day since the funeral",
])
def test_someone_at_home_drinking_or_the_person_s_own_use_still_gets_a_card(real_runtime, said):
    assert "substance_use" in [c["concern"] for c in _cards(real_runtime, said, "adult")]


@pytest.mark.parametrize("said", [
    "hes not a bad lad, he just loses it when hes had a few",
    "It's fine till shes had a drink, she gets nasty when shes like that",
    "theyre ok mostly but it kicks off when theyre in and the door gets slammed",
])
def test_a_card_question_from_their_words_is_a_sentence_with_its_verb(real_runtime, said):
    for card in _cards(real_runtime, said, "adult"):
        question = card["question"]
        assert question.endswith(("?", ".")) and not re.search(
            r"(?i)\b(?:when|if|say)\s+(?:he|she|they|i|you)(?:'?s|'?re|'?m|'?ve|'?d)?[?.]$", question), question


def test_no_question_presumes_a_defensive_parent_or_one_just_met_will_not_cope(real_runtime):
    docs = {d.id.removeprefix("question:"): d for d in real_runtime.retriever.index.documents if d.kind == "question"}
    cases = [
        ("I don't need you lot checking up on me, the kids are fed and happy", "exploring",
         "How have things been with the children?"),
        ("We're fine, honestly, I'm not struggling with them at all", "planning", "What would help at home?"),
        ("It's all getting too much with the three of them", "opening", "Hello, I'm Sian from the family team."),
    ]
    for said, stage, worker in cases:
        result = real_runtime.suggest(said, [{"speaker": "worker", "text": worker}], stage, "parent")
        for q in result.open_questions:
            assert "struggle" not in (docs[q["source"]].presupposes if q["source"] in docs else []), (said, q)
            assert not re.search(r"(?i)overwhelmed|can't cope|not coping", q["text"]), (said, q)


def test_a_parent_who_says_they_are_struggling_makes_the_struggle_present():
    from assistant.suggest import _struggling

    assert _struggling(["Honestly I'm drowning with the twins and work"])
    assert not _struggling(["I'm not struggling, I just wanted some advice"])
    assert not _struggling(["Nobody needs to tell me how to bring them up, I'm finding it hard but we manage",
                            "I don't need help"])


@pytest.mark.parametrize("said", [
    "when mam and dad shout at each other i go in the wardrobe with my ipad",
    "they fight at night and I take my brother upstairs so he doesnt hear",
])
def test_a_child_hiding_when_the_adults_shout_or_fight_is_a_domestic_abuse_cue(said):
    assert "domestic_abuse" in said_together(said)


@pytest.mark.parametrize("said", [
    "mum and dad shout at me to tidy my room, i put my headphones on lol",
    "I just want to hide under the duvet all weekend",
    "my mum and dad argue about money sometimes but they sort it",
])
def test_shouting_at_a_child_to_tidy_up_or_hiding_alone_is_no_domestic_abuse_cue(said):
    assert "domestic_abuse" not in said_together(said)
