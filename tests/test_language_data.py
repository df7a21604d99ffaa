"""The language data the conversation engine reads (guidance_corpus/language/*.yaml) is data with a schema: every
list the code asks for exists, holds lower-case strings, and the safety cards cover every concern id in PRODUCT.md."""

from __future__ import annotations

import re

import pytest

from assistant.corpus import PRESUPPOSITIONS
from assistant.language import language_data
from assistant.safety import CONCERNS

LISTS = ("fillers", "short_answers", "wish_verbs", "value_phrases", "progress_phrases", "contrast", "held_back",
         "coped", "addressed_you", "strength_verbs", "negated_strengths", "deficit_words", "later_life",
         "young_childhood", "services", "flat_answers", "later_visit_told",
         "being_heard", "endearments", "not_strengths", "agreeing")


@pytest.fixture(scope="module")
def conversation() -> dict:
    return language_data("conversation")


@pytest.mark.parametrize("name", LISTS)
def test_every_word_list_is_lower_case_strings_without_repeats(conversation, name):
    words = conversation[name]
    assert words and all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), name
    assert len(words) == len(set(words)), [w for w in words if words.count(w) > 1]


def test_feelings_and_short_reflections_are_well_formed(conversation):
    assert all(isinstance(cues, list) and cues and all(isinstance(c, str) for c in cues)
               for cues in conversation["feelings"].values())
    for said, reflection in conversation["short_reflections"].items():
        assert said == said.lower() and reflection[0].isupper() and reflection.endswith(".")


def test_relationship_reflections_are_statements_with_cues(conversation):
    for entry in conversation["relationship"]:
        assert entry["cues"] and all(c == c.lower() for c in entry["cues"])
        assert entry["reflection"].endswith(".") and "?" not in entry["reflection"]


def test_qualities_and_presence_cover_what_the_code_names(conversation):
    assert all(entry["lemmas"] and entry["quality"].endswith(".") for entry in conversation["qualities"])
    assert set(conversation["presence"]) == set(PRESUPPOSITIONS)


def test_safety_cards_cover_every_concern_and_never_promise_secrecy():
    cards = language_data("safety")
    assert set(CONCERNS) <= set(cards)
    for concern in CONCERNS:
        card = cards[concern]
        assert len(card["heard"]) >= 2 and card["check_first"] and len(card["questions"]) >= 3
        assert all("safeguarding" in h for h in card["heard"]), concern
        assert all(q.endswith("?") or q.startswith("Tell me") for q in card["questions"]), concern
        young = cards["young_questions"][concern]
        assert young and all(q.endswith("?") or q.startswith("Tell me") for q in young), concern
        text = " ".join(card["heard"] + card["check_first"] + card["questions"] + young).lower()
        assert not re.search(r"\bi (?:will|'ll) keep (?:it|this) (?:secret|between us)\b", text)
    for concern, cues in cards["worker_cues"].items():
        assert concern in CONCERNS and cues and all(c == c.lower() for c in cues)


def test_welsh_words_are_lower_case_and_do_not_swallow_common_english():
    data = language_data("welsh")
    words = set(data["words"]) - set(data["shared"])
    assert all(w == w.lower() for w in words)
    assert not words & {"a", "i", "the", "and", "to", "is", "it", "lot", "hen", "dan", "pump", "do", "am"}


def test_prepare_data_is_well_formed_and_its_traps_are_the_guidance_s_own_words():
    from assistant.corpus import AUDIENCES, STAGES, load_pages, sections
    from assistant.settings import PROJECT_ROOT
    from assistant.visit import VISIT_KINDS

    data = language_data("prepare")
    pages = {p.slug: " ".join(text for _, blocks in sections(p) for _, text in blocks)
             for p in load_pages(PROJECT_ROOT / "guidance_corpus")}
    roles = {"person", "family", "carer", "parent", "child", "professional"}
    for entry in data["people"]:
        assert entry["cues"] and all(c == c.lower() for c in entry["cues"]) and entry["role"] in roles, entry
        assert entry["audience"] in (*AUDIENCES, "older_person"), entry
    assert set(data["visit_kinds"]) == set(VISIT_KINDS) == set(data["visit_focus"])
    assert set(data["risk_cues"]) == set(CONCERNS) == set(data["concern_titles"])
    assert sorted(data["concern_order"]) == sorted(CONCERNS)
    for name, steps in data["templates"].items():
        assert steps and all(s["stage"] in STAGES and 1 <= s["n"] <= 4 and s["title"] for s in steps), name
    for trap in data["traps"]:
        assert trap["text"] in pages[trap["page"]] and trap["counter"] in pages[trap["counter_page"]], trap["text"]
        assert trap["when"] and trap["text"].endswith(".")
    for entry in data["oars"]:
        assert entry["page"] in pages and "default" in entry["variants"], entry["skill"]
    assert set(data["constraint_notes"]) <= set(data["constraints"])
    assert all(e["concern"] in (None, *CONCERNS) for e in data["extra_checks"])
    for lists in ("constraints", "situations", "settings"):
        assert all(w == w.lower() for cues in data[lists].values() for w in cues), lists


def test_feedback_word_lists_are_lower_case_strings_without_repeats():
    data = language_data("feedback")
    assert {"active_offer", "hospitality", "confront_cues", "blame", "frame_words"} <= set(data)
    for name, words in data.items():
        assert words and all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), name
        assert len(words) == len(set(words)), (name, [w for w in words if words.count(w) > 1])


def test_answer_word_lists_are_lower_case_and_cover_every_question_type():
    answers = language_data("answers")
    for name in ("generic_words", "list_cues", "difference_cues", "pointing_openers", "lead_in_endings",
                 "not_statements", "connective_openers", "leaning_words", "concluding_words", "restrictive_cues",
                 "inclusion_cues", "negation_cues", "trap_headings", "trap_questions", "reference_topics",
                 "function_words", "practice_verbs", "lead_in_words", "speech_verbs", "responding_topics",
                 "document_words", "pushing_away_words", "harm_words", "disclosure_words", "lesson_headings",
                 "vague_aim_verbs", "stage_self_words", "advising_against", "clause_openers", "page_place_words",
                 "example_cues"):
        words = answers[name]
        assert words and all(isinstance(w, str) and w == w.lower() for w in words), name
        assert len(words) == len(set(words)), [w for w in words if words.count(w) > 1]
    assert set(answers["question_types"]) == {"definition", "how_to", "why", "yes_no", "difference"}
    assert all(o == o.lower() for openers in answers["question_types"].values() for o in openers)
    assert len(answers["uncovered_topics"]) >= 8


@pytest.mark.parametrize("name", ("first_person", "figures", "laughs", "minimisers", "dangling", "to_the_worker"))
def test_quality_word_lists_are_lower_case_strings_without_repeats(name):
    words = language_data("quality")[name]
    assert words and all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), name
    assert len(words) == len(set(words)), [w for w in words if words.count(w) > 1]


def test_the_voice_turns_first_person_words_to_the_workers():
    voice = language_data("quality")["voice"]
    assert set(language_data("quality")["first_person"]) <= set(voice)
    assert all(k == k.lower() and v == v.lower() and k != v for k, v in voice.items())
