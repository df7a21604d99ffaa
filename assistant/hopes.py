"""The person's own hopes, as the note quotes them ("Peggy told OT 'I want to go home to my cat and my garden'",
"outcome was 'to have a couple of hours a week to myself & keep going to chapel choir'"), turned into questions in
their words: "You've said you want to go home to your cat and your garden. What would help make that happen?"

Only a quote framed as the person's own want or outcome is taken: never one a relative voices ("daughter wants him
'somewhere safe'"), one that names a risk, a refusal ("not going anywhere"), or a child's words put back to them (a
leading question). A quote that would print a name is cut before it ("my own flat like my mate [NAME]" -> "my own
flat") or left out."""

from __future__ import annotations

import functools
import re

from .context_redaction import redact_context
from .nlp import parse
from .visit import data, phrase_pattern

OWN_WORDS = "own-words"  # the source of a question made from the person's own quoted hope
MAX_HOPES = 2
MAX_WORDS = 18

_QUOTE = re.compile(r"(?<![\w'’])['‘\"“]((?:[^'‘’\"“”\n]|(?<=[A-Za-z])['’](?=[A-Za-z]))+?)['’\"”](?![A-Za-z])")
_FIRST_PERSON_WANT = re.compile(r"(?i)^\s*i(?:'d| would)? (?:really )?(?:want|wanna|like|wish|hope)(?: to)?\b\s*")
_FRAME = re.compile(r"(?i)\b(?:wants?|wanting|wanted|hopes?|hoping|goals?|outcomes?|would like|'d like|dreams? of|"
                    r"talks? about(?: wanting)?|aims?|wish(?:es)?)\b[^.;!?'\"]{0,50}$")
_OTHERS_WANT = re.compile(r"(?i)\bwants? (?:him|her|them)\b[^.;!?]{0,20}$")
_REFUSED = re.compile(r"(?i)\b(?:won't|wont|doesn't|doesnt|does not|don't|dont|didn't|didnt|not|never|no)\s+"
                      r"(?:\w+\s+)?"
                      r"(?:want|like|need)\w*\s*$")
_PAST = re.compile(r"(?i)\b(?:outcomes?|last (?:yr|year|review|time)|assessment|agreed|plan)\b")
_LIST = re.compile(r"^\s*(?:&|and|,|\+|or)\s*$")
# a quote that finishes the phrase before it ("wants a job 'with trains'"): said back alone it is garbled
_FRAGMENT = re.compile(r"(?i)^\s*(?:with|at|in|on|for|from|about|of|by|near)\b")
_NEGATION = re.compile(r"(?i)^\s*(?:not|no|never|don't|won't|can't|doesn't|nobody|nothing)\b")
_SECOND = {"i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "my": "your",
           "me": "you", "myself": "yourself", "mine": "yours", "am": "are"}
_CUT_AT = re.compile(r"(?i)\s+(?:like|with|at|and|&|from|near|by|for)\s+(?:(?:my|the|a|his|her)\s+)?(?:\w+\s+)?$")


@functools.cache
def _family() -> re.Pattern:
    return phrase_pattern([c for e in data()["people"] if e["role"] in ("family", "parent", "carer")
                           for c in e["cues"]])


@functools.cache
def _risk() -> re.Pattern:
    return phrase_pattern([cue for cues in data()["risk_cues"].values() for cue in cues])


def _second_person(text: str) -> str:
    return re.sub(r"(?i)\b(?:i'm|i've|i'd|i'll|i|my|me|myself|mine|am)\b", lambda m: _SECOND[m.group().lower()], text)


def _without_names(quote: str) -> str | None:
    """The quote up to the first thing redaction would hide, or None when what is left cannot stand alone."""
    safe = redact_context(quote)
    if safe == quote:
        return quote
    head = _CUT_AT.sub("", safe[:safe.index("[")]) if "[" in safe else None
    if not head or len(head.split()) < 2 or head != quote[:len(head)]:
        return None
    last = parse(head)[-1]
    return None if last.pos_ in ("VERB", "AUX", "DET", "ADP", "PART", "CCONJ", "PRON") else head.strip()


def own_hopes(context: str, *, reviewing: bool, easy: bool) -> list[tuple[str, bool]]:
    """(question, about an earlier outcome) for each hope the note quotes as the person's own, in order, two at most."""
    out: list[tuple[str, bool]] = []
    framed_until, past_frame = -1, False
    for m in _QUOTE.finditer(context):
        quote = " ".join(m.group(1).split()).strip(" .,!")
        start = max(context.rfind(c, 0, m.start()) for c in ".;!?\n") + 1
        before = context[start:m.start()]
        listed = framed_until >= 0 and _LIST.match(context[framed_until:m.start()])
        first_person = _FIRST_PERSON_WANT.match(quote)
        framed = bool(first_person) or bool(_FRAME.search(before)) or bool(listed)
        framed_until = m.end() if framed else -1
        past = bool(_PAST.search(before)) or bool(listed and past_frame)
        past_frame = past if framed else False
        if not framed or _OTHERS_WANT.search(before) or _REFUSED.search(before) or \
                _family().search(" " + before.lower() + " "):
            continue  # not a want, or a relative's want for them ("daughter wants him 'somewhere safe'")
        rest = quote[first_person.end():] if first_person else quote
        if _NEGATION.match(rest) or _FRAGMENT.match(rest) or _risk().search(" " + rest.lower() + " ") or not rest:
            continue
        rest = _without_names(rest)
        if rest is None or len(rest.split()) > MAX_WORDS:
            continue
        rest = _second_person(rest.replace("&", "and").replace("+", "and"))
        doc = parse(rest)
        infinitive = rest if rest.lower().startswith("to ") else f"to {rest}" if doc[0].tag_ == "VB" else None
        earlier = reviewing and past
        if easy:
            text = f"You want {infinitive}. What would help?" if infinitive else f"Tell me about {rest}."
        elif infinitive:
            text = (f"Last time you said you wanted {infinitive}. How has that been going?" if earlier else
                    f"You've said you want {infinitive}. What would help make that happen?")
        else:
            text = (f"Last time you talked about {rest}. How has that been going?" if earlier else
                    f"You've talked about {rest}. What would that be like for you?")
        if text not in [t for t, _ in out]:
            out.append((text, earlier))
    return out[:MAX_HOPES]
