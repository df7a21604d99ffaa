"""Whether the supervisor's reading (assistant/practice.py) helps or hurts on AnnoMI: main-behaviour macro-F1 and
open/closed accuracy of the shipped coder's codes, before and after practice_code, on the AnnoMI development CSV.

The shipped coder was trained on these transcripts, so the absolute figures are optimistic; what this measures is the
change the rules make, which needs no retraining. The coder's codes are cached (--cache) so a rule change is
re-measured in seconds. Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/eval_annomi_rules.py [--cache FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.coder import MAIN, MAIN_OF  # noqa: E402
from assistant.coder_training import _macro_f1, load_annomi  # noqa: E402
from assistant.practice import practice_code  # noqa: E402


def coded_rows(cache: Path) -> list[dict]:
    """(text, gold main, gold question subtype, coder primary, first, last) per AnnoMI therapist utterance."""
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    from assistant.coder import default_coder
    from assistant.runtime import Runtime

    examples = load_annomi()
    coded = default_coder().code_many(Runtime().embedder, [e.item for e in examples],
                                      conversation=[e.conversation for e in examples])
    rows = []
    for i, (e, c) in enumerate(zip(examples, coded, strict=True)):
        first = i == 0 or examples[i - 1].conversation != e.conversation
        last = i == len(examples) - 1 or examples[i + 1].conversation != e.conversation
        rows.append({"text": e.item.text, "main": e.main, "question": e.question, "primary": c.primary,
                     "first": first, "last": last})
    cache.write_text(json.dumps(rows), encoding="utf-8")
    return rows


def report(rows: list[dict], codes: list[str], label: str) -> None:
    gold = [r["main"] for r in rows]
    main = [MAIN_OF[c] for c in codes]
    questions = [(r["question"], c) for r, c in zip(rows, codes, strict=True) if r["question"]]
    oc = sum(g == c for g, c in questions) / len(questions)
    print(f"{label:<22} macro-F1 main {_macro_f1(gold, main, MAIN):.4f}  "
          f"per class " + " ".join(f"{m} {_macro_f1(gold, main, (m,)):.3f}" for m in MAIN)
          + f"  open/closed {oc:.4f} (n={len(questions)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", type=Path, default=Path("/tmp/annomi_coded.json"))
    args = parser.parse_args()
    rows = coded_rows(args.cache)
    coder = [r["primary"] for r in rows]
    practice = [practice_code(r["text"], r["primary"], first=r["first"], last=r["last"]) for r in rows]
    print(f"AnnoMI development CSV: {len(rows)} therapist utterances (in-sample for the shipped coder)")
    report(rows, coder, "coder alone")
    report(rows, practice, "with practice rules")
    changed = Counter((a, b) for a, b in zip(coder, practice, strict=True) if a != b)
    print("rule changes: " + "; ".join(f"{a}->{b} {n}" for (a, b), n in changed.most_common(10)))


if __name__ == "__main__":
    main()
