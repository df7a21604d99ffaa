"""Fit the suggestion quality model (assistant/quality.py) on the graded lines of past suggest reviews.

Every reflection, question and affirmation a reviewer graded (2 say as is, 1 small edit, 0 would not use) becomes a
row of cheap signs; the target is "graded 0". The regularisation is chosen by cross-validation grouped by review
(a review's cases never sit on both sides), and so is the cut above which a line is dropped: the cut that takes away
the most graded-0 lines net of the graded-2 and graded-1 lines it also takes (a 2 lost costs three times what a
0 removed gains, a 1 lost as much: say less, but not at any price).
The last two reviews are held out and scored once, at the end, with --final.

Usage: .venv/bin/python scripts/train_suggest_quality.py [--final] [--save]"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.quality import FEATURES, KINDS, QualityModel, features, hear  # noqa: E402
from assistant.runtime import Runtime  # noqa: E402

HELD_OUT = ("suggest-18", "suggest-19")
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
COST = {2: 3.0, 1: 1.0}  # what dropping a line graded 2 or 1 costs, against 1 for each graded-0 line dropped


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def graded_rows(rt: Runtime) -> tuple[np.ndarray, np.ndarray, list[str], list[dict]]:
    """(X, grades, review of each row, the rows) for every graded line whose output item is on record."""
    xs, grades, groups, rows = [], [], [], []
    for folder in sorted((ROOT / "data" / "reviews").glob("*-suggest-*")):
        if not (folder / "grades.jsonl").exists() or not (folder / "outputs.jsonl").exists():
            continue
        cases = {c["id"]: c for c in read_jsonl(folder / "cases.jsonl")}
        outputs = {o["id"]: o.get("output") or {} for o in read_jsonl(folder / "outputs.jsonl")}
        for g in read_jsonl(folder / "grades.jsonl"):
            if g.get("kind") not in KINDS or g.get("grade") not in (0, 1, 2) or g["id"] not in cases:
                continue
            output = outputs.get(g["id"], {})
            said = " ".join(cases[g["id"]]["said"].split())
            section = {"open_question": "open_questions", "affirmation": "affirmations"}.get(g["kind"], "reflections")
            item = next((i for i in output.get(section, []) if i.get("text") == g["text"]), {"text": g["text"]})
            vector = rt.turn_cache.vectors([said])[said]
            heard = hear(said, vector, with_card=bool(output.get("safety")))
            bank_vector = rt.bank.vector_of(item.get("source")) if g["kind"] == "open_question" else None
            off = bank_vector is not None and item.get("stage") != output.get("stage")
            xs.append(features(g["kind"], g["text"], heard, item.get("form"), bank_vector, off))
            grades.append(g["grade"])
            groups.append(folder.name.split("-", 3)[-1])
            rows.append({"review": folder.name, "id": g["id"], "kind": g["kind"], "text": g["text"],
                         "grade": g["grade"], "said": said})
    return np.array(xs), np.array(grades), groups, rows


def fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(x)
    scaler.scale_[scaler.scale_ == 0] = 1.0
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(scaler.transform(x), y)
    return scaler, model


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    """Each review's rows scored by a model fitted on the other reviews."""
    chance = np.zeros(len(y))
    for group in sorted(set(groups)):
        test = np.array([g == group for g in groups])
        scaler, model = fit(x[~test], y[~test], c)
        chance[test] = model.predict_proba(scaler.transform(x[test]))[:, 1]
    return chance


def best_cut(chance: np.ndarray, grades: np.ndarray) -> float:
    """The cut that removes the most graded-0 lines net of what it costs in lines graded 2 and 1."""
    def gain(cut: float) -> float:
        dropped = chance >= cut
        return float((grades[dropped] == 0).sum() - sum(COST[g] * (grades[dropped] == g).sum() for g in COST))
    cuts = np.unique(np.round(chance, 3))
    return max(cuts, key=lambda cut: (gain(cut), cut)) if len(cuts) else 1.0


def report(name: str, chance: np.ndarray, grades: np.ndarray, cut: float) -> None:
    kept, dropped = chance < cut, chance >= cut
    auc = roc_auc_score(grades == 0, chance) if len(set(grades == 0)) == 2 else float("nan")

    def shares(mask):
        n = int(mask.sum())
        return (f"{n:3d} lines, graded 2 {100 * (grades[mask] == 2).mean():4.0f}%, graded >=1 "
                f"{100 * (grades[mask] >= 1).mean():4.0f}%" if n else "  0 lines")
    print(f"{name}: AUC(graded 0) {auc:.3f}; cut {cut:.3f}")
    print(f"   all     {shares(np.ones(len(grades), bool))}")
    print(f"   kept    {shares(kept)}")
    print(f"   dropped {shares(dropped)}  (0s {int((grades[dropped] == 0).sum())}, "
          f"2s {int((grades[dropped] == 2).sum())})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--final", action="store_true", help="score the held-out reviews once")
    parser.add_argument("--save", action="store_true", help="write assistant/data/suggest_quality.json")
    parser.add_argument("--show", action="store_true", help="list the out-of-fold lines the cut drops")
    args = parser.parse_args()
    rt = Runtime()
    rt.ensure_index()
    x, grades, groups, rows = graded_rows(rt)
    train = np.array([g not in HELD_OUT for g in groups])
    xt, gt, grt = x[train], grades[train], [g for g, t in zip(groups, train, strict=True) if t]
    print(f"{len(grades)} graded lines; {int(train.sum())} for training in {len(set(grt))} reviews")
    results = {}
    for c in C_GRID:
        chance = out_of_fold(xt, gt == 0, grt, c)
        results[c] = (roc_auc_score(gt == 0, chance), chance)
        print(f"C={c}: grouped-CV AUC {results[c][0]:.3f}")
    c = max(C_GRID, key=lambda k: results[k][0])
    chance = results[c][1]
    cut = best_cut(chance, gt)
    report(f"grouped CV, C={c}", chance, gt, cut)
    by_kind = defaultdict(list)
    for i, row in enumerate(r for r, t in zip(rows, train, strict=True) if t):
        by_kind[row["kind"]].append(i)
    for kind, index in sorted(by_kind.items()):
        index = np.array(index)
        report(f"   {kind}", chance[index], gt[index], cut)
    if args.show:
        for i in np.argsort(-chance):
            if chance[i] >= cut:
                row = [r for r, t in zip(rows, train, strict=True) if t][i]
                print(f"  {chance[i]:.2f} [{row['grade']}] {row['kind']}: {row['text'][:100]}")
    scaler, model = fit(xt, gt == 0, c)
    weights = sorted(zip(FEATURES, model.coef_[0], strict=True), key=lambda p: -abs(p[1]))
    print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in weights))
    fitted = QualityModel(FEATURES, scaler.mean_, scaler.scale_, model.coef_[0], float(model.intercept_[0]),
                          float(cut))
    if args.final:
        report("held-out reviews 18 and 19 (once)", fitted.p_zero(x[~train]), grades[~train], cut)
    if args.save:
        fitted.save()
        print("saved assistant/data/suggest_quality.json")


if __name__ == "__main__":
    main()
