"""Transcripts: one turn per line as `Speaker: text`, or the formats meeting tools write (WebVTT cues with voice
tags, Teams/Zoom "Name  0:03" blocks, "[00:01:23] Name: text" lines, "Name:" on a line of its own); worker labels
recognised, the rest are the person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .settings import Settings

WORKER_LABELS = ("worker", "practitioner", "social worker", "therapist", "counsellor", "counselor", "interviewer",
                 "sw", "s/w", "support worker", "family support worker", "key worker", "case worker", "caseworker",
                 "student social worker", "social work student", "care coordinator")
_NAME = r"[^\W\d_][\w .'’()/-]{0,39}?"
_LINE = re.compile(rf"^\s*({_NAME})\s*:\s*(.*)$")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_STAMP = re.compile(rf"^\s*[\[(]?{_TIME}[\])]?\s*(?:-\s+)?")  # "[00:01:23] ", "00:01 - ", "(10:03) "
_CUE_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")  # a WebVTT or SRT cue's timing line
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^>]{1,40})>(.*?)(?:</v>)?$")  # WebVTT "<v Name>text</v>"
_TAG = re.compile(r"</?[a-z][^>]{0,40}>", re.I)
# A block's heading: "Ffion Jones   0:03" (Teams), "[Ffion Jones] 10:03:15" (Zoom), "Ffion Jones (0:03)", "Ffion:".
_HEADING = re.compile(rf"^\s*(?:\[({_NAME})\]\s*[\[(]?{_TIME}[\])]?"
                      rf"|({_NAME})(?:\s{{2,}}|\t|\s(?=[\[(]))[\[(]?{_TIME}[\])]?"
                      rf"|({_NAME})\s*:)\s*$")
_CAPITALISED_HEADING = re.compile(rf"^\s*((?:[A-Z][\w.'’-]*\s){{1,3}}){_TIME}\s*$")  # "Ffion Jones 0:03"
_TOOL_NOTICE = re.compile(r"\b(started|stopped) transcription\b|^(WEBVTT|NOTE)\b|^\d+$", re.I)


class TranscriptError(ValueError):
    """A transcript that cannot be analysed; the message says why in one line."""


class NoWorkerTurns(TranscriptError):
    """No speaker is known to be the worker; `speakers` lists the labels found, for the user to pick one."""

    def __init__(self, speakers: list[str]):
        shown = f" (speakers found: {', '.join(speakers[:5])})" if speakers else ""
        super().__init__("no worker turns found" + shown)
        self.speakers = speakers


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


def standard_lines(text: str) -> list[tuple[int, str, bool]]:
    """(line number, text, continues the turn before) in the `Speaker: text` form, whatever format the text came in:
    timing lines, cue numbers and tool notices dropped, timestamps stripped, a block's heading given to its lines."""
    out: list[tuple[int, str, bool]] = []
    speaker = None  # the heading of the block being read (meeting-tool formats)
    in_block = False  # whether the line before belongs to that block, so this one continues its turn
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip().replace("\x00", "").lstrip("\ufeff")
        if not line:
            in_block = False
            continue
        if _CUE_TIMING.match(line) or _TOOL_NOTICE.search(line):
            in_block = False
            continue
        voice = _VOICE.match(line)
        if voice:
            line = f"{voice.group(1).strip()}: {voice.group(2)}"
        line = _TAG.sub("", line).strip()
        heading = _HEADING.match(line) or _CAPITALISED_HEADING.match(line)
        if heading:
            speaker, in_block = " ".join(next(g for g in heading.groups() if g).split()), False
            continue
        unstamped = _STAMP.sub("", line)
        if unstamped != line and _LINE.match(unstamped):
            line = unstamped
        if _LINE.match(line) and _LINE.match(line).group(2).strip():
            out.append((n, line, False))
            speaker = None if not voice else speaker
        elif speaker and not in_block:
            out.append((n, f"{speaker}: {line}", False))
        else:
            out.append((n, line, in_block))
        in_block = speaker is not None
    return out


def speakers_in(text: str) -> list[str]:
    """The speaker labels of a transcript, in the order they first speak."""
    try:
        return list(dict.fromkeys(t.speaker for t in parse_transcript(text, require_worker=False).turns))
    except TranscriptError:
        return []


def parse_transcript(text: str, worker: str | None = None, require_worker: bool = True,
                     max_turns: int | None = None, max_turn_chars: int = Settings.max_turn_chars) -> Transcript:
    """Turns in order; a line without a speaker label is joined to the turn before it, with a warning (silently
    inside a meeting tool's block). A speaker's consecutive WebVTT cues are one turn."""
    turns: list[Turn] = []
    warnings: list[str] = []
    cues = text.lstrip("\ufeff").startswith("WEBVTT")
    for n, line, continues in standard_lines(text):
        match = _LINE.match(line)
        if match and match.group(2).strip() and not continues:
            label = " ".join(match.group(1).split())
            said = match.group(2).strip()
            if cues and turns and turns[-1].speaker == label:
                turns[-1].text = (turns[-1].text + " " + said)[:max_turn_chars]
                continue
            role = "worker" if is_worker(label, worker) else "person"
            turns.append(Turn(label, role, said[:max_turn_chars], n))
            if max_turns is not None and len(turns) > max_turns:
                raise TranscriptError(f"the transcript has more than {max_turns} turns; split it into parts")
        elif turns:
            turns[-1].text = (turns[-1].text + " " + line)[:max_turn_chars]
            if not continues:
                warnings.append(f"line {n} has no speaker label; joined to the turn before it")
        else:
            warnings.append(f"line {n} has no speaker label and no turn before it; skipped")
    if not turns:
        raise TranscriptError("no turns found: write one turn per line as 'Speaker: text'")
    if require_worker and not any(t.role == "worker" for t in turns):
        raise NoWorkerTurns(list(dict.fromkeys(t.speaker for t in turns)))
    return Transcript(turns, warnings)


def turns_from_api(items: list[dict]) -> Transcript:
    """Turns given as [{"speaker": "worker"|"person", "text"}] (the HTTP API's shape)."""
    turns = [Turn(i["speaker"], "worker" if i["speaker"] == "worker" else "person", i["text"], n)
             for n, i in enumerate(items, 1)]
    return Transcript(turns)
