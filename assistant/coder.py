"""The OARS coder: codes what a worker says from the utterance and the person's words before it.

Features are frozen MiniLM embeddings of the utterance and its context, TF-IDF word n-grams and a few linguistic
cues; each head is a logistic regression whose weights ship in assistant/data/coder.npz (trained by
`assistant train-coder`). Inference is plain numpy, so the product needs no scikit-learn at run time.

Within a conversation the main behaviour is decided in two steps, as a coder reading the whole transcript would: the
"main" head scores each utterance alone, then the "sequence" head looks again with the first step's scores for the
worker's utterances just before and just after (what a question or a reflection tends to sit between) and their mean
over the rest of the conversation (how this worker talks overall). An utterance coded on its own (`check`, or the
only worker turn of a transcript) keeps the first step's reading.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from .embedder import Embedder
from .locations import package_dir
from .text import normalise, split_sentences, tokenize

CODES = ("open_question", "closed_question", "simple_reflection", "complex_reflection", "affirmation", "summary",
         "information", "advice", "confront", "other")
MAIN_OF = {
    "open_question": "question", "closed_question": "question",
    "simple_reflection": "reflection", "complex_reflection": "reflection", "summary": "reflection",
    "information": "therapist_input", "advice": "therapist_input", "confront": "therapist_input",
    "affirmation": "other", "other": "other",
}
MAIN = ("other", "question", "reflection", "therapist_input")
SPECIAL = ("affirmation", "summary", "confront", "none")
WEIGHTS = package_dir("assistant", "data", "coder.npz")  # package data
SPECIAL_THRESHOLD = 0.5

CLOSED_OPENER = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|right|now|um|uh)[, ]+)*(do|does|did|is|are|was|were|can|could|would|will|have|"
    r"has|had|should|shall|may|might|am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|haven't|hasn't|any)\b",
    re.I)
OPEN_OPENER = re.compile(r"^(?:(?:so|and|but|okay|ok|well|right|now|um|uh)[, ]+)*(what|how|why|when|where|who|"
                         r"which|tell me|talk me|walk me|help me|describe|in what)\b", re.I)
_DIRECTIVE = re.compile(r"\b(should|need to|needs to|have to|has to|must|recommend|suggest|try|you'd better)\b", re.I)
_BACKCHANNEL = re.compile(r"^(mm+|hmm+|mhm|uh-huh|mm-hmm|okay|ok|right|yeah|yes|sure|thanks|thank you|hi|hello)\W*$",
                          re.I)


# "How many times...?", "How long ago...?": a "how" that asks for a number is a closed question (MITI, and how our
# coders and AnnoMI's mostly code it).
_HOW_MUCH = re.compile(r"^(?:(?:so|and|but|okay|ok|well|right|now|um|uh)[, ]+)*how (?:many|much|often|long|old)\b",
                       re.I)


def _last_question(text: str) -> str | None:
    questions = [s for s in split_sentences(text) if s.rstrip().endswith("?")]
    return questions[-1].lower() if questions else None


# A question that offers its own answer after a comma ("How late, more than half an hour?", "When did it start,
# about a year ago?"): the person only has to say yes or no.
_OFFERED_ANSWER = re.compile(r",\s*(?:more than|less than|longer than|roughly|at least|nearly|almost|\d+|a few|"
                             r"a couple|(?:about|around|over|under|maybe|one|two|three|four|five|six|ten) (?:a|an|\d+|"
                             r"one|two|three|four|five|six|ten|half)\b)[^,]{0,30}\?\s*$")


def asks_for_a_number(text: str) -> bool:
    """Whether the last question asked is a "how many / how much / how often / how long / how old" one, or offers
    its own answer ("How late, more than half an hour?")."""
    last = _last_question(text)
    return bool(last and (_HOW_MUCH.match(re.sub(r"^[a-z']+,\s+(?=how\b)", "", last))
                          or _OFFERED_ANSWER.search(last)))


def opens_with_wh(text: str) -> bool:
    """Whether the last question asked starts, in its final clause, with an open opener (what, how, tell me...);
    a "how" asking for a number does not."""
    last = _last_question(text)
    if not last or asks_for_a_number(text):
        return False
    clauses = [c.strip() for c in re.split(r"[,;:–—-]\s", last)]
    return bool(OPEN_OPENER.match(clauses[0]) or (last.startswith("if ") and OPEN_OPENER.match(clauses[-1])))


def ngrams(text: str) -> list[str]:
    """Word unigrams and bigrams (question marks kept as a token): the TF-IDF vocabulary's terms."""
    words = re.findall(r"[a-z0-9']+|\?", normalise(text))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def cues(text: str, previous: str, recent: str) -> list[float]:
    """Linguistic cues a coder would use: question form, length, directive words, echoes of the person."""
    t = text.strip().lower()
    words = t.split()
    n = max(1, len(words))
    own = set(tokenize(text))

    def echo(other: str) -> float:
        return len(own & set(tokenize(other))) / len(own) if own else 0.0

    return [
        float(t.endswith("?")), float("?" in t), float(bool(OPEN_OPENER.match(t))), float(bool(CLOSED_OPENER.match(t))),
        math.log1p(len(words)), float(len(split_sentences(text))), float(t.startswith("so")),
        float("sounds like" in t or "it sounds" in t or "you feel" in t), t.count("you") / n,
        float(" i " in f" {t} "), float(bool(_DIRECTIVE.search(t))), float(bool(_BACKCHANNEL.match(t))),
        float(len(words) < 3), echo(previous), echo(recent), math.log1p(len(own)),
    ]


@dataclass
class Item:
    """One worker utterance to code, with the person's previous turn and their last few turns; `turns` holds the
    turns before it, most recent last, each tagged "worker: " or "person: " (what the fine-tuned coder reads)."""

    text: str
    previous: str = ""
    recent: str = ""
    turns: tuple[str, ...] = ()


@dataclass
class Coded:
    primary: str
    codes: list[str]
    main: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)


class UtteranceCoder(Protocol):
    """What analysis and check need of a coder: the linear Coder and the fine-tuned ContextCoder both fit."""

    def code_many(self, embedder: Embedder, items: list[Item], conversation: list | None = None) -> list[Coded]: ...


def dense_features(embedder: Embedder, items: list[Item]) -> np.ndarray:
    """Embeddings of utterance and context (each distinct text embedded once, in one batch) plus cues."""
    texts = list(dict.fromkeys([i.text for i in items] + [i.previous for i in items if i.previous]))
    vectors = dict(zip(texts, embedder.embed(texts), strict=True)) if texts else {}
    dim = embedder.dimension
    zero = np.zeros(dim, dtype=np.float32)
    rows = []
    for item in items:
        u = vectors[item.text]
        p = vectors.get(item.previous, zero) if item.previous else zero
        rows.append(np.concatenate([u, p, u * p, [float(u @ p)], cues(item.text, item.previous, item.recent)]))
    return np.asarray(rows, dtype=np.float32)


def neighbour_features(probabilities: np.ndarray, conversation: list | None) -> np.ndarray:
    """What the first step said around each row, in three blocks each ended by a flag that is 1 when the block is
    empty (zeros in its place): the previous row's probabilities and the next row's, when they are of the same
    conversation, and the mean over the rest of that conversation (how this worker talks overall)."""
    n, width = probabilities.shape
    block = width + 1
    out = np.zeros((n, 3 * block), dtype=np.float32)
    out[:, [width, 2 * block - 1, 3 * block - 1]] = 1.0
    if conversation is None:
        return out
    labels = np.array([str(c) for c in conversation])
    for side, step in enumerate((-1, 1)):
        rows = np.arange(n)
        others = rows + step
        inside = (others >= 0) & (others < n)
        rows, others = rows[inside], others[inside]
        same = labels[rows] == labels[others]
        rows, others = rows[same], others[same]
        out[rows, side * block:side * block + width] = probabilities[others]
        out[rows, side * block + width] = 0.0
    for label in np.unique(labels):
        rows = np.flatnonzero(labels == label)
        if len(rows) > 1:
            rest = (probabilities[rows].sum(axis=0) - probabilities[rows]) / (len(rows) - 1)
            out[rows, 2 * block:2 * block + width] = rest
            out[rows, 3 * block - 1] = 0.0
    return out


class Coder:
    """Trained heads over shared features; `code_many` embeds a whole batch at once."""

    def __init__(self, weights: dict[str, np.ndarray], meta: dict):
        self.meta = meta
        self.vocab = {term: i for i, term in enumerate(meta["vocab"])}
        self.idf = weights["idf"]
        self.heads = {name: (weights[f"{name}_coef"], weights[f"{name}_intercept"], meta["heads"][name])
                      for name in meta["heads"]}

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> Coder:
        with np.load(path, allow_pickle=False) as data:
            weights = {k: data[k] for k in data.files if k != "meta"}
            meta = json.loads(str(data["meta"]))
        return cls(weights, meta)

    def tfidf(self, texts: list[str]) -> np.ndarray:
        """Sublinear-tf TF-IDF rows, L2-normalised, as sklearn's TfidfVectorizer computes them."""
        out = np.zeros((len(texts), len(self.vocab)), dtype=np.float32)
        for row, text in enumerate(texts):
            counts = Counter(t for t in ngrams(text) if t in self.vocab)
            for term, c in counts.items():
                j = self.vocab[term]
                out[row, j] = (1 + math.log(c)) * self.idf[j]
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out

    def features(self, embedder: Embedder, items: list[Item]) -> np.ndarray:
        return np.hstack([self.tfidf([i.text for i in items]), dense_features(embedder, items)])

    def probabilities(self, head: str, x: np.ndarray) -> tuple[np.ndarray, list[str]]:
        coef, intercept, classes = self.heads[head]
        scores = x @ coef.T + intercept
        if len(classes) == 2:  # sklearn stores one row for binary problems
            p1 = 1 / (1 + np.exp(-scores[:, 0]))
            return np.stack([1 - p1, p1], axis=1), classes
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True), classes

    def code_many(self, embedder: Embedder, items: list[Item], conversation: list | None = None) -> list[Coded]:
        """Primary code and all codes present for each utterance.

        `conversation` labels which conversation each item belongs to, in order (items of one transcript: the same
        label throughout); None means the items are unrelated and each is coded on its own."""
        if not items:
            return []
        return self.code_features(self.features(embedder, items), items, conversation)

    def main_probabilities(self, x: np.ndarray, conversation: list | None = None) -> tuple[np.ndarray, list[str]]:
        """Main-behaviour probabilities: the utterance alone, then (when trained) looked at again beside the first
        step's probabilities for its neighbours in the same conversation."""
        alone, classes = self.probabilities("main", x)
        if "sequence" not in self.heads:
            return alone, classes
        around = neighbour_features(alone, conversation)
        isolated = around[:, -1] == 1  # no other utterance in its conversation: nothing to look again beside
        if isolated.all():
            return alone, classes
        again, _ = self.probabilities("sequence", np.hstack([x, around]))
        again[isolated] = alone[isolated]
        return again, classes

    def code_features(self, x: np.ndarray, items: list[Item], conversation: list | None = None) -> list[Coded]:
        """Codes from precomputed features (one row per item)."""
        main_p, main_classes = self.main_probabilities(x, conversation)
        sub = {h: self.probabilities(h, x) for h in ("question", "reflection", "input", "special")}
        results = []
        for row, item in enumerate(items):
            main = main_classes[int(main_p[row].argmax())]
            special_p, special_classes = sub["special"]
            special = special_classes[int(special_p[row].argmax())]
            special_conf = float(special_p[row].max())
            pick = {h: sub[h][1][int(sub[h][0][row].argmax())] for h in ("question", "reflection", "input")}
            primary = primary_code(main, pick["question"], pick["reflection"], pick["input"],
                                   special if special_conf >= SPECIAL_THRESHOLD else "none")
            if primary == "closed_question" and opens_with_wh(item.text):
                primary = "open_question"
            codes = all_codes(item.text, primary, special_p[row], special_classes)
            probs = {c: round(float(p), 3) for c, p in zip(main_classes, main_p[row], strict=True)}
            results.append(Coded(primary, codes, MAIN_OF[primary], round(float(main_p[row].max()), 3), probs))
        return results


def primary_code(main: str, question: str, reflection: str, input_: str, special: str) -> str:
    """The product's primary code from the heads' readings (special is "none" unless that head is confident)."""
    if special == "confront" and main in ("therapist_input", "question"):
        return "confront"
    if special == "summary" and main == "reflection":
        return "summary"
    if special == "affirmation" and main in ("other", "reflection"):
        return "affirmation"
    if main == "question":
        return question  # the caller then applies the open-opener rule
    if main == "reflection":
        return reflection
    if main == "therapist_input":
        return input_
    return "other"


def all_codes(text: str, primary: str, special_p: np.ndarray, special_classes: list[str]) -> list[str]:
    """The primary code, plus questions asked in any sentence and strong affirmation or confront cues."""
    codes = [primary]
    for sentence in split_sentences(text):
        s = sentence.strip()
        if s.endswith("?"):
            kind = "open_question" if OPEN_OPENER.match(s) else "closed_question" if CLOSED_OPENER.match(s) else None
            if kind and kind not in codes and MAIN_OF[primary] != "question":
                codes.append(kind)
    for code, p in zip(special_classes, special_p, strict=True):
        if code != "none" and p >= 0.35 and code not in codes:
            codes.append(code)
    return codes


@functools.cache
def default_coder() -> UtteranceCoder:
    """The shipped coder, loaded once per process: the fine-tuned one (context_coder) when its export is there."""
    from .context_coder import FOLDER, ContextCoder

    if (FOLDER / "heads.npz").exists():
        return ContextCoder(FOLDER)
    if not WEIGHTS.exists():
        raise FileNotFoundError(f"coder weights missing at {WEIGHTS}; run: assistant train-coder")
    return Coder.load(WEIGHTS)
