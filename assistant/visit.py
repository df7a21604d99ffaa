"""Reading a visit before anything is chosen for it: who will be there (each one's role and audience), the setting,
the kind of visit, what the worker asked us to respect, and the risk the note signals.

The parse finds ages; the word lists in guidance_corpus/language/prepare.yaml name roles, settings, kinds and cues.
Nothing read from the note is copied out except the labels of those lists and ages, so no name reaches the sheet."""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from dataclasses import asdict, dataclass, field

from .language import is_welsh, language_data
from .nlp import parse
from .presence import presence, referrers
from .text import split_sentences

VISIT_KINDS = ("first_visit", "assessment", "review", "core_group", "discharge", "follow_up")
AUDIENCE_IDS = ("adult", "older_person", "carer", "parent", "child", "young_person")
AUDIENCE_LABELS = {"adult": "adult", "older_person": "older person", "carer": "carer", "parent": "parent",
                   "child": "child", "young_person": "young person", "any": "professional"}
KIND_LABELS = {"first_visit": "first visit", "assessment": "assessment", "review": "review",
               "core_group": "core group", "discharge": "hospital discharge", "follow_up": "follow-up"}
SETTING_LABELS = {"home": "at home", "ward": "on the ward", "doorstep": "on the doorstep", "meeting": "at a meeting",
                  "phone": "by phone", "school": "at school", "public": "somewhere public they chose",
                  "care_home": "in a care home"}
_POSSESSIVE = ("his", "her", "their", "my", "our")
_GONE = re.compile(r"^\W*(?:\w+\W+){0,2}(?:died|passed away|passed|death)\b|^\W*late\b"
                   r"|^\W*(?:has |had )?(?:left|moved out)\b")
_LOST = re.compile(r"(?:\blost|\blate|death of|grieving|bereaved of|since)\s+(?:her|his|their|my|our)?\s*$")
_TIME_UNITS = ("day", "days", "wk", "wks", "week", "weeks", "month", "months", "mths", "yrs", "years", "hours", "hrs",
               "times", "am", "pm", "o'clock", "kids", "children", "miles", "mins", "minutes", "x")
_NOT_NAMES_BEFORE_NUMBER = ("year", "yr", "yrs", "form", "room", "ward", "bed", "flat", "number", "no", "bus", "page",
                            "step", "level",
                            "stage", "class", "band", "tier", "section", "week", "day", "visit", "review", "top")
_AGE_LABELS = ("yp", "cyp")
# a child's or young person's partner the note says is an adult: "older boyfriend", "boyfriend (20s?)", "bf 22"
_OLDER_PARTNER = re.compile(r"\b(?:older|much older|adult)\s+(?:\w+\s+)?(?:boyfriend|girlfriend|partner)\b|"
                            r"\b(?:boyfriend|girlfriend|partner)\W+(?:(?:is|who is|aged|in his|in her)\s+)?"
                            r"(?:[2-5]0s|(?:1[89]|[2-5]\d)\b)")
_AGE_BEFORE = re.compile(r"\d{1,2} ?(?:yo|y/o|-?years?-?old|yr old|yrs old) (?:little |baby |big |older |younger )?")
_GLUED_AGE = re.compile(r"(\d{1,3})(yrs?|yo|mths?|months?|wks?|weeks?)")
_INFANT_UNITS = {"month": "month", "months": "month", "mth": "month", "mths": "month", "week": "week",
                 "weeks": "week", "wk": "week", "wks": "week"}


@functools.cache
def data() -> dict:
    return language_data("prepare")


@dataclass
class Person:
    who: str
    audience: str
    role: str  # person, carer, parent, family, child, professional
    age: int | None = None
    rejects_carer: bool = False
    # "away" (not at the visit), "referred" (a professional or neighbour the note names only as telling us),
    # "unwanted" (someone does not want them there) or "risk" (the note names them as a danger to the person): no
    # questions
    absent: str = ""
    maybe: bool = False  # the note says they may or may not come ("might be around"): no questions of their own
    said: str = ""  # the note's own word for them ("girlfriend" for "the partner"), to find what it says of them

    def to_dict(self) -> dict:
        return {"who": self.who, "audience": self.audience, "role": self.role, "age": self.age,
                "rejects_carer": self.rejects_carer}

    @property
    def label(self) -> str:
        if self.absent == "risk":
            return f"{self.who} (named as a risk: no questions; see the safety section)"
        if self.absent == "away":
            return f"{self.who} (not at the visit)"
        if self.absent == "referred":
            return f"{self.who} (told us)"
        if self.maybe and not self.absent:
            return f"{self.who} (may be there)"
        age = f", {self.age}" if self.age is not None else ""
        return f"{self.who} ({AUDIENCE_LABELS.get(self.audience, self.audience)}{age})"


@dataclass
class Visit:
    people: list[Person]
    kind: str
    setting: str
    language: str = "en"
    constraints: list[str] = field(default_factory=list)
    situations: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    short: bool = False

    @property
    def person(self) -> Person:
        return self.people[0]

    def to_dict(self) -> dict:
        return asdict(self) | {"people": [p.to_dict() for p in self.people]}


def phrase_pattern(phrases: list[str]) -> re.Pattern:
    """One regex for a list of phrases, longest first, as whole words."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w'])")


@functools.cache
def _pattern_people_parent() -> re.Pattern:
    """A parent's role word: 'Kayleigh 24, mum of two' makes the adult the note opens on a parent."""
    return phrase_pattern([c for e in data()["people"] if e["role"] == "parent" for c in e["cues"]])


@functools.cache
def _pattern(section: str, key: str | None = None) -> re.Pattern:
    lists = data()[section]
    return phrase_pattern(lists[key] if key else lists)


def lowered(text: str) -> str:
    """Lower case with straight apostrophes; a quote mark around words ('no point carrying on') is not part of them."""
    low = text.lower().replace("’", "'").replace("‘", "'")
    return " " + " ".join(re.sub(r"(?<![a-z])'|'(?![a-z])", " ", low).split()) + " "


def has(text: str, section: str, key: str | None = None) -> bool:
    return bool(_pattern(section, key).search(lowered(text)))


def without_guesses(context: str) -> str:
    """The note without the worker's own guesses ("Probs just a direct payment."): what the visit is about is read
    from what is known, not from what the worker expects to find."""
    kept = []
    for sentence in split_sentences(context):
        # a guess may also follow a dash or a semicolon: "wants help with shopping - probably just a DP"
        clauses = re.split(r"\s+[-–]\s+|;\s+|\.\.\.\s*", sentence)
        known = list(itertools.takewhile(lambda c: not _pattern("guess_openers").match(lowered(c).lstrip()), clauses))
        if known:
            kept.append(sentence if len(known) == len(clauses) else " - ".join(known).rstrip(".,") + ".")
    return " ".join(kept) if kept else context


def ages(text: str) -> list[tuple[int, str, int]]:
    """(position, unit, number) for each age the parse finds: '84-year-old', '3 months old', 'aged 15', 'Mr X, 84,',
    and the way notes are typed: 'Jayden 14', 'Mrs Jones 79', 'baby Lily 3 wks' (a number straight after a name)."""
    doc = parse(text)
    found = []
    for tok in doc:
        glued = _GLUED_AGE.fullmatch(tok.text.lower())
        if glued:  # "son Alfie 2yrs", "baby 6wks": the number and its unit typed as one word
            prev = doc[tok.i - 1] if tok.i else None
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            named = prev is not None and prev.is_alpha and prev.text[:1].isupper() and prev.text[1:].islower() \
                and prev.lower_ not in _NOT_NAMES_BEFORE_NUMBER
            if (named or nxt == "old" or glued.group(2) == "yo" or (prev is not None and prev.lower_ in (
                    "baby", "aged", *_AGE_LABELS))) \
                    and nxt not in ("ago", "on", "off", "later", "since", "before", "after"):
                found.append((tok.idx, _INFANT_UNITS.get(glued.group(2).rstrip("s") + "s", "year"),
                              int(glued.group(1))))
            continue
        if not tok.like_num or not tok.text.isdigit():
            continue
        n = int(tok.text)
        after = [t.lower_ for t in doc[tok.i + 1:tok.i + 5] if t.text != "-"]
        prev = doc[tok.i - 1] if tok.i else None
        before = prev.lower_ if prev is not None else ""
        named = prev is not None and prev.text[:1].isupper() and prev.text[1:].islower() and prev.is_alpha and \
            (not prev.is_sent_start or prev.pos_ == "PROPN") and prev.lower_ not in _NOT_NAMES_BEFORE_NUMBER
        named = named or (prev is not None and prev.lower_ in _AGE_LABELS)  # "YP 15": a young person of 15
        named = named or _lower_case_name(doc, tok.i)
        if after[:1] and after[0] in ("year", "years", "yr", "yrs", "yo") and (after[0] == "yo" or "old" in after[1:2]):
            found.append((tok.idx, "year", n))
        elif after[:1] and after[0] in _INFANT_UNITS and ("old" in after[1:2] or named) and \
                not set(after[1:3]) & {"ago", "on", "off", "later", "since", "before", "after"}:
            found.append((tok.idx, _INFANT_UNITS[after[0]], n))
        elif before == "aged" or (before in (",", "(") and tok.i + 1 < len(doc)
                                  and doc[tok.i + 1].text in (",", ";", ")", ".", "-", "\u2013", "\u2014", ":")
                                  and 0 < n < 110):
            found.append((tok.idx, "year", n))
        elif named and 0 < n < 110 and not (after[:1] and after[0] in _TIME_UNITS):
            found.append((tok.idx, "year", n))
    return found


@functools.cache
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and titles (lower case), and the role words a name may follow ("husband idris 84")."""
    words = language_data("redaction")
    names = frozenset(w.lower() for w in words["given_names"] + words["titles"])
    roles = frozenset(c.split()[-1] for e in data()["people"] for c in e["cues"])
    return names, roles


def _lower_case_name(doc, i: int) -> bool:
    """A note typed all in lower case ("rhys 24 learning disability", "mr dilwyn jenkins 72 lives alone", "husband
    idris 84", "tom 30 autistic"): the word before the number is a name when it is a known given name, follows a
    title or a role word, or the parse makes it a proper noun or what follows a description of someone. Never a
    count ("package 2 calls", "for 3 kids", "had 3 different"), a time ("tmrw 10 am") or a place ("ward 7")."""
    prev = doc[i - 1] if i else None
    if prev is None or not prev.is_alpha or not prev.text.islower() or prev.is_stop or \
            prev.lower_ in _NOT_NAMES_BEFORE_NUMBER or prev.lower_ in data()["not_names_before_age"] or \
            prev.pos_ in ("ADP", "DET", "AUX", "CCONJ", "SCONJ", "PRON", "ADV", "NUM", "PART"):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in _TIME_UNITS or nxt.lower_ in _INFANT_UNITS or nxt.text in ("%", ":", "/", ".")
                            and i + 2 < len(doc) and doc[i + 2].like_num):
        return False
    names, roles = _name_words()
    before = [t.lower_ for t in doc[max(0, i - 3):i - 1] if t.is_alpha]
    if prev.lower_ in names or (before and before[-1] in names) or (before[-2:-1] and before[-2] in names):
        return True  # "rhys 24", "mr dilwyn jenkins 72"
    if prev.i == 0 or doc[prev.i - 1].text in (":", "-", "–", ".", ";"):
        return prev.lower_ not in roles  # the word the note or a sentence opens on: "kai 16 sofa surfing"
    if prev.lower_ in roles or (prev.pos_ == "VERB" and prev.lemma_ != prev.lower_) or (
            nxt is not None and nxt.tag_ == "NNS"):
        return False  # "kids 4 and 7" (the role word itself), "OT recommends 4 calls a day" (a verb as typed)
    if before and before[-1] in roles:
        return True  # "husband idris 84", "mum chelsea 19"
    return prev.pos_ == "PROPN" or (nxt is not None and (nxt.pos_ == "ADJ" or nxt.text in (",", ")")))


def audience_for_age(age: int) -> str:
    limits = data()["ages"]
    if age < limits["child_below"]:
        return "child"
    if age < limits["young_person_below"]:
        return "young_person"
    return "older_person" if age >= limits["older_from"] else "adult"


def mentions(text: str) -> list[tuple[int, dict, str]]:
    """(position, people entry, label) for each person a text names by their role."""
    return _mentions(text)


def _mentions(text: str) -> list[tuple[int, dict, str]]:
    """(position, people entry, label) for each role word, in order; the dead ('her husband died') are left out."""
    low = lowered(text)
    out, taken = [], []
    for entry in data()["people"]:
        for m in phrase_pattern(entry["cues"]).finditer(low):
            if any(a <= m.start() < b for a, b in taken) or _GONE.search(low[m.end():m.end() + 30]) or \
                    _LOST.search(low[max(0, m.start() - 24):m.start()]) or \
                    _pattern("not_people_after").match(low[m.end():].lstrip(" '") + " "):
                continue  # "called us 'baby snatchers'", "in the family room": a thing, not someone there
            if m.group().strip() == "parent" and re.search(r"\b(?:single|lone|sole|solo)\s+$",
                                                       low[max(0, m.start() - 8):m.start()]):
                continue  # "dad, single parent to a 9-year-old": what the person is, not more parents
            if entry["role"] == "child" and ONCE_A_CHILD.search(low[max(0, m.start() - 16):m.end()]):
                continue  # "when her eldest was a baby", "known since he was a toddler": a time, not one more child
            before = low[:m.start()].split()[-1:] or [""]
            owner = before[0] if before[0] in _POSSESSIVE else ""
            if before[0] in _CHILD_OWNERS and entry["role"] in ("parent", "family"):
                owner = f"the {before[0]}"  # "baby's dad": the baby's father, not the person's
            elif entry["role"] != "professional" and _kin_owner(low[:m.start()]):
                owner = _kin_owner(low[:m.start()])  # "mum's new boyfriend": mum's partner, not the person's
            if owner in ("her", "his", "their") and entry["role"] == "parent" and re.search(
                    r"\b(?:daughter|son|daughters|sons)\b", low[max(low.rfind(".", 0, m.start()), 0):m.start()]):
                continue  # "Daughter Carys rang because her mum has had two falls": her mum is the person
            who = entry["who"]
            bare = who.startswith(("the ", "a ", "an ")) or entry["role"] in ("parent", "professional")
            if owner and who.startswith(("a ", "an ")):
                who = m.group().strip()  # "her niece", not "her a relative"
            label = f"{owner} {who.removeprefix('the ')}" if owner else who if bare else f"the {who}"
            out.append((m.start(), entry | {"owned": bool(owner), "said": m.group().strip()}, label.strip()))
            taken.append((m.start(), m.end()))
    return sorted(out, key=lambda x: x[0])


_KIN_OWNER = re.compile(r"(?<![\w'])(mum|mam|dad|nan|nain|gran|grandad|taid|sister|brother|aunt|auntie|uncle|"
                        r"daughter|son)'s (?:new |old |current |latest |other )?$")


def _kin_owner(before: str) -> str:
    """"mum's" when the words just before a role word make it someone else's ("mum's new boyfriend"), else ""."""
    m = _KIN_OWNER.search(before)
    return f"{m.group(1)}'s" if m else ""


# A child word that tells when, not who: "was a baby", "as a toddler", "since she was little"
ONCE_A_CHILD = re.compile(r"\b(?:was|were|as|been)\s+(?:a\s+|an\s+|just\s+a\s+|only\s+a\s+)?(?:baby|babies|newborn|"
                          r"infant|toddler|toddlers|little one|child|kid|small child|young child)\b\W*$")
_HOUSEHOLD_NAMED = re.compile(r"\b[Tt]he (?:[A-Z][a-z'’-]+(?:-[A-Z][a-z]+)?) [Ff]amily\b")
_CHILD_OWNERS = ("baby's", "child's", "children's", "kids'", "kid's")


def _risky(low: str, pos: int, label: str, mentions=()) -> bool:
    """The note names this person as a danger ("baby's dad has history of violence"), or as taking from the person
    later in what it says of them ("his brother took his bank card", "a girlfriend he met online who is asking him
    for money"), up to the next person named or the end of the sentence."""
    words = low[pos:].split(" ")
    # the role word may be one word ("dad") or two ("foster carer")
    if any(_pattern("risky_after").match(" ".join(words[k:])) for k in (1, 2)):
        return True
    end = min([p for p, _, _ in mentions if p > pos] + [e for e in (low.find(c, pos) for c in ".!?;") if e >= 0]
              + [len(low)])
    if any(_pattern("reporting_words").match(" ".join(words[k:])) for k in (1, 2)):
        return False  # "mum says new 'friends' are asking him for money": she tells of it, the friends take
    return bool(_pattern("taking_from").search(low[pos:end]))


def _unwanted(low: str, mentions) -> set[int]:
    """Positions of the role words for people someone does not want at the visit: "doesn't want Mark there" after
    "stepdad Mark", or "doesn't want his stepdad there"."""
    out = set()
    for m in re.finditer(_pattern("unwanted").pattern + r" (?:his |her |their |my )?([a-z'-]+) (?:there|present|"
                         r"in the room|at the visit|around|to be there|to know)", low):
        word = m.group(1)
        if word in ("him", "her", "them"):  # the last adult named before it: "Mum and her partner ... doesn't want him"
            out |= set([pos for pos, entry, _ in mentions if pos < m.start()
                        and entry["role"] in ("parent", "family", "carer")][-1:])
            continue
        named = [pos for pos, _, label in mentions if label.split()[-1] == word]
        if not named:
            first = low.find(f" {word} ")
            named = [pos for pos, _, _ in mentions if 0 <= first - pos <= 20][-1:]
        out |= set(named)
    return out


# "looking after stuff for someone", "looks after the dog": things and animals, not a person being cared for
_NOT_CARED_FOR = re.compile(r"\s*'?\s*(?:some |a |the |his |her |their |my )?(?:stuff|things|bags?|packages?|parcels?|"
                            r"drugs|money|cash|phones?|gear|house|garden|dogs?|cats?|pets?|animals)\b")


def _caring(low: str) -> list[re.Match]:
    """The caring phrases of a lowered note that are about a person ("looks after mam"), not things."""
    return [m for m in _pattern("caring").finditer(low) if not _NOT_CARED_FOR.match(low, m.end())
            and _cared_for_is_someone(low[m.end():m.end() + 40])]


@functools.cache
def _person_nouns() -> frozenset[str]:
    words = [c for e in data()["people"] for c in e["cues"]] + data()["person_nouns"]
    words += [w for cues in data()["person_words"].values() for w in cues]
    return frozenset(w.split()[-1] for w in words)


@functools.lru_cache(maxsize=256)
def _cared_for_is_someone(after: str) -> bool:
    """What a caring phrase is about, by the parse: a noun owned or counted ("looks after her card", "the
    accounts") is a thing unless it names a person ("her husband", "his elderly mum"); a pronoun or a name is
    someone; nothing to tell keeps the caring reading."""
    for tok in parse(after):
        if tok.is_punct or tok.pos_ in ("CCONJ", "SCONJ", "VERB", "AUX"):
            return True
        if tok.pos_ == "PRON" and tok.dep_ != "poss":
            return tok.lower_ not in ("it", "this", "that", "everything", "something", "things")
        if tok.pos_ == "NOUN" and tok.dep_ != "compound":  # "her pension card": the card
            owned = any(c.dep_ in ("poss", "det", "nummod") for c in tok.children)
            return tok.lower_ in _person_nouns() or not owned
    return True


def _caring_subject(text: str, mentions) -> int | None:
    """Index (in mentions) of the person doing the caring: the role word just before 'caring for', 'looks after'."""
    low = lowered(text)
    for m in _caring(low):
        before = [k for k, (pos, entry, _) in enumerate(mentions) if pos <= m.start() and m.start() - pos < 40
                  and entry["role"] not in ("professional", "child")]
        if before:
            return before[-1]
    return None


_PARENT_WORDS = {"she": ("mum", "mam"), "he": ("dad",)}


def note_pronouns(low: str) -> str:
    """"she" or "he" when the note's pronouns are mostly one or the other, else ""."""
    she = len(re.findall(r"\b(?:she|her|she's|herself)\b", low))
    he = len(re.findall(r"\b(?:he|his|him|he's|himself)\b", low))
    return "she" if she > 2 * he else "he" if he > 2 * she else ""


def _lead_cares(context: str, lead_at: int, mentions) -> bool:
    """The adult the note opens on is the one caring: a caring phrase soon after their age in the same sentence,
    with nobody named between ("Parveen 58, lives Cardiff, cares for her son")."""
    low = lowered(context)
    start = len(lowered(context[:lead_at]).rstrip())
    return any(0 < m.start() - start <= 60 and not any(start < pos < m.start() for pos, _, _ in mentions)
               and not re.search(r"[.;!?]\s", low[start:m.start()]) for m in _caring(low))


def _someone_elses(low: str, pos: int, context: str) -> bool:
    """An age that belongs to someone else's child: 'of a 6-year-old', 'her 4-year-old', 'a 4-year-old's arm', or
    to the brother or sister named straight after it: '6yo sister', 'a 9-year-old brother' (a '14-year-old son' is
    the child the note is about)."""
    before = lowered(context[:pos]).split()[-2:]
    after = context[pos:pos + 16].lower()
    typed = _AGE_BEFORE.match(lowered(context[pos:pos + 40]).lstrip())
    return bool(before and (before[-1] in _POSSESSIVE or before == ["of", "a"] or before == ["of", "an"])) or \
        bool(re.match(r"\d+[- ]?(?:year|month)s?[- ]?old's", after)) or \
        bool(typed and _pattern_siblings().match(lowered(context[pos:pos + 40]).lstrip(), typed.end()))


@functools.cache
def _pattern_siblings() -> re.Pattern:
    return phrase_pattern([c for e in data()["people"] if e["who"] == "sibling" for c in e["cues"]])


_LONG_AGO = re.compile(r"(?:died|passed away|passed|lost|death)[^.;]{0,25}\b(?:in )?(?:19|20)\d\d\b|"
                       r"(?:died|passed away|passed|lost|death)[^.;]{0,25}\blast (?:yr|year)\b|"
                       r"\b(?:\d+|many|several|some|few) ?(?:years|yrs) ago\b")
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# "discharged from Ward 4 Friday after OD", "home since Tuesday", "discharged 3 days ago": the ward is behind them and
# the visit is at home; "to be discharged Friday", "being discharged on Monday" are still to come
HOME_ALREADY = re.compile(r"(?<!to be )(?<!being )(?<!will be )(?<!be )(?<!getting )(?<!due to be )\bdischarged\b"
                          r"[^.;]{0,40}?\b(?:ago|yesterday|last (?:week|night|month|" + _DAYS + r")|(?:on )?" + _DAYS +
                          r"|(?:back )?in " + _MONTHS + r")\b|"
                          # "2 calls a day since discharge in Aug", "after his discharge last month"
                          r"\b(?:since|after|following) (?:his |her |their )?discharge\b[^.;]{0,30}?\b"
                          r"(?:(?:back )?in " + _MONTHS + r"|last (?:week|month|year)|\d+ (?:days|weeks|months) ago)\b|"
                          # "Hospital discharge last week, now home"
                          r"\bdischarge (?:was )?(?:last (?:week|month)|yesterday|\d+ (?:days|weeks) ago)\b|"
                          r"\b(?:home|back home|been home|out of hospital) since\b|"
                          r"\bsince (?:his |her |their )?discharge\b|"
                          r"\b(?:a few|few|couple of|\d+) days? (?:after|since) "
                          r"(?:discharge|leaving hospital|coming home)\b|"
                          # "home from Ysbyty Gwynedd ward 5 after a fall" (not "coming home from hospital Friday")
                          r"(?<!coming )(?<!going )(?<!come )(?<!go )(?<!get )(?<!getting )(?<!be )(?<!due )"
                          r"(?<!before )(?<!when )(?<!once )(?<!after )\b(?:now |already |back )?home from\b"
                          r"(?![^.;]{0,40}\b(?:tomorrow|tmrw|next week|on " + _DAYS + r"|this " + _DAYS + r"))")
# a sentence that opens on where the meeting is: "At school w/ head of yr 8.", "In college with her tutor."
_WHERE_OPENS = re.compile(r"(?:^|[.;!?]\s+)(?:[Aa]t|[Ii]n)\s+(school|college)\s+(?:w/|with|in|tmrw|tomorrow|on|,)",
                          re.I)
# Where the person lives is a care home: "in Bryn Awel care home", "a resident at Ty Gwyn nursing home", "lives in a
# residential home" (not "daughter wants a care home", "a care home was discussed")
LIVES_IN_CARE_HOME = re.compile(r"\b(?:(?:[Ii]n|[Aa]t|lives in|living in|resident (?:of|at|in)|moved into|placed in)\s+"
                                r"(?:(?:a|the)\s+)?(?:(?:[A-Z][\w'-]*|\[NAME\])\s+){0,3}(?:care|nursing|residential)"
                                r"\s+home|(?:care|nursing) home (?:review|resident))\b")
_MEET_AT = (r"\b(?:seeing|see|seen|meet|meeting|visit|visiting)\b"
            r"(?:\W+(?!(?:while|whilst|when|kids|children|after|before|until)\b)[\w']+){0,4}?\W+(?:at|in) "
            r"(?:the |a |her |his |their )?(?:[a-z]+(?:'s)? )?")  # "visit arranged at the kids' school"
_SELF_NAMED = re.compile(r"(?:\bhe's|\bshe's|\bhe is|\bshe is|\bi'm|\bim|\bi am|\bjust) (?:just |only )?"
                         r"(?:his|her|their|my) $")
# a child said to be elsewhere at the visit time: "Kai will be at school", "the kids will be at nursery"
_AT_SCHOOL = re.compile(r"\b(the kids|the children|kids|children|both kids|[A-Z][a-z'’-]+) (?:will be|'ll be|are going "
                        r"to be|is going to be) (?:at|in) (?:school|nursery|college|playgroup|the childminder'?s?)\b")
_ALL_THE_KIDS = ("the kids", "the children", "kids", "children", "both kids")
# "I'm his PA", "as her social worker": the worker naming their own role
_WORKER_SELF = re.compile(r"(?:\bi'm|\bim|\bi am|\bas) (?:his|her|their|the) $")
# "no family contact", "Partner Lee (not the dad)": nobody, or someone the note says this person is not
_NONE_OF = re.compile(r"\b(?:no|without|has no|have no|not any|not the|not their|not his|not her|isn't the|is not the)"
                      r"\s+(?:other\s+)?$")
# a family word owned by someone not in the family: "a mate's older brother", "her friend's mum"
_SOMEONE_ELSES = re.compile(r"\b(?:mate|friend|pal|neighbour|neighbor|boss|colleague|housemate|flatmate)['’]s\s+"
                            r"(?:\w+\s+)?$")


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+(?:[A-Z][a-z]+\s+)?[A-Z][\w'’-]+")


def _kind_named(low: str) -> str:
    """The kind of visit the note names, weighing the whole note: a discharge already behind them ("2 calls a day
    since discharge in Aug") says how they came home, not what this visit is, when the note names another kind."""
    past = [m.span() for m in HOME_ALREADY.finditer(low)]
    subjects = phrase_pattern(data()["not_working_subjects"])

    def counts(kind: str, m: re.Match) -> bool:
        if kind == "discharge":
            return not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in past)
        if kind == "follow_up" and m.group().strip() in ("not working", "isn't working"):
            # "the direct payment isn't working" is a plan to follow up; "not working since his accident" and
            # "the washing machine isn't working" are not
            return bool(subjects.search(low[max(0, m.start() - 30):m.start()]))
        return True

    named = [k for k, cues in data()["visit_kinds"].items() if any(
        counts(k, m) for m in phrase_pattern(cues).finditer(low))]
    # only a discharge behind them: a visit about how they came home (read again with the note's other words below)
    return next(iter(named), None) or (
        "discharge" if phrase_pattern(data()["visit_kinds"]["discharge"]).search(low) else "first_visit")


_VISIT_FOR = re.compile(r"\b(?:visit to|visiting|review for|review of|assessment for|assessment of|seeing)\s+"
                        r"(?:mr |mrs |ms |miss |mx )?([a-z][a-z'-]+)\b|(?<![\w'])([a-z][a-z-]+)'s (?:annual |yearly |"
                        r"\w+ month |first )?(?:review|assessment)\b")


def _visit_named_for(low: str) -> int | None:
    """Where the name a note's visit is for begins ("review for osian", "visit to mrs parry", "joe's review"), when
    that is a name and not a role word ("review for mum") or a common word ("visit to the house"); else None."""
    names, roles = _name_words()
    for m in _VISIT_FOR.finditer(low):
        word = m.group(1) or m.group(2)
        start = m.start(1) if m.group(1) else m.start(2)
        if word in roles or word in data()["not_names_before_age"] or word in _NOT_NAMES_BEFORE_NUMBER or \
                word in _POSSESSIVE or word in ("the", "a", "an", "them", "him", "her", "home", "school", "family",
                                                 "everyone", "all", "both", "someone", "people"):
            continue
        if parse(low[max(0, start - 1):start + len(word) + 1])[0].is_stop:
            continue
        return start
    return None


def role_is_the_worker(low: str, pos: int, entry: dict) -> bool:
    return entry["role"] == "professional" and bool(_WORKER_SELF.search(low[max(0, pos - 16):pos]))


_BORN = re.compile(r"\b(?:dob|d\.o\.b\.?|born)\W{0,3}\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)\b", re.I)
_BEFORE_FIRST_MEETING = re.compile(r"\b(?:1st|first|initial|before the|ahead of the|prep for the|prep for)\s+"
                                   r"(?:cp\s+)?(?:core[- ]group|conference|ccpc|icpc)(?:\s+(?:mtg|meeting))?"
                                   r"(?:\s+prep)?\b")
_NOT_INVOLVED = re.compile(r"\W*(?:[a-z]+ )?(?:is |has )?(?:not|never been|no longer) (?:involved|around|on the scene|"
                           r"in the picture)\b")  # "dad not involved": straight after the role word, not its sentence
_DECADE = re.compile(r"\b(early|mid|late|in (?:her|his|their)|both|both in their)[ -]([5-9])0'?s\b")
LEAD_CHARS = 40  # an age this near the start belongs to the person the note is about


def read_visit(context: str, audience: str | None = None, kind: str | None = None,
               language: str | None = None) -> Visit:
    """Who will be there, where, what kind of visit, and what the worker asked for; options override what is read."""
    # what the worker asked us to respect is read from the whole note ("maybe he's back, so not when he's home")
    constraints = [name for name in data()["constraints"] if has(context, "constraints", name)]
    context = without_guesses(context)
    low = lowered(context)
    found_ages = ages(context)
    years = [(pos, n) for pos, unit, n in found_ages if unit == "year"]
    infant = any(unit in ("month", "week") for _, unit, _ in found_ages) or any(n < 3 for _, n in years)
    situations = [name for name in data()["situations"] if has(context, "situations", name)]
    if "bereaved" in situations and _LONG_AGO.search(lowered(context)):
        situations.remove("bereaved")  # "lives alone since his wife died in 2019" is not a fresh loss
    mentions = _mentions(context)
    if "care_leaver" in situations:
        # "PA is Dan": the personal adviser; a service only if something other than "PA" says so
        adviser = {"the personal assistant": "the personal adviser"}
        mentions = [(pos, entry | {"who": adviser.get(entry["who"], entry["who"])}, adviser.get(label, label))
                    for pos, entry, label in mentions]
        if "service" in situations and not has(re.sub(r"(?i)\bpa\b", "", context), "situations", "service"):
            situations.remove("service")
    older = has(context, "person_words", "older_person") or any(n >= data()["ages"]["older_from"] for _, n in years)
    decade = _DECADE.search(low)
    if decade:  # "mr and mrs lewis (both late 80s)", "in her 90s": older, though no age is typed
        older = older or int(decade.group(2)) * 10 + {"late": 7, "mid": 5}.get(decade.group(1), 0) >= \
            data()["ages"]["older_from"]
    born = _BORN.search(context)
    if born and not years:  # "DOB 12/03/1941": an older person, though no age is printed (it could be a year out)
        older = older or datetime.date.today().year - int(born.group(1)) > data()["ages"]["older_from"]

    main: Person | None = None
    others: list[Person] = []
    # "S47 follow up / 1st core group prep": a visit before the first core group, not the meeting itself
    # "Mrs Ward", "Mr Holmes": a surname is never the setting or the kind of visit
    kind_low = _BEFORE_FIRST_MEETING.sub(" ", lowered(_TITLED.sub(" ", context)))
    kind_found = _kind_named(kind_low)
    if kind_found == "discharge" and not phrase_pattern([c for c in data()["visit_kinds"]["discharge"]
                                                         if c != "discharged"]).search(low) and \
            (phrase_pattern(data()["visit_kinds"]["first_visit"] + data()["visit_kinds"]["follow_up"] +
                            data()["visit_kinds"]["assessment"] + data()["visit_kinds"]["review"]).search(low)
             or HOME_ALREADY.search(low)):
        # "1st visit ... overdose 2 wks ago, discharged": they are home already, and this is our first visit
        kind_found = next((k for k, cues in data()["visit_kinds"].items() if k != "discharge"
                           and phrase_pattern(cues).search(low)), "first_visit")
    met_before = has(context, "past_contact")
    if met_before:
        situations.append("met_before")
    elif kind_found == "follow_up" and re.search(r"\b(?:police|gp|hospital|fire service|school)(?:'s)? follow[- ]?up",
                                                low):
        kind_found = "first_visit"  # another agency's follow-up is our first meeting
    carer_at = _caring_subject(context, mentions)
    # a baby or a child is never named as a danger ("the older sister's toddler 'hit him with a toy'")
    risky = {pos for pos, entry, label in mentions if entry["role"] != "child" and _risky(low, pos, label, mentions)}
    # where each one named will be, from what their own clause says ("mum not at visit", "7yo will be in school")
    age_at = {len(lowered(context[:pos]).rstrip()) + 1: n for pos, _, n in found_ages}
    where = presence(low, sorted({pos for pos, _, _ in mentions} | set(age_at)))
    away = {pos for pos, said in where.items() if said == "away"}
    told_us = {pos for pos in referrers(low, [pos for pos, _, _ in mentions]) if where.get(pos) != "here"}
    expecting = has(context, "expecting") and not any(unit in ("month", "week") for _, unit, _ in found_ages)
    parents = [m for m in mentions if m[1]["role"] == "parent" and not m[1]["owned"] and m[0] not in risky | away
               and not m[2].startswith("the baby's") and not (expecting and m[2] in ("dad", "the parents"))
               and not _pattern("reporting_words").match(low[m[0] + len(m[2]) + 1:].lstrip(", ") + " ")]
    child_ages = [(pos, n) for pos, n in years if 3 <= n < data()["ages"]["young_person_below"]]
    child_at = next(((pos, n) for pos, n in child_ages if not _someone_elses(low, pos, context)), None)
    # "grandson ryan (22) is taking their pension", "husband idris 84": the age of the relative just named, never
    # the age of the one the visit is for
    theirs = {pos for pos, n in years for m in mentions if m[1]["role"] == "family" and (
        0 <= pos - (m[0] + len(m[1]["said"])) <= 14 and re.fullmatch(
            r"[ (,]*(?:[A-Za-z][a-z]+[ (,]*)?", context[m[0] - 1 + len(m[1]["said"]):pos] + " "))}
    adult_age = next((n for p_, n in years if n >= data()["ages"]["young_person_below"] and p_ not in theirs), None)
    parent_age = next((n for pos, n in years for m in parents if 0 <= pos - (m[0] + len(m[2])) <= 12
                       and re.fullmatch(r"\W*(?:[A-Za-z][a-z]+\W*)?", context[m[0] - 1 + len(m[2]):pos] + " ")), None)
    # A note that opens on an adult and their age ("Chloe Davies, 26, ... Kids Maddison 3 and Leo 6 months") is
    # about that adult; children named after them are theirs, which makes the visit a parent's.
    lead = years[0] if years and years[0][0] <= LEAD_CHARS and years[0][1] >= data()["ages"]["young_person_below"] \
        and years[0][0] not in theirs else None
    if lead is None and found_ages and found_ages[0][1] == "year" and found_ages[0][0] <= LEAD_CHARS * 3 and \
            found_ages[0][2] >= data()["ages"]["young_person_below"] and \
            re.search(r"[A-Z][a-z]+\W{1,2}$", context[max(0, found_ages[0][0] - 30):found_ages[0][0]]) and \
            not phrase_pattern([c for e in data()["people"] for c in e["cues"]]).search(
                lowered(context[max(0, found_ages[0][0] - 30):found_ages[0][0]])):  # "son ... (Owen 19)" is the son
        # "DASH high risk, MARAC next Thurs. Priya Sharma 38 ... Kids Aarav 10": the first age, named, is hers
        lead = (found_ages[0][0], found_ages[0][2])
    young_carer = re.search(r"\byoung carers?\b", low) and child_at is not None
    own_parenthood = lead is not None and bool(_pattern_people_parent().search(low[lead[0]:lead[0] + 30]))
    kinship = next((k for k, (_, entry, _) in enumerate(mentions)
                    if entry["who"] == "the kinship carer" and not entry["owned"]), None)
    if young_carer:
        # "Young carer assessment - Kai 13 ... Mum Sarah 41": the visit is for the young carer, not the parent
        n = child_at[1]
        main = Person("the young carer", audience_for_age(n), "person", n)
    elif kinship is not None and (child_at is None or mentions[kinship][0] < child_at[0]):
        # "Kinship carer review - Mrs Davies 63, grandmother, SGO for grandchildren Lily 7 & Jack 4": the visit is
        # for the grandmother bringing them up, never "the parent"
        main = Person("the kinship carer", "carer", "carer", lead[1] if lead else adult_age)
    elif expecting and not (kind if kind in VISIT_KINDS else kind_found) == "core_group":
        # a pre-birth visit is about the expectant parent (and the unborn baby), never the other parent named
        who = "the mum-to-be" if has(context, "expecting") and re.search(r"\bpregnan", low) else "the expectant parent"
        main = Person(who, "parent", "parent", lead[1] if lead else adult_age)
    elif (kind if kind in VISIT_KINDS else kind_found) == "core_group" and parents:
        main = Person(parents[0][2], "parent", "parent", parent_age)  # the children are not at their core group
    elif child_at is not None and child_at[0] <= LEAD_CHARS and (parents and child_at[0] < parents[0][0]) and (
            child_at[1] >= data()["ages"]["young_person_from"] or has(context, "person_words", "young_person")):
        # "Young person - Ethan 15, out of school ... Mum Kerry 38 at end of her tether": the note opens on him
        n = child_at[1]
        main = Person("the child" if n < data()["ages"]["child_below"] else "the young person", audience_for_age(n),
                      "person", n)
    elif parents and parent_age is not None:
        main = Person(parents[0][2], "parent", "parent", parent_age)  # a young mum is seen as a parent
    elif lead is not None and (child_ages or infant) and phrase_pattern(data()["risk_cues"]["self_harm"]).search(low) \
            and not phrase_pattern(data()["risk_cues"]["child_harm"]).search(low):
        # "Mr Watkins 45 ... overdose ... sees his son (12) alternate weekends": a visit about him, not his parenting
        main = Person("the person", audience_for_age(lead[1]), "person", lead[1])
    elif lead is not None and (child_ages or infant):
        # "Lee (33), single dad ... son Jayden 9": the role word just after their age is theirs, so one dad, not two
        own = next((m for m in mentions if m[1]["role"] == "parent" and not m[1]["owned"]
                    and 0 <= m[0] - lead[0] <= 24), None)
        main = Person(own[2] if own else "the parent", "parent", "parent", lead[1])
    elif child_at is not None and not (parents and parents[0][0] < child_at[0]):
        n = child_at[1]
        main = Person("the child" if n < data()["ages"]["child_below"] else "the young person", audience_for_age(n),
                      "person", n)
    elif lead is not None and carer_at is not None and mentions[carer_at][0] > lead[0] + 1 and \
            not has(context, "carer_visits") and not _lead_cares(context, lead[0], mentions):
        # "mrs eirlys hughes 81, early dementia ... husband idris 84 does everything for her": the one the note opens
        # on is the one cared for, and the visit is theirs; the husband is their carer
        main = Person("the person", audience_for_age(lead[1]), "person", lead[1])
    elif carer_at is not None and not mentions[carer_at][1]["owned"]:
        main = Person(mentions[carer_at][2], "carer", "carer", adult_age)
    elif has(context, "carer_visits") or (lead is not None and _lead_cares(context, lead[0], mentions)):
        # a carer's assessment is about the carer, and so is a note that opens on someone and what they do for
        # another: "Mrs Akhtar 58, lives Cardiff, cares for her adult son" is one carer, not a person and a carer
        main = Person("the carer", "carer", "carer", lead[1] if lead else adult_age)
    elif lead is not None and not own_parenthood and not child_ages:
        # "Review for Lisa, 34 ... Mum tends to answer for her": the adult the note opens on, not their mum
        main = Person("the person", audience_for_age(lead[1]), "person", lead[1])
    elif parents and not older:
        main = Person(parents[0][2], "parent", "parent", adult_age)
    elif adult_age is not None:
        main = Person("the person", audience_for_age(adult_age), "person", adult_age)
    elif child_ages and not older:
        main = Person("the parent", "parent", "parent")  # the note is about someone's child: see the parent
    if main is None:
        for name in ("young_person", "child", "carer", "older_person", "adult"):
            if has(context, "person_words", name):
                if name == "adult" and older:
                    name = "older_person"
                main = Person("the carer" if name == "carer" else "the person", name,
                              "carer" if name == "carer" else "person", adult_age)
                break
    if main is None:
        main = Person("the person", "older_person" if older else "adult", "person", adult_age)
    named_at = _visit_named_for(low)
    if named_at is not None and main.role == "parent" and main.age is None and not (child_ages or infant or expecting) \
            and all(pos > named_at for pos, entry, _ in mentions if entry["role"] == "parent") and \
            (kind if kind in VISIT_KINDS else kind_found) != "core_group":
        # "annual review for osian, autistic ... mum and dad both there", "joe's review": the visit is for the one it
        # names, not the parents named after; with no age to go on, the sheet says no more than "the person"
        aud = next((n for n in ("young_person", "child", "older_person") if has(context, "person_words", n)), "adult")
        main = Person("the person", aud, "person")
    birth = next((m for m in mentions if m[2] in ("mum", "mam", "dad") and not m[1]["owned"]), None)
    if main.role == "parent" and main.who.startswith(("stepdad", "stepmum", "step-")) and birth is not None:
        # "mum says he 'fell off the sofa'. Mum's partner lives there": the sheet is for mum, not her partner
        main = Person(birth[2], "parent", "parent", main.age)
    # the names the note gives the person it opens on ("Amy Jones 23"), to tell "Amy's mum" from the baby's
    lead_names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", context[max(0, lead[0] - 30):lead[0]])} \
        if lead else set()
    main_position = mentions[carer_at][0] if main.role == "carer" and carer_at is not None else None
    unwanted = _unwanted(low, mentions)
    if unwanted and "see_alone" not in constraints:
        constraints.append("see_alone")

    for k, (pos, entry, label) in enumerate(mentions):
        if label == main.who and (pos == main_position or main.role in ("parent", "carer")):
            continue
        if main.role == "carer" and _SELF_NAMED.search(low[max(0, pos - 24):pos]):
            continue  # "he's her husband", "I'm just his wife": the carer naming themselves, not someone else
        if role_is_the_worker(low, pos, entry):
            continue  # "I'm his PA", "I am her social worker": the worker writing, not someone else at the visit
        if entry["role"] in ("family", "parent", "carer") and _NONE_OF.search(low[max(0, pos - 16):pos]):
            continue  # "no family contact", "has no children", "without a carer": no one to add
        if entry["role"] == "family" and _SOMEONE_ELSES.search(low[max(0, pos - 30):pos]):
            continue  # "staying with a mate's older brother": someone else's family, not the person's
        if label == "the family" and _HOUSEHOLD_NAMED.search(context):
            continue  # "Child in need review, the Williams family": the household the note is about, not one more
        if main.who == "the kinship carer" and entry["who"] in ("the grandparent", "a relative") and not entry["owned"]:
            continue  # "Mrs Davies 63, grandmother, SGO for grandchildren": the kinship carer herself
        role, aud = entry["role"], entry["audience"]
        if k == carer_at and main.role != "carer":
            role, aud = "carer", "carer"
        if role == "parent" and main.audience in ("older_person", "adult", "carer"):
            role, aud = "family", "adult"  # "his mum" beside an adult is family, never a parent's conversation
        elif role == "parent" and main.role == "parent" and (
                (label.startswith(("her ", "his ", "their ")) and infant and not child_ages) or (
                lead_names and low[:pos].split()[-1:] and low[:pos].split()[-1].removesuffix("'s") in lead_names)):
            # "Amy Jones 23, baby Mia ... Amy's mum helps most days" (or "her mum", when the only child is a
            # baby): the young mum's own mum, a grandparent of the baby, never a second parent's conversation
            role, aud = "family", "adult"
            if not label.startswith(("her ", "his ", "their ")):
                label = f"{ {'she': 'her', 'he': 'his'}.get(note_pronouns(low), 'their')} {label.removeprefix('the ')}"
        if role == "child" or (role == "family" and main.audience in ("child", "young_person")
                               and label.endswith(("son", "daughter"))):
            if main.audience in ("child", "young_person"):
                continue  # the child or young person themselves
            aud = "child"
        if role == "family" and older and aud == "adult" and label.endswith(("wife", "husband", "partner")):
            aud = "older_person"
        age = None
        if role == "family" and (label.endswith(("son", "daughter")) and main.audience not in ("child", "young_person")
                                 or label.endswith("sibling")):
            # "Son Osian, 9", "baby sister Ruby 1": a child of the family, with their own age
            end = pos + len(re.match(r"[\w'’-]*", low[pos:]).group())
            age = next((n for p_, n in years if n < data()["ages"]["young_person_below"] and 0 <= p_ - end <= 14
                        and re.fullmatch(r"\W*(?:[A-Za-z][a-z]+\W*)?", context[end:p_] + " ")), None)
            if age is None:  # "6yo sister", "a 4-year-old son": the age typed before the role word
                age = next((n for p_, n in age_at.items() if n < data()["ages"]["young_person_below"]
                            and _AGE_BEFORE.fullmatch(low[p_:pos])), None)
            if age is not None:
                role, aud = "child", audience_for_age(age)
        if expecting and label == "the baby":
            label = "the unborn baby"
        if label.endswith(("partner", "husband", "wife", "boyfriend", "girlfriend")) and \
                re.search(r"(?:\bex[- ]?|\bformer |\bestranged )$", low[max(0, pos - 10):pos]):
            # "ex partner reported to school", "DV conviction vs ex partner": someone else, not at the visit
            if not any(p.who == "the ex-partner" for p in others):
                others.append(Person("the ex-partner", aud, role, age=age, absent="away"))
            continue
        if main.audience in ("child", "young_person") and label.endswith("partner") and _OLDER_PARTNER.search(
                low[max(0, pos - 14):pos + len(entry["said"]) + 14]):
            risky.add(pos)  # "older 'boyfriend' (20s?) picks her up": an adult with a child, named as a risk
        absent = "risk" if pos in risky else "unwanted" if pos in unwanted else \
            "away" if pos in away or _NOT_INVOLVED.match(low[pos + len(label.split()[-1]):]) else \
            "referred" if pos in told_us and (role == "professional" or entry["who"] == "a neighbour") else ""
        if main.role == "parent" and label.split("'s ")[0] in ("mum", "mam", "dad") and "'s " in label:
            label = "the " + label.split("'s ", 1)[1]  # "told TA 'mam's boyfriend slapped me'": mum's own partner
        if main.who == "the parent" and label in _PARENT_WORDS.get(note_pronouns(low), ()) and not absent and \
                not low[:pos].rstrip().endswith("'s"):
            # "Kayleigh (24) and baby Tyler ... see how mum is coping ... her side": mum is Kayleigh, one person
            main.who = label
            continue
        same = next((p for p in others if p.who == label or (p.who.split()[-1] == label.split()[-1]
                     and {p.role, role} <= {"child", "parent", "family"})), None)  # "his dad ... Dad": one dad
        if main.who == "the mum-to-be" and not entry["owned"] and label in ("mum", "the mother"):
            continue  # "Mum Shannon Davies 19, 28 wks pregnant": the mum-to-be herself
        if same is not None:
            if "referred" in (same.absent, absent) and "" in (same.absent, absent):
                same.absent = ""  # "PA meeting ... PA noticed cuts": the one who told us is also the one we meet
            else:
                same.absent = same.absent or absent  # "looks after mam ... Mam doesn't know yet": mam is not there
            same.maybe = same.maybe or where.get(pos) == "maybe"
            continue  # "her baby ... the mother and baby unit" is one baby
        others.append(Person(label, aud, role, age=age, absent=absent, said=entry["said"],
                             maybe=where.get(pos) == "maybe"))
    carer = next((p for p in others if p.who == "the kinship carer"), None)
    kin = next((p for p in others if p.who.endswith(("grandparent", "a relative"))), None)
    if main.audience in ("child", "young_person") and carer is not None and kin is not None:
        # "lives with nan under an SGO ... Nan won't be there": the grandparent is the kinship carer, one person
        carer.absent = carer.absent or kin.absent
        others = [p for p in others if p is not kin]
    named = {p.who for p in [main, *others]}
    if named & {"mum", "mam"} and "dad" in named:
        # "mum Rhian, dad Craig ... parents love kids": the parents are the mum and dad already named
        others = [p for p in others if p.who != "the parents"]
    if carer_at is None and main.role == "person" and main.audience in ("adult", "older_person") and \
            _caring(low) and not any(p.role == "carer" for p in others):
        others.append(Person("the family carer", "carer", "carer"))  # "Mrs Williams doing all his care"
    if main.role == "parent" and not any(p.role == "child" and (p.age is None or p.age < 3) for p in others):
        # "Nadia, mum of Zain 6 ... Older sister Aisha 11": the child the note is about, though no role word names him
        theirs = [p.age for p in others if p.age is not None]
        at, n = next(((p_, n) for p_, n in child_ages if n not in theirs), (None, None))
        if n is not None:  # "kids 4 and 7, 7yo will be in school": that child is not at the visit
            gone = where.get(len(lowered(context[:at]).rstrip()) + 1) == "away"
            others.insert(0, Person("the child", audience_for_age(n), "child", age=n, absent="away" if gone else ""))
    if main.role == "parent" and (infant or expecting) and not any(p.role == "child" for p in others):
        others.append(Person("the unborn baby" if expecting else "the baby", "child", "child"))

    if audience in AUDIENCE_IDS:
        main.audience = audience
        if audience in ("carer", "parent"):
            main.role = audience
    if "not_carer" in constraints:
        for p in [main, *others]:
            if p.role == "carer" or p.audience == "carer":
                p.rejects_carer = True
        if not any(p.rejects_carer for p in [main, *others]) and main.audience in ("adult", "older_person"):
            main.audience, main.role, main.rejects_carer = "carer", "carer", True

    visit_kind = kind if kind in VISIT_KINDS else kind_found
    setting = next((s for s, cues in data()["settings"].items() if phrase_pattern(cues).search(kind_low)), "home")
    if setting == "home" and _WHERE_OPENS.search(context):
        setting = _WHERE_OPENS.search(context).group(1).lower().replace("college", "school")  # "At school w/ ..."
    if setting == "home":  # "Seeing Cai, 13, at school about ...", "Meet at McDonald's not the placement"
        setting = next((place for place, words in data()["meet_places"].items()
                        if re.search(_MEET_AT + r"(?:" + phrase_pattern(words).pattern + ")", low)), "home")
    if setting == "home" and LIVES_IN_CARE_HOME.search(context):
        setting = "care_home"  # "91 in Bryn Awel care home": her home is a care home, never "your own home"
    if visit_kind == "core_group":
        setting = "meeting"
    elif setting == "ward" and kind not in VISIT_KINDS and HOME_ALREADY.search(low):
        setting = "home"  # "discharged from Ward 4 Friday": the ward is where they were, the visit is at home
    elif visit_kind == "discharge" and setting == "home" and not phrase_pattern(data()["settings"]["home"]).search(low):
        setting = "ward"
    welsh = "welsh" in constraints or any(is_welsh(s) for s in split_sentences(context))
    lang = language if language in ("en", "cy") else ("cy" if welsh else "en")
    if lang == "cy" and "welsh" not in constraints:
        constraints.append("welsh")
    if lang == "en" and "welsh" in constraints and language == "en":
        constraints.remove("welsh")
    away = _AT_SCHOOL.search(context)
    kids = [p for p in others if p.role == "child" and not p.absent and p.who not in ("the baby", "the unborn baby")]
    if main.role == "parent" and away and kids and (len(kids) == 1 or away.group(1).lower() in _ALL_THE_KIDS):
        for p in kids:  # "Kai will be at school": a parent's visit, without the child in the room
            p.absent = "away"
    short = setting == "doorstep" or "short" in constraints
    return Visit([main, *others], visit_kind, setting, lang, constraints, situations, [], short)
