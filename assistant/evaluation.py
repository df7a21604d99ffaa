"""Retrieval evaluation on the project's own student-style questions: recall@3 and MRR per mode."""

from __future__ import annotations

from pathlib import Path

import yaml

from .retrieval import MODES, Retriever


def load_eval_questions(corpus_dir: Path) -> list[dict]:
    """Every {question, pages} item in corpus_dir/eval/*.yaml."""
    items: list[dict] = []
    for path in sorted((Path(corpus_dir) / "eval").glob("retrieval*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            items.append({"question": str(item["question"]), "pages": [str(p) for p in item["pages"]]})
    return items


def ranked_pages(retriever: Retriever, questions: list[str], mode: str, vectors=None,
                 depth: int = 10) -> list[list[str]]:
    """For each question, the distinct guidance pages in the order retrieval first reaches them."""
    results = retriever.search_many(questions, k=depth * 4, mode=mode, vectors=vectors, kind="page")
    return [list(dict.fromkeys(h.document.page for h in hits))[:depth] for hits in results]


def score(rankings: list[list[str]], gold: list[list[str]]) -> dict[str, float]:
    """recall@3 (any gold page in the top 3) and mean reciprocal rank of the first gold page."""
    hits3 = 0
    rr = 0.0
    for ranking, answers in zip(rankings, gold, strict=True):
        ranks = [i for i, page in enumerate(ranking) if page in answers]
        hits3 += bool(ranks and ranks[0] < 3)
        rr += 1.0 / (ranks[0] + 1) if ranks else 0.0
    n = max(1, len(gold))
    return {"recall@3": round(hits3 / n, 4), "mrr": round(rr / n, 4)}


def evaluate_retrieval(retriever: Retriever, items: list[dict]) -> dict:
    """recall@3 and MRR for dense-only, BM25-only and hybrid retrieval over the same questions."""
    questions = [i["question"] for i in items]
    gold = [i["pages"] for i in items]
    vectors = retriever.embed(questions)
    modes = {mode: score(ranked_pages(retriever, questions, mode, vectors), gold) for mode in MODES}
    return {"questions": len(items), "modes": modes}
