"""Reading a worker's utterance as a supervisor would: the coder's code, corrected by the few cues that settle it.

The coder reads words; a supervisor also reads the moment. Greetings, hospitality ("Milk no sugar?") and the
goodbye are other talk; the Active Offer of Welsh is a closed question that is good practice; a "So, ..." that
gathers several things is a summary; naming a strength the person has shown is an affirmation; "confront" stands
only with a warning, an argument, a label or blame in the words, otherwise telling is advice and the rest is
information; and the unmistakable confronting forms ("isn't a one-off though, is it?", "So you did grab him.",
"you're a hoarder") are confront whatever the coder read, unless the line is a summary, an affirmation or other
talk. A Welsh question opening with a question word is an open question. The word lists live in
guidance_corpus/language/feedback.yaml.
"""

from __future__ import annotations

import functools
import re

from .language import is_welsh, language_data

GOOD = ("open_question", "simple_reflection", "complex_reflection", "affirmation", "summary")


@functools.cache
def cues() -> dict[str, re.Pattern]:
    """One compiled pattern per word list of feedback.yaml (phrases on word boundaries, any case)."""
    data = language_data("feedback")
    return {name: re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                             + r")(?![\w'])", re.I)
            for name, words in data.items() if isinstance(words, list)}


def has(name: str, text: str) -> bool:
    return bool(cues()[name].search(text))


def is_active_offer(text: str) -> bool:
    """Offers the conversation in Welsh ('Would you like to have this conversation in Welsh?')."""
    return "?" in text and has("active_offer", text)


def is_greeting(text: str) -> bool:
    return bool(cues()["greetings"].match(text.strip()))


def is_hospitality(text: str) -> bool:
    """Tea, a chair, the way in: short practical talk."""
    return len(text.split()) <= 16 and has("hospitality", text)


def is_closing(text: str) -> bool:
    return has("closings", text)


def is_summary(text: str) -> bool:
    """A summary's shape: an opener ('So', 'In your words', 'Let me see if I've got it') and a list of things."""
    opener = re.compile(r"(?:^|[.!?:]\s+)(?:(?:okay|ok|right|brilliant|lovely|great|and)[,.]?\s+)*(?:"
                        + cues()["summary_openers"].pattern + "|" + cues()["summary_openers_cy"].pattern + ")", re.I)
    return bool(opener.search(text)) and len(re.findall(r"[,;:]", text)) >= 2 and len(text.split()) >= 14


# A tag question that argues: a negative statement closed by "..., is it?" / "though, is it." / "..., are you?".
_ARGUING_TAG = re.compile(r"(?:\bthough,?\s+(?:is|isn't|are|aren't|do|don't|did|didn't|was|wasn't|will|won't|can|can't)"
                          r"(?:\s+(?:it|you|he|she|they|we|i))?|(?:n't|\bnot)\b[^?]*,\s*(?:is|are|was|will|do|did|can)"
                          r"\s+(?:it|you|he|she|they))\s*[.?!]?\s*$", re.I)


def is_strongly_confronting(text: str) -> bool:
    """Arguing, insisting, a gotcha or a label in a form no supervisor would read as anything else."""
    return has("strong_confront_cues", text) or any(_ARGUING_TAG.search(s) for s in re.split(r"(?<=[.?!])\s+", text))


def is_good_closed(text: str) -> bool:
    """A closed question that is good practice: the Active Offer, asking permission, checking it is safe to talk,
    checking understanding, offering an interpreter."""
    return is_active_offer(text) or has("good_closed", text)


def is_open_request(text: str) -> bool:
    """'Can you tell me what happened?': a yes/no form that works as an open question."""
    return has("open_request", text)


def with_autonomy(text: str) -> bool:
    """Advice or an option offered with permission or leaving the choice with the person."""
    return has("autonomy_cues", text)


def is_welsh_open_question(text: str) -> bool:
    """A Welsh question opening with a question word ("Wil, beth fyddai diwrnod da i chi?"): the English coder
    cannot read it, the question word can."""
    questions = [q for q in re.split(r"(?<=[.!?])\s+", text.strip()) if q.endswith("?")]
    if not questions or not is_welsh(questions[-1]):
        return False
    last = re.sub(r"^(?:[A-Z][\w']+,\s*)", "", questions[-1])  # a name first: "Dylan, sut mae hi i chi?"
    return bool(cues()["welsh_open_openers"].match(last))


def is_affirmation(text: str) -> bool:
    return not text.rstrip().endswith("?") and has("affirmation_cues", text) and not has("blame", text)


def is_confronting(text: str) -> bool:
    return has("confront_cues", text) or is_strongly_confronting(text)


def is_directive(text: str) -> bool:
    return has("directive_cues", text)


def practice_code(text: str, coded: str, first: bool = False, last: bool = False) -> str:
    """The code a supervisor would give, from the coder's code and the cues; the coder's code when no cue decides."""
    if is_active_offer(text):
        return "closed_question"
    if first and is_greeting(text) and coded != "open_question":
        return "other"
    if is_hospitality(text) and coded in ("closed_question", "confront", "advice", "information"):
        return "other"
    if is_welsh_open_question(text):
        return "open_question"
    if coded not in ("open_question", "closed_question") and is_summary(text):
        return "summary"
    if coded in ("simple_reflection", "complex_reflection", "information", "advice", "confront", "other") \
            and is_affirmation(text) and not is_confronting(text):
        return "affirmation"
    if coded not in ("confront", "summary", "affirmation", "other") and is_strongly_confronting(text):
        return "confront"
    # A goodbye is other talk, unless it carries a warning ("It's better for you if you cooperate. I'll be back").
    if last and is_closing(text) and coded not in GOOD and not (coded == "confront" and is_strongly_confronting(text)):
        return "other"
    if coded == "confront" and not is_confronting(text):
        return "advice" if is_directive(text) else "information"
    return coded
