"""How likely a practitioner is to refuse a suggestion ("would not use"), from cheap signs learnt on graded lines.

The signs need no new embedding: the line's kind and frame, how much of the person's words it repeats (parroting),
whether it keeps a figure of speech, laughter or a minimiser, whether it says back the clause after a "but" (the
barrier) rather than the wish, pronouns left unturned, its length, and for a bank question the cosine between the
person's turn (already embedded) and the question's stored vector. The weights are a logistic regression fitted by
scripts/train_suggest_quality.py and shipped as JSON; a line almost sure to be refused is dropped, and safety cards
are never scored."""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .language import is_welsh, language_data
from .locations import package_dir
from .phrasing import phrase_pattern
from .text import STOPWORDS, split_sentences

MODEL_PATH = package_dir("assistant", "data") / "suggest_quality.json"
KINDS = ("reflection_simple", "reflection_complex", "open_question", "affirmation")
FORMS = ("relationship", "meaning", "feeling")  # the complex frames; the rest share one weight
FEATURES = (
    "simple", "complex", "own_question", "bank_question", "affirmation",
    "form_relationship", "form_meaning", "form_feeling", "form_other", "when_you_say",
    "words", "said_words", "reflection_overlap", "reflection_run", "question_overlap", "starts_as_said",
    "opens_with_filler", "keeps_figure", "said_figure", "laugh", "first_person_left", "worker_as_object",
    "mid_capital", "negated", "barrier_side", "said_contrast", "minimiser", "dangling", "said_question",
    "said_short", "welsh", "with_card", "bank_cosine", "bank_stage_off",
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_NEGATION = re.compile(r"(?:n't|\bnot\b|\bnever\b|\bno\b|\bnothing\b|\bnobody\b|\bcannot\b)")


@dataclass(frozen=True)
class Heard:
    """What the person said, read once for every line scored against it."""
    said: str
    tokens: tuple[str, ...]  # in the worker's voice ("my" -> "your")
    before: frozenset[str]  # content words before the first contrast ("but", "though"), and after it
    after: frozenset[str]
    openers: frozenset[tuple[str, ...]]  # the first two words of each sentence and clause
    sentence_starts: frozenset[str]  # words that begin a sentence of theirs, capitalised
    welsh: bool
    figure: bool
    with_card: bool
    vector: np.ndarray | None


@functools.cache
def _lists() -> dict:
    return language_data("quality")


@functools.cache
def _pattern(name: str) -> re.Pattern:
    return phrase_pattern(tuple(_lists()[name]))


@functools.cache
def _conversation_pattern(name: str) -> re.Pattern:
    return phrase_pattern(tuple(language_data("conversation")[name]))


def figures() -> re.Pattern:
    """Figures of speech (quality.yaml), as one pattern over lower-case text."""
    return _pattern("figures")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _voiced(tokens: list[str]) -> list[str]:
    voice = _lists()["voice"]
    return [voice.get(t, t) for t in tokens]


def _content(tokens) -> set[str]:
    return {t for t in tokens if t not in STOPWORDS and len(t) > 2}


def hear(said: str, vector: np.ndarray | None = None, with_card: bool = False) -> Heard:
    """The person's words read once: tokens in the worker's voice, the two sides of a contrast, sentence openers."""
    lowered = said.lower().replace("\u2019", "'")
    tokens = _voiced(_words(lowered))
    contrast = _conversation_pattern("contrast").search(lowered)
    before = _content(_voiced(_words(lowered[:contrast.start()]))) if contrast else frozenset()
    after = _content(_voiced(_words(lowered[contrast.end():]))) if contrast else frozenset()
    sentences = split_sentences(said) or [said]
    clauses = [c for s in sentences for c in re.split(r"[,;:]", s) if c.strip()]
    openers = {tuple(_voiced(_words(c))[:2]) for c in clauses if len(_words(c)) >= 2}
    starts = {s.split()[0].strip(".,!?'\"") for s in sentences if s.split()}
    return Heard(said, tuple(tokens), frozenset(before), frozenset(after), frozenset(openers),
                 frozenset(w for w in starts if w[:1].isupper() and w.lower() not in ("i", "you")),
                 any(is_welsh(s) for s in sentences), bool(_pattern("figures").search(lowered)), with_card, vector)


def _longest_run(a: list[str], b: tuple[str, ...]) -> int:
    best, previous = 0, [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def features(kind: str, text: str, heard: Heard, form: str | None = None, bank_vector: np.ndarray | None = None,
             bank_stage_off: bool = False) -> np.ndarray:
    """The signs of one line, in FEATURES order. kind is one of KINDS; bank_vector only for a bank question."""
    lowered = text.lower().replace("\u2019", "'")
    tokens = _words(lowered)
    content = _content(tokens)
    heard_content = _content(heard.tokens)
    overlap = len(content & heard_content) / len(content) if content else 0.0
    run = _longest_run(tokens, heard.tokens) / len(tokens) if tokens else 0.0
    reflection = kind.startswith("reflection") or kind == "affirmation"
    question = kind == "open_question"
    bank = question and bank_vector is not None
    said_back = content & heard_content
    barrier = (len(said_back & heard.after - heard.before) - len(said_back & heard.before - heard.after)
               if heard.after else 0)
    words_in = text.split()
    mid_capital = any(w.strip(".,!?'\"") in heard.sentence_starts for w in words_in[1:])
    to_worker = _lists()["to_the_worker"]
    as_object = any(a in to_worker and b == "you" for a, b in zip(tokens, tokens[1:], strict=False))
    cosine = float(bank_vector @ heard.vector) if bank and heard.vector is not None else 0.0
    values = {
        "simple": kind == "reflection_simple", "complex": kind == "reflection_complex",
        "own_question": question and not bank, "bank_question": bank, "affirmation": kind == "affirmation",
        "form_relationship": form == "relationship", "form_meaning": form == "meaning",
        "form_feeling": form == "feeling", "form_other": bool(form) and form not in FORMS,
        "when_you_say": lowered.startswith("when you say"),
        "words": math.log1p(len(tokens)), "said_words": math.log1p(len(heard.tokens)),
        "reflection_overlap": overlap if reflection else 0.0, "reflection_run": run if reflection else 0.0,
        "question_overlap": overlap if question else 0.0,
        "starts_as_said": reflection and tuple(tokens[:2]) in heard.openers,
        "opens_with_filler": bool(tokens) and bool(_conversation_pattern("fillers").match(lowered.lstrip())),
        "keeps_figure": bool(_pattern("figures").search(lowered)), "said_figure": heard.figure,
        "laugh": bool(_pattern("laughs").search(lowered)),
        "first_person_left": not question and any(t in _lists()["first_person"] for t in tokens),
        "worker_as_object": reflection and as_object, "mid_capital": mid_capital,
        "negated": bool(_NEGATION.search(lowered)),
        "barrier_side": max(-2, min(2, barrier)) / 2, "said_contrast": bool(heard.after),
        "minimiser": bool(_pattern("minimisers").search(lowered)),
        "dangling": bool(tokens) and tokens[-1] in _lists()["dangling"],
        "said_question": "?" in heard.said, "said_short": len(heard.tokens) <= 3, "welsh": heard.welsh,
        "with_card": heard.with_card, "bank_cosine": cosine, "bank_stage_off": bank and bank_stage_off,
    }
    return np.array([float(values[name]) for name in FEATURES], dtype=np.float64)


@dataclass
class QualityModel:
    """A logistic regression over FEATURES giving the chance a line is graded 0, and the cut above which it goes."""
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    def p_zero(self, x: np.ndarray) -> np.ndarray:
        """The chance of "would not use" for each row of x (or one row)."""
        z = ((np.atleast_2d(x) - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def to_dict(self) -> dict:
        return {"features": list(self.features), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "coef": self.coef.tolist(), "intercept": self.intercept, "threshold": self.threshold}

    @classmethod
    def from_dict(cls, data: dict) -> QualityModel:
        if tuple(data["features"]) != FEATURES:
            raise ValueError("the quality weights were fitted on other features; retrain them")
        return cls(FEATURES, np.array(data["mean"]), np.array(data["scale"]), np.array(data["coef"]),
                   float(data["intercept"]), float(data["threshold"]))

    def save(self, path: Path = MODEL_PATH) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")


@functools.cache
def default_model() -> QualityModel | None:
    """The shipped weights, read once; None when absent (then every line is kept in its order)."""
    try:
        return QualityModel.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None


def keep_usable(items: list[dict], kind_of, heard: Heard, model: QualityModel | None, vector_of=None,
                stage: str | None = None) -> list[dict]:
    """The items, in the steps' own order, without those whose chance of "would not use" reaches the model's cut.
    kind_of(item) gives its kind in KINDS; vector_of(source) a bank question's stored vector, or None.

    The order is left alone: out of fold on reviews 1-17, putting the model's favourite first made the first question
    worse (mean grade 1.18 -> 1.03, 7 -> 10 graded 0) and the first reflection no better."""
    if model is None or not items:
        return items
    rows = []
    for item in items:
        kind = kind_of(item)
        vector = vector_of(item.get("source")) if vector_of and kind == "open_question" else None
        off = vector is not None and bool(stage) and item.get("stage") != stage
        rows.append(features(kind, item["text"], heard, item.get("form"), vector, off))
    chance = model.p_zero(np.stack(rows))
    return [item for item, p in zip(items, chance, strict=True) if p < model.threshold]
