"""Which guidance sentences answer a question: one coherent excerpt of the best passage (its anchor sentence, what
that sentence leans on, the list it introduces), shaped by the question type, in reading order."""

from __future__ import annotations

import functools
import re
import weakref
from dataclasses import dataclass

import numpy as np

from .answerability import content_terms, is_known, term_weights
from .index import VectorIndex
from .language import language_data
from .named import names
from .retrieval import Hit, Retriever
from .text import normalise, tokenize

# Lines like 'Poor: "Why didn't you...?"' are examples to contrast, not statements that answer anything.
# A sentence that opens with an article or "It" before its colon ('A realistic outcome could be: "I want to get to the
# rugby club ..."'), or with "For example:", is no label: it goes on from the sentence before it, though it never
# anchors an answer itself.
_LABELLED_EXAMPLE = re.compile(r"^(?!(?:A|An|The|It)\s|For (?:example|instance):)[A-Z][\w ()-]{0,30}:\s")
_COLON_OPENER = re.compile(r"^[A-Z][\w ()-]{0,30}:\s")
_QUOTE_ONLY = re.compile(r"^[\"“‘'].*[\"”’']\.?$")
MAX_SENTENCES = 6
MAX_WORDS = 140
MAX_LIST_WORDS = 220  # a list the answer runs on through may make it longer
MIN_WORDS = 5
MIN_EXCERPT_WORDS = 70  # sentences around the anchor, in its section, join until the excerpt is this long
LEXICAL_WEIGHT = 0.15
OTHER_PAGE_WINDOW = 0.10  # a short excerpt takes a sentence from elsewhere only this close to the anchor
SAME_SENTENCE = 0.90
DEFINITION_BONUS = 0.15
HEADED_BONUS = 0.20  # for "what is X?", a sentence in the sub-section headed X itself
ENUMERATION_PENALTY = 0.15  # ... and a sentence listing X among others then gives way to it
LETTER_BONUS = 1.0  # for "what is the A in OARS?", the line that spells that letter out: it leads
LEAD_IN_BONUS = 0.06  # for list questions, the sentence that introduces a list
STEP_BONUS = 0.05  # for how-to and case questions, practice steps (list items, imperatives)
VERDICT_BONUS = 0.10  # for "is X an outcome?", sentences that say what a service or an outcome is
STORY_PENALTY = 0.06  # a case story's sentences are examples: the principle comes first
FRAMING_PENALTY = 0.08  # a sentence that frames what follows ("Imagine ...", "For example, ..."): not an anchor
TRAP_PENALTY = 0.08  # a sentence from a "traps to avoid" or "poor examples" section, for other questions
REFERENCE_PENALTY = 0.08  # a glossary entry, for questions other than "what is X?"
LIST_LOOKAHEAD = 3
EXCERPT_TRIES = 5  # anchors tried, best first, until one gives an excerpt
SETUP_WORDS = 15  # a sentence this short, followed by one that points back at it, sets up that one's point
SETUP_RUN_ON = 2  # an excerpt runs on past a setup by at most this many sentences ...
SETUP_SLACK = 40  # ... and this many words over its limit
# The section a sentence sits in (its heading and sentences) covers the question's specific terms: the passage that
# answers, not one that merely sounds alike. Weighted by how specific each term is.
SECTION_WEIGHT = 0.05
HEADING_WEIGHT = 0.03  # and its heading names them
TERM_WEIGHT = 0.08  # and the sentence itself says them
REASON_BONUS = 0.03  # for why questions, a sentence that gives a reason
WHY_HEADING_BONUS = 0.10  # for why questions, a sentence under a "Why ..." heading; half that off for others
CORRECTING_BONUS = 0.12  # for "is X just ...?", a sentence correcting that narrow reading ("is better understood as")
AFFIRMING_BONUS = 0.12  # for "does X get their own Y?", a sentence plainly giving X their own Y
RESPONDING_BONUS = 0.12  # for a question reporting a person's words, a passage on responding to people's words
LIST_NOUN_BONUS = 0.25  # for list questions, a sentence naming what is listed ("the principles ... are")
# ... but only in full when the sentence sets the list out (inline, or as the lead-in of the items that follow):
# "Outcomes often touch several areas of wellbeing" names the areas without listing them.
MENTION_SHARE = 0.2
COUNT_BONUS = 0.10  # for "what are the 8 ...", a sentence that says how many there are ("eight aspects")
# A section's heading says which question it answers ('Vague aims such as "to be safe"', 'The trap of arguing'): a
# sentence gains by how much closer its heading is to the question than the closest heading among the passages is,
# so the section that answers wins over a sentence elsewhere that merely shares the question's words.
# Not for definitions (a glossary heading names the term, not its best definition) or differences (each side is
# looked for on its own).
HEADING_FIT_WEIGHT = 0.3
HEADING_FIT_KINDS = ("how_to", "why", "yes_no", "case", "list")
VERDICT_TERMS = {"service": ("service", "input", "resource", "not an outcome"),
                 "outcome": ("own words", "want to achieve", "outcome is", "outcomes are")}
# Of those, the ones that say the verdict outright; a sentence with one of them leads the answer first.
PLAIN_VERDICT_TERMS = {"service": ("input", "not an outcome", "not outcomes", "is a service", "are services",
                                   "rather than outcomes", "not a service"),
                       "outcome": ("own words", "wants to achieve", "want to achieve", "in their words",
                                   "personal outcome is")}


@functools.cache
def _words() -> dict:
    return language_data("answers")


@functools.cache
def _lead_in_words() -> re.Pattern:
    """The lead-in words as one pattern over a sentence's words joined by single spaces (was a scan per word)."""
    return re.compile(" (?:" + "|".join(re.escape(w) for w in _words()["lead_in_words"]) + ") ")


def is_lead_in(sentence: str) -> bool:
    """Whether the sentence introduces what follows (it ends 'as follows:', 'below.')."""
    s = sentence.rstrip().lower()
    if s.endswith(tuple(_words()["lead_in_endings"])):
        return True
    return bool(_lead_in_words().search(" " + " ".join(re.findall(r"[a-z']+", s)) + " "))


def opens_pointing(sentence: str) -> bool:
    """Whether the sentence opens with a word that points back ('She', 'This', 'They') or leans on the sentence
    before ('Therefore', 'Second,'), or leans on it early on ('Well-being also comes ...'), so it needs what came
    before."""
    words = re.split(r"[\s,;:]+", normalise(sentence).strip(" \"'“‘"))
    first = words[0] if words else ""
    data = _words()
    if first in data["pointing_openers"] or first in data["connective_openers"]:
        return True
    early = " " + " ".join(words[1:5]) + " "
    anywhere = " " + " ".join(words) + " "
    return any(f" {w} " in early for w in data["leaning_words"]) or \
        any(f" {w} " in anywhere for w in data["concluding_words"])


# "... the conditions for that to happen.", "When you hear an outcome like that, ...": a demonstrative standing for
# something said before (not "this:" announcing what follows, nor one inside a quotation, which the person says)
_DANGLING = re.compile(r"(?i)\b(?:for|to|of|on|about|with|from|like|after|do|does|did|doing|makes?|made|hear|notice)"
                       r"\s+(?:that|this|these|those)\s*(?:to\b|[.,;!?]|$)")
_QUOTATION = re.compile(r"[\"“][^\"”]*[\"”]")


def points_back(sentence: str) -> bool:
    """Whether the sentence needs the one before it: it opens pointing back, or a demonstrative in it stands for
    what came before ('OARS creates the conditions for that to happen')."""
    return opens_pointing(sentence) or bool(_DANGLING.search(_QUOTATION.sub("", sentence)))


def frames(sentence: str) -> bool:
    """Whether the sentence frames what follows rather than answering ('Imagine being ...', 'For example, ...', 'The
    examples below show ...')."""
    opening = " ".join(normalise(sentence).strip(" \"'“‘").split()[:4])
    return bool(_framing_pattern(tuple(_words()["framing_openers"])).match(opening))


@functools.lru_cache(maxsize=8)
def _framing_pattern(openers: tuple[str, ...]) -> re.Pattern:
    """One pattern for the framing openers, each a whole word or phrase at the start."""
    return re.compile("|".join(rf"{re.escape(o)}\b" for o in openers))


def leans_back(sentence: str) -> bool:
    """Whether the sentence leans on the one before it: it opens pointing back, or says 'this urge', 'these
    questions' in its first words."""
    if opens_pointing(sentence):
        return True
    words = [w.strip(",;:.!?\"'()") for w in normalise(sentence).strip(" \"'“‘").split()[:5]]
    return any(w in _words()["leaning_determiners"] and n + 1 < len(words) and
               words[n + 1] not in ("is", "was", "means", "can", "may", "will")
               for n, w in enumerate(words))


def _opens_with_pointer(sentence: str) -> bool:
    """Whether the sentence's first word points back ('Each one ...', 'They ...', 'However, ...')."""
    words = re.split(r"[\s,;:]+", normalise(sentence).strip(" \"'“‘"))
    return bool(words) and (words[0] in _words()["pointing_openers"] or words[0] in _words()["connective_openers"])


_QUOTE_IN_QUESTION = re.compile(r"[\"“‘]([^\"”’]{2,})[\"”’]|(?<![a-z])'(.{2,}?)'(?![a-z])", re.I)
_TOLD_TO = re.compile(r"\btold (?:me|us|you|them) (?:to |that )(?P<words>[^.?!,]+)", re.I)
# Their words reported without quotes: 'someone says they dont need any help', 'he keeps saying he's fine'.
_SAYS_THAT = re.compile(r"\b(?:says?|said|saying|tells? (?:me|us|you)|insists?)\s+(?:that\s+)?"
                        r"(?P<words>(?:they|he|she|i)(?:'re|'s|'m)?\b[^.?!,]+)", re.I)


def pushed_away(question: str) -> bool:
    """Whether the question reports a person's words that push the worker away or deny a problem ('she told me to
    leave her alone', 'he says "I don't need you lot"'): it asks how to respond to that person."""
    words = reported_words(question)
    return words is not None and has_cue(words.replace("’", "'"), _words()["pushing_away_words"])


def reported_words(question: str) -> str | None:
    """The person's words a question reports ('she says "nothing, just leave me alone"', 'he told me to go away'),
    or None."""
    q = " ".join(question.replace("’", "'").split())
    told = _TOLD_TO.search(q) or _SAYS_THAT.search(q)
    if told and not set(normalise(q[:told.start()]).split()[-3:]) & set(_words()["document_words"]):
        return told.group("words").strip()  # "the referral says he is ..." is not his words
    for match in _QUOTE_IN_QUESTION.finditer(q):
        before = normalise(q[:match.start()]).split()[-4:]
        verb = next((n for n, w in enumerate(before) if has_cue(w, _words()["speech_verbs"])), None)
        if verb is not None and not set(before[:verb]) & set(_words()["document_words"]):
            return (match.group(1) or match.group(2)).strip()
    return None


@dataclass(frozen=True)
class SentenceFacts:
    """What the composer needs to know about one indexed sentence, worked out once per index."""

    tokens: frozenset[str]
    words: int
    kind: str  # "text", "item", "more" (an item's later sentence), "label" or "example"
    points_back: bool
    lead_in: bool
    example: bool  # a labelled example line or a bare quotation: never an anchor
    labelled: bool  # a labelled example line ("Poor: ...", "Worker: ..."): quoted only in an answer to a list question
    story: bool  # from a case story page
    practice: bool  # tells the reader what to do ("Ask what ...")
    trap: bool  # in a section of traps to avoid or poor examples
    reference: bool  # a glossary entry
    responding: bool  # on a page about responding to what people say (defensiveness, reflections)
    reason: bool  # gives a reason ("because", "so that")
    setup: bool  # a short sentence that opens an example ("Take a man who ..."): its point comes next
    about_page: bool  # speaks of the page itself ("Every example on this page ..."): never quoted
    section: frozenset[str]  # the words of its section: its sentences, its heading and the page title
    named: frozenset[str]  # the words its heading and the page title name
    listing: frozenset[str]  # its own words and its heading's: what a list question's noun is looked for in


_FACTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def facts(index: VectorIndex, position: int) -> list[SentenceFacts]:
    """The facts of each sentence of one page chunk (cached per index)."""
    per_index = _FACTS.setdefault(index, {})
    if position not in per_index:
        doc = index.documents[position]
        kinds = doc.sentence_kinds or ["text"] * len(doc.sentences)
        headings = doc.sentence_headings or [doc.heading] * len(doc.sentences)
        data = _words()
        reference = bool(set(doc.topics) & set(data["reference_topics"]))
        responding = bool(set(doc.topics) & set(data["responding_topics"]))
        out: list[SentenceFacts] = []
        section: dict[str, set[str]] = {}
        for s, heading in zip(doc.sentences, headings, strict=True):
            section.setdefault(heading, set(tokenize(f"{doc.title} {heading}"))).update(tokenize(s))
        for s, kind, heading in zip(doc.sentences, kinds, headings, strict=True):
            # An example line's later sentences are part of the example too.
            labelled = kind == "example" or bool(_LABELLED_EXAMPLE.match(s)) or \
                (kind == "more" and bool(out) and out[-1].labelled)
            out.append(SentenceFacts(frozenset(tokenize(s)), len(s.split()), kind, points_back(s), is_lead_in(s),
                                     labelled or bool(_QUOTE_ONLY.match(s) or _COLON_OPENER.match(s)), labelled,
                                     doc.page.startswith("story-"),
                                     imperative(s),
                                     has_cue(heading, data["trap_headings"]), reference, responding,
                                     has_cue(s, data["reason_cues"]),
                                     len(s.split()) <= SETUP_WORDS and has_cue(" ".join(s.split()[:2]),
                                                                               data["setup_openers"]),
                                     has_cue(s, data["page_words"]), frozenset(section[heading]),
                                     frozenset(tokenize(f"{doc.title} {heading}")),
                                     frozenset(tokenize(s)) | frozenset(tokenize(heading))))
        per_index[position] = out
    return per_index[position]


def learn(index: VectorIndex) -> None:
    """Work out the facts of every guidance sentence now (about 2 ms a page chunk), so no question waits for them."""
    for position, doc in enumerate(index.documents):
        if doc.kind == "page":
            facts(index, position)


@functools.lru_cache(maxsize=512)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern:
    """One compiled alternation for a cue list, made once per list."""
    parts = [rf"(?<![a-z']){re.escape(c)}(?![a-z])" if re.fullmatch(r"[a-z -]+", c) else re.escape(c) for c in cues]
    return re.compile("|".join(parts) if parts else r"(?!x)x")


def has_cue(text: str, cues: list[str]) -> bool:
    """Whether the text holds one of the cues: a cue of words as whole words, one with a mark ("n't") anywhere."""
    padded = f" {normalise(text).strip(' ?!.')} "
    return bool(_cue_pattern(tuple(cues)).search(padded))


@functools.lru_cache(maxsize=16384)
def sentence_has(sentence: str, cue_list: str) -> bool:
    """has_cue with one of the answers' cue lists, remembered per guidance sentence (the same few hundred recur)."""
    return has_cue(sentence, _words()[cue_list])


def imperative(sentence: str) -> bool:
    """Whether the sentence tells the reader what to do ('Ask what ...', 'Name who will ...', "Don't ...")."""
    words = normalise(sentence).strip(" \"'(").split()
    if words[:1] in (["don't"], ["never"], ["always"]) or words[:2] == ["do", "not"]:
        return True
    return bool(words) and words[0].rstrip(",:;") in _practice_verbs()


@functools.cache
def _practice_verbs() -> frozenset[str]:
    return frozenset(_words()["practice_verbs"])


_DEFINITION_QUESTION = re.compile(r"^(?:what(?:'s| is| are)|whats|define|what does|meaning of)\s+(?:an?\s+|the\s+)?"
                                  r"(.+?)\s*\??$", re.I)
_TERM_END = re.compile(r"\s+(?:mean|means|stand|in|for|within|when|pls|please|exactly|actually)\b.*$", re.I)


def defined_term(question: str) -> str | None:
    """X in 'what is X?', 'what does "X" mean ...', 'what is meant by "X"', without its quotes; None for other
    questions."""
    quoted = _QUOTE_IN_QUESTION.search(question)
    if quoted and 2 <= len((quoted.group(1) or quoted.group(2)).split()) <= 5:
        return (quoted.group(1) or quoted.group(2)).strip()
    match = _DEFINITION_QUESTION.match(question.strip())
    if not match:
        return None
    term = _TERM_END.sub("", match.group(1)).strip(" '\"‘’“”")
    return term if term and len(term.split()) <= 4 else None


def headed_by(heading: str, term: str | None) -> bool:
    """Whether a section's own heading is the term itself ('### Contribution made to society'): that section says
    what the term means, whatever the list elsewhere names it among others."""
    if not term or " > " not in heading:
        return False  # a sub-section: one member of what its parent section sets out
    words = set(tokenize(term))
    return len(words) >= 2 and set(tokenize(heading.split(" > ")[-1])) == words


def definition_pattern(question: str) -> re.Pattern | None:
    """For 'What is X?' questions, a pattern matching sentences that define X ('X is', 'An X means')."""
    match = _DEFINITION_QUESTION.match(question.strip())
    if not match:
        return None
    term = _TERM_END.sub("", match.group(1)).strip()
    if not term or len(term.split()) > 4:
        return None
    stem = re.escape(term.rstrip("s"))
    # "Affirming means ...", "An affirmation is ...", "A for affirming, which means ...".
    return re.compile(rf"^(?:\S+\s+){{0,2}}?{stem}\w*\b[^.]{{0,40}}?\b(?:is|are|means|describes?|stands?)\b", re.I)


_LETTER_QUESTION = re.compile(r"\b(?:the|an?)\s+['\"‘]?([a-z])['\"’]?\s+(?:(?:stands?|means?)\s+(?:for\s+)?)?"
                              r"(?:in|of|from)\s+(?:the\s+)?[a-z]{2,8}\b", re.I)


def letter_asked(question: str) -> str | None:
    """The letter a question about an acronym asks for ('what is the A in OARS' -> 'A'), or None."""
    match = _LETTER_QUESTION.search(question)
    return match.group(1).upper() if match else None


_NUMBERS = frozenset("two three four five six seven eight nine ten".split())
_DIGITS = dict(zip("2 3 4 5 6 7 8 9 10".split(), "two three four five six seven eight nine ten".split(), strict=True))
_INLINE_LIST = re.compile(r"(?::|\bnamely\b|\blisting\b|\bare\b|\bis\b)[^:]*?(?:[,;][^,;]+){2,}\band\b", re.I)


@functools.lru_cache(maxsize=8192)
def enumerates(sentence: str) -> bool:
    """Whether the sentence sets a list out itself ('eight aspects: physical ...; protection ...; and ...')."""
    return bool(_INLINE_LIST.search(sentence))


def asked_count(question: str) -> str | None:
    """The number of things a list question asks for, as a word ('the 8 wellbeing areas' -> 'eight'), or None; a
    number that counts something else ('home care 4 x daily') is not one."""
    words = re.findall(r"[a-z0-9]+", normalise(question))
    nouns = list_nouns(question)
    for n, word in enumerate(words):
        number = word if word in _NUMBERS else _DIGITS.get(word)
        if number and any(t in nouns for w in words[n + 1:n + 4] for t in tokenize(w)):
            return number
    return None


def list_nouns(question: str) -> set[str]:
    """The tokens of what a list question asks for, with the guidance's other names for them."""
    terms = set(tokenize(question))
    nouns = {t for cue in _words()["list_cues"] if " " not in cue and cue not in _NUMBERS for t in tokenize(cue)}
    groups = [{t for w in group for t in tokenize(w)} for group in _words()["list_noun_groups"]]
    asked = terms & nouns.union(*groups)
    return asked.union(*(g for g in groups if asked & g))
_COUNTED = re.compile(r"\b(?:three|four|five|six|seven|eight|nine|ten)\s+(?:main\s+|key\s+)?([a-z][a-z'-]+)", re.I)


def counted_thing(question: str) -> str | None:
    """What a list question counts ('elements' in 'what are the five elements of assessment?'), or None."""
    match = _COUNTED.search(question)
    return match.group(1).lower() if match else None


def asks_about_story(question: str) -> bool:
    """Whether the question asks about one of the case stories ('what did the worker do in the story?')."""
    asked = normalise(question)
    return "story" in asked or any(w in asked for w in ("the worker", "the cat", "mr ", "mrs "))


_ASKS_WHAT_TO_DO = re.compile(r"^(?:can|could|should|would|do|does|must)\s+(?:i|we|you)\b", re.I)


def affirms(question: str, sentence: str) -> bool:
    """Whether a plain sentence says yes to 'does X get their own Y?': it gives X their own Y (or an entitlement) in
    the question's own content words, without negating or hedging it ('Carers are entitled to their own personal
    outcomes' for 'do carers have their own outcomes'); never for a question asking what to do ('should I ...')."""
    data = _words()
    if not has_cue(question, data["possession_cues"]) or not has_cue(sentence, data["possession_cues"]) or \
            _ASKS_WHAT_TO_DO.match(question.strip()) or re.match(r"(?i)^\s*is it\b", question) or \
            re.search(r"(?i)\bor\b", question) or has_cue(question, data["negation_cues"]):
        return False  # "... or is it just about the person?" and "don't they ...?" are not settled by a bare yes
    if any(has_cue(sentence, data[cues]) for cues in ("negation_cues", "correcting_cues", "hedge_cues")) or \
            sentence.rstrip().endswith("?"):
        return False
    terms = [t for t in content_terms(question) if len(t) > 1]
    said = set(tokenize(sentence))
    return bool(terms) and all(t in said or t.rstrip("s") in said or f"{t}s" in said for t in terms)


@dataclass
class Candidate:
    number: int  # the passage's rank among the hits
    i: int  # the sentence's position in its passage
    text: str
    sim: float
    score: float


def score_sentences(retriever: Retriever, hits: list[Hit], question: str, query: np.ndarray, kind: str,
                    verdict: str | None, sides: tuple[str, ...] = ()) -> dict[tuple[int, int], Candidate]:
    """Every sentence of the top passages that could anchor an answer, scored for this question and type."""
    terms = set(tokenize(question))
    weights = term_weights(retriever, question)
    total = sum(weights.values())
    definition = definition_pattern(question) if kind in ("definition", "list") else None
    term = defined_term(question) if kind == "definition" else None
    sections_for_term = term is not None and any(
        headed_by(heading, term) for h in hits for heading in h.document.sentence_headings or [h.document.heading])
    letter = letter_asked(question)
    # "What is the A in OARS?" is answered by "A for affirming, which means ...", above all else.
    spelled = re.compile(rf"^\W*{letter}\s+(?:is\s+|stands\s+)?for\b") if letter else None
    # "The difference between X and Y" is answered by what X is and what Y is.
    side_definitions = [d for d in (definition_pattern(f"what is {side}") for side in sides) if d]
    nouns = list_nouns(question) if kind == "list" else set()
    count = asked_count(question) if kind == "list" else None
    verdict_terms = VERDICT_TERMS.get(verdict or "", ())
    about_story = asks_about_story(question)
    about_traps = has_cue(question, _words()["trap_questions"])
    reported = pushed_away(question)
    narrowing = kind in ("yes_no", "case") and (has_cue(question, _words()["restrictive_cues"]) or
                                                has_cue(question, _words()["sufficiency_cues"]))
    owning = kind == "yes_no" and has_cue(question, _words()["possession_cues"])
    # A definition (or what a service is) may sit a little lower than passages using it.
    depth = len(hits)
    # A story's or the safeguarding page's heading competes only when the question is about a story or about harm
    # ('a what matters conversation' in a page title says nothing about which section answers): left out, they fit
    # no better than the worst that competed. A glossary heading, the bare term, sets no standard for the others but
    # is judged by it.
    about_harm = has_cue(question, _words()["harm_words"])
    reference = set(_words()["reference_topics"])
    competing = [h for h in hits[:depth] if (about_story or not h.document.page.startswith("story-")) and
                 (about_harm or not set(h.document.topics) & set(_words()["harm_topics"]))]
    fit = {}
    if kind in HEADING_FIT_KINDS:
        fit = heading_fit(retriever, [h for h in competing if not set(h.document.topics) & reference], query,
                          [h for h in competing if set(h.document.topics) & reference])
    unfit = min(fit.values(), default=0.0)
    out: dict[tuple[int, int], Candidate] = {}
    for number, hit in enumerate(hits[:depth]):
        doc = hit.document
        rows = retriever.index.sentence_rows(hit.position)
        sims = rows @ query
        info = facts(retriever.index, hit.position)
        headings = doc.sentence_headings or [doc.heading] * len(doc.sentences)
        for i, (sentence, sim) in enumerate(zip(doc.sentences, sims, strict=True)):
            f = info[i]
            if f.kind == "label" or f.words < MIN_WORDS or f.example or f.about_page:
                continue
            if f.story and not about_story and kind in ("case", "how_to") and \
                    normalise(headings[i].split(" > ")[-1]) not in _words()["lesson_headings"]:
                # "the mum shut down when I asked about school, what now?": a story's narrative ("Since separating
                # from the children's father she ...") says nothing about this case; its lessons may.
                continue
            overlap = len(terms & f.tokens) / len(terms) if terms else 0.0
            # Shared words and the better-ranked passage break near-ties between similar sentences.
            score = float(sim) + LEXICAL_WEIGHT * overlap + 0.02 * (2 - min(number, 3))
            if total:
                score += (SECTION_WEIGHT * sum(w for t, w in weights.items() if t in f.section) +
                          HEADING_WEIGHT * sum(w for t, w in weights.items() if t in f.named) +
                          TERM_WEIGHT * sum(w for t, w in weights.items() if t in f.tokens)) / total
            if kind == "why" and f.reason:
                score += REASON_BONUS
            own_heading = normalise(headings[i].split(" > ")[-1])
            if own_heading.startswith("why"):
                # The heading says which question its section answers: a "why" question about what it names ("Why
                # OARS matters" answers "why use OARS", not "why focus on what's working")
                if kind != "why":
                    score -= WHY_HEADING_BONUS / 2
                elif _heading_asked(headings[i].split(" > ")[-1], question):
                    score += WHY_HEADING_BONUS
            # It opens a list, or the short lead-in of one ("Adults' outcomes often touch ..." before "Some invented
            # examples:"; the lead-in itself is too short to anchor an answer).
            opens_list = f.kind == "text" and i + 1 < len(info) and (info[i + 1].kind != "text" or (
                info[i + 1].lead_in and info[i + 1].words < MIN_WORDS and i + 2 < len(info) and
                info[i + 2].kind != "text"))
            sets_out = f.lead_in or opens_list or enumerates(sentence)
            if nouns & f.listing:
                score += LIST_NOUN_BONUS if sets_out else LIST_NOUN_BONUS * MENTION_SHARE
            if count and sets_out and re.search(rf"\b{count}\b", sentence, re.I):
                score += COUNT_BONUS
            if spelled and spelled.match(sentence):
                score += LETTER_BONUS
            if definition and definition.match(sentence):
                score += DEFINITION_BONUS  # "What is X?" is best answered by "X is ..."
            if kind == "definition" and headed_by(headings[i], term):
                score += HEADED_BONUS
            elif term and sections_for_term and enumerates(sentence):
                score -= ENUMERATION_PENALTY  # the list naming X among others, when X has a section of its own
            if any(d.match(sentence) for d in side_definitions):
                score += DEFINITION_BONUS
            if kind == "list" and (f.lead_in or opens_list):
                score += LEAD_IN_BONUS
            if kind in ("how_to", "case") and (f.kind == "item" or f.practice):
                score += STEP_BONUS
            if verdict_terms and any(t in sentence.lower() for t in verdict_terms):
                score += VERDICT_BONUS
            if narrowing and (sentence_has(sentence, "correcting_cues") or
                              sentence_has(sentence, "insufficiency_cues")):
                score += CORRECTING_BONUS
            if owning and affirms(question, sentence):
                score += AFFIRMING_BONUS
            if reported and f.responding:
                score += RESPONDING_BONUS
            if f.story and not about_story:
                score -= STORY_PENALTY
            if kind != "list" and frames(sentence):
                score -= FRAMING_PENALTY
            if f.trap and not about_traps:
                score -= TRAP_PENALTY
            if f.reference and kind != "definition":
                score -= REFERENCE_PENALTY
            if f.points_back:
                score -= 0.02  # it brings the sentence before it: a little less direct
            score += HEADING_FIT_WEIGHT * fit.get((doc.page, headings[i]), unfit)
            out[number, i] = Candidate(number, i, sentence, float(sim), score)
    return out


_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


def _heading_asked(heading: str, question: str) -> bool:
    """Whether a 'Why ...' heading is about what the question asks: one naming a named skill or framework ('Why OARS
    matters') answers only a question naming it too, not 'why focus on what's working'."""
    asked = question.lower()
    return all(re.search(rf"\b{name.lower()}\b", asked) for name in _ACRONYM.findall(heading))


_HEADINGS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _heading_vectors(retriever: Retriever) -> dict[tuple[str, str], np.ndarray]:
    """Each page section's vector: the page title and the section's own heading (embedded once per index)."""
    if retriever.index not in _HEADINGS:
        texts: dict[tuple[str, str], str] = {}
        for doc in retriever.index.documents:
            if doc.kind == "page":
                for heading in doc.sentence_headings or [doc.heading]:
                    texts.setdefault((doc.page, heading), f"{doc.title}: {heading.split(' > ')[-1]}")
        keys = list(texts)
        vectors = retriever.embed([texts[k] for k in keys]) if keys else []
        _HEADINGS[retriever.index] = dict(zip(keys, vectors, strict=True))
    return _HEADINGS[retriever.index]


def heading_fit(retriever: Retriever, hits: list[Hit], query: np.ndarray,
                judged: list[Hit] = ()) -> dict[tuple[str, str], float]:
    """Per section of the passages, how close its heading is to the question, less the closest one's (0 at best);
    the sections of the judged passages are measured against that best, up to 0, without setting it."""
    vectors = _heading_vectors(retriever)

    def similarities(passages: list[Hit]) -> dict[tuple[str, str], float]:
        keys = dict.fromkeys((h.document.page, heading) for h in passages
                             for heading in h.document.sentence_headings or [h.document.heading])
        return {k: float(vectors[k] @ query) for k in keys if k in vectors}

    sims = similarities(hits)
    best = max(sims.values(), default=0.0)
    return {k: min(0.0, sim - best) for k, sim in similarities(list(judged)).items()} | \
        {k: sim - best for k, sim in sims.items()}


_QUOTED = re.compile(r"[\"“]([^\"”]{3,})[\"”]")


def _quotes_other(sentence: str, question: str) -> bool:
    """Whether the sentence quotes an example the question does not ask about."""
    asked = set(tokenize(question))
    quotes = [set(tokenize(quoted)) for quoted in _QUOTED.findall(sentence)]
    return any(words and len(words & asked) * 2 < len(words) for words in quotes)


def _unintroduced(index: VectorIndex, sentence: str, before: list[str], question: str) -> bool:
    """Whether the sentence names someone neither the question nor the sentences before it mention (the names of
    guidance sentences were found when the index was built)."""
    found = index.sentence_names.get(sentence)
    said = " ".join([normalise(question), *(normalise(b) for b in before)])
    return any(name not in said for name in (names(sentence) if found is None else found))


def excerpt(index: VectorIndex, hit: Hit, anchor: int, kind: str) -> list[int]:
    """The anchor sentence and what must come with it: the sentences it leans on, the whole list a lead-in
    introduces, and the sentences around it in its own section until the excerpt reads as a whole."""
    doc = hit.document
    info = facts(index, hit.position)
    section = doc.sentence_headings or [doc.heading] * len(doc.sentences)

    def listed(j: int) -> bool:  # a member of a list: items, their labels, and example lines for list questions
        return (info[j].kind in ("item", "label", "more") and not info[j].labelled) or \
            (info[j].kind != "text" and kind == "list")

    def child_list_ahead(j: int) -> bool:  # the anchor's section goes on into a sub-section that is a list
        after = next((n for n in range(j, len(info)) if section[n] != section[anchor]), None)
        return after is not None and section[after].startswith(section[anchor] + " > ") and listed(after)

    start = anchor
    if kind in ("list", "how_to") and info[start].kind != "text":
        # An item of a list answers a list question only with its lead-in and the other items.
        while start > 0 and listed(start - 1):
            start -= 1
        if start > 0 and info[start - 1].kind == "text":
            start -= 1
    while start > 0 and start > anchor - 2 and info[start].points_back and section[start - 1] == section[anchor]:
        start -= 1  # "It is ..." needs the sentence that says what "it" is
    if start < anchor and info[start].kind != "text":
        # "These questions ..." after a list points back at the whole list, and the list comes with its lead-in.
        while start > 0 and info[start - 1].kind != "text" and section[start - 1] == section[anchor]:
            start -= 1
        if start > 0 and info[start - 1].lead_in and section[start - 1] == section[anchor]:
            start -= 1
        kind = "list"
    end = anchor
    if kind in ("list", "how_to", "definition"):
        # A list a few sentences on is what a list question asks for: the excerpt runs on to it.
        ahead = next((j for j in range(end + 1, min(end + 1 + LIST_LOOKAHEAD, len(info))) if listed(j)), None)
        if ahead is not None and info[end].kind == "text" and info[ahead - 1].lead_in:
            end = ahead - 1
    keys = list(range(start, end + 1))
    words = sum(info[j].words for j in keys)
    # Only a list question, a how-to or a lead-in runs on through a whole list; others stop once they read whole.
    in_list = info[end].lead_in or (info[end].kind != "text" and kind in ("list", "how_to"))
    limit = MAX_LIST_WORDS if kind in ("list", "how_to") else MAX_WORDS
    for j in range(end + 1, len(doc.sentences)):
        # A list question runs on into its section's own sub-section of examples ("Examples ... > Good examples").
        into_list = kind == "list" and section[j].startswith(section[anchor] + " > ") and listed(j)
        if (section[j] != section[anchor] and not (into_list or (in_list and section[j] == section[j - 1]))) \
                or words + info[j].words > limit:
            break
        if into_list:
            in_list = True
        if info[j].lead_in and not in_list and j + 1 < len(info) and listed(j + 1) and \
                words < MIN_EXCERPT_WORDS:
            in_list = True  # a lead-in that joins brings its list whole
        elif in_list and listed(j):
            pass  # the list a lead-in introduces comes whole
        elif info[j].kind == "more" and info[end].kind != "text":
            pass  # the rest of the item the excerpt quotes
        elif info[end].kind != "text" and info[j].kind != "text":
            break  # one item answers; the list's other items are about other things
        elif in_list or words >= MIN_EXCERPT_WORDS or info[j].labelled:
            if kind == "list" and info[j].kind == "text" and any(info[n].lead_in for n in keys) and \
                    child_list_ahead(j):
                continue  # the text between a lead-in ("The examples below ...") and its examples is skipped
            break
        keys.append(j)
        words += info[j].words
    for n, j in enumerate(keys):
        # A list is shown whole or not at all: one the limit cut off ("Each letter names one habit:", O, A) goes
        # with its lead-in, unless that leaves nothing.
        if info[j].lead_in and n and keys[-1] != j and listed(keys[-1]) and keys[-1] + 1 < len(info) and \
                listed(keys[-1] + 1) and section[keys[-1] + 1] == section[keys[-1]]:
            keys = keys[:n]
            words = sum(info[k].words for k in keys)
            break
    run_on = 0
    while keys and run_on < SETUP_RUN_ON:
        # An excerpt never stops on a setup ("Take a man who ...", "... has the opposite effect."): the point after
        # it comes too, or, when it cannot, the setup goes.
        last, after = keys[-1], keys[-1] + 1
        if after >= len(info) or after in keys or section[after] != section[last] or info[after].kind != "text":
            break
        # ... and an example's outcome ('A realistic outcome could be: "..."') finishes the example before it (not in
        # a difference, whose words go to saying the other side)
        pays_off = bool(_COLON_OPENER.match(doc.sentences[after])) and not info[after].labelled and \
            kind != "difference"
        if not (info[last].setup or (info[last].words <= SETUP_WORDS and info[after].points_back) or pays_off):
            break
        if words + info[after].words > limit + SETUP_SLACK:
            if info[last].setup and len(keys) > 1 and last != anchor:
                keys.pop()
            break
        keys.append(after)
        words += info[after].words
        run_on += 1
    while keys and info[keys[0]].points_back and keys[0] > 0 and section[keys[0] - 1] == section[anchor] \
            and info[keys[0] - 1].kind == "text":
        keys.insert(0, keys[0] - 1)  # what it now opens with leans on the sentence before, too
    # An example line goes only with the line it continues; its label's item only with the label's list.
    shown = [j for j in keys if (info[j].kind != "label" or _label_named(doc.sentences, j, keys)) and
             (not info[j].labelled or kind == "list") and not info[j].about_page]
    # A lead-in whose list did not come with it says nothing.
    return [j for j in shown if not info[j].lead_in or (j + 1 in shown and listed(j + 1)) or
            (kind == "list" and any(listed(n) for n in shown if n > j))]


def _only_as_verb(side: str, sentence: str) -> bool:
    """Whether a one-word side ('a need') appears in the sentence only as a verb ('the service may need to change'):
    the sentence then says nothing about that thing."""
    word = normalise(_ARTICLES.sub("", side.strip())).strip()
    if word not in _words()["verb_nouns"]:
        return False
    before = re.findall(rf"(\S+)\s+{re.escape(word)}s?\b", " " + normalise(sentence))
    return not any(w.strip(",;:(") in _words()["noun_markers"] or w.endswith("'s") for w in before)


_ARTICLES = re.compile(r"(?i)^(?:an?|the)\s+")


def _label_named(sentences: list[str], j: int, keys: list[int]) -> bool:
    """Whether a list item's label ('Going to a parenting group.') must be shown: the item's sentence after it
    speaks of 'the group', which only the label names."""
    if j + 1 not in keys or j + 1 >= len(sentences):
        return False
    label = {w for w in re.findall(r"[a-z]+", normalise(sentences[j])) if len(w) > 3}
    return any(w in label for w in re.findall(r"\bthe ([a-z]+)", normalise(sentences[j + 1])))


def _standalone(index: VectorIndex, hits: list[Hit], key: tuple[int, int], chosen: list[tuple[int, int]],
                question: str) -> bool:
    """Whether a sentence can join the answer on its own: it leans on nothing the answer lacks."""
    number, i = key
    if (number, i - 1) in chosen:
        return True
    sentence = hits[number].document.sentences[i]
    before = [hits[n].document.sentences[j] for n, j in chosen]
    return not facts(index, hits[number].position)[i].points_back and not leans_back(sentence) and \
        not _unintroduced(index, sentence, before, question)


RESTATE_NEW_TERMS = 2  # a definition adding fewer content words than this to the question's own says nothing new


def restates(question: str, sentences: list[str]) -> bool:
    """Whether the sentences only say back what the question asks ('Outcomes evolve, and that is healthy.' for 'what
    does "outcomes evolve" mean?'): hardly a content word in them that the question lacks."""
    asked = set(content_terms(question)) | set(tokenize(question))
    return len(set(content_terms(" ".join(sentences))) - asked) < RESTATE_NEW_TERMS


def pick_sentences(retriever: Retriever, hits: list[Hit], question: str, query: np.ndarray,
                   kind: str = "case", verdict: str | None = None,
                   sides: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """(source number, sentence position, sentence) for the sentences that best answer the question: one excerpt of
    the best passage in reading order; a sentence from elsewhere only when the excerpt is short, or when a
    difference question's other side is missing."""
    index = retriever.index
    scored = score_sentences(retriever, hits, question, query, kind, verdict, sides)
    if not scored:
        return []
    ranked = sorted(scored, key=lambda key: -scored[key].score)
    if not verdict:
        ranked = _distinct_first(retriever, hits, scored, ranked, question)
    if kind == "difference" and len(sides) == 2:
        ranked = _both_sides_first(scored, ranked, sides)
    headed_anchor = False
    if kind == "definition":
        ranked = _headed_first(hits, ranked, defined_term(question))
        # "This covers knowing your rights ..." under the heading X says what X is: it keeps the lead
        headed_anchor = _is_headed(hits, ranked[0], defined_term(question))
    if verdict:
        # The verdict is said first, so the first sentence must be one that says what a service or outcome is.
        said = [k for terms in (PLAIN_VERDICT_TERMS[verdict], VERDICT_TERMS[verdict]) for k in ranked
                if any(t in scored[k].text.lower() for t in terms)
                and not facts(index, hits[k[0]].position)[k[1]].points_back]
        # A verdict about another quoted example ('"Two care calls a day" is a service') does not settle this one.
        said = [k for k in said if not _quotes_other(scored[k].text, question)] or said
        ranked = said[:1] + [k for k in ranked if k not in said[:1]]
    best = ranked[0]
    for key in ([] if verdict or headed_anchor else ranked[:3]):
        # An anchor that names someone the answer cannot introduce, or that points back at what came before it
        # ('Each helpful response ...' after a list of examples), gives way to a close one that does neither.
        if scored[key].score < scored[best].score - 0.05:
            break
        if not _unintroduced(index, scored[key].text, [], question) and \
                not facts(index, hits[key[0]].position)[key[1]].points_back:
            best = key
            break
    chosen: list[tuple[int, int]] = []
    fallback: tuple[tuple[int, int], list[tuple[int, int]]] | None = None
    for key in [best] + [k for k in ranked[:EXCERPT_TRIES] if k != best]:
        # A lead-in whose list cannot be shown for this question ("Some invented examples ...:" before labelled
        # lines) gives no excerpt, and one opening on a sentence that points back ("Each one closes with ...")
        # lacks what it points at: the next best anchor answers instead.
        chosen = [(key[0], j) for j in excerpt(index, hits[key[0]], key[1], kind) if not verdict or j >= key[1]]
        if chosen and fallback is None:
            fallback = (key, chosen)
        doc = hits[key[0]].document
        headed = kind == "definition" and chosen and headed_by(
            (doc.sentence_headings or [doc.heading] * len(doc.sentences))[chosen[0][1]], defined_term(question))
        if chosen and kind == "definition" and restates(question, [doc.sentences[j] for _, j in chosen]):
            continue  # "Outcomes evolve, and that is healthy." says back what "what does 'outcomes evolve' mean" asks
        if chosen and (verdict or headed or not _opens_with_pointer(doc.sentences[chosen[0][1]])):
            best = key
            break
    else:
        if fallback:
            best, chosen = fallback
    if kind in FULLER_KINDS and not verdict:
        best, chosen = _fuller_start(index, hits, scored, best, chosen, kind)
    words = sum(len(hits[n].document.sentences[i].split()) for n, i in chosen)
    vectors = [index.sentence_rows(hits[n].position)[i] for n, i in chosen]

    def joins(key: tuple[int, int]) -> bool:
        if key in chosen or len(chosen) >= MAX_SENTENCES:
            return False
        n = len(hits[key[0]].document.sentences[key[1]].split())
        if words + n > MAX_WORDS or not _standalone(index, hits, key, chosen, question):
            return False
        if facts(index, hits[key[0]].position)[key[1]].lead_in:
            return False  # a lead-in joins only inside an excerpt that carries its list
        vector = index.sentence_rows(hits[key[0]].position)[key[1]]
        return all(float(v @ vector) <= SAME_SENTENCE for v in vectors)

    def add(key: tuple[int, int]) -> None:
        nonlocal words
        chosen.append(key)
        vectors.append(index.sentence_rows(hits[key[0]].position)[key[1]])
        words += len(hits[key[0]].document.sentences[key[1]].split())

    for side in sides:
        # "The difference between X and Y": each side is said.
        side_terms = set(tokenize(side))
        if not side_terms or any(side_terms <= facts(index, hits[n].position)[i].tokens for n, i in chosen):
            continue
        fitting = [k for k in ranked if side_terms <= facts(index, hits[k[0]].position)[k[1]].tokens and joins(k)
                   and not _only_as_verb(side, scored[k].text)]
        defines = definition_pattern(f"what is {side}")
        # Y's definition, or a sentence with Y as its subject ("A complex reflection adds something").
        defined = [k for k in fitting if (defines and defines.match(scored[k].text)) or
                   (normalise(side) in normalise(" ".join(scored[k].text.split()[:4])) and
                    not facts(index, hits[k[0]].position)[k[1]].trap)]
        # "What is X and what is Y?" is answered by Y's definition or not at all; a difference by any line on Y.
        # In the passage quoted, the first line about it ("A simple reflection stays close to ..." before "Simple
        # reflections are useful ..."); elsewhere, its definition first.
        defined.sort(key=lambda k: (k[0] != best[0], k[1] if k[0] == best[0] else 0,
                                    not (defines and defines.match(scored[k].text))))
        match = (defined or ([] if kind == "definition" else fitting) or [None])[0]
        if match:
            add(match)
    top = scored[best].score
    weights = term_weights(retriever, question)
    reported = pushed_away(question)
    for key in ranked[1:]:
        if words >= MIN_EXCERPT_WORDS or scored[key].score < top - OTHER_PAGE_WINDOW:
            break
        said = set().union(*(facts(index, hits[n].position)[i].tokens for n, i in chosen))
        # Another passage's sentence is stitched on only when it says something asked about that the excerpt lacks.
        other = facts(index, hits[key[0]].position)[key[1]]
        # (A question reporting a person's words asks how to respond: its own words are the person's, not the topic.)
        if key[0] != best[0] and not (set(weights) - said) & other.tokens and not (reported and other.responding):
            continue
        if joins(key):
            add(key)
    order = list(dict.fromkeys(n for n, _ in chosen))  # passages in the order they joined: the anchor's first
    chosen = sorted(chosen, key=lambda k: (order.index(k[0]), k[1]))
    while len(chosen) > 1 and facts(index, hits[chosen[-1][0]].position)[chosen[-1][1]].lead_in:
        chosen.pop()  # a lead-in never ends an answer
    # An example or story opening ("For example, ...") stitched on from another passage is out of its context.
    chosen = [k for n, k in enumerate(chosen) if not n or k[0] == chosen[0][0] or kind == "list" or
              not frames(hits[k[0]].document.sentences[k[1]])]
    chosen = _point_made(index, hits, chosen, words)
    if kind == "list" and asks_one_example(question):
        chosen = _first_examples(hits, chosen)
    while len(chosen) > 1 and frames(hits[chosen[0][0]].document.sentences[chosen[0][1]]) and kind != "list" and \
            (chosen[1][0] != chosen[0][0] or not leans_back(hits[chosen[1][0]].document.sentences[chosen[1][1]])) \
            and not _brings_in_for_later(hits, chosen):
        chosen.pop(0)  # "For example, ..." before a sentence that stands alone: the answer opens with the latter
    if not has_cue(question, ["stage", "stages"]):
        # "This stage draws together everything ..." speaks of the page's stage: beside a verdict on a walking frame
        # it makes no sense.
        chosen = [k for n, k in enumerate(chosen)
                  if not n or not has_cue(hits[k[0]].document.sentences[k[1]], _words()["stage_self_words"])]
    return [(n, i, hits[n].document.sentences[i]) for n, i in chosen]


_PRONOUN = re.compile(r"(?i)\b(?:she|he|her|him|his|herself|himself)\b")


def _brings_in_for_later(hits: list[Hit], chosen: list[tuple[int, int]]) -> bool:
    """Whether the first sentence brings in someone ('Imagine an older woman whose family ...') whom a later
    sentence of its passage speaks of ('In conversation, though, she explains ...'): without it, 'she' is nobody."""
    number = chosen[0][0]
    sentences = hits[number].document.sentences
    return has_cue(sentences[chosen[0][1]], _words()["person_nouns"]) and \
        any(_PRONOUN.search(sentences[i]) for n, i in chosen[1:] if n == number)


def _headed_first(hits: list[Hit], ranked: list[tuple[int, int]], term: str | None) -> list[tuple[int, int]]:
    """For 'what is X?': the best sentence of the sub-section headed X first ('### Securing rights and
    entitlements'), before the list that names X among the others, however close that list's wording is."""
    first = next((k for k in ranked if _is_headed(hits, k, term)), None) if term else None
    return ranked if first is None else [first] + [k for k in ranked if k != first]


def _is_headed(hits: list[Hit], key: tuple[int, int], term: str | None) -> bool:
    doc = hits[key[0]].document
    return headed_by((doc.sentence_headings or [doc.heading] * len(doc.sentences))[key[1]], term)


DISTINCT_TERMS = 2  # the question names at least this many words the guidance uses
DISTINCT_MARGIN = 0.05  # a sentence this close to the best, in a section naming what the question names, answers


def _distinct_first(retriever: Retriever, hits: list[Hit], scored: dict[tuple[int, int], Candidate],
                    ranked: list[tuple[int, int]], question: str) -> list[tuple[int, int]]:
    """The ranking with the best sentence from a section that names one of the question's own words first, when the
    best overall sits in a section naming none of them and it is nearly as good: 'what if the family want something
    different to mum' is answered from the section on families, not one on parents and children that merely sounds
    alike; a section on relatives does not answer 'the person wants something that isn't realistic'."""
    known = {t for t in term_weights(retriever, question) if is_known(retriever, t)}
    if len(known) < DISTINCT_TERMS or not ranked:
        return ranked  # one word ('the aim of the approach') says too little about which section answers
    index = retriever.index

    def names_it(key: tuple[int, int]) -> bool:
        return bool(known & facts(index, hits[key[0]].position)[key[1]].section)

    top = ranked[0]
    if names_it(top):
        return ranked
    near = next((k for k in ranked[1:] if scored[k].score < scored[top].score - DISTINCT_MARGIN or names_it(k)), None)
    if near is None or scored[near].score < scored[top].score - DISTINCT_MARGIN:
        return ranked
    return [near] + [k for k in ranked if k != near]


BOTH_SIDES_MARGIN = 0.10  # a passage saying what each side is answers a difference, this close to the best sentence


def _speaks_of(side: str, sentence: str) -> bool:
    """Whether the sentence says what the side is ('The outcome is the end itself', 'A service or a resource is
    something a person receives'), not merely mentions it."""
    defines = definition_pattern(f"what is {side}")
    return bool(defines and defines.match(sentence))


def _both_sides_first(scored: dict[tuple[int, int], Candidate], ranked: list[tuple[int, int]],
                      sides: tuple[str, ...]) -> list[tuple[int, int]]:
    """For 'the difference between X and Y': the best sentence of a passage that says what X is and what Y is
    ('A service or a resource is something a person receives ...' then 'The outcome is the end itself ...') first,
    when it is nearly as good as the best; one side from a passage about the other reads as if it were the answer."""
    top = scored[ranked[0]].score
    for key in ranked:
        if scored[key].score < top - BOTH_SIDES_MARGIN:
            break
        in_passage = [k for k in ranked if k[0] == key[0]]
        if all(any(_speaks_of(side, scored[k].text) for k in in_passage) for side in sides):
            # The first of them in reading order, so that the excerpt from it says both.
            said = [k for k in in_passage if any(_speaks_of(side, scored[k].text) for side in sides) and
                    scored[k].score >= top - BOTH_SIDES_MARGIN]
            if not said:
                continue
            lead = min(said, key=lambda k: k[1])
            return [lead] + [k for k in ranked if k != lead]
    return ranked


FULLER_KINDS = ("case", "how_to")
FULLER_MARGIN = 0.06  # an earlier sentence of the anchor's section this close to it may open the excerpt instead


def _fuller_start(index: VectorIndex, hits: list[Hit], scored: dict[tuple[int, int], Candidate],
                  best: tuple[int, int], chosen: list[tuple[int, int]], kind: str
                  ) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """A short excerpt that ends its section ('... explore the differences openly', the section's last sentence)
    opens instead on an earlier sentence of that section that answers nearly as well, when the excerpt from there
    still holds the anchor: the section's points in reading order, not one sentence and a stitched-on other page."""
    number, anchor = best
    info = facts(index, hits[number].position)
    if sum(info[i].words for _, i in chosen) >= MIN_EXCERPT_WORDS:
        return best, chosen
    doc = hits[number].document
    section = doc.sentence_headings or [doc.heading] * len(doc.sentences)
    options = []
    for i in range(anchor - 1, -1, -1):
        if section[i] != section[anchor] or info[i].kind != "text":
            break
        key = (number, i)
        if key not in scored or scored[key].score < scored[best].score - FULLER_MARGIN or info[i].points_back or \
                frames(doc.sentences[i]) or _opens_with_pointer(doc.sentences[i]):
            continue
        keys = [(number, j) for j in excerpt(index, hits[number], i, kind)]
        if best in keys and len(keys) > len(chosen) and set(chosen) <= set(keys):
            options.append((key, keys))
    return max(options, key=lambda o: len(o[1]), default=(best, chosen))


RUN_ON_KINDS = ("how_to", "case")
RUN_ON_SIMILARITY = 0.3  # the next section joins only when one of its sentences is this close to the anchor's fit
RUN_ON_FLOOR = 0.30  # ... and at least this close to the question


def run_on_section(retriever: Retriever, hits: list[Hit], picked: list[tuple[int, int, str]], query: np.ndarray,
                   kind: str) -> tuple[list[Hit], list[tuple[int, int, str]]]:
    """A one-sentence answer to a how-to question that ends its section ('At the end of a visit, a summary ... helps
    the person feel in control', the last line of 'Why summaries matter') runs on into the page's next section, which
    often says how ('An empowering summary is short enough to follow, uses the person's own words ...'): the hits
    with that section joined, and the sentences in reading order. Unchanged unless that section fits the question."""
    if kind not in RUN_ON_KINDS or len(picked) != 1:
        return hits, picked
    number, i, _ = picked[0]
    index = retriever.index
    position = hits[number].position
    doc = hits[number].document
    after = position + 1
    if i != len(doc.sentences) - 1 or after >= len(index.documents):
        return hits, picked
    following = index.documents[after]
    if following.kind != "page" or following.page != doc.page:
        return hits, picked
    sims = index.sentence_rows(after) @ query
    anchor_sim = float(index.sentence_rows(position)[i] @ query)
    keys = excerpt(index, Hit(following, 0.0, 0.0, after), 0, kind)
    info = facts(index, after)
    # The section's opening run of plain sentences: past a lead-in the rest belongs to the list it announced.
    keys = [j for n, j in enumerate(keys) if j == n and info[j].kind == "text" and not info[j].lead_in]
    keys = keys[:next((n for n, j in enumerate(keys) if j != n), len(keys))]
    closest = max((float(sims[j]) for j in keys), default=0.0)
    if not keys or closest < anchor_sim - RUN_ON_SIMILARITY or closest < RUN_ON_FLOOR or \
            _opens_with_pointer(following.sentences[keys[0]]):
        return hits, picked
    existing = next((n for n, h in enumerate(hits) if h.position == after), None)
    if existing is None:
        hits = hits + [Hit(following, float(np.max(sims)), 0.0, after)]
        existing = len(hits) - 1
    return hits, picked + [(existing, j, following.sentences[j]) for j in keys]


EXAMPLES_FOR_ONE = 2  # "give me an example of X": this many of the page's examples, each with the line after it
_ONE_EXAMPLE = re.compile(r"\b(?:an|one|a|1)\s+(?:good\s+|quick\s+|simple\s+|real\s+)?example\b(?!s)")


def asks_one_example(question: str) -> bool:
    """Whether the question asks for an example, not examples ('can u give me an example of an affirmation')."""
    return bool(_ONE_EXAMPLE.search(normalise(question)))


def _first_examples(hits: list[Hit], chosen: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """For a question asking for one example: the first EXAMPLES_FOR_ONE quoted examples and what follows each, not
    the whole run of them, and without the line announcing them ('The examples below show ...')."""
    quoted = [n for n, (p, i) in enumerate(chosen) if hits[p].document.sentences[i].lstrip().startswith(('"', "“"))]
    if len(quoted) <= EXAMPLES_FOR_ONE:
        return chosen
    kept = chosen[:quoted[EXAMPLES_FOR_ONE]]
    if len(kept) > 1 and frames(hits[kept[0][0]].document.sentences[kept[0][1]]) and quoted[0] == 1:
        kept = kept[1:]
    return kept


POINT_RUN_ON = 2  # an answer ending on a setup runs on by at most this many sentences to where the point is made


def _point_made(index: VectorIndex, hits: list[Hit], chosen: list[tuple[int, int]], words: int
                ) -> list[tuple[int, int]]:
    """The answer, never ending on a sentence whose point the next one makes ('... there is a strong pull to correct
    them' before 'this urge ... usually backfires'): the sentences that lean on it join, in its section, or it
    goes."""
    if not chosen or chosen[-1][0] == chosen[0][0]:
        return chosen  # the anchor's own excerpt already runs on past its setups (SETUP_RUN_ON)
    number, last = chosen[-1]
    doc = hits[number].document
    info = facts(index, hits[number].position)
    section = doc.sentence_headings or [doc.heading] * len(doc.sentences)
    added: list[tuple[int, int]] = []
    j = last + 1
    while j < len(doc.sentences) and section[j] == section[last] and info[j].kind == "text" and \
            (number, j) not in chosen and leans_back(doc.sentences[j]):
        if len(added) >= POINT_RUN_ON or words + info[j].words > MAX_WORDS + SETUP_SLACK:
            return chosen[:-1] if len(chosen) > 1 else chosen  # the point cannot come: the setup goes
        added.append((number, j))
        words += info[j].words
        j += 1
    return chosen + added


EXAMPLE_SIMILARITY = 0.50  # the person's words in a worked example are this close to the words the question reports
# ... or only this close when the question asks for the words to say ('what do i say next?'): a worked response to
# words like theirs shows what to say better than the principle alone
WORDS_ASKED_SIMILARITY = 0.38
_LABEL = re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z ]{0,20}):")


def asks_what_to_say(question: str) -> bool:
    """Whether the question asks for the words to say ('what do i say back', 'how should i reply to that')."""
    return has_cue(question, _words()["what_to_say_cues"])


def responding_example(retriever: Retriever, hits: list[Hit], words: str,
                       threshold: float = EXAMPLE_SIMILARITY) -> tuple[Hit | None, list[int]]:
    """For a question reporting a person's words, the worked example closest to them: what the person said and the
    helpful responses to it (never the poor ones), as the passage and its sentence positions; (None, []) if none."""
    examples = _said_examples(retriever)
    if not examples:
        return None, []
    vector = retriever.embed([words])[0]
    sims = examples[1] @ vector
    best = int(np.argmax(sims))
    if float(sims[best]) < threshold:
        return None, []
    position, i = examples[0][best]
    doc = retriever.index.documents[position]
    keys, helpful = [i], False
    for j in range(i + 1, len(doc.sentences)):
        if doc.sentence_kinds[j] != "more":
            break
        label = _LABEL.match(doc.sentences[j])
        if label:
            helpful = normalise(label["label"]) in _words()["helpful_labels"]
        if helpful:
            keys.append(j)
    if len(keys) < 2:
        return None, []
    hit = next((h for h in hits if h.position == position), None)
    return hit or Hit(doc, float(sims[best]), 0.0, position), keys


_SAID: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _said_examples(retriever: Retriever) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Every worked example's 'Person: "..."' line on the pages about responding, as (chunk, sentence), with the
    vectors of the person's words alone (embedded once per index)."""
    if retriever.index not in _SAID:
        data = _words()
        wanted = set(data["responding_topics"])
        keys, quotes = [], []
        for position, doc in enumerate(retriever.index.documents):
            if not wanted & set(doc.topics) or not doc.sentence_kinds:
                continue
            for i, sentence in enumerate(doc.sentences):
                label = _LABEL.match(sentence)
                if doc.sentence_kinds[i] in ("item", "example") and label and \
                        normalise(label["label"]) in data["said_labels"]:
                    keys.append((position, i))
                    quotes.append(sentence[label.end():].strip(" \"“”"))
        _SAID[retriever.index] = (keys, retriever.embed(quotes) if quotes else np.zeros((0, 1)))
    return _SAID[retriever.index]
