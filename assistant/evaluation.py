"""Evaluation on the project's own student-style questions: retrieval (recall@3, MRR per mode) and answers (key
points present, first sentence answers, honest 'not found'), on the dev files and their fixed held-out split."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import yaml

from .locations import PROJECT_ROOT
from .retrieval import MODES, Retriever
from .text import normalise, split_sentences


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


DEV_DIR = PROJECT_ROOT / "data" / "dev"
HELD_OUT_SHARE = 0.30
SPLIT_SEED = "answers-2026"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def is_held_out(item_id: str, share: float = HELD_OUT_SHARE, seed: str = SPLIT_SEED) -> bool:
    """The fixed held-out split: decided by a hash of the id, so adding questions never moves old ones."""
    digest = hashlib.sha256(f"{seed}:{item_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF < share


def dev_sets(dev_dir: Path = DEV_DIR) -> dict[str, list[dict]]:
    """The in-scope and out-of-scope dev questions, each item marked held_out or not."""
    sets = {"in_scope": load_jsonl(Path(dev_dir) / "ask_in_scope.jsonl"),
            "out_of_scope": load_jsonl(Path(dev_dir) / "ask_out_of_scope.jsonl")}
    for items in sets.values():
        for item in items:
            item["held_out"] = is_held_out(item["id"])
    return sets


def _present(point: dict, text: str) -> bool:
    text = normalise(text)
    return any(normalise(phrase) in text for phrase in point["any_of"])


def answer_text(answer: str) -> str:
    """The answer without its citation marks."""
    return re.sub(r"\s*\[\d+\]", "", answer)


def grade_answer(item: dict, answer: str, found: bool) -> dict:
    """Key points present (any_of, case-insensitive) and whether the first sentence carries one."""
    if not found:
        return {"found": False, "key_points": 0.0, "first_sentence": False}
    text = answer_text(answer)
    points = item["key_points"]
    first = split_sentences(text)[0] if text else ""
    return {"found": True, "key_points": sum(_present(p, text) for p in points) / max(1, len(points)),
            "first_sentence": any(_present(p, first) for p in points)}


def evaluate_answers(ask, in_scope: list[dict], out_of_scope: list[dict]) -> dict:
    """Answer-content figures: key points present, first sentence answers, and 'not found' precision and recall."""
    graded = [grade_answer(item, *_asked(ask, item["q"])) for item in in_scope]
    out_found = [_asked(ask, item["q"])[1] for item in out_of_scope]
    wrongly_not_found = sum(not g["found"] for g in graded)
    honest = sum(not f for f in out_found)
    said_not_found = wrongly_not_found + honest
    n_in, n_out = max(1, len(in_scope)), max(1, len(out_of_scope))
    return {
        "in_scope": len(in_scope),
        "out_of_scope": len(out_of_scope),
        "key_points_present": round(sum(g["key_points"] for g in graded) / n_in, 4),
        "first_sentence_answers": round(sum(g["first_sentence"] for g in graded) / n_in, 4),
        "not_found_precision": round(honest / said_not_found, 4) if said_not_found else 1.0,
        "not_found_recall": round(honest / n_out, 4),
        "in_scope_wrongly_not_found": round(wrongly_not_found / n_in, 4),
    }


def _asked(ask, question: str) -> tuple[str, bool]:
    answer = ask(question)
    return answer.answer, answer.found
