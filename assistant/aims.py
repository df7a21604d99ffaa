"""What the worker wrote they want to find out ("Want to hear from him what matters, what a good day looks like, what
he does manage"), turned into questions for the person in their own words: "Tell me what a good day looks like."

Only the wh-clauses of a sentence that opens on a want or a need are taken; what the worker rules out ("not just do a
falls checklist"), a risk the safety card raises, and anything that would name someone are left out."""

from __future__ import annotations

import functools
import re

from .nlp import parse
from .visit import data, phrase_pattern

MAX_AIMS = 3
MAX_WORDS = 10

_OPENER = re.compile(r"(?i)\b(?:want|wants|wanting|need|needs|hoping|hope|aim|plan)\b(?: to)?")
_ITEMS = re.compile(r"(?i),|;| - | – |\band\b(?=\s+(?:what|how|who)\b)")
_WH = re.compile(r"(?i)\b(?:what|how|who)\b")
_SUBJECTS = {"he", "she", "they"}
_OBJECTS = {"him", "her", "them"}
_BE = {"'s": "'re", "is": "are", "was": "were", "'re": "'re", "are": "are"}


@functools.cache
def _risk() -> re.Pattern:
    return phrase_pattern([cue for cues in data()["risk_cues"].values() for cue in cues])


def _second_person(clause: str) -> str:
    """'what he does manage' -> 'what you do manage'; 'what he still does himself' -> 'what you still do yourself';
    'what she enjoys & wants for herself' -> 'what you enjoy & want for yourself'; 'how is she' -> 'how you are';
    an object after the clause's own subject is someone else ('what she does to keep them safe'), but a new
    wh-word starts a new clause ('who matters to him')."""
    doc = parse(clause)
    subjects = {tok.i for tok in doc if tok.lower_ in _SUBJECTS and tok.tag_ == "PRP" and tok.dep_ != "pobj"
                and not (tok.i and doc[tok.i - 1].lower_ in ("to", "for", "about"))}

    def agrees(tok) -> bool:  # a present-tense verb whose subject is the person, or shared with such a verb
        if any(c.i in subjects for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
            return True
        if tok.dep_ in ("aux", "auxpass"):  # "what he does manage", "how she is coping", "what he's lost"
            return any(c.i in subjects for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        return tok.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in tok.children) and agrees(tok.head)

    words, subject_seen = [], False
    for k, tok in enumerate(doc):
        low, text, space = tok.lower_, tok.text_with_ws, tok.whitespace_
        if tok.tag_ in ("WP", "WRB") and k:
            subject_seen = False  # "... and who matters to him": a new clause, about the person again
        if tok.i in subjects:
            words.append("you" + space)
            subject_seen = True
        elif low in _OBJECTS and tok.tag_ == "PRP" and not subject_seen:
            words.append("you" + space)
        elif tok.tag_ == "PRP$" and low in ("his", "her", "their"):
            words.append("your" + space)
        elif low in ("himself", "herself", "themselves"):
            words.append("yourself" + space)
        elif tok.tag_ == "VBZ" and agrees(tok):
            if low == "'s" and k + 1 < len(doc) and doc[k + 1].tag_ == "VBN":
                words.append("'ve" + space)  # "he's lost": "you've lost"
            elif low in _BE:
                words.append(_BE[low] + space)
            else:
                words.append(("have" if low == "has" else tok.lemma_) + space)
        else:
            words.append(text)
    out = "".join(words).strip()
    out = re.sub(r"\b(how|what|who) (?:are|is) you\b", r"\1 you are", out)  # "how is she": "how you are"
    out = re.sub(r"\bwhat's you\b", "what you", out)  # "what's he's lost", typed in a hurry
    return out.replace("you 're", "you're").replace("you 've", "you've").replace("you 'd", "you'd")


@functools.cache
def _third_party() -> re.Pattern:
    """Words that make an aim the worker's note, not a question to the person: someone named by their role ('what mum
    wants from short breaks', said to mum) or the service's own terms ('how she's doing against her outcomes')."""
    return phrase_pattern([c for entry in data()["people"] if entry["who"] != "the family" for c in entry["cues"]]
                          + data()["abstract_words"])


MIN_WORDS = 4  # "what you do", "what you need": too bare to say as they stand
_BARE_END = re.compile(r"\b(?:do|does|need|needs|enjoy|enjoys|want|wants|like|likes|think|feel|feels|eating|sleeping)$")


def worker_aims(context: str) -> list[str]:
    """Up to three questions from what the worker wrote they want to hear, in the order written."""
    words = data()["aim_words"]
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n", context):
        opener = _OPENER.search(sentence)
        if not opener:
            continue
        for item in _ITEMS.split(sentence[opener.end():]):
            item = re.sub(r"\([^)]*\)?", "", item).strip(" .?!'\"")
            wh = _WH.search(item)
            if not wh or re.match(r"(?i)\s*(?:not|no|nor|never)\b", item) or _risk().search(item.lower()):
                continue  # "not just do a falls checklist"; "current thoughts of suicide" is the card's to raise
            clause = item[wh.start():]
            clause = " ".join(w.lower() if w.isupper() and len(w) > 1 else w for w in clause.split())  # "HIM"
            clause = " ".join(words.get(w.lower(), w) for w in clause.split())  # "conf": "conference"
            if len(clause.split()) > MAX_WORDS or re.search(r"\b[A-Z][a-z]+", clause):
                continue  # too long to say back, or it names someone
            clause = _second_person(clause)
            for said, kinder in data()["aim_phrases"].items():
                clause = clause.replace(said, kinder)
            if any(re.search(rf"\b{re.escape(w)}$" if w.startswith("what") else rf"\b{re.escape(w)}\b", clause)
                   for w in data()["aim_skip"]):
                continue
            bare = len(clause.split()) < MIN_WORDS and _BARE_END.search(clause)
            if bare or _third_party().search(" " + clause.lower() + " "):
                continue
            question = f"Tell me {clause}."
            if question not in out:
                out.append(question)
    return out[:MAX_AIMS]
