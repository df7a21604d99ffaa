"""The question bank is data: every item validated, ids unique, open questions genuinely open, no near-duplicates."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pytest
from conftest import CORPUS

from assistant.corpus import AUDIENCES, SKILLS, STAGES, load_questions

TOPICS = {"family", "school", "money", "health", "home", "relationships", "safety", "loss", "work", "community",
          "identity", "routine", "feelings", "independence", "culture", "hobbies", "care"}
# A question that opens with one of these can be answered yes or no.
CLOSED_OPENERS = re.compile(
    r"^(do|does|did|is|are|was|were|can|could|would|will|have|has|had|should|shall|may|might|must|"
    r"don't|doesn't|didn't|isn't|aren't|won't|wouldn't|haven't|hasn't|ok|okay|any|anything)\b", re.I)


@pytest.fixture(scope="module")
def questions():
    return load_questions(CORPUS)


def test_bank_is_big_enough_for_every_stage(questions):
    assert len(questions) >= 420
    per_stage = Counter(q.stage for q in questions)
    assert {s: per_stage[s] for s in STAGES if per_stage[s] < 50} == {}


def test_every_item_is_valid(questions):
    for q in questions:
        assert re.fullmatch(r"[a-z]+-\d{3}", q.id), q.id
        assert q.id.startswith(q.stage + "-"), q.id
        assert q.skill in SKILLS and q.stage in STAGES and q.audience in AUDIENCES, q.id
        assert q.topics and set(q.topics) <= TOPICS, (q.id, q.topics)
        assert 3 <= len(q.text.split()) <= 40 and q.purpose.strip(), q.id


def test_ids_are_unique(questions):
    counts = Counter(q.id for q in questions)
    assert [i for i, n in counts.items() if n > 1] == []


def test_open_questions_cannot_be_answered_yes_or_no(questions):
    closed = []
    for q in questions:
        if q.skill != "open_question":
            continue
        clauses = [c.strip() for c in re.split(r"[,;:]", q.text)]
        main = clauses[-1] if q.text.lower().startswith("if ") else clauses[0]
        if CLOSED_OPENERS.match(q.text) or (q.text.lower().startswith("if ") and CLOSED_OPENERS.match(main)):
            closed.append(q.text)
        elif re.search(r"\bor not\b", q.text, re.I) or not q.text.rstrip().endswith(("?", ".")):
            closed.append(q.text)
    assert closed == []


def test_stems_and_affirmations_are_statements(questions):
    for q in questions:
        if q.skill in ("affirmation", "reflection_stem"):
            assert not q.text.rstrip().endswith("?"), q.id


@pytest.mark.slow
def test_no_two_items_are_near_duplicates(questions, real_embedder):
    vectors = real_embedder.embed([q.text for q in questions])
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, 0)
    pairs = [(questions[i].id, questions[j].id, round(float(sims[i, j]), 3))
             for i, j in zip(*np.nonzero(np.triu(sims > 0.95)), strict=True)]
    assert pairs == []
