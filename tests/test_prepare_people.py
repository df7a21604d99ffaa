"""Who is at the visit and what the worker wrote they want: read from the whole note, person by person."""

from __future__ import annotations

import pytest

from assistant.prepare import _people_with_sections, concerns_for, fitted_oars, safety_cards, sheet_notes
from assistant.visit import read_visit


class _NoPages:
    documents: list = []


def _sections(context: str) -> list[str]:
    return [p.who for p in _people_with_sections(read_visit(context), context)]


def test_someone_at_the_visit_does_not_seat_the_person_taking_his_money():
    context = ("Annual review for Dylan, 40, autism, own flat. His key worker Sam will be there. Dylan has a "
               "girlfriend he met on a gaming site who keeps asking for money; he sent her 250 pounds.")
    visit = read_visit(context)
    partner = next(p for p in visit.people if p.who.endswith("partner"))
    assert partner.absent == "risk"
    assert not any(w.endswith("partner") for w in _sections(context))
    assert any(p.role == "professional" for p in visit.people)  # the key worker is named as in the room


@pytest.mark.parametrize("context", [
    "Review, Mrs Ellis 82, lives alone in Prestatyn. Her grandson has her bank card and does her shopping.",
    "First visit to Mr Ward 59, brain injury. Says his nephew took his money again last week.",
])
def test_a_relative_the_note_says_takes_from_them_gets_no_questions(context):
    visit = read_visit(context)
    assert any(p.absent == "risk" for p in visit.people[1:])
    assert _sections(context) == [visit.person.who]


def test_a_baby_or_toddler_is_never_named_as_a_risk():
    visit = read_visit("First visit: Chelsea (19) and baby Mia 5 wks. Mark on Mia's leg; Chelsea says her "
                       "friend's toddler hit him while they were round.")
    assert not any(p.absent == "risk" for p in visit.people)


def test_the_young_mum_the_note_opens_on_is_one_person_not_a_parent_and_a_mum():
    visit = read_visit("Initial visit - Megan Jones (22) and baby Alfie 4 wks. HV worried mum seems low and is "
                       "not sleeping. Want to hear how she is finding things.")
    parents = [p for p in visit.people if p.role == "parent"]
    assert len(parents) == 1 and visit.person.who == "mum"


@pytest.mark.parametrize("context", [
    "Mr Dafydd Price 67, Tregaron, looks after his wife Ann who has MS. He says he is worn out. Ann will be in.",
    "Mrs Nasreen Khan 50, Splott, cares for her daughter Sana 24 who has cerebral palsy. Her husband works long "
    "hours. Wants some time for herself.",
])
def test_the_adult_the_note_opens_on_who_cares_for_someone_is_the_carer_and_only_one(context):
    visit = read_visit(context)
    assert visit.person.role == "carer" and visit.person.age is not None
    assert not any(p.role == "carer" for p in visit.people[1:])


def test_a_husband_who_works_long_hours_is_not_at_the_visit():
    visit = read_visit("Carer's conversation with Mrs Begum 47, caring for her mother-in-law. Husband works long "
                       "hours.")
    husband = next(p for p in visit.people if p.who.endswith("husband"))
    assert husband.absent == "away" and "not at the visit" in husband.label


@pytest.mark.parametrize("context", [
    "Six-month review - Mrs Rees 79 at home in Denbigh, carers 3x daily since her discharge last month.",
    "Annual review Mr Hopkins 83. Calls twice a day after discharge in March. Wants to get back to bowls.",
])
def test_a_discharge_behind_them_does_not_make_a_review_a_discharge_visit(context):
    visit = read_visit(context)
    assert visit.kind == "review" and visit.setting == "home"


def test_a_discharge_still_to_come_is_still_a_discharge_on_the_ward():
    visit = read_visit("Discharge planning meeting on Ward 3 for Mr Hill 88 before he goes home on Friday.")
    assert visit.kind == "discharge" and visit.setting == "ward"


def test_children_the_person_lives_with_are_not_questioned_unless_the_worker_plans_to_see_them():
    low = "First contact - Mr Lewis 41, low mood, told GP there is 'no point'. Lives with his kids (8 and 11)."
    assert not any(p.role == "child" for p in _people_with_sections(read_visit(low), low))
    seen = low + " Want to see the kids too."
    assert any(p.role == "child" for p in _people_with_sections(read_visit(seen), seen))


def test_someone_who_dislikes_questions_gets_a_note_and_reflection_led_oars():
    context = "Pathway plan review - Zara 16, in supported lodgings. She is sick of questions from social workers."
    visit = read_visit(context)
    assert "few_questions" in visit.constraints
    assert any("lots of questions" in n for n in sheet_notes(visit, context))
    oars = {line["skill"]: line["text"] for line in fitted_oars(_NoPages(), {"few_questions", "review"})}
    assert "reflections rather than questions" in oars["Reflect"]


def test_someone_who_wants_the_worker_first_gets_a_note_to_hear_the_person_first():
    context = "Visit to Mr Jenkins 52 at the shelter. The shelter manager wants to speak to us first about him."
    notes = " ".join(sheet_notes(read_visit(context), context))
    assert "hear the person's own view" in notes


@pytest.mark.parametrize("context, heard", [
    ("Young carer visit - Owen 12 helps his dad who has COPD. Dad will be there after work.", True),
    ("Young carer visit - Owen 12 helps his dad who has COPD. Dad will be there; see Owen on his own first.", False),
    ("Review for Tia 17, care leaver, in her own flat. New boyfriend (24), stopped going to college.", False),
])
def test_a_child_seen_with_family_at_home_gets_a_plan_to_hear_them_alone(context, heard):
    notes = " ".join(sheet_notes(read_visit(context), context))
    assert ("on their own, with the family's agreement" in notes) is heard


def _cards(context: str) -> list[dict]:
    visit = read_visit(context)
    visit.concerns = concerns_for(context, None, visit)
    return safety_cards(visit, context)


def test_a_carer_who_may_be_harming_the_one_they_look_after_gets_a_card_that_hears_the_strain():
    cards = _cards("Carer's assessment for Mr Gwyn Rowlands 70, looking after his wife Megan who has vascular "
                   "dementia. District nurse says he has been snapping at her and once grabbed her arm.")
    card = next(c for c in cards if c["concern"] == "domestic_abuse")
    assert "carer under strain" in card["title"] and "adult at risk" in card["text"]
    words = " ".join(card["check_first"] + card["questions"])
    assert "on their own" in words and "keep yourself safe" not in words and "safer at home" not in words


def test_a_cared_for_son_lashing_out_at_his_mum_never_makes_her_the_one_harming():
    cards = _cards("Carer's assessment Mrs Lyn Roberts 52, cares for her son Ben 20 who has autism. He lashes out at "
                   "her when his routine changes and she is worn out.")
    assert not any("carer under strain" in c["title"] for c in cards)


@pytest.mark.parametrize("context", [
    "Child in need visit, Ellie Price 20, baby Noah 4 months, flat in Rhyl. Ellie's mum helps most days and will "
    "be there.",
    "First visit - Jess 19 and baby Ava 8 wks. Her mum comes round every day and will be there.",
])
def test_a_young_mums_own_mum_is_family_not_a_second_parent(context):
    visit = read_visit(context)
    gran = next(p for p in visit.people[1:] if p.who.endswith("mum"))
    assert gran.role == "family" and gran.audience != "parent"
    assert [p.role for p in visit.people].count("parent") == 1


def test_a_neglect_note_where_someone_keeps_people_out_plans_how_to_see_the_person():
    cards = _cards("Visit to Mr Ivor Lloyd 80 and his wife Gwen 77, Llandrindod. Neighbour worried: house smells, "
                   "Ivor looks thin, Gwen keeps everyone out and does all the talking.")
    checks = " ".join(next(c for c in cards if c["concern"] == "neglect")["check_first"])
    assert "refused entry" in checks and "on their own" in checks


def test_a_family_named_by_surname_is_the_household_not_one_more_person():
    visit = read_visit("Child in need review for the Hughes family - mum Carys (29), kids Evan 9 and Mali 5. "
                       "Dad lives away.")
    assert not any(p.who == "the family" for p in visit.people)


@pytest.mark.parametrize("context, who", [
    ("I'll see Mrs Evans 84 with her son Huw, who wants her to move into a home.", "son"),
    ("First visit, Jo Adams 30, low mood. Seeing Jo and her partner together at home.", "partner"),
    ("Assessment for Mrs Bell 88 after a fall. Her niece will sit in on the visit.", "niece"),
    ("Ward review, Mr Hale 90, broken hip. Daughter Nerys wants him in a home. Meeting at his bed, Nerys coming too.",
     "daughter"),
])
def test_family_the_note_says_will_be_at_the_visit_get_their_own_questions(context, who):
    assert any(w.endswith(who) for w in _sections(context))


@pytest.mark.parametrize("context", [
    "Review, Mr Jones 70, lives with his wife Sue. I'm new to Welsh so Gwen, a colleague, is coming too.",
    "Seeing Cerys 10 at school tomorrow, her teacher Mr Pugh will sit in. Lives with mum and dad.",
    "Review for Mr Bryn 77 at home. Want to see him on his own for part of it, without falling out with his son.",
])
def test_a_presence_sentence_about_someone_else_seats_no_family(context):
    sections = _sections(context)
    assert len(sections) == 1, sections


@pytest.mark.slow
@pytest.mark.parametrize("context, first", [
    ("Annual review for Mr Ifan Jones 85, Dolgellau, carers from the agency twice a day since his stroke. Want to "
     "see how life is going for him.", "Reviewing the service"),
    ("Pathway plan review, Kieran 17, supported lodgings in Bangor. He says he is fed up of questions from "
     "professionals.", "Asking too many questions"),
])
def test_the_trap_the_note_calls_for_comes_first(real_runtime, context, first):
    traps = real_runtime.prepare(context).to_dict()["traps"]
    assert traps and traps[0]["text"].startswith(first)


def test_a_verb_opening_a_sentence_is_printed_and_the_names_around_it_are_not():
    from assistant.prepare import redact_context
    printed = redact_context("Mrs Olwen Pugh 88, Bala. Prefers Welsh. Loves Gareth visiting on Sundays.")
    assert "Prefers Welsh" in printed and "Loves" in printed
    assert "Olwen" not in printed and "Pugh" not in printed and "Gareth" not in printed


@pytest.mark.parametrize("context, kind, setting", [
    ("Visit to Mr Tom Price 45, not working since his accident, low mood, GP referral.", "first_visit", "home"),
    ("Mrs Jane Hill 39, her cooker isn't working and the kids have no uniform. Referral from school.",
     "first_visit", "home"),
    ("Direct payment not working for Mr Dean 52 - his PA keeps cancelling.", "follow_up", "home"),
    ("First visit to Mrs Ward 77 at her flat. Daughter says she is struggling.", "first_visit", "home"),
    ("Hospital discharge last week, Mr Owen 81 now home, first visit to see how he is managing.",
     "first_visit", "home"),
    ("Assessment for Sian 30, learning disability, after her discharge from Glan Clwyd in June.", "assessment",
     "home"),
])
def test_the_kind_of_visit_and_its_place_are_read_from_the_whole_note(context, kind, setting):
    visit = read_visit(context)
    assert (visit.kind, visit.setting) == (kind, setting)


@pytest.mark.parametrize("context, abuse", [
    ("First visit - Shannon 21 and baby Kai 10 wks. GP saw bruising on Kai's arm. Her boyfriend is always in and "
     "speaks for her.", True),
    ("Review, Mr Hughes 84, dementia. His wife does all the talking; she wants more respite.", False),
])
def test_a_partner_who_speaks_for_them_beside_an_injury_is_held_as_possible_abuse(context, abuse):
    cards = _cards(context)
    assert any(c["concern"] == "domestic_abuse" for c in cards) is abuse
    if abuse:
        checks = " ".join(c for card in cards for c in card["check_first"])
        assert "do not raise" in checks


# Who the sheet is for, in notes typed all in lower case (new wordings, none from a review).
@pytest.mark.parametrize("context, audience, age", [
    ("ceri 27 autism and anxiety, lives with dad geraint, college course ended. dad will sit in", "adult", 27),
    ("review for mr gwilym price 91, lives alone since his wife passed, daughter rings daily", "older_person", 91),
    ("callum 15 excluded from school twice this term, mum leanne will be there, he wants to do mechanics",
     "young_person", 15),
    ("annual review for eleri 8 cerebral palsy, uses a wheelchair, mum and dad both there", "child", 8),
])
def test_a_lower_case_note_is_for_the_one_it_opens_on_with_their_age(context, audience, age):
    person = read_visit(context).person
    assert person.role == "person" and person.audience == audience and person.age == age


def test_the_one_cared_for_is_the_person_and_the_one_caring_their_carer():
    context = ("mrs glenys morgan 79, alzheimers getting worse, husband emyr 83 does all her care now and is "
               "exhausted. first visit, both will be there")
    visit = read_visit(context)
    assert visit.person.role == "person" and visit.person.age == 79
    assert any(p.role == "carer" and p.who.endswith("husband") for p in visit.people[1:])


def test_a_relative_suspected_of_taking_from_an_older_couple_is_never_the_person():
    context = ("visit to mr and mrs owen (both in their 90s) after concerns nephew dylan (31) is taking their "
               "money, he has moved in with them. want to see them on their own")
    visit = read_visit(context)
    assert visit.person.age != 31 and visit.person.audience == "older_person"
    assert any(p.absent == "risk" for p in visit.people[1:])


def test_a_younger_brother_keeps_his_own_age_and_the_young_carer_hers():
    visit = read_visit("young carer review: nia 14 helps dad who has copd, and minds little brother twm (5) after "
                       "school. dad will be home")
    assert visit.person.age == 14
    assert any(p.age == 5 and p.role == "child" for p in visit.people[1:])


def test_a_parents_partner_is_named_as_theirs_not_the_young_persons():
    visit = read_visit("kai 16 sofa surfing since his dad's new girlfriend moved in and they rowed. seeing him "
                       "at the youth centre")
    assert visit.person.age == 16
    assert any(p.who == "dad's partner" for p in visit.people[1:])


@pytest.mark.parametrize("context", [
    "care package 2 calls a day, mrs jones is happy with it",
    "ot recommends 4 calls a day and a key safe",
    "visit tmrw 10 am with the family",
])
def test_counts_and_times_are_no_ones_age(context):
    assert all(p.age is None for p in read_visit(context).people)


@pytest.mark.parametrize("context", [
    "yearly review for bethan, cerebral palsy, mum and dad will both be in",
    "ellis's review at home, he uses makaton, mum sam will be there",
])
def test_a_visit_named_for_someone_is_never_made_for_the_parents_named_after(context):
    visit = read_visit(context)
    assert visit.person.role == "person" and visit.person.age is None
    assert all(p.role != "parent" for p in visit.people)


def test_a_review_for_mum_is_still_mums():
    assert read_visit("review for mum, kids will be at school").person.role == "parent"


def test_a_child_is_not_asked_to_run_the_direct_payments(real_runtime):
    context = ("direct payments review for nia 8, down syndrome, her PA takes her to gymnastics. mum rhian and dad "
               "will both be there")
    sheet = real_runtime.prepare(context).to_dict()
    person = read_visit(context).person
    assert person.audience == "child" and person.age == 8
    sheet_texts = [q["text"] for b in sheet["stages"] if b["for"] == person.who for q in b["questions"]]
    assert not any("direct payment" in t.lower() or " pa " in f" {t.lower()} " for t in sheet_texts)
