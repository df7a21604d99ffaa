"""Checking one's own words: the OARS code of a single worker utterance, why, and open alternatives."""

from __future__ import annotations

from dataclasses import dataclass, field

from .coder import Item, UtteranceCoder
from .embedder import Embedder
from .language import language_of
from .rewrite import is_labelling, is_leading, open_alternatives, pressure_lever
from .text import split_sentences

WHY = {
    "open_question": "An open question: the person can answer in their own words and lead where the story goes.",
    "closed_question": "A closed question: it can be answered yes or no, so it gathers a fact but closes the story "
                       "down.",
    "simple_reflection": "A simple reflection: it says back what the person said, showing you heard it.",
    "complex_reflection": "A complex reflection: it adds meaning, naming a feeling, a value or two sides of what "
                          "the person said.",
    "affirmation": "An affirmation: it names a strength, effort or value the person has shown.",
    "summary": "A summary: it gathers several things the person said and checks you have understood.",
    "information": "Information: neutral facts about services or process; best offered with permission.",
    "advice": "Advice: telling the person what to do; it lands better when they have asked for it.",
    "confront": "Confronting: a warning, insistence, argument or label, which tends to raise defensiveness and "
                "close the conversation down.",
    "other": "Other talk: greetings, small talk, thanks or arrangements.",
}
LEADING = "It is also leading: the wording suggests the answer you want to hear."
LABELLING = "It also labels or insists, which can land as confronting."
PRESSURE = "It leans on guilt or fear (how others would feel, what happens if they say no or something goes " \
           "wrong); an open version would keep that pressure, so ask what matters to them instead."
WELSH = ("This is in Welsh. The OARS coder reads English only, so these words were not coded ('other' is no "
         "reading of them) and no alternatives are offered.")


@dataclass
class Check:
    text: str
    code: str
    why: str
    open_alternatives: list[dict] = field(default_factory=list)
    leading: bool = False
    language: str = "en"

    def to_dict(self) -> dict:
        return {"text": self.text, "code": self.code, "leading": self.leading,
                "open_alternatives": [a["text"] for a in self.open_alternatives],
                "alternative_sources": [a["source"] for a in self.open_alternatives], "why": self.why,
                "language": self.language}


def check_utterance(text: str, coder: UtteranceCoder, embedder: Embedder, bank_search, context: str = "") -> Check:
    """Code one thing a worker plans to say; closed, leading or confronting words get two open alternatives. Welsh
    is not coded: the coder would read it as noise."""
    if language_of(text, split_sentences(text)) == "cy":
        return Check(text, "other", WELSH, [], False, "cy")
    [coded] = coder.code_many(embedder, [Item(text, context, context)])
    leading = is_leading(text)
    labelling = is_labelling(text) and coded.primary not in ("confront", "advice")
    pressed = pressure_lever(text) not in (None, "contingency")
    why = WHY[coded.primary] + (" " + LEADING if leading else "") + (" " + LABELLING if labelling else "") \
        + (" " + PRESSURE if pressed else "")
    needs_alternatives = coded.primary in ("closed_question", "confront", "advice") or leading or labelling
    # A closed question gets alternatives that keep what it asked (a rewrite, or a bank item close in meaning), or
    # none: a stock prompt in place of "Were the children in the room?" changes what the worker meant to find out.
    alternatives = (open_alternatives(text, bank_search(text), n=2, generic=coded.primary != "closed_question")
                    if needs_alternatives else [])
    return Check(text, coded.primary, why, alternatives, leading)
