"""Who will be at the visit, read clause by clause from the parse: "mum not at visit" says it of mum, and "kids 4 and
7, 7yo will be in school, little one home" says it of the 7-year-old only, never of the kids; a clause with no
subject of its own ("Dad - in prison", "son rang, won't be there") speaks of the one before it.

The phrases are language data (guidance_corpus/language/prepare.yaml: absent_words, maybe_words, present_words)."""

from __future__ import annotations

import functools
import re

from .language import language_data
from .nlp import parse
from .phrasing import phrase_pattern

# a clause ends at these; "+" and "&" join people ("mum + Rhys") and so do not
_BOUNDARIES = {",", ";", ":", "-", "–", "—", "(", ")", "/"}
_OWNERS = ("his", "her", "their", "the", "my")
_ENDS = {".", "!", "?"}  # a sentence's end, where the parse of a lowered note may not see one
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}
_OBJECT_DEPS = {"pobj", "dobj", "dative", "agent"}
_NOT_PEOPLE = {"who", "which", "that", "whom", "whose", "it", "this", "what", "there"}
PRESENCE = ("away", "maybe", "here")  # first found wins, so "won't be there" is never read as "be there"
_LISTS = {"away": "absent_words", "maybe": "maybe_words", "here": "present_words"}


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    data = language_data("prepare")
    return {kind: phrase_pattern(tuple(data[name])) for kind, name in _LISTS.items()}


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(language_data("prepare")["maybe_openers"])


@functools.lru_cache(maxsize=64)
def clauses(low: str) -> tuple[tuple[int, int, bool, bool], ...]:
    """(start, end, opens a sentence, has someone else as its subject) for each clause of a lowered note."""
    doc = parse(low)
    out: list[tuple[int, int, bool, bool]] = []
    for sent in doc.sents:
        tokens: list = []
        opens = True
        for tok in [*sent, None]:
            if tok is not None and not (tok.text in _BOUNDARIES or tok.text in _ENDS
                                        or (tok.lower_ == "but" and tok.dep_ == "cc")):
                if not tok.is_space:
                    tokens.append(tok)
                continue
            if tokens:
                out.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1]), opens, _own_subject(tokens)))
            tokens, opens = [], tok is None or tok.text in _ENDS
    return tuple(out)


def _own_subject(tokens: list) -> bool:
    """A clause whose subject is someone, by a pronoun or a name ("she thinks SW = trouble"), speaks of them; one
    with no subject or a thing for subject ("on bail not to contact her", "strangulation reported to police") goes
    on about the last person its sentence named."""
    return any(t.dep_ in _SUBJECT_DEPS and (t.pos_ == "PROPN" or (t.pos_ == "PRON" and t.lower_ not in _NOT_PEOPLE))
               for t in tokens)


@functools.lru_cache(maxsize=64)
def objects(low: str) -> dict[int, int]:
    """Position of each word the parse makes an object ("reported to police", "no contact with dad"), with the
    position of the word it hangs on: someone a clause speaks of, not the one it is about."""
    out = {}
    for tok in parse(low):
        head = tok
        while head.dep_ in ("compound", "amod") and head.head is not head:
            head = head.head  # "health visitor": the phrase's own place in the clause
        if head.dep_ in _OBJECT_DEPS:
            out[tok.idx] = head.head.idx
    return out


def presence(low: str, subjects: list[int]) -> dict[int, str]:
    """For each position of someone named in a lowered note (a role word, or an age standing for a person), what
    their own clause says: "away", "maybe", "here" or "" when it says nothing of where they will be."""
    found: dict[int, str] = {}
    owners: list[int] = []
    spoken_of = objects(low)
    for start, end, opens, own in clauses(low):
        inside = sorted(p for p in subjects if start <= p < end)
        # an object only when what it hangs on is in the same clause (the parse of a note can run on past a comma)
        theirs = [p for p in inside if not start <= spoken_of.get(p, -1) < end]
        inherited = not theirs and not own and not opens
        owners = theirs if theirs or own or opens else owners
        for p in inside:  # "maybe dad", "her daughter and possibly her son"
            if set(low[start:p].split()[-2:]) & _openers() and low[start:p].split()[-1] in (*_openers(), *_OWNERS):
                found.setdefault(p, "maybe")
        for kind in PRESENCE:
            m = _patterns()[kind].search(" " + low[start:end] + " ")
            if m is None:
                continue
            at = start + m.start() - 1
            # the subject before the phrase ("mum not at visit"), else someone after it ("no contact with dad",
            # "doesn't want his stepdad there"), else the one the sentence was about ("Dad - in prison")
            chosen = [p for p in theirs if p < at] or [p for p in inside if p > at] or (owners if inherited else theirs)
            for p in chosen:
                found.setdefault(p, kind)
            if chosen:
                break
    return {p: found.get(p, "") for p in subjects}


@functools.lru_cache(maxsize=64)
def _parsed(low: str):
    return parse(low)


def referrers(low: str, subjects: list[int]) -> set[int]:
    """Positions of those the parse makes the source of what the note knows: "GP referral", "referral from fire
    service", "referred by the school", "nursery says", "she told her GP", "said to neighbour"."""
    data = language_data("prepare")["referring"]
    nouns, verbs = set(data["nouns"]), set(data["verbs"])
    starts = set(subjects)
    out = set()
    for tok in _parsed(low):
        if tok.idx not in starts:
            continue
        head = tok
        while head.dep_ in ("compound", "amod") and head.head is not head and head.head.lemma_ not in nouns:
            head = head.head  # "health visitor", "head of year": the phrase's own place in the clause
        up = head.head
        if head.dep_ in ("compound", "nmod", "poss", "amod") and up.lemma_ in nouns:
            out.add(tok.idx)  # "GP referral", "neighbour concern", "the school's referral"
        elif head.dep_ in ("pobj", "agent") and up.lower_ in ("from", "by", "via", "to") and (
                up.head.lemma_ in nouns | verbs):
            out.add(tok.idx)  # "referral from the fire service", "referred by GP", "said to neighbour"
        elif head.dep_ in ("nsubj", "dative") and up.lemma_ in verbs:
            out.add(tok.idx)  # "nursery says", "HV reported", "told her GP"
    return out
