"""A second reviewer's blind grading of a review's outputs, and how far the two reviewers agree.

  blank REVIEW_DIR DEST    copy the cases, outputs and key of a filled review to DEST with a fresh sheet
                           (DEST/grades.jsonl) whose judgements are all empty, for a second reviewer to fill blind
  compare REVIEW_DIR DEST  exact agreement and Cohen's kappa between the two filled sheets, per judgement

Rows are matched by position (blank keeps the order). The README of ../shared/review asks for this where a figure
decides an issue: the exact share and kappa say how much a single reviewer's figure can be trusted."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import Counter
from pathlib import Path

KEEP = {"panel", "id", "kind", "text", "scope"}  # what the product said and what the row is; the rest is judgement


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def blank(review: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("cases.jsonl", "outputs.jsonl"):
        shutil.copy(review / name, dest / name)
    for case in read_jsonl(review / "cases.jsonl"):  # an analyse case names its transcript; nothing else is copied
        if case.get("file") and Path(case["file"]).is_file():
            shutil.copy(case["file"], dest / Path(case["file"]).name)
    rows = []
    for row in read_jsonl(review / "grades.jsonl"):
        rows.append({k: (v if k in KEEP else None) for k, v in row.items()})
    (dest / "grades.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                       encoding="utf-8")


def kappa(pairs: list[tuple]) -> float | None:
    """Cohen's kappa of paired labels; None when chance agreement is total."""
    n = len(pairs)
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    observed = sum(a == b for a, b in pairs) / n
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def flat(row: dict) -> dict:
    """A sheet row with its nested judgements ("criteria": {"fit": 2}) as their own keys ("criteria.fit")."""
    out = {}
    for key, value in row.items():
        if isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            out[key] = value
    return out


def compare(review: Path, dest: Path) -> str:
    ours, theirs = read_jsonl(review / "grades.jsonl"), read_jsonl(dest / "grades.jsonl")
    if len(ours) != len(theirs):
        raise SystemExit(f"the sheets differ in length ({len(ours)} vs {len(theirs)} rows)")
    judged: dict[str, list[tuple]] = {}
    for a, b in zip(ours, theirs, strict=True):
        mine, other = flat(a), flat(b)
        for key, value in mine.items():
            if key in KEEP or key == "note" or isinstance(value, (list, str)):
                continue
            if value is None or other.get(key) is None:
                continue
            judged.setdefault(f"{a.get('kind')}: {key}", []).append((value, other[key]))
            if key == "grade" and a.get("kind") not in ("stage", "case"):
                judged.setdefault("all outputs: grade", []).append((value, other[key]))
    lines = ["| judgement | n | exact agreement | Cohen's kappa |", "|---|---|---|---|"]
    for label, pairs in sorted(judged.items()):
        k = kappa(pairs)
        share = sum(x == y for x, y in pairs) / len(pairs)
        lines.append(f"| {label} | {len(pairs)} | {share:.0%} | {'n/a' if k is None else f'{k:.2f}'} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["blank", "compare"])
    parser.add_argument("review", type=Path)
    parser.add_argument("dest", type=Path)
    args = parser.parse_args()
    if not (args.review / "grades.jsonl").is_file():
        print(f"error: no grades.jsonl in {args.review}", file=sys.stderr)
        raise SystemExit(2)
    if args.action == "blank":
        blank(args.review, args.dest)
        print(f"wrote a blank sheet of {len(read_jsonl(args.dest / 'grades.jsonl'))} rows to {args.dest}")
    else:
        print(compare(args.review, args.dest))


if __name__ == "__main__":
    main()
