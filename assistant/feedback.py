"""Feedback on a coded transcript that never harms: what went well (only confident good codes, quoted), the
conversation's arc, missed opportunities with a better line only when one is safe, and supervision questions drawn
from what actually happened.

A better line for a closed question is offered only when it keeps the worker's intent and presupposes nothing: a
rewrite of the worker's own words that adds no noun, name or verb (rewrite.keeps_meaning), or a bank question close
in meaning (embedding similarity) that keeps what the worker asked about and adds nothing about the person, and never
a bank question in a safeguarding context. Good closed questions (the Active Offer, permission, "is it safe to
talk?", "have I got that right?") are never flagged. Confronting talk and unasked advice are named with why they
tend to close a person down, and offered a reflection of the person's own previous words only when it is their own
statement about themselves, faithful to it and blaming no one. Safety advice (999, a domestic abuse or crisis line,
the pendant alarm) is never a style fault: it is named as right to give, with the risk it answers and what should
follow. A review that checks the services rather than the person is explained as such, once. The Active Offer is
named where a first conversation lacks it or the person speaks Welsh unoffered. Welsh lines are not judged by English
rules. Each
better line is used once per transcript and only a few items of each kind are listed: offering nothing is better
than offering something wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .language import is_welsh, language_data
from .nlp import parse
from .practice import (
    GOOD,
    MORALISING,
    adds_meaning,
    gives_safety_advice,
    has,
    is_active_offer,
    is_affirmation,
    is_checked_summary,
    is_directive,
    is_effort_affirmation,
    is_empathic,
    is_good_closed,
    is_hospitality,
    is_open_request,
    is_strongly_confronting,
    is_summary,
    with_autonomy,
)
from .reflections import complex_reflection, simple_reflection
from .rewrite import content_lemmas, is_leading, open_alternatives, pressure_lever
from .safety import CHILD_WORDS, disclosed, high_risk_text, raised_by_worker

DID_WELL_CONFIDENCE = 0.6  # the coder's main-behaviour probability a quoted good line needs
DID_WELL_WORDS = 6  # "It's just shit." said back is no model to quote
CONFRONT_CONFIDENCE = 0.5
MAX_QUESTION_ITEMS = 3
MAX_REFLECT_FIRST_ITEMS = 2
MAX_CONFRONT_ITEMS = 3
MAX_ADVICE_ITEMS = 2
MAX_PRESSURE_ITEMS = 2  # guilt or fear levers named (rewrite.pressure_lever)
MIN_ARC_TURNS = 8
MIN_GATHERED = 2  # open questions or reflections a visit needs before a missed summary is worth naming
MIN_CLOSED_RUN = 4  # closed questions in a row that make an interrogation
BANK_SIMILARITY = 0.6  # a bank question must be this close in meaning to the worker's question to stand in for it
REFLECTION_SIMILARITY = 0.55  # a reflection must be this close to the person's words to be a faithful one
WHY_DID_WELL = {
    "complex_reflection": "A complex reflection: it says back the meaning under the person's words, so they feel "
                          "understood.",
    "affirmation": "An affirmation that names a real strength the person has shown.",
    "summary": "A summary that gathers what the person said and checks it with them.",
    "simple_reflection": "Saying back what the person said shows you heard it.",
}
_YOU = re.compile(r"\b(you|your|you're|you've|you'd|you'll|yourself)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|my|myself|we|we're|we've|our|us)\b", re.I)
# The person standing their ground ("I don't want a home", "I slipped, that's all"): where arguing back does most
# harm and saying back their view is the better move. A reflection of a plain fact ("I wash at the sink") is not.
_DEFENDING = re.compile(r"(?i)(n't\b|\bnot\b|\bnever\b|\bno\b|\bonly\b|\bjust\b|that's all|\bfine\b|\bmanage\b)")
# Telling the person what to do, said to them (not "I'll need to see the kids' rooms", the worker's own task).
_TELLING = re.compile(r"(?i)(\byou\b(?!['’]d)[^.?!]*\b(should|shouldn't|need to|must|have to|ought)\b|"
                      r"\b(i'd|i would) (suggest|recommend|advise|really|do|keep|give)\b|\bmake sure\b|"
                      r"(^|[.!]\s+)(then )?(go|get|ring|call|keep|stop|change|charge|try|put|wear)\b)")

# Passing on what someone else said or reported ("The school have told me...", "The police let us know..."): facts
# given, never a reflection to quote as good practice.
_REPORTED = re.compile(r"(?i)\b(?:told|tell|let|letting) (?:me|us)\b|\breported\b|\b(?:has|have) said\b")

Similar = Callable[[str, str], float]


@dataclass
class Line:
    """One turn as feedback needs it (analysis.CodedUtterance has these fields)."""

    role: str
    text: str
    primary: str | None
    coder_primary: str | None
    confidence: float
    codes: list[str]


def similarity(embed) -> Similar:
    """Cosine similarity of two texts by the embedder's vectors (embed: list of texts -> array)."""
    def similar(a: str, b: str) -> float:
        va, vb = np.asarray(embed([a, b]), dtype=float)
        return float(va @ vb / ((np.linalg.norm(va) * np.linalg.norm(vb)) or 1.0))
    return similar


def _words(name: str) -> frozenset[str]:
    return frozenset(language_data("feedback")[name])


def _next_person(lines: list, index: int) -> str | None:
    return next((u.text for u in lines[index + 1:] if u.role == "person"), None)


def _previous_person(lines: list, index: int) -> str | None:
    return next((u.text for u in reversed(lines[:index]) if u.role == "person"), None)


def mostly_welsh(text: str) -> bool:
    """Half or more of the sentences are Welsh: the English coder and rules cannot judge the line."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    return bool(sentences) and sum(is_welsh(s) for s in sentences) * 2 >= len(sentences)


def confident_good(u) -> bool:
    """A good code the coder itself gave with confidence, in words with no confronting, directing or blaming cue,
    said to the person (a reflection or an affirmation is about them), with the shape its code needs."""
    if not (u.primary in GOOD and u.coder_primary == u.primary and u.confidence >= DID_WELL_CONFIDENCE
            and "confront" not in u.codes and not has("confront_cues", u.text) and not has("blame", u.text)
            and not is_strongly_confronting(u.text) and not is_directive(u.text)
            and len(u.text.split()) >= DID_WELL_WORDS and not u.text.rstrip().endswith("?")
            and not mostly_welsh(u.text) and _YOU.search(u.text)):
        return False
    if re.match(r"(?i)\s*(but|no|well|look|even|i|i'm|i've|sorry)\b", u.text):
        return False  # "I know, but...", "Well, ...", "I've just done..." are about the worker or open an argument
    if _REPORTED.search(u.text):
        return False  # "School have told me you've been in fights" passes on a report; it reflects nothing they said
    if u.primary == "affirmation":
        return is_affirmation(u.text)
    if u.primary == "summary":
        return is_summary(u.text)
    if u.primary == "complex_reflection" and not adds_meaning(u.text):
        return False  # praised as "the meaning under the person's words" only where the words visibly add some
    return not with_autonomy(u.text)  # "Some people find it easier with..." offers an option; it reflects nothing


def praises_nothing(text: str) -> bool:
    """Whether a line the coder read as a simple reflection can be praised as saying back what the person said: it
    praises nothing ("you were a really good big brother" is the worker's own verdict, never "what the person
    said")."""
    return not (is_affirmation(text) or is_effort_affirmation(text) or has("praise_words", text))


def did_well(lines: list) -> list[dict]:
    """Up to two confident good lines of different codes, best kinds first, and the Active Offer when made."""
    out: list[dict] = []
    offer = next((u for u in lines if u.role == "worker" and is_active_offer(u.text)), None)
    if offer:
        out.append({"kind": "did_well", "code": "active_offer", "quote": offer.text,
                    "why": "The Active Offer of Welsh: offering the conversation in Welsh without being asked is "
                           "good practice (a closed question that should stay closed)."})
    chosen: list = []
    # A "summary" in the first two lines recaps the last visit's plan; it gathers nothing the person said today.
    opening = [u for u in lines if u.role == "worker"][:2]
    # Open questions are not quoted: "How many hours a week?" opens with "how" and still closes the story down.
    for code in ("complex_reflection", "affirmation", "summary", "simple_reflection"):
        best = max((u for u in lines if u.role == "worker" and u.primary == code and confident_good(u)
                    and not (code == "summary" and any(u is o for o in opening))
                    and (code != "simple_reflection" or praises_nothing(u.text))),
                   key=lambda u: u.confidence, default=None)
        if best and len(chosen) < 2:
            chosen.append(best)
    out += [{"kind": "did_well", "code": u.primary, "quote": u.text, "why": WHY_DID_WELL[u.primary]}
            for u in chosen]
    return out


def _capitals(text: str) -> set[str]:
    """Capitalised words after the first (names), to check a reflection brings in none the person did not say."""
    words = re.findall(r"[\w']+", text)
    return {w for w in words[1:] if w[0].isupper() and w != "I"}


def safe_reflection(said: str | None, worker_text: str, similar: Similar | None = None) -> str | None:
    """A reflection of the person's words that is their own statement about themselves, faithful to it, blaming no
    one and not carrying the worker's accusation back as if the person had said it; None when none fits."""
    if not said or "?" in said or "(" in said or mostly_welsh(said) or not _FIRST_PERSON.search(said) \
            or not _DEFENDING.search(said):
        return None
    if _YOU.search(said):  # "You lot never listen": words aimed at the worker, not a statement about themselves
        return None
    better = complex_reflection(said) or simple_reflection(said)
    if not better or not 5 <= len(better.split()) <= 25 or not better.startswith(("You", "It", "Part of you")):
        return None
    if not _DEFENDING.search(better):
        return None  # "You were hanging out the washing." says back the detail, not the ground they stood on
    if _FIRST_PERSON.search(better) or has("blame", better) or has("confront_cues", better):
        return None  # "I'll lock you up": the person's accusation turned into the worker's words
    if not _capitals(better) <= _capitals(said) | {w.capitalize() for w in re.findall(r"[\w']+", said)}:
        return None
    if re.search(r"\b(and|but|or|,)\s+[A-Z][a-z]+\s+(you|he|she|they)\b", better):
        return None  # a clause glued on by the parse ("He grabbed you, and Where you keep your purse.")
    if content_lemmas(better) & content_lemmas(worker_text) - content_lemmas(said):
        return None
    if similar is not None and similar(better, said) < REFLECTION_SIMILARITY:
        return None
    return better


def _nouns(text: str) -> set[str]:
    return {t.lemma_.lower() for t in parse(text) if t.pos_ in ("NOUN", "PROPN") and t.is_alpha}


def in_risk_context(text: str, said: str | None) -> bool:
    """A safeguarding question: risk words in the question or in what the person has just said."""
    return has("risk_words", text) or bool(said and has("risk_words", said))


def bank_fits(text: str, bank: list[tuple[str, str]], similar: Similar | None) -> list[tuple[str, str]]:
    """Bank questions that can stand in for the worker's question: close in meaning, keeping at least half of what
    the worker asked about (its nouns) and adding no noun about the person beyond the question's frame."""
    if similar is None:
        return []
    asked = _nouns(text)
    out = []
    for qid, question in bank:
        nouns = _nouns(question)
        kept = len(asked & nouns) * 2 >= len(asked) if asked else True
        added = nouns - asked - _words("frame_nouns")
        if kept and not added and not has("blame", question) and similar(text, question) >= BANK_SIMILARITY:
            out.append((qid, question))
    return out


def better_question(text: str, said: str | None, bank_search, similar: Similar | None) -> dict | None:
    """An open question that keeps what the worker wanted to know and presupposes nothing, or None."""
    bank = [] if bank_search is None or in_risk_context(text, said) else bank_fits(text, bank_search(text), similar)
    options = open_alternatives(text, bank, n=1, generic=False)
    if not options:
        return None
    if options[0]["text"].startswith("Where "):
        return None  # "Is he living here?" -> "Where is he living?" still asks for a fact: no more open, often a
        # safety fact-check that should stay as it is
    if options[0]["source"] == "rewrite" and similar is not None and similar(text, options[0]["text"]) < 0.5:
        return None  # the rewrite's meaning drifted from the question
    return options[0]


WHY_CLOSED = "A closed question gathers a fact and hands the lead back to you; the open version asks the same " \
             "thing and lets the person tell it their way."
WHY_SERVICE = "This checks that the service is still being delivered; a review asks about the person: what " \
              "difference the support makes to what matters to them, and what has changed."
# "Are the carers still coming twice a day?", "Is the day centre still happening?": whether a service is delivered
_SERVICE_CHECK = re.compile(r"(?i)^\W*(?:(?:and|so)\W+)?(?:are|is|do|does)\s+(?:the|your)\s+[\w' -]{2,30}?\s+still\s+"
                            r"(?:coming|turning up|visiting|going|happening|running|calling|on|there)\b")
_SERVICE_NOUNS = ("carer", "call", "visit", "agency", "care", "centre", "meals", "service", "package", "support",
                  "sitter", "worker", "team")
WHY_LEADING = "The wording suggests the answer you want; the open version asks the same thing without it."
# A question or warning that leans on guilt or fear (rewrite.pressure_lever): named as pressure, never given an open
# "better" version, which would keep the lever (review analyse-14).
WHY_PRESSURE = {
    "others": "This leans on how other people would feel: guilt can get agreement, but not what the person wants, "
              "and asking it openly keeps the pressure. Ask what matters to them about it, in their own words.",
    "refusal": "This leans on fear of what happens if they say no: it pushes a decision rather than exploring it, "
               "and asking it openly keeps the pressure. Say honestly what worries you, then ask what they make of it.",
    "warning": "This leans on fear of what could go wrong: it pushes a decision rather than exploring it, and asking "
               "it openly keeps the pressure. Say honestly what worries you, then ask what they make of it.",
}
WHY_ADVICE = "Advice lands better when it is asked for: ask what the person has tried or wants first, or ask " \
             "permission before offering it."
# What kind of confronting a line is, from its words, and why it tends to close the person down: a supervisor names
# the move, not only the code.
CONFRONT_KINDS = (
    ("warning", re.compile(r"(?i)\b(if you don't|if you won't|if you keep|if this|if things don't|if it keeps|"
                           r"if there'?s? (?:are )?(?:more|another)|we'?ll have to|we'd have to|or you'll|"
                           r"you could lose|you might not|you'll end up|end up|court|conference|panel|not optional|"
                           r"we might have to|have to (?:look at|involve)|you'll have to|if it goes|otherwise|"
                           r"could mean|might mean|could affect|might affect|go further|or (?:they|it) won't)\b"),
     "A warning about what will happen: it tends to make the person defend themselves rather than think about "
     "change. Saying honestly what worries you, then asking what they make of it, keeps them in the conversation."),
    ("moralising", re.compile(r"(?i)\ba good (?:mother|mum|mam|parent|father|dad)\b|" + MORALISING.pattern),
     "Moralising tells the person what a good parent or a sensible person would do, and is heard as a judgement of "
     "who they are; asking what they want (for themselves or the children) and what gets in the way lets them say "
     "it in their own words."),
    ("label", re.compile(r"(?i)\b(hoarder|in denial|stubborn|defensive|aggressive|enabling|groomed|insight|"
                         r"vulnerable|being a bit|you're not coping|being used|using you|taking advantage of you|"
                         r"victims?|people like you|lads like you)\b"),
     "A label describes who the person is rather than what you have seen; it is heard as a judgement. Describing "
     "what you noticed and asking what they make of it is not."),
    ("blame", re.compile(r"(?i)\b(your fault|responsibility|why did you|why didn't you|you knew|"
                         r"should(?: really)? have (?:told|said|known|rung|called|let|been|done|asked|gone|come)|"
                         r"don't lie|the truth|you let|let him|let her)\b"),
     "Blaming or a 'why did you' question puts the person on trial; asking what was happening for them at the time "
     "gets the same facts and keeps them talking."),
    ("reminder", re.compile(r"(?i)\b(we(?: all| both)? agreed|you agreed|you promised|you said you(?:'d| would)|"
                            r"we(?:'ve| have) (?:already )?(?:talked|spoken|been|gone) (?:about|over|through) "
                            r"(?:this|that|it)|how many times)\b"),
     "Reminding the person of what was agreed or said before, as a reproach, puts them in the wrong; asking what "
     "has changed since then, and what they make of it now, finds out why and keeps them talking."),
    ("relationship", re.compile(r"(?i)\b(not (?:really |actually |a real |a true |a proper |much of a )*(?:your |a )?"
                                r"(?:friend|mate|boyfriend|girlfriend|"
                                r"partner)|(?:real|true|proper|good) (?:friend|mate|boyfriend|girlfriend)s? "
                                r"(?:wouldn't|would never|doesn't|don't))\b"),
     "Disputing how the person sees someone close to them tends to make them defend that person harder; asking what "
     "the relationship gives them, and what they make of what has happened, lets them weigh it up themselves (a "
     "possible risk in it still needs following up under your safeguarding procedure)."),
    ("sides", re.compile(r"(?i)\bblam(?:e|ing) (?!yourself)\w+"),
     "Taking the side of the people the person complains about tells them their view is wrong; saying back how it "
     "feels to them first, then explaining the others' part, keeps them on board."),
    ("report", re.compile(r"(?i)^\W*(?:(?:well|but|and),?\s+)?(?:the|your)\s+(?:[\w']+\s+){0,2}?(?:police|school|"
                          r"report|log|notes|records?|neighbours?|hospital)\b[^.?!]{0,40}?\b(?:says?|said|told|"
                          r"reported|shows?|heard|saw)\b"),
     "Setting a report against what the person has just said invites them to defend their account; saying back "
     "their view first, then being open about what the report says and asking what they make of it, keeps the "
     "conversation going."),
    ("arguing", re.compile(r"(?i)(\bthough\b|\bbut you\b|\bisn't really\b|\bthat's not\b|\byou said\b|"
                           r"\bso you (?:did|do|were|had|wanted)\b|"
                           r",\s*(?:is|are|was|did|do|will|can)\s+(?:it|you|he|she|they)\s*[.?]?$|\beven so\b|"
                           r"\bthey all say\b|\bno good\b|\bno use\b|\bno point\b|\byou know (?:that|if)\b|"
                           r"\bup to you\b|\bin your hands\b)"),
     "Arguing with the person's account invites them to defend it; saying back their view first, then offering "
     "yours, keeps the conversation open."),
    ("insisting", re.compile(r"(?i)\b(you (?:really )?have to|you (?:really )?need to|you must|you'd still need|"
                             r"you've got to|got to|you can't|can't keep|really need|it's my job|i have to|i do need|"
                             r"i still need)\b"),
     "Insisting tells the person what they must do and leaves them no room; asking what they think needs to happen "
     "often gets to the same place with them on board."),
)
WHY_CONFRONT = "Warning, arguing or labelling tends to raise defensiveness and close the conversation down; " \
               "reflecting what the person said first keeps them talking."


def confront_why(text: str) -> tuple[str, str]:
    """The kind of confronting talk and why it closes a person down."""
    return next(((kind, why) for kind, pattern, why in CONFRONT_KINDS if pattern.search(text)), ("other", WHY_CONFRONT))


def _asked_for_advice(said: str | None) -> bool:
    return bool(said and "?" in said and re.search(r"(?i)\b(what (?:should|can|do) i|should i|how do i|what would you|"
                                                   r"can you|could you|is there anything|what else)\b", said))


def missed(lines: list, bank_search=None, similar: Similar | None = None) -> list[dict]:
    """Closed or leading questions with an open version that keeps their intent; confronting talk and unasked advice
    with why, and a safe reflection when there is one; each better line used once, a few of each at most."""
    questions: list[tuple[int, dict]] = []
    candidates: list[tuple] = []
    used: set[str] = set()
    first_worker = next((i for i, u in enumerate(lines) if u.role == "worker"), -1)
    for i, u in enumerate(lines):
        if u.role != "worker" or mostly_welsh(u.text) or is_good_closed(u.text) or is_hospitality(u.text):
            continue
        said = _previous_person(lines, i)
        # a reflection ("You worry how Mum would cope...") carries no lever; a confronting line is named as such
        lever = None if u.primary in GOOD and u.primary != "open_question" or u.primary == "confront" \
            else pressure_lever(u.text)
        if lever in WHY_PRESSURE:
            candidates.append(("pressure", (True, u.confidence), i, {"kind": "missed", "code": u.primary,
                                                                      "pattern": "pressure", "quote": u.text,
                                                                      "why": WHY_PRESSURE[lever]}, said))
            continue
        leading = u.text.strip().endswith("?") and is_leading(u.text) and u.primary != "confront"
        if (u.primary == "closed_question" or leading) and not is_open_request(u.text):
            # a question about the risk itself ("Are you safe tonight?") is staying with it
            heard = disclosed(said) if said and not mostly_welsh(said) and not has("risk_words", u.text) else []
            if heard:
                # after "I'm not coping" or a safety cue, the lesson is to stay with it, not a better question
                if sum(item.get("pattern") == "reflect_first" for _, item in questions) < MAX_REFLECT_FIRST_ITEMS:
                    about_it = bool(_things_named(u.text) & _things_named(said))  # "How old are these lads?"
                    questions.append((i, {"kind": "missed", "code": u.primary, "pattern": "reflect_first",
                                          "quote": u.text,
                                          "why": WHY_ASKS_ABOUT_IT if about_it else reflect_first_why(heard)}))
                continue
            if len(questions) >= MAX_QUESTION_ITEMS:
                continue
            service = service_question(u.text)
            if service and service not in used:
                used.add(service)
                questions.append((i, {"kind": "missed", "code": u.primary, "quote": u.text, "better": service,
                                      "source": "reviewing the person, not the service", "why": WHY_SERVICE}))
                continue
            option = better_question(u.text, said, bank_search, similar)
            if option and option["text"] not in used:
                used.add(option["text"])
                questions.append((i, {"kind": "missed", "code": u.primary, "quote": u.text, "better": option["text"],
                                      "source": option["source"], "why": WHY_LEADING if leading else WHY_CLOSED}))
            continue
        if u.primary == "confront" and is_empathic(u.text):
            continue  # "That must have been frightening" is good practice, whatever the code says
        if u.primary == "confront" and (u.confidence >= CONFRONT_CONFIDENCE or is_strongly_confronting(u.text)):
            kind = "confront"
            _, why = confront_why(u.text)
        elif (u.primary == "advice" and u.confidence >= CONFRONT_CONFIDENCE and _TELLING.search(u.text)
              and not with_autonomy(u.text) and not _asked_for_advice(said) and not gives_safety_advice(u.text)):
            # "You should always call 999 if he breaches the order" is safety information that has to be given,
            # never a style fault (reviews analyse-9 and analyse-11 judged that feedback harmful)
            kind, why = "advice", WHY_ADVICE
        else:
            continue
        if kind == "confront" and i == first_worker and not is_strongly_confronting(u.text):
            continue  # an introduction the coder read as confronting ("Right, Daniel, is it? I'm doing...")
        strength = (is_strongly_confronting(u.text), u.confidence)
        candidates.append((kind, strength, i, {"kind": "missed", "code": u.primary, "quote": u.text, "why": why},
                           said))
    # The clearest confronting lines and the most confident advice, listed in the order they were said.
    kept = []
    for kind, limit in (("confront", MAX_CONFRONT_ITEMS), ("pressure", MAX_PRESSURE_ITEMS),
                        ("advice", MAX_ADVICE_ITEMS)):
        ranked = sorted((c for c in candidates if c[0] == kind), key=lambda c: c[1], reverse=True)[:limit]
        kept += ranked
    for kind, _, i, item, said in sorted(kept, key=lambda c: c[2]):
        # the person's own words said back drop the lever of a pressing line, and the argument of a confronting one
        better = safe_reflection(said, item["quote"], similar) if kind in ("confront", "pressure") else None
        if better and better not in used:
            used.add(better)
            item |= {"better": better, "source": "reflection of the person's previous words"}
        questions.append((i, item))
    run = closed_run(lines)
    if run:
        questions.append(run)
    return [item for _, item in sorted(questions, key=lambda q: q[0])]


def _things_named(text: str) -> set[str]:
    return {t.lemma_.lower() for t in parse(text) if t.pos_ in ("NOUN", "PROPN") and t.is_alpha}


WHY_ASKS_ABOUT_IT = ("This asks about what the person had just told you, which is right to follow up. Saying back "
                     "what you heard first, then asking openly, shows it was heard and makes it easier for them to "
                     "say more; it needs following up under your local safeguarding procedure.")


def reflect_first_why(concerns: list[str]) -> str:
    """Why a closed question straight after a disclosure misses the moment, by what was disclosed."""
    if concerns == ["not_coping_at_home"]:
        return ("The person had just said they are not coping, and the next line moved on to a fact. Saying back "
                "what they told you first, and how hard it sounds, shows it was heard and lets them say more before "
                "any question.")
    return ("The person had just said something that may be a safety concern, and the next line moved on to a fact. "
            "Staying with it (saying back what you heard, then asking openly what happened) comes first, and it "
            "needs following up under your local safeguarding procedure.")


def service_question(text: str) -> str | None:
    """For a question whether a service is still delivered ("Are the carers still coming twice a day?"), the same
    service asked about for the difference it makes ("What difference are the carers making to your week?");
    None for any other question."""
    match = _SERVICE_CHECK.match(text)
    if not match or text.count("?") != 1:
        return None
    words = match.group(0).split()
    start = next(i for i, w in enumerate(words) if w.lower() in ("the", "your"))
    end = next(i for i, w in enumerate(words) if w.lower() == "still")
    subject = " ".join(words[start:end]).lower()
    if not any(n in subject for n in _SERVICE_NOUNS):
        return None
    verb = "are" if words[start - 1].lower() in ("are", "do") else "is"
    return f"What difference {verb} {subject} making to your week?"


# A closed question checking a service or a routine is still in place ("Are you still using the commode?", "Is the
# Meals on Wheels still OK?", "So you're happy to continue with the meals?", "Any other changes to your medication?").
_STILL_IN_PLACE = re.compile(r"(?i)\b(?:still|carry on|continue|changes to|happy with|ok with|okay with|"
                             r"satisfied with)\b")
_ON_TIME = re.compile(r"(?i)\b(?:on time|turn up|arrive|come late|run late)\b")  # always about a service
_SERVICE_WORDS = re.compile(r"(?i)\b(?:carers?|calls?|visits?|agency|care|centre|meals|meals on wheels|service|package|"
                            r"support|sitter|sitting|cleaner|club|commode|frame|rail|alarm|pendant|equipment|hours|"
                            r"tablets|medication|shopping|payments?|respite|transport|taxi|bus|day centre|"
                            r"worker|team|wheelchair|hoist|stairlift|walker|scooter|aids|nurse|physio|appointments?|"
                            r"benefits?|allowance|budget)\b")
_FORM = re.compile(r"(?i)\b(?:the|this|my|our) (?:form|checklist|paperwork)\b|\btick (?:off|the box)")
MIN_SERVICE_CHECKS = 3
WHY_SERVICE_REVIEW = ("This review went through the services{form} ({checks} of your {asked} questions checked that "
                      "a service or routine is still in place). A review is about the person: what has changed for "
                      "them, what matters to them now and how their outcomes have moved on; whether the services "
                      "still fit follows from that.")


def service_review(lines: list) -> list[dict]:
    """A review that checks the services rather than the person (review analyse-11, t2): a later visit whose worker
    asks at least MIN_SERVICE_CHECKS closed questions about a service or routine still being in place, making up at
    least half of their questions, or goes through a form; one item, quoting where it began, naming what the person
    offered about themselves that the next closed question passed over. Unsure: nothing."""
    worker = [(i, u) for i, u in enumerate(lines) if u.role == "worker" and not mostly_welsh(u.text)]
    if not worker or not any(has("later_visit", u.text) for _, u in worker[:3]):
        return []
    asked = [(i, u) for i, u in worker if u.primary in ("open_question", "closed_question")]
    checks = [(i, u) for i, u in asked if u.primary == "closed_question" and not is_good_closed(u.text)
              and ((_STILL_IN_PLACE.search(u.text) and _SERVICE_WORDS.search(u.text)) or _ON_TIME.search(u.text)
                   or service_question(u.text))]
    form = [(i, u) for i, u in worker if _FORM.search(u.text)]
    if len(checks) < MIN_SERVICE_CHECKS or (2 * len(checks) < len(asked) and not form):
        return []
    first = min([i for i, _ in checks[:1] + form[:1]])
    passed = []
    for i, u in enumerate(lines):
        if u.role != "person" or len(u.text.split()) < 8 or not _FIRST_PERSON.search(u.text) or mostly_welsh(u.text):
            continue
        following = next((w for w in lines[i + 1:] if w.role == "worker"), None)
        if following is not None and following.primary == "closed_question" and len(passed) < 2:
            passed.append(u.text)
    why = WHY_SERVICE_REVIEW.format(form=" and the form" if form else "", checks=len(checks), asked=len(asked))
    if passed:
        why += (" What the person offered about themselves went by with the next question ("
                + " and ".join(f'"{p}"' for p in passed)
                + "); saying that back, or \"Tell me more about that\", lets them lead.")
    return [{"kind": "missed", "code": "closed_question", "pattern": "service_review", "quote": lines[first].text,
             "why": why}]


def closed_run(lines: list) -> tuple[int, dict] | None:
    """The longest string of closed questions in a row (the worker's turns, whatever the person answered), when it
    is long enough to feel like an interrogation: one item for the string, quoting where it began."""
    best: list[int] = []
    run: list[int] = []
    for i, u in enumerate(lines):
        if u.role != "worker":
            continue
        if u.primary == "closed_question" and not is_good_closed(u.text) and not mostly_welsh(u.text) \
                and not is_hospitality(u.text):
            run.append(i)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    if len(best) < MIN_CLOSED_RUN:
        return None
    first, last = lines[best[0]].text, lines[best[-1]].text
    return best[0], {"kind": "missed", "code": "closed_question", "pattern": "closed_run", "quote": first,
                     "why": f"{len(best)} closed questions in a row, from here to \"{last}\": the person answers and "
                            f"waits for the next one. An open question, or a reflection of what they have just said, "
                            f"in between lets them tell it their way."}


_PLAN_RECAP = re.compile(r"(?i)\W*(?:(?:okay|ok|right)\W+)?so\W+(?:the plan|the next steps?|what we'?ll do|"
                         r"we'?ll|i'?ll|for now|what happens now)\b")


def missed_summary(lines: list, summaries: int) -> list[dict]:
    """A missed summary only when none was given (by the codes or by a summary's shape, Welsh included) and the
    person said enough to gather."""
    worker = [u for u in lines if u.role == "worker"]
    if summaries or sum(u.role == "person" for u in lines) < 6 or len(worker) < 6:
        return []
    if sum(u.primary in ("open_question", "simple_reflection", "complex_reflection") for u in worker) < MIN_GATHERED:
        return []  # the worker never asked or listened for what matters: a summary is not what was missed
    if any(is_summary(u.text) or is_checked_summary(u.text) or "summary" in u.codes for u in worker):
        return []
    # A closing "So the plan is X, Y and Z. Okay?" gathers the worker's plan: that line is named, not "no summary"
    plan = next((u for u in reversed(worker[-3:]) if _PLAN_RECAP.match(u.text) and len(u.text.split()) >= 10
                 and re.search(r",| and ", u.text) and not mostly_welsh(u.text)), None)
    if plan is not None:
        return [{"kind": "missed", "code": "summary", "quote": plan.text, "source": "summaries",
                 "why": "This pulls the visit together as the plan, in the worker's terms: a summary gathers what "
                        "matters in the person's own words and checks they agree before the plan. "
                        + HOW_TO_SUMMARISE}]
    # Quoted where a summary would have gone: the last line before the goodbye, not a confronting or telling one,
    # and not a question, reflection or affirmation when another line will do (a good line is not what was missed)
    candidates = [u for u in reversed(worker) if u.primary not in ("other", "confront", "advice")
                  and not mostly_welsh(u.text)]
    before_close = next((u for u in candidates[:3] if u.primary not in GOOD), None) \
        or next(iter(candidates), worker[-1])
    if before_close.primary in ("confront", "advice"):
        return []
    return [{"kind": "missed", "code": "summary", "quote": before_close.text, "source": "summaries",
             "why": "No summary was given: a summary near the end gathers what matters in the person's words and "
                    "checks understanding. " + HOW_TO_SUMMARISE}]

# How a summary is built, said as a how-to rather than a fill-in line (a template with "..." is no line to use).
HOW_TO_SUMMARISE = ("Near the end, ask to check you have understood, gather two or three things they told you matter, "
                    "in their own words, and ask what you have missed.")


MIN_OFFER_LINES = 4  # worker lines a conversation needs before a missing Active Offer is worth naming
OPENING_LINES = 3  # the worker's first lines, where a visit says what it is and the offer belongs
WHY_NO_OFFER = ("No Active Offer: this reads as a first conversation, and Welsh was not offered. The Active Offer "
                "means offering the conversation in Welsh at the start, without the person having to ask, for "
                "example: \"Would you like to have this conversation in Welsh or in English?\"")
# The worker introducing themselves: "I'm Siân from the ...", "I'm from social services", "My name is ...".
_INTRODUCES_SELF = re.compile(r"\b(?:i'm|i am)\s+(?:[A-Z][\w'’-]+,?\s+)?(?:from|with)\b|\bi'm the\b|"
                              r"\b(?:i'll|i will|i'm going to) be your (?:new )?\w+|\bi'm your new\b|"
                              r"\bmy name(?:'s| is)\b|\b(?:had|got|received) a referral\b|"
                              r"\b(?:nice|pleased|lovely) to meet you\b", re.I)


WHY_WELSH_SPOKEN = ("The person used Welsh here, and Welsh was not offered. The Active Offer means offering the "
                    "conversation in Welsh without the person having to ask; where they use Welsh themselves, ask "
                    "which language they would like, for example: \"Would you like to carry on in Welsh or in "
                    "English?\"")


def _welsh_said(text: str) -> bool:
    """A sentence of the person's own in Welsh ("Diolch yn fawr."), not a Welsh name in English talk."""
    return any(is_welsh(s) for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s)


def missed_active_offer(lines: list, welsh_left_out: bool = False) -> list[dict]:
    """A missing Active Offer, named where the person speaks Welsh themselves, or where the conversation is surely a
    first one: the worker introduces themselves in their first lines and nothing early on says it is a review or a
    later visit; in both, Welsh is never mentioned by the worker (a Welsh greeting or a statement offer counts as
    mentioning it) and no interpreter is there. Unsure: nothing."""
    worker = [u for u in lines if u.role == "worker"]
    person = [u for u in lines if u.role == "person"]
    if welsh_left_out or len(worker) < MIN_OFFER_LINES:
        return []
    if any(re.search(r"(?i)\binterpret(?:er|ing|ed)?\b|\btranslat", u.text) for u in lines):
        return []  # talking through an interpreter: the language was settled another way
    if any(is_active_offer(u.text) or has("active_offer", u.text) or has("active_offer_languages", u.text)
           or mostly_welsh(u.text) for u in worker):
        return []
    spoken = next((u for u in person if _welsh_said(u.text)), None)
    if spoken is not None:
        return [{"kind": "missed", "code": "active_offer", "pattern": "no_active_offer", "quote": spoken.text,
                 "why": WHY_WELSH_SPOKEN}]
    opening = worker[:OPENING_LINES]
    if not any(_INTRODUCES_SELF.search(u.text) for u in opening[:2]):
        return []
    if any(has("later_visit", u.text) for u in opening + person[:2]):
        return []
    return [{"kind": "missed", "code": "active_offer", "pattern": "no_active_offer", "quote": worker[0].text,
             "why": WHY_NO_OFFER}]


WHY_RISK_CUE = ("What the person said here may be a safeguarding concern. Whatever the skills around it, check it "
                "was followed up: asked about calmly and directly, recorded in their words, and taken to your local "
                "safeguarding procedure and your manager the same day.")
MAX_RISK_ITEMS = 2
# Money or a card going to someone else ("He says he'll pay me back", "I lent her forty quid", "She keeps my bank
# card"): possible financial exploitation, which the person rarely names as such (review analyse-11, t6).
_MONEY_TO_OTHERS = re.compile(r"(?i)\b(?:pay|paying|paid) (?:me|us) back\b|\b(?:borrow|borrows|borrowed|borrowing|lend|"
                              r"lends|lent|lending|owes? me|owed me)\b[^.?!]{0,25}\b(?:money|cash|pounds?|quid|£\s?\d+|"
                              r"\d+|tenner|fiver|card)\b|\b(?:takes|took|has|keeps|kept|uses|used) my (?:bank |debit |"
                              r"credit )?(?:card|money|pension|benefits|pin|wages)\b")
WHY_MONEY_CUE = ("Money or a card going to someone else may be financial exploitation, though the person may see it as "
                 "friendship. Check it was explored without arguing (what is given, how often, whether they feel they "
                 "can say no) and taken to your local safeguarding procedure and your manager.")


WHY_ADULT_HURT = ("What the person said may mean the adult they care for was hurt. Check it was followed up calmly "
                  "and without blame: what happened and whether it has happened before, recorded in their words, "
                  "taken to your local adult safeguarding procedure and your manager the same day, with support for "
                  "the carer.")
WHY_CHILD_EXPLOITATION = ("A young person given food, gifts or a place to go by older people may be being groomed for "
                          "child criminal or sexual exploitation. Check it was explored without arguing (who they are, "
                          "what is given and what is asked back, where they go and for how long) and taken to your "
                          "child protection procedure and your manager the same day, with any missing episodes "
                          "reported.")
WHY_FIRE = ("What the person said may mean a fire risk at home. Check it was followed up: what happened and whether it "
            "could happen again, a free Safe and Well visit from the fire and rescue service with their agreement, "
            "and your local safeguarding procedure and your manager if they or the neighbours are at risk.")
WHY_SUBSTANCE = ("What the person said about drinking or drugs may matter for their health and safety. Check it was "
                 "explored without judging: how much and how often, what it does for them, what they want to change, "
                 "and any risk to children or others in the home, which is what would take it to your safeguarding "
                 "procedure.")
# An adult cared for at home ("my wife", "his dementia"): a hurt "her" or "him" there is no child unless a child is
# named near the disclosure.
_ADULT_CARED_FOR = re.compile(r"(?i)\b(?:wife|husband|dementia|alzheimer'?s|carer'?s assessment|caring for (?:her|him)|"
                              r"care home|respite)\b")
# Under 18 for certain: an age or a care setting, not a word like "school" an adult may use too
_UNDER_18 = re.compile(r"(?i)\bfoster|\bin care\b|children's (?:services|home)|"
                       r"\b(?:i'm|i am|he's|she's|aged?) 1[0-7]\b|\b1[0-7]-year-old|\byear (?:7|8|9|10|11)\b")
# A young person's life: the above, or school years; or gifts from older lads or men.
_YOUNG = re.compile(_UNDER_18.pattern + r"|\bschool\b")
_FROM_OLDER = re.compile(r"(?i)\bolder (?:lads|men|boys|guys|blokes|man|bloke|girls|women)\b|\b(?:19|2\d)-year-olds?\b")
# The worker taking the risk on, said plainly: "I have to talk it through with my manager under the safeguarding
# procedure", "I need to pass on what you've told me".
_FOLLOWS_UP = re.compile(r"(?i)\bsafeguarding\b|\b(?:i|we)(?:'ll| will)? (?:have|need|'ve got|has) to "
                         r"(?:talk|tell|share|pass|let|speak|report)\b|\bpass (?:this|that|it) on\b|"
                         r"\bpass on what\b")


def _followed_up(lines: list, index: int) -> str | None:
    """The worker's later line that takes the risk at lines[index] on plainly (not as a question), if any."""
    return next((u.text for u in lines[index + 1:] if u.role == "worker" and not u.text.rstrip().endswith("?")
                 and _FOLLOWS_UP.search(u.text) and not is_strongly_confronting(u.text)), None)


def _risk_why(concerns: list[str], text: str, whole: str, money: bool, hurt_adult: bool) -> str:
    if hurt_adult:
        return WHY_ADULT_HURT
    if concerns == ["exploitation"] and money and not _FROM_OLDER.search(text) and not _UNDER_18.search(whole):
        return WHY_MONEY_CUE  # "my mate has my bank card" told by a man of 24: an adult's money, whatever else is said
    if concerns == ["exploitation"] and (_FROM_OLDER.search(text) or _YOUNG.search(whole) or CHILD_WORDS.search(whole)):
        return WHY_CHILD_EXPLOITATION
    if concerns == ["exploitation"] and money:
        return WHY_MONEY_CUE
    if concerns and concerns[0] == "fire":
        return WHY_FIRE
    if concerns == ["substance_use"]:
        return WHY_SUBSTANCE
    return high_risk_text(concerns[0], [text]) or WHY_RISK_CUE


def risk_cues(lines: list) -> list[dict]:
    """The person's words that name a risk plainly (a push, a wish not to be here, being kept from money), quoted,
    so a supervisor sees them whatever the coding: a review found a disclosure of being pushed passed over while
    the reflection of it was praised (review analyse-9, t3). The concern follows who was hurt (an adult cared for is
    no child), a child given gifts by older people is named as possible child exploitation, a high-risk marker
    (strangulation) is named even after an earlier cue of the same concern, and a risk the worker took on plainly is
    credited, not sent back to be checked (review analyse-12)."""
    whole = " ".join(u.text for u in lines)
    adult_cared_for = bool(_ADULT_CARED_FOR.search(whole))
    out, seen = [], set()
    for i, u in enumerate(lines):
        if u.role != "person" or mostly_welsh(u.text):
            continue
        concerns = disclosed(u.text)
        money = bool(_MONEY_TO_OTHERS.search(u.text))
        if not concerns and money:
            concerns = ["exploitation"]
        hurt_adult = False
        if "child_harm" in concerns and adult_cared_for \
                and not any(CHILD_WORDS.search(v.text) for v in lines[max(0, i - 3):i + 1]):
            concerns = [c for c in concerns if c != "child_harm"]  # "I grabbed her arm" about his wife
            hurt_adult = True
        if not concerns and not hurt_adult:
            continue
        high = bool(concerns) and high_risk_text(concerns[0], [u.text]) is not None
        if (concerns and set(concerns) <= seen and not high) or (len(out) >= MAX_RISK_ITEMS and not high):
            continue  # the same concern once, unless this line holds a high-risk marker of it
        seen.update(concerns)
        why = _risk_why(concerns, u.text, whole, money, hurt_adult)
        done = _followed_up(lines, i)
        if done is not None:
            out.append({"kind": "safety", "code": "safeguarding", "pattern": "risk_followed_up", "quote": done,
                        "concerns": concerns,
                        "why": "You took what the person said on plainly and said what happens next. "
                               + why.replace("Check it was", "Make sure it is")
                                    .replace("check it was", "make sure it is")})
            continue
        out.append({"kind": "missed", "code": "safeguarding", "pattern": "risk_cue", "quote": u.text,
                    "concerns": concerns, "why": why})
    return out


# What the safety advice is about, from its own words: a domestic abuse line or a breached order, a crisis line, the
# pendant alarm after a fall.
_ADVICE_CONCERN = (
    ("domestic_abuse", re.compile(r"(?i)\b(?:women's aid|live fear free|refuge|domestic abuse|(?:the|an?|his|her) "
                                  r"(?:non-molestation |court |protective |restraining |occupation )?order|breach\w*|"
                                  r"bail|injunction|non-molestation)\b")),
    ("self_harm", re.compile(r"(?i)\b(?:samaritans|crisis (?:line|team)|suicid\w*|hurt(?:ing)? yourself)\b")),
    ("not_coping_at_home", re.compile(r"(?i)\b(?:pendant|alarm|lifeline|careline)\b")),
)
SAFETY_RESPONSE = {
    "domestic_abuse": "it answers a possible risk of domestic abuse. Give it with empathy, and "
                      "plan with them how they keep themselves (and any children) safe now; follow your local "
                      "safeguarding and domestic abuse procedure (a risk assessment such as DASH, and MARAC where the "
                      "risk is high).",
    "child_harm": "a child may be at risk. Give it with empathy, plan with the parent how the children are kept safe, "
                  "and follow your local safeguarding procedure the same day.",
    "self_harm": "the person may be at risk of harming themselves. Ask them directly and calmly about thoughts of "
                 "ending their life, make a safety plan together, and follow your procedure the same day.",
    "not_coping_at_home": "it answers a risk of falling with no help coming. Explore what gets in the way of "
                          "calling for help, follow up any fall (how often, any injury, whether anyone was told) and "
                          "what would help them feel safe at home.",
}
SAFETY_GENERIC = ("the person's words carry a risk. Give it with empathy, explore what they make of it, and check "
                  "the safety response followed: a plan made with them and your local safeguarding procedure.")
MAX_SAFETY_ITEMS = 2


def _concern_of_advice(lines: list, index: int) -> str | None:
    """The risk the safety advice at lines[index] answers: named in its own words, else disclosed by the person or
    raised by the worker earlier on (the most serious first); None when nothing says which."""
    text = lines[index].text
    named = next((c for c, pattern in _ADVICE_CONCERN if pattern.search(text)), None)
    if named:
        return named
    seen = [c for u in lines[:index] if not mostly_welsh(u.text)
            for c in (disclosed(u.text) if u.role == "person" else raised_by_worker(u.text))]
    return next((c for c in ("domestic_abuse", "child_harm", "self_harm") if c in seen), None)


def _short_quote(text: str | None, words: int = 12) -> str | None:
    """The person's words, when they are a few words that say something ("What's the point?", not "Fine.")."""
    return text if text and 3 <= len(text.split()) <= words and not mostly_welsh(text) else None


def safety_responses(lines: list) -> list[dict]:
    """The worker's safety advice (999, a domestic abuse line, a crisis line, the pendant alarm), named as right to
    give, never as a style fault, with the risk it answers and what a supervisor would check followed: what the
    person said about it, the plan made with them and the safeguarding procedure (review analyse-11 judged "advice
    lands better when asked for" on "You should always call 999 if he breaches the order" harmful)."""
    out = []
    first = next((i for i, u in enumerate(lines) if u.role == "worker"), -1)
    for i, u in enumerate(lines):
        if u.role != "worker" or i == first or u.primary not in ("advice", "information") or mostly_welsh(u.text) \
                or not gives_safety_advice(u.text) or is_affirmation(u.text):
            continue  # "I'm Darren from the crisis team", "That's exactly what a safety plan is": no advice given
        if is_strongly_confronting(u.text) or has("blame", u.text) or re.search(r"(?i)\bshould have\b", u.text):
            continue  # "You should have told them. You need to ring 101...": the blame in it is not to be praised
        if len(out) >= MAX_SAFETY_ITEMS:
            break
        concern = _concern_of_advice(lines, i)
        said, reply = _short_quote(_previous_person(lines, i)), _short_quote(_next_person(lines, i))
        heard = " and ".join(f'"{q}" {when}' for q, when in ((said, "before it"), (reply, "after it")) if q)
        why = ("This safety advice is right, and it has to be given: "
               + SAFETY_RESPONSE.get(concern or "", SAFETY_GENERIC)
               + (f" The person said {heard}: explore that with them rather than moving on." if heard else ""))
        out.append({"kind": "safety", "code": "safeguarding", "pattern": "safety_response", "quote": u.text,
                    "concerns": [concern] if concern else [], "why": why})
    return out


LISTENING = ("open_question", "simple_reflection", "complex_reflection", "affirmation", "summary")
DIRECTING = ("confront", "advice")
MIN_SIDE = 3  # worker lines each side of a turning point


def _is(u, codes) -> bool:
    """u's code is one of codes; advice counts as directing only when it tells the person what to do unasked."""
    if codes is DIRECTING and u.primary == "advice":
        return bool(_TELLING.search(u.text)) and not with_autonomy(u.text)
    if codes is DIRECTING and is_empathic(u.text):
        return False  # an empathic reflection is never where a visit turned to telling
    return u.primary in codes


def _share(part, codes) -> float:
    return sum(_is(u, codes) for u in part) / len(part) if part else 0.0


def turning_point(worker: list) -> tuple[int, float]:
    """Where the worker's style changed most (index into worker) and how much: listening before minus after plus
    directing after minus before."""
    best, best_k = 0.0, 0
    side = max(MIN_SIDE, len(worker) // 4)  # a change in the last two lines is an ending, not an arc
    for k in range(side, len(worker) - side + 1):
        before, after = worker[:k], worker[k:]
        change = (_share(before, LISTENING) - _share(after, LISTENING)) + (_share(after, DIRECTING)
                                                                           - _share(before, DIRECTING))
        if abs(change) > abs(best):
            best, best_k = change, k
    return best_k, best


def directing_stretch(worker: list) -> tuple[int, int] | None:
    """Where a visit that started by listening turned to telling: (start, end) of the first stretch of directing
    lines after a listening start, or None. A visit often comes back to listening at the end (a summary, thanks), so
    the stretch is looked for as a window, not as one split into halves."""
    window = max(4, len(worker) // 4)
    for k in range(max(MIN_SIDE, len(worker) // 5), len(worker) - 1):
        before, stretch = worker[:k], worker[k:k + window]
        if _share(before, LISTENING) < 0.5 or _share(before, DIRECTING) > 0.15:
            continue
        if _is(worker[k], DIRECTING) and sum(_is(u, DIRECTING) for u in stretch) >= 2 \
                and _share(stretch, DIRECTING) >= 0.5:
            return k, k + len(stretch)
    return None


def arc(lines: list) -> dict | None:
    """How the worker's side moved: started well then directed (from where the telling began, and whether it came
    back to listening), the reverse, listening or directing throughout; None for short transcripts or no clear
    pattern (nothing is better than a vague item)."""
    worker = [u for u in lines if u.role == "worker" and u.primary != "other"]
    if len(worker) < MIN_ARC_TURNS:
        return None
    stretch = directing_stretch(worker)
    if stretch:
        start, end = stretch
        before, rest = worker[:start], worker[end:]
        back = len(rest) >= 3 and _share(rest, LISTENING) >= 0.5
        return {"kind": "arc", "pattern": "started_well_then_directed", "quote": worker[start].text,
                "why": f"Started well ({round(100 * _share(before, LISTENING))}% of your lines up to here were open "
                       f"questions, reflections, affirmations or summaries), then turned to telling, warning or "
                       f"arguing ({sum(_is(u, DIRECTING) for u in worker[start:end])} of the next "
                       f"{end - start} lines)"
                       + (", and came back to listening towards the end" if back else "") + ". It turned about here:"}
    k, change = turning_point(worker)
    before, after = worker[:k], worker[k:]
    listen = _share(before, LISTENING), _share(after, LISTENING)
    direct = _share(before, DIRECTING), _share(after, DIRECTING)
    if change <= -0.5 and direct[0] >= 0.3 and listen[1] >= 0.5 and direct[1] <= 0.15:
        listening = [u for u in after if _is(u, LISTENING)]
        first = next((u for u in listening if len(u.text.split()) >= 5), listening[0])
        return {"kind": "arc", "pattern": "directed_then_listened", "quote": first.text,
                "why": f"Started by telling or warning ({round(100 * direct[0])}% of your lines up to here), then "
                       f"moved to listening ({round(100 * listen[1])}% open questions, reflections, affirmations or "
                       f"summaries from here on), from about here:"}
    overall_listen, overall_direct = _share(worker, LISTENING), _share(worker, DIRECTING)
    opening = worker[:len(worker) // 3]  # a visit that opened by warning did not listen "all the way through"
    if overall_listen >= 0.5 and overall_direct <= 0.1 and not any(_is(u, DIRECTING) for u in opening):
        return {"kind": "arc", "pattern": "listened_throughout",
                "why": f"Listening all the way through: {round(100 * overall_listen)}% of your lines were open "
                       f"questions, reflections, affirmations or summaries, with little telling or warning."}
    if overall_direct >= 0.3 and overall_listen <= 0.3:
        return {"kind": "arc", "pattern": "directed_throughout",
                "why": f"Telling, warning or arguing from start to finish ({round(100 * overall_direct)}% of your "
                       f"lines); the person had little room to say what matters to them."}
    return None


def moment_questions(lines: list, feedback: list[dict], templates: dict[str, str]) -> list[str]:
    """Supervision questions about moments that happened: the turn of the arc, a confronting line and how the
    person answered it, and the best moment."""
    out: list[str] = []
    by_quote = {u.text: i for i, u in enumerate(lines)}

    def short(text: str, words: int = 14) -> str:
        parts = text.split()
        return " ".join(parts[:words]) + ("..." if len(parts) > words else "")

    turn = next((f for f in feedback if f["kind"] == "arc" and f.get("quote")), None)
    if turn and turn["pattern"] in templates:
        out.append(templates[turn["pattern"]].format(quote=short(turn["quote"])))
    if "confront" in templates:
        # The confronting moment with the clearest answer from the person (a reply of a few words at least).
        for f in (f for f in feedback if f.get("code") == "confront" and f["kind"] == "missed"):
            reply = _next_person(lines, by_quote.get(f["quote"], len(lines)))
            if reply and len(re.findall(r"\w+", reply)) >= 3 and not mostly_welsh(reply):
                out.append(templates["confront"].format(quote=short(f["quote"]), reply=short(reply)))
                break
    good = next((f for f in feedback if f["kind"] == "did_well" and f["code"] != "active_offer"), None)
    if good and "did_well" in templates:
        out.append(templates["did_well"].format(quote=short(good["quote"])))
    return [re.sub(r"\s+", " ", q) for q in out]
