"""Is it a personal outcome or a service? Which well-being aspects does it touch? How can it be turned into the
person's own words?"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .classifiers import Classifiers
from .embedder import Embedder
from .language import is_welsh, language_of
from .text import split_sentences

_SERVICE_LEAD = re.compile(r"^(?:i (?:need|want|would like|'d like)|we need|to (?:have|get|receive|attend)|"
                           r"(?:a |an |the )?referral (?:to|for)|(?:to be )?referred (?:to|for)|provide|provision of|"
                           r"(?:please )?(?:can|could) (?:i|we) (?:have|get))\s+", re.I)
WELSH_NOTE = ("This statement is in Welsh. The outcome checker reads English only, so it was not read: it has no "
              "kind worth trusting (confidence 0), no well-being areas and no prompts. Read it yourself against the "
              "guidance, or check an English version.")
MIXED_NOTE = "Part of this statement is in Welsh; only its English words were read."


@dataclass
class OutcomeCheck:
    statement: str
    kind: str
    confidence: float
    wellbeing: list[str]
    prompts: list[str] = field(default_factory=list)
    language: str = "en"  # "en", "cy" or "mixed", as for a suggestion
    note: str | None = None

    def to_dict(self) -> dict:
        out = {"statement": self.statement, "kind": self.kind, "confidence": round(self.confidence, 3),
               "wellbeing": self.wellbeing, "prompts": self.prompts}
        # The contract's five fields, always; the language and a note only when the statement was not read (Welsh).
        return out if self.note is None else out | {"language": self.language, "note": self.note}


def service_phrase(statement: str) -> str:
    """The service itself, for prompts: 'I need a stairlift' -> 'a stairlift'."""
    phrase = _SERVICE_LEAD.sub("", statement.strip().rstrip(".!")).strip()
    first = phrase.split()[0] if phrase else ""
    acronym = len(first) > 1 and first.isupper()  # "GP visits" keeps its capitals; "A stairlift" does not
    phrase = phrase[0].lower() + phrase[1:] if phrase and not acronym else phrase
    return phrase or statement


def prompts_for(statement: str, kind: str) -> list[str]:
    """Open prompts to get from a service to the outcome behind it, or to make an outcome the person's own."""
    if kind == "service":
        thing = service_phrase(statement)
        return [f"What would having {thing} make possible for you?",
                f"If {thing} were in place, what would be different in your day?",
                "In your own words, what do you want to be able to do, or feel, that you can't now?"]
    return ["How would you put that in your own words, as if you were telling a friend?",
            "What will tell you that this is starting to happen?",
            "Who and what could help you get there, including your own strengths and the people around you?"]


def check_outcome(statement: str, classifiers: Classifiers, embedder: Embedder) -> OutcomeCheck:
    """Outcome or service, how sure, which well-being aspects, and prompts; a Welsh statement is not read at all
    (the classifiers were trained on English), and a mixed one by its English sentences."""
    sentences = split_sentences(statement)
    language = language_of(statement, sentences)
    if language == "cy":
        # The enum has no "unknown"; confidence 0 and the note say the kind is no reading of the statement.
        return OutcomeCheck(statement, "outcome", 0.0, [], [], language, WELSH_NOTE)
    read = statement if language == "en" else " ".join(s for s in sentences if not is_welsh(s))
    vector = embedder.embed([read])[0]
    kind, confidence = classifiers.outcome(vector, read)
    return OutcomeCheck(statement, kind, confidence, classifiers.wellbeing(vector), prompts_for(read, kind), language,
                        MIXED_NOTE if language == "mixed" else None)
