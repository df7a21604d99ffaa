"""The OARS coder with the shipped weights and the real model: codes a practitioner would agree with."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.coder import (
    CODES,
    MAIN_OF,
    Coder,
    Item,
    default_coder,
    neighbour_features,
    ngrams,
    opens_with_wh,
)
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
    assert set(coder.heads) == {"main", "question", "reflection", "input", "special", "sequence"}
    assert coder.heads["sequence"][2] == coder.heads["main"][2]
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


def test_neighbours_never_cross_conversations_and_alone_means_no_neighbours():
    probabilities = np.array([[0.7, 0.1, 0.1, 0.1], [0.1, 0.7, 0.1, 0.1], [0.1, 0.1, 0.7, 0.1]], dtype=np.float32)
    width = 5  # four probabilities and an "absent" flag per block: previous, next, rest of the conversation
    apart = neighbour_features(probabilities, ["a", "a", "b"])
    assert np.array_equal(apart[0, width:width + 4], probabilities[1]) and apart[0, width - 1] == 1  # no previous
    assert apart[1, width + 4] == 1 and np.array_equal(apart[1, :4], probabilities[0])  # row 2 is another talk
    assert apart[2, width - 1] == apart[2, 2 * width - 1] == apart[2, 3 * width - 1] == 1  # alone in "b"
    together = neighbour_features(probabilities, [0, 0, 0])
    assert np.allclose(together[1, 2 * width:2 * width + 4], probabilities[[0, 2]].mean(axis=0))
    alone = neighbour_features(probabilities, None)
    assert not alone[:, [0, 1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13]].any() and alone[:, [4, 9, 14]].all()


def test_an_utterance_on_its_own_keeps_the_first_reading(real_embedder):
    coder = Coder.load()  # the linear coder (kept as the baseline the fine-tuned one is compared with)
    items = [Item("It sounds like mornings are the hardest part.", "Mornings are awful.", "Mornings are awful."),
             Item("What would a good morning look like?", "I just want to get dressed myself.", "")]
    x = coder.features(real_embedder, items)
    alone, _ = coder.probabilities("main", x)
    assert np.allclose(coder.main_probabilities(x, None)[0], alone)
    assert np.allclose(coder.main_probabilities(x, ["a", "b"])[0], alone)  # different conversations: no neighbours
    assert not np.allclose(coder.main_probabilities(x, ["a", "a"])[0], alone)  # one conversation: looked at again
    coded = coder.code_many(real_embedder, items, ["a", "a"])
    assert [MAIN_OF[c.primary] for c in coded] == ["reflection", "question"]


@pytest.mark.parametrize("question, is_open", [
    ("How many times have the police been out this year?", False),
    ("Dai, how long ago did the falls start?", False),
    ("How often does the carer come?", False),
    ("How are the mornings going since the carers changed?", True),
    ("If the carers came earlier, what would be different for you?", True),
])
def test_a_how_that_asks_for_a_number_is_not_an_open_opener(question, is_open):
    assert opens_with_wh(question) is is_open
