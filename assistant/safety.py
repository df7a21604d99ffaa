"""Safety first: risk and safeguarding cues in what the person said, found by a trained classifier over sentence
embeddings (team-written turns with hard negatives, data/labelled/risk_turns.jsonl), and the card a worker sees.

The weights are plain arrays in assistant/data/safety.npz; inference is numpy only. A concern is reported when its
probability passes a threshold chosen in cross-validation for recall (a missed risk costs more than a check)."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .language import language_data
from .locations import LABELLED as LABELLED_DIR
from .locations import training_input

CONCERNS = ("domestic_abuse", "child_harm", "neglect", "self_harm", "not_coping_at_home", "fire", "homelessness",
            "exploitation", "substance_use")
WEIGHTS = Path(__file__).parent / "data" / "safety.npz"
LABELLED = LABELLED_DIR / "risk_turns.jsonl"
TARGET_RECALL = 0.80  # per concern, in cross-validation, when the thresholds are chosen


@dataclass
class SafetyModel:
    coef: np.ndarray  # (concerns, features)
    intercept: np.ndarray
    thresholds: np.ndarray

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> SafetyModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(data["coef"], data["intercept"], data["thresholds"])

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return 1 / (1 + np.exp(-(vectors @ self.coef.T + self.intercept)))

    def concerns(self, vectors: np.ndarray) -> list[list[str]]:
        """The concern ids present in each text (rows of vectors), strongest first."""
        p = self.probabilities(vectors)
        out = []
        for row in p:
            found = [(row[j], c) for j, c in enumerate(CONCERNS) if row[j] >= self.thresholds[j]]
            out.append([c for _, c in sorted(found, reverse=True)])
        return out


@functools.cache
def default_model() -> SafetyModel:
    if not WEIGHTS.exists():
        raise FileNotFoundError(f"safety weights missing at {WEIGHTS}; run: assistant train-classifiers")
    return SafetyModel.load(WEIGHTS)


@functools.cache
def cards() -> dict:
    return language_data("safety")


def _pick(options: list[str], key: str) -> str:
    """A stable choice among variants, so the same words get the same card."""
    return options[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(options)]


def card(concern: str, heard_in: str, asked: set[str] | None = None) -> dict:
    """The safety card for one concern: what was heard and that it needs following up, a question, checks."""
    data = cards()[concern]
    questions = [q for q in data["questions"] if q not in (asked or set())] or data["questions"]
    return {"concern": concern, "text": _pick(data["heard"], heard_in), "question": questions[0],
            "check_first": list(data["check_first"]), "source": f"safety:{concern}"}


# --- training (scikit-learn is only needed here) ---------------------------------------------------------------

def read_turns(path: Path = LABELLED) -> list[dict]:
    training_input(path, "the labelled risk turns")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _labels(turns: list[dict]) -> np.ndarray:
    return np.array([[int(c in t["concerns"]) for c in CONCERNS] for t in turns])


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    coefs, intercepts = [], []
    for j in range(y.shape[1]):
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y[:, j])
        coefs.append(model.coef_[0])
        intercepts.append(model.intercept_[0])
    return np.array(coefs, dtype=np.float32), np.array(intercepts, dtype=np.float32)


def cross_validate(x: np.ndarray, y: np.ndarray, c: float = 2.0, folds: int = 5, seed: int = 0) -> np.ndarray:
    """Out-of-fold probabilities (stratified on 'any concern')."""
    from sklearn.model_selection import StratifiedKFold

    p = np.zeros(y.shape, dtype=np.float32)
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y.any(1)):
        coef, intercept = _fit(x[train], y[train], c)
        p[test] = 1 / (1 + np.exp(-(x[test] @ coef.T + intercept)))
    return p


def choose_thresholds(p: np.ndarray, y: np.ndarray, recall: float = TARGET_RECALL) -> np.ndarray:
    """Per concern, the highest threshold whose out-of-fold recall reaches the target (at most 0.5)."""
    out = []
    for j in range(y.shape[1]):
        positives = np.sort(p[y[:, j] == 1, j])
        k = int(np.floor((1 - recall) * len(positives)))
        out.append(min(0.5, float(positives[k]) - 1e-6) if len(positives) else 0.5)
    return np.array(out, dtype=np.float32)


def report(p: np.ndarray, y: np.ndarray, thresholds: np.ndarray, turns: list[dict]) -> dict:
    """Recall and precision per concern, any-concern figures, and false alarms on the hard negatives."""
    pred = p >= thresholds
    per = {}
    for j, c in enumerate(CONCERNS):
        tp = int((pred[:, j] & (y[:, j] == 1)).sum())
        per[c] = {"recall": round(tp / max(1, int(y[:, j].sum())), 3),
                  "precision": round(tp / max(1, int(pred[:, j].sum())), 3), "n": int(y[:, j].sum())}
    risky, flagged = y.any(1), pred.any(1)
    hard = np.array(["hard negative" in (t.get("note") or "") for t in turns])
    return {"per_concern": per,
            "any_concern_recall": round(float((flagged & risky).sum() / max(1, risky.sum())), 3),
            "false_alarms_on_no_concern": round(float((flagged & ~risky).sum() / max(1, (~risky).sum())), 3),
            "false_alarms_on_hard_negatives": round(float((flagged & hard).sum() / max(1, hard.sum())), 3),
            "n": len(turns)}


def train(vectors: np.ndarray, turns: list[dict], path: Path = WEIGHTS, c: float = 2.0) -> dict:
    """Fit on every labelled turn, with thresholds from cross-validation; write the weights; return the CV report."""
    y = _labels(turns)
    p = cross_validate(vectors, y, c)
    thresholds = choose_thresholds(p, y)
    coef, intercept = _fit(vectors, y, c)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, coef=coef, intercept=intercept, thresholds=thresholds)
    chosen = dict(zip(CONCERNS, thresholds.round(3).tolist(), strict=True))
    return {"evaluation": report(p, y, thresholds, turns), "thresholds": chosen, "path": str(path)}
