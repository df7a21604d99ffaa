"""Training and evaluating the OARS coder from AnnoMI and the team's labelled social-care examples.

AnnoMI gives question/reflection/therapist_input/other with open/closed, simple/complex and input subtypes; our
own examples (data/labelled/worker_utterances.jsonl) add affirmation, summary and confront, which AnnoMI lacks.
Everything is deterministic: sorted inputs, fixed folds, lbfgs.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .coder import (
    MAIN,
    MAIN_OF,
    SPECIAL,
    WEIGHTS,
    Coder,
    Item,
    dense_features,
    neighbour_features,
    ngrams,
    opens_with_wh,
)
from .embedder import Embedder
from .locations import ANNOMI
from .locations import LABELLED as LABELLED_DIR

LABELLED = LABELLED_DIR / "worker_utterances.jsonl"
INPUT_SUBTYPE = {"information": "information", "advice": "advice", "options": "advice", "negotiation": "advice"}


@dataclass
class Example:
    item: Item
    main: str  # AnnoMI main behaviour (or mapped from our code)
    question: str = ""  # open_question | closed_question
    reflection: str = ""  # simple_reflection | complex_reflection
    input: str = ""  # information | advice
    special: str = ""  # affirmation | summary | confront | none, only for our labelled examples
    group: str = ""  # transcript id: folds never split a transcript
    quality: str = ""
    conversation: str = ""  # set when the example sits in a transcript among its neighbours (AnnoMI)


def _majority(values: list[str]) -> str:
    return Counter(values).most_common(1)[0][0]


def load_annomi(path: Path = ANNOMI) -> list[Example]:
    """One example per therapist utterance (majority label over annotators), with the client's context."""
    by_utterance: dict[tuple[int, int], list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            by_utterance[int(row["transcript_id"]), int(row["utterance_id"])].append(row)
    examples: list[Example] = []
    client_turns: list[str] = []
    transcript = None
    for (tid, _), rows in sorted(by_utterance.items()):
        if tid != transcript:
            transcript, client_turns = tid, []
        first = rows[0]
        if first["interlocutor"] == "client":
            client_turns.append(first["utterance_text"])
            continue
        main = _majority([r["main_therapist_behaviour"] for r in rows])
        q = _majority([r["question_subtype"] for r in rows])
        r_ = _majority([r["reflection_subtype"] for r in rows])
        t = _majority([r["therapist_input_subtype"] for r in rows])
        examples.append(Example(
            Item(first["utterance_text"], client_turns[-1] if client_turns else "", " ".join(client_turns[-3:])),
            main,
            question=f"{q}_question" if main == "question" and q in ("open", "closed") else "",
            reflection=f"{r_}_reflection" if main == "reflection" and r_ in ("simple", "complex") else "",
            input=INPUT_SUBTYPE.get(t, "") if main == "therapist_input" else "",
            group=f"annomi-{tid}",
            quality=first["mi_quality"],
            conversation=f"annomi-{tid}",
        ))
    return examples


def load_labelled(path: Path = LABELLED) -> list[Example]:
    """The team's labelled worker utterances, each with the person's previous turn."""
    examples = []
    with open(path, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if not line.strip():
                continue
            row = json.loads(line)
            code = row["code"]
            examples.append(Example(
                Item(row["text"], row.get("context", ""), row.get("context", "")),
                MAIN_OF[code],
                question=code if code.endswith("_question") else "",
                reflection=code if code.endswith("_reflection") else "",
                input=code if code in ("information", "advice") else "",
                special=code if code in SPECIAL else "none",
                group=f"team-{n % 5}",
            ))
    return examples


def _fit(x, y, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y)


def _vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=ngrams, min_df=2, sublinear_tf=True, dtype=np.float32)


def train(examples: list[Example], dense: np.ndarray, c: float = 0.5, folds: int = 5) -> tuple[dict, dict]:
    """Fit every head on the examples; returns (weights, meta) ready to save."""
    from scipy.sparse import csr_matrix, hstack

    vectorizer = _vectorizer()
    words = vectorizer.fit_transform([e.item.text for e in examples])
    x = hstack([words, csr_matrix(dense)]).tocsr()
    weights: dict[str, np.ndarray] = {"idf": vectorizer.idf_.astype(np.float32)}
    heads: dict[str, list[str]] = {}

    def keep(head: str, model) -> None:
        weights[f"{head}_coef"] = model.coef_.astype(np.float32)
        weights[f"{head}_intercept"] = model.intercept_.astype(np.float32)
        heads[head] = [str(k) for k in model.classes_]

    for head, label in (("main", lambda e: e.main), ("question", lambda e: e.question),
                        ("reflection", lambda e: e.reflection), ("input", lambda e: e.input),
                        ("special", lambda e: e.special)):
        rows = [i for i, e in enumerate(examples) if label(e)]
        keep(head, _fit(x[rows], [label(examples[i]) for i in rows], c))
    # The sequence head sees the main head's probabilities for each utterance's neighbours. In training they come
    # from main heads that never saw the utterance's transcript, as they will be at run time. The team's examples,
    # which have no neighbours, train it as well (they carry summaries, affirmations and confronting), though at run
    # time an utterance with no neighbours keeps the main head's reading (Coder.main_probabilities).
    alone = _out_of_fold_main(x, examples, c, folds)
    conversation = [e.conversation or f"alone-{i}" for i, e in enumerate(examples)]
    x2 = hstack([x, csr_matrix(neighbour_features(alone, conversation))]).tocsr()
    keep("sequence", _fit(x2, [e.main for e in examples], c))
    vocab = [term for term, _ in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])]
    return weights, {"vocab": vocab, "heads": heads, "dense_dim": int(dense.shape[1])}


def _out_of_fold_main(x, examples: list[Example], c: float, folds: int) -> np.ndarray:
    """Main-head probabilities for every example from a head trained on the other transcripts (grouped folds)."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros((len(examples), len(MAIN)), dtype=np.float32)
    labels = [e.main for e in examples]
    for train_rows, test_rows in GroupKFold(folds).split(examples, groups=[e.group for e in examples]):
        model = _fit(x[train_rows], [labels[i] for i in train_rows], c)
        if tuple(model.classes_) != MAIN:
            raise ValueError(f"a training fold lacks a main behaviour: {list(model.classes_)}")
        out[test_rows] = model.predict_proba(x[test_rows])
    return out


def save(weights: dict, meta: dict, path: Path = WEIGHTS) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, meta=np.array(json.dumps(meta)), **weights)


def _macro_f1(gold: list[str], predicted: list[str], labels: tuple[str, ...]) -> float:
    scores = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(scores))


def evaluate(annomi: list[Example], team: list[Example], embedder: Embedder, folds: int = 5,
             log: Callable[[str], None] = lambda m: None) -> dict:
    """Grouped k-fold cross-validation by transcript on AnnoMI (team examples always in training)."""
    from sklearn.model_selection import GroupKFold

    dense_a = dense_features(embedder, [e.item for e in annomi])
    dense_t = dense_features(embedder, [e.item for e in team])
    groups = [e.group for e in annomi]
    main_pred: list[str] = [""] * len(annomi)
    question_pred: list[str] = [""] * len(annomi)
    primary_pred: list[str] = [""] * len(annomi)
    for fold, (train_rows, test_rows) in enumerate(GroupKFold(folds).split(annomi, groups=groups)):
        train_examples = [annomi[i] for i in train_rows] + team
        weights, meta = train(train_examples, np.vstack([dense_a[train_rows], dense_t]))
        coder = Coder(weights, meta)
        test = [annomi[i] for i in test_rows]
        conversation = [e.conversation for e in test]
        x = np.hstack([coder.tfidf([e.item.text for e in test]), dense_a[test_rows]])
        p, classes = coder.main_probabilities(x, conversation)
        qp, qclasses = coder.probabilities("question", x)
        coded = coder.code_features(x, [e.item for e in test], conversation)
        for k, i in enumerate(test_rows):
            main_pred[i] = classes[int(p[k].argmax())]
            question_pred[i] = qclasses[int(qp[k].argmax())]
            if question_pred[i] == "closed_question" and opens_with_wh(annomi[i].item.text):
                question_pred[i] = "open_question"  # the same rule the coder applies at run time
            primary_pred[i] = coded[k].primary
        log(f"fold {fold + 1}/{folds} done")
    gold = [e.main for e in annomi]
    questions = [i for i, e in enumerate(annomi) if e.question]
    per_class = {label: round(_macro_f1(gold, main_pred, (label,)), 4) for label in MAIN}
    return {
        "utterances": len(annomi),
        "transcripts": len(set(groups)),
        "folds": folds,
        "macro_f1_main": round(_macro_f1(gold, main_pred, MAIN), 4),
        "f1_per_class": per_class,
        "accuracy_main": round(float(np.mean([g == p for g, p in zip(gold, main_pred, strict=True)])), 4),
        "open_closed_accuracy": round(float(np.mean([annomi[i].question == question_pred[i] for i in questions])), 4),
        "questions": len(questions),
        "score_auc_high_vs_low": score_auc(annomi, primary_pred),
    }


SCORE_C = 0.1  # strong shrinkage: 100 transcripts, 17 of them low quality
SCORE_REPEATS = 10


def fit_score(shares: np.ndarray, high: np.ndarray, c: float = SCORE_C) -> tuple[np.ndarray, float]:
    """Logistic regression of high quality on the code shares: (weight per SCORE_CODES entry, bias) on raw shares."""
    from sklearn.linear_model import LogisticRegression

    mean, spread = shares.mean(axis=0), shares.std(axis=0) + 1e-9
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=1000).fit((shares - mean) / spread, high)
    weights = model.coef_[0] / spread
    return weights, float(model.intercept_[0] - weights @ mean)


def _auc(values, high) -> float | None:
    pos = [v for v, h in zip(values, high, strict=True) if h]
    neg = [v for v, h in zip(values, high, strict=True) if not h]
    pairs = [(1.0 if a > b else 0.5 if a == b else 0.0) for a in pos for b in neg]
    return round(float(np.mean(pairs)), 4) if pairs else None


def score_auc(annomi: list[Example], primary: list[str]) -> dict:
    """How well the analysis score separates high- from low-quality transcripts, from held-out codes.

    `auc` is the shipped formula's. `nested_auc` refits the score's weights inside each of 5 stratified folds over
    transcripts (repeated 10 times), so each transcript is scored by weights that never saw its rating: the figure
    to quote. `refit` is the fit on every transcript, which is what analysis.SCORE_WEIGHTS should hold.
    """
    from sklearn.model_selection import StratifiedKFold

    from .analysis import SCORE_CODES, code_shares, compute_metrics

    by_transcript: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(annomi):
        by_transcript[e.group].append(i)
    transcripts = [by_transcript[g] for g in sorted(by_transcript)]
    codes = [[primary[i] for i in rows] for rows in transcripts]
    high = np.array([annomi[rows[0]].quality == "high" for rows in transcripts])
    shipped = [compute_metrics(c, 1, 1)["score"] for c in codes]
    shares = np.vstack([code_shares(c) for c in codes])
    nested = []
    if min(high.sum(), (~high).sum()) >= 5:  # enough of each rating for 5 stratified folds
        for repeat in range(SCORE_REPEATS):
            held_out = np.zeros(len(codes))
            for train_rows, test_rows in StratifiedKFold(5, shuffle=True, random_state=repeat).split(shares, high):
                weights, bias = fit_score(shares[train_rows], high[train_rows])
                held_out[test_rows] = bias + shares[test_rows] @ weights
            nested.append(_auc(held_out, high))
    weights, bias = fit_score(shares, high) if high.any() and not high.all() else (np.zeros(len(SCORE_CODES)), 0.0)
    pick = lambda flag: [s for s, h in zip(shipped, high, strict=True) if h == flag]  # noqa: E731
    return {"auc": _auc(shipped, high), "nested_auc": round(float(np.mean(nested)), 4) if nested else None,
            "nested_auc_min": round(float(min(nested)), 4) if nested else None,
            "high": int(high.sum()), "low": int((~high).sum()),
            "mean_high": round(float(np.mean(pick(True))), 1) if high.any() else None,
            "mean_low": round(float(np.mean(pick(False))), 1) if not high.all() else None,
            "refit": {"weights": dict(zip(SCORE_CODES, np.round(weights, 2).tolist(), strict=True)),
                      "bias": round(bias, 2)}}


def train_and_save(embedder: Embedder, annomi_path: Path = ANNOMI, labelled_path: Path = LABELLED,
                   path: Path = WEIGHTS) -> dict:
    """Rebuild the shipped weights from all the data."""
    examples = load_annomi(annomi_path) + load_labelled(labelled_path)
    weights, meta = train(examples, dense_features(embedder, [e.item for e in examples]))
    save(weights, meta, path)
    return {"examples": len(examples), "path": str(path), "bytes": path.stat().st_size,
            "heads": meta["heads"], "vocab": len(meta["vocab"])}
