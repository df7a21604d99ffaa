"""Redaction of personal identifiers before anything is stored or printed: people's names, street addresses, email,
phone, UK postcode, NHS and National Insurance numbers, dates of birth, bank details, card, case and hospital numbers.
Times, money, doses, ages, versions, order numbers and recent dates are left alone.

Text is matched after Unicode normalisation (NFKC, zero-width characters dropped) so that full-width digits or a
hidden soft hyphen do not let an identifier through; the characters outside an identifier are stored as typed."""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from dataclasses import dataclass

import yaml

# The one list of what is redacted, in the order it is described to users (export, web page, README).
REDACTED_KINDS: dict[str, str] = {
    "name": "people's names",
    "address": "street addresses",
    "email": "email addresses",
    "phone": "phone numbers",
    "postcode": "postcodes",
    "nhs_number": "NHS numbers",
    "ni_number": "National Insurance numbers",
    "date_of_birth": "dates of birth",
    "bank_details": "bank details",
    "card_number": "card numbers",
    "case_number": "case numbers",
    "hospital_number": "hospital numbers",
}


def placeholder(kind: str) -> str:
    """The text that replaces an identifier of this kind, e.g. [NHS NUMBER]."""
    return f"[{kind.upper().replace('_', ' ')}]"


def redaction_note() -> str:
    """One sentence saying exactly what is redacted, e.g. for the export and the web page."""
    kinds = list(REDACTED_KINDS.values())
    listed = ", ".join(kinds[:-1]) + " and " + kinds[-1]
    return f"{listed[0].upper()}{listed[1:]} are replaced by placeholders such as [NAME] before anything is saved."


@dataclass(frozen=True)
class Redaction:
    """One identifier found in a text: where it is (character offsets in the text given) and its kind."""
    start: int
    end: int
    kind: str


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(placeholder(k)[1:-1] for k in REDACTED_KINDS) + r")\]")
_SEP = r"[ .\-/]"  # separators people put inside long numbers


@functools.cache
def _words() -> dict:
    path = importlib.resources.files("guidance_corpus") / "language" / "redaction.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _alternatives(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, with any space matching any run of separators."""
    phrases = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(r"[\s.\-]*".join(map(re.escape, p.split())) for p in phrases) + ")"


def _keyword(kind: str) -> str:
    """A keyword for kind, then optional 'is', 'was', ':', '-', '#' before the value."""
    return (rf"\b{_alternatives(_words()['keywords'][kind])}\b\.?(?:\s*\((?:\w+\s*){{1,3}}\))?"
            r"(?:\s+(?:is|was|of|on))?\s*[:#\-=]?\s*(?:the\s+)?")


_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    day = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_alternatives(w['ordinal_words'])})"
    year = r"(?:(?:19|20)\d{2}|['’]\d{2})"
    date = (rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}|"
            rf"{day}\s+(?:of\s+)?{_MONTHS}\.?,?\s+{year}|{_MONTHS}\.?\s+(?:the\s+)?{day},?\s+{year})")
    # Compact dates (19610303, 03031961) are only birth dates after a keyword.
    compact = r"(?:(?:19|20)\d{2}[01]\d[0-3]\d|[0-3]\d[01]\d(?:19|20)\d{2})"
    cap = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
    name_part = rf"(?:(?:{_alternatives(w['name_particles'])})\s+)?{cap}"
    titles = _alternatives(w["titles"])
    domain_end = _alternatives(w["email_domain_endings"])
    dot, at = r"(?:\s*\.\s*|\s+dot\s+|\s*[\[(]dot[\])]\s*)", r"(?:\s*@\s*|\s+at\s+|\s*[\[(]at[\])]\s*)"
    # A town's name has no digits, so a postcode after it is left to its own pattern.
    place = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+\b(?!['’\-]?\d)"
    town = rf"(?:,?\s+(?!{titles}\b){place}(?:\s+(?!{titles}\b){place})?)?"
    reference = r"(?=[\w/\-]*\d)[A-Z0-9][\w/\-]*[A-Z0-9](?:\s\d{4,})?"  # CP/2024/0113, H1234567, RT7 554433
    street_word = rf"(?!(?:{_alternatives(w['not_street_words'])})(?![\w'’]))[^\W\d_][\w'’\-]*"
    house = rf"(?:(?i:{_alternatives(w['dwelling_words'])})\s+\d{{1,4}}[A-Za-z]?,?\s+)?\b\d{{1,4}}[A-Za-z]?,?\s+"
    return {
        "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
        "spelled_email": re.compile(rf"\b[\w+-]+(?:{dot}[\w+-]+)*{at}[\w-]+(?:{dot}[\w-]+)*{dot}{domain_end}\b",
                                    re.I),
        "dob_keyword": re.compile(rf"{_keyword('date_of_birth')}({date}|{compact})(?!\d)", re.I),
        "nhs_keyword": re.compile(rf"{_keyword('nhs_number')}(\d(?:{_SEP}?\d){{9}})(?!\d)", re.I),
        "ni_keyword": re.compile(rf"{_keyword('ni_number')}([A-Z]{{2}}(?:{_SEP}?\d{{2}}){{3}}(?:{_SEP}?[A-D])?)\b",
                                 re.I),
        "ni": re.compile(r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                         rf"(?:{_SEP}?\d{{2}}){{3}}{_SEP}?[A-D]\b", re.I),
        # A sort code (20-00-00) or an account number (12345678) after a bank keyword.
        "bank": re.compile(rf"{_keyword('bank_details')}(\d{{2}}{_SEP}?\d{{2}}{_SEP}?\d{{2}}(?:[ \-]?\d{{2}})?|"
                           r"\d{4}[ \-]?\d{4})(?!\d)", re.I),
        "iban": re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b"),
        "card": re.compile(r"(?<![\w£$€.,])\d(?:[ \-]?\d){12,18}(?![\w]|[ \-]\d)"),
        "case": re.compile(rf"{_keyword('case_number')}({reference})", re.I),
        "hospital": re.compile(rf"{_keyword('hospital_number')}({reference})", re.I),
        "nhs": re.compile(rf"(?<![\w£$€.,/\-])(?<!\d )\d(?:{_SEP}?\d){{9}}(?!\w|{_SEP}\d)"),
        "phone": re.compile(r"(?<![\w£$€.,])(?:(?:\+|00)44\s?\(?0?\)?[\s.\-]?|\(?0(?=[1-9]))"
                            r"(?:\d[\s().\-]{0,2}){8,9}\d\b(?![.,]\d)"),
        "postcode": re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)\s{0,2}(\d[ABD-HJLNP-UW-Z]{2})\b", re.I),
        "address": re.compile(
            rf"{house}(?:(?:{_alternatives(w['street_prefixes'])})(?:['’]r\s+|\s+(?:(?:y|yr)\s+)?){cap}(?:\s+{cap})?|"
            rf"(?:{cap}\s+){{1,3}}(?:{_alternatives(w['street_suffixes'])})\b\.?|"
            rf"The\s+{cap}(?:\s+{cap})?(?=\s*,)){town}"),
        "titled_name": re.compile(rf"\b{titles}\.?\s+{name_part}(?:[\s\-]+{name_part})?"),
        "given_name": re.compile(rf"\b(?:{_alternatives(w['given_names'])})(?:\s+{name_part}){{0,2}}\b"),
        "date": re.compile(rf"\b{date}(?!\d)", re.I),
        # "dob baby 14/03/2026", "D.O.B. for Lily: 3rd May", "born on the 2nd of June 2025": a birth-date word, up to
        # three words, then a date in any form (a day and month alone too, since after the cue it is still a birthday)
        "dob_near": re.compile(rf"\b{_alternatives(w['keywords']['date_of_birth'])}\b\.?"
                               rf"(?:[\s:#\-=]+(?:[^\W\d_]+(?:['’]s)?|\((?:\w+\s*){{1,3}}\))){{0,3}}[\s:#\-=(]*"
                               rf"(?:the\s+)?({date}|{compact}|{day}\s+(?:of\s+)?{_MONTHS}\b|"
                               rf"{_MONTHS}\.?\s+(?:the\s+)?{day}\b|\d{{1,2}}[/.\-]\d{{1,2}}(?![\w/.\-]))(?!\d)", re.I),
        # a note typed all lower case: "14 heol y bryn", "flat 2, 9 maes y coed", "22 station road"
        "address_any_case": re.compile(
            rf"(?<![\d£$.,:/])(?:{_alternatives(w['dwelling_words'])}\s+\d{{1,4}}[a-z]?,?\s+)?\b\d{{1,4}}[a-z]?,?\s+"
            rf"(?:(?:{_alternatives(w['street_prefixes_any_case'])})(?:['’]r\s+|\s+(?:(?:y|yr)\s+)?){street_word}"
            rf"(?:\s+{street_word})?|(?:{street_word}\s+){{1,3}}(?:{_alternatives(w['street_suffixes_any_case'])}))"
            r"(?![\w'’])", re.I),
        # "address 14 heol y bryn, CF37 2LT": after the word, the house number and what follows it up to a comma
        "address_keyword": re.compile(rf"(?<!\[)\b{_alternatives(w['address_keywords'])}\b\W{{0,3}}"
                                      rf"((?:{_alternatives(w['dwelling_words'])}\s+)?\d{{1,4}}[a-z]?,?\s+[^\W\d_]"
                                      r"[^,;\n.()\[\]]{0,40})", re.I),
    }


def nhs_checksum_ok(digits: str) -> bool:
    """The NHS number modulus-11 check digit."""
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not 15 <= len(s) <= 34:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _valid(date: str) -> bool:
    """Numeric dates must have a real day and month (so a sort code like 20-00-00 is not a date)."""
    parts = re.fullmatch(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})", date) or \
        re.fullmatch(r"((?:19|20)\d{2})(\d{2})(\d{2})", date) or re.fullmatch(r"(\d{2})(\d{2})(\d{4})", date)
    if not parts:
        return True
    a, b, c = (int(x) for x in parts.groups())
    day, month = (c, b) if a > 31 else (a, b)
    return 1 <= day <= 31 and 1 <= month <= 12


def _old(date: str, before_year: int) -> bool:
    if not _valid(date):
        return False
    year = re.search(r"((?:19|20)\d{2})\b|(?:[/.\-]|['’])(\d{2})$", date)
    if not year:
        return False
    value = int(year.group(1)) if year.group(1) else 1900 + int(year.group(2))
    if not year.group(1) and value < 1930:
        value += 100
    return value < before_year


def _after_other_number_word(text: str, start: int) -> bool:
    """'Order 4857773457', 'invoice no. 3852808416': the number is a reference, not an NHS or phone number."""
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 30):start])[-3:]
    return any(word.lower() in _other_words() for word in before)


@functools.cache
def _other_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _words()["other_number_words"])


@functools.cache
def _name_stoplist() -> frozenset[str]:
    w = _words()
    return frozenset(x.lower() for x in w["kin_words"] + w["not_names"] + w["titles"])


def _phones(text: str) -> list[Redaction]:
    import phonenumbers

    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.VALID):
        raw = match.raw_string
        if not raw.lstrip("(").startswith(("+", "0")) or _after_other_number_word(text, match.start):
            continue  # a bare '121 547 2806' is a reference number, not a call someone can make
        ext = re.search(r"\s*(?:ext\.?|extension|x)\s*\d+$", raw, re.I)
        found.append(Redaction(match.start, match.start + (ext.start() if ext else len(raw)), "phone"))
    return found


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")


@functools.cache
def _not_people() -> frozenset[str]:
    w = _words()
    return frozenset(x.lower() for x in list(_MONTH_NAMES) + w["dwelling_words"] + w["street_suffixes"])


def _aged_names(doc, stop: frozenset[str]) -> list[tuple[int, int]]:
    """A proper noun with an age straight after it is a person however rare the name ('Chloe Davies, 26',
    'kids Maddison 3 and Leo 6 months'), which no list of given names or NER model can be counted on to know."""
    spans = []
    for k, token in enumerate(doc[:-1]):
        if token.tag_ not in ("NNP", "NNPS") or not token.text.istitle() or token.lower_ in stop:
            continue  # "Flat AB 12", "GP 3": letters in capitals are a code, not a name
        after = doc[k + 2] if doc[k + 1].text == "," and k + 2 < len(doc) else doc[k + 1]
        if not (after.like_num and after.text.isdigit() and 0 < int(after.text) <= 110):
            continue
        following = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if following is not None and (following.text in (":", ".", "/", "-") and after.i + 2 < len(doc)
                                      and doc[after.i + 2].like_num):
            continue  # a time or a date ("Tues 10-2", "March 3/4"), not an age
        start = doc[k - 1] if k and doc[k - 1].tag_ in ("NNP", "NNPS") and doc[k - 1].lower_ not in stop else token
        spans.append((start.idx, token.idx + len(token)))
    return spans


def titled_names() -> re.Pattern:
    """A name after a courtesy or professional title ("Mrs June Edwards", "Dr Patel")."""
    return _patterns()["titled_name"]


def _names(text: str, taken: list[Redaction]) -> list[Redaction]:
    """People's names: after a title, known given names, the NER model's PERSON entities, and every other place
    in the text where a word of one of those names is used again ('Mrs Hughes ... Hughes said')."""
    from .nlp import load_nlp

    p = _patterns()
    stop = _name_stoplist()
    spans = [(m.start(), m.end()) for m in p["titled_name"].finditer(text)]
    spans += [(m.start(), m.end()) for m in p["given_name"].finditer(text)]
    # Placeholders already in the text ("[PHONE]") are blanked like the identifiers they stand for, so a second pass
    # reads the text as the first did ("0 EB [PHONE]" must not make EB a name the first pass did not see)
    masked = _mask(text, taken + [Redaction(*m.span(), "placeholder") for m in _PLACEHOLDER.finditer(text)])
    # Names need only part-of-speech tags and entities; skipping the parser (the costly step) keeps a turn ~10 ms.
    doc = load_nlp()(masked, disable=["parser", "lemmatizer"])
    spans += _aged_names(doc, stop | _not_people())
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.text.strip().lower() in stop or "[" in ent.text or "]" in ent.text:
            continue
        if ent.start > 0 and doc[ent.start - 1].text == "#" and ent.text.isupper():
            continue  # "#NOF": a fracture of the neck of femur, in a clinician's shorthand
        # Keep the run of proper nouns ('Grandson Dylan' -> 'Dylan'); 'Vitamin B12' or a verb is no name.
        names = [t for t in ent if t.is_alpha and t.text[0].isupper() and t.tag_ in ("NNP", "NNPS")
                 and t.text.lower() not in stop]
        if names and len("".join(t.text for t in names)) > 1 and not any(ch.isdigit() for ch in ent.text):
            spans.append((names[0].idx, names[-1].idx + len(names[-1])))
    spans = [_joined(text, s, e) for s, e in spans]  # "Ellie-Mae": both halves of a hyphenated name
    inside = [m.span() for m in _multiword_not_names().finditer(text)]
    spans = [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in inside)]  # "Merthyr Tydfil"
    spans += [m.span(1) for m in _INITIAL.finditer(text)]
    titles = {t.lower() for t in _words()["titles"]} | {p.lower() for p in _words()["name_particles"]}
    known = {word for s, e in spans for word in re.findall(r"[\w'’\-]+", text[s:e])
             if word[0].isupper() and word.lower() not in stop and word.lower() not in titles and len(word) > 1}
    if known:
        again = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(known, key=len, reverse=True))) + r")\b")
        spans += [(m.start(), m.end()) for m in again.finditer(text)]
        # A note typed fast names "Tyler" once and "tyler" after: a lower-case use of a found name is a name too,
        # where the tagger reads it as a noun ("she will come" keeps its "will" when Will was named)
        lowered = {w.lower() for w in known}
        spans += [(t.idx, t.idx + len(t.text)) for t in doc if t.text.islower() and t.text in lowered
                  and t.pos_ in ("PROPN", "NOUN", "X")]
    halves = {half for word in known if "-" in word for half in word.split("-") if len(half) > 1 and
              half[0].isupper() and half.lower() not in stop}
    if halves:  # "Ellie-Mae ... Ellie said": each half of a hyphenated name, used alone
        again = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(halves, key=len, reverse=True))) + r")\b")
        spans += [(m.start(), m.end()) for m in again.finditer(text)]
    return [Redaction(s, e, "name") for s, e in spans]


def _joined(text: str, start: int, end: int) -> tuple[int, int]:
    """A name span widened over a hyphen to the rest of a hyphenated name ("Ellie-" + "Mae", "Mary-" + "Jo")."""
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        m = re.search(r"[A-ZÀ-ÖØ-Þ][\w'’]*$", text[:start - 1])
        if not m:
            break
        start = m.start()
    while end < len(text) - 1 and text[end] == "-" and text[end + 1].isupper():
        m = re.match(r"[\w'’]+", text[end + 1:])
        end += 1 + m.end()
    return start, end


@functools.cache
def _multiword_not_names() -> re.Pattern:
    """Places and services of two or more words ("Merthyr Tydfil", "Port Talbot"): a word inside one is no name."""
    phrases = sorted((p for p in _words()["not_names"] if " " in p), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")


# A lone initial standing for a person: "K told police", "J's sister rang" (never "I", "A", "Vitamin D", "Plan B")
_INITIAL = re.compile(r"(?:^|[.!?;:,(\-]\s+|\b(?:and|but|that|because|when|as|then|says|said)\s+)"
                      r"((?![AI]\b)[A-Z])(?=(?:['’]s)?\s+(?:told|tells|said|says|rang|called|phoned|wants|wanted|"
                      r"lives|lived|disclosed|reported|denied|admitted|explained|agreed|refused|"
                      r"doesn't|didn't|won't|isn't|wasn't|has been|had been|is staying|was staying|sister|brother|"
                      r"mum|dad|partner|boyfriend|girlfriend|husband|wife)\b)")


def _mask(text: str, spans: list[Redaction]) -> str:
    """The text with found identifiers blanked out (same length), so the NER model does not read them as names."""
    chars = list(text)
    for r in spans:
        chars[r.start:r.end] = " " * (r.end - r.start)
    return "".join(chars)


def _find(text: str, before_year: int) -> list[Redaction]:
    """Identifiers in already-normalised text, in priority order (earlier kinds win where two overlap)."""
    p = _patterns()
    found: list[Redaction] = []

    def add(pattern: str, kind: str, group: int = 0, keep=lambda m: True) -> None:
        for m in p[pattern].finditer(text):
            if keep(m):
                found.append(Redaction(m.start(group), m.end(group), kind))

    add("email", "email")
    add("spelled_email", "email")
    add("dob_keyword", "date_of_birth", 1, lambda m: _valid(m.group(1)))
    add("nhs_keyword", "nhs_number", 1)
    add("ni_keyword", "ni_number", 1)
    add("ni", "ni_number")
    add("bank", "bank_details", 1)
    add("iban", "bank_details", keep=lambda m: _iban_ok(m.group(0)))
    add("card", "card_number", keep=lambda m: _luhn_ok(_digits(m.group(0))))
    add("case", "case_number", 1)
    add("hospital", "hospital_number", 1)
    add("nhs", "nhs_number", keep=lambda m: nhs_checksum_ok(_digits(m.group(0)))
        and not _after_other_number_word(text, m.start()))
    found += _phones(text)
    add("phone", "phone", keep=lambda m: not _after_other_number_word(text, m.start()))
    add("postcode", "postcode", keep=lambda m: not re.match(r"\d(?:st|nd|rd|th)$", m.group(1), re.I))
    add("address", "address")
    add("address_any_case", "address")
    add("address_keyword", "address", 1)
    add("dob_near", "date_of_birth", 1, lambda m: _valid(m.group(1)))
    add("date", "date_of_birth", keep=lambda m: _old(m.group(0), before_year)
        and not _after_other_number_word(text, m.start()))
    found += _names(text, found)
    # A placeholder from an earlier pass is never redacted again, so redacting twice changes nothing.
    done = [Redaction(m.start(), m.end(), "") for m in _PLACEHOLDER.finditer(text)]
    return _merge([r for r in found if not any(_overlaps(r, q) for q in done)])


def _overlaps(a: Redaction, b: Redaction) -> bool:
    return a.start < b.end and b.start < a.end


def _merge(found: list[Redaction]) -> list[Redaction]:
    """Overlapping finds become one redaction (of the kind found first), so no part of either survives."""
    merged: list[tuple[int, int, int, str]] = []  # start, end, priority, kind
    for priority, r in sorted(enumerate(found), key=lambda x: (x[1].start, x[0])):
        if merged and r.start < merged[-1][1]:
            start, end, first, kind = merged[-1]
            merged[-1] = (start, max(end, r.end), min(first, priority), kind if first < priority else r.kind)
        else:
            merged.append((r.start, r.end, priority, r.kind))
    return [Redaction(s, e, k) for s, e, _, k in merged]


def _normalise(text: str) -> tuple[str, list[int]]:
    """NFKC text without zero-width characters, and for each of its characters the index it came from."""
    chars, origin = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch.translate(_ZERO_WIDTH)):
            chars.append(c)
            origin.append(i)
    return "".join(chars), origin


def find_identifiers(text: str, before_year: int = 2016) -> list[Redaction]:
    """The identifiers in text (as spans of its NFC form, which is text itself for anything typed on a keyboard);
    a full date before before_year counts as a birth date."""
    text = unicodedata.normalize("NFC", text)
    normal, origin = _normalise(text)
    found = _find(normal, before_year)
    return [Redaction(origin[r.start], origin[r.end - 1] + 1, r.kind) for r in found if r.end > r.start]


def redact(text: str, before_year: int = 2016) -> str:
    """Text with each identifier replaced by its placeholder ([NAME], [ADDRESS], [PHONE], ...). The name model reads
    words in their context, and a placeholder is new context ("0 EB [PHONE]" can make EB look like a name), so a text
    that changed is read again, until nothing more is found: redacting twice then changes nothing."""
    text = unicodedata.normalize("NFC", text)
    for _ in range(MAX_PASSES):
        once = _redact_once(text, before_year)
        if once == text:
            break
        text = once
    return text


MAX_PASSES = 4


def _redact_once(text: str, before_year: int) -> str:
    out, last = [], 0
    for r in find_identifiers(text, before_year):
        start = r.start
        if text[start:start + 1] == "(" and ")" not in text[start:r.end] and text[r.end:r.end + 1] == ")":
            start += 1  # "(07700 900123)": the number goes, the brackets round it stay a pair
        out += [text[last:start], placeholder(r.kind)]
        last = r.end
    out.append(text[last:])
    return "".join(out)
