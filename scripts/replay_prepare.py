"""Replay past prepare reviews: run today's prepare on every case of data/reviews/*-prepare-*/ and compare each
question with what the reviewer graded for that case. A question the reviewer graded keeps its grade (and its
wrong-person mark); a new one is counted as ungraded and listed. A question marked wrong-person is counted as still
wrong only while it is put to the same person as on the reviewed sheet ("W"); put to someone else now it is listed as
"W?" (read it: the reviewer's note says who it was meant for). Safety cards are listed beside the reviewer's key.

Once reported, a review's cases are development data, so this is a tuning proxy, not an acceptance figure.
Usage: .venv/bin/python scripts/replay_prepare.py [--show new|zero|all|sheet] [--ids w01,p02]"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.runtime import Runtime  # noqa: E402
from scripts.replay_reviews import read_jsonl  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", choices=("new", "zero", "all", "sheet"), default=None)
    parser.add_argument("--ids", default="")
    args = parser.parse_args()
    rt = Runtime()
    rt.ensure_index()
    totals: Counter = Counter()
    texts: Counter = Counter()
    for folder in sorted(f for f in (ROOT / "data" / "reviews").glob("*-prepare-*") if (f / "scores.md").exists()):
        grades = {(g["id"], g["text"]): g for g in read_jsonl(folder / "grades.jsonl") if g["kind"] == "question"}
        key = {k["id"]: k for k in read_jsonl(folder / "key.jsonl")}
        reviewed_for = {(o["id"], q["text"]): block["for"] for o in read_jsonl(folder / "outputs.jsonl")
                        for block in o["output"]["stages"] for q in block["questions"]}
        for case in read_jsonl(folder / "cases.jsonl"):
            if args.ids and case["id"] not in args.ids.split(","):
                continue
            sheet = rt.prepare(case["context"]).to_dict()
            totals["sheets"] += 1
            rows = []
            for block in sheet["stages"]:
                for q in block["questions"]:
                    g = grades.get((case["id"], q["text"]))
                    texts[q["text"]] += 1
                    totals["questions"] += 1
                    if g is None:
                        totals["ungraded"] += 1
                        rows.append(("new", block["for"], q["text"], ""))
                    else:
                        totals[f"graded_{g['grade']}"] += 1
                        same = reviewed_for.get((case["id"], q["text"])) == block["for"]
                        wrong = bool(g.get("wrong_person")) and same
                        totals["wrong_person"] += wrong
                        totals["wrong_person_moved"] += bool(g.get("wrong_person")) and not same
                        totals[f"wrong_person {folder.name}"] += wrong
                        totals[f"graded {folder.name}"] += 1
                        mark = ("W" if same else "W?") if g.get("wrong_person") else ""
                        rows.append((str(g["grade"]) + mark, block["for"], q["text"], g.get("note", "")))
            if args.show:
                print(f"\n== {folder.name} {case['id']}: {sheet['for']}")
                print("   safety:", [c["concern"] for c in sheet["safety"]], "| key risk:", key[case["id"]].get("risk"))
                for grade, who, text, note in rows:
                    if args.show == "all" or args.show == "sheet" or (args.show == "new" and grade == "new") or \
                            (args.show == "zero" and grade.startswith("0")):
                        print(f"   [{grade}] ({who}) {text}" + (f"  -- {note}" if note else ""))
                if args.show == "sheet":
                    print(sheet["markdown"])
    graded = sum(totals[f"graded_{n}"] for n in (0, 1, 2))
    per_sheet = totals["questions"] / max(1, totals["sheets"])
    print(f"\nsheets {totals['sheets']}, questions {totals['questions']} ({per_sheet:.1f} a sheet); graded before"
          f" {graded}: 2={totals['graded_2']} 1={totals['graded_1']} 0={totals['graded_0']},"
          f" wrong person {totals['wrong_person']} (and {totals['wrong_person_moved']} now put to someone else);"
          f" new (ungraded) {totals['ungraded']}")
    print("wrong person by review (of the graded questions still printed):",
          {k.split()[1]: f"{totals[k]}/{totals['graded ' + k.split()[1]]}" for k in totals
           if k.startswith("wrong_person ")})
    print("on 3+ sheets:", [(t, n) for t, n in texts.most_common() if n >= 3])


if __name__ == "__main__":
    main()
