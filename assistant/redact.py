"""Redaction of personal identifiers before anything is stored: email, phone, UK postcode, NHS number (with its
checksum), National Insurance number and dates of birth. Times, money and ordinary numbers are left alone."""

from __future__ import annotations

import re

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# UK phone numbers: +44 or 0, then 9-10 more digits in common groupings.
PHONE = re.compile(r"(?<![\w£$€.,])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:\d[\s)-]{0,2}){8,10}\d\b(?![.,]\d)")
POSTCODE = re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR)\s{0,2}(\d[ABD-HJLNP-UW-Z]{2})\b", re.I)
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$", re.I)
NHS_CANDIDATE = re.compile(r"(?<![\d£$€.])(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})(?!\d)(?![.,]\d)")
NI_NUMBER = re.compile(
    r"\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
                       re.I)
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}|" \
        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+(?:19|20)\d{{2}}|" \
        rf"{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})"
DOB = re.compile(rf"\b((?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday)(?:\s+(?:is|was))?\s*[:\-]?\s*"
                 rf"(?:the\s+)?)({_DATE})", re.I)
# A full date with a year long past is most likely a birth date in care notes.
OLD_DATE = re.compile(rf"\b{_DATE}\b", re.I)


def nhs_checksum_ok(digits: str) -> bool:
    """The NHS number modulus-11 check digit."""
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _valid(date: str) -> bool:
    """Numeric dates must have a real day and month (so a sort code like 20-00-00 is not a date)."""
    parts = re.fullmatch(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})", date)
    if not parts:
        return True
    a, b, c = (int(x) for x in parts.groups())
    day, month = (c, b) if a > 31 else (a, b)
    return 1 <= day <= 31 and 1 <= month <= 12


def _old(date: str, before_year: int) -> bool:
    if not _valid(date):
        return False
    year = re.search(r"((?:19|20)\d{2})\b|[/.-](\d{2})$", date)
    if not year:
        return False
    value = int(year.group(1)) if year.group(1) else 1900 + int(year.group(2))
    if not year.group(1) and value < 1930:
        value += 100
    return value < before_year


def redact(text: str, before_year: int = 2016) -> str:
    """Text with identifiers replaced by [EMAIL], [PHONE], [POSTCODE], [NHS NUMBER], [NI NUMBER], [DATE OF BIRTH]."""
    text = EMAIL.sub("[EMAIL]", text)
    text = DOB.sub(lambda m: m.group(1) + "[DATE OF BIRTH]" if _valid(m.group(2)) else m.group(0), text)
    text = NI_NUMBER.sub("[NI NUMBER]", text)
    text = NHS_CANDIDATE.sub(lambda m: "[NHS NUMBER]" if nhs_checksum_ok("".join(m.groups())) else m.group(0), text)
    text = PHONE.sub("[PHONE]", text)
    text = POSTCODE.sub(lambda m: m.group(0) if _ORDINAL.match(m.group(1)) else "[POSTCODE]", text)
    text = OLD_DATE.sub(lambda m: "[DATE OF BIRTH]" if _old(m.group(0), before_year) else m.group(0), text)
    return text
