"""Hybrid retrieval: dense (FAISS) and BM25 rankings fused with reciprocal-rank fusion, with filters."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .corpus import Document
from .embedder import Embedder
from .index import VectorIndex
from .text import tokenize

RRF_K = 60
DUPLICATE_COSINE = 0.95
MODES = ("hybrid", "dense", "bm25")


@dataclass
class Hit:
    document: Document
    score: float  # cosine similarity between the query and the document (dense), 0-1 in practice
    fused: float  # reciprocal-rank-fusion score used for ordering
    position: int  # row in the index

    def to_dict(self) -> dict:
        d = self.document
        return {
            "id": d.id,
            "kind": d.kind,
            "title": d.title,
            "page": d.page,
            "heading": d.heading,
            "url": d.url,
            "text": d.text,
            "score": round(float(self.score), 4),
        }


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    stage: str | None = None
    skill: str | None = None
    audience: str | None = None

    def allows(self, doc: Document) -> bool:
        if self.kind and doc.kind != self.kind:
            return False
        if self.stage and self.stage not in doc.stage:
            return False
        if self.skill and doc.skill != self.skill:
            return False
        return not (self.audience and not ({self.audience, "any"} & set(doc.audience)))


def _bm25(documents: list[Document]):
    import bm25s

    model = bm25s.BM25()
    model.index([tokenize(d.embed_text) or ["_"] for d in documents], show_progress=False)
    return model


class Retriever:
    """Searches one loaded index; the embedder is passed in and used once per batch of queries."""

    def __init__(self, index: VectorIndex, embedder: Embedder):
        self.index = index
        self.embedder = embedder
        self.bm25 = _bm25(index.documents)
        self._masks: dict[Filters, np.ndarray] = {}

    def _mask(self, filters: Filters) -> np.ndarray:
        if filters not in self._masks:
            self._masks[filters] = np.array([filters.allows(d) for d in self.index.documents], dtype=bool)
        return self._masks[filters]

    def embed(self, queries: list[str]) -> np.ndarray:
        return self.embedder.embed(queries)

    def search(self, query: str, k: int = 5, mode: str = "hybrid", vector: np.ndarray | None = None,
               **filters) -> list[Hit]:
        """The k best documents for one query."""
        vectors = None if vector is None else vector.reshape(1, -1)
        return self.search_many([query], k, mode, vectors, **filters)[0]

    def search_many(self, queries: list[str], k: int = 5, mode: str = "hybrid",
                    vectors: np.ndarray | None = None, **filters) -> list[list[Hit]]:
        """The k best documents for each query, embedding all queries in one batch."""
        if mode not in MODES:
            raise ValueError(f"unknown retrieval mode {mode!r}; use one of {', '.join(MODES)}")
        mask = self._mask(Filters(**filters))
        n = len(self.index)
        if not queries or n == 0:
            return [[] for _ in queries]
        if vectors is None:
            vectors = self.embed(queries)
        scores, positions = self.index.search_many(vectors, n)
        results = []
        for row, query in enumerate(queries):
            dense = np.empty(n, dtype=np.float32)
            dense[positions[row]] = scores[row]
            results.append(self._rank(query, dense, mask, k, mode))
        return results

    def _rank(self, query: str, dense: np.ndarray, mask: np.ndarray, k: int, mode: str) -> list[Hit]:
        candidates = np.flatnonzero(mask)
        if len(candidates) == 0:
            return []
        fused = np.zeros(len(self.index), dtype=np.float64)
        if mode in ("hybrid", "dense"):
            order = candidates[np.argsort(-dense[candidates], kind="stable")]
            fused[order] += 1.0 / (RRF_K + np.arange(1, len(order) + 1))
        if mode in ("hybrid", "bm25"):
            lexical = self.bm25.get_scores(tokenize(query) or ["_"])
            matched = candidates[lexical[candidates] > 0]
            order = matched[np.argsort(-lexical[matched], kind="stable")]
            fused[order] += 1.0 / (RRF_K + np.arange(1, len(order) + 1))
        ranked = candidates[np.argsort(-fused[candidates], kind="stable")]
        ranked = ranked[fused[ranked] > 0]
        return self._collapse(ranked, dense, fused, k)

    def _collapse(self, ranked: np.ndarray, dense: np.ndarray, fused: np.ndarray, k: int) -> list[Hit]:
        """Keep the best of any group of near-duplicate documents."""
        kept: list[int] = []
        vectors = self.index.vectors
        for position in ranked:
            if kept and float(np.max(vectors[kept] @ vectors[position])) > DUPLICATE_COSINE:
                continue
            kept.append(int(position))
            if len(kept) == k:
                break
        return [Hit(self.index.documents[p], float(dense[p]), float(fused[p]), p) for p in kept]
