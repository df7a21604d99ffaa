"""Replay past ask reviews: run today's `ask` on every case of data/reviews/*-ask-*/ and compare with the answers the
reviewer graded. An answer identical to a graded one keeps its grade (and the reviewer's first-sentence and
satisfied marks); anything else is counted as new and, with --show new, printed beside the reviewer's note and key,
so a change shows which graded-0/1 answers it replaced and which graded-2 ones it kept.

Reported reviews are development data: this is a tuning proxy, not an acceptance figure; the next review is fresh.
Usage: PYTHONPATH=$PWD .venv/bin/python scripts/replay_ask_reviews.py [--show new|low|all] [--ids q01,q02]"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.runtime import Runtime  # noqa: E402


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def scope_kind(truth: dict) -> str:
    """A key's scope as "in", "out" or "inj", whichever field the review used: `in_scope` (ask-1..7, with `injection`
    on ask-3), `scope` "in"/"out" (ask-9 on), or `kind` "in"/"oos"/"inj" (ask-8) or "in_scope"/"out_of_scope"/
    "injection" (ask-13)."""
    if "in_scope" in truth:
        return "inj" if truth.get("injection") else "in" if truth["in_scope"] else "out"
    if "scope" in truth:
        return "in" if truth["scope"] == "in" else "out"
    kind = truth.get("kind", "in")
    return {"in_scope": "in", "oos": "out", "out_of_scope": "out", "injection": "inj"}.get(kind, kind)


def in_scope(truth: dict) -> bool:
    """In scope, where an injection wrapped round a real question ("injection + real question: ... answer ...", ask-8)
    is in scope; ask-13's injections were scored out of scope (30 in scope), so only that wording counts."""
    kind = scope_kind(truth)
    return kind == "in" or (kind == "inj" and "real question" in truth.get("key", ""))


def first_sentence(graded: dict) -> bool | None:
    """The reviewer's first-sentence mark: `first_sentence_answers` on most reviews, `first_sentence` on ask-4..7 and
    ask-9; None where the review did not mark it (ask-2)."""
    return graded.get("first_sentence_answers", graded.get("first_sentence"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=("new", "low", "all"), default=None)
    parser.add_argument("--ids", default="")
    parser.add_argument("--reviews", default="", help="comma-separated suffixes, e.g. ask-3")
    args = parser.parse_args()
    rt = Runtime()
    rt.ensure_index()
    print("| review | in scope | unchanged | graded 2 kept | first sentence kept | satisfied kept | new | "
          "in scope not found | out of scope answered |")
    print("|---|---|---|---|---|---|---|---|---|")
    shown = []
    for folder in sorted(f for f in (ROOT / "data" / "reviews").glob("*-ask-*") if (f / "scores.md").exists()):
        if args.reviews and not any(folder.name.endswith(r) for r in args.reviews.split(",")):
            continue
        grades: dict[str, dict] = {}
        for g in read_jsonl(folder / "grades.jsonl"):
            # From ask-9 on the reviewer's first-sentence and satisfied marks sit on a separate "case" line.
            if g.get("kind") == "answer":
                grades[g["id"]] = grades.get(g["id"], {}) | g
            elif g.get("kind") == "case":
                grades[g["id"]] = {k: v for k, v in g.items() if k not in ("kind", "note")} | grades.get(g["id"], {})
        key = {k["id"]: k for k in read_jsonl(folder / "key.jsonl")}
        counts: Counter = Counter()
        for case in read_jsonl(folder / "cases.jsonl"):
            if args.ids and case["id"] not in args.ids.split(","):
                continue
            truth = key.get(case["id"], {})
            result = rt.ask(case["q"]).to_dict()
            graded = grades.get(case["id"], {})
            if not in_scope(truth):
                counts["out answered"] += result["found"] and scope_kind(truth) != "inj"
                continue
            counts["in"] += 1
            counts["in not found"] += not result["found"]
            same = graded.get("text") == result["answer"]
            counts["same"] += same
            counts["2 kept"] += same and graded.get("grade") == 2
            counts["first kept"] += same and bool(first_sentence(graded))
            counts["satisfied kept"] += same and bool(graded.get("satisfied"))
            counts["new"] += not same
            if args.show == "all" or (args.show == "new" and not same) or \
                    (args.show == "low" and (not same or graded.get("grade", 2) < 2)):
                mark = graded.get("grade") if same else "new"
                first = {True: "first ok", False: "first NOT", None: "first ?"}[first_sentence(graded)]
                shown.append(f"{folder.name[11:]} {case['id']} [{mark}] Q: {case['q']}\n   A: {result['answer']}\n"
                             f"   was [{graded.get('grade')}, {first}]: {graded.get('text', '')[:300]}\n"
                             f"   key: {truth.get('key_points') or truth.get('key') or truth.get('must_contain')}")
        print(f"| {folder.name} | {counts['in']} | {counts['same']} | {counts['2 kept']} | {counts['first kept']} | "
              f"{counts['satisfied kept']} | {counts['new']} | {counts['in not found']} | {counts['out answered']} |")
    print("\n".join(shown))


if __name__ == "__main__":
    main()
