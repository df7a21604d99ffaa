"""Open alternatives to closed, leading or confronting worker utterances that keep what the worker wanted to know."""

from __future__ import annotations

import re

from .coder import CLOSED_OPENER
from .language import language_data
from .nlp import parse

_LEADING = re.compile(r"^(don't you think|wouldn't you say|isn't it|surely|you'd agree|you must|you should|"
                      r"have you thought about|have you tried|why don't you|why didn't you|why haven't you)\b", re.I)
_TRAILING = re.compile(r"\s*,?\s*\b(or not|ok|okay|alright|all right|at all|then|right|yeah|is it|isn't it|don't you|"
                       r"didn't you|wasn't it|aren't you)\s*\?*$", re.I)
_LEAD_IN = re.compile(r"^(?:(?:so|and|but|okay|ok|well|right|now|um|uh)[, ]+)+", re.I)
_AUX_SUBJECT = re.compile(
    r"^(do|does|did|is|are|was|were|can|could|would|will|have|has|had|should)\s+"
    r"(you|he|she|they|we|it|the\s+\w+|your\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+|[A-Z]\w+)\s+(.+)$", re.I)
_FEELING_VERBS = re.compile(r"^(feel|like|want|think|enjoy|mind|worry|get on|cope|manage)\b", re.I)


_TAG_QUESTION = re.compile(r",\s*(?:don't|doesn't|didn't|wouldn't|won't|isn't|aren't|wasn't|can't|haven't|hasn't|"
                           r"shouldn't|couldn't|do|does|did|would|will|is|are|right|yeah|ok|okay)"
                           r"(?:\s+(?:you|it|he|she|they|we|i|there))?\s*\?$", re.I)
_LABELLING = re.compile(r"\b(in denial|whatever you say|you always|you never|you need to|you must|you have to|"
                        r"you've got to|you're not coping|making excuses|you should)\b", re.I)


def is_leading(text: str) -> bool:
    """Suggests the answer the worker wants: 'Don't you think...', '..., wouldn't you?'."""
    text = text.strip()
    return bool(_LEADING.match(_LEAD_IN.sub("", text)) or _TAG_QUESTION.search(text))


def is_labelling(text: str) -> bool:
    """Labels, insists or argues ('You're in denial', 'whatever you say'), however the coder reads it."""
    return bool(_LABELLING.search(text))


_SELF = ("you", "i", "we", "it", "that", "this", "what", "who")


def _harm_if(token) -> bool:
    """An "if" clause about a harm or a refusal: "if something happened to you", "if your back goes", "if you get
    ill again", "if you don't go"; not a plan ("if you moved in with her")."""
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in token.children):
        return False
    clause = {t.lower_ for t in token.subtree} | {t.lemma_.lower() for t in token.subtree}
    harmed = token.lemma_.lower() in _words("lever_harm_verbs") and (
        token.lemma_.lower() in ("die", "fall", "collapse")
        or bool(clause & _words("lever_harm_words") - {token.lower_, token.lemma_.lower()}))
    return _refused(token) or harmed


def _refused(token) -> bool:
    """"if you don't go", "if you won't have the carers": the person's refusal as the condition ("if you can't" is
    no refusal)."""
    return any(c.dep_ == "neg" for c in token.children) and not any(
        c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in token.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in token.children)


def _others_would(token) -> bool:
    """How someone else would feel or think: "how your family would feel", "what would the kids think"."""
    felt = token.lemma_.lower() == "be" and any(  # "how upset your grandchildren would be"
        c.lower_ in _words("lever_others_feelings") for c in token.subtree if c.dep_ in ("acomp", "advmod", "attr"))
    if token.lemma_.lower() not in _words("lever_others_verbs") and not felt:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'d", "'ll") for c in token.children)
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return modal and bool(subjects) and all(c.lower_ not in _SELF for c in subjects)


def pressure_lever(text: str) -> str | None:
    """The guilt or fear a line leans on, or None: "others" (how someone else would feel: "Have you thought about how
    your family would feel...?"), "refusal" (what follows if they say no: "What will happen to the dog if you don't
    go?"), "warning" (what follows a harm, pressed: "if your back goes who's going to look after her then?") or
    "contingency" (the same asked plainly, a plan: "Who would look after her if you were ill?"). No open version of
    any of them is safe: the lever stays in it; all but "contingency" are pressure to name."""
    for sentence in parse(text).sents:
        if any(t.lemma_.lower() in ("want", "like", "prefer", "wish") and any(
                c.dep_ == "nsubj" and c.lower_ == "you" for c in t.children) for t in sentence):
            continue  # "What would you want to happen if you got ill?" asks their wishes: a plan, not a lever
        others = [t for t in sentence if _others_would(t) and not any(
            a.lemma_.lower() in _words("lever_own_worry") for a in t.ancestors)]  # not "Are you worried what..."
        harm = [t for t in sentence if _harm_if(t)]
        if others and (harm or _LEADING.match(_LEAD_IN.sub("", sentence.text)) or sentence[0].lower_ == "imagine"):
            return "others"
        outcome = [t for t in sentence if t.pos_ in ("VERB", "AUX") and t not in harm
                   and t.dep_ != "aux" and (t.lemma_.lower() in _words("lever_outcome_verbs") or any(
                       c.dep_ == "nsubj" and c.lower_ == "who" for c in t.children))]  # "who's going to feed..."
        if harm and outcome:
            if any(_refused(t) for t in harm):
                return "refusal"
            # "who's going to look after her then?" presses; "Who would look after your mum if you were taken ill?"
            # is the contingency plan a carer's assessment asks about, and is no pressure to name
            pressed = sentence[-1].lower_ == "then" or (len(sentence) > 1 and sentence[-2].lower_ == "then") \
                or "going to" in sentence.text.lower() or bool(_LEADING.match(_LEAD_IN.sub("", sentence.text)))
            return "warning" if pressed else "contingency"
    return None


def is_closed(text: str) -> bool:
    return bool(CLOSED_OPENER.match(text.strip().lower())) and text.strip().endswith("?")


def _core(text: str) -> str:
    """The question without lead-ins, tags like 'or not' and its final punctuation."""
    core = _LEAD_IN.sub("", text.strip())
    core = re.split(r"(?<=[.!])\s+", core)[-1]  # the last sentence carries the question
    return _TRAILING.sub("", core.rstrip(" ?")).strip()


_AFFECT = "upset|affect|hurt|scare|frighten|worry|bother|change|help"
_OBJECT = {"you": "you", "he": "him", "she": "her", "they": "them", "we": "us", "it": "it"}


def _words(name: str) -> frozenset[str]:
    return frozenset(language_data("feedback")[name])


def _first_adjective(rest: str) -> tuple[str, str] | None:
    """The adjective that opens rest ('safe at home' -> ('safe', 'at home')), by the parse."""
    doc = parse(rest)
    if len(doc) and doc[0].pos_ == "ADJ":
        return doc[0].text, doc[1:].text if len(doc) > 1 else ""
    return None


_INSERTED = re.compile(r",\s*if (?:anything|anyone|any),", re.I)


def well_formed(question: str) -> bool:
    """Whether a rewrite is one clean question: one sentence with one main verb, and no comma left once the frame's
    own ", if anything," is taken out, so no clause of the original is left stranded in it ("What, if anything, is
    everything ok with the package, you want changing?" is not English)."""
    bare = _INSERTED.sub("", question)
    if "," in bare or ";" in bare:
        return False
    doc = parse(bare)
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return len(roots) == 1 and roots[0].pos_ in ("VERB", "AUX") and len(list(doc.sents)) == 1


def template_rewrite(text: str) -> str | None:
    """A grammatical open version of a yes/no question, or None when no safe pattern fits or the result would not
    be one clean question (well_formed)."""
    rewritten = _template_rewrite(text)
    return rewritten if rewritten and well_formed(rewritten) else None


def _template_rewrite(text: str) -> str | None:
    """A grammatical open version of a yes/no question, or None when no safe pattern fits.

    Only patterns that keep the question's intent and presuppose nothing are used: "Are you going to let him come
    back?" asks whether, so "How are you going to let him come back?" would assume the answer and is never made.
    Anything else is left to the question bank, because a careless rewrite of a safeguarding question must never
    become a presumption.
    """
    core = _core(text)
    core = re.sub(r"^(don't you think|wouldn't you say|you'd agree)( that)?\s+", "", core, flags=re.I)
    core = _TAG_QUESTION.sub("", core + "?").rstrip(" ?")
    there = _there_rewrite(core)
    if there:
        return there
    someone = re.match(r"^(has|have|is|was|can|could|would|will)\s+(anything|anyone|anybody)\s+(.+)$", core, re.I)
    if someone and parse(someone.group(3))[0].pos_ in ("VERB", "AUX"):
        # "Has anything changed since the review?" -> "What, if anything, has changed since the review?"
        what = someone.group(2).lower()
        return f"{'What' if what == 'anything' else 'Who'}, if {'anything' if what == 'anything' else 'anyone'}, " \
               f"{someone.group(1).lower()} {someone.group(3)}?"
    match = _AUX_SUBJECT.match(core)
    if not match:
        return None
    aux, subject, rest = match.group(1).lower(), match.group(2), match.group(3).rstrip(" ?")
    if subject.split()[0].lower() in ("you", "he", "she", "they", "we", "it", "the", "your", "his", "her", "their"):
        subject = subject[0].lower() + subject[1:]
    first = rest.split()[0].lower()
    after = rest.split(" ", 1)[1] if " " in rest else ""
    obj = _OBJECT.get(subject, subject)
    anything = _if_anything(aux, subject, rest)
    if anything:
        return anything
    affect = re.match(rf"({_AFFECT})\s+(.+)$", rest, re.I)
    # Only an event ("the argument", "it") opens as "How did the kids seem after...": for a person ("Did he hurt
    # the kids?") the open version would soften what the worker asked about.
    if aux in ("did", "does", "has") and affect and not _PERSON_SUBJECT.match(subject):
        who = affect.group(2)
        return f"How {'did' if aux == 'did' else 'do'} {who} seem after {subject}?" if aux == "did" else \
            f"What do you notice in {who}{'' if subject.lower() == 'it' else f' when {subject} happens'}?"
    if aux in ("is", "are", "was", "were"):
        where = _where(aux, subject, rest)
        if where:
            return where
        stem = first[:-3]
        verbs = {parse(f"they are {first}")[-1].lemma_.lower(), stem, stem + "e", stem[:-1]} \
            if first.endswith("ing") else set()
        verb = next(iter(sorted(verbs & _words("coping_verbs"))), "")
        if verb and (not after or any(
                after.lower() == w or after.lower().startswith(w + " ") for w in _words("coping_rest"))):
            if verb == "get" and not after.lower().startswith("on"):
                return None
            tail = re.sub(r"^(ok|okay|alright|all right|properly|well)\b\s*", "", after, flags=re.I)
            return f"How {aux} {subject} {first}{' ' + tail if tail else ''}?"
        if aux in ("is", "are") and rest.lower() in _words("how_adjectives"):
            return f"How {aux} {subject}?"
        return None
    if aux in ("do", "does") and first == "like" and after:
        # "Do you like cats?" -> "What are cats like...": the verb agrees with what is liked (review analyse-13)
        head = next((t for t in parse(after) if t.dep_ == "ROOT"), None)
        verb = "are" if head is not None and head.tag_ in ("NNS", "NNPS") else "is"
        return f"What {verb} {after} like for {obj}?"
    if aux in ("do", "does", "did") and first == "feel" and after:
        adjective = _first_adjective(after)
        if not adjective:
            return None
        if aux == "did":  # the adjective suggested the answer; the rest keeps the moment
            return f"How did {subject} feel{' ' + adjective[1] if adjective[1] else ''}?"
        return f"How {adjective[0]} {aux} {subject} feel{' ' + adjective[1] if adjective[1] else ''}?"
    # "Have you thought about the lunch club?" is a suggestion in a question; "What do you make of the lunch club?"
    # asks the same without the push. Only for "you": "Has she tried it?" asks a fact about someone else.
    if subject == "you" and aux in ("have", "would") and re.match(
            r"(thought about|considered|tried|consider|think about) ", rest):
        topic = re.sub(r"^(thought about|considered|tried|consider|think about) ", "", rest)
        return f"What do you make of {topic}?"
    if aux in ("can", "could") and subject == "you" and first == "tell" and after:
        return f"Tell {after}." if after.lower().startswith("me ") else None
    return None


_PERSON_SUBJECT = re.compile(r"^(he|she|they|we|you|[A-Z][a-z]+|(?:your|his|her|their)\s+\w+)$")
_THERE = re.compile(r"^(is|are|was|were|has|have)\s+there\s+(anything|anyone|anybody|any\s+(\w+))\s*(.*)$", re.I)
_PLURAL_SUBJECT = ("you", "they", "we")


def _if_anything(aux: str, subject: str, rest: str) -> str | None:
    """'Have your family said anything about you moving?' -> 'What, if anything, have your family said about you
    moving?': the same question, open, and it presupposes nothing because 'if anything' leaves 'nothing' as an
    answer."""
    words = rest.split()
    if "any" in (w.lower() for w in words[1:]):
        i = [w.lower() for w in words].index("any")
        tokens = parse(" ".join(words[i + 1:]))
        nouns = 0
        while nouns < len(tokens) and tokens[nouns].pos_ in ("NOUN", "ADJ") and tokens[nouns].is_alpha:
            nouns += 1
        if nouns and tokens[nouns - 1].pos_ == "NOUN":
            head = tokens[:nouns].text
            tail = " ".join(words[:i] + ([tokens[nouns:].text] if nouns < len(tokens) else []))
            return f"What {head}, if any, {aux} {subject} {tail}?"
        return None
    for i, w in enumerate(words):
        lw = w.lower().strip(",")
        if lw in ("anything", "anyone", "anybody") and i > 0:
            wh = "What" if lw == "anything" else "Who"
            tail = " ".join(words[:i] + words[i + 1:])
            if wh == "Who" or not tail:
                return None  # "Did you tell anyone?" -> "Who, if anyone, did you tell?" reorders too much to trust
            return f"{wh}, if {lw}, {aux} {subject} {tail}?"
    return None


_PLACE = re.compile(r"^(?:(\w+ing)\s+)?(?:here|there|upstairs|downstairs|at home|in bed|(?:in|at) (?:the|your|his|her|"
                    r"their) (?:house|flat|home|room|bedroom|kitchen))\b\s*(.*)$", re.I)


def _where(aux: str, subject: str, rest: str) -> str | None:
    """'Were the children in the house at the time?' -> 'Where were the children at the time?'; 'Is he living here
    at the moment?' -> 'Where is he living at the moment?': asks the same, and the place is theirs to say. Only for
    places in a home: "Are you in touch with your dad?" and "Is he in prison?" ask something else."""
    match = _PLACE.match(rest)
    if not match:
        return None
    verb, tail = match.group(1) or "", match.group(2)
    if tail and not re.match(r"(?i)(at|on|when|while|during|after|before|in the|these|most|at night)\b", tail):
        return None
    return f"Where {aux} {subject}{' ' + verb if verb else ''}{' ' + tail if tail else ''}?"


def _there_rewrite(core: str) -> str | None:
    """'Is there anything that helps at night?' -> 'What, if anything, helps at night?'; 'Is there anyone who can
    help?' -> 'Who, if anyone, can help?'."""
    match = _THERE.match(core)
    if not match:
        return None
    aux, what, noun, rest = match.group(1).lower(), match.group(2).lower(), match.group(3), match.group(4)
    rest = re.sub(r"^(that|who|which)\s+", "", rest)
    if noun:  # "Are there any problems with the carers?" -> "What problems, if any, are there with the carers?"
        if rest and parse(rest)[0].pos_ != "ADP":
            return None
        return f"What {noun}, if any, {aux} there{' ' + rest if rest else ''}?"
    if not rest or parse(rest)[0].pos_ not in ("VERB", "AUX"):
        return None
    return f"{'What' if what == 'anything' else 'Who'}, if {'anything' if what == 'anything' else 'anyone'}, {rest}?"


def content_lemmas(text: str) -> set[str]:
    """Lemmas of the nouns, names, verbs and adjectives in text (what a sentence is about and what it asserts)."""
    return {t.lemma_.lower() for t in parse(text) if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and t.is_alpha}


def keeps_meaning(original: str, rewritten: str) -> bool:
    """No new referent or verb: every content word of the rewrite is in the original or is a frame word."""
    return not (content_lemmas(rewritten) - content_lemmas(original) - _words("frame_words"))


def _nouns(text: str) -> set[str]:
    return {t.lemma_.lower() for t in parse(text) if t.pos_ in ("NOUN", "PROPN") and t.is_alpha}


def adds_no_topic(original: str, question: str) -> bool:
    """Whether a question stays on what the original asked about: it names nothing (no noun) the original did not."""
    return not (_nouns(question) - _nouns(original) - _words("frame_words"))


GENERIC = ("Tell me what happened, from your point of view.", "What has that been like for you?")


def open_alternatives(text: str, bank_questions: list[tuple[str, str]], n: int = 2, generic: bool = True) -> list[dict]:
    """Up to n open alternatives: a rewrite of the worker's own question where one fits and keeps its meaning, then
    the closest open questions from the bank (bank_questions: (id, text) pairs, best first, already judged close
    enough), then, when generic, general open prompts."""
    out: list[dict] = []
    if pressure_lever(text):  # an open version keeps the guilt or fear it leans on: only general prompts
        return [{"text": q, "source": "open-questions"} for q in (GENERIC if generic else ())][:n]
    rewritten = template_rewrite(text)
    if rewritten and not CLOSED_OPENER.match(rewritten.lower()) and keeps_meaning(text, rewritten):
        out.append({"text": rewritten[0].upper() + rewritten[1:], "source": "rewrite"})
        match = _AUX_SUBJECT.match(_core(text))
        affect = match and re.match(rf"({_AFFECT})\s+(.+)$", match.group(3), re.I)
        if affect and match.group(1).lower() == "did":
            out.append({"text": f"What did you notice in {affect.group(2).rstrip(' ?')} after "
                                f"{match.group(2).lower()}?", "source": "rewrite"})
    for qid, question in bank_questions:
        if len(out) >= n:
            break
        if not generic and not adds_no_topic(text, question):
            continue  # "Were the children in the room?" is not "How are the children getting on at school?"
        if all(question.lower() != o["text"].lower() for o in out):
            out.append({"text": question, "source": qid})
    for question in GENERIC if generic else ():
        if len(out) < n:
            out.append({"text": question, "source": "open-questions"})
    return out[:n]
