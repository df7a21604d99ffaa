"""Fit the answerability model on the dev split (never the held-out one) and report the trade-off curve.

Run from a checkout: python scripts/train_answerability.py [--save] [--final].
Weights go to assistant/data/answerability.json; --final also reports the held-out split (once, at the end).
"""

from __future__ import annotations

import json
import sys

import numpy as np

from assistant.answerability import FEATURES, features, fit, respell
from assistant.evaluation import dev_sets
from assistant.runtime import Runtime

MAX_WRONGLY_NOT_FOUND = 0.05


def rows(rt: Runtime, items: list[dict]) -> np.ndarray:
    retriever = rt.retriever
    out = []
    for item in items:
        question = respell(retriever, " ".join(item["q"].split()))
        vector = retriever.embed([question])[0]
        hits = retriever.search(question, k=5, vector=vector, kind="page")
        out.append(features(retriever, question, hits, vector))
    return np.array(out)


def curve(p_in: np.ndarray, p_out: np.ndarray) -> list[dict]:
    points = []
    for t in np.round(np.arange(0.05, 0.96, 0.05), 2):
        points.append({"threshold": float(t), "out_of_scope_honest": round(float(np.mean(p_out < t)), 3),
                       "in_scope_wrongly_not_found": round(float(np.mean(p_in < t)), 3)})
    return points


def cross_validated(x: np.ndarray, y: np.ndarray, folds: int = 5, l2: float = 1.0) -> np.ndarray:
    rng = np.random.default_rng(7)
    fold = rng.integers(0, folds, len(y))
    p = np.zeros(len(y))
    for f in range(folds):
        model = fit(x[fold != f], y[fold != f], l2=l2)
        p[fold == f] = [model.probability(row) for row in x[fold == f]]
    return p


def main(save: bool, final: bool) -> None:
    rt = Runtime()
    sets = dev_sets()
    x_in, x_out = rows(rt, sets["in_scope"]), rows(rt, sets["out_of_scope"])
    tr_in = np.array([not i["held_out"] for i in sets["in_scope"]])
    tr_out = np.array([not i["held_out"] for i in sets["out_of_scope"]])
    x = np.vstack([x_in[tr_in], x_out[tr_out]])
    y = np.concatenate([np.ones(tr_in.sum()), np.zeros(tr_out.sum())])
    report = {"features": FEATURES, "train": {"in_scope": int(tr_in.sum()), "out_of_scope": int(tr_out.sum())}}
    best = None
    for l2 in (0.3, 1.0, 3.0, 10.0):
        p = cross_validated(x, y, l2=l2)
        c = curve(p[y == 1], p[y == 0])
        report[f"cv_l2_{l2}"] = c
        # Refusing a real question costs a student more than a plain 'not found' costs: the highest honesty
        # whose wrongly-refused share stays within the budget.
        ok = [pt for pt in c if pt["in_scope_wrongly_not_found"] <= MAX_WRONGLY_NOT_FOUND]
        pick = max(ok, key=lambda pt: (pt["out_of_scope_honest"], -pt["threshold"]))
        if best is None or pick["out_of_scope_honest"] > best[0]["out_of_scope_honest"]:
            best = (pick, l2)
    pick, l2 = best
    threshold = pick["threshold"]
    report["chosen"] = {"l2": l2, "threshold": threshold, "cv": pick}
    model = fit(x, y, l2=l2, threshold=threshold, embedder=rt.embedder.name)
    report["weights"] = dict(zip(FEATURES, np.round(model.weights, 3).tolist(), strict=True))
    if not final:
        if save:
            model.save()
        print(json.dumps(report, indent=1))
        return
    # The held-out split, evaluated once at the end.
    p_in = np.array([model.probability(r) for r in x_in[~tr_in]])
    p_out = np.array([model.probability(r) for r in x_out[~tr_out]])
    report["held_out_curve"] = curve(p_in, p_out)
    report["held_out_at_threshold"] = {"out_of_scope_honest": round(float(np.mean(p_out < threshold)), 3),
                                       "in_scope_wrongly_not_found": round(float(np.mean(p_in < threshold)), 3),
                                       "in_scope": int(len(p_in)), "out_of_scope": int(len(p_out))}
    if save:
        model.save()
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main("--save" in sys.argv, "--final" in sys.argv)
