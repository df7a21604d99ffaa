"""Transcripts: one turn per line as `Speaker: text`; worker labels recognised, the rest are the person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .settings import Settings

WORKER_LABELS = ("worker", "practitioner", "social worker", "therapist", "counsellor", "counselor", "interviewer")
_LINE = re.compile(r"^\s*([^\W\d_][\w .'’()-]{0,39}?)\s*:\s*(.*)$")


class TranscriptError(ValueError):
    """A transcript that cannot be analysed; the message says why in one line."""


@dataclass
class Turn:
    speaker: str  # the label as written
    role: str  # "worker" or "person"
    text: str
    line: int


@dataclass
class Transcript:
    turns: list[Turn]
    warnings: list[str] = field(default_factory=list)

    @property
    def worker_turns(self) -> list[Turn]:
        return [t for t in self.turns if t.role == "worker"]


def is_worker(label: str, worker: str | None = None) -> bool:
    label = " ".join(label.lower().split())
    if worker:
        return label == " ".join(worker.lower().split())
    return label in WORKER_LABELS


def parse_transcript(text: str, worker: str | None = None, require_worker: bool = True,
                     max_turns: int | None = None, max_turn_chars: int = Settings.max_turn_chars) -> Transcript:
    """Turns in order; a line without a speaker label is joined to the turn before it, with a warning."""
    turns: list[Turn] = []
    warnings: list[str] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip().replace("\x00", "")
        if not line:
            continue
        match = _LINE.match(line)
        if match and match.group(2).strip():
            label = " ".join(match.group(1).split())
            role = "worker" if is_worker(label, worker) else "person"
            turns.append(Turn(label, role, match.group(2).strip()[:max_turn_chars], n))
            if max_turns is not None and len(turns) > max_turns:
                raise TranscriptError(f"the transcript has more than {max_turns} turns; split it into parts")
        elif turns:
            turns[-1].text = (turns[-1].text + " " + line)[:max_turn_chars]
            warnings.append(f"line {n} has no speaker label; joined to the turn before it")
        else:
            warnings.append(f"line {n} has no speaker label and no turn before it; skipped")
    if not turns:
        raise TranscriptError("no turns found: write one turn per line as 'Speaker: text'")
    if require_worker and not any(t.role == "worker" for t in turns):
        labels = sorted({t.speaker for t in turns})
        hint = f" (speakers found: {', '.join(labels[:5])}; name the worker with --worker)" if labels else ""
        raise TranscriptError("no worker turns found" + hint)
    return Transcript(turns, warnings)


def turns_from_api(items: list[dict]) -> Transcript:
    """Turns given as [{"speaker": "worker"|"person", "text"}] (the HTTP API's shape)."""
    turns = [Turn(i["speaker"], "worker" if i["speaker"] == "worker" else "person", i["text"], n)
             for n, i in enumerate(items, 1)]
    return Transcript(turns)
