"""Suggestions for what to say next: stage, reflections, open questions, affirmations and a summary, all built
from the person's own words and the question bank."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from .classifiers import Classifiers, stage_vectors
from .reflections import complex_reflection, key_clause, simple_reflection, turn_pronouns
from .retrieval import Retriever
from .text import tokenize

SUMMARY_CHECK = "Have I got that right? What would you add?"
# The order a summary gathers things in: what matters first, then strengths, worries and ideas for change.
SUMMARY_PARTS = (
    ("what_matters", "What matters to you is this: {0}."),
    ("strength", "You've told me what's helping: {0}."),
    ("concern", "What worries you is that {lower}."),
    ("change_talk", "And you've got some ideas for what could change: {0}."),
)
DIVERSE_COSINE = 0.80
_STRENGTH = re.compile(
    r"\b(i|we)(?:'ve| have|'m| am| still| always| never)?\s*(managed|kept|keep|got|get|go|walk|cook|look after|"
    r"looked after|do|did|made|make|stopped|cut down|started|asked|rang|told|went|sorted|learned|learnt|finished|"
    r"saved|cope|coped|help|helped|care for|cared for|take|took|visit)\b|\bevery (day|week|morning|night)\b|"
    r"\bon my own\b|\bby myself\b|\bproud\b", re.I)
_QUALITIES = (
    (re.compile(r"\b(stopped|cut down|started|finished|quit)\b", re.I), "real commitment to the changes you want"),
    (re.compile(r"\b(asked|rang|told|reached out|spoke to)\b", re.I), "courage"),
    (re.compile(r"\b(look after|looked after|care for|cared for|help|helped|kids|children|mum|mam|dad|husband|wife)\b",
                re.I), "how much you care"),
    (re.compile(r".", re.I), "real determination"),
)


@dataclass
class Suggestion:
    stage: str
    stage_confidence: float
    reflections: list[dict] = field(default_factory=list)
    open_questions: list[dict] = field(default_factory=list)
    affirmations: list[dict] = field(default_factory=list)
    summary: str | None = None
    stage_source: str = "detected"

    def to_dict(self) -> dict:
        return {"stage": self.stage, "stage_confidence": round(self.stage_confidence, 3),
                "stage_source": self.stage_source, "reflections": self.reflections,
                "open_questions": self.open_questions, "affirmations": self.affirmations, "summary": self.summary}


_PARENT = re.compile(r"\b(my|our|the) (kids|children|son|daughter|boy|girl|baby|little one)s?\b", re.I)
_CARER = re.compile(r"\b(car(e|ing) for|look(ed|ing)? after|carer)\b.*\b(mum|mam|dad|husband|wife|partner|son|"
                    r"daughter|brother|sister|nan|nain|taid)\b", re.I)


def infer_audience(person_words: list[str]) -> str | None:
    """Parent or carer when the person's own words make it plain; otherwise no filter (every audience)."""
    text = " ".join(person_words)
    if _CARER.search(text):
        return "carer"
    if _PARENT.search(text):
        return "parent"
    return None


def normalise_turns(text: str | None, turns: list[dict] | None) -> list[dict]:
    """The conversation so far, ending with the person's latest words (appended if not already last)."""
    out = [{"speaker": "worker" if t.get("speaker") == "worker" else "person", "text": " ".join(t["text"].split())}
           for t in (turns or []) if str(t.get("text", "")).strip()]
    if text and (not out or out[-1]["text"] != text or out[-1]["speaker"] != "person"):
        out.append({"speaker": "person", "text": " ".join(text.split())})
    return out


def affirmation_for(text: str) -> dict | None:
    """A specific affirmation naming the strength the person showed, or None when there is none to name."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if _STRENGTH.search(s)]
    if not sentences:
        return None
    clause = turn_pronouns(key_clause(sentences[-1], 18))
    if not re.match(r"^(you|your)\b", clause, re.I) or clause.rstrip().endswith("?"):
        return None
    quality = next(q for pattern, q in _QUALITIES if pattern.search(sentences[-1]))
    clause = clause[0].upper() + clause[1:]
    return {"text": f"{clause}, and that shows {quality}.", "source": "affirmations"}


def summary_for(person_turns: list[str], tags: list[list[str]]) -> str | None:
    """Gather what matters, strengths, worries and ideas for change, in the person's terms, ending with a check."""
    parts: list[str] = []
    used: set[str] = set()

    def pick(tag: str) -> str | None:
        for text, found in zip(reversed(person_turns), reversed(tags), strict=True):
            if tag in found and text not in used:
                used.add(text)
                return turn_pronouns(key_clause(text, 16)).rstrip(".!")
        return None

    for tag, frame in SUMMARY_PARTS:
        found = pick(tag)
        if found:
            parts.append(frame.format(found, lower=found[0].lower() + found[1:]))
    if not parts:
        recent = [turn_pronouns(key_clause(t, 14)).rstrip(".!") for t in person_turns[-3:]]
        parts.append("So far you've told me: " + "; ".join(recent) + ".")
    return "Let me check I've understood. " + " ".join(parts) + " " + SUMMARY_CHECK


def _already_asked(question: str, worker_turns: list[str]) -> bool:
    q = set(tokenize(question))
    for said in worker_turns:
        s = set(tokenize(said))
        if q and s and len(q & s) / len(q | s) >= 0.6:
            return True
    return False


def pick_open_questions(retriever: Retriever, text: str, vector: np.ndarray, stage: str, worker_turns: list[str],
                        audience: str | None = None, n: int = 3) -> list[dict]:
    """n varied bank questions for this stage and these words, none already asked, each with its bank id."""
    hits = retriever.search(text, k=20, vector=vector, kind="question", skill="open_question", stage=stage,
                            audience=audience)
    chosen, vectors = [], []
    for hit in hits:
        v = retriever.index.vectors[hit.position]
        if _already_asked(hit.document.text, worker_turns) or any(float(v @ u) > DIVERSE_COSINE for u in vectors):
            continue
        chosen.append({"text": hit.document.text, "stage": stage, "skill": "open_question",
                       "source": hit.document.id.removeprefix("question:"), "purpose": hit.document.purpose})
        vectors.append(v)
        if len(chosen) == n:
            break
    return chosen


def suggest(retriever: Retriever, classifiers: Classifiers, text: str | None, turns: list[dict] | None = None,
            stage: str | None = None, audience: str | None = None, want_summary: bool = False) -> Suggestion:
    """What an experienced strengths-based practitioner might say next to the person's latest words."""
    conversation = normalise_turns(text, turns)
    person = [t["text"] for t in conversation if t["speaker"] == "person"]
    latest = person[-1] if person else (text or "")
    worker = [t["text"] for t in conversation if t["speaker"] == "worker"]
    recent = conversation[-4:] or [{"speaker": "person", "text": latest}]
    vectors = retriever.embed_cached(list(dict.fromkeys([latest] + [t["text"] for t in recent])))
    if stage:
        stage_id, confidence, source = stage, 1.0, "chosen"
    else:
        stage_id, confidence, _ = classifiers.stage(*stage_vectors(recent, vectors.__getitem__))
        source = "detected"
    reflections = []
    for kind, build in (("simple", simple_reflection), ("complex", complex_reflection)):
        reflection = build(latest)
        if all(reflection != r["text"] for r in reflections):
            reflections.append({"text": reflection, "kind": kind, "source": "the person's words"})
    if audience is None:
        audience = infer_audience(person)
    questions = pick_open_questions(retriever, latest, vectors[latest], stage_id, worker,
                                    None if audience == "any" else audience)
    affirmation = affirmation_for(latest)
    summary = None
    if want_summary or len(person) >= 3:
        known = retriever.embed_cached(person)
        tags = classifiers.tags(np.stack([known[p] for p in person])) if person else []
        summary = summary_for(person, tags)
    return Suggestion(stage_id, confidence, reflections, questions, [affirmation] if affirmation else [], summary,
                      source)
