"""The visit note made safe to print on a preparation sheet: the store's redaction, then the names a worker types
alone ("Chloe 22", "Sian will be there"), never the role, service and place words the sheet reads."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from .language import language_data
from .nlp import parse
from .redact import placeholder, redact, titled_names
from .visit import data

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@functools.cache
def _common_words() -> frozenset[str]:
    """Capitalised words in a note that are not names: role and cue words the sheet reads, and not_names."""
    d = data()
    words = set(d["not_names"]) | set(language_data("redaction")["not_names"])
    for entry in d["people"]:
        words |= {w for cue in entry["cues"] for w in cue.split()}
    for lists in ("person_words", "settings", "meet_places", "visit_kinds", "situations", "risk_cues", "constraints"):
        words |= {w for cues in d[lists].values() for cue in cues for w in cue.split()}
    words |= {w.lower() for w in language_data("redaction")["kin_words"]}
    # each word of a service or place the redaction knows ("Flying Start", "Llandrindod Wells"), so none is cut in two
    words |= {w for name in language_data("redaction")["not_names"] if " " in name for w in name.split()}
    return frozenset(w.lower().strip("'") for w in words)


@functools.cache
def _outward_code() -> re.Pattern:
    """A postcode's first half on its own ("LL54", "CF10"); 'M4' (the motorway) is left alone."""
    areas = sorted(language_data("redaction")["postcode_areas"], key=len, reverse=True)
    # 'S47', 'S17', 'S20': a section of the Children Act (a child protection visit), not Sheffield
    return re.compile(r"(?<![\w-])(?!M\d(?![\dA-Z]))(?!S(?:17|20|31|47|76)(?![\dA-Z]))(?:" + "|".join(areas) +
                      r")\d[\dA-Z]?(?![\w-])")


@functools.cache
def _place() -> re.Pattern:
    """A run of title-case words headed or ended by a place word: 'Ysbyty Gwynedd', 'Wrexham Maelor Hospital'."""
    words = language_data("redaction")
    title = r"[A-Z][a-z'’-]+"
    heads, tails = "|".join(words["place_heads"]), "|".join(words["place_tails"])
    return re.compile(rf"\b(?:(?:{heads})(?:\s+(?:{title}|y|yr|a|ap))*\s+{title}|(?:{title}\s+){{1,3}}(?:{tails}))\b")


@functools.cache
def _known_words() -> frozenset[str]:
    """Whole words of the risk encoder's WordPiece vocabulary: a capitalised word outside it ("Tomasz", "Jayden") is
    rare enough in English to be a name when a sentence opens with it and a verb follows."""
    vocab = json.loads((Path(__file__).parent / "data" / "risk-int8" / "tokenizer.json").read_text(encoding="utf-8"))
    return frozenset(w for w in vocab["model"]["vocab"] if w.isalpha())


def _name_like(word: str) -> bool:
    return word[:1].isupper() and word[1:].replace("'", "").islower() and len(word) > 1 and \
        word.lower().removesuffix("'s") not in _common_words()


# an expected date of delivery is a date of birth in waiting: "EDD 20/01/2027", "due 14/03"
_DUE = re.compile(r"(?i)\b((?:edd|due(?:\s+date)?|due\s+on|baby\s+due)\W{0,3})\d{1,2}(?:[/.-]\d{1,2}|\s+[a-z]{3,9})"
                  r"(?:[/.-]\d{2,4})?\b")
# a first name given in brackets beside the full one or a role: "Mrs Margaret (Peggy) Watkins", "Provider (Sue)",
# or opening a bracket of details about a child: "youngest (Ruby, 2)"
_BRACKETED = re.compile(r"\(([A-Z][a-z'’-]+)(?=\s*[,;)])")
# a family by its surname: "the Davies family", "Family Davies", "placed w/ the Prices", "at the Joneses'"
_FAMILY = re.compile(r"\b[Tt]he\s+([A-Z][a-z'’-]+)\s+(?:family|household|children|kids|twins)\b|"
                     r"\b[Ff]amily\s+([A-Z][a-z'’-]+)\b|"
                     r"(?<![.!?]\s)(?<!^)\bthe\s+([A-Z][a-z'’-]+?(?:e?s))(?:'|’)?(?![\w'’-])")
# a name opening a sentence, with what a person does after it: "Tomasz is Polish", "Jayden will be at school"
_PERSON_VERBS = frozenset("is was has had will would can can't cannot won't doesn't didn't isn't wasn't says said "
                          "wants likes loves lives speaks goes attends needs prefers gets feels told tells thinks "
                          "knows works moved stays uses".split())


def redact_context(text: str) -> str:
    """The store's redaction, then any name left: a person the parse recognises, a title-case proper noun that is
    not a word the sheet knows (mid-sentence, or straight before an age: 'Jayden 14'), every other use of a name
    found ('Chloe ... Chloe's mum'), and runs of title-case proper nouns. Role words at the start of a sentence
    ('Daughter says', "Carer's assessment") are lower-cased for the redaction so they are never taken for names."""
    starts = re.compile(r"(^|[.!?;:\-]\s+)([A-Za-z][a-z']+)")
    titled = {w for m in titled_names().finditer(text) for w in _WORD.findall(m.group())}  # "Mrs June Edwards"
    protected = starts.sub(lambda m: m.group(1) + (
        m.group(2).lower() if m.group(2).lower().removesuffix("'s") in _common_words()
        and m.group(2) not in titled else m.group(2)), text)  # "June got a new scooter" is still her name
    lowered = {m.group(2).lower() for m in starts.finditer(text) if m.group(2)[0].isupper()}
    # hospitals, schools and surgeries are set aside first, so neither redaction takes them for a person
    places = [m.group() for m in _place().finditer(protected)]
    for k, place in enumerate(places):
        protected = protected.replace(place, f"zzplace{k}zz", 1)
    protected = _DUE.sub(lambda m: m.group(1) + placeholder("date_of_birth"), protected)
    safe = _outward_code().sub(placeholder("postcode"), redact(protected))
    spans = []
    words = language_data("redaction")
    relations, not_names = frozenset(words["relations"]), frozenset(words["not_names_after_relation"])
    for clause in re.finditer(r"[^;:,()\n]+", safe):
        doc = parse(clause.group(), ner=True)
        found = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        run: list = []
        for tok in [*doc, None]:
            if tok is not None and tok.pos_ == "PROPN" and tok.text.istitle() and not tok.text.startswith("["):
                run.append(tok)
                continue
            if len(run) >= 2:
                found.append((run[0].idx, run[-1].idx + len(run[-1].text)))
            run = []
        for tok in doc:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if not tok.is_alpha or not _name_like(tok.text):
                continue
            before_age = nxt is not None and nxt.text.isdigit() and 0 < int(nxt.text) < 110
            opens = (tok.is_sent_start or tok.i == 0) and nxt is not None and nxt.lower_ in _PERSON_VERBS and (
                tok.pos_ == "PROPN" or tok.lower_ not in _known_words())  # "Tomasz is Polish", though it starts
            if (tok.pos_ == "PROPN" and not tok.is_sent_start and tok.i > 0) or before_age or opens:
                found.append((tok.idx, tok.idx + len(tok.text)))
        for tok in doc[1:]:
            # "his daughter June", "son Will", "wife Rose": after a relation word a title-case word is a name,
            # though it is also a month or a word the sheet knows
            if tok.text.istitle() and tok.is_alpha and doc[tok.i - 1].lower_ in relations and \
                    tok.lower_ not in not_names:
                spans.append((clause.start() + tok.idx, clause.start() + tok.idx + len(tok.text)))
        for start, end in found:
            name = clause.group()[start:end]
            if name.lower() not in _common_words() and any(_name_like(w) for w in _WORD.findall(name)):
                spans.append((clause.start() + start, clause.start() + end))
    spans += [m.span(1) for m in _BRACKETED.finditer(safe) if _name_like(m.group(1))]
    for m in _FAMILY.finditer(safe):
        group = next(g for g in (1, 2, 3) if m.group(g))
        word = m.group(group)
        stems = {word, word.removesuffix("s"), word.removesuffix("es")}
        if _name_like(word) and all(_name_like(stem) for stem in stems if len(stem) > 1) and \
                word.lower() not in not_names:
            spans.append(m.span(group))
    spans = [(a, b) for a, b in spans if not _WELSH_BEFORE.search(safe[max(0, a - 8):a])]
    names = {safe[a:b] for a, b in spans} - {""}
    parts = {w for n in names for w in _WORD.findall(n) if _name_like(w)}
    for m in _WORD.finditer(safe):
        if m.group().removesuffix("'s").removesuffix("’s") in parts:
            spans.append((m.start(), m.start() + len(m.group().removesuffix("'s").removesuffix("’s"))))
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in reversed(merged):
        safe = safe[:start] + placeholder("name") + safe[end:]
    safe = starts.sub(lambda m: m.group(1) + (m.group(2).capitalize() if m.group(2) in lowered else m.group(2)),
                      safe)
    safe = _pair_and_age_names(safe)
    # a flat number printed beside the redacted street, or alone ("lives in flat 2"): with the town it finds the door
    safe = _DWELLING.sub(placeholder("address"), safe)
    safe = re.sub(r"(\[ADDRESS\])(?:,?\s*\[ADDRESS\])+", r"\1", safe)
    for k, place in enumerate(places):
        safe = safe.replace(f"zzplace{k}zz", placeholder("school") if _is_school(place) else place)
    return safe


# Welsh words a title-case word follows as a day, a language or a (mutated) place, never a person: "dydd Mercher",
# "yn Gymraeg", "yng Nghaerdydd", "ym Mangor", "nos Wener", "iaith Saesneg"
_WELSH_BEFORE = re.compile(r"(?i)(?:^|[\s(])(?:yn|yng|ym|dydd|ddydd|nos|iaith)\s+$")
_NAME = re.escape(placeholder("name"))
_DWELLING = re.compile(r"(?i)\b(?:flat|fflat|apartment|apt)\.?\s+(?:no\.?\s*)?\d{1,4}[a-z]?\b")
# "Jan and [NAME] (parents)", "[NAME] & Bryn": a title-case word paired with a name is a name too
_PAIRED = re.compile(rf"\b([A-Z][a-z'’-]+)(?=\s+(?:and|&)\s+{_NAME})|(?<={_NAME})(\s+(?:and|&)\s+)([A-Z][a-z'’-]+)\b")
# "Seeing Precious, 14, at the library": a title-case word with an age in commas or brackets after it
_BEFORE_AGE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z'’-]+),\s*(?:aged\s+)?\d{1,2}\s*"
                         r"(?=[,;)]|\s*-|\s+(?:yrs?|years?)\b)")


_MONTHS = frozenset("january february march april may june july august september october november december jan feb "
                    "mar apr jun jul aug sep sept oct nov dec".split())


def _pair_and_age_names(safe: str) -> str:
    """Names the parse misses that their neighbours give away: one paired with a name already found, or a word
    that an age follows as a name's does ("Precious, 14,"); kin and role words ("Mum and [NAME]") stay."""
    words = language_data("redaction")
    keep = {w.lower() for w in words["kin_words"]} | set(words["relations"]) | \
        set(words["not_names_after_relation"]) | _common_words()

    paired = keep - _MONTHS  # "Jan and [NAME] (parents)": beside a name, a month's short form is a name

    def name(m: re.Match) -> str:
        if m.group(1):
            return placeholder("name") if m.group(1).lower() not in paired else m.group(0)
        return m.group(2) + (placeholder("name") if m.group(3).lower() not in paired else m.group(3))

    safe = _PAIRED.sub(name, safe)
    return _BEFORE_AGE.sub(lambda m: (placeholder("name") + m.group(0)[len(m.group(1)):])
                           if m.group(1).lower() not in keep else m.group(0), safe)


def _is_school(place: str) -> bool:
    words = language_data("redaction")
    return place.split()[0] in words["school_heads"] or place.split()[-1] in words["school_tails"]
