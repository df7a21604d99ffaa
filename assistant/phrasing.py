"""Saying the person's words back, from the parse: clauses, negation, whose feeling it is, and pronouns turned the
way a worker says them ("I'm" -> "you're", "you'll" aimed at the worker -> "I'll", "you lot" -> "we")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .language import language_data

_TURN_FIRST = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you",
               "us": "you", "our": "your", "ours": "yours", "ourselves": "yourselves"}
_TURN_SECOND = {"your": "my", "yours": "mine", "yourself": "myself", "yourselves": "ourselves"}
_AGREE_YOU = {"am": "are", "'m": "'re", "m": "'re", "was": "were"}  # after I -> you
_AGREE_I = {"are": "am", "'re": "'m", "were": "was"}  # after you -> I
_SUBJECTS = ("nsubj", "nsubjpass", "expl")


@functools.cache
def words() -> dict:
    return language_data("conversation")


@functools.cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern:
    """One compiled pattern matching any of the phrases as whole words (lower case), longest first."""
    alternatives = sorted({re.escape(p.lower()) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])")


def pattern(name: str) -> re.Pattern:
    """A word-boundary pattern over one list in conversation.yaml."""
    return phrase_pattern(tuple(words()[name]))


def relationship_cues() -> re.Pattern:
    return phrase_pattern(tuple(c for entry in words()["relationship"] for c in entry["cues"]))


def subject_of(token):
    """The grammatical subject governing a token (its own, or its head's when it is an auxiliary)."""
    for candidate in (token, token.head) if token.dep_ in ("aux", "auxpass", "neg") else (token,):
        for child in candidate.children:
            if child.dep_ in _SUBJECTS:
                return child
    if token.dep_ in ("xcomp", "acomp", "attr", "conj", "advcl", "ccomp") and token.head is not token:
        return subject_of(token.head) if token.dep_ in ("xcomp", "acomp", "attr") else None
    return None


def is_negated(token) -> bool:
    """A token whose verb (or itself) carries not, n't, never or no."""
    heads = [token, token.head] if token.dep_ in ("acomp", "xcomp", "dobj", "attr", "pobj") else [token]
    for head in heads:
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det", "neg")
               for c in head.children):
            return True
    return False


def first_person(token) -> bool:
    return token is not None and token.lower_ in ("i", "we")


def is_imperative(sentence) -> bool:
    """A request to the worker: 'Sit where I can see you.', 'Just tell me what to do.'"""
    root = sentence.root
    before = [t for t in sentence if t.i < root.i]
    return root.tag_ == "VB" and all(t.pos_ in ("ADV", "INTJ", "PUNCT") for t in before) and len(before) <= 2 \
        and not any(c.dep_ in _SUBJECTS for c in root.children)


def inclusive_we(sentence) -> bool:
    """'Can we be quick', 'let's', 'so you'll look into it and we'll meet again': a 'we' that takes in the worker,
    so it stays 'we'."""
    text = sentence.text.lower()
    agreed = re.search(r"\bwe(?:'ll| will) (?:meet|speak|talk|see|catch up|review|go through|look)\b", text) and \
        re.search(r"\byou(?:'ll| will)\b", sentence.doc.text.lower())
    return bool(agreed or re.search(r"\b(?:can|could|shall|should|will|would) we\b|\blet's\b|^lets\b", text))


def addressed_to_worker(sentence) -> bool:
    """Whether 'you' in this sentence means the worker or the service, rather than anyone ('you just get on')."""
    text = sentence.text.lower()
    if not re.search(r"\byou(?:r|rs|rself)?\b", text):
        return False
    if is_imperative(sentence):
        return True
    if re.search(r"\b(?:me|my)\b", text) and re.search(r"\b(?:said|told|asked|want|wanted|come|came)\b", text):
        return True  # "Mrs Hughes said you had to come and talk to me": this "you" is the worker
    if re.search(r"\b(?:rang|rung|phoned|contacted|emailed|texted|messaged|referred \w+ to|called in|got in touch "
                 r"with|sent for) you\b", text):
        return True  # "My daughter rang you, didn't she?": the worker, or the service, was contacted
    if re.search(r"\b(?:talk|speak|tell|see|meet|ask|show)(?:ing|ed|s)? (?:to |with )?you\b|"
                 r"\b(?:told|spoke|spoken|seen|met|asked|shown) (?:to |with )?you\b", text):
        return True  # "I had to come and talk to you"
    if re.search(r"\byou(?:'re| are|'ve| have)? (?:here|come|came|been sent|doing here|after)\b|\bwhy you're\b", text):
        return True  # "I'm not sure what you're here for": the worker at the door
    if relationship_cues().search(text):
        return True
    for token in sentence:
        if token.lower_ != "you":
            continue
        if _wanted_of_listener(token):
            return True  # "I want you to leave", "I'd like you to ring my daughter": the one being asked is the worker
        following = [t.lower_ for t in sentence[token.i - sentence.start + 1: token.i - sentence.start + 3]]
        head = token.head
        if any(w in words()["addressed_you"] for w in following) or head.lemma_.lower() in words()["addressed_you"]:
            return True
    return False


_ASKING = {"want", "need", "like", "expect", "wish", "prefer", "rather"}


def _wanted_of_listener(token) -> bool:
    """'you' as the one a first-person want is aimed at: 'I want you to leave' (you: the subject of 'leave', or the
    object of 'want'), 'I'd rather you didn't'."""
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("xcomp", "ccomp"):
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _ASKING and first_person(subject_of(head))


def _infinitive_subject(token) -> bool:
    """'you' in 'I want you to leave' is the subject of 'to leave', said back as 'me', never 'I'."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.tag_ == "VB" and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in token.head.children)


# A parent or grandparent named by what the person calls them ("Dad", "Mam", "Nain"): said back, "your dad".
KIN = frozenset({"mam", "mum", "mom", "mother", "dad", "father", "nan", "nana", "nanna", "gran", "granny", "grandad",
                  "grandpa", "grandma", "taid", "nain", "mamgu", "tadcu", "dadcu"})


def turn_pronouns(tokens, addressed: bool) -> str:
    """The tokens as the worker would say them back. 'you' turns to I/me only when it was aimed at the worker."""
    tokens = list(tokens)
    keep_we = bool(tokens) and inclusive_we(tokens[0].sent)
    out: list[str] = []
    skip_next = set()
    turned_subjects: dict[int, str] = {}
    for n, token in enumerate(tokens):
        lower = token.lower_
        if lower in ("you", "your") and addressed and n + 1 < len(tokens) and tokens[n + 1].lower_ in ("lot", "people",
                                                                                                          "lots"):
            # "you lot will twist it" -> "we"; "gets you lot off my back", "sick of you lot" -> "us"
            after_verb = n > 0 and tokens[n - 1].pos_ in ("VERB", "ADP") and tokens[n - 1].dep_ != "aux"
            turned_subjects[token.i] = "us" if after_verb else "we"
            skip_next.add(n + 1)
    for n, token in enumerate(tokens):
        if n in skip_next:
            continue
        lower, text = token.lower_, token.text
        new = text
        if token.i in turned_subjects:
            new = turned_subjects[token.i]
        elif lower in _TURN_FIRST and not (keep_we and lower in ("we", "us", "our", "ours", "ourselves")):
            new = _TURN_FIRST[lower]
        elif lower == "you" and addressed:
            new = "I" if (token.dep_ in _SUBJECTS or token.dep_ == "ROOT") and not _infinitive_subject(token) else "me"
        elif lower in _TURN_SECOND and addressed:
            new = _TURN_SECOND[lower]
        elif lower in _AGREE_YOU or lower in _AGREE_I:
            subject = subject_of(token)
            if subject is None:  # "am I", "are you": the subject may follow
                subject = next((t for t in tokens[n + 1:n + 2] if t.lower_ in ("i", "you")), None)
            if subject is not None and subject.lower_ == "i" and lower in _AGREE_YOU:
                new = _AGREE_YOU[lower]
            elif subject is not None and subject.lower_ == "you" and addressed and lower in _AGREE_I:
                new = _AGREE_I[lower]
                if new == "am" and n + 1 < len(tokens) and tokens[n + 1].lower_ == "n't":
                    new = "'m"
                    out.append(new + token.whitespace_)
                    out.append(" not" + tokens[n + 1].whitespace_)
                    skip_next.add(n + 1)
                    continue
        elif lower == "n't" and n > 0 and tokens[n - 1].lower_ == "am":
            new = " not"
        elif lower in KIN and text[:1].isupper() and not (n and tokens[n - 1].dep_ in ("poss", "det")):
            # "Dad left the gas on" -> "Your dad left the gas on"; "Mam and Dad" -> "your mam and dad"
            paired = n > 1 and tokens[n - 1].lower_ in ("and", "or", "&") and tokens[n - 2].lower_ in KIN
            new = lower if paired else "your " + lower
        if new != text and text[:1].isupper() and not out and new != "I":
            new = new[:1].upper() + new[1:]
        # A dropped comma leaves its neighbour without the space that followed the comma: "again, not" -> "again not".
        gap = n + 1 < len(tokens) and tokens[n + 1].i != token.i + 1 and not tokens[n + 1].is_punct
        out.append(new + (token.whitespace_ or (" " if gap else "")))
    result = "".join(out).strip()
    result = re.sub(r"\bwe (?:is|was)\b", lambda m: "we " + ("are" if m.group(0).endswith("is") else "were"), result)
    result = re.sub(r"\bI are\b", "I am", result)
    return result


# An aside that closes a clause and carries none of it ("I'm shattered, I won't lie"): said back it is clunky.
_ASIDE_TAIL = re.compile(r"(?:i won't lie|i'm not gonna lie|i'm not going to lie|i'll be honest|i'll tell you|"
                         r"to be fair|to be honest|honestly|if i'm honest|bless (?:him|her|them)|mind|though|"
                         r"at least|and all that|and that|or whatever|obviously|i'll tell you that now|"
                         r"i'll tell you that|i can tell you|i tell you|like i said|as i say|as i said|"
                         r"(?:then |after that |and )?(?:i dunno|i don't know|dunno|who knows)|ha|haha|ha ha|lol|"
                         r"(?:and )?i'm (?:going on|rambling|waffling)|listen to me(?: going on)?|sorry|"
                         r"(?:of )?course (?:i|you) (?:would|do|did|am|are)|of course|that's it|that's all)")


def only_an_aside(tokens) -> bool:
    """A clause that is nothing but an aside ("I'm going on", "Sorry", "that's it"): never the one said back."""
    spoken = " ".join(t.lower_ for t in tokens if not t.is_punct).replace(" n't", "n't").replace(" '", "'")
    return bool(_ASIDE_TAIL.fullmatch(spoken))


def strip_fillers(tokens):
    """Tokens without the content-free openers ("Well, to be honest, ...") and a trailing tag question."""
    tokens = list(tokens)
    fillers = pattern("fillers")
    changed = True
    while changed and tokens:
        changed = False
        for size in (5, 4, 3, 2, 1):
            head = " ".join(t.lower_ for t in tokens[:size]).replace(" n't", "n't").replace(" '", "'")
            if len(tokens) > size and fillers.fullmatch(head) and not (
                    tokens[size - 1].lower_ == "no" and tokens[size].lower_ in ("one", "one's", "-")):
                # "no one's bothered in years": the "no" is the subject's, not an opener
                tokens = tokens[size:]
                while tokens and tokens[0].is_punct:
                    tokens = tokens[1:]
                changed = True
                break
    # A trailing tag (", don't you?", ", isn't it", ", you know", ", like") is the person checking, not content.
    for cut in range(len(tokens) - 1, max(len(tokens) - 9, 0), -1):
        if tokens[cut].text == ",":
            tail = " ".join(t.lower_ for t in tokens[cut + 1:] if not t.is_punct)
            spoken = tail.replace(" n't", "n't").replace(" '", "'").replace("gon na", "gonna")
            if re.fullmatch(r"(?:(?:do|does|did|is|are|was|were|have|has|can|could|would|will|wo|ca)(?: n't)?"
                            r" (?:you|it|i|they|he|she|we)|you know|like|innit|yeah|right|eh)", tail) or \
                    _ASIDE_TAIL.fullmatch(spoken) or (" " not in tail and tail in {t.lower_ for t in tokens[:cut]}):
                tokens = tokens[:cut]  # ", dying": a word said again for weight is not said back twice
            break
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("and", "but", "so", "though", "anyway", "then")
                      or (len(tokens) > 3 and [t.lower_ for t in tokens[-2:]] == ["at", "least"])):
        tokens = tokens[:-2] if tokens[-1].lower_ == "least" else tokens[:-1]
    return tokens


@dataclass
class Clause:
    tokens: list
    sentence: object

    @property
    def text(self) -> str:
        return "".join(t.text_with_ws for t in self.tokens).strip()

    @property
    def root(self):
        verbs = [t for t in self.tokens if t.dep_ in ("ROOT", "conj", "advcl", "ccomp") and t.pos_ in ("VERB", "AUX")]
        return verbs[0] if verbs else self.tokens[0]

    def words(self) -> int:
        return sum(1 for t in self.tokens if not t.is_punct)


_NEEDS_WHAT_FOLLOWS = {"feel", "look", "seem", "sound", "act", "make", "want", "need", "get", "keep", "let", "say",
                       "tell", "reckon"}


def unfinished(tokens) -> bool:
    """A clause that stops where its verb needs more ('I just want to feel'), or that has no subject though it is
    not an order ('has been a lifeline'): said back, it is a fragment."""
    words_ = [t for t in tokens if not t.is_punct]
    if not words_:
        return True
    last = words_[-1]
    if last.pos_ == "VERB" and last.lemma_.lower() in _NEEDS_WHAT_FOLLOWS and not any(
            c.i > last.i for c in last.children if not c.is_punct):
        return True
    first = words_[0]
    return first.pos_ == "AUX" and first.dep_ != "ROOT" and not any(
        c.dep_ in _SUBJECTS for c in first.head.children) and first.head.i >= first.i


def clauses(sentence, max_words: int = 22) -> list[Clause]:
    """A sentence's clauses: the whole sentence when short, else split at coordinated and subordinate verbs."""
    tokens = [t for t in sentence]
    if sum(1 for t in tokens if not t.is_punct) <= max_words:
        return [Clause(tokens, sentence)]
    cuts = []
    for t in tokens:
        if t.dep_ in ("conj", "advcl") and t.pos_ in ("VERB", "AUX") and t.head.pos_ in ("VERB", "AUX") and not (
                t.dep_ == "advcl" and t.head.lemma_.lower() in _NEEDS_WHAT_FOLLOWS):
            # "I want to feel | like I'm somebody again": cut there, the first half is a fragment
            start = min(x.i for x in t.subtree)
            cuts.append(start - sentence.start)
    pieces, last = [], 0
    for cut in sorted(set(cuts)):
        if cut > last:
            pieces.append(tokens[last:cut])
            last = cut
    pieces.append(tokens[last:])
    return [Clause(p, sentence) for p in pieces if sum(1 for t in p if not t.is_punct) >= 3]


_DROP_E = ("ee", "oe", "ye")
_DOUBLE = {"stop", "get", "sit", "run", "swim", "shop", "plan", "put", "set", "let", "hit", "cut", "chat", "jog",
           "drop", "travel", "begin", "forget", "admit", "fit", "dig", "win", "step"}


def gerund(lemma: str) -> str:
    """The -ing form of a verb lemma (stay -> staying, make -> making, get -> getting, lie -> lying)."""
    lemma = lemma.lower()
    if lemma == "be":
        return "being"
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma in _DOUBLE:
        return lemma + lemma[-1] + "ing"
    if lemma.endswith("e") and not lemma.endswith(_DROP_E) and len(lemma) > 2:
        return lemma[:-1] + "ing"
    return lemma + "ing"


def sentence_case(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;-")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
