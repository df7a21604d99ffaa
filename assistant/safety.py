"""Safety first: risk and safeguarding cues in what the person said, and the card a worker sees.

The model is all-MiniLM-L6-v2 fine-tuned on the team's labelled person turns (data/labelled/risk_turns.jsonl, with
hard negatives such as "I'm scared of spiders"), shipped as int8 ONNX in assistant/data/risk-int8/ with a linear head
in assistant/data/safety.npz; it runs on onnxruntime, never torch (training: assistant/risk_training.py). A concern
is reported when its probability passes a threshold chosen in cross-validation for recall: a missed risk costs more
than a check."""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from .language import language_data
from .locations import LABELLED as LABELLED_DIR
from .locations import training_input

CONCERNS = ("domestic_abuse", "child_harm", "neglect", "self_harm", "not_coping_at_home", "fire", "homelessness",
            "exploitation", "substance_use")
DATA = Path(__file__).parent / "data"
WEIGHTS = DATA / "safety.npz"
ENCODER_DIR = DATA / "risk-int8"
LABELLED = LABELLED_DIR / "risk_turns.jsonl"
MAX_TOKENS = 96
SCALE = 10.0  # the head reads pooled, L2-normalised vectors times this
RECENT = 2048
# On the team's development conversations, gates below this put a card on half the conversations with no risk in
# them (the cross-validated threshold alone is chosen on the risk file, whose negatives are mostly hard ones).
GATE_FLOOR = 0.8
# A second card only when its concern is this likely: on the review cases (development data now) second cards at
# 0.5-0.6 were all judged wrong (4 of 5 graded 0), those above 0.6 mostly right.
SECOND_CONCERN = 0.6
# An open gate with no concern this likely is a turn that sounds heavy without saying what ("I've looked after him
# for twelve years"): on the review cases, every such card was false.
LIKELY_CONCERN = 0.4  # 0.5 with the model before the review false alarms were added as hard negatives
# ... unless the gate itself is near certain ("He's moved back in. Don't start."): then a less likely concern will do.
# Retrained with 82 more hard negatives, the model is surer of "some concern" and less of which: on the review cases
# (development data) these values find 124 of 125 risk cases with 11 false cards, against 122 and 7 at (0.95, 0.3)
# and 125 and 15 for the model before; with STRONG_CONCERN at 0.8, 125 and 14, and the false cards that remain are
# mostly a carer's strain read as not coping, where the model before asked about suicide.
SURE_GATE, SURE_GATE_CONCERN = 0.9, 0.15
# One concern this likely opens the gate by itself (on the development and review cases: 4 more risks found for
# 4 more cards where there was none; a missed risk costs more than a check).
STRONG_CONCERN = 0.8
ANY_RECALL = 0.85  # out of fold, for "some concern is present": the gate
CONCERN_RECALL = 0.80  # out of fold, per concern, for which cards to show once the gate is open


class SafetyModel:
    """The fine-tuned encoder and its head, loaded once; texts in, concern ids out."""

    def __init__(self, folder: Path = ENCODER_DIR, weights: Path = WEIGHTS):
        with np.load(weights, allow_pickle=False) as data:
            self.coef, self.intercept, self.thresholds = data["coef"], data["intercept"], data["thresholds"]
        self.folder = folder
        self._encoder = None
        self._lock = threading.Lock()
        self._recent: OrderedDict[str, list[str]] = OrderedDict()  # a conversation's earlier turns, read once

    @property
    def encoder(self):
        if self._encoder is None:
            with self._lock:
                if self._encoder is None:
                    from .onnx_backend import OnnxEncoder

                    self._encoder = OnnxEncoder(self.folder / "model.onnx", str(self.folder), MAX_TOKENS)
        return self._encoder

    def _read(self, row: np.ndarray) -> list[str]:
        """The gate ("any concern", the last output) first; then the likeliest concern, and a second only when it
        is itself likely (SECOND_CONCERN), so one card is not buried under guesses."""
        top = row[:len(CONCERNS)].max()
        gate = row[-1]
        if top < STRONG_CONCERN and (gate < max(self.thresholds[-1], GATE_FLOOR) or top < LIKELY_CONCERN) and not (
                gate >= SURE_GATE and top >= SURE_GATE_CONCERN):
            return []
        order = np.argsort(-row[:len(CONCERNS)])
        found = [CONCERNS[order[0]]]
        second = order[1]
        if row[second] >= max(self.thresholds[second], SECOND_CONCERN):
            found.append(CONCERNS[second])
        return found

    def probabilities(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(CONCERNS) + 1), dtype=np.float32)
        vectors = self.encoder.encode(list(texts), threads=1)
        return 1 / (1 + np.exp(-(vectors @ self.coef.T + self.intercept)))

    def concerns(self, texts: list[str]) -> list[list[str]]:
        """The concern ids in each text, strongest first; texts seen recently are not read again."""
        with self._lock:
            known = {t: self._recent[t] for t in texts if t in self._recent}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        for text, row in zip(missing, self.probabilities(missing), strict=True):
            found = self._read(row)
            known[text] = found + [c for c in disclosed(text) if c not in found]
        with self._lock:
            for text in missing:
                self._recent[text] = known[text]
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        return [known[t] for t in texts]


def _cue_patterns(key: str = "cues") -> dict[str, re.Pattern]:
    """One pattern per concern from a section of safety.yaml: the person's cues, or the worker's ("worker_cues")."""
    from .phrasing import phrase_pattern

    return {concern: phrase_pattern(tuple(phrases)) for concern, phrases in cards().get(key, {}).items()}


# A cue that follows one of these within a few words is denied or over: "he doesn't hit me", "I used to self-harm".
_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bno longer|\bused to|\bwould never|\bwon't ever)(?:\s+\S+){0,3}\s*$")


# ... or given up just before it: "I gave up smoking in bed", "stopped the fags in bed" (one word between at most,
# so "I've stopped going out, scared of him" still counts).
_GIVEN_UP = re.compile(r"\b(?:stopped|gave up|given up|giving up|quit|packed in)\s+(?:\S+\s+)?$")


def _denied(lowered: str, start: int) -> bool:
    """Whether the cue starting at `start` is denied, over or given up by the words just before it."""
    before = lowered[max(0, start - 40):start]
    return bool(_DENIED.search(before) or _GIVEN_UP.search(before))


_NOT_A_BLOW = re.compile(r"\s*out\b")


def _lowered(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: the form every cue is matched against."""
    return " ".join(text.lower().replace("\u2019", "'").split())


@functools.cache
def _figures(concern: str) -> re.Pattern | None:
    from .phrasing import phrase_pattern

    phrases = cards().get("figurative", {}).get(concern)
    return phrase_pattern(tuple(phrases)) if phrases else None


def figurative(text: str, concern: str) -> bool:
    """Whether the text holds a figure of speech that sounds like this concern ("killing myself laughing")."""
    figures = _figures(concern)
    return bool(figures and figures.search(_lowered(text)))


# Words that put a child in view: child protection cards need one ("they'd be better off without me" from a carer,
# "bruising on her wrist" of a disabled wife, have none).
CHILD_WORDS = re.compile(r"(?i)\b(?:kids?|child(?:ren)?|son|daughter|baby|babies|boys?|girls?|little ones?|eldest|"
                          r"youngest|toddler|nursery|school|teenager|stepson|stepdaughter|grandchild(?:ren)?|"
                          r"grandson|granddaughter|twins|bump|pregnant|yp|young person|s47|section 47|"
                          r"child protection|my (?:little |baby |big |younger |older )?(?:brother|sister)|"
                          r"(?:mum|mam|mom)'s (?:boyfriend|partner|new fella)|step-?dad|step-?mum)\b")


def raised_by_worker(text: str) -> list[str]:
    """Concerns the worker's own words put on the table (a referral, a bruise the school reported)."""
    lowered = f" {_lowered(text)} "
    return [concern for concern, pattern in _cue_patterns("worker_cues").items() if pattern.search(lowered)]


def disclosed(text: str) -> list[str]:
    """Concerns an explicit phrase in the text makes present, unless the words before it deny it or put it in the
    past."""
    lowered = _lowered(text)
    found = []
    for concern, pattern in _cue_patterns().items():
        spans = [m.span() for m in _figures(concern).finditer(lowered)] if _figures(concern) else []
        for match in pattern.finditer(lowered):
            if _NOT_A_BLOW.match(lowered, match.end()) and "kick" in match.group(0):
                continue  # "kicked me out" is being put out of home, not a kick
            if any(a <= match.start() < b for a, b in spans):
                continue  # "I'm killing myself laughing": a figure of speech
            if not _denied(lowered, match.start()):
                found.append(concern)
                break
    found += [c for c in said_together(lowered) if c not in found]
    if "self_harm" not in found and preparing(lowered):
        found.append("self_harm")
    return found


@functools.cache
def _two_signs(key: str) -> list[tuple[str, list[re.Pattern], re.Pattern | None]]:
    """The entries of safety.yaml's `said_together` (what a person says) or `together` (what a worker's note tells):
    each concern with one pattern for each list of signs, and what is no sign (but_not), if any."""
    from .phrasing import phrase_pattern

    return [(entry["concern"], [phrase_pattern(tuple(cues)) for cues in entry["all"]],
             phrase_pattern(tuple(entry["but_not"])) if entry.get("but_not") else None)
            for entry in cards().get(key, [])]


def said_together(text: str) -> list[str]:
    """Concerns the person tells by two signs in one sentence, none denied or given up ("I still have my ciggie in
    bed", "lights up while the oxygen's on"): smoking alone, or a bed alone, is no concern."""
    found = []
    for sentence in re.split(r"[.!?;]+", _lowered(text)):
        sentence = f" {sentence} "
        for concern, patterns, but_not in _two_signs("said_together"):
            plain = but_not.sub(lambda m: " " * len(m.group(0)), sentence) if but_not else sentence
            if concern not in found and all(any(not _denied(plain, m.start()) for m in p.finditer(plain))
                                            for p in patterns):
                found.append(concern)
    return found


def told_together(text: str) -> list[str]:
    """Concerns a worker's note tells only by two signs together, neither denied ("widowed in May, drinking and not
    eating"; "17yo sofa surfing"; "smelt of alcohol at nursery pickup"): each sign alone is no concern."""
    lowered = f" {_lowered(text)} "
    return [concern for concern, patterns, _ in _two_signs("together") if all(any(
        not _DENIED.search(lowered[max(0, m.start() - 40):m.start()]) and not _LONG_AGO.match(lowered, m.end())
        for m in p.finditer(lowered)) for p in patterns)]


# a sign put years back: "widowed in 2015", "relapsed 3 years ago" (history to know, not today's risk)
_LONG_AGO = re.compile(r"[^.;]{0,30}?\b(?:(?:in |since )?(?:19|20)\d\d|\d+ ?(?:years|yrs) ago|years ago|many years)\b")


@functools.cache
def _preparation() -> dict[str, list[re.Pattern]]:
    return {key: [re.compile(p) for p in phrases] for key, phrases in cards().get("preparation", {}).items()}


def _live(patterns: list[re.Pattern], lowered: str) -> bool:
    """Whether one of the patterns is in the text and not denied just before it ("I'm not tired of it all")."""
    return any(not _DENIED.search(lowered[max(0, m.start() - 40):m.start()])
               for p in patterns for m in p.finditer(lowered))


def preparation_act(text: str) -> bool:
    """Whether the text tells of putting affairs in order or giving things away (a will sorted, the dog given to a
    brother): never praised or asked how they managed it, since it can be a step towards ending a life."""
    return any(p.search(_lowered(text)) for p in _preparation().get("acts", []))


def preparing(text: str) -> bool:
    """Whether the text reads as preparing for death without naming it: affairs put in order, a pet or belongings
    given away, letters or goodbyes, beside hopelessness or a burden belief ("I've sorted my will out and given the
    dog to my brother... everyone'd be better off"); or the burden belief said outright on its own."""
    lowered = _lowered(text)
    found = _preparation()
    if _live(found.get("burden", []), lowered):
        return True
    return _live(found.get("acts", []), lowered) and _live(found.get("hopeless", []), lowered)


@functools.cache
def default_model() -> SafetyModel:
    if not WEIGHTS.exists() or not (ENCODER_DIR / "model.onnx").exists():
        raise FileNotFoundError(f"safety model missing in {DATA}; run: assistant train-safety")
    return SafetyModel()


@functools.cache
def cards() -> dict:
    return language_data("safety")


def high_risk_text(concern: str, texts: list[str]) -> str | None:
    """The card's words when what was said holds a high-risk marker of the concern (strangulation, a threat to kill):
    they say so first and name what follows from it; None when there is none."""
    marker = cards().get("high_risk", {}).get(concern)
    if not marker:
        return None
    from .phrasing import phrase_pattern

    pattern = phrase_pattern(tuple(marker["cues"]))
    return marker["text"] if any(pattern.search(_lowered(t)) for t in texts) else None


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


def choose_thresholds(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Per output (each concern, then "any"), the highest threshold whose out-of-fold recall reaches its target."""
    out = []
    for j in range(y.shape[1]):
        recall = ANY_RECALL if j == len(CONCERNS) else CONCERN_RECALL
        positives = np.sort(p[y[:, j] == 1, j])
        k = int(np.floor((1 - recall) * len(positives)))
        out.append(float(positives[k]) - 1e-6 if len(positives) else 0.5)
    return np.array(out, dtype=np.float32)


def report(p: np.ndarray, y: np.ndarray, thresholds: np.ndarray, turns: list[dict]) -> dict:
    """Recall and precision per concern, any-concern figures, and false alarms on plain and hard negatives."""
    gate = p[:, -1] >= thresholds[-1]
    p, y, thresholds = p[:, :len(CONCERNS)], y[:, :len(CONCERNS)], thresholds[:len(CONCERNS)]
    pred = (p >= thresholds) & gate[:, None]
    per = {}
    for j, c in enumerate(CONCERNS):
        tp = int((pred[:, j] & (y[:, j] == 1)).sum())
        per[c] = {"recall": round(tp / max(1, int(y[:, j].sum())), 3),
                  "precision": round(tp / max(1, int(pred[:, j].sum())), 3), "n": int(y[:, j].sum())}
    risky, flagged = y.any(1).astype(bool), gate
    hard = np.array(["hard negative" in (t.get("note") or "") for t in turns])
    plain = ~risky & ~hard
    return {"per_concern": per,
            "any_concern_recall": round(float((flagged & risky).sum() / max(1, risky.sum())), 3),
            "false_alarms_on_plain_negatives": round(float((flagged & plain).sum() / max(1, plain.sum())), 3),
            "false_alarms_on_hard_negatives": round(float((flagged & hard).sum() / max(1, hard.sum())), 3),
            "n": len(turns)}
