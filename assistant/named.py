"""People's names in guidance sentences, from the parse's named entities. The index finds them once per sentence when
it is built (names.json in the build folder), so answering never runs the named-entity step on guidance text."""

from __future__ import annotations

import functools
import re

from .language import language_data
from .nlp import PIPELINE, load_nlp, parse

_CAPITAL_WORD = re.compile(r"(?<![\w'])[A-Z][\w'’-]*")
NAMES_VERSION = f"{PIPELINE}-1"  # a cache of names is reused only if it was made the same way


@functools.cache
def _common_words() -> frozenset[str]:
    """spaCy's English stop words and the practice verbs: a sentence opening with one opens with no name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | frozenset(language_data("answers")["practice_verbs"])


def may_name(sentence: str) -> bool:
    """Whether the sentence could name someone: a capital letter after its first word, or a first word that is not a
    common word. A sentence that cannot is never parsed."""
    stripped = sentence.strip(" \"'“‘(")
    capitals = _CAPITAL_WORD.findall(stripped)
    first = stripped.split(maxsplit=1)[0] if stripped else ""
    common_start = first.lower() in _common_words() or first.lower().rstrip(",:;") in _common_words()
    return any(w != "I" and not (w == first and common_start) for w in capitals)


def _people(doc) -> frozenset[str]:
    return frozenset(e.text.lower() for e in doc.ents if e.label_ == "PERSON")


@functools.lru_cache(maxsize=8192)
def names(sentence: str) -> frozenset[str]:
    """People's names in one sentence, lower case."""
    return _people(parse(sentence, ner=True)) if may_name(sentence) else frozenset()


def names_of(sentences: list[str], batch_size: int = 64) -> list[frozenset[str]]:
    """names() for many sentences at once, the ones that may name someone parsed in batches."""
    out = [frozenset()] * len(sentences)
    todo = [i for i, s in enumerate(sentences) if may_name(s)]
    if todo:
        docs = load_nlp().pipe((sentences[i] for i in todo), batch_size=batch_size)
        for i, doc in zip(todo, docs, strict=True):
            out[i] = _people(doc)
    return out
