"""Grounded answers: a short answer made only of sentences from the best guidance passages, each cited."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .retrieval import Hit, Retriever

MAX_SENTENCES = 4
MAX_PER_PASSAGE = 2
MIN_WORDS = 5
SENTENCE_WINDOW = 0.12  # keep sentences within this cosine of the best one
SAME_SENTENCE = 0.90


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


def _pick_sentences(retriever: Retriever, hits: list[Hit], query: np.ndarray) -> list[tuple[int, int, str]]:
    """(source number, sentence position, sentence) for the sentences that best answer the query."""
    scored: list[tuple[float, int, int, str, int]] = []
    for number, hit in enumerate(hits[:3]):
        rows = retriever.index.sentence_rows(hit.position)
        if not len(rows):
            continue
        sims = rows @ query
        for i, (sentence, sim) in enumerate(zip(hit.document.sentences, sims, strict=True)):
            if len(sentence.split()) >= MIN_WORDS:
                # A small bonus for the better-ranked passage keeps answers coherent.
                scored.append((float(sim) + 0.02 * (2 - number), number, i, sentence, hit.position))
    if not scored:
        return []
    scored.sort(key=lambda item: -item[0])
    best = scored[0][0]
    chosen: list[tuple[int, int, str]] = []
    chosen_vectors: list[np.ndarray] = []
    per_passage: dict[int, int] = {}
    for score, number, i, sentence, position in scored:
        if score < best - SENTENCE_WINDOW or len(chosen) == MAX_SENTENCES:
            break
        if per_passage.get(number, 0) == MAX_PER_PASSAGE:
            continue
        vector = retriever.index.sentence_rows(position)[i]
        if any(float(v @ vector) > SAME_SENTENCE for v in chosen_vectors):
            continue
        chosen.append((number, i, sentence))
        chosen_vectors.append(vector)
        per_passage[number] = per_passage.get(number, 0) + 1
    return sorted(chosen)


def answer_question(retriever: Retriever, question: str, k: int = 5, threshold: float = 0.40) -> Answer:
    """Answer from the guidance, citing each sentence, or say plainly that nothing relevant was found."""
    question = " ".join(question.split())
    vector = retriever.embed([question])[0]
    hits = retriever.search(question, k=max(k, 3), vector=vector, kind="page")
    if not hits or max(h.score for h in hits) < threshold:
        return _not_found(retriever, question, vector)
    hits = hits[:k]
    picked = _pick_sentences(retriever, hits, vector)
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
