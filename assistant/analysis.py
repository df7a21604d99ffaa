"""Transcript analysis for supervision: OARS codes, metrics with indicative bands, a score, person tags,
feedback quoting the worker with better alternatives, and reflective supervision questions.

The score (0-100) rates how outcomes-focused and strengths-based the worker's side is:
    25 x min(R:Q / 2, 1)                 reflections per question, 2:1 is good (MITI 4.2.1-informed)
  + 20 x min(%complex / 50, 1)           complex reflections (summaries count as complex), 50% is good
  + 15 x %open / 100                     open questions among questions
  + 20 x min(reflections / worker turns / 0.4, 1)   listening share of what the worker says
  + 10 x min(affirmations per 10 worker turns, 1)
  + 10 x min(summaries, 1)
  - min(40, 200 x confront share) - min(20, 60 x advice share)      confronting and directing count against
clamped to 0-100. The weights are fixed by hand, not fitted; `assistant eval-analysis` reports how well the score
separates AnnoMI's high- and low-quality demonstrations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .classifiers import Classifiers
from .coder import Coder, Item
from .embedder import Embedder
from .reflections import complex_reflection, simple_reflection
from .rewrite import is_leading, open_alternatives
from .transcript import Transcript

BANDS = {
    "reflection_to_question": {"fair": 1.0, "good": 2.0},
    "percent_complex": {"fair": 40.0, "good": 50.0},
    "percent_open": {"fair": 50.0, "good": 70.0},
}
REFLECTIONS = ("simple_reflection", "complex_reflection", "summary")


@dataclass
class CodedUtterance:
    speaker: str
    role: str
    text: str
    primary: str | None
    codes: list[str]
    tags: list[str]

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


class _Memo:
    """Embeds each distinct text once per analysis, however many features ask for it."""

    def __init__(self, embedder: Embedder, texts: list[str]):
        self.embedder = embedder
        self.dimension = embedder.dimension
        self.name = embedder.name
        unique = list(dict.fromkeys(t for t in texts if t))
        self.vectors = dict(zip(unique, embedder.embed(unique), strict=True)) if unique else {}

    def embed(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if missing:
            self.vectors.update(zip(missing, self.embedder.embed(missing), strict=True))
        return np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, self.dimension))


def coder_items(transcript: Transcript) -> list[Item]:
    """Each worker turn with the person's previous turn and their last three turns as context."""
    items, person = [], []
    for turn in transcript.turns:
        if turn.role == "person":
            person.append(turn.text)
        else:
            items.append(Item(turn.text, person[-1] if person else "", " ".join(person[-3:])))
    return items


def band(value: float | None, name: str) -> str:
    if value is None:
        return "n/a"
    limits = BANDS[name]
    return "good" if value >= limits["good"] else "fair" if value >= limits["fair"] else "below fair"


def compute_metrics(worker_codes: list[str], worker_words: int, all_words: int) -> dict:
    """Counts, ratios and the score from the worker's primary codes."""
    count = {c: worker_codes.count(c) for c in set(worker_codes)}
    open_q, closed_q = count.get("open_question", 0), count.get("closed_question", 0)
    questions = open_q + closed_q
    reflections = sum(count.get(c, 0) for c in REFLECTIONS)
    complex_ = count.get("complex_reflection", 0) + count.get("summary", 0)
    n = max(1, len(worker_codes))
    metrics = {
        "open_questions": open_q,
        "closed_questions": closed_q,
        "percent_open": round(100 * open_q / questions, 1) if questions else None,
        "reflections": reflections,
        "percent_complex": round(100 * complex_ / reflections, 1) if reflections else None,
        "reflection_to_question": round(reflections / questions, 2) if questions else None,
        "affirmations": count.get("affirmation", 0),
        "summaries": count.get("summary", 0),
        "confront": count.get("confront", 0),
        "advice": count.get("advice", 0),
        "information": count.get("information", 0),
        "worker_utterances": len(worker_codes),
        "talk_share": round(worker_words / all_words, 3) if all_words else None,
    }
    metrics["score"] = score(metrics, n)
    metrics["bands"] = {name: band(metrics[name], name) for name in BANDS}
    return metrics


def score(m: dict, worker_turns: int) -> int:
    """The documented 0-100 formula (see the module docstring)."""
    n = max(1, worker_turns)
    rq = m["reflection_to_question"] if m["reflection_to_question"] is not None else (2.0 if m["reflections"] else 0)
    pc = m["percent_complex"] or 0.0
    po = m["percent_open"] if m["percent_open"] is not None else 50.0
    value = (25 * min(rq / 2, 1) + 20 * min(pc / 50, 1) + 15 * po / 100
             + 20 * min(m["reflections"] / n / 0.4, 1) + 10 * min(m["affirmations"] / n * 10, 1)
             + 10 * min(m["summaries"], 1)
             - min(40, 200 * m["confront"] / n) - min(20, 60 * m["advice"] / n))
    return int(round(max(0.0, min(100.0, value))))


def analyse(transcript: Transcript, coder: Coder, classifiers: Classifiers, embedder: Embedder,
            bank_search=None, supervision: dict[str, list[str]] | None = None) -> Analysis:
    """Code every turn, measure the worker's side and say what went well and what could be better."""
    texts = [t.text for t in transcript.turns]
    memo = _Memo(embedder, texts)
    items = coder_items(transcript)
    coded = iter(coder.code_many(memo, items))
    person_rows = [i for i, t in enumerate(transcript.turns) if t.role == "person"]
    tags = classifiers.tags(memo.embed([transcript.turns[i].text for i in person_rows])) if person_rows else []
    tag_of = dict(zip(person_rows, tags, strict=True))
    utterances = []
    for i, turn in enumerate(transcript.turns):
        if turn.role == "worker":
            c = next(coded)
            utterances.append(CodedUtterance(turn.speaker, "worker", turn.text, c.primary, c.codes, []))
        else:
            utterances.append(CodedUtterance(turn.speaker, "person", turn.text, None, [], tag_of[i]))
    worker_words = sum(len(u.text.split()) for u in utterances if u.role == "worker")
    all_words = sum(len(u.text.split()) for u in utterances)
    metrics = compute_metrics([u.primary for u in utterances if u.role == "worker"], worker_words, all_words)
    # The worker's words were embedded once above; bank look-ups reuse those vectors.
    search = (lambda text: bank_search(text, memo.embed([text])[0])) if bank_search else None
    feedback = build_feedback(utterances, metrics, search)
    questions = supervision_questions(metrics, supervision or {})
    return Analysis(utterances, metrics, feedback, questions, list(transcript.warnings))


def _previous_person(utterances: list[CodedUtterance], index: int) -> str | None:
    return next((u.text for u in reversed(utterances[:index]) if u.role == "person"), None)


def build_feedback(utterances: list[CodedUtterance], metrics: dict, bank_search=None) -> list[dict]:
    """What went well (quoted) and missed opportunities (quoted, with a better alternative)."""
    feedback: list[dict] = []
    worker = [(i, u) for i, u in enumerate(utterances) if u.role == "worker"]
    statements = [u for _, u in worker if not u.text.rstrip().endswith("?")]
    best = (next((u for u in statements if u.primary == "complex_reflection"), None)
            or next((u for u in statements if u.primary == "affirmation"), None)
            or next((u for u in statements if u.primary in ("summary", "simple_reflection")), None))
    if best:
        feedback.append({"kind": "did_well", "code": best.primary, "quote": best.text,
                         "why": "Reflecting and affirming the person's own words builds trust and shows you heard."})
    for name, label in (("reflection_to_question", "Reflections per question"),
                        ("percent_complex", "Complex reflections"), ("percent_open", "Open questions")):
        value = metrics[name]
        if value is not None:
            feedback.append({"kind": "band", "metric": name, "value": value, "band": metrics["bands"][name],
                             "fair": BANDS[name]["fair"], "good": BANDS[name]["good"],
                             "why": f"{label}: indicative MITI-informed bands, not norms."})
    for i, u in worker:
        if u.primary == "closed_question" or (u.text.strip().endswith("?") and is_leading(u.text)):
            bank = bank_search(u.text) if bank_search else []
            alternatives = open_alternatives(u.text, bank, n=1)
            if alternatives:
                feedback.append({"kind": "missed", "code": u.primary, "quote": u.text,
                                 "better": alternatives[0]["text"], "source": alternatives[0]["source"],
                                 "why": "An open question invites the person to tell their own story."})
        elif u.primary in ("confront", "advice"):
            said = _previous_person(utterances, i)
            if said:
                feedback.append({"kind": "missed", "code": u.primary, "quote": u.text,
                                 "better": complex_reflection(said) if u.primary == "confront"
                                 else simple_reflection(said),
                                 "source": "reflection of the person's previous words",
                                 "why": "Reflecting first lowers defensiveness; advice lands better when asked for."})
    person_turns = sum(u.role == "person" for u in utterances)
    if metrics["summaries"] == 0 and person_turns >= 6:
        feedback.append({"kind": "missed", "code": "summary", "quote": worker[-1][1].text,
                         "better": "Let me check I've understood what matters most to you so far... "
                                   "Have I got that right? What would you add?",
                         "source": "summaries",
                         "why": "A summary near the end gathers what matters and checks understanding."})
    return feedback


FINDINGS = ("few_reflections", "many_closed", "confronting", "no_summary", "few_affirmations", "strong_practice")


def findings(metrics: dict) -> list[str]:
    found = []
    rq = metrics["reflection_to_question"]
    if rq is not None and rq < BANDS["reflection_to_question"]["fair"]:
        found.append("few_reflections")
    if metrics["percent_open"] is not None and metrics["percent_open"] < BANDS["percent_open"]["fair"]:
        found.append("many_closed")
    if metrics["confront"] or metrics["advice"] > 2:
        found.append("confronting")
    if not metrics["summaries"]:
        found.append("no_summary")
    if not metrics["affirmations"]:
        found.append("few_affirmations")
    if metrics["score"] >= 70:
        found.append("strong_practice")
    return found


def supervision_questions(metrics: dict, bank: dict[str, list[str]], n: int = 4) -> list[str]:
    """Questions a supervisor can ask the worker, chosen for what the analysis found."""
    chosen: list[str] = []
    for finding in findings(metrics) + ["general"]:
        for question in bank.get(finding, [])[:2]:
            if question not in chosen and len(chosen) < n:
                chosen.append(question)
    return chosen
