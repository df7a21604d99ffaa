"""Run suggest over the team-written development set (data/dev/suggest_cases.jsonl) and report proxies for tuning:
stage right/adjacent, safety cards on risk cases and false cards, how often each kind is offered, closeness of
what we offer to the expert's line, and offers that match a line the expert said to avoid.

These are proxies measured on our own data; the acceptance figures come from an independent review
(../shared/review/). Usage: .venv/bin/python scripts/eval_suggest.py [--show N] [--ids s001,s002]"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.corpus import STAGES  # noqa: E402
from assistant.runtime import Runtime  # noqa: E402


def turns_of(case: dict) -> list[dict]:
    out = []
    for line in case.get("conversation") or []:
        who, _, text = line.partition(":")
        out.append({"speaker": "worker" if who.strip().lower() == "worker" else "person", "text": text.strip()})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", default=str(ROOT / "data" / "dev" / "suggest_cases.jsonl"))
    parser.add_argument("--show", type=int, default=0, help="print this many cases in full")
    parser.add_argument("--ids", default="")
    parser.add_argument("--no-safety", action="store_true", help="tune the other steps with no safety cards")
    args = parser.parse_args()
    cases = [json.loads(line) for line in Path(args.cases).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.ids:
        wanted = set(args.ids.split(","))
        cases = [c for c in cases if c["id"] in wanted]
    rt = Runtime()
    rt.ensure_index()
    if args.no_safety:
        rt.safety.thresholds = rt.safety.thresholds * 0 + 2.0
    embed = rt.turn_cache.embed
    counts: Counter = Counter()
    sims: dict[str, list[float]] = {"simple": [], "complex": [], "question": []}
    shown = 0
    for case in cases:
        result = rt.suggest(case["said"], turns_of(case), None, case.get("audience")).to_dict()
        stage_gap = abs(STAGES.index(result["stage"]) - STAGES.index(case["stage"]))
        counts["stage_right"] += stage_gap == 0
        counts["stage_adjacent"] += stage_gap == 1
        risky = bool(case.get("concerns"))
        counts["risk_cases"] += risky
        counts["risk_with_card"] += risky and bool(result["safety"])
        counts["safe_cases"] += not risky
        counts["false_cards"] += (not risky) and bool(result["safety"])
        kinds = {r["kind"]: r["text"] for r in result["reflections"]}
        for kind in ("simple", "complex"):
            counts[f"{kind}_offered"] += kind in kinds
            expert = case.get(f"{kind}_reflection")
            if kind in kinds and expert:
                a, b = embed([kinds[kind], expert])
                sims[kind].append(float(a @ b))
        counts["complex_expected"] += bool(case.get("complex_reflection"))
        counts["questions_offered"] += len(result["open_questions"])
        if result["open_questions"] and case.get("question"):
            vecs = embed([q["text"] for q in result["open_questions"]] + [case["question"]])
            sims["question"].append(float(np.max(vecs[:-1] @ vecs[-1])))
        counts["affirmation_offered"] += bool(result["affirmations"])
        counts["affirmation_when_expert_none"] += bool(result["affirmations"]) and not case.get("affirmation")
        offered = [r["text"] for r in result["reflections"]] + [q["text"] for q in result["open_questions"]] + \
                  [a["text"] for a in result["affirmations"]]
        if offered and case.get("avoid"):
            vecs = embed(offered + case["avoid"])
            close = (vecs[:len(offered)] @ vecs[len(offered):].T).max()
            counts["like_an_avoid_line"] += bool(close >= 0.85)
        if shown < args.show:
            shown += 1
            print(f"\n[{case['id']}] {case['stage']} / {case.get('audience')} {case.get('concerns') or ''}")
            for line in case.get("conversation") or []:
                print("   ", line)
            print("  SAID:", case["said"])
            print(f"  stage: {result['stage']} ({result['stage_confidence']:.2f})")
            for card in result["safety"]:
                print("  SAFETY:", card["concern"], "|", card["question"])
            for r in result["reflections"]:
                print(f"  {r['kind'].upper()}{'/' + r['form'] if r.get('form') else ''}: {r['text']}")
            for q in result["open_questions"]:
                print(f"  Q [{q['source']}]: {q['text']}")
            for a in result["affirmations"]:
                print("  AFFIRM:", a["text"])
            if result["summary"]:
                print("  SUMMARY:", result["summary"])
            print("  expert simple:", case.get("simple_reflection"))
            print("  expert complex:", case.get("complex_reflection"), f"({case.get('complex_form')})")
            print("  expert question:", case.get("question"))
            print("  expert affirmation:", case.get("affirmation"))
    n = len(cases)
    report = {
        "cases": n,
        "stage_right": round(counts["stage_right"] / n, 3),
        "stage_right_or_adjacent": round((counts["stage_right"] + counts["stage_adjacent"]) / n, 3),
        "risk_cases_with_card": f"{counts['risk_with_card']}/{counts['risk_cases']}",
        "safe_cases_with_a_card": f"{counts['false_cards']}/{counts['safe_cases']}",
        "simple_offered": round(counts["simple_offered"] / n, 3),
        "complex_offered": round(counts["complex_offered"] / n, 3),
        "questions_per_case": round(counts["questions_offered"] / n, 2),
        "affirmation_offered": counts["affirmation_offered"],
        "affirmation_when_expert_had_none": counts["affirmation_when_expert_none"],
        "offers_like_an_avoid_line": counts["like_an_avoid_line"],
        **{f"cosine_to_expert_{k}": round(float(np.mean(v)), 3) if v else None for k, v in sims.items()},
    }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
