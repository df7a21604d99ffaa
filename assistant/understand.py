"""Each turn of a conversation analysed once into one object (text, language, parse, vector, tags, risk) that every
step of the suggestion pipeline reads. Parses and vectors are remembered by text, so a conversation's earlier turns
are never parsed or embedded again."""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from .embedder import CachingEmbedder
from .language import is_welsh, language_of
from .nlp import parse
from .safety import disclosed
from .text import split_sentences

PARSE_CACHE = 2048


@dataclass
class Turn:
    speaker: str  # "worker" or "person"
    text: str
    language: str  # "en", "cy" or "mixed"
    doc: object  # the spaCy parse (English rules skip Welsh sentences)
    vector: np.ndarray
    tags: list[str] = field(default_factory=list)  # person tags (PRODUCT.md)
    concerns: list[str] = field(default_factory=list)  # safety concern ids

    @property
    def is_person(self) -> bool:
        return self.speaker == "person"


class ParseCache:
    """spaCy parses of recent texts (no NER: the suggest path never needs it)."""

    def __init__(self, size: int = PARSE_CACHE):
        self.size = size
        self._docs: OrderedDict[str, object] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, text: str):
        with self._lock:
            if text in self._docs:
                self._docs.move_to_end(text)
                return self._docs[text]
        doc = parse(text)
        with self._lock:
            self._docs[text] = doc
            while len(self._docs) > self.size:
                self._docs.popitem(last=False)
        return doc


def normalise_turns(text: str | None, turns: list[dict] | None) -> list[dict]:
    """The conversation so far, ending with the person's latest words (appended if not already last)."""
    out = [{"speaker": "worker" if t.get("speaker") == "worker" else "person", "text": " ".join(t["text"].split())}
           for t in (turns or []) if str(t.get("text", "")).strip()]
    if text and (not out or out[-1]["text"] != " ".join(text.split()) or out[-1]["speaker"] != "person"):
        out.append({"speaker": "person", "text": " ".join(text.split())})
    return out


# The English part of a mixed turn is read by the risk model only when it says this much by itself: a short tail
# ("Just tell me what I have to do") out of its Welsh context reads as more than it is.
MIXED_MIN_WORDS = 10
_RISK_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="risk")


def understand(conversation: list[dict], embedder: CachingEmbedder, parses: ParseCache, classifiers,
               safety) -> list[Turn]:
    """Every turn analysed once: one batch embeds the texts not seen recently; person turns get tags and risk.

    The risk model reads the person's turns on its own thread while the embedding and the parse run (ONNX Runtime
    releases the GIL), so a new turn waits for the slower of the two, not for both."""
    texts = [t["text"] for t in conversation]
    sentences = {text: split_sentences(text) for text in texts}
    languages = {text: language_of(text, sentences[text]) for text in texts}
    # The model reads English: a mixed turn is read by its English sentences, a Welsh one not at all.
    english = {text: text if languages[text] == "en" else " ".join(s for s in sentences[text] if not is_welsh(s))
               for text in texts}
    english = {text: part if len(part.split()) >= MIXED_MIN_WORDS or part == text else ""
               for text, part in english.items()}
    # "I've put the kettle on" is a welcome, not a fire risk: the risk model reads the turn without its pleasantries.
    english = {text: " ".join(s for s in split_sentences(part) if not _hospitality().search(s.lower()))
               if _hospitality().search(part.lower()) else part for text, part in english.items()}
    person_texts = [english[t["text"]] for t in conversation if t["speaker"] == "person"]
    risk = _RISK_READER.submit(safety.concerns, person_texts) if person_texts else None
    vectors = embedder.vectors(texts)
    turns = [Turn(t["speaker"], t["text"], languages[t["text"]], parses(t["text"]), vectors[t["text"]])
             for t in conversation]
    person = [t for t in turns if t.is_person]
    if person:
        stacked = np.stack([t.vector for t in person])
        found = risk.result()
        for turn, tags, concerns in zip(person, classifiers.tags(stacked), found, strict=True):
            turn.tags = tags
            # Welsh words count only through an explicit disclosure; a mixed turn's English part through the model too.
            turn.concerns = (concerns if turn.language == "en" else
                             list(dict.fromkeys(disclosed(turn.text) + (concerns if english[turn.text] else []))))
            if "self_harm" in turn.concerns and about_the_talk(turn.text):
                turn.concerns = [c for c in turn.concerns if c != "self_harm"]
    return turns


def about_the_talk(text: str) -> bool:
    """'Is there any point in all this? You've made your minds up.': the point of the meeting put to the worker, not
    of living. Only when nothing in the turn names self-harm outright and the words are aimed at the worker."""
    lowered = " " + " ".join(text.lower().replace("\u2019", "'").split()) + " "
    if "self_harm" in disclosed(text):
        return False
    asked = [s for s in split_sentences(text) if s.strip().endswith("?")]
    return any(_talk_cues().search(" " + s.lower() + " ") for s in asked) and bool(
        re.search(r"\b(?:you|your|you've|you're|this meeting|these meetings|talking)\b", lowered))


@functools.cache
def _hospitality():
    from .phrasing import pattern

    return pattern("hospitality")


@functools.cache
def _talk_cues():
    from .phrasing import phrase_pattern
    from .safety import cards

    return phrase_pattern(tuple(cards()["about_the_talk"]))
