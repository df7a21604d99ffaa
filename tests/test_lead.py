"""The sentence an answer opens on (assistant/lead.py), on made-up passages and on the real guidance."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pytest

from assistant.lead import answer_first, examples_first, instructs


@dataclass
class Page:
    sentences: list[str]
    sentence_kinds: list[str]
    heading: str = "Working with hopes"
    sentence_headings: list[str] | None = None
    title: str = "Hopes"
    page: str = "hopes"
    topics: list[str] = field(default_factory=list)


class Index:
    """One passage whose sentence vectors are given: the fit of each sentence to the question is chosen."""

    def __init__(self, page: Page, fits: list[float]):
        self.documents = [page]
        self.sentence_names = {s: [] for s in page.sentences}
        rows = []
        for fit in fits:  # unit vectors whose first coordinate is the fit to a query along that axis
            rows.append([fit, float(np.sqrt(max(0.0, 1 - fit * fit)))])
        self.rows = np.array(rows)

    def sentence_rows(self, position: int) -> np.ndarray:
        return self.rows


@dataclass
class Retriever:
    index: Index


@dataclass
class Hit:
    document: Page
    position: int = 0


QUERY = np.array([1.0, 0.0])


def compose(sentences: list[str], fits: list[float], kind: str, question: str, kinds: list[str] | None = None,
            heading: str = "Working with hopes") -> list[str]:
    page = Page(sentences, kinds or ["text"] * len(sentences), heading=heading)
    index = Index(page, fits)
    picked = [(0, i, s) for i, s in enumerate(sentences)]
    out = answer_first(Retriever(index), [Hit(page)], picked, QUERY, kind, question)
    if kind == "list":
        out = examples_first(index, [Hit(page)], out, question)
    return [s for _, _, s in out]


REVIEW_FIRST = ["In a six-month visit the worker goes back over the plan with the family.",
                "It looks at what has happened since the last visit.",
                "Hopes are expected to shift as life moves on.",
                "Reaching one hope often opens the way to the next."]


def test_a_later_sentence_that_answers_and_stands_alone_opens_with_what_follows_it():
    answer = compose(REVIEW_FIRST, [0.20, 0.63, 0.61, 0.40], "definition", "do a family's hopes stay the same?")
    assert answer[0] == "Hopes are expected to shift as life moves on."
    assert answer[1] == "Reaching one hope often opens the way to the next."  # its run keeps reading order
    # what came first follows, with the sentence leaning on it still after it
    assert answer[2:] == REVIEW_FIRST[:2]


@pytest.mark.parametrize("fits", ([0.20, 0.63, 0.30, 0.40],  # the best fit leans on the opener ("It looks ...")
                                  [0.55, 0.40, 0.62, 0.30]))  # the opener fits nearly as well
def test_the_opener_keeps_the_lead_unless_a_standalone_sentence_answers_clearly_better(fits):
    assert compose(REVIEW_FIRST, fits, "definition", "do a family's hopes stay the same?") == REVIEW_FIRST


def test_an_instruction_keeps_the_lead_and_lists_keep_their_order():
    told = ["Before you leave the house, agree a time to come back.", *REVIEW_FIRST[2:]]
    assert compose(told, [0.20, 0.70, 0.40], "how_to", "how do i end a visit to a family?") == told
    assert compose(REVIEW_FIRST, [0.20, 0.63, 0.61, 0.40], "difference", "how do hopes differ from plans?") == \
        REVIEW_FIRST


def test_a_how_to_opens_on_an_instruction_that_fits_about_as_well_as_the_description_before_it():
    sentences = ["Endings of visits are often hurried by the next appointment.",
                 "Agree together when you will next meet and what each of you will do."]
    answer = compose(sentences, [0.50, 0.45], "how_to", "how should I wrap up a home visit?")
    assert answer[0].startswith("Agree together")


@pytest.mark.parametrize("sentence, tells", [
    ("If the person is tired, keep the visit short.", True),
    ("Before you leave, check what happens next.", True),
    ("Ask who else should be there.", True),
    ("When the worker arrives, the family may be wary.", False),
    ("In most reviews, the plan is read back.", False),
])
def test_instructions_are_recognised_after_a_clause_that_sets_the_scene(sentence, tells):
    assert instructs(sentence) is tells


EXAMPLES = ["Kind words land best when they name something specific.",
            "The examples below show a few, each with a note.",
            '"You got both children to school every day this week."',
            "It names a real effort.",
            '"You kept the allotment going all summer."']
EXAMPLE_KINDS = ["text", "text", "item", "more", "item"]


def test_a_request_for_examples_opens_on_the_first_example_and_drops_the_announcement():
    answer = compose(EXAMPLES, [0.5, 0.6, 0.3, 0.2, 0.3], "list", "got any examples of affirmations for a dad?",
                     EXAMPLE_KINDS, heading="Affirmations that work")
    assert answer[0] == EXAMPLES[2]
    assert not any("below" in s for s in answer)
    assert answer[-1] == EXAMPLES[0]  # the point about examples follows them


def test_poor_examples_keep_the_lines_that_say_what_they_are():
    kinds = ["text", "text", "item", "more", "item"]
    answer = compose(EXAMPLES, [0.5, 0.6, 0.3, 0.2, 0.3], "list", "examples of affirmations for a dad?", kinds,
                     heading="Poor affirmations")
    assert answer == EXAMPLES
    assert compose(EXAMPLES, [0.5, 0.6, 0.3, 0.2, 0.3], "list", "what are affirmations made of?", kinds,
                   heading="Affirmations that work") == EXAMPLES  # not asked for examples


@pytest.mark.slow
@pytest.mark.parametrize("question", ["some example open questions for getting to know someone",
                                      "any examples of affirmations i could say to a mum who is struggling"])
def test_asked_for_examples_the_real_answer_opens_on_one(real_runtime, question):
    answer = real_runtime.ask(question)
    assert answer.found and answer.answer.startswith(('"', "\u201c")), answer.answer
    assert "below" not in answer.answer


@pytest.mark.slow
def test_poor_examples_from_the_guidance_never_open_an_answer_without_their_label(real_runtime):
    answer = real_runtime.ask("examples of open questions for a review visit?")
    assert answer.found and not answer.answer.startswith(('"', "\u201c")), answer.answer
