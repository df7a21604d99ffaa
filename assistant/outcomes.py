"""Is it a personal outcome or a service? Which well-being aspects does it touch? How can it be turned into the
person's own words?"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .classifiers import Classifiers
from .embedder import Embedder

_SERVICE_LEAD = re.compile(r"^(?:i (?:need|want|would like|'d like)|we need|to (?:have|get|receive|attend)|"
                           r"(?:a |an |the )?referral (?:to|for)|(?:to be )?referred (?:to|for)|provide|provision of|"
                           r"(?:please )?(?:can|could) (?:i|we) (?:have|get))\s+", re.I)


@dataclass
class OutcomeCheck:
    statement: str
    kind: str
    confidence: float
    wellbeing: list[str]
    prompts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"statement": self.statement, "kind": self.kind, "confidence": round(self.confidence, 3),
                "wellbeing": self.wellbeing, "prompts": self.prompts}


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
    """Outcome or service, how sure, which well-being aspects, and prompts."""
    vector = embedder.embed([statement])[0]
    kind, confidence = classifiers.outcome(vector, statement)
    return OutcomeCheck(statement, kind, confidence, classifiers.wellbeing(vector), prompts_for(statement, kind))
