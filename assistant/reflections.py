"""Reflections in the forms an MI trainer teaches, built from the parse of the person's own words.

A simple reflection restates the clause that carries the most (a feeling, a wish, the person's own doing), with
pronouns turned. A complex reflection is offered only when one of a few forms truly fits: the relationship (for
hostility aimed at the worker), two sides (real ambivalence joined by "but"), meaning (a wish or a value), or a
feeling the words signal without naming. Nothing is invented, and when no form fits nothing is offered.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .language import is_welsh
from .nlp import parse
from .phrasing import (
    Clause,
    addressed_to_worker,
    clauses,
    first_person,
    gerund,
    is_imperative,
    is_negated,
    only_an_aside,
    pattern,
    phrase_pattern,
    sentence_case,
    strip_fillers,
    subject_of,
    turn_pronouns,
    unfinished,
    words,
)

MAX_WORDS = 22
MAX_SAID = 20  # a simple reflection longer than this parrots
# "..., don't you?" checks that the worker agrees; the sentence is a statement.
_TAG_QUESTION = re.compile(r",\s*(?:(?:do|does|did|is|are|was|were|have|has|can|could|would|will|wo|ca)n't\s+\w+|"
                           r"innit|right|eh|yeah|you know)\s*\?\s*$", re.I)


@dataclass
class Reading:
    """What one person turn says, as the reflection forms need it."""

    doc: object
    sentences: list  # English statements (not questions, not Welsh), in order
    short: bool  # a non-answer ("dunno", "fine") or under three words
    hostile: str | None  # a relationship reflection, when the words are aimed at the worker or the service
    scored: list | None = None  # the scored clauses, worked out once (see _candidates)


def read(text: str, doc=None) -> Reading:
    """The reading of one turn, worked out once per parse: the parse cache keeps it with the Doc, so a turn read
    again (by the pipeline's steps, or as an earlier turn of the next call) costs nothing."""
    doc = doc if doc is not None else parse(text)
    known = doc.user_data.get("reading")
    if known is not None and known[0] == text:
        return known[1]
    reading = _read(text, doc)
    doc.user_data["reading"] = (text, reading)
    return reading


def _read(text: str, doc) -> Reading:
    sentences = [s for s in doc.sents if s.text.strip() and (not s.text.strip().endswith("?") or
                                                             _TAG_QUESTION.search(s.text)) and not is_welsh(s.text)
                 and not pattern("hospitality").search(s.text.lower())]  # "Mind the step": not said back
    content = [t for t in doc if not t.is_punct]
    lowered = " ".join(text.lower().split()).strip(" .!?")
    short = len(content) < 3 or bool(pattern("short_answers").fullmatch(lowered))
    hostile = None
    for entry in words()["relationship"]:
        if phrase_pattern(tuple(entry["cues"])).search(text.lower()):
            hostile = entry["reflection"]
            break
    return Reading(doc, sentences, short, hostile)


@functools.cache
def _feeling_patterns() -> list[tuple[str, str, re.Pattern]]:
    return [(name, cue.lower(), re.compile(rf"(?<![\w']){re.escape(cue.lower())}(?![\w'])"))
            for name, cues in words()["feelings"].items() for cue in cues]


@functools.cache
def _any_feeling() -> re.Pattern:
    return re.compile("|".join(f"(?:{p.pattern})" for _, _, p in _feeling_patterns()))


def feeling_of(clause_tokens) -> tuple[str, object, bool] | None:
    """(feeling name, cue token, said outright) for a feeling the speaker has about themselves, not negated."""
    text = "".join(t.text_with_ws for t in clause_tokens).lower()
    if not _any_feeling().search(text):
        return None
    for name, cue, compiled in _feeling_patterns():
        match = compiled.search(text)
        if not match:
            continue
        token = _token_at(clause_tokens, match.start())
        if token is None:
            continue
        negated_cue = "n't" in cue or "not " in cue or cue.startswith("no ")
        if not negated_cue and is_negated(token):
            continue
        if not _owned_by_speaker(token):
            continue
        return name, token, cue == name or token.lemma_.lower() == name
    return None


def _token_at(tokens, offset: int):
    position = 0
    for token in tokens:
        if position <= offset < position + len(token.text_with_ws):
            return token
        position += len(token.text_with_ws)
    return None


def _owned_by_speaker(token) -> bool:
    """Whether the feeling is the speaker's own: I/we are its subject, or 'makes me', or 'on my own'."""
    for candidate in (token, token.head, token.head.head):
        subject = subject_of(candidate)
        if subject is not None:
            return first_person(subject)
        if candidate.lemma_ == "make" and any(c.lower_ in ("me", "us") for c in candidate.children):
            return True
    sentence = token.sent
    return any(t.lower_ in ("i", "we") and t.dep_ in ("nsubj", "nsubjpass") for t in sentence)


def _score(clause: Clause, last: bool) -> float:
    tokens = clause.tokens
    score = 0.0
    subjects = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")]
    if any(first_person(s) for s in subjects):
        score += 2
    if feeling_of(tokens):
        score += 3
    if any(t.lemma_.lower() in words()["wish_verbs"] and first_person(subject_of(t)) and not _reported(t)
           for t in tokens):
        score += 3
    content = [t for t in tokens if not t.is_punct]
    if len(content) <= 4 and content and content[-1].lower_ in ("it", "that", "this") and content[-1].dep_ == "pobj":
        score -= 3  # "we sit by it": what "it" is was said elsewhere, so the clause says nothing on its own
    if clause.words() <= 6 and (_WRAPPING_UP.search(clause.text.lower()) or pattern("agreeing").search(
            clause.text.lower())):
        # "I think that covers it", "Yeah, that sounds about right": a close of the talk or the worker's own words
        # agreed with, never the heart of what was said
        score -= 5
    if pattern("value_phrases").search(clause.text.lower()):
        score += 3
    if pattern("progress_phrases").search(clause.text.lower()):
        score += 3  # end on what is changing: "it's slowly getting better", not "we're like zombies"
    if clause.words() < 3:
        score -= 3
    if _FIGURE.search(clause.text.lower()):
        score -= 3  # "the grandkids are killing me": a figure of speech said back sounds like mockery or alarm
    if _PLAYED_DOWN.search(clause.text.lower()):
        score -= 3  # "there's people worse off", "he's never touched me, not properly": said back, we'd agree
    if _after_but(clause) and _good_side(clause):
        score += 1  # "I'm shattered. But he's kept at home": the strength after the but is what they want heard
    elif _after_but(clause) and _obliged(clause) and _wish_before(clause):
        # "I could maybe go back to my choir. But I'd need to ask her": the barrier said back alone strengthens
        # staying stuck (review suggest-19); the wish before the but is what to reflect, or nothing
        score -= 8
    moving_on = clause.sentence[0].lower_ in ("anyway", "anyhow", "anyways")
    if moving_on:
        score -= 2  # "Anyway, the tablets are sorted": the person moving off what mattered, not the heart of it
    elif last:
        score += 1
    if re.search(r"\b(?:i keep thinking|i keep wondering|i wonder)\b", clause.text.lower()):
        score += 2  # what keeps going round in their head
    return score


_WRAPPING_UP = re.compile(r"\b(?:that covers it|that's everything|that's it|that's about it|that's all|"
                          r"that's all really|that's it really)\b")
_THINKING_VERBS = {"think", "expect", "know", "believe", "reckon", "imagine", "guess", "suppose"}


def _reported(token) -> bool:
    """'I didn't think I'd like it': a wish verb inside what they thought would happen is no wish of theirs."""
    head = token.head  # "they know I love them" is their knowing, and the love is the person's own
    return token.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in _THINKING_VERBS and first_person(
        subject_of(head))


_FIGURE = re.compile(r"\b(?:(?:is|are|'s|'re) killing me|killing myself laughing|could murder a|be the death of me|"
                     r"could (?:kill|murder|strangle|throttle|swing for) (?!a\b)\w+)\b")


_CHANGE_MODALS = {"could", "can", "might", "'d", "would", "will", "'ll"}


def _obliged(clause: Clause) -> bool:
    """'I'd need to ask her', 'I'd have to find someone': what the person would be obliged to do first."""
    return any(t.lemma_.lower() in ("need", "have", "got") and first_person(subject_of(t))
               and any(c.dep_ == "xcomp" for c in t.children) for t in clause.tokens)


def _wish_before(clause: Clause) -> bool:
    """A wish or a could-do of the speaker's own in the turn before this clause ('I could go back to choir')."""
    doc = clause.tokens[0].doc
    for t in doc[:clause.tokens[0].i]:
        if t.pos_ != "VERB" or is_negated(t) or not first_person(subject_of(t)):
            continue
        if t.lemma_.lower() in words()["wish_verbs"] or any(c.lower_ in _CHANGE_MODALS and c.dep_ == "aux"
                                                             for c in t.children):
            return True
    return False


def _after_but(clause: Clause) -> bool:
    """A clause that follows 'but': one of the two words before it, or the 'But' its sentence opens with."""
    first = clause.tokens[0]
    before = [t for t in clause.sentence if t.i < first.i][-2:]
    return any(t.lower_ == "but" for t in before) or (
        clause.sentence[0].lower_ == "but" and first.i <= clause.sentence.start + 2)


_QUOTING = re.compile(r"\b(?:said|says|told|asked) (?:to )?\w+ ,")


def whole(tokens) -> bool:
    """A clause that can stand alone: it has a verb and does not end on a dangling preposition or joining word."""
    content = [t for t in tokens if not t.is_punct]
    if len(content) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in content):
        return False
    root = content[0].sent.root
    if root.pos_ in ("NOUN", "PROPN") and content[0].i <= root.i <= content[-1].i:
        return False  # "A night where I sleep right through": a thing named, not a sentence to say back
    lead = next((t for t in content if t.pos_ not in ("ADV", "INTJ", "CCONJ")), content[0])
    if content[0].lower_ in ("which", "who", "whom", "whose") or content[0].tag_ == "VBG" or lead.tag_ == "VBG":
        return False  # "Maybe going back to work part-time, but ...": a wish without its "I'd like"
    if re.match(r"(?:then |and |but )?like\b", " ".join(t.lower_ for t in content)):
        return False  # "Then like you all had": a comparison cut from what it compares
    opener = content[0].sent[:content[0].i - content[0].sent.start]
    if content[0].lower_ in ("what", "how", "why", "where", "whether") and not (
            content[0].lower_ == "what" and content[0].head.dep_ == "csubj" and all(
                t.is_punct or t.pos_ == "INTJ" or pattern("fillers").fullmatch(t.lower_) for t in opener)):
        # "anyway, what I want is...": a wish after an opener is no start cut off ("what's the point" still is)
        return False  # "..., and what I'm supposed to be telling you": the end of a sentence cut from its start
    text = " ".join(t.lower_ for t in tokens)
    if re.match(r"(?:i (?:think|suppose|guess) )?(?:that|it) ?(?:'s| is) (?:all|it)\b", text) or _QUOTING.search(text):
        return False  # "That's all I want" points back; "I said to him, ..." is someone's quoted words
    if content[0].dep_ == "mark" and content[0].lower_ in _SUBORDINATORS:
        ids = {t.i for t in content}
        clause_head = content[0].head
        if clause_head.dep_ == "ROOT" or (clause_head.dep_ == "advcl" and clause_head.head.i not in ids):
            return False  # "If I don't like it": the condition without what it is the condition of
    has_subject = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in content)
    if not has_subject and not is_imperative(content[0].sent):
        return False  # "Won't come out of his room": whose doing is left unsaid, so it is not said back
    return content[-1].dep_ not in ("prep", "cc", "mark", "det", "poss", "aux") or content[-1].pos_ == "ADV"


def _candidates(reading: Reading) -> list[tuple[float, int, Clause]]:
    """(score, position, clause) for every whole clause, in the order said; worked out once per reading."""
    if reading.scored is not None:
        return reading.scored
    candidates = []
    conditional = False
    for n, sentence in enumerate(reading.sentences):
        # "If I don't like it | I'm not going back": a condition the parser cut off as a sentence of its own, and
        # what depends on it, are neither said back alone
        after_condition, conditional = conditional, _bare_condition(sentence)
        if after_condition or conditional:
            continue
        for clause in clauses(sentence, MAX_WORDS):
            kept = strip_fillers(clause.tokens)
            kept = _without_endearments(_without_thanks(_without_endearments(kept)))
            if _elliptic(kept):
                continue  # "nobody has in ages": the verb's meaning was said before it, so it cannot stand alone
            pieces = [kept]
            if _welsh_piece(Clause(kept, sentence).text):
                # "Mae'n anodd, ond we're managing": the English words between the commas are said back, without the
                # Welsh ones (and the Welsh "ond" that joins them); the Welsh is theirs, not ours to turn
                pieces = [p for p in (_without_welsh_lead(p) for p in _english_runs(kept)) if p]
            if _FIGURE.search(Clause(kept, sentence).text.lower()):
                # "Ha, the grandkids are killing me, I'm up at six doing the school run": the figure is left out
                pieces = [strip_fillers(p) for p in _split_at_commas(kept)
                          if not _FIGURE.search(Clause(p, sentence).text.lower())] or pieces
            for piece in pieces:
                if whole(piece) and not only_an_aside(piece):
                    candidates.append((Clause(piece, sentence), n == len(reading.sentences) - 1))
    reading.scored = [(_score(c, last), i, c) for i, (c, last) in enumerate(candidates)]
    return reading.scored


def _english_runs(tokens: list) -> list[list]:
    """The runs of English pieces of a mixed clause, cut only where a Welsh piece stands between commas or dashes:
    "I'm up with her three, four times a night, ond dw i ddim ..." keeps "three, four times" together."""
    runs, current, piece, separator = [], [], [], None
    for token in tokens + [None]:
        if token is not None and token.text not in (",", "-", "\u2013", ";"):
            piece.append(token)
            continue
        if piece and _welsh_piece("".join(t.text_with_ws for t in piece)):
            if current:
                runs.append(current)
            current = []
        elif piece:
            current = current + ([separator] if current and separator is not None else []) + piece
        separator, piece = token, []
    return runs + [current] if current else runs


def _without_welsh_lead(tokens: list) -> list:
    """'ond we're managing' -> "we're managing": a Welsh joining word before English words is left out."""
    while tokens and tokens[0].lower_ in _welsh_only():
        tokens = tokens[1:]
    return strip_fillers(tokens) if tokens else []


def _without_thanks(tokens: list) -> list:
    """'Thanks for listening, nobody's ever asked me before' -> 'nobody's ever asked me before': the thanks is met by
    its own reflection, never cut into 'For listening, ...'."""
    if len(tokens) < 2 or tokens[0].lower_ not in ("thanks", "thank", "ta", "diolch"):
        return tokens
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    return strip_fillers(tokens[comma + 1:]) if comma is not None else []


def _without_endearments(tokens: list) -> list:
    """'cariad, it's been nice to talk' -> "it's been nice to talk"; '... and the choir, cariad' -> '... and the
    choir': a word of endearment to the worker, at either end, is theirs to say, not ours to say back."""
    loving = pattern("endearments")
    tokens = list(tokens)
    while tokens and (tokens[0].is_punct or loving.fullmatch(tokens[0].lower_)) and (
            tokens[0].is_punct or len(tokens) == 1 or tokens[1].is_punct or tokens[1].lower_ in ("i", "it", "it's")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or (loving.fullmatch(tokens[-1].lower_) and len(tokens) > 1
                                               and tokens[-2].text == ",")):
        tokens = tokens[:-1]
    return tokens


def _elliptic(tokens: list) -> bool:
    """A clause whose only verb is a bare have/do with nothing it governs ('nobody has in ages', 'I do, mind')."""
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    if not verbs or any(v.lemma_.lower() not in ("have", "do") for v in verbs) or any(t.dep_ == "neg" for t in tokens):
        return False  # "I haven't since" is understood from what came before; "nobody has in ages" says nothing
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "prt") for v in verbs for c in v.children)


def _listened_to(reading: Reading) -> str | None:
    """'Thanks for listening, honestly nobody has in ages' -> 'It's been a long time since anyone really listened to
    you.': what being heard meant to them, the thing a worker reflects at the close, never 'You think that covers
    it'."""
    text = " ".join(reading.doc.text.lower().replace("\u2019", "'").split())
    if reading.hostile or not pattern("being_heard").search(text):
        return None
    if re.search(r"\b(?:nobody|no one|no-one|nobody's|no one's)\b[^.!?]*\b(?:in ages|in years|for years|for ages|"
                 r"before|ever|for a long time|in a long time|in months)\b", text):
        return _HEARD[0]
    return _HEARD[1]


_HEARD = ("It's been a long time since anyone really listened to you.",
          "Being listened to today seems to have meant something to you.")


def _bare_condition(sentence) -> bool:
    """A sentence that is only an if/when/unless clause: the parser's cut, not the person's."""
    first = next((t for t in sentence if not t.is_punct), None)
    return first is not None and first.dep_ == "mark" and first.lower_ in ("if", "when", "unless", "once") \
        and first.head.i == sentence.root.i


def _split_at_commas(tokens: list) -> list[list]:
    pieces, current = [], []
    for token in tokens:
        if token.text == ",":
            if current:
                pieces.append(current)
            current = []
        else:
            current.append(token)
    return pieces + [current] if current else pieces


_MOVED_ON = -2  # a clause scoring this or less ("Anyway, the tablets are sorted") is never the one said back


def best_clause(reading: Reading) -> Clause | None:
    """The clause that carries the most: a feeling, a wish or value, the person's own doing; the latest wins ties."""
    scored = [s for s in _candidates(reading) if s[0] > _MOVED_ON]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def best_pair(reading: Reading) -> list[Clause]:
    """The best clause, with the clause said just before it when both are short and from different sentences:
    'People see clutter. I see my life.' is heard whole, not as 'You see your life.'"""
    scored = _candidates(reading)
    if best_clause(reading) is None:
        return []
    score, i, best = max(scored, key=lambda s: (s[0], s[1]))
    if i > 0:
        other_score, _, other = scored[i - 1]
        if other.sentence is not best.sentence and other.words() + best.words() <= 20 and other_score >= score - 3 \
                and other.tokens[0].lower_ not in _NOT_ALONE and not _FIGURE.search(other.text.lower()):
            return [other, best]  # "I could murder a paned" beside it is a figure of speech, never said back
    if best.words() <= 3 and i + 1 < len(scored):
        # "we're managing. Mam-gu's still got her sense of humour": too short to say alone, heard with what follows
        other_score, _, other = scored[i + 1]
        if other.sentence is not best.sentence and other.words() + best.words() <= 20 and other_score >= score - 3 \
                and other.tokens[0].lower_ not in _NOT_ALONE and not _FIGURE.search(other.text.lower()):
            return [best, other]
    return [best]


def _say_back(clause: Clause) -> str:
    return turn_pronouns(clause.tokens, addressed_to_worker(clause.sentence))


# What a person asks of the worker in the imperative that is a real request ("Just tell me what I have to do").
_ASKED_OF_US = {"tell", "help", "explain", "show", "give", "let", "leave", "listen", "sort", "ring", "call", "stop",
                "sit", "come", "wait", "speak", "talk", "slow", "write", "send", "bring", "keep", "put"}
_ASKING = re.compile(r"^(?:can|could|may) i (.+?)\??$", re.I)


def asked_for(reading: Reading) -> str | None:
    """'Can I see him on my birthday?' -> 'You'd like to see him on your birthday.'"""
    for sentence in reversed(list(reading.doc.sents)):
        text = sentence.text.strip()
        match = _ASKING.match(text)
        if match and text.endswith("?") and not is_welsh(text):
            start = sentence.start + 2
            tokens = [t for t in reading.doc[start:sentence.end] if not t.is_punct]
            if 2 <= len(tokens) <= 12:
                return sentence_case("You'd like to " + turn_pronouns(tokens, False))
    return None


_VIEW_VERBS = {"think", "reckon", "believe", "say", "call", "judge", "blame"}
_OTHERS = {"they", "everyone", "everybody", "people", "he", "she", "them", "social", "school"}


def _others_view_of_them(tokens) -> bool:
    """'They think I'm a bad mother', 'everyone says I'm lazy': what others make of the person."""
    for token in tokens:
        if token.lemma_.lower() in _VIEW_VERBS and token.pos_ == "VERB" and token.tag_ in ("VBP", "VBZ", "VBD"):
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in _OTHERS:
                continue
            after = [t for t in token.subtree if t.i > token.i]
            if token.lemma_.lower() == "say" and not any(
                    t.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in t.children) for t in after):
                continue  # "He says I can stay till the end of the month" is news, not a verdict on them
            if any(t.lower_ in ("i", "me", "my", "i'm") for t in after):
                return True
    return False


_SUBORDINATORS = {"when", "if", "because", "since", "as", "although", "though", "while", "before", "after", "until",
                  "till", "once", "unless", "whether", "cos", "cause"}


# A clause opening with one of these cannot stand first in a pair: "It's all I want" points back, and "When the nurse
# comes" is half a sentence. "Since", "as", "before", "after", "until" and "till" open whole clauses too ("Since the
# winter you've been thinking...").
_NOT_ALONE = {"it", "that", "this", "which"} | (_SUBORDINATORS - {"since", "as", "before", "after", "until", "till"})


def _opens_with_order(clause: Clause) -> bool:
    """'Just ring me before you come, I get anxious': an order opens the sentence though another verb is its root."""
    lead = next((t for t in clause.tokens if t.pos_ not in ("ADV", "INTJ", "PUNCT")), None)
    return lead is not None and lead.tag_ == "VB" and lead.pos_ == "VERB" and lead.dep_ != "xcomp" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in lead.children) and lead.i - clause.tokens[0].i <= 2


def _up_to_comma(clause: Clause) -> Clause:
    """A long clause's first part, when it says something whole by itself: 'I just want to feel like I'm somebody
    again, not just the old man in number four who ...' -> 'I just want to feel like I'm somebody again'."""
    commas = [n for n, t in enumerate(clause.tokens) if t.text == ","]
    if not commas:
        return clause
    head = clause.tokens[:commas[0]]
    words_ = [t for t in head if not t.is_punct]
    if words_ and words_[0].lower_ in _SUBORDINATORS:
        return clause  # "When the bus stopped running on a Sunday" is half a sentence
    if 4 <= len(words_) <= MAX_SAID and any(t.pos_ == "VERB" for t in head) and any(
            t.dep_ in ("nsubj", "nsubjpass") for t in head) and not unfinished(head):
        return Clause(head, clause.sentence)
    return clause


def _after_first_comma(clause: Clause) -> Clause | None:
    commas = [n for n, t in enumerate(clause.tokens) if t.text == ","]
    rest = clause.tokens[commas[0] + 1:] if commas else []
    return Clause(rest, clause.sentence) if rest and whole(rest) and not unfinished(rest) else None


def simple_of(reading: Reading) -> str | None:
    """The heart of what the person said, restated in the second person; None for hostility and most non-answers."""
    if reading.hostile:
        return None
    if reading.short:
        said = " ".join(reading.doc.text.lower().split()).strip(" .!?")
        return words()["short_reflections"].get(said)
    parts = []
    wish = asked_for(reading)
    best = best_clause(reading)
    if wish and (best is None or _score(best, True) < 3):
        return wish
    pair = best_pair(reading)
    for clause in pair:
        whole_clause = clause
        clause = _up_to_comma(clause) if clause.words() > MAX_SAID else clause
        imperative = (is_imperative(clause.sentence) or _opens_with_order(clause)) and \
            clause.tokens[0].i == clause.sentence.start
        told_not_to = [t.lower_ for t in clause.tokens[:2]] in (["do", "n't"], ["do", "not"], ["never"])
        if (imperative or told_not_to) and any(t.dep_ == "neg" for t in clause.tokens):
            return None  # "Don't sit there and pretend ...": said back, an order or an attack sounds like ours
        said = speakable(_say_back(clause).rstrip(" .!,;")) if not unfinished(clause.tokens) else None
        if said is None and len(pair) == 2 and whole_clause is pair[1] and parts:
            continue  # "Didn't think I would" after the men's shed: the part that reads back is said alone
        if said is None or quotes_someone(whole_clause.sentence.text) or _PREDICTED.search(said) \
                or _ABOUT_US.match(said):
            # "because I'm 'useless with money'": someone's words inside theirs lose their quote marks when said
            # back, and become ours; "You'll probably just drop out" said back is our prediction; "You've got it
            # right" was said to us
            return None
        correcting = clause.sentence[0].lower_ in ("no", "nah", "na") and clause.sentence.start > 0
        if correcting or (_ELLIPTICAL.search(said) and len(pair) == 1):
            # "You didn't think it would be", "No she doesn't": the meaning was in the sentence before. A correction
            # takes back what came before it ("She lets me win. No she doesn't, I'm really good at it!"): what
            # follows it is what they mean.
            rest = _after_first_comma(whole_clause) or next(
                (c for _, _, c in _candidates(reading)
                 if c.sentence is clause.sentence and c.tokens[0].i > clause.tokens[-1].i), None)
            if correcting:
                parts = []
            if rest is None:
                continue
            said = speakable(_say_back(rest).rstrip(" .!,;"))
            if said is None:
                continue
        if imperative:
            if clause.tokens[0].lemma_.lower() not in _ASKED_OF_US:
                return None  # "Ask your questions", "Go on then": said back as a wish, it sounds like sarcasm
            said = "You'd like me to " + said[:1].lower() + said[1:]
        if _others_view_of_them(clause.tokens):
            # "they think I'm a bad mother" said back flat sounds like we agree; as their feeling it is heard
            said = "It feels like " + lower_start(said)
        parts.append(said)
    if not parts:
        return None
    if len(parts) > 1 and best_pair(reading)[1].tokens[0].pos_ != "PROPN":
        parts[1] = parts[1] if parts[1].startswith(("I ", "I'")) else parts[1][:1].lower() + parts[1][1:]
    said = parts[0] if len(parts) == 1 else f"{parts[0]}, and {lower_start(parts[1])}"
    if len(said.split()) > MAX_SAID:
        said = parts[-1] if len(parts) > 1 and len(parts[-1].split()) <= MAX_SAID else ""
    return sentence_case(said) if len(said.split()) >= 3 else None  # a long echo is parroting: say nothing


# Words that open or close what was said but carry none of it ("Before you start, ...", "..., to be honest"), and
# sayings that cannot be turned back without sounding like mockery or like Welsh run through English rules.
_OPENER = re.compile(r"(?i)^(?:before you start|if you're lucky|i see|honestly|well|anyway|mind you|mind|like i said|"
                     r"to be honest|it's just|it is just|just)\b,?\s+")
_CLOSER = re.compile(r"(?i),?\s+(?:though|to be honest|honestly|honest|tbh|if you're honest|really|like|you know|"
                    r"and that|"
                    r"mind|innit|so whatever|whatever|(?:i|you) don't know|(?:i |you )?dunno|or something|"
                    r"(?:i|you) suppose|(?:i|you) guess|don't start|don't you start)$|"
                    # after a comma only: ", you really are", ", will I" (but "before he does" is content)
                    r",\s+(?:(?:you|it|they|he|she) (?:really |honestly )?(?:are|is|do|does|did|have|has|were|was)|"
                    r"(?:will|won't|would|wouldn't|can|can't|do|don't|did|didn't|is|isn't|was|wasn't|have|haven't|"
                    r"am|are|aren't) (?:i|you|he|she|it|they|we))$")
# Someone's words inside the person's ("because I'm 'useless with money'"): said back, they lose their quote marks.
_QUOTED = re.compile(r"(?:^|[\s(])['\u2018\"\u201c][A-Za-z][^'\u2019\"\u201d]{2,60}['\u2019\"\u201d]")
_PREDICTED = re.compile(r"(?i)\byou'll (?:probably|just|only|never|end up)\b")
_ABOUT_US = re.compile(r"(?i)^you(?:'ve| have)? (?:got (?:it|that|me|this) (?:right|wrong)|(?:'re|are) (?:right|wrong)|"
                       r"been (?:so |really |very |a )?(?:lovely|great|brilliant|kind|helpful|good|amazing|a star|"
                       r"(?:great |real |big |massive )?help|a godsend|wonderful|fab|fantastic|patient|"
                       r"(?:very |so )?patient with (?:me|you)))\b")
# A verb phrase left to the sentence before ("I didn't think it would be", "No she doesn't"): said alone, a fragment.
_ELLIPTICAL = re.compile(r"(?i)\b(?:would|will|could|should|might|must|can|to|did|does|do)(?:n't| not)?"
                         r"(?: have| be| been)?$")
# Typed without the apostrophe ("werent", "dont"): said back, it reads as our mistake.
_UNMARKED = re.compile(r"(?i)\b(are|were|was|is|do|does|did|have|has|had|could|would|should|ca|wo)nt\b")
# A teenager's "I'm dead" or "she'll kill me" said back in earnest sounds like mockery, or like alarm.
_FIGURATIVE = re.compile(r"(?i)\b(?:you're dead|you are dead|kill (?:you|him|her|me|your \w+|my \w+|them)|"
                         r"murder (?:a|your|my)|"
                         r"literally|lol|omg)\b")
_ASIDE = re.compile(r"(?i),\s+(?:mind|like|you know|see|honestly|to be honest|tbh|well)\s*,|\s+and that\s*,")
# A greeting or thanks that opens the turn is the person's to say, not ours to say back ("Diolch, it's been ...").
_GREETING = re.compile(r"(?i)^(?:diolch(?: yn fawr)?|thanks|thank you|cheers|ta|hiya|hi|hello|bore da|prynhawn da|"
                       r"shwmae|sut mae)\b[,!.]?\s+")
# "you just get on with it, you do don't you, there's no point": a tag mid-turn, said back, mocks
_INNER_TAG = re.compile(r"(?i)\b(?:don't|doesn't|didn't|isn't|aren't|wasn't|haven't|hasn't|won't|wouldn't|can't) "
                        r"(?:you|i|it|we|they|she|he)\s*,")
_DOUBLE_NEGATIVE = re.compile(r"(?i)\b(?:not|\w+n't)\b.*\b(?:nothing|nobody|no one|never|none)\b")


def quotes_someone(text: str) -> bool:
    return bool(_QUOTED.search(text))


def without_tail(said: str) -> str:
    """What was said, without a tail that carries nothing (', to be honest', ', really', ' tbh')."""
    return _CLOSER.sub("", said).strip(" ,")


_STANDARD_PAST = {"done": "did", "seen": "saw", "was": "were"}
_DIALECT_PAST = re.compile(r"(?i)\b(you|we|they) (done|seen|was)\b")


def speakable(said: str) -> str | None:
    """A restatement fit to say: openers and tails that carry nothing trimmed; None for a double negative
    ("You're not saying nothing" parrots and mocks) or words with Welsh in them (English rules break Welsh)."""
    said = _GREETING.sub("", said)
    for _ in range(2):
        said = _OPENER.sub("", said)
    said = _UNMARKED.sub(lambda m: m.group(1) + "n't", said)
    # "I done it with Mam", "we seen it", "you was": said back to an adult as they said it, it sounds like mockery
    said = _DIALECT_PAST.sub(lambda m: f"{m.group(1)} {_STANDARD_PAST[m.group(2).lower()]}", said)
    said = without_tail(_ASIDE.sub(",", said))
    # "Dw i'n colli'r canu - I miss the singing": the English half is said back, the Welsh is theirs, never ours to
    # say in the first person
    pieces = re.split(r"\s+[-\u2013]\s+", said)
    english = [p for p in pieces if not _welsh_piece(p)]
    if len(english) < len(pieces) and english and len(" ".join(english).split()) >= 3:
        said = sentence_case(" - ".join(english))
    welsh = is_welsh(said) or sum(w in _welsh_only() for w in said.lower().split()) >= 2 or _welsh_piece(said)
    if _DOUBLE_NEGATIVE.search(said) or _FIGURATIVE.search(said) or welsh or _INNER_TAG.search(said):
        return None
    return said


_WELSH_CLITIC = re.compile(r"^\w+'[nr]$")  # i'n, colli'r, mae'n: English has no words like these


def _welsh_piece(text: str) -> bool:
    words_ = [w.strip(",.!?") for w in text.lower().split()]
    return is_welsh(text) or sum(w in _welsh_only() or bool(_WELSH_CLITIC.match(w)) for w in words_) >= 2


@functools.cache
def _welsh_only() -> frozenset[str]:
    from .language import _welsh_words

    welsh, shared = _welsh_words()
    return frozenset(welsh - shared)


def lower_start(text: str) -> str:
    """A clause to follow a comma or a colon: its first word in lower case, unless it is I or a name."""
    first = text.split(" ", 1)[0]
    plain = first.lower().split("'")[0].split("’")[0]
    if first in ("I", "I'm", "I've", "I'll", "I'd") or (first[:1].isupper() and first[1:2].islower()
                                                         and plain not in _COMMON_OPENERS
                                                         and plain.split("-")[0] not in _NUMBER_WORDS):
        return text
    return text[:1].lower() + text[1:]


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "a", "half"}
_COMMON_OPENERS = {"you", "your", "you're", "you've", "you'd", "you'll", "we", "he", "she", "they", "it", "the",
                   "there", "some", "other", "people", "now", "every", "my", "his", "her", "their", "nobody",
                   "everyone", "this", "that", "when", "if", "and", "but", "so", "then", "since", "one", "a", "an",
                   "sometimes", "maybe", "perhaps", "honestly", "really", "most", "all", "everything", "everybody",
                   "nothing", "no", "not", "just", "only", "still", "always", "never", "today", "yesterday",
                   "tonight", "last", "after", "before", "because", "though", "even", "what", "how", "why", "where",
                   "who", "once", "these", "those", "our", "its", "any", "each", "both", "lots", "some days"}


def _two_sides(reading: Reading) -> str | None:
    """'You want to go home, and at the same time you're scared you'll fall': only for two first-person sides."""
    for sentence in reading.sentences:
        for token in sentence:
            if token.lower_ not in words()["contrast"] or token.dep_ not in ("cc", "mark"):
                continue
            if token.dep_ == "cc":
                left = [t for t in sentence if t.i < token.i]
                right = [t for t in sentence if t.i > token.i]
            else:  # "Although I love him, I can't do it": the subordinate clause is one side
                sub = sorted(token.head.subtree, key=lambda t: t.i)
                left = [t for t in sub if t.i != token.i]
                right = [t for t in sentence if t not in sub]
            left, right = strip_fillers(left), strip_fillers(right)
            if min(sum(1 for t in side if not t.is_punct) for side in (left, right)) < 3:
                continue
            if not (_has_first_person_subject(left) and (_has_first_person_subject(right) or _starts_with_verb(right))):
                continue
            if not _sides_differ(left, right):
                continue
            addressed = addressed_to_worker(sentence)
            a = turn_pronouns(left, addressed)
            b = turn_pronouns(right, addressed)
            if _starts_with_verb(right):
                b = "you " + b
            if len(a.split()) + len(b.split()) > 30:
                continue
            b = b.lstrip(" ,;")
            if _held_back(left, right):
                return sentence_case(f"Even though {lower_start(a.rstrip(' ,;'))}, {b[0].lower() + b[1:]}")
            return sentence_case(f"{a.rstrip(' ,;')}, and at the same time {b[0].lower() + b[1:]}")
    return None


_HARD_FEELINGS = ("angry", "worried", "fed up", "worn out", "low", "hurt")


_GOOD_FEELINGS = ("proud", "hopeful", "relieved")
_HARD_SIDE_MAX = 12  # words of each side said back: two long clauses joined are a recital, not a reflection


def _good_side(clause: Clause) -> bool:
    """What is going right in the person's own words: progress ('the routine's starting to work'), a hope or wish of
    their own, pride, or their own effort ('I've kept him at home', 'I still go to choir')."""
    text = clause.text.lower()
    if pattern("progress_phrases").search(text) or pattern("value_phrases").search(text):
        return True
    found = feeling_of(clause.tokens)
    if found and found[0] in _GOOD_FEELINGS:
        return True
    if found and not done_alone(found, clause.tokens):
        return False  # "I still get low on Sundays": a hard feeling kept up is not an effort going right
    for token in clause.tokens:
        if token.pos_ != "VERB" or is_negated(token) or not first_person(subject_of(token)):
            continue
        if any(c.lower_ in ("'ll", "will", "would", "'d", "could", "should", "might") for c in token.children
               if c.dep_ == "aux") and token.lemma_.lower() not in words()["wish_verbs"]:
            continue  # "I'd cope", "I should ring": a maybe, not something going right
        lemma = token.lemma_.lower()
        if lemma in words()["wish_verbs"] and own_wish(token) and lemma != "need":
            return True
        if lemma in words()["strength_verbs"] and lemma not in ("stop", "quit", "try") and token.tag_ != "VB":
            return True
        if any(c.lower_ == "still" for c in token.children) and lemma not in ("miss", "think", "feel", "cry", "worry"):
            return True
    return False


def _hard_side(clause: Clause) -> bool:
    """What is hard, in the person's own words: a hard feeling of theirs, or something they cannot do or are losing."""
    found = feeling_of(clause.tokens)
    if found and found[0] not in _GOOD_FEELINGS and not done_alone(found, clause.tokens):
        return True
    if any(t.lemma_.lower() in _REPORTING and t.pos_ == "VERB" and not first_person(subject_of(t))
           for t in clause.tokens):
        return False  # "Mum says I can't cook": someone else's verdict, which said back would sound like ours
    return any(_cannot(t) for t in clause.tokens) or any(
        t.lemma_.lower() in _HARD_VERBS and first_person(subject_of(t)) and not is_negated(t)
        for t in clause.tokens if t.pos_ == "VERB")


_HARD_VERBS = ("struggle", "lose", "miss", "hurt", "worry", "hate", "dread")
_REPORTING = ("say", "think", "reckon", "tell", "want", "keep")
# Negation is hard only as inability: "I can't get down the hill", "I don't know if I've still got it", "I'm not
# sleeping". "I'm not going anywhere" or "I wasn't going to let them" is resolve, the opposite of a difficulty.
_UNABLE = ("know", "sleep", "cope", "manage", "eat", "sleeping", "coping", "managing", "eating")


def _cannot(token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or not is_negated(token) or not first_person(subject_of(token)):
        return False
    modal = any(c.lower_ in ("ca", "can", "could", "cannot") for c in token.children if c.dep_ == "aux")
    return modal or token.lemma_.lower() in _UNABLE or token.lower_ in _UNABLE


def done_alone(found, tokens) -> bool:
    """'I made spag bol all on my own': 'on my own' said of something done is independence, not loneliness."""
    return found[0] == "alone" and found[1].lower_ in ("by", "on", "own", "myself") and not any(
        t.lemma_.lower() in ("live", "be", "sit", "feel", "stay", "leave") for t in tokens if t.pos_ in ("VERB", "AUX"))


def _hard_and_good(reading: Reading) -> str | None:
    """Both sides of a turn that holds a difficulty and something going right, ending on what is going right:
    'I'm shattered, I won't lie. But I've kept him at home' -> 'You're shattered, and you've kept him at home.'
    Only when each side is a whole, short clause of the person's own; the hard side is never their minimising."""
    scored = [(i, c) for _, i, c in _candidates(reading)]
    goods = [(i, c) for i, c in scored if _good_side(c) and not _hard_side(c)]
    hards = [(i, c) for i, c in scored if _hard_side(c) and not _good_side(c)]
    if not goods or not hards:
        return None
    i_good, good = goods[-1]
    pair = next(((i, c) for i, c in reversed(hards) if c.sentence is not good.sentence or i != i_good), None)
    if pair is None:
        return None
    hard = pair[1]
    if hard.sentence is good.sentence and (pair[0] > i_good or not any(
            t.lower_ in ("but", "though", "although") for t in good.sentence)):
        # two sides in one sentence only when the person set them against each other, in their order: "I love her
        # but I'm exhausted" puts the weight on the exhaustion, and turned round it would not
        return None
    sides = []
    for clause in (hard, good):
        clause = _up_to_comma(clause) if clause.words() > _HARD_SIDE_MAX else clause
        if unfinished(clause.tokens) or _MINIMISER.search(clause.text.lower()):
            return None
        said = speakable(_say_back(clause).rstrip(" .!,;"))
        shortest = 2 if clause is hard and feeling_of(clause.tokens) else 3  # "You're shattered" says it all
        if said is None or not shortest <= len(said.split()) <= _HARD_SIDE_MAX or _PREDICTED.search(said) \
                or _ABOUT_US.match(said) or quotes_someone(clause.sentence.text):
            return None
        sides.append(said)
    hard_said, good_said = sides
    if _share(set(re.findall(r"[\w']+", good_said.lower())), set(re.findall(r"[\w']+", hard_said.lower()))) > 0.6:
        return None  # the same thing said twice is not two sides
    if good.tokens[0].pos_ != "PROPN" and not good_said.startswith(("I ", "I'")):
        good_said = good_said[:1].lower() + good_said[1:]  # "Next you want to do pancakes" follows a comma
    return sentence_case(f"{hard_said}, and {good_said}")


# Words that play a difficulty down ("it's only once", "there's people worse off"). Said back as the heart of a
# turn, they would agree with the softening (_PLAYED_DOWN); as the hard side of a two-sided reflection, so would
# "I'm not complaining" or "I'm fine" (_MINIMISER).
_SOFTENINGS = r"only once|that's once|just the once|worse off|could be worse|can't complain|mustn't grumble"
_PLAYED_DOWN = re.compile(rf"\b(?:{_SOFTENINGS}|never touched|not properly|not really hurt)\b")
_MINIMISER = re.compile(rf"\b(?:{_SOFTENINGS}|not complaining|it's fine|i'm fine|anyway)\b")


def _held_back(left, right) -> bool:
    """A hard feeling on one side and, on the other, the person's own restraint or way of coping: 'I was so angry,
    but I didn't shout this time', 'I was scared, but I rang my sister'. The strength is the point of the turn."""
    feeling = feeling_of(left)
    if feeling is None or feeling[0] not in _HARD_FEELINGS:
        return False
    for token in right:
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if token.pos_ != "VERB" or subject is None or subject.lower_ != "i":
            continue
        lemma = token.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in token.children)
        if (negated and lemma in words()["held_back"]) or (not negated and lemma in words()["coped"]):
            return True
    return False


_PART_OF_ME = re.compile(r"(?i)^(?:and |but |well,? )?(part of me|half of me|one part of me)\b")
_TAG_END = re.compile(r"(?i),?\s+(?:isn't it|is it|doesn't it|don't i|isn't he|isn't she|aren't they|right)\s*\??$")


def _same_sentence_sides(sentence) -> str | None:
    """'Part of me wants to do mechanics at college, but what's the point' -> 'Part of you wants to do mechanics at
    college, and another part of you wonders what the point is': the doubt is said as a part, not as their verdict."""
    but = next((t for t in sentence if t.lower_ == "but" and t.dep_ == "cc" and t.i > sentence.start + 4), None)
    if but is None:
        return None
    addressed = addressed_to_worker(sentence)
    a = turn_pronouns(strip_fillers([t for t in sentence if t.i < but.i]), addressed).rstrip(" ,;.")
    rest = [t for t in sentence if t.i > but.i and not (t.is_punct and t.i == sentence.end - 1)]
    b = turn_pronouns(strip_fillers(rest), addressed).strip(" ,;.?")
    if re.match(r"(?i)^what's the point\b", b):
        b = "another part of you wonders what the point is"
    elif re.match(r"(?i)^(?:you|it|that)\b", b) and speakable(b):
        b = "at the same time " + b[0].lower() + b[1:]
    else:
        return None
    if len(a.split()) + len(b.split()) > 30 or not a.lower().startswith(("part of you", "half of you")):
        return None
    return sentence_case(f"{a}, and {b}")


def _part_of_me(reading: Reading) -> str | None:
    """'Part of me thinks the flat would be sensible. But it's giving up.' -> 'Part of you thinks the flat would be
    sensible, and at the same time it feels like giving up': ambivalence said across two sentences, both sides kept.
    The 'but' side comes last, as the person put it."""
    doc = reading.doc
    sentences = [s for s in doc.sents if s.text.strip()]
    for k, first in enumerate(sentences):
        if not _PART_OF_ME.match(first.text.strip()):
            continue
        later = next((s for s in sentences[k + 1:k + 3] if s.text.strip().lower().startswith(("but ", "only "))),
                     None)
        if later is None:
            same = _same_sentence_sides(first)  # "Part of me wants to do mechanics, but what's the point."
            if same:
                return same
            continue
        a_tokens = [t for t in first if not (t.is_punct and t.i == first.end - 1)]
        clause_end = next((t.i for t in a_tokens if t.text == "," and t.i > a_tokens[0].i + 4), None)
        if clause_end is not None:
            a_tokens = [t for t in a_tokens if t.i < clause_end]
        a = turn_pronouns(strip_fillers(a_tokens), addressed_to_worker(first)).rstrip(" ,;.")
        b_tokens = [t for t in later if t.i > later.start and not (t.is_punct and t.i == later.end - 1)]
        b = _TAG_END.sub("", turn_pronouns(strip_fillers(b_tokens), addressed_to_worker(later))).strip(" ,;.?")
        b_end = b.find(", ")
        if b_end > 8:
            b = b[:b_end]
        b = re.sub(r"(?i)^it's (?=\w+ing\b)", "it feels like ", b)
        if not a.lower().startswith("part of you") and not a.lower().startswith(("half of you", "one part of you")):
            a = re.sub(r"(?i)^(?:and |but |well,? )", "", a)
        if len(b.split()) < 2 or len(a.split()) + len(b.split()) > 30 or speakable(b) is None:
            continue
        return sentence_case(f"{a[0].upper() + a[1:]}, and at the same time {b[0].lower() + b[1:]}")
    return None


def weighing_up(reading: Reading) -> bool:
    """Whether the person is weighing two sides of a choice out loud ('Part of me ... But ...')."""
    return _part_of_me(reading) is not None


def _has_first_person_subject(tokens) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass") and first_person(t) for t in tokens)


def _starts_with_verb(tokens) -> bool:
    first = next((t for t in tokens if not t.is_punct), None)
    return first is not None and first.pos_ in ("AUX", "VERB") and first.dep_ not in ("nsubj",)


def _sides_differ(left, right) -> bool:
    """Real ambivalence: one side wants, values or feels one way and the other holds back, fears or can't."""
    def polarity(tokens) -> set[str]:
        found = set()
        for t in tokens:
            lemma = t.lemma_.lower()
            if t.dep_ == "neg" or t.lower_ in ("never", "can't", "cannot"):
                found.add("neg")
            if lemma in words()["wish_verbs"] or lemma in ("keep", "manage", "try", "still"):
                found.add("pos")
        if feeling_of(tokens):
            found.add("feel")
        return found
    a, b = polarity(left), polarity(right)
    return bool(a) and bool(b) and a != b


def own_wish(token) -> bool:
    """A verb of wanting that the speaker says of themselves, not negated: 'I just want ...'."""
    return token.pos_ == "VERB" and not is_negated(token) and first_person(subject_of(token))


def wished_action(token):
    """(verb, the words after it) of what the speaker wants to do themselves ('to stay in my own home'), or None
    when there is none or it is someone else's doing ('I want him to stop')."""
    xcomp = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if xcomp is None or any(c.dep_ == "nsubj" for c in xcomp.children) or any(
            c.dep_ == "dobj" and c.i < xcomp.i for c in token.children):
        return None  # "I want him to stop", "I'd like you to ring": someone else's doing
    after = [t for t in xcomp.subtree if t.i > xcomp.i and (t.dep_ != "punct" or t.text == ",")]
    if figurative_wish(xcomp, after):
        return None  # "I just want to crawl into bed and sleep for a year": a figure of speech, not an outcome
    while after and after[-1].text == ",":
        after.pop()
    return xcomp, _trim_tail(after)


def figurative_wish(verb, after) -> bool:
    """Whether a wished action is a figure of speech ('crawl into bed', 'sleep for a year', 'tear my hair out')."""
    from .quality import figures

    return bool(figures().search(" ".join([verb.lemma_.lower()] + [t.lower_ for t in after])))


# "I've missed a few", "I miss loads": an amount, not a thing to say back as what matters
QUANTITIES = frozenset({"few", "lot", "lots", "bit", "some", "any", "one", "ones", "much", "many", "all", "loads",
                        "none", "several", "couple"})
_INTENSE = re.compile(r"\b(?:just|really|all i want|all i'd want|more than anything|so much|desperate|dying to|"
                     r"only thing|most of all|the world)\b")


def _meaning(reading: Reading) -> str | None:
    """A wish or value said outright: 'I just want to stay in my own home' -> 'Staying in your own home matters
    a great deal to you.'"""
    for sentence in reversed(reading.sentences):
        for token in sentence:
            lemma = token.lemma_.lower()
            if lemma not in words()["wish_verbs"] or not own_wish(token):
                continue
            if lemma == "need" or not _INTENSE.search(sentence.text.lower()):
                # "I want to do pancakes" as "Doing pancakes matters a great deal to you" is overblown, and "I'd
                # need to sort my reading first" is a barrier, not a value: only a wish said with weight is one
                continue
            addressed = addressed_to_worker(sentence)
            if lemma in ("want", "wish", "hope", "like", "love", "need", "prefer") and any(
                    c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children):
                action = wished_action(token)
                if action is None:
                    continue  # "I want him to stop": someone else's doing, not a value of the speaker
                xcomp, rest = action
                if not rest and xcomp.lemma_ in ("be", "do", "have", "get", "go"):
                    continue
                phrase = gerund(xcomp.lemma_) + (" " + turn_pronouns(rest, addressed) if rest else "")
                if len(phrase.split()) > 12 or re.search(r"\b(it|that|this|them)\b$", phrase):
                    continue
                return sentence_case(f"{phrase} {_vary(MATTERS, phrase)}")
            obj = next((c for c in token.children if c.dep_ == "dobj"), None)
            if obj is not None and lemma in ("love", "miss", "enjoy", "need"):
                span = sorted(obj.subtree, key=lambda t: t.i)
                if len(span) > 6 or obj.pos_ == "PRON" or obj.lower_ in QUANTITIES:
                    continue
                thing = turn_pronouns(span, addressed)
                plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in obj.children)
                if lemma == "miss":
                    return sentence_case(f"You miss {thing}, and {'they mean' if plural else 'it means'} a lot to you")
                if lemma == "need":
                    continue
                return sentence_case(f"{thing} {'mean' if plural else 'means'} a lot to you")
    return None


MATTERS = ("really matters to you", "matters a great deal to you")


def _vary(options: tuple[str, ...], key: str) -> str:
    """A stable choice among equally good wordings, so a conversation does not hear the same frame each time."""
    return options[sum(map(ord, key)) % len(options)]


def _trim_tail(tokens):
    """Drop a trailing clause that starts with a joining word, so the phrase stays short and whole."""
    out = []
    for t in tokens:
        if t.lower_ in ("because", "but", "and", "so", "cos", "'cause", "when", "if", "though") and out:
            break
        out.append(t)
    while out and out[-1].is_punct:
        out = out[:-1]
    return out


def _unspoken_feeling(reading: Reading) -> str | None:
    """Feeling and reason: what the person said, with the feeling their words signal but do not name ("I haven't
    slept in weeks" -> "You haven't slept in weeks, and it's wearing you out"). Never a feeling on its own ("It
    sounds like you're feeling low with all of this" fits any turn, so it says nothing), and never one they named."""
    clause = best_clause(reading)
    if clause is None:
        return None
    found = feeling_of(clause.tokens)
    if not found or found[2]:
        return None
    signal = words()["feeling_reasons"].get(found[0])
    if not signal or not phrase_pattern(tuple(signal["cues"])).search(clause.text.lower()):
        return None  # "I'm scared" -> "..., and it's worrying you" only says it twice
    ending = signal["ending"]
    reason = speakable(_say_back(clause).rstrip(" .!,;?"))
    if reason is None or not 3 <= len(reason.split()) <= 14 or not re.match(r"(?i)you\b", reason):
        return None
    said = set(re.findall(r"[a-z']+", reason.lower()))
    if said & (set(re.findall(r"[a-z']+", ending.lower())) - _LINKING):
        return None  # "You've had enough, and you've had enough": the feeling is already in their words
    return sentence_case(f"{reason}, {ending}")


def plain_feeling(reading: Reading) -> str | None:
    """A hard feeling the person names about themselves, said plainly, with 'I can't keep doing this' said as where they
    have got to: "..., I'm just so tired, I can't keep doing this" -> "You're worn out, and you can't see how to keep
    going like this." For a turn whose clauses are too long or too tangled to say back; None when neither is said."""
    if reading.hostile or reading.short:
        return None
    plain = words()["plain_feelings"]
    feeling = None
    for sentence in reading.sentences:
        for clause in clauses(sentence, MAX_WORDS):
            feeling = feeling or _plain_cue(clause.tokens, plain)
    text = " ".join(" ".join(s.text for s in reading.sentences).lower().replace("\u2019", "'").split())
    stuck = words()["no_way_on"]
    no_way_on = bool(phrase_pattern(tuple(stuck["cues"])).search(text))
    if feeling and no_way_on:
        return sentence_case(f"{plain[feeling]['says']}, {stuck['after_feeling']}")
    if feeling or no_way_on:
        return sentence_case(plain[feeling]["says"] if feeling else stuck["alone"])
    return None


def _plain_cue(tokens, plain: dict) -> str | None:
    """The feeling whose cue, one that may be said plainly, the speaker says of themselves, not negated."""
    text = "".join(t.text_with_ws for t in tokens).lower().replace("\u2019", "'")
    if re.search(r"\btired of\b|\bsick and tired\b", text):
        return None  # "sick and tired of the council" is being fed up, not worn out
    for name, cue, compiled in _feeling_patterns():
        if name not in plain or cue not in plain[name]["from"]:
            continue
        match = compiled.search(text)
        token = _token_at(tokens, match.start()) if match else None
        if token is None or (not ("n't" in cue or "not " in cue) and is_negated(token)):
            continue
        if _owned_by_speaker(token) and not _FIGURE.search(text):
            return name
    return None


_LINKING = {"and", "it's", "that's", "you", "you're", "you've", "a", "to", "by", "is", "it", "that", "of", "lot",
            "more", "not", "where", "made", "getting"}


_EXASPERATION = {"kill", "murder", "strangle", "throttle", "swing"}
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}


def _exasperated(reading: Reading) -> str | None:
    """'I could kill my brother sometimes, he borrowed the car again, but we're close really' -> 'Your brother can
    really get to you, and you're close really': the figure of speech heard as the exasperation it is, never taken at
    its word (no risk, nothing said back literally), with the closeness said after it when they say it."""
    for sentence in reading.sentences:
        for verb in sentence:
            if verb.lemma_.lower() not in _EXASPERATION or verb.pos_ != "VERB" or is_negated(verb) or not any(
                    c.dep_ == "aux" and c.lower_ == "could" for c in verb.children):
                continue
            if subject_of(verb) is None or subject_of(verb).lower_ != "i":
                continue
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if verb.lemma_.lower() == "swing":  # "I could swing for him"
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
                target = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if target is None or not (target.lower_ in _SUBJECT_FORM or target.pos_ == "PROPN" or any(
                    c.dep_ == "poss" and c.lower_ in ("my", "our") for c in target.children)):
                continue  # "I could murder a cup of tea": no one to be exasperated with
            tokens = sorted((t for t in target.subtree if not t.is_punct), key=lambda t: t.i)
            if len(tokens) > 4:
                continue
            who = _SUBJECT_FORM.get(target.lower_) or turn_pronouns(tokens, False)
            said = f"{who[:1].upper() + who[1:]} can really get to you"
            close = _closeness_after(reading, verb)
            return sentence_case(f"{said}, and {close}" if close else said)
    return None


def _closeness_after(reading: Reading, verb) -> str | None:
    """What they say after 'but' about the two of them or the other's good side ('but we're close really')."""
    for _, _, clause in _candidates(reading):
        if clause.tokens[0].i <= verb.i or not _after_but(clause) or any(t.dep_ == "neg" for t in clause.tokens):
            continue
        said = speakable(_say_back(clause).rstrip(" .!,;"))
        if said and 2 <= len(said.split()) <= 8 and not _FIGURE.search(said.lower()):
            return lower_start(said)
    return None


FORMS = (("relationship", lambda r: r.hostile), ("meaning", _listened_to), ("feeling", _exasperated),
         ("double_sided", _part_of_me),
         ("double_sided", _two_sides),
         ("hard_and_good", _hard_and_good), ("meaning", _meaning),
         ("feeling", _unspoken_feeling))


def complex_of(reading: Reading) -> tuple[str, str] | None:
    """(form, reflection) for the first form that fits, or None: one good reflection beats two poor ones."""
    if reading.short:
        return None
    for form, build in FORMS:
        text = build(reading)
        if text:
            return form, text
    return None


def _share(words_: set[str], inside: set[str]) -> float:
    return len(words_ & inside) / max(1, len(words_))


def reflections_for(text: str, doc=None) -> list[dict]:
    """Up to two reflections (simple, then complex) of what the person said, or none when none fits."""
    reading = read(text, doc)
    out = []
    simple = simple_of(reading)
    if simple:
        out.append({"text": simple, "kind": "simple", "source": "the person's words"})
    found = complex_of(reading)
    if found:
        out = [r for r in out if r["text"].lower() != found[1].lower()]  # the same words: said once, as the form
    if found:
        # A simple reflection that opens as the complex one does is a clumsier copy of it: keep the better one.
        inside = set(re.findall(r"[\w']+", found[1].lower()))
        out = [r for r in out if r["text"].lower().split()[:4] != found[1].lower().split()[:4]
               and r["text"].lower().rstrip(".") not in found[1].lower()
               # "You were so angry, but you didn't shout" beside "Even though you were so angry, you didn't shout"
               and _share(set(re.findall(r"[\w']+", r["text"].lower())), inside) < 0.85]
        if found[1] in _HEARD:
            # "It's been nice to talk to someone who listens", said back by the one who listened, praises ourselves
            out = [r for r in out if not re.search(r"(?i)\b(?:listen\w*|talk\w*|hear\w*)\b", r["text"])]
        out.append({"text": found[1], "kind": "complex", "form": found[0], "source": "the person's words"})
    if not out and (plain := plain_feeling(reading)):
        # nothing reads back whole, but they named how they are: that is what to hear
        out.append({"text": plain, "kind": "simple", "source": "the person's words"})
    return out


def simple_reflection(text: str) -> str | None:
    """A simple reflection of text, or None when none fits."""
    return simple_of(read(text))


def complex_reflection(text: str) -> str | None:
    """A complex reflection of text, or None when no form fits."""
    found = complex_of(read(text))
    return found[1] if found else None
