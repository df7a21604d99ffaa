"""Grounded answers: a short answer made only of sentences from the best guidance passages, each cited."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .retrieval import Hit, Retriever
from .text import tokenize

# Lines like 'Poor: "Why didn't you...?"' are examples to contrast, not statements that answer anything.
_LABELLED_EXAMPLE = re.compile(r"^[A-Z][\w ]{0,20}:\s")
MAX_SENTENCES = 4
MAX_WORDS = 110
MAX_PER_PASSAGE = 2
MIN_WORDS = 5
LEXICAL_WEIGHT = 0.15
SENTENCE_WINDOW = 0.10  # other sentences within this score of the best one join the answer
MIN_EXCERPT_WORDS = 35  # sentences after the best one join until the excerpt is this long
SAME_SENTENCE = 0.90
DEFINITION_BONUS = 0.15


@dataclass
class Answer:
    question: str
    answer: str
    sources: list[Hit] = field(default_factory=list)
    found: bool = True

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "found": self.found,
            "sources": [
                {k: v for k, v in h.to_dict().items() if k in ("title", "page", "heading", "url", "text", "score")}
                | {"source_url": h.document.source_url}
                for h in self.sources
            ],
        }


_DEFINITION_QUESTION = re.compile(r"^(?:what(?:'s| is| are)|define|what does)\s+(?:an?\s+|the\s+)?(.+?)"
                                  r"(?:\s+mean)?\s*\??$", re.I)


def _definition_pattern(question: str) -> re.Pattern | None:
    """For 'What is X?' questions, a pattern matching sentences that define X ('X is', 'An X means')."""
    match = _DEFINITION_QUESTION.match(question.strip())
    if not match or len(match.group(1).split()) > 4:
        return None
    term = re.escape(match.group(1).rstrip("s"))
    return re.compile(rf"^(?:an?\s+|the\s+)?{term}s?\b[^.]{{0,40}}?\b(?:is|are|means|describes?)\b", re.I)


def _pick_sentences(retriever: Retriever, hits: list[Hit], question: str,
                    query: np.ndarray) -> list[tuple[int, int, str]]:
    """(source number, sentence position, sentence) for the sentences that best answer the question.

    The best-matching sentence anchors the answer; the sentences right after it in the same passage usually
    carry its explanation, so they come too until the excerpt reads as a whole; other close matches follow.
    """
    terms = set(tokenize(question))
    definition = _definition_pattern(question)
    scored: dict[tuple[int, int], float] = {}
    texts: dict[tuple[int, int], str] = {}
    # A definition may sit a little lower in the ranking than passages that merely use the term.
    for number, hit in enumerate(hits[:5] if definition else hits[:3]):
        rows = retriever.index.sentence_rows(hit.position)
        for i, (sentence, sim) in enumerate(zip(hit.document.sentences, rows @ query, strict=True)):
            if len(sentence.split()) < MIN_WORDS or _LABELLED_EXAMPLE.match(sentence):
                continue
            overlap = len(terms & set(tokenize(sentence))) / len(terms) if terms else 0.0
            # Shared words and the better-ranked passage break near-ties between similar sentences.
            scored[number, i] = float(sim) + LEXICAL_WEIGHT * overlap + 0.02 * (2 - number)
            if definition and definition.match(sentence):
                scored[number, i] += DEFINITION_BONUS  # "What is X?" is best answered by "X is ..."
            texts[number, i] = sentence
    if not scored:
        return []
    ranked = sorted(scored, key=lambda key: -scored[key])
    best = ranked[0]
    excerpt = [best]
    excerpt_words = len(texts[best].split())
    follow = (best[0], best[1] + 1)
    while follow in scored and excerpt_words < MIN_EXCERPT_WORDS:
        excerpt.append(follow)
        excerpt_words += len(texts[follow].split())
        follow = (follow[0], follow[1] + 1)
    others = [key for key in ranked[1:] if key not in excerpt and scored[key] >= scored[best] - SENTENCE_WINDOW]

    chosen: list[tuple[int, int]] = []
    vectors: list[np.ndarray] = []
    words = 0
    for key in excerpt + others:
        if key not in excerpt and sum(k[0] == key[0] and k not in excerpt for k in chosen) == MAX_PER_PASSAGE:
            continue
        vector = retriever.index.sentence_rows(hits[key[0]].position)[key[1]]
        if any(float(v @ vector) > SAME_SENTENCE for v in vectors):
            continue
        n = len(texts[key].split())
        if chosen and (words + n > MAX_WORDS or len(chosen) == MAX_SENTENCES):
            break
        chosen.append(key)
        vectors.append(vector)
        words += n
    return [(number, i, texts[number, i]) for number, i in sorted(chosen)]


def answer_question(retriever: Retriever, question: str, k: int = 5, threshold: float = 0.30) -> Answer:
    """Answer from the guidance, citing each sentence, or say plainly that nothing relevant was found."""
    question = " ".join(question.split())
    vector = retriever.embed([question])[0]
    hits = retriever.search(question, k=max(k, 3), vector=vector, kind="page")
    if not hits or max(h.score for h in hits) < threshold:
        return _not_found(retriever, question, vector)
    hits = hits[:k]
    picked = _pick_sentences(retriever, hits, question, vector)
    if not picked:
        return _not_found(retriever, question, vector)
    text = " ".join(f"{sentence} [{number + 1}]" for number, _, sentence in picked)
    return Answer(question, text, hits, True)


def _not_found(retriever: Retriever, question: str, vector: np.ndarray) -> Answer:
    closest = retriever.search(question, k=8, mode="dense", vector=vector, kind="page")
    titles = list(dict.fromkeys(h.document.title for h in closest))[:3]
    text = "I could not find anything in the guidance that answers this."
    if titles:
        text += " The closest topics are: " + "; ".join(titles) + "."
    return Answer(question, text, [], False)
