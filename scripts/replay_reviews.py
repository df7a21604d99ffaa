"""Replay past suggest reviews: run today's suggest on every case of the reviews in data/reviews/*-suggest-*/ and
compare with what the reviewer graded. An output identical to one the reviewer graded keeps its grade; anything new
is counted as ungraded and listed, so a change shows whether it dropped graded-0 lines, kept graded-2 ones, and how
much new, unjudged text it brings.

Once a review has been reported its cases are development data (../shared/review/README.md), so this is a tuning
proxy, not an acceptance figure: new text is unjudged, and the next review must be fresh.
A case that gets no reflection and no question ("nothing to say") is counted, and listed with --show empty.
Usage: .venv/bin/python scripts/replay_reviews.py [--show new|zero|empty|all] [--ids t01,t02]"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.corpus import STAGES  # noqa: E402
from assistant.runtime import Runtime  # noqa: E402
from scripts.eval_suggest import turns_of  # noqa: E402


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def items(result: dict) -> list[tuple[str, str]]:
    """(kind, text) for every suggestion, in the kinds the review sheet uses."""
    out = [("reflection_" + r["kind"], r["text"]) for r in result["reflections"]]
    out += [("open_question", q["text"]) for q in result["open_questions"]]
    out += [("affirmation", a["text"]) for a in result["affirmations"]]
    out += [("summary", result["summary"])] if result["summary"] else []
    # a card is graded on its text and its question together: a new question makes it unjudged
    out += [("safety", f"{card['text']} | {card['question']}") for card in result["safety"]]
    return out


def graded_texts(folder: Path) -> dict:
    """(id, text) -> grade row; a safety row's text gains the question the reviewer saw (from outputs.jsonl)."""
    questions = {}
    if (folder / "outputs.jsonl").exists():
        for row in read_jsonl(folder / "outputs.jsonl"):
            for card in (row.get("output") or {}).get("safety", []):
                questions[(row["id"], card["text"])] = card.get("question", "")
    grades = {}
    for g in read_jsonl(folder / "grades.jsonl"):
        if g.get("text"):
            text = g["text"]
            if g.get("kind") == "safety" and (g["id"], text) in questions:
                text = f"{text} | {questions[(g['id'], text)]}"
            grades[(g["id"], text)] = g
    return grades


def truth_of(key: dict) -> tuple[str | None, bool]:
    """(expected stage, whether a card is needed) from a key row; later reviews name them expected_stage and
    safety_needed."""
    stage = key.get("stage") or key.get("expected_stage")
    risk = key.get("risk", key.get("safety_needed", ""))
    return stage, str(risk).strip().lower() not in ("", "none", "false", "no", "0")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=("new", "zero", "empty", "all"), default=None)
    parser.add_argument("--ids", default="")
    args = parser.parse_args()
    rt = Runtime()
    rt.ensure_index()
    totals: Counter = Counter()
    by_kind: dict[str, Counter] = defaultdict(Counter)
    # Only finished reviews (their scores.md written): a review under way is not looked at until it is reported.
    for folder in sorted(f for f in (ROOT / "data" / "reviews").glob("*-suggest-*") if (f / "scores.md").exists()):
        grades = graded_texts(folder)
        key = {k["id"]: k for k in read_jsonl(folder / "key.jsonl")}
        for case in read_jsonl(folder / "cases.jsonl"):
            if args.ids and case["id"] not in args.ids.split(","):
                continue
            result = rt.suggest(case["said"], turns_of(case), None, case.get("audience")).to_dict()
            stage, risky = truth_of(key.get(case["id"], {}))
            totals["cases"] += 1
            if stage in STAGES:
                totals["staged"] += 1
                totals["stage_right"] += result["stage"] == stage
            empty = not result["reflections"] and not result["open_questions"]
            totals["empty"] += empty
            totals["risk_cases"] += risky
            totals["risk_with_card"] += risky and bool(result["safety"])
            totals["safe_with_card"] += not risky and bool(result["safety"])
            lines = []
            for kind, text in items(result):
                graded = grades.get((case["id"], text))
                mark = str(graded["grade"]) if graded and graded.get("grade") is not None else "new"
                by_kind[kind][mark] += 1
                by_kind["all"][mark] += 1
                if args.show == "all" or {"new": "new", "zero": "0"}.get(args.show) == mark:
                    lines.append(f"   [{mark}] {kind}: {text}")
            if lines or (args.show == "empty" and empty):
                print(f"{folder.name[-8:]} {case['id']} ({stage}, risk={risky}) {case['said'][:110]}")
                print(f"   stage {result['stage']}; cards {[(c['concern'], c['question']) for c in result['safety']]}")
                print("\n".join(lines))
    print(f"\ncases {totals['cases']}; stage right {totals['stage_right']}/{totals['staged']}; risk cases with a "
          f"card {totals['risk_with_card']}/{totals['risk_cases']}; other cases with a card "
          f"{totals['safe_with_card']}; no reflection and no question {totals['empty']}")
    print("| kind | offered | graded 2 | graded 1 | graded 0 | new |")
    print("|---|---|---|---|---|---|")
    for kind, counts in sorted(by_kind.items()):
        print(f"| {kind} | {sum(counts.values())} | {counts['2']} | {counts['1']} | {counts['0']} | {counts['new']} |")


if __name__ == "__main__":
    main()
