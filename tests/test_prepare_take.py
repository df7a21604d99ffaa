"""A sheet a practice educator would print and take (issue 15): safety advice fitted to who will be in the room, an
opening fitted to someone wary of us, and nothing that forces positivity on someone who may want to end their life
(review prepare-12's patterns, in wordings of our own)."""

from __future__ import annotations

import re

import pytest


def _questions(sheet: dict) -> list[str]:
    return [q["text"] for block in sheet["stages"] for q in block["questions"]]


def _checks(sheet: dict, concern: str) -> list[str]:
    return next(c["check_first"] for c in sheet["safety"] if c["concern"] == concern)


def test_hopelessness_with_the_wife_in_the_room_is_asked_about_on_their_own(real_runtime):
    sheet = real_runtime.prepare(
        "carer's review - Mr Pugh 80 cares for his wife (vascular dementia) who will be there, she won't settle "
        "without him. He told the district nurse there's no point carrying on like this.").to_dict()
    checks = _checks(sheet, "self_harm")
    assert any("wife may be in the room" in c and "on their own" in c for c in checks)
    assert not any("early in the visit" in c for c in checks)


def test_hopelessness_with_family_far_away_keeps_the_plain_direct_question(real_runtime):
    sheet = real_runtime.prepare(
        "first visit, Mrs Rees 86 lives alone, her daughter lives in Bristol and phones on Sundays. The chemist "
        "says Mrs Rees told her she doesn't want to wake up any more.").to_dict()
    checks = _checks(sheet, "self_harm")
    assert any("early in the visit" in c for c in checks)
    assert not any("may be in the room" in c for c in checks)


def test_strengths_are_not_forced_on_someone_who_may_want_to_end_their_life(real_runtime):
    sheet = real_runtime.prepare(
        "carers assessment - Mrs Bowen 70 looks after her son (brain injury). She told the GP she doesn't want to "
        "wake up any more and is worn out.").to_dict()
    assert any(c["concern"] == "self_harm" for c in sheet["safety"])
    assert not any(re.search(r"(?i)proud of|would find useful|have you learned|achieved", q)
                   for q in _questions(sheet))


def test_a_wary_young_person_gets_an_opening_for_someone_wary_not_the_concern_first_line(real_runtime):
    sheet = real_runtime.prepare(
        "seeing Tia (14) at the youth club on Thursday. Went missing twice, comes back with new clothes and cash "
        "she won't explain, older lads in a car. Our last meeting went badly and she walked out.").to_dict()
    opening = sheet["opening"]["text"]
    assert "rather than saving it for later" not in opening
    assert "what they want" in opening and "what you would have to share" in opening


def test_a_parent_who_hung_up_on_us_still_hears_the_childs_worry_from_the_start(real_runtime):
    sheet = real_runtime.prepare(
        "first visit - dad Lee, boys 3 and 6. School says the 6 yr old has bruises on his arms and is scared to go "
        "home. Lee hung up on us yesterday.").to_dict()
    assert any(c["concern"] == "child_harm" for c in sheet["safety"])
    assert sheet["opening"]["fits"] != "risk_wary"


def test_a_young_person_seen_away_from_home_is_told_what_cannot_stay_secret(real_runtime):
    sheet = real_runtime.prepare(
        "meeting Jordan (15) at school tomorrow, mum won't be there. Police found him in another town twice, "
        "older men giving him lifts and a second phone.").to_dict()
    checks = [c for card in sheet["safety"] for c in card["check_first"]]
    assert not any("plan to see the children" in c for c in checks)
    assert any("never promise to keep a secret" in c for c in checks)


def test_family_at_the_visit_where_a_relative_may_take_her_money(real_runtime):
    sheet = real_runtime.prepare(
        "review - Mrs Hopkins 89 lives with her nephew and his wife. Lunch club say she never has money for the "
        "trips now and her nephew 'keeps her card safe'. The family will all be there.").to_dict()
    checks = _checks(sheet, "exploitation")
    assert any("do not raise money" in c and "in front of them" in c for c in checks)


def test_a_mum_who_told_us_of_outsiders_is_not_treated_as_the_one_taking(real_runtime):
    sheet = real_runtime.prepare(
        "review - Owain 22, learning disability, lives with mum who will be there. Mum says new 'friends' from the "
        "park have been asking him for money and he came home without his phone.").to_dict()
    checks = _checks(sheet, "exploitation")
    assert not any("do not raise money" in c for c in checks)


def test_someone_who_lost_their_job_is_not_asked_how_work_fits_their_life(real_runtime):
    sheet = real_runtime.prepare(
        "duty - woman 50s, lost her job in the spring, behind on the mortgage, letters from the bank. Lives on her "
        "own, home visit Tuesday.").to_dict()
    assert not any(re.search(r"(?i)\b(?:work|job)\b", q) for q in _questions(sheet))


@pytest.mark.parametrize("refusal", ["doesnt want 'to see a counsellor'", "didnt want 'to go to groups'"])
def test_a_quoted_refusal_is_never_said_back_as_a_wish(real_runtime, refusal):
    sheet = real_runtime.prepare(f"first visit, man 60s lives alone, wants help with bills only, {refusal}.").to_dict()
    assert not any(q.startswith("You've said you want") for q in _questions(sheet))


def test_a_relative_who_hovers_where_money_is_going_is_never_asked_about_in_front_of(real_runtime):
    sheet = real_runtime.prepare(
        "review - Mr Price 91, 3 calls a day. Carers say his son moved back in at Easter, the cupboards are bare and "
        "the son draws his pension now; the son is always around when carers come.").to_dict()
    checks = _checks(sheet, "exploitation")
    assert any("do not raise money" in c and "in front of them" in c for c in checks)
    assert not any("{" in c for card in sheet["safety"] for c in card["check_first"])


def test_time_alone_with_a_worn_out_carer_is_asked_plainly_not_as_if_abuse(real_runtime):
    sheet = real_runtime.prepare(
        "carers assessment - Mr Davies 66 cares for his wife (Parkinson's), she will be in the room. He told the "
        "GP he is at breaking point. I'd like a few minutes with him on his own.").to_dict()
    assert any(c["concern"] == "not_coping_at_home" for c in sheet["safety"])
    assert not any("safe to talk" in n for n in sheet["notes"])
    assert any("on their own" in n for n in sheet["notes"])


def test_a_quote_that_ends_a_phrase_and_a_course_being_left_are_not_garbled_into_questions(real_runtime):
    sheet = real_runtime.prepare(
        "review - Cai 18, autism, lives with his dad. finishing college at Easter. he told his support worker he "
        "wants a job 'at the bike shop'. dad will be there.").to_dict()
    asked = _questions(sheet)
    assert not any(re.search(r"(?i)^You've (?:talked about|said you want) (?:at|with|in|for)\b", q) for q in asked)
    assert not any(re.search(r"(?i)keep your job|work fitting|part does work play|your job going", q) for q in asked)
