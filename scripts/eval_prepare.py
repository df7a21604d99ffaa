"""Run prepare over the team-written development set (data/dev/prepare_contexts.jsonl) and report proxies for
tuning the preparation sheet: the person's audience read right, questions for the person whose bank audience does
not fit them (wrong-person), questions repeated across many sheets, safety cards on risk contexts (hits, misses)
and on the others (false alarms), and identifying text printed (names, dates of birth, phones, postcodes).

These are proxies measured on our own data; the acceptance figures come from an independent review
(data/reviews/). Usage: .venv/bin/python scripts/eval_prepare.py [--cases FILE] [--show N] [--ids a,b] [--json]"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.runtime import Runtime  # noqa: E402
from assistant.suggest import audience_fits  # noqa: E402

REPEAT_SHARE = 0.10  # a question on more than this share of the sheets is "repeated"
# dates of birth, phones, postcodes whole or only their first half ("LL54 area"), NHS numbers
IDENTIFIERS = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|"
                         r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b[A-Z]{2}\d{1,2}\b|\b\d{3}\s?\d{3}\s?\d{4}\b")
TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:a\s+)?(?:Mrs?\s+)?([A-Z][a-z]+)")


def fits_strictly(source: str, bank_audience: str | None, audience: str) -> bool:
    """A child or young person only their own bank items; anyone else what audience_fits allows."""
    if bank_audience is None:
        return True  # a question built from the note is checked by its own audience list in the tests
    if audience in ("child", "young_person"):
        return bank_audience == audience
    return audience_fits(bank_audience, audience)


def names_in(context: str, known: list[str]) -> list[str]:
    """Names a reader would call identifying: after a title, or listed for the case (names the team marked)."""
    return sorted({m.group(1) for m in TITLED.finditer(context)} | {n for n in known if n in context})


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", default=str(ROOT / "data" / "dev" / "prepare_contexts.jsonl"))
    parser.add_argument("--show", type=int, default=0, help="print this many sheets in full")
    parser.add_argument("--ids", default="")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.cases).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.ids:
        rows = [r for r in rows if r["id"] in set(args.ids.split(","))]
    rt = Runtime()
    rt.ensure_index()
    bank = {d.id.removeprefix("question:"): d.audience[0] for d in rt.retriever.index.documents
            if d.kind == "question"}
    counts: Counter = Counter()
    repeats: Counter = Counter()
    wrong, strict, missed, alarms, extra, printed, shown = [], [], [], [], [], [], 0
    for r in rows:
        sheet = rt.prepare(r["context"]).to_dict()
        person = sheet["people"][0]
        if "audience" in r:
            counts["audience_right"] += person["audience"] == r["audience"]
            counts["audience_cases"] += 1
        questions = [(b["for"], q) for b in sheet["stages"] for q in b["questions"]]
        counts["questions"] += len(questions)
        counts["built"] += sum(q["source"] not in bank for _, q in questions)
        counts["sheets"] += 1
        for who, q in questions:
            repeats[q["text"]] += 1
            expected = r.get("audience")
            if expected and who == person["who"] and q["source"] in bank and \
                    not audience_fits(bank[q["source"]], expected):
                wrong.append((r["id"], q["text"]))
            if expected and who == person["who"] and not fits_strictly(q["source"], bank.get(q["source"]), expected):
                strict.append((r["id"], q["text"]))
        if "concerns" in r:
            found = {c["concern"] for c in sheet["safety"]}
            want = set(r["concerns"])
            counts["risk_cases"] += bool(want)
            counts["risk_hit"] += bool(want) and want <= found
            counts["risk_any_card"] += bool(want) and bool(found)
            if want and not want <= found:
                missed.append((r["id"], sorted(want), sorted(found)))
            if not want and found:
                alarms.append((r["id"], sorted(found)))
            if want and found - want:
                extra.append((r["id"], sorted(found - want)))
            counts["safe_cases"] += not want
        text = json.dumps(sheet)
        leaks = [s for s in IDENTIFIERS.findall(r["context"]) if s in text]
        leaks += [n for n in names_in(r["context"], r.get("names", [])) if re.search(rf"\b{n}\b", text)]
        if leaks:
            printed.append((r["id"], leaks))
        if shown < args.show:
            shown += 1
            print(sheet["markdown"])
            print("-" * 100)
    limit = max(2, int(REPEAT_SHARE * counts["sheets"]))
    repeated = [(t, n) for t, n in repeats.most_common() if n > limit]
    figures = {
        "sheets": counts["sheets"],
        "questions_per_sheet": round(counts["questions"] / max(1, counts["sheets"]), 1),
        "built_from_the_note": f"{counts['built']}/{counts['questions']} questions (the rest from the bank)",
        "person_audience_right": f"{counts['audience_right']}/{counts['audience_cases']}",
        "wrong_audience_questions": f"{len(wrong)}/{counts['questions']}",
        "wrong_audience_strict": f"{len(strict)}/{counts['questions']} (a child or young person: only their items)",
        "repeated_questions": f"{len(repeated)} questions on more than {limit} sheets",
        "most_repeated": repeats.most_common(5),
        "safety_hits": f"{counts['risk_hit']}/{counts['risk_cases']} (any card {counts['risk_any_card']})",
        "safety_false_alarms": f"{len(alarms)}/{counts['safe_cases']}",
        "extra_cards_on_risk_cases": len(extra),
        "identifying_printed": f"{len(printed)} sheets",
    }
    if args.json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key}: {value}")
    for label, items in (("wrong audience", wrong), ("wrong audience, strictly", strict), ("repeated", repeated),
                         ("safety missed", missed),
                         ("false alarms", alarms), ("extra cards", extra), ("identifying printed", printed)):
        if items:
            print(f"\n{label}:")
            for item in items[:25]:
                print("  ", item)


if __name__ == "__main__":
    main()
