"""Transcript analysis for supervision: OARS codes, metrics with indicative bands, a score, person tags,
feedback quoting the worker (assistant/feedback.py) and reflective supervision questions.

Each worker utterance is coded by the coder and then read as a supervisor would (assistant/practice.py: greetings,
hospitality and goodbyes are other talk, a "So, ..." that gathers several things is a summary, confront needs a
confronting cue or a confronting move with no warning word in it, assistant/arguing.py). The score (0-100) rates
how outcomes-focused and strengths-based the worker's side is:
    score = 100 / (1 + exp(-(sum of SCORE_WEIGHTS[code] x share of code among the worker's utterances)))
Talk with no skill and no directing in it (other talk) scores 50. Listening raises it: open questions +3, complex
reflections +3, affirmations +3 (the skills that let the person lead), summaries +2 (one or two gather a whole
visit, so each counts a little less than the moment-to-moment skills), simple reflections +1.5 (shows listening,
adds less). Directing lowers it: confronting -6 (warning, arguing, labelling, blaming: what most reliably shuts a
person down), advice -3 (telling unasked), closed questions -2 (a fact now and then is fine; a string of them is an
interrogation; one that is good practice, the Active Offer, asking permission or checking understanding, scores as
other talk), information -0.25 (explaining the process honestly is part of good practice: it costs almost nothing,
far less than confronting). So a visit of only closed questions scores 12, only confronting 0, only information 44,
and a visit of half open questions and half complex reflections 95. The weights were set by hand within what a ridge
regression of the 66 coded conversations' quality ratings on their code shares supports (it puts confront and advice
lowest and information near zero), keeping every skill positive and confronting the most negative;
scripts/eval_analysis.py reports Spearman with the ratings, with the analysis's codes and with the gold codes.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

import numpy as np

from . import feedback as fb
from .classifiers import Classifiers
from .coder import CLOSED_OPENER, OPEN_OPENER, Item, UtteranceCoder
from .embedder import CachingEmbedder, Embedder
from .language import language_of
from .practice import (
    adds_meaning,
    deepens,
    is_active_offer,
    is_affirmation,
    is_checked_summary,
    is_confronting,
    is_empathic,
    is_good_closed,
    is_said_back_shape,
    is_strongly_confronting,
    is_summary,
    names_their_meaning,
    practice_code,
    says_back,
    without_acknowledgement,
)
from .text import split_sentences
from .transcript import Transcript, TranscriptError

BANDS = {
    "reflection_to_question": {"fair": 1.0, "good": 2.0},
    "percent_complex": {"fair": 40.0, "good": 50.0},
    "percent_open": {"fair": 50.0, "good": 70.0},
}
MIN_BAND_REFLECTIONS = 5  # reflections a visit needs before its share of complex ones is given a band
SURE_CONFIDENCE = 0.8  # the coder's probability a simple reflection needs to count as surely simple
CLOSE_SIMILARITY = 0.35  # a short "You..." statement this close in meaning to the person's last turn says it back
REFLECTIONS = ("simple_reflection", "complex_reflection", "summary")
WORKER_CODES = ("open_question", "closed_question", "simple_reflection", "complex_reflection", "affirmation", "summary",
                "information", "advice", "confront", "other")


@dataclass
class CodedUtterance:
    speaker: str
    role: str
    text: str
    primary: str | None
    codes: list[str]
    tags: list[str]
    coder_primary: str | None = None  # what the coder said before the practice reading
    confidence: float = 0.0  # the coder's main-behaviour probability
    corrected: bool = False  # a supervisor changed the code

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "role": self.role, "text": self.text, "primary": self.primary,
                "codes": self.codes, "tags": self.tags}


@dataclass
class Analysis:
    utterances: list[CodedUtterance]
    metrics: dict
    feedback: list[dict]
    supervision_questions: list[str]
    warnings: list[str] = field(default_factory=list)
    file: str | None = None

    def to_dict(self) -> dict:
        out = {"utterances": [u.to_dict() for u in self.utterances], "metrics": self.metrics,
               "feedback": self.feedback, "supervision_questions": self.supervision_questions,
               "warnings": self.warnings}
        return ({"file": self.file} | out) if self.file is not None else out


def coder_items(transcript: Transcript) -> list[Item]:
    """Each worker turn with the turns before it (speaker-tagged), the person's previous turn and their last three;
    the coder reads a turn without its leading acknowledgement (without_acknowledgement)."""
    items, person, turns = [], [], []
    for turn in transcript.turns:
        if turn.role == "person":
            person.append(turn.text)
        else:
            items.append(Item(without_acknowledgement(turn.text), person[-1] if person else "",
                              " ".join(person[-3:]), tuple(turns[-10:])))
        turns.append(f"{turn.role}: {turn.text}")
    return items


LISTENING_CODES = ("simple_reflection", "complex_reflection", "affirmation", "summary")
REFLECTION_DEPTHS = ("simple_reflection", "complex_reflection")
QUESTION_KINDS = ("open_question", "closed_question")
DIRECTING_CODES = ("confront", "advice")


def keeps_secondary(code: str, text: str, primary: str | None = None, first: bool = False) -> bool:
    """A secondary code is shown only where the words bear it, and one that contradicts the primary (a confront on a
    reflection, a reflection or affirmation on a warning) only where they bear it strongly: confront (the coder's
    weakest head, which lists it on goodbyes and reflections alike) only with a confronting cue, never on an
    empathic reflection, and on listening only in an unmistakable form; summary only in a summary's shape (an opener
    and several things gathered), never on the introduction; a reflection or affirmation on telling or confronting
    only when it is empathic or names a strength; never the other depth of reflection, an affirmation on a feeling
    said back that praises nothing, or the other kind of question unless a sentence of its own asks it."""
    if code == "confront":
        if primary in LISTENING_CODES and not is_strongly_confronting(text):
            return False
        return is_confronting(text) and not is_empathic(text)
    if code == "summary":
        if first:
            return False  # "Thanks for meeting me. This is about you, not ..." introduces; it gathers nothing
        shaped = len(re.findall(r"[,;:]", text)) >= 2 and len(text.split()) >= 14
        return shaped and (primary in LISTENING_CODES or is_summary(text) or is_checked_summary(text))
    if primary in DIRECTING_CODES and code in ("simple_reflection", "complex_reflection"):
        return is_empathic(text)
    if primary in DIRECTING_CODES and code == "affirmation":
        return is_affirmation(text)
    if code in REFLECTION_DEPTHS and primary in REFLECTION_DEPTHS:
        return False  # one line is said back simply or with added meaning, not both
    if code == "affirmation" and primary in REFLECTION_DEPTHS:
        return not names_their_meaning(text)  # a feeling or meaning said back that praises nothing
    if code in QUESTION_KINDS and primary in QUESTION_KINDS:
        # the other kind of question only where a sentence of its own asks it ("Is it okay if I sit down? And what
        # brought you here?"), not the coder's first reading of the same question
        opener = OPEN_OPENER if code == "open_question" else CLOSED_OPENER
        return any(q.strip().endswith("?") and opener.match(q.strip()) and not is_active_offer(q)
                   for q in split_sentences(text))
    return True


def complex_share_is_sure(said: list[CodedUtterance]) -> bool:
    """Whether "below fair" on complex reflections would still hold if every doubtful simple reflection were complex:
    one that adds a feeling, a meaning or a contrast (adds_meaning), that the coder itself did not read as simple, or
    that it read with little confidence. The coder misses complex reflections far more often than it invents them,
    so with fewer than MIN_BAND_REFLECTIONS reflections, or doubt enough to reach fair, it says nothing."""
    simple = [u for u in said if u.primary == "simple_reflection"]
    complex_ = sum(u.primary == "complex_reflection" for u in said)
    n = len(simple) + complex_
    doubtful = sum(adds_meaning(u.text) or u.coder_primary != "simple_reflection"
                   or u.confidence < SURE_CONFIDENCE for u in simple)
    return n >= MIN_BAND_REFLECTIONS and 100 * (complex_ + doubtful) / n < BANDS["percent_complex"]["fair"]


def complex_band_is_supported(said: list[CodedUtterance]) -> bool:
    """Whether the coding supports telling the worker any band for their share of complex reflections: at least
    MIN_BAND_REFLECTIONS reflections; a verdict on the fair side of the line or below it that one reflection read at
    the other depth would not turn over (a close call says nothing); "below fair" only when complex_share_is_sure;
    and "fair" or "good" only when it stays at least fair with every complex reflection that visibly adds nothing (no
    feeling, meaning or contrast, adds_meaning, and no weighing, deepens) read as simple: no praise for depth a
    restatement did not show."""
    simple = sum(u.primary == "simple_reflection" for u in said)
    complex_ = [u for u in said if u.primary == "complex_reflection"]
    n = simple + len(complex_)
    if n < MIN_BAND_REFLECTIONS:
        return False

    def fair(k: int) -> bool:
        return band(100 * k / n, "percent_complex") != "below fair"

    if any(fair(k) != fair(len(complex_)) for k in (len(complex_) - 1, len(complex_) + 1) if 0 <= k <= n):
        return False
    if not fair(len(complex_)):
        return complex_share_is_sure(said)
    plain = sum(not (adds_meaning(u.text) or deepens(u.text)) for u in complex_)
    return fair(len(complex_) - plain)


def band(value: float | None, name: str) -> str:
    if value is None:
        return "n/a"
    limits = BANDS[name]
    return "good" if value >= limits["good"] else "fair" if value >= limits["fair"] else "below fair"


def compute_metrics(worker_codes: list[str], worker_words: int, all_words: int,
                    worker_texts: list[str] | None = None) -> dict:
    """Counts, ratios and the score from the worker's primary codes; with the worker's words, a closed question that
    is good practice (the Active Offer, asking permission, checking understanding) scores as other talk."""
    count = {c: worker_codes.count(c) for c in set(worker_codes)}
    open_q, closed_q = count.get("open_question", 0), count.get("closed_question", 0)
    questions = open_q + closed_q
    reflections = sum(count.get(c, 0) for c in REFLECTIONS)
    # MITI's % complex is of the moment-to-moment reflections; a summary counts as a reflection per question, not here
    simple, complex_ = count.get("simple_reflection", 0), count.get("complex_reflection", 0)
    metrics = {
        "open_questions": open_q,
        "closed_questions": closed_q,
        "percent_open": round(100 * open_q / questions, 1) if questions else None,
        "reflections": reflections,
        "percent_complex": round(100 * complex_ / (simple + complex_), 1) if simple + complex_ else None,
        "reflection_to_question": round(reflections / questions, 2) if questions else None,
        "affirmations": count.get("affirmation", 0),
        "summaries": count.get("summary", 0),
        "confront": count.get("confront", 0),
        "advice": count.get("advice", 0),
        "information": count.get("information", 0),
        "worker_utterances": len(worker_codes),
        "talk_share": round(worker_words / all_words, 3) if all_words else None,
    }
    texts = worker_texts or [""] * len(worker_codes)
    metrics["score"] = score(["other" if c == "closed_question" and is_good_closed(t) else c
                              for c, t in zip(worker_codes, texts, strict=True)])
    metrics["bands"] = {name: band(metrics[name], name) for name in BANDS}
    return metrics


SCORE_CODES = ("open_question", "closed_question", "simple_reflection", "complex_reflection", "affirmation", "summary",
               "information", "advice", "confront")
# Explained in the module docstring and the README ("Analysis"); tests/test_analysis.py holds them to it.
SCORE_WEIGHTS = dict(zip(SCORE_CODES, (3.0, -2.0, 1.5, 3.0, 3.0, 2.0, -0.25, -3.0, -6.0), strict=True))
SCORE_BIAS = 0.0


def code_shares(worker_codes: list[str]) -> np.ndarray:
    """The share of each of SCORE_CODES among the worker's utterances."""
    n = max(1, len(worker_codes))
    return np.array([worker_codes.count(code) / n for code in SCORE_CODES])


def score(worker_codes: list[str]) -> int:
    """The documented 0-100 score (see the module docstring); 0 when the worker said nothing."""
    if not worker_codes:
        return 0
    z = SCORE_BIAS + float(code_shares(worker_codes) @ np.array([SCORE_WEIGHTS[c] for c in SCORE_CODES]))
    return int(round(100 / (1 + np.exp(-z))))


class OverBudget(TranscriptError):
    """The analysis ran past its time budget; the message says so in one line."""


class _Budgeted:
    """An embedder that stops the analysis once its time is spent, checking between small batches, so one long
    transcript cannot hold a server thread. (The int8 backend embeds one text at a time, so batches change nothing.)"""

    BATCH = 32

    def __init__(self, inner: Embedder, seconds: float):
        self.inner = inner
        self.name = inner.name
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def check(self) -> None:
        if time.monotonic() >= self.deadline:
            raise OverBudget(f"the transcript takes longer than {self.seconds:g} seconds to analyse here; "
                             "split it into parts")

    def embed(self, texts: list[str]) -> np.ndarray:
        parts = []
        for start in range(0, len(texts), self.BATCH):
            self.check()
            parts.append(self.inner.embed(texts[start:start + self.BATCH]))
        return np.concatenate(parts) if parts else self.inner.embed(texts)


class WelshTranscript(TranscriptError):
    """Most of the worker's turns are in Welsh, which the models cannot read; the message says so in one line."""


def english_turns(transcript: Transcript) -> Transcript:
    """The transcript without its Welsh turns, which the English-trained coder and classifiers would read as noise
    (a turn mixing Welsh and English keeps its English); WelshTranscript when most of the worker's turns are Welsh."""
    welsh = [t for t in transcript.turns if language_of(t.text, split_sentences(t.text)) == "cy"]
    if not welsh:
        return transcript
    worker = [t for t in transcript.turns if t.role == "worker"]
    welsh_worker = [t for t in welsh if t.role == "worker"]
    if worker and 2 * len(welsh_worker) >= len(worker):
        raise WelshTranscript(f"the transcript is in Welsh ({len(welsh_worker)} of the worker's {len(worker)} turns), "
                              "and the models read English only, so it was not analysed: no codes, score or feedback "
                              "would be worth trusting")
    lines = ", ".join(str(t.line) for t in welsh)
    note = (f"{len(welsh)} turn{'s' if len(welsh) > 1 else ''} in Welsh (line{'s' if len(welsh) > 1 else ''} {lines}) "
            "left out: the models read English only, so they are not coded, tagged or counted")
    return replace(transcript, turns=[t for t in transcript.turns if t not in welsh],
                   warnings=[*transcript.warnings, note])


def analyse(transcript: Transcript, coder: UtteranceCoder, classifiers: Classifiers, embedder: Embedder,
            bank_search=None, supervision: dict[str, list[str]] | None = None,
            budget_seconds: float | None = None, corrections: dict[int, str] | None = None) -> Analysis:
    """Code every turn, measure the worker's side and say what went well and what could be better; with a budget,
    OverBudget once the analysis has taken that long. corrections (turn index -> code) are a supervisor's own
    reading of worker turns, and the metrics, feedback and questions follow them."""
    corrections = corrections or {}
    english = english_turns(transcript)
    welsh_left_out = len(english.turns) < len(transcript.turns)
    transcript = english
    budget = _Budgeted(embedder, budget_seconds) if budget_seconds is not None else None
    # Each distinct text is embedded once, however many features use it.
    memo = CachingEmbedder(budget or embedder, size=None)
    items = coder_items(transcript)
    coded = iter(zip(coder.code_many(memo, items, conversation=[0] * len(items)), items, strict=True))
    similar = fb.similarity(memo.embed)
    person_rows = [i for i, t in enumerate(transcript.turns) if t.role == "person"]
    tags = classifiers.tags(memo.embed([transcript.turns[i].text for i in person_rows])) if person_rows else []
    tag_of = dict(zip(person_rows, tags, strict=True))
    utterances = []
    worker_rows = [i for i, t in enumerate(transcript.turns) if t.role == "worker"]
    for i, turn in enumerate(transcript.turns):
        if turn.role == "worker":
            c, item = next(coded)
            # only a complex reading is checked against the person's words (the parse and embedding cost time)
            echoes = c.primary in ("simple_reflection", "complex_reflection") \
                and says_back(turn.text, item.previous, similar)
            # a short "You..." statement read as telling is a reflection when it is near what the person just said
            close = c.primary in ("information", "other") and is_said_back_shape(turn.text) \
                and bool(item.previous) and (says_back(turn.text, item.previous)
                                             or similar(turn.text, item.previous) >= CLOSE_SIMILARITY)
            primary = practice_code(turn.text, c.primary, first=i == worker_rows[0], last=i == worker_rows[-1],
                                    echoes=echoes, close=close, previous=item.previous,
                                    early=i in worker_rows[:2])
            corrected = corrections.get(i) in WORKER_CODES and corrections[i] != primary
            if corrected:
                primary = corrections[i]
            codes = [primary] + [code for code in c.codes if code != primary
                                 and keeps_secondary(code, turn.text, primary, first=i == worker_rows[0])]
            utterances.append(CodedUtterance(turn.speaker, "worker", turn.text, primary, codes, [], c.primary,
                                             c.confidence, corrected))
        else:
            utterances.append(CodedUtterance(turn.speaker, "person", turn.text, None, [], tag_of[i]))
    worker_words = sum(len(u.text.split()) for u in utterances if u.role == "worker")
    all_words = sum(len(u.text.split()) for u in utterances)
    said = [u for u in utterances if u.role == "worker"]
    metrics = compute_metrics([u.primary for u in said], worker_words, all_words, [u.text for u in said])
    if metrics["bands"]["percent_complex"] != "n/a" and not complex_band_is_supported(said):
        metrics["bands"]["percent_complex"] = "n/a"  # too few reflections, or a call too close or doubtful, to tell
    # The worker's words were embedded once above; bank look-ups reuse those vectors.
    def search(text: str):
        if budget:
            budget.check()
        return bank_search(text, memo.embed([text])[0])

    feedback = build_feedback(utterances, metrics, search if bank_search else None, similar, welsh_left_out)
    questions = supervision_questions(metrics, supervision or {}, utterances, feedback)
    return Analysis(utterances, metrics, feedback, questions, list(transcript.warnings))


def build_feedback(utterances: list[CodedUtterance], metrics: dict, bank_search=None,
                   similar: fb.Similar | None = None, welsh_left_out: bool = False) -> list[dict]:
    """What went well (quoted), the conversation's arc, the bands, and missed opportunities (quoted, with a better
    line only where a safe one exists; similar(a, b) is the embedding similarity the meaning checks use), and a
    missing Active Offer in what is surely a first conversation (never when Welsh turns were left out)."""
    feedback = fb.did_well(utterances)
    shape = fb.arc(utterances)
    if shape:
        feedback.append(shape)
    notes = good_closed_notes(utterances, metrics)
    for name, note in confronting_notes(metrics).items():
        notes[name] = f"{notes[name]} {note}" if name in notes else note
    for name, label in (("reflection_to_question", "Reflections per question"),
                        ("percent_complex", "Complex reflections"), ("percent_open", "Open questions")):
        value = metrics[name]
        if value is not None and metrics["bands"][name] != "n/a":
            feedback.append({"kind": "band", "metric": name, "value": value, "band": metrics["bands"][name],
                             "fair": BANDS[name]["fair"], "good": BANDS[name]["good"],
                             "why": f"{label}: indicative MITI-informed bands, not norms."}
                            | ({"note": notes[name]} if name in notes else {}))
    feedback += fb.missed(utterances, bank_search, similar)
    feedback += fb.service_review(utterances)
    feedback += fb.missed_summary(utterances, metrics["summaries"])
    feedback += fb.missed_active_offer(utterances, welsh_left_out)
    feedback += fb.risk_cues(utterances)
    feedback += fb.safety_responses(utterances)
    return feedback


def good_closed_notes(utterances: list[CodedUtterance], metrics: dict) -> dict[str, str]:
    """For a question band pulled below where it would be by closed questions that are good practice (the Active
    Offer, asking permission, checking understanding, a safety question), a note saying so and the figure without
    them, so a good visit is not read as an interrogation."""
    good = sum(u.role == "worker" and u.primary == "closed_question" and is_good_closed(u.text) for u in utterances)
    questions = metrics["open_questions"] + metrics["closed_questions"]
    if not good or questions - good <= 0:
        return {}
    what = (f"{good} of the {metrics['closed_questions']} closed questions {'was' if good == 1 else 'were'} good "
            "practice (the Active Offer, "
            f"asking permission, checking understanding or a safety question)")
    without = {"percent_open": round(100 * metrics["open_questions"] / (questions - good), 1),
               "reflection_to_question": round(metrics["reflections"] / (questions - good), 2)}
    return {name: f"{what}; without them the figure is {value} ({band(value, name)})."
            for name, value in without.items()
            if metrics[name] is not None and band(value, name) != metrics["bands"][name]}


def confronting_notes(metrics: dict) -> dict[str, str]:
    """For a listening band read as fair or good in a visit with at least as many confronting lines as reflections,
    a note saying so: a good share of complex reflections among a few, next to arguing, warning or blaming, is no
    sign the person felt listened to (review analyse-13, a police referral visit with six confronts)."""
    said_back = metrics["reflections"] - metrics["summaries"]
    if not metrics["confront"] or metrics["confront"] < said_back:
        return {}
    note = (f"Read this next to the confronting: {metrics['confront']} confronting "
            f"line{'s' if metrics['confront'] > 1 else ''} against {said_back} reflection"
            f"{'s' if said_back != 1 else ''}, so the figure says little about whether the person felt listened to.")
    return {name: note for name in ("percent_complex", "reflection_to_question")
            if metrics[name] is not None and metrics["bands"][name] in ("fair", "good")}


def findings(metrics: dict, feedback: list[dict] | None = None) -> list[str]:
    """What the analysis found, for choosing supervision questions; with the feedback, confronting talk is a
    finding only when a confronting or telling line was named in it (a misread line asks about nothing)."""
    found = []
    rq = metrics["reflection_to_question"]
    if rq is not None and rq < BANDS["reflection_to_question"]["fair"]:
        found.append("few_reflections")
    if metrics["percent_open"] is not None and metrics["percent_open"] < BANDS["percent_open"]["fair"]:
        found.append("many_closed")
    named = feedback is None or any(f["kind"] == "missed" and f.get("code") in ("confront", "advice")
                                    for f in feedback)
    if (metrics["confront"] or metrics["advice"] > 2) and named:
        found.append("confronting")
    if not metrics["summaries"]:
        found.append("no_summary")
    if not metrics["affirmations"]:
        found.append("few_affirmations")
    if metrics["score"] >= 70 and metrics["reflections"]:  # neutral talk alone scores ~72 without listening
        found.append("strong_practice")
    return found


def supervision_questions(metrics: dict, bank: dict, utterances: list[CodedUtterance] | None = None,
                          feedback: list[dict] | None = None, n: int = 4) -> list[str]:
    """Questions a supervisor can ask the worker: first about moments that happened (bank["moments"] templates),
    then chosen for what the analysis found."""
    chosen = fb.moment_questions(utterances or [], feedback or [], bank.get("moments", {}))[:2]
    # A strong visit is asked first about what made it work, then about what could grow.
    for finding in sorted(findings(metrics, feedback), key=lambda f: f != "strong_practice") + ["general"]:
        for question in bank.get(finding, [])[:2]:
            if question not in chosen and len(chosen) < n:
                chosen.append(question)
    return chosen
