"""Language data and language identification: the word lists in guidance_corpus/language/*.yaml, loaded once,
and a Welsh function-word model so Welsh sentences are recognised and never run through English rules."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from .locations import package_dir

LANGUAGE_DIR = package_dir("guidance_corpus", "language")
_WORD = re.compile(r"[a-zàâäèêëìîïòôöùûüŵŷáéíóúẁẃẅỳý']+", re.I)
# Letters English never uses; one of them in a word marks it Welsh.
_WELSH_LETTERS = re.compile(r"[ŵŷâêîôûẁẃẅỳ]", re.I)
WELSH_SHARE = 0.5  # share of a sentence's words that must be Welsh function words (tested on both languages)


@functools.cache
def language_data(name: str, folder: Path = LANGUAGE_DIR) -> dict:
    """One data file of word lists, e.g. language_data("conversation"), read once per process."""
    path = folder / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of word lists")
    return data


@functools.cache
def _welsh_words() -> tuple[frozenset[str], frozenset[str]]:
    data = language_data("welsh")
    shared = frozenset(data.get("shared", []))
    return frozenset(w.lower() for w in data["words"]) - shared, shared


def words_of(text: str) -> list[str]:
    # Phones and word processors type a curly apostrophe ("sy’n"); the word lists use the straight one.
    return [w.lower().strip("'") for w in _WORD.findall(text.replace("\u2019", "'"))]


def is_welsh(sentence: str) -> bool:
    """Whether a sentence is Welsh: mostly Welsh function words, or a letter only Welsh uses."""
    words = words_of(sentence)
    welsh, shared = _welsh_words()
    counted = [w for w in words if w not in shared]
    if not counted:
        return False
    hits = sum(w in welsh or bool(_WELSH_LETTERS.search(w)) for w in counted)
    return hits / len(counted) >= WELSH_SHARE and hits >= 2 or (hits >= 3 and hits / len(counted) >= 0.4)


def language_of(text: str, sentences: list[str]) -> str:
    """'en', 'cy' or 'mixed' for a turn, from its sentences."""
    flags = [is_welsh(s) for s in sentences if words_of(s)]
    if not flags or not any(flags):
        return "en"
    return "cy" if all(flags) else "mixed"
