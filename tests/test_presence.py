"""Who the visit is for and who will be in the room, read clause by clause: questions go to the person the visit is
for and to the others who will be there, never to someone the note says is away, may not come, or sent them away."""

from __future__ import annotations

import pytest

from assistant.prepare import _people_with_sections
from assistant.presence import presence
from assistant.visit import lowered, mentions, read_visit


def _sections(context: str) -> list[str]:
    return [p.who for p in _people_with_sections(read_visit(context), context)]


def _where(context: str) -> dict[str, str]:
    low = lowered(context)
    return {label: said for (pos, _, label), said in
            zip(mentions(context), presence(low, [pos for pos, _, _ in mentions(context)]).values(), strict=True)}


@pytest.mark.parametrize("context, who, said", [
    ("Nan won't be at the visit, her husband will make tea.", "the grandparent", "away"),
    ("Home visit to Tomos. Dad not coming (works nights), stepmum will be there.", "dad", "away"),
    ("Home visit to Tomos. Dad not coming (works nights), stepmum will be there.", "mum", "here"),
    ("Review with Gethin at the flat; his brother may join if he finishes work early.", "his sibling", "maybe"),
    ("Seeing Mrs Rowe, her daughter and possibly her son.", "her son", "maybe"),
    ("His nephew lives in Swansea. Sister - in hospital since May.", "the sibling", "away"),
    ("His nephew lives in Swansea. Sister - in hospital since May.", "his nephew", ""),
])
def test_what_a_clause_says_of_where_someone_will_be_is_said_of_them(context, who, said):
    assert _where(context).get(who) == said


def test_a_child_said_to_be_at_school_leaves_the_other_children_at_home():
    # "the 9yo will be at school" is said of one child, never of both
    visit = read_visit("Visit to mum Carys tmrw. kids 2 and 9, 9yo will be at school, baby at home with her.")
    kids = next(p for p in visit.people if p.who.endswith("children"))
    assert kids.absent == ""


@pytest.mark.parametrize("context", [
    "Visiting Kacey (14) at her school on Thursday about going missing and an older friend with a car. "
    "Mum won't be at the visit. Her form tutor will show her in then leave.",
    "Meeting Reece, 16, at college tomorrow about the CP plan and money he can't explain. Dad not at the meeting.",
])
def test_a_young_person_seen_without_their_parent_is_the_person_and_the_parent_gets_no_questions(context):
    visit = read_visit(context)
    assert visit.person.audience == "young_person"
    assert visit.kind != "core_group"  # a child on a plan is seen between meetings too
    assert _sections(context) == [visit.person.who]


def test_a_young_person_put_out_by_a_parent_is_the_person_and_the_parent_is_away():
    context = "16yo girl staying at a friend's after her mum threw her out last week. Housing assessment at the office."
    visit = read_visit(context)
    assert visit.person.audience == "young_person" and visit.person.age == 16
    assert all(p.absent for p in visit.people[1:] if p.role == "parent")
    assert _sections(context) == [visit.person.who]


def test_a_parent_a_young_person_was_thrown_out_by_gets_no_questions():
    context = "Ruby 16, thrown out by dad on Sunday, staying at a friend's. Meeting her at the library."
    visit = read_visit(context)
    assert visit.person.age == 16
    assert next(p for p in visit.people[1:] if p.who == "dad").absent == "away"
    assert _sections(context) == [visit.person.who]


def test_someone_who_may_or_may_not_come_gets_no_questions_of_their_own():
    context = "Review for Mr Lloyd, 81, at home. His son might be around if he's off work."
    visit = read_visit(context)
    son = next(p for p in visit.people[1:] if p.who.endswith(" son"))
    assert son.maybe and "may be there" in son.label
    assert _sections(context) == [visit.person.who]


@pytest.mark.parametrize("context, cared", [
    ("Mrs Hale 90, lives with her son. Her granddaughter looks after her pension card and shopping.", False),
    ("Mrs Hale 60 looks after her granddaughter most days while her son works.", True),
])
def test_looking_after_a_thing_is_not_caring_for_someone(context, cared):
    visit = read_visit(context)
    assert (visit.person.role == "carer" or any(p.role == "carer" for p in visit.people)) is cared
    if not cared:
        assert visit.person.audience == "older_person" and visit.person.role == "person"


def test_an_age_typed_before_a_relative_is_theirs_not_the_persons():
    visit = read_visit("Young carer visit - Cerys 13, dad has MND. 5yo brother at home too.")
    assert visit.person.age == 13
    brother = next(p for p in visit.people if p.who.endswith("sibling"))
    assert brother.age == 5 and brother.audience == "child"


@pytest.mark.parametrize("context, kind", [
    ("adolygiad i Mr Owen 77 yn y cartref, his wife will be there", "review"),
    ("ymweliad cyntaf - Mrs Parry 84, referral from her GP", "first_visit"),
])
def test_a_visit_kind_named_in_welsh_is_read(context, kind):
    assert read_visit(context).kind == kind


@pytest.mark.parametrize("context", [
    "Visit to Sian (14) at home: she stays out late, an older girlfriend collects her from the park.",
    "Seeing Kyle, 15, after school. Boyfriend (20s) buys him vapes, mum worried.",
])
def test_an_adult_partner_of_a_young_person_is_named_as_a_risk_and_gets_no_questions(context):
    visit = read_visit(context)
    assert visit.person.audience == "young_person"
    partner = next(p for p in visit.people[1:] if p.who.endswith("partner"))
    assert partner.absent == "risk"
    assert all(not p.who.endswith("partner") for p in _people_with_sections(visit, context))


def test_a_young_persons_partner_of_their_own_age_is_not_a_risk():
    visit = read_visit("Seeing Kyle, 15, after school. His boyfriend is 15 too and comes round most days.")
    assert not any(p.absent == "risk" for p in visit.people)


@pytest.mark.parametrize("context, who", [
    ("Referral from the health visitor: Mrs Amin 33, twins 8 months, very tired, husband works nights.",
     "the health visitor"),
    ("Mr Gray 77, neighbour worried he has stopped going out. First visit.", "a neighbour"),
    ("Duty visit - Ms Cole 45, referred by her GP after a fall at work.", "health staff"),
])
def test_who_referred_is_read_as_telling_us_and_gets_no_questions(context, who):
    visit = read_visit(context)
    source = next(p for p in visit.people[1:] if p.who.endswith(who))
    assert source.absent == "referred" and "told us" in source.label
    assert source.who not in _sections(context)


def test_a_professional_who_told_us_and_is_also_met_is_not_only_a_referrer():
    visit = read_visit("Meeting with Dean 18 and his support worker at the hostel. Support worker noticed he is "
                       "not eating.")
    staff = next(p for p in visit.people[1:] if p.role == "professional")
    assert staff.absent == ""


def test_the_presence_and_referring_lists_are_lower_case_without_repeats_and_never_overlap():
    from assistant.language import language_data

    data = language_data("prepare")
    lists = {name: data[name] for name in ("absent_words", "maybe_words", "present_words", "maybe_openers",
                                             "person_nouns")}
    lists |= {f"referring {k}": v for k, v in data["referring"].items()}
    for name, words in lists.items():
        assert words and all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), name
        assert len(words) == len(set(words)), (name, [w for w in words if words.count(w) > 1])
    assert not set(data["absent_words"]) & set(data["maybe_words"])
    assert not set(data["absent_words"]) & set(data["present_words"])
