"""Grounded answers: a short answer made only of sentences from the best guidance passages, each cited, shaped by
the kind of question (definition, list, how-to, yes/no), or an honest 'not found'."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .answerability import AnswerabilityModel, features, respell
from .language import language_data
from .nlp import parse
from .retrieval import Hit, Retriever
from .text import normalise, tokenize

# Lines like 'Poor: "Why didn't you...?"' are examples to contrast, not statements that answer anything.
_LABELLED_EXAMPLE = re.compile(r"^[A-Z][\w ]{0,20}:\s")
MAX_SENTENCES = 5
MAX_WORDS = 130
MAX_LIST_WORDS = 190  # a list the answer runs on through may make it longer
MAX_PER_PASSAGE = 2
MIN_WORDS = 5
LEXICAL_WEIGHT = 0.15
SENTENCE_WINDOW = 0.10  # other sentences from the anchor's page within this score of the best one join the answer
OTHER_PAGE_WINDOW = 0.08  # sentences from other pages must be this close: one coherent passage is preferred
MIN_EXCERPT_WORDS = 35  # sentences after the best one join until the excerpt is this long
SAME_SENTENCE = 0.90
DEFINITION_BONUS = 0.15
LEAD_IN_BONUS = 0.06  # for list questions, the sentence that introduces a list
STEP_BONUS = 0.05  # for how-to questions, practice steps (list items, imperatives)
VERDICT_BONUS = 0.10  # for "is X an outcome?", sentences that say what a service or an outcome is
LIST_LOOKAHEAD = 3
VERDICT_CONFIDENCE = 0.75  # the outcome classifier's verdict leads the answer only when it is this sure
ANCHOR_CHOICES = 3
ANCHOR_WINDOW = 0.05
NOT_FOUND = "I could not find anything in the guidance that answers this."

Classify = Callable[[str], tuple[str, float]]  # statement -> ("outcome" | "service", confidence)


@dataclass
class Answer:
    question: str
    answer: str
    sources: list[Hit] = field(default_factory=list)
    found: bool = True
    kind: str = ""  # the question type the answer was shaped for
    confidence: float | None = None  # P(answerable) from the answerability model, when it ran
    # Per source: (heading, url) of the section its first cited sentence sits in, so the link goes there.
    sections: list[tuple[str, str]] = field(default_factory=list)

    def source_dicts(self) -> list[dict]:
        out = []
        for n, h in enumerate(self.sources):
            d = {k: v for k, v in h.to_dict().items() if k in ("title", "page", "heading", "url", "text", "score")}
            if n < len(self.sections):
                d["heading"], d["url"] = self.sections[n]
            out.append(d | {"source_url": h.document.source_url})
        return out

    def to_dict(self) -> dict:
        data = {"question": self.question, "answer": self.answer, "found": self.found, "type": self.kind,
                "sources": self.source_dicts()}
        if self.confidence is not None:
            data["confidence"] = round(self.confidence, 3)
        return data


@functools.cache
def _words() -> dict:
    return language_data("answers")


def question_type(question: str) -> str:
    """definition, list, how_to, why, difference, yes_no or case, from the question's wording."""
    q = normalise(question).strip(" ?!.")
    q = re.sub(r"^(?:so|ok|okay|hi|please|pls|um|quick question)[,:]?\s+", "", q)
    data = _words()
    if any(cue in f" {q} " for cue in data["difference_cues"]) and not q.startswith(("is ", "are ", "should ")):
        return "difference"
    if re.match(r"^(?:can|could) (?:you|u) (?:give|list|name|tell)", q):
        return "list" if any(cue in f" {q} " for cue in data["list_cues"]) else "definition"
    for kind in ("definition", "how_to", "why", "yes_no"):
        for opener in data["question_types"][kind]:
            if q == opener or q.startswith(opener + " "):
                if kind == "definition" and any(cue in f" {q} " for cue in data["list_cues"]):
                    return "list"
                return kind
    if any(q.startswith(c) for c in ("list ", "name ", "give me", "examples", "example of")) or \
            any(cue in q for cue in ("examples", "stand for", "list")):
        return "list"
    if any(q.startswith(c) for c in ("define ", "meaning ")) or q.endswith(("meaning", " mean")):
        return "definition"
    return "case"


_DEFINITION_QUESTION = re.compile(r"^(?:what(?:'s| is| are)|whats|define|what does)\s+(?:an?\s+|the\s+)?(.+?)"
                                  r"(?:\s+mean)?\s*\??$", re.I)
_OUTCOME_QUESTION = re.compile(
    r"^(?:is|are|would|could|can|does)\s+(?:an?\s+outcome\s+(?:just\s+)?be\s+|it\s+(?:an?\s+)?outcome\s+if\s+)?"
    r"(?P<x>.+?)\s+(?:count(?:s)?\s+as\s+|really\s+)?(?:an?\s+)?(?:(?:personal|good|real)\s+)?"
    r"(?:outcome|service|resource)s?(?:\s+or\s+(?:an?\s+)?(?:service|outcome|resource)s?)?\s*[?!.]*$", re.I)
_OUTCOME_BE = re.compile(r"^(?:can|could|should)\s+an?\s+(?:personal\s+)?outcome\s+(?:just\s+)?be\s+(?P<x>.+?)"
                         r"\s*[?!.]*$", re.I)


def outcome_statement(question: str) -> str | None:
    """X in 'is X a personal outcome?' or 'can an outcome be X?', without its quotes; None for other questions."""
    q = " ".join(question.split())
    match = _OUTCOME_BE.match(q) or _OUTCOME_QUESTION.match(q)
    if not match:
        return None
    statement = match.group("x").strip(" '\"‘’“”")
    first = statement.split()[0].lower() if statement else ""
    # "can you give me ...", "is it true that ...", "something small like ...": not a statement to classify.
    if not statement or len(statement.split()) > 20 or first in _words()["not_statements"]:
        return None
    return statement


def _definition_pattern(question: str) -> re.Pattern | None:
    """For 'What is X?' questions, a pattern matching sentences that define X ('X is', 'An X means')."""
    match = _DEFINITION_QUESTION.match(question.strip())
    if not match or len(match.group(1).split()) > 4:
        return None
    term = re.escape(match.group(1).rstrip("s"))
    return re.compile(rf"^(?:an?\s+|the\s+)?{term}s?\b[^.]{{0,40}}?\b(?:is|are|means|describes?|stands?)\b", re.I)


def _is_lead_in(sentence: str) -> bool:
    s = sentence.rstrip().lower()
    return any(s.endswith(ending) for ending in _words()["lead_in_endings"])


def _opens_pointing(sentence: str) -> bool:
    """Whether the sentence opens with a word that points back ('She', 'This', 'They'), so it needs what came before."""
    first = re.split(r"[\s,;:]+", sentence.strip(" \"'“‘"), maxsplit=1)[0].lower()
    return first in _words()["pointing_openers"]


@functools.lru_cache(maxsize=4096)
def _names(sentence: str) -> frozenset[str]:
    """People's names in a sentence (the parse's named entities), lower case."""
    return frozenset(e.text.lower() for e in parse(sentence, ner=True).ents if e.label_ == "PERSON")


@functools.lru_cache(maxsize=4096)
def _imperative(sentence: str) -> bool:
    doc = parse(sentence)
    first = next((t for t in doc if not t.is_punct), None)
    return first is not None and first.tag_ == "VB"


@dataclass
class _Candidate:
    number: int  # the passage's rank among the hits
    i: int  # the sentence's position in its passage
    text: str
    score: float


def _score(retriever: Retriever, hits: list[Hit], question: str, query: np.ndarray, kind: str,
           verdict: str | None) -> dict[tuple[int, int], _Candidate]:
    terms = set(tokenize(question))
    definition = _definition_pattern(question) if kind in ("definition", "list") else None
    verdict_terms = {"service": ("service", "input", "resource", "not an outcome"),
                     "outcome": ("own words", "want to achieve", "outcome is", "outcomes are")}.get(verdict or "", ())
    depth = 5 if kind in ("definition", "list") else 3  # a definition may sit a little lower than passages using it
    out: dict[tuple[int, int], _Candidate] = {}
    for number, hit in enumerate(hits[:depth]):
        doc = hit.document
        rows = retriever.index.sentence_rows(hit.position)
        kinds = doc.sentence_kinds or ["text"] * len(doc.sentences)
        for i, (sentence, sim) in enumerate(zip(doc.sentences, rows @ query, strict=True)):
            if len(sentence.split()) < MIN_WORDS or _LABELLED_EXAMPLE.match(sentence):
                continue
            overlap = len(terms & set(tokenize(sentence))) / len(terms) if terms else 0.0
            # Shared words and the better-ranked passage break near-ties between similar sentences.
            score = float(sim) + LEXICAL_WEIGHT * overlap + 0.02 * (2 - number)
            if definition and definition.match(sentence):
                score += DEFINITION_BONUS  # "What is X?" is best answered by "X is ..."
            if kind == "list" and (_is_lead_in(sentence) or (i + 1 < len(kinds) and kinds[i + 1] == "item"
                                                             and kinds[i] != "item")):
                score += LEAD_IN_BONUS
            if kind == "how_to" and (kinds[i] == "item" or _imperative(sentence)):
                score += STEP_BONUS
            if verdict_terms and any(t in sentence.lower() for t in verdict_terms):
                score += VERDICT_BONUS
            out[number, i] = _Candidate(number, i, sentence, score)
    return out


def _excerpt(hits: list[Hit], scored: dict[tuple[int, int], _Candidate], best: tuple[int, int],
             kind: str) -> list[tuple[int, int]]:
    """The anchor sentence and what must come with it: the sentence it points back to, the sentences right after it
    until the excerpt reads as a whole, and the whole list a lead-in introduces."""
    doc = hits[best[0]].document
    kinds = doc.sentence_kinds or ["text"] * len(doc.sentences)
    start = best[1]
    if kind in ("list", "how_to") and kinds[start] == "item":
        # An item of a list answers a list question only with its lead-in and the other items.
        while start > 0 and kinds[start - 1] == "item":
            start -= 1
        if start > 0 and (kinds[start - 1] != "item"):
            start -= 1
    elif start > 0 and _opens_pointing(doc.sentences[start]):
        start -= 1  # "It is ..." needs the sentence that says what "it" is
    end = best[1]
    if kind in ("list", "how_to", "definition"):
        # A list a few sentences on is what a list question asks for: the excerpt runs on to it.
        ahead = next((j for j in range(end + 1, min(end + 1 + LIST_LOOKAHEAD, len(kinds))) if kinds[j] == "item"), None)
        if ahead is not None and kinds[end] != "item" and _is_lead_in(doc.sentences[ahead - 1]):
            end = ahead - 1
    keys = [(best[0], j) for j in range(start, end + 1)]
    words = sum(len(doc.sentences[j].split()) for _, j in keys)
    in_list = kinds[end] == "item"
    for j in range(end + 1, len(doc.sentences)):
        introduced = _is_lead_in(doc.sentences[j - 1]) or in_list
        if kinds[j] == "item" and introduced:
            in_list = True  # the list a lead-in introduces comes whole
        elif in_list or words >= MIN_EXCERPT_WORDS:
            break
        n = len(doc.sentences[j].split())
        if words + n > MAX_LIST_WORDS:
            break
        keys.append((best[0], j))
        words += n
    return keys


def _pick_sentences(retriever: Retriever, hits: list[Hit], question: str, query: np.ndarray,
                    kind: str = "case", verdict: str | None = None) -> list[tuple[int, int, str]]:
    """(source number, sentence position, sentence) for the sentences that best answer the question, in the order
    the answer reads: the anchor's passage first, each passage in its own reading order."""
    scored = _score(retriever, hits, question, query, kind, verdict)
    if not scored:
        return []
    ranked = sorted(scored, key=lambda key: -scored[key].score)
    best = ranked[0]
    for key in ranked[:ANCHOR_CHOICES]:
        # An anchor that names someone the answer cannot introduce gives way to a close one that does not.
        if scored[key].score < scored[best].score - ANCHOR_WINDOW:
            break
        if not _unintroduced(scored[key].text, [], question):
            best = key
            break
    ranked.remove(best)
    ranked.insert(0, best)
    excerpt = _excerpt(hits, scored, best, kind)
    anchor_page = hits[best[0]].document.page
    top = scored[best].score

    def close_enough(key: tuple[int, int]) -> bool:
        same_page = hits[key[0]].document.page == anchor_page
        return scored[key].score >= top - (SENTENCE_WINDOW if same_page else OTHER_PAGE_WINDOW)

    others = [key for key in ranked[1:] if key not in excerpt and close_enough(key)]
    chosen: list[tuple[int, int]] = list(excerpt)
    vectors = [retriever.index.sentence_rows(hits[n].position)[i] for n, i in excerpt]
    words = sum(len(hits[n].document.sentences[i].split()) for n, i in excerpt)
    for key in others:
        if sum(k[0] == key[0] for k in chosen if k not in excerpt) == MAX_PER_PASSAGE:
            continue
        sentence = hits[key[0]].document.sentences[key[1]]
        n = len(sentence.split())
        if words + n > MAX_WORDS or len(chosen) >= MAX_SENTENCES:
            break
        # A sentence that points back or names someone needs what came before it in its own passage.
        if (key[0], key[1] - 1) not in chosen and (_opens_pointing(sentence) or _names(sentence)):
            continue
        vector = retriever.index.sentence_rows(hits[key[0]].position)[key[1]]
        if any(float(v @ vector) > SAME_SENTENCE for v in vectors):
            continue
        chosen.append(key)
        vectors.append(vector)
        words += n
    order = list(dict.fromkeys(n for n, _ in chosen))  # passages in the order they joined: the anchor's first
    chosen = sorted(chosen, key=lambda k: (order.index(k[0]), k[1]))
    chosen = _drop_unintroduced(hits, chosen, question)
    while chosen and _is_lead_in(hits[chosen[-1][0]].document.sentences[chosen[-1][1]]):
        chosen.pop()  # a lead-in never ends an answer
    return [(n, i, hits[n].document.sentences[i]) for n, i in chosen]


def _unintroduced(sentence: str, before: list[str], question: str) -> bool:
    """Whether the sentence names someone neither the question nor the sentences before it mention."""
    said = " ".join([normalise(question), *(normalise(b) for b in before)])
    return any(name not in said for name in _names(sentence))


def _drop_unintroduced(hits: list[Hit], chosen: list[tuple[int, int]], question: str) -> list[tuple[int, int]]:
    """Drop sentences naming someone the answer has not introduced, or pointing back at a sentence it lacks."""
    kept: list[tuple[int, int]] = []
    for key in chosen:
        sentence = hits[key[0]].document.sentences[key[1]]
        follows = bool(kept) and kept[-1] == (key[0], key[1] - 1)
        before = [hits[n].document.sentences[i] for n, i in kept]
        if kept and not follows and (_opens_pointing(sentence) or _unintroduced(sentence, before, question)):
            continue
        kept.append(key)
    return kept


def _verdict_text(verdict: str, sentence: str) -> str:
    """'No: a walk-in shower is a service ...' — the verdict, then the cited sentence."""
    word = "No" if verdict == "service" else "Yes"
    first = sentence.split()[0]
    keep_case = first.isupper() or first in ("I", "I'm", "I'd") or (len(first) > 1 and first[1:].lower() != first[1:])
    return f"{word}: {sentence if keep_case else sentence[0].lower() + sentence[1:]}"


def answer_question(retriever: Retriever, question: str, k: int = 5, threshold: float = 0.30,
                    classify: Classify | None = None, model: AnswerabilityModel | None = None) -> Answer:
    """Answer from the guidance, citing each sentence, or say plainly that nothing relevant was found."""
    asked = " ".join(question.split())
    question = respell(retriever, asked)  # typos would otherwise steer retrieval away ("reflective listning")
    vector = retriever.embed([question])[0]
    hits = retriever.search(question, k=max(k, 5), vector=vector, kind="page")
    if not hits or max(h.score for h in hits) < threshold:
        return _not_found(retriever, asked, vector)
    kind = question_type(question)
    confidence = None
    if model is not None:
        confidence = model.probability(features(retriever, question, hits, vector))
        if confidence < model.threshold:
            return _not_found(retriever, asked, vector, kind, confidence)
    verdict = None
    statement = outcome_statement(question) if kind == "yes_no" else None
    if statement and classify is not None:
        label, sure = classify(statement)
        verdict = label if sure >= VERDICT_CONFIDENCE else None
    picked = _pick_sentences(retriever, hits, question, vector, kind, verdict)
    if not picked:
        return _not_found(retriever, asked, vector, kind, confidence)
    # Cited sources first, in citation order; then the other passages retrieved, up to k.
    cited = list(dict.fromkeys(number for number, _, _ in picked))
    order = cited + [n for n in range(len(hits)) if n not in cited]
    order = order[:max(k, len(cited))]
    renumber = {old: new for new, old in enumerate(order)}
    parts = []
    for j, (number, _, sentence) in enumerate(picked):
        text = _verdict_text(verdict, sentence) if verdict and j == 0 else sentence
        parts.append(f"{text} [{renumber[number] + 1}]")
    sources = [hits[n] for n in order]
    sections = []
    for n in order:
        first = next((i for number, i, _ in picked if number == n), None)
        doc = hits[n].document
        sections.append(doc.section_of(first) if first is not None else (doc.heading, doc.url))
    return Answer(asked, " ".join(parts), sources, True, kind, confidence, sections)


def _not_found(retriever: Retriever, question: str, vector: np.ndarray, kind: str = "",
               confidence: float | None = None) -> Answer:
    closest = retriever.search(question, k=8, mode="dense", vector=vector, kind="page")
    titles = list(dict.fromkeys(h.document.title for h in closest))[:3]
    text = NOT_FOUND
    if titles:
        text += " The closest topics are: " + "; ".join(titles) + "."
    return Answer(question, text, [], False, kind or question_type(question), confidence)
