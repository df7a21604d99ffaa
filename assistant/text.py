"""Small text helpers shared by the corpus, retrieval and answers: markdown stripping, sentences, tokens."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
# A sentence ends at . ! ? (optionally closed by a quote or bracket) followed by space and a capital or quote.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"'“‘(]?[A-Z0-9])")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Markdown punctuation that can start emphasis, code or headings; backslash-escaped.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_])")
# A list marker at the start ("- ", "+ ", "1. "); > is already an entity by then.
_LINE_START_MARKER = re.compile(r"^(\d*)([-+.#])")
_HTML_SPECIAL = {"<": "&lt;", ">": "&gt;"}
# An ampersand is only escaped where it would start an entity ("&amp;", "&#60;"): "A&E" and "Mr & Mrs" stay as typed.
_ENTITY_START = re.compile(r"&(?=#?\w+;)")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not of off on once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours yourself yourselves s t
    don i'm it's what's isn't aren't can't won't""".split()
)


def strip_markdown(line: str) -> str:
    """Plain text of one markdown line: links, emphasis and bullet markers removed."""
    line = _LINK.sub(r"\1", line)
    line = _EMPHASIS.sub("", line)
    line = _BULLET.sub("", line)
    return line.strip()


def split_sentences(text: str) -> list[str]:
    """Split plain text into sentences, keeping each sentence's own punctuation."""
    text = " ".join(text.split())
    if not text:
        return []
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def word_count(text: str) -> int:
    return len(text.split())


def normalise(text: str) -> str:
    """Unicode-normalised, lower-cased text with curly quotes made straight, for matching."""
    text = unicodedata.normalize("NFKC", text).lower()
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def _stem(token: str) -> str:
    # A light suffix stripper: enough to match "outcomes"/"outcome" and "reflecting"/"reflect".
    for suffix in ("'s", "ingly", "ing", "edly", "ed", "ies", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            if suffix == "ies":
                return token[: -len(suffix)] + "y"
            if suffix == "es" and not token.endswith(("sses", "xes", "ches", "shes")):
                return token[:-1]
            return token[: -len(suffix)]
    return token


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop-word-free, lightly stemmed word tokens for BM25."""
    return [_stem(t) for t in _TOKEN.findall(normalise(text)) if t not in STOPWORDS]


def content_hash(*parts: str) -> str:
    """A short stable hash of some text, used to skip re-embedding unchanged items."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def slugify(text: str) -> str:
    """The anchor id a heading gets on its rendered guidance page."""
    text = normalise(strip_markdown(text))
    text = re.sub(r"[^a-z0-9\s-]", "", text)
    return re.sub(r"[\s-]+", "-", text).strip("-")


def is_valid_unicode(text: str) -> bool:
    """False when text holds a lone surrogate (an escaped half of a UTF-16 pair), which no file or page can hold."""
    return not _SURROGATE.search(text)


def escape_markdown(text: str) -> str:
    """One line of user text made literal in markdown: no tag, link, emphasis or heading survives rendering."""
    text = " ".join(text.split())
    # Entities rather than backslashes for < and >: Python-Markdown passes a backslash before < through as raw HTML.
    text = _ENTITY_START.sub("&amp;", text)
    text = "".join(_HTML_SPECIAL.get(ch, ch) for ch in text)
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    # A link or image needs "](" together; escaping that "(" keeps brackets (and "[PHONE]"-style redactions) plain.
    text = text.replace("](", "]\\(")
    return _LINE_START_MARKER.sub(r"\1\\\2", text)
