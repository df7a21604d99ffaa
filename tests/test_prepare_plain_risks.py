"""Risks a worker writes in everyday words reach the sheet's safety section, at a review as at a first visit; and
nothing on the sheet invents a risk, a person or a fact the note does not hold (prepare-11's patterns, in wordings
of our own)."""

from __future__ import annotations

import re

import pytest

from assistant.prepare import concerns_for, redact_context
from assistant.visit import read_visit


def _concerns(context: str) -> list[str]:
    return concerns_for(context, None, read_visit(context))


@pytest.mark.parametrize("context, concern", [
    ("Annual review, Dylan 30, learning disability, own flat. Support staff say a lad he met at the bowling alley "
     "keeps 'borrowing' cash off him, Dylan says they're mates", "exploitation"),
    ("Review of care and support, Mrs Prosser 91. Her nephew has been staying since the summer and now draws her "
     "pension; carers say the cupboards are bare most days", "exploitation"),
    ("Seeing Kacey 15 at youth club - went missing twice this month, turned up with new trainers and money she "
     "won't explain", "exploitation"),
    ("Follow-up with Mr Rowlands 83, widower. His neighbour told the district nurse he'd said there's no point "
     "getting up any more since his wife went", "self_harm"),
    ("First visit, Dilys 77, lost her sister in May. Nurse says Dilys told her she doesn't want to wake up.",
     "self_harm"),
    ("Carer's assessment - Mrs Owen caring for her husband (Parkinson's). Son rang to say she snapped at him "
     "and is exhausted", "not_coping_at_home"),
    ("CIN review: mum Jade, two boys (6 and 8). Nursery says the youngest arrives hungry most mornings.",
     "child_harm"),
    # hopelessness in other words (review prepare-12, unreviewed fix): wanting it all to stop, no point in any of it,
    # not being here by a time to come
    ("Carer's assessment, Mrs Hughes caring for her husband with MS. She told the GP that some days she wants "
     "everything to stop.", "self_harm"),
    ("Duty referral, man 50s lives alone, debt letters piling up. Said on the phone 'whats the point in any of it'",
     "self_harm"),
    ("Home visit, Mrs Jenkins 79, house cold, not eating much. Told her neighbour she won't be here by Easter anyway.",
     "self_harm"),
    ("Annual review, Mrs Rees 90 lives with her son. Day centre say she never has any money for trips now and her "
     "son 'manages her cards'.", "exploitation"),
])
def test_plain_words_for_a_risk_raise_its_safety_card(context, concern):
    assert concern in _concerns(context)


@pytest.mark.parametrize("context, concern", [
    ("Review - Mr Pugh 80, his daughter collects his pension and does his shopping every Friday, all going well",
     "exploitation"),
    ("Hospital discharge, Mrs Ellis 86: she doesn't want to live in a care home, wants to go back to her bungalow",
     "self_harm"),
    ("Review - Mrs Hale 87, her son moved in last year to care for her and collects her pension for her; she is "
     "happy with the calls", "exploitation"),
    ("Review - Mr Daniel 82, his niece takes money out of the bank for him on Mondays and does his shopping",
     "exploitation"),
    ("Review - Mr Lloyd 84, his son will not be here for the visit, he works away; daughter manages his bank card "
     "and all is well", "self_harm"),
    ("Review - Mr Lloyd 84, his son will not be here for the visit, he works away; daughter manages his bank card "
     "and all is well", "exploitation"),
    ("Assessment - Ffion 34 borrowing a wheelchair from the Red Cross until hers is fixed", "exploitation"),
    ("Review for Sam 17, went missing from the care plan paperwork, social worker to redo it; got new trainers "
     "for his birthday", "exploitation"),
])
def test_ordinary_life_in_the_same_words_raises_no_card(context, concern):
    assert concern not in _concerns(context)


def test_a_review_with_money_being_taken_gets_a_safety_section(real_runtime):
    sheet = real_runtime.prepare(
        "review mrs k 84, 3 calls a day. son moved back in after his divorce, she seems withdrawn, he has her bank "
        "card now and is always around when carers come").to_dict()
    assert any(card["concern"] == "exploitation" for card in sheet["safety"])
    assert "on their own" in sheet["markdown"]


def test_no_abuse_style_note_for_a_family_with_no_risk(real_runtime):
    sheet = real_runtime.prepare(
        "assessment - family asked us for help with a ramp and a hoist for their 5 yr old (spina bifida). mum is on "
        "her own with the kids in the week as dad drives lorries. both keen").to_dict()
    assert not sheet["safety"]
    assert "safe to talk" not in sheet["markdown"]


def test_a_wish_for_time_alone_without_a_risk_is_kept_plainly(real_runtime):
    sheet = real_runtime.prepare(
        "carer's assessment - Mrs Price looks after her husband who had a stroke; he is always with her so I'd like "
        "a few minutes with her on her own if she is happy to").to_dict()
    text = sheet["markdown"]
    assert "on their own" in text and "safe to talk" not in text


def test_a_child_word_that_tells_when_adds_no_child(real_runtime):
    sheet = real_runtime.prepare(
        "first visit - dad Marc, daughter 9, son 11. dad had a bad time with children's services when his son was "
        "a toddler. school worried about attendance").to_dict()
    text = sheet["markdown"].lower()
    assert "the toddler" not in text and "the baby" not in text
    visit = read_visit("known to us since she was a baby; now 14, lives with nan")
    assert not any(p.who == "the baby" for p in visit.people)


def test_a_single_parent_is_not_read_as_two_more_parents():
    visit = read_visit("CIN visit - mum Leanne, single parent to Kai (6), nursery says he's often tired")
    assert not any(p.who == "the parents" for p in visit.people[1:])


def test_the_workers_own_work_is_not_a_job_of_the_persons(real_runtime):
    sheet = real_runtime.prepare(
        "first what matters conversation with Mr Khan, 72, after his heart attack. my supervisor wants me to work on "
        "summarising more").to_dict()
    assert "job" not in sheet["markdown"].lower()


def test_no_you_both_question_where_the_partner_answers_for_them(real_runtime):
    sheet = real_runtime.prepare(
        "assessment - Mrs Begum, 70, stroke in June, speech affected. her husband answers for her most of the time. "
        "want to hear what matters to her").to_dict()
    questions = [q["text"] for block in sheet["stages"] for q in block["questions"]]
    assert questions and not any("you both" in q for q in questions)


@pytest.mark.parametrize("context, kept", [
    ("Ail ymweliad nos Iau gyda Mr Alwyn R, mae'n well ganddo siarad yn Gymraeg, merch yn byw ym Mhwllheli",
     ["nos Iau", "yn Gymraeg", "ym Mhwllheli"]),
    ("Visit dydd Gwener - Mererid 80, first language Welsh, son lives yng Nghaernarfon", ["dydd Gwener",
                                                                                           "yng Nghaernarfon"]),
])
def test_welsh_days_languages_and_places_are_not_redacted_as_names(context, kept):
    safe = redact_context(context)
    assert all(k in safe for k in kept), safe
    assert "Alwyn" not in safe and "Mererid" not in safe


def _questions(sheet: dict) -> list[str]:
    return [q["text"] for block in sheet["stages"] for q in block["questions"]]


def test_someone_proud_of_staying_sober_is_not_asked_what_part_drink_plays(real_runtime):
    sheet = real_runtime.prepare(
        "review - Gareth 41, dad to Mia (7). used to drink heavily, now 4 months sober and going to meetings, really "
        "pleased with himself. school have noticed Mia missing PE kit").to_dict()
    asked = [c["question"] for c in sheet["safety"]] + _questions(sheet)
    assert not any("what part do drink" in q.lower() for q in asked)


def test_a_sixteen_year_old_met_at_school_is_not_asked_about_college(real_runtime):
    sheet = real_runtime.prepare(
        "meeting Shannon (16) at school next week in the library, looked after, placement stable, "
        "wants to talk about contact with her brother").to_dict()
    assert not any("college" in q.lower() for q in _questions(sheet))


def test_no_safety_or_money_question_in_front_of_a_relative_who_may_be_taking_from_them(real_runtime):
    sheet = real_runtime.prepare(
        "review - Mr Lewis 90 lives with his granddaughter since the spring; carers say she uses his bank card and "
        "there is often no food in, he has gone very quiet. she is always there when we call").to_dict()
    assert any(c["concern"] == "exploitation" for c in sheet["safety"])
    assert not any(re.search(r"\b(?:safe|money|afraid|scared)\b", q, re.I) for q in _questions(sheet))


def test_a_pre_birth_assessment_gets_the_unborn_babys_safety_card():
    context = "pre-birth assessment next week - Amber 19, 30 wks, care leaver, lives with her boyfriend's family"
    assert "child_harm" in _concerns(context)


def test_keeping_in_touch_after_today_never_opens_the_sheet(real_runtime):
    sheet = real_runtime.prepare("review - Mr Hopkins 79, direct payments for a PA, wants to talk about changing "
                                 "his hours, lives with his dog").to_dict()
    opening = [q["text"] for b in sheet["stages"] if b["stage"] == "opening" for q in b["questions"]]
    assert opening and not any(re.search(r"keep(?:ing)? in touch|after today", q, re.I) for q in opening)


def test_a_worker_building_trust_with_a_hoarder_is_not_told_to_lead_with_the_concern(real_runtime):
    sheet = real_runtime.prepare(
        "first visit to Mr Vaughan after the fire service found candles and piles of papers blocking the stairs. "
        "he hates people in his house - want to take it slowly and build up some trust").to_dict()
    assert any(c["concern"] == "fire" for c in sheet["safety"])
    assert "from the start" not in sheet["opening"]["text"] and "safety worry" in sheet["opening"]["text"]


def test_a_young_persons_review_opens_on_their_views_not_the_service(real_runtime):
    sheet = real_runtime.prepare("LAC review prep - seeing Kyle (14) at his foster home on Tuesday, he wants to "
                                 "talk about seeing his dad more").to_dict()
    text = sheet["opening"]["text"]
    assert "support is turning up" not in text and "what they think" in text
