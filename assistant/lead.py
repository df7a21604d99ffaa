"""The sentence an answer opens on: the one that answers, when the composer's reading order put it later."""

from __future__ import annotations

import numpy as np

from .composer import _unintroduced, defined_term, facts, frames, has_cue, imperative, leans_back, letter_asked
from .index import VectorIndex
from .language import language_data
from .retrieval import Hit, Retriever
from .text import normalise, tokenize

LEAD_MARGIN = 0.15  # a later sentence fits the question this much better than the opener: it opens instead
LEAD_NEAR = 0.05  # ... and is this close to the best-fitting sentence of all (which may lean on the one before it)
STEP_SLACK = 0.12  # for a how-to, an instruction opens instead of a description fitting at most this much better
# Lists and differences keep their own order, and a yes/no answer its verdict's sentence.
LEAD_KINDS = ("case", "how_to", "why", "definition")


def answer_first(retriever: Retriever, hits: list[Hit], picked: list[tuple[int, int, str]], query: np.ndarray,
                 kind: str, question: str) -> list[tuple[int, int, str]]:
    """The answer opening on the sentence of its first passage that fits the question best, when that sentence comes
    later and stands alone ('Outcomes are expected to change.' after two lines on reviews), with the rest of its run;
    what came before follows in reading order. A how-to opens on an instruction instead of a description. Unchanged
    when the opener fits nearly as well, when it instructs or names the asked term, or when the better sentence leans
    on what comes before it ('Its job is to ...')."""
    if kind not in LEAD_KINDS or len(picked) < 2:
        return picked
    index = retriever.index
    number = picked[0][0]
    rows = index.sentence_rows(hits[number].position)
    own = [n for n, p in enumerate(picked) if p[0] == number]
    fit = {n: float(rows[picked[n][1]] @ query) for n in own}
    top = max(fit.values())
    # the opener gives way only to a sentence among the best fits that stands alone
    alone = [n for n in own[1:] if fit[n] >= top - LEAD_NEAR and _stands_alone(index, hits, picked[n], question)]
    best = max(alone, key=lambda n: fit[n], default=None)
    if instructs(picked[0][2]) or letter_asked(question) or _names_term(question, picked[0][2], kind):
        return picked  # an instruction, the asked letter's line ('S for summarising') or the asked term's keeps it
    if best is None or fit[best] < fit[0] + LEAD_MARGIN or kind == "how_to":
        # "how do I ...?" opens on an instruction of the passage (its steps otherwise keep their order), one fitting
        # the question about as well as the opener
        steps = [n for n in own[1:] if kind == "how_to" and instructs(picked[n][2]) and fit[n] >= fit[0] - STEP_SLACK
                 and _stands_alone(index, hits, picked[n], question)]
        best = max(steps, key=lambda n: fit[n], default=None)
        if best is None:
            return picked
    # the new opener brings the rest of its run in reading order; what came before it follows
    block = [best]
    while block[-1] + 1 < len(picked) and picked[block[-1] + 1][0] == number and \
            picked[block[-1] + 1][1] == picked[block[-1]][1] + 1:
        block.append(block[-1] + 1)
    return [picked[n] for n in block] + [p for n, p in enumerate(picked) if n not in block]


def instructs(sentence: str) -> bool:
    """Whether the sentence tells the reader what to do, straight away ('Ask what ...') or after a clause setting the
    scene ('When closing a conversation with a carer, make sure ...')."""
    if imperative(sentence):
        return True
    words = normalise(sentence).strip(" \"'(").split()
    if not words or words[0] not in language_data("answers")["clause_openers"] or "," not in sentence:
        return False
    return imperative(sentence.split(",", 1)[1])


def _names_term(question: str, sentence: str, kind: str) -> bool:
    """For 'what is X?', whether the sentence says X ('A personal outcome is ...')."""
    term = set(tokenize(defined_term(question) or "")) if kind == "definition" else set()
    return bool(term) and term <= set(tokenize(sentence))


def _stands_alone(index: VectorIndex, hits: list[Hit], chosen: tuple[int, int, str], question: str) -> bool:
    """Whether a sentence can open an answer: plain text that leans on nothing before it and frames nothing after."""
    number, i, sentence = chosen
    about = facts(index, hits[number].position)[i]
    return about.kind == "text" and not (about.points_back or about.lead_in or about.example or about.setup or
                                         about.trap or about.story or leans_back(sentence) or frames(sentence) or
                                         has_cue(sentence, language_data("answers")["page_place_words"]) or
                                         _unintroduced(index, sentence, [], question))


_QUOTED_OPENING = ('"', "\u201c")


def examples_first(index: VectorIndex, hits: list[Hit], picked: list[tuple[int, int, str]], question: str
                   ) -> list[tuple[int, int, str]]:
    """For 'give me examples of ...': the answer opening on its first quoted example, not on the lines before it.
    A line announcing the examples ('The examples below show ...') goes, having nothing left to announce; the rest
    of what came before them follows the examples, in reading order. Unchanged for other questions, or when no quoted
    example comes from the answer's first passage."""
    if not has_cue(question, language_data("answers")["example_cues"]) or len(picked) < 2:
        return picked
    number = picked[0][0]
    first = next((n for n, (p, i, s) in enumerate(picked) if p == number and
                  facts(index, hits[p].position)[i].kind != "text" and s.lstrip().startswith(_QUOTED_OPENING)), None)
    if not first:
        return picked
    before = picked[:first]
    info = facts(index, hits[number].position)
    if any(p != number for p, _, _ in before) or any(info[i].trap for p, i, _ in picked if p == number):
        return picked  # the lines before poor examples ('Poorer questions:') say what they are
    end = first
    while end < len(picked) and picked[end][0] == number and info[picked[end][1]].kind != "text":
        end += 1  # the examples and what each says of itself
    kept = [b for b in before if not (info[b[1]].lead_in or frames(b[2]) or
                                      has_cue(b[2], language_data("answers")["page_place_words"]) or
                                      leans_back(b[2]))]
    return picked[first:end] + kept + picked[end:]
