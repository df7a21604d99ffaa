"""Reflections built from the person's own words: pronouns turned, feelings and what matters named.

Nothing is invented: a simple reflection restates a clause the person said; a complex one adds only a feeling
word that their own words signal, or joins two things they said.
"""

from __future__ import annotations

import re

from .text import split_sentences

# First person -> second person, and words aimed at the worker -> first person.
_TURN = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're", "im": "you're",
    "i've": "you've", "i'll": "you'll", "i'd": "you'd", "we": "you", "us": "you", "our": "your", "ours": "yours",
    "ourselves": "yourselves", "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd",
    "am": "are", "was": "were", "wasn't": "weren't", "you": "I", "your": "my", "yours": "mine", "you're": "I'm",
    "you've": "I've", "yourself": "myself",
}
_AFTER_I = {"am": "are", "was": "were", "wasn't": "weren't", "'m": "'re"}
_WORD = re.compile(r"[A-Za-z']+|[^A-Za-z']+")
_FILLER = re.compile(r"^(?:(?:well|so|and|but|oh|um|erm|uh|like|look|honestly|to be honest|i mean|you know|yeah|yes|"
                     r"no|ok|okay|right|i dunno|dunno|i don't know)[,.]?\s+)+", re.I)
_GROUP_YOU = re.compile(r"\byou (lot|people|lots)\b|\byour lot\b", re.I)
# After these words "you" is the subject ("can you", "and you"), so it turns to "I"; elsewhere to "me".
_BEFORE_SUBJECT = {"and", "but", "if", "when", "that", "can", "could", "will", "would", "do", "did", "are", "have",
                   "should", "were", "so", "because"}

FEELINGS = {
    "worn out": ("tired", "exhausted", "knackered", "shattered", "worn out", "drained", "no energy", "sleep"),
    "worried": ("worried", "worry", "scared", "afraid", "frightened", "anxious", "nervous", "panic", "terrified",
                "dread"),
    "fed up": ("fed up", "sick of", "had enough", "tired of", "sick and tired", "pointless", "no point", "you lot",
               "you people", "only turn up", "interfering", "keep telling me", "waste of time"),
    "angry": ("angry", "furious", "livid", "annoyed", "cross", "wound up", "rage", "mad at", "how dare"),
    "low": ("sad", "low", "down", "miserable", "depressed", "crying", "cry", "hopeless", "lonely", "alone",
            "empty"),
    "hurt": ("hurt", "let down", "betrayed", "judged", "blamed", "ashamed", "embarrassed", "guilty"),
    "proud": ("proud", "chuffed", "managed", "did it", "pleased with myself"),
    "hopeful": ("hope", "hopeful", "looking forward", "can't wait", "excited", "better now", "getting better"),
    "stretched": ("juggling", "too much", "overwhelmed", "stressed", "stress", "struggling", "can't cope",
                  "on my own", "no help"),
}
MATTERS = ("kids", "children", "son", "daughter", "mum", "mam", "dad", "husband", "wife", "partner", "family",
           "home", "house", "garden", "dog", "cat", "school", "job", "work", "church", "chapel", "friends", "nain",
           "taid", "grandchildren", "independence", "own", "choir", "football", "club", "faith", "brother", "sister")


def turn_pronouns(text: str) -> str:
    """Restate the person's words as the worker would say them back: I/me/my -> you/your and so on."""
    text = _GROUP_YOU.sub("\x01", text)  # "you lot" means the service: it becomes "we", untouched below
    out: list[str] = []
    previous_word = ""
    for token in _WORD.findall(text):
        lower = token.lower()
        turned = token
        if lower in ("am", "was", "wasn't"):
            turned = _TURN[lower] if previous_word == "i" else token
        elif lower == "you":
            # Words aimed at the worker: subject "you" -> "I", object "you" -> "me".
            subject = not previous_word or previous_word in _BEFORE_SUBJECT
            turned = "I" if subject else "me"
        elif lower in _TURN:
            turned = _TURN[lower]
        if turned != token and token[:1].isupper() and not out:
            turned = turned[:1].upper() + turned[1:]
        out.append(turned)
        if re.match(r"[A-Za-z']+$", token):
            previous_word = lower
    result = "".join(out).replace("\x01", "we")
    return re.sub(r"\bI are\b", "I am", re.sub(r"\bI were\b", "I was", result))


def feeling_in(text: str) -> str | None:
    """The feeling the person's own words signal, if any."""
    lower = f" {text.lower()} "
    for feeling, cues in FEELINGS.items():
        if any(re.search(rf"\b{re.escape(c)}\b", lower) for c in cues):
            return feeling
    return None


def matters_in(text: str) -> str | None:
    """A person, place or thing the person mentions that may be what matters to them, with their possessive."""
    words = "|".join(MATTERS)
    match = re.search(rf"\b(my|our)\s+((?:[a-z]+\s)?(?:{words}))\b", text, re.I)
    if match:
        return turn_pronouns(f"{match.group(1)} {match.group(2)}").lower()
    match = re.search(rf"\b({words})\b", text, re.I)
    return match.group(1).lower() if match else None


def key_clause(text: str, max_words: int = 22) -> str:
    """The most telling clause of what the person said, trimmed of fillers and to a sensible length."""
    sentences = [s for s in split_sentences(text) if s.strip()] or [text]
    statements = [s for s in sentences if not s.rstrip().endswith("?")]
    sentences = statements or sentences
    # Prefer a sentence that carries a feeling or something that matters; otherwise the last one said.
    chosen = next((s for s in reversed(sentences) if feeling_in(s) or matters_in(s)), sentences[-1])
    clause = _FILLER.sub("", chosen.strip()).rstrip(" .!?…")
    words = clause.split()
    if len(words) > max_words:
        parts = re.split(r",\s+|\s+(?:and|but|because|so)\s+", clause)
        clause = max((p for p in parts if len(p.split()) <= max_words), key=lambda p: len(p.split()),
                     default=" ".join(words[:max_words]))
    return clause.strip(" ,;-")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != "I " else text


def _sentence(text: str) -> str:
    text = " ".join(text.split()).rstrip(" ,;-?")
    text = text[0].upper() + text[1:] if text else text
    return text if text.endswith((".", "!")) else text + "."


def _too_short(text: str) -> bool:
    return len(re.findall(r"[A-Za-z']+", text)) < 3


def simple_reflection(text: str) -> str:
    """Restate the heart of what the person said, in the second person."""
    if _too_short(text):
        return "You don't want to say much about it just now."
    clause = turn_pronouns(key_clause(text))
    asked = re.match(r"^(?:do|does|did|can|could|will|would|should|is|are|am|have|has)\s+(.+?)\??$", clause, re.I)
    if asked and text.rstrip().endswith("?"):
        rest = re.sub(r"^(you|I)\s+(\w+)", lambda m: f"{m.group(1)} {m.group(2)}", asked.group(1))
        return _sentence(f"You're wondering whether {rest}")
    if re.match(r"^we\b", clause):
        return _sentence(f"You feel {clause}")
    if re.match(r"^(you|your)\b", clause, re.I):
        return _sentence(clause)
    return _sentence(f"So {_lower_first(clause)}" if clause else "So that's how it is for you")


def complex_reflection(text: str) -> str:
    """Add meaning the person signalled: the feeling under their words, or the two sides they described."""
    if _too_short(text):
        return "It sounds like this might not feel like the right time to talk about it, and that's OK."
    sentences = split_sentences(text)
    feeling = feeling_in(text)
    matters = matters_in(text)
    both = re.search(r"^(.{8,}?)\s*(?:,\s*)?\bbut\b\s+(.{8,})$", key_clause(text, 40), re.I)
    if both:
        first, second = (turn_pronouns(_FILLER.sub("", p).strip(" ,.")) for p in both.groups())
        return _sentence(f"On the one hand {_lower_first(first)}, and on the other {_lower_first(second)}")
    if feeling and matters:
        return _sentence(f"You sound {feeling}, and {matters} clearly matter{'s' if not matters.endswith('s') else ''}"
                         f" a great deal to you")
    if feeling:
        return _sentence(f"It sounds like you're feeling {feeling} with all of this")
    if matters:
        return _sentence(f"It sounds like {matters} {'are' if matters.endswith('s') else 'is'} at the heart of this"
                         f" for you")
    sentences = [x for x in sentences if not x.rstrip().endswith("?")] or sentences
    if len(sentences) > 1:
        return _sentence(f"There's a lot going on: {_lower_first(turn_pronouns(key_clause(sentences[0], 12)))}, and"
                         f" {_lower_first(turn_pronouns(key_clause(sentences[-1], 12)))}")
    return _sentence(f"It sounds like {_lower_first(turn_pronouns(key_clause(text)))}")
