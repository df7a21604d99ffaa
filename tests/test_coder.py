"""The OARS coder with the shipped weights and the real model: codes a practitioner would agree with."""

from __future__ import annotations

import json

import pytest

from assistant.coder import CODES, MAIN_OF, Coder, Item, default_coder, ngrams
from assistant.coder_training import LABELLED

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, context, code", [
    ("Did the argument upset the kids?", "We had a row last night.", "closed_question"),
    ("Is he still drinking every night?", "Things have been hard with him.", "closed_question"),
    ("What would a good morning look like for you?", "Mornings are chaos.", "open_question"),
    ("So let me check I've got this: you want the kids at school every day, mornings are the hardest part, and "
     "your mum could help on Mondays. Have I got that right?", "My mum could do Mondays.", "summary"),
    ("If you don't get him to school by Monday, we'll have to take this further.", "He just won't get up.",
     "confront"),
    ("You need to stop making excuses and take some responsibility.", "It's not my fault he's like this.",
     "confront"),
    ("You should ring the GP tomorrow.", "My back is bad again.", "advice"),
])
def test_worker_utterances_get_the_code_a_practitioner_would_give(real_embedder, text, context, code):
    [coded] = default_coder().code_many(real_embedder, [Item(text, context, context)])
    assert coded.primary == code, coded
    assert coded.codes[0] == coded.primary and set(coded.codes) <= set(CODES)


def test_every_code_maps_to_an_annomi_behaviour():
    assert set(MAIN_OF) == set(CODES)
    assert set(MAIN_OF.values()) == {"question", "reflection", "therapist_input", "other"}


def test_shipped_weights_are_small_and_have_every_head():
    coder = Coder.load()
    assert set(coder.heads) == {"main", "question", "reflection", "input", "special"}
    assert set(coder.heads["special"][2]) == {"affirmation", "summary", "confront", "none"}
    assert len(coder.vocab) > 1000


def test_team_labelled_examples_cover_the_codes_annomi_lacks():
    rows = [json.loads(line) for line in LABELLED.read_text().splitlines() if line.strip()]
    counts = {code: sum(r["code"] == code for r in rows) for code in CODES}
    assert all(counts[c] >= 40 for c in ("affirmation", "summary", "confront")), counts
    assert all(r["code"] in CODES and r["text"].strip() for r in rows)
    assert len({r["text"] for r in rows}) == len(rows)


def test_tfidf_matches_the_terms_it_was_trained_on():
    coder = Coder.load()
    row = coder.tfidf(["What would help?"])[0]
    present = {t for t in ngrams("What would help?") if t in coder.vocab}
    assert present and abs(float((row ** 2).sum()) - 1.0) < 1e-5
    assert {coder.meta["vocab"][j] for j in row.nonzero()[0]} == present
