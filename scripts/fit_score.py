"""Whether a reweighting of the analyse score's parts ranks transcripts better against the reviewers' ratings, by
grouped cross-validation over the past analyse reviews (leave one review out).

Reads the file `scripts/eval_reviews.py --save FILE` writes (every transcript's product codes and its rating), scores
each transcript with the shipped weights (analysis.SCORE_WEIGHTS, a good-practice closed question counting as other
talk, as the product does) and with ridge refits on the other reviews, shrunk towards the shipped weights or towards
zero, and prints Spearman per held-out review, its mean and minimum, and pooled over all transcripts. Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/eval_reviews.py --save /tmp/replay.json
    PYTHONPATH=$PWD .venv/bin/python scripts/fit_score.py /tmp/replay.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.analysis import SCORE_CODES, SCORE_WEIGHTS, code_shares  # noqa: E402
from assistant.practice import is_good_closed  # noqa: E402
from scripts.eval_analysis import spearman  # noqa: E402

ALPHAS = (0.3, 1.0, 3.0, 10.0, 30.0)


def read(path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Code shares, ratings and review names, one row per transcript."""
    shares, ratings, groups = [], [], []
    for review in json.loads(path.read_text(encoding="utf-8")):
        for t in review["transcripts"]:
            texts = [row["text"] for row in review["rows"] if row["file"] == t["file"]]
            codes = ["other" if c == "closed_question" and is_good_closed(x) else c
                     for c, x in zip(t["codes"], texts, strict=True)]
            shares.append(code_shares(codes))
            ratings.append(t["rating"])
            groups.append(review["review"])
    return np.array(shares), np.array(ratings, dtype=float), np.array(groups)


def ridge(x: np.ndarray, target: np.ndarray, alpha: float, prior: np.ndarray) -> np.ndarray:
    """Weights and a bias minimising |x w + b - target|^2 + alpha |w - prior|^2."""
    a = np.hstack([x, np.ones((len(x), 1))])
    penalty = np.diag([alpha] * x.shape[1] + [1e-6])
    return np.linalg.solve(a.T @ a + penalty, a.T @ target + penalty @ np.append(prior, 0.0))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("replay", type=Path, help="the JSON file eval_reviews.py --save wrote")
    args = parser.parse_args()
    x, y, g = read(args.replay)
    reviews = list(dict.fromkeys(g))
    shipped = np.array([SCORE_WEIGHTS[c] for c in SCORE_CODES])
    clipped = np.clip(y, 3, 97)
    target = np.log(clipped / (100 - clipped))  # the score is a logistic of the weighted shares

    def show(name: str, predicted: np.ndarray) -> None:
        per = [spearman(predicted[g == r], y[g == r]) for r in reviews]
        print(f"{name:34s} mean {np.mean(per):.3f} min {np.min(per):.3f} pooled {spearman(predicted, y):.3f} | "
              + " ".join(f"{v:.2f}" for v in per))

    print(f"{len(y)} transcripts in {len(reviews)} reviews; Spearman per held-out review, its mean and minimum, "
          "and pooled")
    show("shipped weights", x @ shipped)
    for alpha in ALPHAS:
        for prior_name, prior in (("shipped", shipped), ("zero", np.zeros_like(shipped))):
            predicted = np.zeros(len(y))
            for r in reviews:
                train = g != r
                w = ridge(x[train], target[train], alpha, prior)
                predicted[~train] = x[~train] @ w[:-1] + w[-1]
            show(f"CV ridge alpha {alpha:g} towards {prior_name}", predicted)


if __name__ == "__main__":
    main()
