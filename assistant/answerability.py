"""Is the question answerable from the guidance? A small calibrated model (logistic regression, weights shipped as
data, numpy at run time) over signals beyond dense similarity: how well the retrieved passages cover the question's
own content words, whether those words exist in the guidance at all, and whether the top passages agree."""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
import weakref
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .language import language_data
from .locations import package_dir
from .retrieval import Hit, Retriever
from .text import _stem, tokenize

KNOWN_SPELLING = 0.85  # a word this close to a guidance word is that word misspelt ("wirte", "reveiw")
MODEL_PATH = package_dir("assistant", "data") / "answerability.json"
FEATURES = ("top_score", "mean_top3", "best_sentence", "coverage_top1", "coverage_top3", "unknown_share",
            "uncovered_specificity", "same_page_top3", "passage_agreement", "content_terms", "uncovered_topic",
            "topic_margin")


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(_stem(w) for w in language_data("answers")["generic_words"])


@functools.cache
def _function_words() -> frozenset[str]:
    """spaCy's English stop words and the answer data's function words ('whats', 'instead'): never content."""
    from spacy.lang.en.stop_words import STOP_WORDS  # the word list only: no pipeline is loaded

    return frozenset(STOP_WORDS) | frozenset(language_data("answers")["function_words"])


_QUESTION_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9']*")


@functools.lru_cache(maxsize=2048)
def content_terms(question: str) -> tuple[str, ...]:
    """The question's own content words, stemmed, minus stop, function and generic words. A word list, not a parse:
    a parse of each question cost more than embedding it, and the terms came out alike."""
    terms: list[str] = []
    skip = _function_words()
    for word in _QUESTION_WORD.findall(question.replace("’", "'")):
        lower = word.lower()
        if len(lower) < 2 or lower in skip or lower.split("'")[0] in skip:
            continue
        stems = [t for t in tokenize(lower) if t not in _generic()]
        if stems and stems[0] not in terms:
            terms.append(stems[0])
    return tuple(terms)


class Vocabulary:
    """Words to match misspellings against. A word can only come within difflib's cutoff of words of about its own
    length that share enough of its letters, so only those are compared: the same answer as get_close_matches over
    all of them, since that bound (difflib's quick_ratio) is the first test get_close_matches applies itself, here
    worked out for every word at once. Each word's match is remembered."""

    def __init__(self, words: list[str], cutoff: float):
        self.words = words
        self.by_word = frozenset(words)
        self.cutoff = cutoff
        self.by_length: dict[int, list[str]] = {}
        for w in words:
            self.by_length.setdefault(len(w), []).append(w)
        self._letters = {c: i for i, c in enumerate(sorted({c for w in words for c in w}))}
        self._counts = {n: self._count(group) for n, group in self.by_length.items()}
        self._found: dict[str, str | None] = {}

    def _count(self, words: list[str]) -> np.ndarray:
        """How often each letter occurs in each word, a row a word."""
        counts = np.zeros((len(words), len(self._letters)), dtype=np.int16)
        for row, w in enumerate(words):
            for c in w:
                counts[row, self._letters[c]] += 1
        return counts

    def closest(self, word: str) -> str | None:
        """The word's closest match at or above the cutoff, or None."""
        if word not in self._found:
            n = len(word)
            # 2*min(n, m)/(n + m) >= cutoff bounds the other word's length m.
            low = math.ceil(n * self.cutoff / (2 - self.cutoff) - 1e-9)
            high = math.floor(n * (2 - self.cutoff) / self.cutoff + 1e-9)
            own = np.zeros(len(self._letters), dtype=np.int16)
            for c in word:
                if c in self._letters:  # a letter no word has matches nothing
                    own[self._letters[c]] += 1
            near = []
            for m in range(low, high + 1):
                group = self.by_length.get(m)
                if not group:
                    continue
                shared = np.minimum(self._counts[m], own).sum(axis=1)
                near += [group[i] for i in np.flatnonzero(2.0 * shared / (n + m) >= self.cutoff)]
            close = difflib.get_close_matches(word, near, n=1, cutoff=self.cutoff)
            self._found[word] = close[0] if close else None
        return self._found[word]


class TermStats:
    """Document frequencies of the stemmed words in the guidance page chunks (words with heading paths)."""

    def __init__(self, token_sets: list[set[str]]):
        self.n = max(1, len(token_sets))
        self.df: dict[str, int] = {}
        for tokens in token_sets:
            for t in tokens:
                self.df[t] = self.df.get(t, 0) + 1

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary(sorted(self.df), cutoff=0.8)

    def idf(self, term: str) -> float:
        # A word the guidance never uses is the most specific of all.
        return math.log((self.n + 1) / (self.df.get(term, 0) + 0.5))


_STATS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _stats(retriever: Retriever) -> tuple[TermStats, list[set[str]]]:
    index = retriever.index
    if index not in _STATS:
        sets = [set(tokenize(d.embed_text)) if d.kind == "page" else set() for d in index.documents]
        _STATS[index] = (TermStats([s for s, d in zip(sets, index.documents, strict=True) if d.kind == "page"]), sets)
    return _STATS[index]


def _spelled(terms: tuple[str, ...], stats: TermStats) -> tuple[str, ...]:
    """Each term, or the guidance word it is most likely a misspelling of ('persnal' -> 'personal')."""
    out = []
    for t in terms:
        if t not in stats.df and len(t) >= 4:
            t = stats.vocabulary.closest(t) or t
        out.append(t)
    return tuple(out)


def term_weights(retriever: Retriever, question: str) -> dict[str, float]:
    """The question's content terms, spelled as the guidance spells them, each weighted by how specific it is (idf)."""
    stats, _ = _stats(retriever)
    terms = _spelled(tuple(t for t in content_terms(question) if len(t) > 1), stats)
    return {t: stats.idf(t) for t in terms}


def is_known(retriever: Retriever, term: str) -> bool:
    """Whether the guidance pages use the (stemmed) term, or a word it is a near-certain misspelling of."""
    stats = _stats(retriever)[0]
    if term in stats.df:
        return True
    if len(term) < 3:
        return False
    close = stats.vocabulary.closest(term)
    # A swap of two letters ("wirte") scores low on similarity but is plainly the same word.
    return close is not None and (difflib.SequenceMatcher(None, term, close).ratio() >= KNOWN_SPELLING
                                  or sorted(close) == sorted(term))


_WORD = re.compile(r"[A-Za-z][a-z']+")


def respell(retriever: Retriever, question: str) -> str:
    """The question with words the guidance never uses replaced by the guidance word they most likely misspell
    ('reflective listning' -> 'reflective listening'); other words, and short ones, are left alone."""
    words = _surface_words(retriever)

    def fix(match: re.Match) -> str:
        word = match.group(0)
        lower = word.lower()
        if len(lower) < 5 or lower in words.by_word or not lower.isalpha():
            return word
        close = words.closest(lower)
        # Another form of the same word ("matter" for "mattered") is not a misspelling.
        if not close or close.startswith(lower[:-1]) or lower.startswith(close[:-1]):
            return word
        return close

    return _WORD.sub(fix, question)


_SURFACE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _surface_words(retriever: Retriever) -> Vocabulary:
    """Every lower-case word form in the guidance pages, to match misspellings against."""
    index = retriever.index
    if index not in _SURFACE:
        forms = sorted({w.lower() for d in index.documents if d.kind == "page" for w in _WORD.findall(d.embed_text)})
        _SURFACE[index] = Vocabulary(forms, cutoff=0.85)
    return _SURFACE[index]


def _covered(terms: tuple[str, ...], tokens: set[str], stats: TermStats) -> float:
    total = sum(stats.idf(t) for t in terms)
    return sum(stats.idf(t) for t in terms if t in tokens) / total if total else 1.0


def features(retriever: Retriever, question: str, hits: list[Hit], query: np.ndarray) -> np.ndarray:
    """The signals the model weighs, in FEATURES order."""
    stats, token_sets = _stats(retriever)
    terms = _spelled(tuple(t for t in content_terms(question) if len(t) > 1), stats)
    top = hits[:3]
    scores = [h.score for h in top] or [0.0]
    best_sentence = max((float(np.max(retriever.index.sentence_rows(h.position) @ query))
                         for h in top if h.document.sentences), default=0.0)
    tokens1 = token_sets[top[0].position] if top else set()
    tokens3 = set().union(*(token_sets[h.position] for h in top)) if top else set()
    uncovered = [stats.idf(t) for t in terms if t not in tokens3]
    vectors = retriever.index.vectors[[h.position for h in top]] if top else np.zeros((0, 1))
    pairs = [float(vectors[i] @ vectors[j]) for i in range(len(top)) for j in range(i + 1, len(top))]
    return np.array([
        max(scores),
        float(np.mean(scores)),
        best_sentence,
        _covered(terms, tokens1, stats),
        _covered(terms, tokens3, stats),
        sum(t not in stats.df for t in terms) / len(terms) if terms else 0.0,
        max(uncovered, default=0.0) / math.log(stats.n + 2),
        sum(h.document.page == top[0].document.page for h in top) / max(1, len(top)) if top else 0.0,
        float(np.mean(pairs)) if pairs else 0.0,
        math.log1p(len(terms)),
        topic := float(np.max(_topic_vectors(retriever) @ query)),
        topic - max(scores),
    ], dtype=np.float64)


_TOPICS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _topic_vectors(retriever: Retriever) -> np.ndarray:
    """The uncovered topics embedded once per retriever (about a dozen short texts)."""
    if retriever not in _TOPICS:
        _TOPICS[retriever] = retriever.embed(list(language_data("answers")["uncovered_topics"]))
    return _TOPICS[retriever]


@dataclass
class AnswerabilityModel:
    """Standardised logistic regression: P(answerable) from the FEATURES; below threshold means 'not found'."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    embedder: str = ""  # the embedding model the weights were fitted with; other models' scores differ

    def fits(self, embedder_name: str) -> bool:
        """Whether the weights apply to vectors from this embedder (the int8 export scores like the original)."""
        return self.embedder.removesuffix("-int8") == embedder_name.removesuffix("-int8")

    def probability(self, x: np.ndarray) -> float:
        z = float(((x - self.mean) / self.scale) @ self.weights + self.bias)
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "mean": self.mean.tolist(), "scale": self.scale.tolist(),
                "weights": self.weights.tolist(), "bias": self.bias, "threshold": self.threshold,
                "embedder": self.embedder}

    @classmethod
    def from_dict(cls, data: dict) -> AnswerabilityModel:
        if list(data["features"]) != list(FEATURES):
            raise ValueError("answerability weights were fitted on other features; retrain them")
        return cls(np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]), float(data["bias"]),
                   float(data["threshold"]), str(data.get("embedder", "")))

    def save(self, path: Path = MODEL_PATH) -> None:
        path.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")


@functools.cache
def default_model() -> AnswerabilityModel | None:
    """The shipped model, or None when the weights are absent (then similarity alone decides)."""
    try:
        return AnswerabilityModel.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 300, threshold: float = 0.5,
        embedder: str = "") -> AnswerabilityModel:
    """Logistic regression by Newton's method with an L2 penalty, on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * l2
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return AnswerabilityModel(mean, scale, w[:-1], float(w[-1]), threshold, embedder)
