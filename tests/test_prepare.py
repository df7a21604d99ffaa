"""Preparation sheets that fit the visit: who is there and their audience, the kind of visit, what the worker asked
us to respect, risk held honestly, traps kept whole, and nothing identifying printed. The reading of the visit is
checked on the whole development set (data/dev/prepare_contexts.jsonl); the sheets themselves use the real model."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.language import language_data
from assistant.prepare import redact_context
from assistant.suggest import audience_fits
from assistant.visit import read_visit

DEV = Path(__file__).parent.parent / "data" / "dev" / "prepare_contexts.jsonl"
ROWS = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
# The first independent review's cases, typed as workers type the night before; development data since that review.
REVIEWED = [json.loads(line) for line in (DEV.parent / "prepare_review_cases.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip()]
SITUATION = {q["id"]: q for q in language_data("prepare")["situation_questions"]}
CARER_WORDS = re.compile(r"\bcar(?:er|ers|ers'|er's|ing)\b", re.I)


def test_the_development_set_is_big_and_well_formed():
    assert len(ROWS) >= 60
    assert len({r["id"] for r in ROWS}) == len(ROWS)
    kinds = Counter(r["visit"] for r in ROWS)
    assert set(kinds) == {"first_visit", "assessment", "review", "core_group", "discharge", "follow_up"}
    assert {r["audience"] for r in ROWS} == {"adult", "older_person", "carer", "parent", "child", "young_person"}
    assert sum(bool(r["concerns"]) for r in ROWS) >= 20 and all(r["good_sheet"] for r in ROWS)


def test_the_person_and_their_audience_are_read_from_the_context():
    wrong = [(r["id"], read_visit(r["context"]).person.audience, r["audience"]) for r in ROWS + REVIEWED
             if read_visit(r["context"]).person.audience != r["audience"]]
    assert len(wrong) <= 2, wrong


@pytest.mark.parametrize("context, audience, age", [
    ("LAC review for Jayden 14 at foster placement, foster carers Sue and Dave will be there", "young_person", 14),
    ("Tyler 15 not been in school since Sept, mum says he's in his room gaming all night", "young_person", 15),
    ("Mr Evans 84 fell at home last wk, 2 days on floor, now back home", "older_person", 84),
    ("Pre-birth / new baby: mum Chloe 22 has a learning disability, baby Lily 3 wks", "parent", 22),
    ("Visit at 11 with Ffion; 2 kids under 5", "adult", None),
])
def test_ages_typed_after_a_name_set_the_audience(context, audience, age):
    person = read_visit(context).person
    assert (person.audience, person.age) == (audience, age)


def test_someone_who_has_died_is_not_involved_in_the_visit():
    visit = read_visit("Mrs Davies 71 lost her husband 2 months ago, daughter in Cardiff")
    assert not any(p.who.endswith("husband") for p in visit.people)


def test_the_kind_of_visit_and_setting_are_read_from_the_context():
    visits = [(r, read_visit(r["context"])) for r in ROWS]
    assert sum(v.kind == r["visit"] for r, v in visits) >= len(ROWS) - 2
    assert sum(v.setting == r["setting"] for r, v in visits) >= len(ROWS) - 2


@pytest.mark.parametrize("context", [
    "84-year-old man; his daughter says he can't cope and the kids keep calling round",
    "Mrs Evans, 88, her son wants her to move; the grandchildren are at school nearby",
    "Couple in their 80s; their daughter and her children live next door",
])
def test_family_words_never_turn_an_older_person_into_a_parent(context):
    visit = read_visit(context)
    assert visit.person.audience == "older_person"
    assert all(p.audience != "parent" for p in visit.people)


def test_a_foster_carer_does_not_turn_a_young_persons_review_into_a_carers_conversation():
    visit = read_visit("Foster-care review for a 14-year-old; her foster carer will be there")
    assert (visit.person.audience, visit.kind) == ("young_person", "review")
    assert [p.role for p in visit.people[1:]] == ["carer"]


def test_the_worker_s_constraints_are_read():
    visit = read_visit("Husband caring for his wife with dementia; he doesn't see himself as a carer")
    assert visit.person.audience == "carer" and visit.person.rejects_carer and "not_carer" in visit.constraints
    assert "easy_read" in read_visit("Young mum, keep it simple and easy read").constraints
    assert read_visit("Couple in their 80s who asked for the visit in Welsh").language == "cy"
    assert "see_alone" in read_visit("He checks her phone; not when he's home").constraints


def test_options_override_what_is_read():
    visit = read_visit("Visit to talk about how things are going", audience="carer", kind="review", language="cy")
    assert (visit.person.audience, visit.kind, visit.language) == ("carer", "review", "cy")
    assert "welsh" in visit.constraints


def test_the_context_is_redacted_before_it_is_printed():
    safe = redact_context("84-year-old Mr Hughes, DOB 12/03/1940, 07700 900123, CF10 1AA; "
                          "Sara Jones says he can't cope")
    for identifier in ("Hughes", "12/03/1940", "07700", "CF10", "Sara", "Jones"):
        assert identifier not in safe
    assert "84-year-old" in safe and "can't cope" in safe
    assert redact_context("Out of school since Easter") == "Out of school since Easter"


@pytest.mark.parametrize("context, names, kept", [
    ("Pre-birth / new baby: mum Chloe 22 has a learning disability, baby Lily 3 wks, Chloe's mum helps a lot",
     ["Chloe", "Lily"], ["mum", "baby", "3 wks", "learning disability"]),
    ("LAC review for Jayden 14 at foster placement, foster carers Sue and Dave will be there",
     ["Jayden", "Sue", "Dave"], ["LAC review", "14", "foster carers"]),
    ("DA follow-up with Leanne, she's back with ex. Daughter says he can't cope. Carer's assessment Thurs",
     ["Leanne"], ["Daughter says", "Carer's assessment", "Thurs", "DA follow-up"]),
    ("First visit to a couple in their 70s; he has Parkinson's; son lives in England", [], ["Parkinson's", "England"]),
])
def test_first_names_typed_alone_are_redacted_and_role_words_are_not(context, names, kept):
    safe = redact_context(context)
    assert not [n for n in names if re.search(rf"\b{n}\b", safe)], safe
    assert all(k in safe for k in kept), safe


# --- sheets with the real model ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sheets(real_runtime):
    return {r["id"]: real_runtime.prepare(r["context"]).to_dict() for r in ROWS + REVIEWED}


@pytest.fixture(scope="module")
def bank_audience(real_runtime):
    return {d.id.removeprefix("question:"): d.audience[0] for d in real_runtime.retriever.index.documents
            if d.kind == "question"}


def _fits(source: str, audience: str, bank_audience: dict) -> bool:
    """Strictly: a child or young person only their own bank items; a situation question only its audiences; the
    worker's own aims are the person's by construction."""
    if source == "worker-aim":
        return True
    if source in SITUATION:
        wanted = SITUATION[source].get("audience", ["any"])
        return "any" in wanted or audience in wanted
    if audience in ("child", "young_person"):
        return bank_audience[source] == audience
    return audience_fits(bank_audience[source], audience)


@pytest.mark.slow
def test_questions_for_the_person_fit_their_audience_strictly(sheets, bank_audience):
    wrong, total = [], 0
    for r in ROWS + REVIEWED:
        sheet = sheets[r["id"]]
        person = sheet["people"][0]["who"]
        for block in sheet["stages"]:
            for q in block["questions"]:
                total += 1
                if block["for"] == person and not _fits(q["source"], r["audience"], bank_audience):
                    wrong.append((r["id"], q["text"]))
    assert len(wrong) <= total * 0.01, wrong


@pytest.mark.slow
def test_sheets_hold_a_few_questions_and_most_are_built_from_the_note(sheets):
    for sheet in sheets.values():
        person = sheet["people"][0]["who"]
        mine = [q for b in sheet["stages"] if b["for"] == person for q in b["questions"]]
        assert 2 <= len(mine) <= 8, sheet["context"]
        assert sum(len(b["questions"]) for b in sheet["stages"]) <= 12
    built = [s for s in sheets.values() if any(q["source"] in SITUATION for b in s["stages"] for q in b["questions"])]
    assert len(built) >= 0.75 * len(sheets)


@pytest.mark.slow
def test_risk_contexts_get_a_think_about_section_and_others_none(sheets):
    risky = [r for r in ROWS + REVIEWED if r["concerns"]]
    missed = [r["id"] for r in risky if not set(r["concerns"]) <= {c["concern"] for c in sheets[r["id"]]["safety"]}]
    alarms = [r["id"] for r in ROWS + REVIEWED if not r["concerns"] and sheets[r["id"]]["safety"]]
    assert len(missed) <= 1 and len(alarms) <= 1, (missed, alarms)
    for r in risky:
        for card in sheets[r["id"]]["safety"]:
            assert {"concern", "text", "question", "check_first", "source"} <= set(card)
            assert "safeguarding" in card["text"] and card["check_first"] and 1 <= len(card["questions"]) <= 2
    assert "## Think about before you go" in sheets[risky[0]["id"]]["markdown"]


@pytest.mark.slow
def test_constraints_are_respected_on_the_sheet(sheets):
    for r in ROWS:
        sheet = sheets[r["id"]]
        texts = [q["text"] for b in sheet["stages"] for q in b["questions"]]
        if "not_carer" in r["constraints"]:
            assert not [t for t in texts if CARER_WORDS.search(t)], r["id"]
        if "easy_read" in r["constraints"]:
            person = sheet["people"][0]["who"]
            assert all(len(q["text"].split()) <= 11 for b in sheet["stages"] if b["for"] == person
                       for q in b["questions"]), r["id"]
        if r["language"] == "cy":
            assert sheet["active_offer"] and "Active Offer" in sheet["markdown"].split("## A suggested opening")[0]
            assert "opening-003" in {q["source"] for b in sheet["stages"] for q in b["questions"]}


@pytest.mark.slow
def test_visit_kinds_shape_the_sheet(sheets):
    by_kind = {r["visit"]: sheets[r["id"]] for r in ROWS}
    titles = {kind: [b["title"] for b in s["stages"] if b["for"] == s["people"][0]["who"]]
              for kind, s in by_kind.items()}
    assert "Reviewing the person's outcomes" in titles["review"]
    assert "Reviewing the plan" in titles["core_group"] and "Who does what next" in titles["core_group"]
    assert any("home" in t for t in titles["discharge"])
    doorstep = next(sheets[r["id"]] for r in ROWS if r["setting"] == "doorstep")
    assert sum(len(b["questions"]) for b in doorstep["stages"]) <= 4


@pytest.mark.slow
def test_no_question_is_on_more_than_a_few_sheets(sheets):
    counts = Counter(q["source"] for s in sheets.values() for b in s["stages"] for q in b["questions"])
    assert max(counts.values()) <= 0.2 * len(sheets), counts.most_common(3)
    assert sum(n > 0.1 * len(sheets) for n in counts.values()) <= 8, counts.most_common(10)


@pytest.mark.slow
def test_cards_are_chosen_for_the_visit(sheets):
    def card(case_id, concern):
        return next(c for c in sheets[case_id]["safety"] if c["concern"] == concern)
    da = card("review1-p11", "domestic_abuse")
    assert any("good time to talk" in c for c in da["check_first"])
    assert any("safety plan" in c for c in da["check_first"])
    assert not any("why" in q.lower() for q in da["questions"])
    core = card("review1-p13", "child_harm")
    assert not any("999" in c for c in core["check_first"]) and any("plan" in c for c in core["check_first"])
    assert "ending your life" in card("review1-p15", "self_harm")["question"]
    assert any("health visitor" in c for c in card("review1-p06", "child_harm")["check_first"])
    assert any("nobody answers" in c for c in card("review1-p10", "neglect")["check_first"])
    young = {c for s in sheets.values() if s["people"][0]["audience"] not in ("child", "young_person")
             for c in (x for card in s["safety"] for x in card["check_first"]) if "16 or 17" in c}
    assert not young


@pytest.mark.slow
def test_traps_are_whole_with_a_counterweight_and_oars_is_fitted(sheets):
    for sheet in sheets.values():
        assert len(sheet["traps"]) == 3
        for trap in sheet["traps"]:
            assert trap["text"][0].isupper() and trap["text"].endswith(".") and len(trap["text"].split()) >= 8
            assert trap["counterweight"].endswith(".") and trap["url"].startswith("/guidance/")
            assert trap["link"] in ("Instead", "But") and 1 <= trap["ref"] <= len(sheet["sources"])
        assert "## Notes" in sheet["markdown"] and sheet["date"] in sheet["markdown"]
        assert all(src["source_url"].startswith("https://") for src in sheet["sources"])
    assert len({tuple(t["text"] for t in s["traps"]) for s in sheets.values()}) >= 10
    assert len({tuple(o["text"] for o in s["oars"]) for s in sheets.values()}) >= 8
    parents = [s for s in sheets.values() if s["people"][0]["audience"] in ("parent", "adult", "older_person")]
    assert not [s["context"] for s in parents if "drawing, play" in s["markdown"]]
    traps_named = [s for s in sheets.values() if "A daughter who helps" in s["markdown"]]
    assert all(re.search(r"daughter|carer|caring|looks after|family|kinship", s["context"], re.I)
               for s in traps_named)


@pytest.mark.slow
def test_nothing_identifying_is_printed_or_returned(real_runtime):
    sheet = real_runtime.prepare("First visit to Mr Hughes, 84, DOB 12/03/1940, tel 07700 900123, CF10 1AA; his "
                                 "daughter Sian Hughes will be there").to_dict()
    printed = json.dumps(sheet)
    for identifier in ("Hughes", "Sian", "12/03/1940", "07700 900123", "CF10 1AA"):
        assert identifier not in printed
    assert sheet["people"][0] == {"who": "the person", "audience": "older_person", "role": "person", "age": 84}
    for case in REVIEWED:
        printed = json.dumps(real_runtime.prepare(case["context"]).to_dict())
        assert not [n for n in case["names"] if re.search(rf"\b{n}\b", printed)], case["id"]
    assert sheet["for"].startswith("For: the person (older person, 84), at home")


@pytest.mark.parametrize("context, concern", [
    ("DA follow up - she is back with ex who was violent, need to check it is safe to talk and her safety plan",
     "domestic_abuse"),
    ("Widow, 3 months on, says there is no point carrying on", "self_harm"),
])
def test_a_visit_note_naming_a_risk_in_plain_words_gets_its_safety_section(real_runtime, context, concern):
    sheet = real_runtime.prepare(context).to_dict()
    assert concern in [card["concern"] for card in sheet["safety"]]


def test_a_school_year_is_not_an_age_and_an_age_in_brackets_is():
    from assistant.visit import read_visit

    visit = read_visit("Home visit after a school referral: PE teacher saw cuts on Kai's arms (15, Yr 10). Mum and "
                       "stepdad will be at home.")
    assert visit.person.age == 15 and visit.person.audience == "young_person"


def test_a_note_that_opens_on_a_mother_and_her_age_is_about_her_not_her_toddler(real_runtime):
    sheet = real_runtime.prepare("Ceri Jones, 24, Penrhys. Told the health visitor her partner pushes her and took "
                                 "her phone. Kids Ruby 3 and Alfie 5 months. Only visit when he is at work.")
    data = sheet.to_dict() if hasattr(sheet, "to_dict") else sheet
    assert data["people"][0]["audience"] == "parent"
    assert "domestic_abuse" in [card["concern"] for card in data["safety"]]
    assert "Ceri" not in data["markdown"] and "Ruby" not in data["markdown"]


# --- who gets questions, and risk on the doorstep (contexts invented for these tests) -------------------------------

def _sections(sheet: dict) -> list[str]:
    return list(dict.fromkeys(b["for"] for b in sheet["stages"]))


def test_a_core_group_is_for_the_parents_not_the_children_who_are_at_school():
    visit = read_visit("Core group at the school for Osian (6) and Efa (10), CP plan. Mum Bethan and dad Rob "
                       "attend with the teacher and the health visitor.")
    assert visit.kind == "core_group" and visit.person.role == "parent"
    assert visit.person.audience not in ("child", "young_person")


def test_a_carers_assessment_is_about_the_carer_even_when_a_name_comes_first():
    visit = read_visit("Carer's assessment for Huw Lloyd, 74, Lampeter, looks after wife Nerys who has dementia. "
                       "Nerys will be in the room.")
    assert (visit.person.role, visit.person.audience) == ("carer", "carer")


def test_someone_not_coming_or_not_wanted_is_marked_absent():
    visit = read_visit("Visit to Cai, 14, at his foster carers. Dad cancelled contact again. Foster carers present.")
    assert [p.absent for p in visit.people if p.role == "parent"] == ["away"]
    visit = read_visit("Home visit, Seren, 16. Mum Ann and stepdad Gary will be at home; Seren told school she "
                       "doesn't want Gary there.")
    stepdad = next(p for p in visit.people if p.who == "stepdad")
    mum = next(p for p in visit.people if p.who == "mum")
    assert stepdad.absent == "unwanted" and not mum.absent and "see_alone" in visit.constraints


@pytest.mark.slow
def test_no_questions_for_people_who_are_not_there_or_not_wanted(real_runtime):
    sheet = real_runtime.prepare("Visit to Cai, 14, at his foster carers. Dad cancelled contact again. Foster "
                                 "carers present.").to_dict()
    assert "dad" not in _sections(sheet) and "the foster carer" in _sections(sheet)
    sheet = real_runtime.prepare("Home visit, Seren, 16. Mum Ann and stepdad Gary will be at home; Seren told school "
                                 "she doesn't want Gary there.").to_dict()
    assert "stepdad" not in _sections(sheet) and "dad" not in _sections(sheet)
    mum = [q["text"] for b in sheet["stages"] if b["for"] == "mum" for q in b["questions"]]
    assert not [t for t in mum if re.search(r"\bchildren\b", t)], mum  # one young person, not "the children"


@pytest.mark.slow
def test_a_core_group_sheet_has_the_parents_first_and_questions_for_the_professionals(real_runtime):
    sheet = real_runtime.prepare("Core group at the school for Osian (6) and Efa (10), CP plan. Mum Bethan and dad "
                                 "Rob attend with the teacher and the health visitor.").to_dict()
    sections = _sections(sheet)
    assert sections[0] == "mum" and "the professionals" in sections
    child_items = [q for b in sheet["stages"] for q in b["questions"] if q["source"].startswith("question:")]
    assert not child_items
    assert sheet["people"][0]["audience"] == "parent"


@pytest.mark.slow
def test_a_carers_sheet_names_who_they_look_after_and_asks_nothing_of_them(real_runtime):
    sheet = real_runtime.prepare("Carer's assessment for Huw Lloyd, 74, Lampeter, looks after wife Nerys who has "
                                 "dementia. Nerys will be in the room. He asked for a bit of a break.").to_dict()
    assert _sections(sheet) == ["the carer"]
    texts = [q["text"] for b in sheet["stages"] for q in b["questions"]]
    assert not [t for t in texts if "the person you" in t], texts
    assert "What would a good break look like for you?" in texts
    assert "Lampeter" in sheet["context"] and "Huw" not in sheet["markdown"] and "Nerys" not in sheet["markdown"]


@pytest.mark.slow
def test_a_doorstep_call_about_an_unseen_baby_holds_the_risk_and_never_offers_another_day(real_runtime):
    sheet = real_runtime.prepare("Doorstep call tomorrow 10am, Penlan. Anonymous call that a baby has been crying "
                                 "for hours most nights. Mum thought to be 20. Going with a colleague.").to_dict()
    child = next(c for c in sheet["safety"] if c["concern"] == "child_harm")
    assert any("see the baby" in c for c in child["check_first"])
    assert any("nobody answers" in c for c in child["check_first"])
    assert not re.search(r"offer another|another day suit|another time if not", sheet["markdown"])
    texts = [q["text"] for b in sheet["stages"] for q in b["questions"]]
    assert texts and all(not q["source"].startswith(("opening-", "closing-")) for b in sheet["stages"]
                         for q in b["questions"]), texts
    assert sum(len(b["questions"]) for b in sheet["stages"]) <= 4


@pytest.mark.slow
def test_a_doorstep_call_with_no_risk_still_offers_another_time(real_runtime):
    sheet = real_runtime.prepare("Quick call on the doorstep to drop off the blue badge form for Mr Rees, 70").to_dict()
    assert not sheet["safety"] and "offer another time" in sheet["opening"]["text"]


@pytest.mark.slow
def test_easy_read_sheets_keep_to_plain_words_and_ask_about_what_they_want(real_runtime):
    sheet = real_runtime.prepare("Visit Dewi, 29, learning disability, asked for easy read. He wants to talk about "
                                 "getting a job at the garden centre. His support worker will be there.").to_dict()
    texts = [q["text"] for b in sheet["stages"] if b["for"] == sheet["people"][0]["who"] for q in b["questions"]]
    assert "What job would you like to do?" in texts
    assert not [t for t in texts if re.search(r"professional|services|describe|living well|values", t, re.I)], texts


@pytest.mark.parametrize("context, kept", [
    ("Core group with the Flying Start worker and the school nurse", "Flying Start"),
    ("Joint visit with North Wales Fire & Rescue to a flat in Rhyl", "North Wales Fire & Rescue"),
    ("Visit in Llandrindod Wells after a fall", "Llandrindod Wells"),
])
def test_services_and_places_are_not_cut_in_two_by_the_redaction(context, kept):
    assert kept in redact_context(context)


@pytest.mark.slow
def test_a_welfare_call_is_not_told_to_leave_things_for_a_visit_they_agree_to(real_runtime):
    sheet = real_runtime.prepare("Doorstep call, flat 3 above the chip shop. Neighbour says a toddler has been "
                                 "crying for hours and a man shouting. Going with a colleague.").to_dict()
    assert {"child_harm", "domestic_abuse"} <= {c["concern"] for c in sheet["safety"]}
    assert "a visit they agree to" not in sheet["markdown"]
    da = next(c for c in sheet["safety"] if c["concern"] == "domestic_abuse")
    assert not any("arrange another time" in c for c in da["check_first"])


@pytest.mark.slow
def test_a_young_person_at_risk_gets_young_peoples_lines_and_is_seen_without_the_unwanted_adult(real_runtime):
    sheet = real_runtime.prepare("Home visit after the school saw cuts on Efa's arms (14). She said she 'doesn't "
                                 "see the point'. Mum and her partner will be at home; Efa doesn't want him there. "
                                 "Mum doesn't know about the cuts.").to_dict()
    card = next(c for c in sheet["safety"] if c["concern"] == "self_harm")
    assert any("Childline" in c for c in card["check_first"]) and not any("Samaritans" in c for c in
                                                                          card["check_first"])
    assert any("ending their life" in c for c in card["check_first"])
    assert any("who tells whom" in c for c in card["check_first"])
    assert any("on their own first" in n for n in sheet["notes"])


@pytest.mark.slow
def test_means_at_home_are_raised_and_falls_are_held_in_proportion(real_runtime):
    sheet = real_runtime.prepare("Mr Pugh, 81, wife died in the spring; told the carer there's no point going on. "
                                 "Keeps her tablets by the bed.").to_dict()
    card = next(c for c in sheet["safety"] if c["concern"] == "self_harm")
    assert any("tablets" in c for c in card["check_first"])
    falls = real_runtime.prepare("Mrs Owen, 86, had a fall in the garden last week, no injury").to_dict()
    card = next(c for c in falls["safety"] if c["concern"] == "not_coping_at_home")
    assert card["text"].startswith("The note suggests managing at home may be getting harder")
    assert "safeguarding" in card["text"]


@pytest.mark.parametrize("context, he_or_she", [
    ("Mr Rees, 82, fell twice; he says he's fine, his son worries", "he"),
    ("Mrs Ali, 77, lost her husband in May; she lives alone", "she"),
    ("She says he checks her phone; he works days", None),
])
def test_the_person_is_only_he_or_she_when_the_note_clearly_says(context, he_or_she):
    from assistant.prepare import person_gender

    assert person_gender(context) == he_or_she


@pytest.mark.slow
def test_questions_name_who_is_meant_in_the_note_s_words_not_placeholders(real_runtime):
    sheets = [real_runtime.prepare(c).to_dict() for c in (
        "Mr Rees, 82, had a fall on Sunday; his daughter says he can't cope and will be there",
        "Mrs Ali, 77, lost her husband in May and says she feels lost without him",
        "Carer's assessment for a man of 70 who looks after his wife; she has dementia",
        "Visit to Nia, 8, at her foster carers; foster carers present",
        "Mrs Bevan, 79, is grieving her husband and not sleeping",
        "First visit to a couple in their 70s; he has MS and she does everything for him")]
    texts = [q["text"] for s in sheets for b in s["stages"] for q in b["questions"]]
    assert not [t for t in texts if re.search(r"the person you (?:have lost|care for|support)|\b(?:to|for) them\b",
                                               t)], texts
    assert "What worries you most, and what do you think matters most to your dad?" in texts
    child = [q["text"] for b in sheets[3]["stages"] if b["for"] == "the child" for q in b["questions"]]
    assert not [t for t in child if re.search(r"\bhome\b", t)], child


@pytest.mark.slow
def test_a_crowded_visit_still_fits_one_page_and_keeps_its_risks_and_the_person_s_questions(real_runtime):
    from assistant.prepare import PAGE_LINES, printed_lines

    sheet = real_runtime.prepare(
        "Core group for Alys (6) and Gethin (9), CP plan under neglect. Mum and dad (separated, argue) attend with "
        "the teacher, the school nurse and the health visitor. Dad drinks most nights; cannabis found by police. "
        "Gethin told the teacher there is no food at weekends and mum says everyone is against her.").to_dict()
    assert printed_lines(sheet["markdown"]) <= PAGE_LINES
    assert {"child_harm", "neglect"} <= {c["concern"] for c in sheet["safety"]}
    assert sum(len(b["questions"]) for b in sheet["stages"] if b["for"] == sheet["people"][0]["who"]) >= 3


def test_a_carer_named_only_by_what_they_do_is_still_in_the_room():
    visit = read_visit("Visit to Mr and Mrs Parry, 85, Bala. Mr Parry has Parkinson's; Mrs Parry does everything "
                       "for him and says she's managing.")
    assert visit.person.audience == "older_person"
    assert [p.role for p in visit.people[1:]] == ["carer"]


@pytest.mark.parametrize("context, thing", [
    ("Review for Mrs Rowlands, 81; goes to a lunch club on Fridays but says she's had enough of it", "the lunch club"),
    ("First visit to Mr Hale, 70, who has stopped going to his allotment since the stroke", "your allotment"),
    ("Mr Tudor, 75, lives alone; his wife's choir friends call round", None),
])
def test_the_part_of_a_life_the_note_names_is_taken_in_its_words(context, thing):
    from assistant.prepare import life_thing
    from assistant.visit import lowered

    assert life_thing(lowered(context)) == thing


@pytest.mark.slow
def test_the_sheet_asks_what_the_named_part_of_their_life_means_to_them(real_runtime):
    sheet = real_runtime.prepare("First visit to Mr Hale, 70, who has stopped going to his allotment since the "
                                 "stroke").to_dict()
    assert "What does your allotment mean to you?" in [q["text"] for b in sheet["stages"] for q in b["questions"]]


@pytest.mark.slow
def test_cards_use_what_the_worker_wrote(real_runtime):
    def card(context, concern):
        sheet = real_runtime.prepare(context).to_dict()
        return next(c for c in sheet["safety"] if c["concern"] == concern)

    da = card("Told the GP her husband hits her and took her bank card. Only come when he's at work; don't leave "
              "any letters.", "domestic_abuse")
    assert any("good time to talk" in c for c in da["check_first"])
    assert any("nothing in writing" in c for c in da["check_first"])
    assert any("economic abuse" in c for c in da["check_first"])
    assert "MARAC" in da["text"] and "safeguarding" in da["text"]
    drugs = card("Home visit: dad on a methadone script, two kids under 7 at home", "substance_use")
    assert any("safe storage" in c for c in drugs["check_first"])
    unknown = card("Never met us before; neighbour says Mr Lane, 70, has no heating and missed his last GP "
                   "appointments", "neglect")
    assert any("go with a colleague" in c for c in unknown["check_first"])


@pytest.mark.slow
def test_hungry_children_at_school_are_a_child_s_safety_card(real_runtime):
    sheet = real_runtime.prepare("School says both kids are coming in hungry; mum and her partner will be at "
                                 "home").to_dict()
    assert "child_harm" in [c["concern"] for c in sheet["safety"]]


def test_a_loss_long_ago_is_not_a_fresh_bereavement():
    assert "bereaved" not in read_visit("Mr Jenkins, 86, lives alone since his wife died in 2015; fell in the "
                                        "garden, no injury").situations
    assert "bereaved" in read_visit("Mrs Rhys, 80, her husband died last month").situations
    assert "wary" not in read_visit("He rang asking for a break, didn't want to make a fuss").situations


@pytest.mark.slow
def test_a_fall_visit_is_not_treated_as_grief_or_low_mood(real_runtime):
    sheet = real_runtime.prepare("Mr Jenkins, 86, lives alone since his wife died in 2015; fell in the garden, no "
                                 "injury. His son will be there.").to_dict()
    texts = [q["text"] for b in sheet["stages"] for q in b["questions"]]
    assert "Tell me about your wife." not in texts and "very low" not in sheet["opening"]["text"]
    fresh = real_runtime.prepare("Mrs Rhys, 80, her husband died last month; her daughter rang us").to_dict()
    assert fresh["opening"]["fits"] == "bereaved"
    assert "Tell me about your husband." in [q["text"] for b in fresh["stages"] for q in b["questions"]]


@pytest.mark.slow
def test_family_at_a_discharge_are_asked_what_they_can_do_and_need(real_runtime):
    sheet = real_runtime.prepare("Discharge meeting on the ward for Mr Ellis after a stroke; wants to go home to "
                                 "his flat; his wife will be there, she has a bad back").to_dict()
    wife = [q["source"] for b in sheet["stages"] if b["for"] == "his wife" for q in b["questions"]]
    assert "sit-discharge-family-1" in wife, wife


@pytest.mark.slow
def test_the_gravest_risk_comes_first(real_runtime):
    sheet = real_runtime.prepare("Mr Hope, 79, not eating and no heating; told his carer there's no point going "
                                 "on").to_dict()
    assert [c["concern"] for c in sheet["safety"]][:1] == ["self_harm"]


@pytest.mark.slow
def test_a_wary_first_visit_does_not_reach_for_a_far_off_future(real_runtime):
    sheet = real_runtime.prepare("First visit to Mr Dale, 68, who told the housing officer to go away; he didn't "
                                 "want us and is hostile").to_dict()
    mine = [b for b in sheet["stages"] if b["for"] == sheet["people"][0]["who"]]
    assert "outcomes" not in {b["stage"] for b in mine} and len(mine) >= 3


def test_a_pre_birth_visit_is_for_the_expectant_parent_and_never_headed_for_a_violent_partner(real_runtime):
    sheet = real_runtime.prepare("Pre-birth assessment next wk, Megan 20, pregnant 30 wks, first baby. Baby's father "
                                 "has a history of violence towards ex partners. Her nan will come with her.")
    data = sheet.to_dict()
    assert data["people"][0]["who"] != "dad" and data["people"][0]["audience"] == "parent"
    assert data["people"][0]["age"] == 20
    assert "domestic_abuse" in [c["concern"] for c in data["safety"]]
    assert {b["for"] for b in data["stages"]} == {data["people"][0]["who"]}  # no questions for the father
    asked = " ".join(q["text"] for b in data["stages"] for q in b["questions"]).lower()
    assert not re.search(r"with the baby|the baby is|baby settled|the children|kids", asked)  # not born yet
    assert "named as a risk" in data["for"]


@pytest.mark.parametrize("context, audience, age", [
    ("Review for Rhys, 41, autism, lives in supported housing. Mum always speaks for him.", "adult", 41),
    ("CYP 16, Kai, looked after, moving placement soon", "young_person", 16),
])
def test_an_adult_named_first_is_the_person_not_the_parent_who_speaks_for_them(context, audience, age):
    person = read_visit(context).person
    assert (person.role, person.audience, person.age) == ("person", audience, age)


def test_a_child_the_worker_wants_to_hear_from_gets_their_own_questions(real_runtime):
    sheet = real_runtime.prepare("Family review with mum and dad. Daughter Nia, 8, has ADHD. Want to hear from "
                                 "Nia too.").to_dict()
    child = next(p for p in sheet["people"] if p["audience"] == "child")
    assert child["age"] == 8 and any(b["for"] == child["who"] for b in sheet["stages"])


def test_a_parent_who_must_not_know_yet_gets_no_questions(real_runtime):
    sheet = real_runtime.prepare("Seeing Cai, 13, at school about caring for his dad who drinks. Dad doesn't know "
                                 "yet we're seeing him.").to_dict()
    assert sheet["visit"]["setting"] == "school"
    assert {b["for"] for b in sheet["stages"]} == {sheet["people"][0]["who"]}
    assert "his dad (not at the visit)" in sheet["for"]


def test_the_worker_s_guess_is_not_taken_as_fact_and_a_first_visit_leans_on_no_earlier_meeting(real_runtime):
    sheet = real_runtime.prepare("1st visit Mr Owen, 80, memory problems. Probably just needs a care package and "
                                 "direct payments. Keep it short.").to_dict()
    assert sheet["visit"]["kind"] == "first_visit"
    asked = " ".join(q["text"] for b in sheet["stages"] for q in b["questions"]).lower()
    assert "direct payment" not in asked and "last meeting" not in asked and "last time" not in asked
    assert "last time" not in sheet["opening"]["text"]


@pytest.mark.parametrize("context, kept, gone", [
    ("Lives SA31 area, near the A40; sees his brother Saturdays", ["Saturdays", "A40"], ["SA31"]),
    ("Discharge from Ysbyty Glan Clwyd for Mrs Pugh, 88", ["Ysbyty Glan Clwyd"], ["Pugh"]),
    ("Mr Roberts goes to Bryn Hyfryd Day Centre and Llandudno General Hospital", ["Llandudno General Hospital"],
     ["Roberts"]),
])
def test_partial_postcodes_are_redacted_but_days_roads_and_hospitals_are_not(context, kept, gone):
    safe = redact_context(context)
    assert all(k in safe for k in kept) and not any(g in safe for g in gone), safe


@pytest.mark.parametrize("context, kind, constraint", [
    ("Referral for Mr Price, 77, wants help with meals - probably just a care package.", "first_visit", None),
    ("Mum wary, DA last month. Maybe he's back, so only when he's out.", "first_visit", "see_alone"),
])
def test_a_guess_after_a_dash_chooses_nothing_but_what_to_respect_still_holds(context, kind, constraint):
    visit = read_visit(context)
    assert visit.kind == kind and "service" not in visit.situations
    assert constraint is None or constraint in visit.constraints


def test_an_adult_at_risk_from_her_husband_gets_the_domestic_abuse_card_not_a_childs(real_runtime):
    # review prepare-4, p10 (harmful): "bruising on her wrist" of a disabled wife was read as a child's safety
    sheet = real_runtime.prepare("Review Mrs Davies 45, MS, wheelchair user. Carer says she whispered that her "
                                 "husband won't let me have my bank card and she gets punished if she complains; carer "
                                 "saw bruising on her wrist. He is always in and answers for her.").to_dict()
    concerns = [c["concern"] for c in sheet["safety"]]
    assert "domestic_abuse" in concerns and "child_harm" not in concerns
    assert "you and the children" not in sheet["markdown"].lower()


@pytest.mark.parametrize("context", [
    "YP 15, CIN. 4 missing episodes in 6 wks, found in car w older males last Fri, new phone and clothes.",
    "Mr Evans, 80, police report that he drove the car into a wall last week.",
    "Mrs Price, 77, the garden is full of clutter stacked by the back door.",
])
def test_a_question_is_never_filled_with_the_place_of_an_incident(context):
    from assistant.prepare import life_thing
    from assistant.visit import lowered

    assert life_thing(lowered(context)) is None


@pytest.mark.parametrize("context, thing", [
    ("Mrs Evans, 82, says she wants to go home to her cat and garden.", "the garden"),
    ("Review: her outcome was 'to get out to the Tuesday lunch club again'.", "the lunch club"),
])
def test_a_question_is_filled_with_what_the_note_says_matters_to_them(context, thing):
    from assistant.prepare import life_thing
    from assistant.visit import lowered

    assert life_thing(lowered(context)) == thing


@pytest.mark.parametrize("context, kept, gone", [
    ("Young carer, 13, Yr 8 Ysgol Bro Teifi. School referral.", ["[SCHOOL]", "School referral"], ["Teifi"]),
    ("Visit arranged at school (Maindee Primary) when he's at work.", ["[SCHOOL]"], ["Maindee"]),
    ("6 month review - Mrs June Edwards 70. June got a new mobility scooter.", ["mobility scooter"], ["June"]),
    ("Hosp discharge, Ward 7, #NOF repaired 10 days ago.", ["#NOF repaired"], ["[NAME]"]),
    ("Pathway plan review - Tyler Hughes 17, in foster placement.", ["Pathway plan review"], ["Tyler"]),
    ("First visit to Mr Jones, 84, after a fall; his daughter June will be there.", ["his daughter [NAME]"], ["June"]),
    ("Annual review in June, wife Rose (carer) asked for it.", ["review in June", "wife [NAME]"], ["Rose"]),
])
def test_schools_and_names_used_once_are_redacted_without_cutting_words_the_worker_needs(context, kept, gone):
    safe = redact_context(context)
    assert all(k in safe for k in kept), safe
    assert not any(g in safe for g in gone), safe


def test_the_printed_context_shows_an_ampersand_as_typed():
    from assistant.text import escape_markdown

    assert escape_markdown("referral from A&E, Mr & Mrs Lewis") == "referral from A&E, Mr & Mrs Lewis"
    assert escape_markdown("&amp; <b>") == "&amp;amp; &lt;b&gt;"  # an entity or a tag still shows as typed
    assert escape_markdown("# not a heading") == "\\# not a heading"


@pytest.mark.parametrize("context, who, age, audience", [
    ("Young carer - Ffion 13, Yr 8. Mam has MS. Little brother Osian 7. Visit at home.", "the sibling", 7, "child"),
    ("CP follow up - Oliver 8, Yr 3. Both parents there, baby sister Ruby 1.", "the sibling", 1, "child"),
])
def test_a_brother_or_sister_with_an_age_is_a_child_not_an_adult(context, who, age, audience):
    visit = read_visit(context)
    sibling = next(p for p in visit.people[1:] if p.who == who)
    assert (sibling.age, sibling.audience, sibling.role) == (age, audience, "child")


def test_a_first_visit_after_a_past_discharge_is_at_home_and_about_the_person():
    visit = read_visit("1st visit - Mr Watkins 45, referral from A&E liaison: overdose 2 wks ago, discharged, CMHT "
                       "declined. Separated, sees his son (Jac 12) alternate wknds.")
    assert (visit.kind, visit.setting) == ("first_visit", "home")
    assert visit.person.audience == "adult"
    assert [p.who for p in visit.people].count("the son") + [p.who for p in visit.people].count("his son") == 1


def test_a_care_leavers_pa_is_their_personal_adviser_and_partial_deafness_needs_no_interpreter():
    visit = read_visit("Pathway plan review - Tyler 17, care leaver, in foster placement. Wants own flat, PA is Dan.")
    assert "the personal adviser" in [p.who for p in visit.people]
    assert "service" not in visit.situations
    assert "interpreter" not in read_visit("Mr Pritchard, 87, ex-miner, proud, deaf in L ear.").constraints
    assert "interpreter" in read_visit("Mr Jones, 60, is profoundly deaf and uses BSL.").constraints


def test_a_widower_who_is_not_eating_gets_no_childs_safety_card():
    from assistant.prepare import concerns_for

    context = ("Mr Dafydd 79, wife died 6 months ago. GP referral: weight loss, low mood. Son runs the farm, "
               "lives next door.")
    concerns = concerns_for(context, None, read_visit(context))
    assert "child_harm" not in concerns and "neglect" in concerns


def test_parents_who_are_not_at_the_visit_get_no_questions_and_a_partner_in_abuse_is_never_you_both():
    from assistant.prepare import _people_with_sections, _present

    context = ("YP - Kayleigh 15, lives w mum + step-dad. Seeing her at school Weds in pastoral room, mum NOT there. "
               "Want to connect, not interrogate.")
    visit = read_visit(context)
    assert [p.who for p in _people_with_sections(visit, context)] == ["the young person"]
    context = ("Pathway plan review, Tyler 17, in foster placement. Relationship w birth mum on/off. Foster carers "
               "happy for him to stay.")
    visit = read_visit(context)
    assert "mum" not in [p.who for p in _people_with_sections(visit, context)]
    context = "DA follow-up, Ms Khan 38, partner checks her phone, MARAC referral."
    visit = read_visit(context)
    visit.concerns = ["domestic_abuse"]
    assert "partner" not in _present(visit, visit.person, context)


@pytest.mark.parametrize("context, expected", [
    ("1st visit, Mr P, 87, 3 falls. Want to hear from HIM what matters, what a good day looks like, what he does "
     "manage, not just do a falls checklist.",
     ["Tell me what a good day looks like.", "Tell me what you do manage."]),
    ("Review before conference. Want to hear what's changed from THEIR view, what they're proud of, what still "
     "worries them.", ["Tell me what's changed from where you stand.", "Tell me what you're proud of.",
                       "Tell me what still worries you."]),
    ("DA. Want to hear what she's already doing to keep them safe, no pressure to leave.",
     ["Tell me what you're already doing to keep them safe."]),
    ("Want to ask directly about current thoughts of suicide, what keeps him going (son?).",
     ["Tell me what keeps you going."]),
    ("Want to hear Rhys's own views, use easy words, not just tick off day service still going.", []),
    ("Want to find out what Rhys enjoys at the day service.", []),
    # the worker's note, not a question to the one it is put to, or too bare to say as it stands: dropped
    ("Want to hear what family life is like, what mum wants from short breaks.",
     ["Tell me what family life is like."]),
    ("Want to review how she's doing against her outcomes and what's changed.", ["Tell me what's changed."]),
    ("Want to find out what he does, what he needs, what he enjoys doing at weekends.",
     ["Tell me what you enjoy doing at weekends."]),
    # every verb of the person's agrees with "you", whatever comes between them or after "and"
    ("Want to hear from him what he still does himself.", ["Tell me what you still do yourself."]),
    ("Want Ellie to have her own say + what she enjoys & wants for herself.",
     ["Tell me what you enjoy and want for yourself."]),
    ("Want to get to know what he's into & who matters to him.", ["Tell me what you're into and who matters to you."]),
    ("Want to review HER - is she still getting to choir, how is she.", ["Tell me how you are."]),
])
def test_what_the_worker_wants_to_hear_becomes_questions_in_the_persons_words(context, expected):
    from assistant.aims import worker_aims

    assert worker_aims(context) == expected


@pytest.mark.slow
def test_the_workers_own_aims_are_asked_first(real_runtime):
    sheet = real_runtime.prepare("1st visit tmrw - Mr Hughes, 87, lives alone, 3 falls. Daughter will be there. Want "
                                 "to hear from him what a good day looks like and what he does manage.").to_dict()
    person = [q["text"] for b in sheet["stages"] if b["for"] == sheet["people"][0]["who"] for q in b["questions"]]
    assert person[1:3] == ["Tell me what a good day looks like.", "Tell me what you do manage."], person


@pytest.mark.parametrize("context, absent", [
    ("DA - Ms Khan 38, MARAC referral, he checks her phone. Visit at school when he's at work.",
     "sit-dementia-couple"),
    ("CP review, Mum 29, Dad 33, kids 6 and 4, neglect. Mum says he's cut down on cannabis.", "sit-cut-1"),
    ("Mrs Jones, 81, lives alone; she has dementia, daughter visits daily.", "sit-dementia-couple"),
])
def test_a_question_built_for_a_situation_needs_that_situation(context, absent):
    from assistant.prepare import _applies, person_tags
    from assistant.visit import lowered

    visit = read_visit(context)
    visit.concerns = ["domestic_abuse"] if "MARAC" in context else []
    assert not _applies(SITUATION[absent], person_tags(visit, context), lowered(context))[0]


def test_a_housing_officer_is_not_the_police_and_college_waits_for_a_college_age():
    from assistant.prepare import _fits_topics

    visit = read_visit("Joint visit w fire service - Mr Harris 61, very wary, shut door on housing officer.")
    assert "the police" not in [p.who for p in visit.people]
    question = "Who would you want on your side when you talk to college about this?"
    assert not _fits_topics([], question, {"young_person", "assessment"})
    assert _fits_topics([], question, {"young_person", "assessment", "college"})


@pytest.mark.parametrize("text, gone, kept", [
    ("Priya 38, 56 Llys Derwen, Wrexham. Kids at school.", ["56", "Llys Derwen"], ["Kids at school"]),
    ("Mrs Margaret (Peggy) Watkins 77 lives alone.", ["Peggy", "Margaret"], ["lives alone"]),
    ("Provider (Sue) says she has been cutting again.", ["Sue"], ["Provider", "cutting"]),
    ("Pre-birth, 28/40, EDD 20/01/2027, baby due 14/03.", ["20/01/2027", "14/03"], ["Pre-birth"]),
    ("S47 joint visit with police after school.", [], ["S47 joint visit"]),
    ("Uses some Makaton and BSL, likes trains.", [], ["Makaton", "BSL"]),
])
def test_the_note_on_the_sheet_hides_addresses_names_and_due_dates_but_not_practice_words(text, gone, kept):
    from assistant.context_redaction import redact_context

    safe = redact_context(text)
    assert not [g for g in gone if g in safe], safe
    assert all(k in safe for k in kept), safe


def test_who_the_visit_is_for_comes_from_the_referral_and_who_is_there():
    young_carer = read_visit("Young carer assessment - Kai 13. Mum Sarah 41, bipolar, discharged from Hafan y Coed "
                             "3 wks ago. Kai getting little brother to school. Mum will be home.")
    assert young_carer.person.audience == "young_person" and young_carer.kind != "discharge"
    assert not any("baby" in p.who for p in young_carer.people)
    da = read_visit("DASH high risk, MARAC next Thurs. Priya Sharma 38, Kids Aarav 10 & Maya 6. Husband on bail not "
                    "to contact her. Home visit while kids at school.")
    assert da.person.audience not in ("child", "young_person") and da.setting == "home"
    kinship = read_visit("Direct work - Ffion 9, kinship placement with nain since Sept. Mam in residential rehab.")
    assert [p.absent for p in kinship.people if p.who == "mum"] == ["away"]
    parent = read_visit("First visit. Nadia, mum of Zain 6 (autism). Dad works away 3 wks on 3 off. Zain will be "
                        "home.")
    assert any(p.role == "child" and p.age == 6 for p in parent.people)
    assert not any("baby" in p.who for p in parent.people)


def test_hard_of_hearing_gets_a_practical_line_not_an_interpreter():
    from assistant.prepare import sheet_notes

    visit = read_visit("First assessment. Mr D 88, Welsh first language, hard of hearing (L ear), lost his wife.")
    notes = " ".join(sheet_notes(visit))
    assert "facing them" in notes and "interpreter" not in notes.lower()


@pytest.mark.parametrize("context, concern, absent", [
    ("Carer's assessment - Janet 61, cares for husband with dementia, left gas ring on last wk. Poss carer breakdown.",
     "fire", None),
    ("First visit - Liam 27, heroin, on methadone script. Told housing 'no point, nobody helps people like me'. "
     "Overdose risk? - he's been using on top.", "substance_use", "self_harm"),
])
def test_the_cards_follow_the_risk_the_note_names(context, concern, absent):
    from assistant.prepare import concerns_for

    found = concerns_for(context, None, read_visit(context))
    assert concern in found and absent not in found, found


@pytest.mark.parametrize("context, gone", [
    ("First visit to Mr Evans, 15 Pen y Bryn, Wrexham. Lives alone.", ["15 Pen y Bryn"]),
    ("Review at 31 Glan yr Afon, Aberystwyth.", ["31 Glan yr Afon"]),
    ("Mrs Jones, 12 Victoria Tce, Rhyl.", ["12 Victoria Tce"]),
])
def test_welsh_and_shortened_street_names_are_redacted_with_their_number(context, gone):
    safe = redact_context(context)
    assert not any(g in safe for g in gone), safe


@pytest.mark.parametrize("context, who, absent", [
    ("Kinship carer review - Mrs Ann Hill 61, grandmother, SGO for grandchildren Ella 8 & Tom 5 since 2024 (mum Jo - "
     "drugs, in and out of rehab). Kids will be at school.", "the kinship carer", {"mum", "the children"}),
    ("Visit to Mrs Rees 58, special guardian for her nephew Dylan 10 (dad in prison).", "the kinship carer", {"dad"}),
])
def test_a_kinship_carer_the_note_opens_on_is_the_person_and_never_the_parent(context, who, absent):
    visit = read_visit(context)
    assert visit.person.who == who and visit.person.audience == "carer"
    assert absent <= {p.who for p in visit.people[1:] if p.absent}
    assert not any(p.who == "the grandparent" for p in visit.people)


@pytest.mark.parametrize("context, card", [
    ("S47 visit - Alfie 2yrs, bruising to upper arm, parents say he fell off the sofa.", False),
    ("Direct work w/ Mia 9 at school, she told teacher 'daddy was asleep on the floor'. Dad drinking.", False),
    ("Hosp discharge - Mrs Lloyd 84, #NOF repaired 2 wks ago, lives alone.", True),
    ("Mr Price 87, 3 falls in 6 wks, last one on the floor overnight.", True),
])
def test_the_falls_card_follows_who_the_note_is_about(context, card):
    from assistant.prepare import concerns_for

    assert ("not_coping_at_home" in concerns_for(context, None, read_visit(context))) is card


def test_a_visit_before_the_first_core_group_is_not_the_core_group_and_a_school_visit_is_at_school():
    visit = read_visit("S47 follow up / 1st core group prep. Parents Leanne & Craig, son Alfie 2yrs. Both there.")
    assert visit.kind != "core_group" and visit.setting == "home"
    assert {"child"} == {p.role for p in visit.people if p.who == "the son"} and not any(
        p.who == "the baby" for p in visit.people)
    visit = read_visit("DA - Mrs H 42, partner violent. Visit arranged at the kids' school (not home).")
    assert visit.setting == "school"


@pytest.mark.parametrize("context, reviewing, expected", [
    ("Carers review - outcome last yr was 'to keep going to chapel choir'.", True,
     ["Last time you said you wanted to keep going to chapel choir. How has that been going?"]),
    ("Discharge. Mrs Ng told OT 'I want to go home to my dog and my allotment'.", False,
     ["You've said you want to go home to your dog and your allotment. What would help make that happen?"]),
    ("Staff say Daniel talks about wanting 'my own flat like my mate Josh'.", False,
     ["You've talked about your own flat. What would that be like for you?"]),
    # a relative's want for them, a refusal, a risk, or nothing framed as a want: no question
    ("Daughter wants him 'somewhere safe'. He told GP he's 'not going anywhere'.", False, []),
    ("Very proud, won't want 'help'. Said 'there's no point anymore'.", False, []),
    ("Dad called us 'baby snatchers'.", False, []),
])
def test_the_persons_own_quoted_hopes_become_questions_in_their_words(context, reviewing, expected):
    from assistant.hopes import own_hopes

    assert [text for text, _ in own_hopes(context, reviewing=reviewing, easy=False)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("context, trap, absent", [
    ("DA follow-up, Ms Khan 38, MARAC high risk, partner violent; she says she won't leave.",
     "Pushing someone to leave", "Leading a child"),
    ("1st visit Mr Allen 67, ref from fire service: hallway blocked w/ newspapers, smoke alarm not working.",
     "Judging the home", "Pushing someone to leave"),
    ("Review - Daniel 28, learning disability, lives with mum. Last review mum did all the talking.",
     "Letting someone else answer", "Judging the home"),
    ("Direct work w/ Mia 9 at school re contact with dad, who drinks.", "Leading a child",
     "Pushing someone to leave"),
])
def test_a_trap_written_for_the_situation_comes_first(real_runtime, context, trap, absent):
    traps = [t["text"] for t in real_runtime.prepare(context).to_dict()["traps"]]
    assert traps[0].startswith(trap) and not any(t.startswith(absent) for t in traps)


def test_a_young_person_the_note_opens_on_is_the_person_and_an_uninvolved_dad_is_not_there():
    visit = read_visit("Young person - Ethan 15, out of school since Easter. Mum Kerry 38 at end of her tether, dad "
                       "not involved. Want to hear from Ethan.")
    assert visit.person.audience == "young_person"
    assert {p.who: p.absent for p in visit.people[1:]} == {"mum": "", "dad": "away"}


def test_what_a_child_says_was_done_to_them_is_the_childs_safety_not_a_partners_abuse():
    from assistant.prepare import concerns_for

    context = "School visit - Jayden 10, told TA 'mum's boyfriend pushed me into the wall'. Seeing him at school tmrw."
    visit = read_visit(context)
    assert concerns_for(context, None, visit) == ["child_harm"]
    assert [p.absent for p in visit.people if p.who.endswith("partner")] == ["risk"]


@pytest.mark.slow
def test_the_drink_card_is_about_whose_use_it_is(real_runtime):
    own = real_runtime.prepare("Pathway plan review - Ffion 17, care leaver, smokes cannabis, money worries.")
    parent = real_runtime.prepare("Direct work w/ Mia 9 at school; dad's drinking has increased.")
    card = {c["concern"]: c for c in own.safety}["substance_use"]
    assert not any("young carer" in c for c in card["check_first"])
    card = {c["concern"]: c for c in parent.safety}["substance_use"]
    assert not any("part do drink or drugs play in your days" in q for q in card["questions"])


@pytest.mark.slow
def test_a_looked_after_childs_birth_parent_gets_no_section_when_only_someone_else_will_be_there(real_runtime):
    sheet = real_runtime.prepare("Foster care review - Amelia 8, with foster carers for 2 yrs. Contact with birth mum "
                                 "monthly. IRO will be there.").to_dict()
    assert "mum" not in {b["for"] for b in sheet["stages"]}


# --- review prepare-8: harm and identifying text (new sentences, not the review's) ------------------------------

@pytest.mark.parametrize("context", [
    "Follow up - Gareth (58), came out of the psych unit Tuesday after an OD, lives on his own.",
    "Visit Dean 39, took an overdose at the weekend, home now, CPN aware.",
    "Check in on Mr Evans, 61, tried to kill himself last month, wife worried.",
])
def test_an_overdose_or_attempt_in_any_wording_brings_the_self_harm_card(context):
    from assistant.prepare import concerns_for

    assert concerns_for(context, None, read_visit(context))[0] == "self_harm"


@pytest.mark.parametrize("context, kind", [
    ("Visit Rhys 50 - discharged from Ward 7 (mental health) Sunday after OD, lives alone.", "first_visit"),
    ("Home since Tuesday after a hip op on ward 3, daughter helping. Mr Lloyd 80.", "first_visit"),
])
def test_discharged_on_a_day_means_the_visit_is_at_home_not_on_the_ward(context, kind):
    visit = read_visit(context)
    assert (visit.kind, visit.setting) == (kind, "home")


def test_a_discharge_still_to_come_is_still_a_ward_visit():
    visit = read_visit("Mrs Hale, 85, on ward 5, to be discharged Friday, wants to go home.")
    assert (visit.kind, visit.setting) == ("discharge", "ward")


@pytest.mark.slow
def test_an_injury_explained_away_with_a_controlling_partner_is_abuse_not_falls(real_runtime):
    context = ("Mrs Ann Rowlands, 79 - DN worried: husband (81) handles all her pension and won't leave the room, "
               "she has a black eye, says she 'tripped'. Need to see her alone. Adult safeguarding.")
    sheet = real_runtime.prepare(context).to_dict()
    assert [c["concern"] for c in sheet["safety"]] == ["domestic_abuse"]
    checks = " ".join(sheet["safety"][0]["check_first"])
    assert "see them alone" in checks and "in front of the person who may be harming them" in checks
    asked = [q["text"] for b in sheet["stages"] for q in b["questions"]]
    assert not [q for q in asked if re.search(r"(?i)\b(?:fell|fall|money|safe|safer)\b", q)], asked
    assert "only once they are on their own" in sheet["opening"]["text"]
    assert sheet["people"][0]["age"] == 79  # hers, not her husband's


def test_a_doubted_fall_is_not_the_falls_card():
    from assistant.prepare import concerns_for

    context = "Mrs Cole 70, bruised wrists, 'fell over' again according to her partner who stays in the room."
    assert concerns_for(context, None, read_visit(context)) == ["domestic_abuse"]


@pytest.mark.slow
def test_domestic_abuse_with_children_still_sees_the_children_and_sees_mum_alone(real_runtime):
    sheet = real_runtime.prepare("First visit after DV call-out Sunday: mum (27), boy 4 and girl 18 months. "
                                 "Boyfriend may be at the house. Must see both kids.").to_dict()
    card = {c["concern"]: c for c in sheet["safety"]}["domestic_abuse"]
    checks = " ".join(card["check_first"])
    assert "still see the children" in checks and "arrange another time" not in checks


@pytest.mark.slow
def test_a_kinship_carer_is_not_asked_about_the_drug_users_storage_or_naloxone(real_runtime):
    sheet = real_runtime.prepare("Kinship visit - Gwen (66, grandmother) has had Tyler 7 since his dad went back on "
                                 "heroin and methadone. Dad visits when he likes.").to_dict()
    checks = " ".join(c for card in sheet["safety"] for c in card["check_first"])
    assert "naloxone" not in checks and "locked box" not in checks
    assert "contact" in checks


@pytest.mark.slow
def test_holding_things_for_someone_is_exploitation_and_no_carer_is_invented(real_runtime):
    sheet = real_runtime.prepare("Duty - Connor, 20, care leaver, staying at a friend's, says he's been 'holding "
                                 "stuff for' some lads from town. PA concerned.").to_dict()
    assert "exploitation" in [c["concern"] for c in sheet["safety"]]
    assert "carer" not in {p["role"] for p in sheet["people"]}


@pytest.mark.parametrize("context, names, kept", [
    ("Placed w/ the Hendersons since spring; the Bowen family visit on Sundays.", ["Henderson", "Bowen"],
     ["Sundays", "Placed", "family"]),
    ("Family Pritchard: 3 kids, middle one (Evie, 6) has eczema.", ["Pritchard", "Evie"], ["eczema", "6"]),
    ("Marcin is Lithuanian and uses Makaton; MARAC on Weds. Welsh-medium school.", ["Marcin"],
     ["Lithuanian", "Makaton", "MARAC", "Welsh-medium"]),
    ("Goes to the Scouts and supports the Ospreys; Samaritans number given.", [], ["Scouts", "Ospreys", "Samaritans"]),
    ("Jan and Krystian (his parents) both work shifts. Mum and Bryn will be there.", ["Jan", "Krystian", "Bryn"],
     ["Mum", "parents", "shifts"]),
    ("Visit arranged with Blessing, 15, at the youth centre; meet at the Costa after.", ["Blessing"],
     ["15", "youth centre", "Costa"]),
])
def test_family_surnames_lone_first_names_are_redacted_and_nationality_service_words_are_not(context, names, kept):
    safe = redact_context(context)
    assert not [n for n in names if re.search(rf"\b{n}", safe)], safe
    assert all(k in safe for k in kept), safe


def test_a_single_parent_named_by_their_age_is_one_person_not_the_parent_and_dad():
    visit = read_visit("CIN review. Darren (41), single dad, says he's stopped drinking. Daughter Keira 7 at school.")
    assert visit.person.who == "dad" and [p.who for p in visit.people].count("dad") == 1


def test_a_mum_and_dad_named_are_the_parents_not_a_third_person():
    visit = read_visit("Home visit - mum Sian, dad Rob, 3 kids (4-9). Parents worried about the school meeting.")
    assert "the parents" not in [p.who for p in visit.people]


@pytest.mark.parametrize("context", [
    "Getting to know Owen, 12, young carer for dad (MS). At school w/ his form tutor, Tues.",
    "Young carer - Lowri 14 looks after mum (depression). In school with the wellbeing lead tmrw.",
])
def test_a_note_that_says_where_first_is_read_for_its_setting(context):
    assert read_visit(context).setting == "school"


@pytest.mark.slow
def test_a_young_carer_gets_no_questions_about_their_parents_illness_as_their_own(real_runtime):
    sheet = real_runtime.prepare("Meeting Ffion, 14, young carer for mum (schizophrenia). Missed homework, tired. "
                                 "At school w/ head of year.").to_dict()
    sources = {q["source"] for b in sheet["stages"] for q in b["questions"]}
    assert not sources & {"sit-mh-1", "sit-mh-2"}
    assert {b["for"] for b in sheet["stages"]} == {"the young carer"}  # mum is not at the school meeting


@pytest.mark.slow
def test_a_partner_who_does_the_caring_and_may_be_abusing_gets_no_carers_sheet(real_runtime):
    sheet = real_runtime.prepare("Mrs Ahmed 78, son does all her care and controls her finances; she hardly speaks "
                                 "when he is there.").to_dict()
    assert sheet["people"][0]["role"] == "person" and sheet["people"][0]["age"] == 78
    assert {b["for"] for b in sheet["stages"]} == {"the person"}
    assert "domestic_abuse" in [c["concern"] for c in sheet["safety"]]


def test_an_overdose_told_by_what_was_taken_is_self_harm_and_one_years_ago_is_not_todays():
    from assistant.prepare import concerns_for

    now = "Visit Kyle (31) after he swallowed a packet of co-codamol on Sunday. Lives with his brother."
    then = "Review for Mr Lewis 60, overdose in 2009, well since, wants a day centre."
    taken = "Mr Owen 77 takes his tablets with breakfast, lives alone."
    assert concerns_for(now, None, read_visit(now))[0] == "self_harm"
    assert "self_harm" not in concerns_for(then, None, read_visit(then))
    assert "self_harm" not in concerns_for(taken, None, read_visit(taken))


def test_a_bank_card_borrowed_by_new_friends_is_exploitation():
    from assistant.prepare import concerns_for

    context = "Review - Ryan 26, autism, new friends borrow his bank card and sleep at his flat most nights."
    assert "exploitation" in concerns_for(context, None, read_visit(context))


def test_a_mums_partner_is_not_the_parent_the_sheet_is_for_when_mum_is_named():
    visit = read_visit("HV worried: Isla 18 months has marks on her arm, mum says she 'bumped it'. Mum's partner "
                       "moved in last month.")
    assert visit.person.who == "mum"


@pytest.mark.parametrize("context, concern", [
    ("Seeing Nia 15 at school, told her friend she wishes she was dead.", "self_harm"),
    ("Mrs Lake 58 - partner won't let her go out alone and tracks her phone.", "domestic_abuse"),
    ("Mr Ward 83, bruised hands, daughter is his main carer and says he 'bruises easily'.", "domestic_abuse"),
])
def test_risks_in_other_words_bring_their_card(context, concern):
    from assistant.prepare import concerns_for

    assert concern in concerns_for(context, None, read_visit(context))


def test_words_quoted_without_anyone_who_may_harm_them_stay_a_fall():
    from assistant.prepare import concerns_for

    context = "Mr Hale 90, lives alone, said he 'fell' in the garden; son visits on Sundays."
    assert concerns_for(context, None, read_visit(context)) == ["not_coping_at_home"]


@pytest.mark.slow
def test_a_sheet_for_someone_never_left_alone_says_nothing_about_raising_it_from_the_start(real_runtime):
    sheet = real_runtime.prepare("Mrs Tudor 74, wife of Alan (80) who is always in the room; GP saw marks on her "
                                 "neck, she said she 'slipped'. Need to speak to her alone.").to_dict()
    printed = " ".join([t["counterweight"] for t in sheet["traps"]] + [t["text"] for t in sheet["traps"]] +
                       [o["text"] for o in sheet["oars"]])
    assert "from the start" not in printed and "family will fill the gaps" not in printed
    assert "on their own" in {o["skill"]: o["text"] for o in sheet["oars"]}["Open questions"]


@pytest.mark.slow
def test_a_question_is_not_asked_twice_in_words_that_differ_only_by_filler(real_runtime):
    from assistant.prepare import _gist

    sheet = real_runtime.prepare("Mr Price 91 home from hospital on Monday after a fall, son staying with him for "
                                 "now. Lives in a terraced house.").to_dict()
    asked = [_gist(q["text"]) for b in sheet["stages"] for q in b["questions"]]
    assert len(asked) == len(set(asked)), asked


def test_a_daughter_speaking_of_her_mum_adds_no_second_older_person():
    visit = read_visit("Mr Idris Lloyd's son rang; his dad, 90, lives alone. Son says his dad has stopped eating.")
    assert not any(p.who.endswith("dad") for p in visit.people[1:]), [p.who for p in visit.people]
    older = read_visit("Daughter rang because her mum, 86, has had three falls since October.")
    assert not any(p.who.endswith("mum") for p in older.people[1:])


# --- risks told by what others saw or heard (review prepare-9) -----------------------------------------------------

def _concerns(context: str) -> list[str]:
    from assistant.prepare import concerns_for

    return concerns_for(context, None, read_visit(context))


@pytest.mark.parametrize("context", [
    "Carer's assessment for Mr Dafydd Rees 66, looks after his wife who has Parkinson's. Neighbour says he is at his "
    "wits' end and barely sleeping.",
    "Carers assessment: Mrs Anwen Price 71 caring for her brother. Told the nurse she can't take any more.",
])
def test_a_carer_at_the_end_of_their_tether_gets_the_carer_breakdown_card(context):
    assert "not_coping_at_home" in _concerns(context)


def test_a_parent_at_the_end_of_her_tether_is_strain_to_hear_not_a_card():
    assert _concerns("Dad of a 5-year-old with ADHD says he is at the end of his tether with bedtimes") == []


@pytest.mark.parametrize("context", [
    "Seeing Tomos 14 at school on Friday. PE teacher saw scratches up both his arms; he said it was the cat.",
    "First visit to Nia 16 at home. Her friend told a teacher about fresh cuts on her thighs.",
])
def test_cuts_seen_by_someone_else_are_self_harm_in_any_wording(context):
    assert _concerns(context)[0] == "self_harm"


def test_an_older_persons_skin_tears_are_not_self_harm():
    assert "self_harm" not in _concerns("Review for Mrs Owen 88, lives alone; carers noticed scratches on her arms "
                                        "from the bramble hedge.")


def test_a_residents_meals_and_weight_are_care_needs_and_the_home_is_a_care_home():
    context = ("Annual review - Mr Emlyn Harries 87 in Glan Yr Afon nursing home. Son has LPA. Staff report he is "
               "refusing food most days and has lost weight since the summer.")
    visit = read_visit(context)
    assert visit.setting == "care_home"
    assert "neglect" in _concerns(context)
    assert read_visit("Review Mrs Ellis 84 at home; daughter wants a care home.").setting == "home"


@pytest.mark.parametrize("context", [
    "Initial visit Mrs Glenys Parry 82. GP saw bruises on her wrists, she said she 'banged them on the table'. "
    "Daughter moved back in last spring and will be there.",
    "Mr Hywel Jones 77: district nurse saw a black eye, he said he 'walked into the door frame'. Grandson lives "
    "with him and manages his money.",
])
def test_an_injury_explained_away_with_the_relative_at_home_is_abuse(context):
    assert "domestic_abuse" in _concerns(context)


def test_a_babys_weight_and_missed_checks_with_a_cold_house_are_the_childs_safety():
    context = ("Home visit re baby Osian 5 months, mum Ffion 19. HV worried he is not gaining weight and has missed "
               "immunisations; flat very cold and hardly any food in.")
    assert _concerns(context)[0] == "child_harm"


@pytest.mark.parametrize("context", [
    "Review with Kyle 19, care leaver. Meets me at the library. Says he's staying 'with a friend' but won't say where, "
    "and has new phones every few weeks.",
    "Seeing Leah 17 at college. Hangs around with older lads in a car after class and won't tell anyone where she "
    "goes.",
])
def test_exploitation_told_by_phones_and_secrecy(context):
    assert "exploitation" in _concerns(context)


@pytest.mark.slow
def test_an_adults_exploitation_card_asks_about_debts_and_carrying_things(real_runtime):
    sheet = real_runtime.prepare("Review with Rhys 20, care leaver, sofa surfing. Meeting at the cafe. Keeps asking "
                                 "me for money and has two phones.").to_dict()
    card = next(c for c in sheet["safety"] if c["concern"] == "exploitation")
    assert any("owe anyone money" in c for c in card["check_first"])


@pytest.mark.parametrize("context", [
    "Assessment Mrs Helen Pugh 52, arthritis. She says her husband doesn't like visitors and asked me not to call "
    "after 6pm. He will be there.",
    "Review for Ms Rhian Lloyd 39, learning disability. Boyfriend doesn't let her go out without him; she'd have to "
    "check with him first before we can visit.",
])
def test_a_partner_who_vets_visitors_and_calls_is_domestic_abuse(context):
    assert "domestic_abuse" in _concerns(context)


@pytest.mark.slow
def test_with_the_possible_abuser_at_the_visit_the_sheet_never_says_raise_it_from_the_start(real_runtime):
    sheet = real_runtime.prepare("First visit Mr Alwyn Morgan 81. Carer saw bruises on his arms, he said he "
                                 "'bumped into the wardrobe'. Nephew lives with him, answers for him, and booked "
                                 "the visit.").to_dict()
    assert "from the start" not in sheet["opening"]["text"]
    assert not any("from the start" in t["counterweight"] for t in sheet["traps"])
    checks = " ".join(c for card in sheet["safety"] for c in card["check_first"])
    assert "do not raise" in checks and "on their own" in checks


@pytest.mark.slow
def test_a_carer_at_the_end_of_their_tether_is_asked_about_harming_themselves(real_runtime):
    sheet = real_runtime.prepare("Carer's assessment Mrs Eirlys Jenkins 63, cares for her mum with dementia. Sister "
                                 "says she is at her wits' end and not sleeping.").to_dict()
    card = next(c for c in sheet["safety"] if c["concern"] == "not_coping_at_home")
    assert any("harming themselves" in c for c in card["check_first"])
    assert any("harming yourself" in q for q in card["questions"])


@pytest.mark.slow
def test_a_care_home_resident_is_never_asked_about_staying_in_her_own_home(real_runtime):
    sheet = real_runtime.prepare("Review Mrs Nancy Evans 89 in Ty Gwyn care home, dementia. Son will be there. Staff "
                                 "say she is off her food and has lost weight; she loved baking.").to_dict()
    asked = " ".join(q["text"] for b in sheet["stages"] for q in b["questions"])
    assert "own home" not in asked
    assert any(c["concern"] == "neglect" for c in sheet["safety"])


@pytest.mark.parametrize("note, leaked", [
    ("First visit Mr Gareth Bowen 70, lives alone in flat 9 above the chemist, Tywyn.", "flat 9"),
    ("Seeing Ffion-Haf Rees 14 at school. Lives with nan Glenys 70 in Merthyr Tydfil CF47 1AA.", "Ffion"),
])
def test_a_sheet_never_prints_a_flat_number_or_half_a_name(note, leaked):
    printed = redact_context(note)
    assert leaked not in printed
    if "Merthyr" in note:
        assert "Merthyr Tydfil" in printed


# --- who is there, and where (review prepare-9) ------------------------------------------------------------------

def test_the_worker_naming_their_own_role_adds_no_one():
    visit = read_visit("Pathway review with Tyler 19, care leaver; I'm his PA. Meeting at the cafe in town.")
    assert not any(p.role == "professional" for p in visit.people[1:]), [p.who for p in visit.people]


def test_someone_elses_brother_is_not_the_persons_family():
    visit = read_visit("Review for Dean 20. Sofa surfing, says he's staying with a friend's older sister for now.")
    assert not any(p.who.endswith("sibling") for p in visit.people), [p.who for p in visit.people]


def test_a_nan_who_is_the_special_guardian_and_will_not_be_there_gets_no_section():
    visit = read_visit("Seeing Macy 13 at school. Lives with her gran under an SGO. Gran won't be there.")
    carers = [p for p in visit.people[1:] if p.role == "carer" or p.who.endswith("grandparent")]
    assert len(carers) == 1 and carers[0].absent, [(p.who, p.absent) for p in visit.people]


def test_an_ex_partner_who_made_the_referral_is_not_at_the_visit():
    visit = read_visit("Follow up visit to mum Leanne 29 and her son 7. Ex-partner rang the school to say she was "
                       "drunk at pick up.")
    assert [(p.who, p.absent) for p in visit.people[1:] if p.who.endswith("partner")] == [("the ex-partner", "away")]
    both = read_visit("Pre-birth visit, Mum Cara 20. Partner Liam 25 has a conviction for assault on his ex partner.")
    assert sorted(p.who for p in both.people if p.who.endswith("partner")) == ["the ex-partner", "the partner"]


def test_a_daughter_in_law_is_not_the_daughter():
    visit = read_visit("Review Mr Iolo Hughes 88 at home. Daughter-in-law Sue visits daily and will be there.")
    assert [p.who for p in visit.people[1:] if p.role == "family"] == ["the daughter-in-law"]


@pytest.mark.parametrize("context, setting", [
    ("Discharge follow-up Mrs Enid Rowe 90, home from Morriston ward 12 after a chest infection. Lives alone.", "home"),
    ("Hosp discharge planning Mr Ifor Bell 85 on ward 3, coming home from hospital next week.", "ward"),
])
def test_a_discharge_visit_to_someone_already_home_is_at_home(context, setting):
    assert read_visit(context).setting == setting


def test_a_child_at_school_during_a_parents_visit_gets_no_section():
    visit = read_visit("Follow up visit mum Stacey 31, son Jac 8. Police concern about drinking. Jac will be at "
                       "school when I go.")
    assert all(p.absent for p in visit.people[1:] if p.role == "child"), [(p.who, p.absent) for p in visit.people]
    here = read_visit("Follow up visit mum Stacey 31, son Jac 8. Police concern about drinking. Want to see Jac too.")
    assert any(p.role == "child" and not p.absent for p in here.people[1:])


def test_no_family_contact_adds_no_family():
    visit = read_visit("First visit Mr Aled Bevan 83, lives alone with his dog, no family contact since 2019.")
    assert not any(p.role == "family" for p in visit.people[1:]), [p.who for p in visit.people]


@pytest.mark.parametrize("context, concern", [
    ("Carer's conversation with Mrs Joan Pryce, 70, who cares for her husband (Parkinson's). GP says she sometimes "
     "loses her temper with him when he won't settle.", "domestic_abuse"),
    ("Review for Gareth, 34, learning disability. His support worker says a woman he met online keeps asking for "
     "money and he has sent her £200.", "exploitation"),
    ("Welfare visit: neighbour says the house smells, Mr Hale has been in the same clothes for weeks and the post is "
     "piled up behind the door.", "neglect"),
    ("Home visit, Lily 8. She told her teacher mum's new friend shouts at night and she can't sleep.", "child_harm"),
    ("Mrs Bethan Morgan 61 cares for her daughter, 35, who has cerebral palsy. She emailed: 'I'm falling apart, I "
     "can't do this any more'. Carer's assessment.", "not_coping_at_home"),
    ("Pathway plan review with Tia 16, in foster care. New boyfriend (24) picks her up from school most days.",
     "exploitation"),
])
def test_risks_told_in_the_notes_own_words_get_their_safety_section(context, concern):
    from assistant.prepare import concerns_for
    from assistant.visit import read_visit

    assert concern in concerns_for(context, None, read_visit(context))
