"""Feedback on a coded transcript that never harms: what went well (only confident good codes, quoted), the
conversation's arc, missed opportunities with a better line only when one is safe, and supervision questions drawn
from what actually happened.

A better line is offered only when it keeps the worker's intent and presupposes nothing (rewrite.keeps_meaning), when
a bank question shares what the worker asked about, or, for confronting talk, when a reflection of the person's own
words is a statement that blames no one. Each better line is used once per transcript; offering nothing is better
than offering something wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .practice import GOOD, has, is_active_offer
from .reflections import complex_reflection, simple_reflection
from .rewrite import content_lemmas, is_leading, open_alternatives

DID_WELL_CONFIDENCE = 0.6  # the coder's main-behaviour probability a quoted good line needs
DID_WELL_WORDS = 6  # "It's just shit." said back is no model to quote
CONFRONT_CONFIDENCE = 0.5
MAX_QUESTION_ITEMS = 4
MAX_CONFRONT_ITEMS = 4
MIN_ARC_TURNS = 8
WHY_DID_WELL = {
    "complex_reflection": "A complex reflection: it says back the meaning under the person's words, so they feel "
                          "understood.",
    "affirmation": "An affirmation that names a real strength the person has shown.",
    "summary": "A summary that gathers what the person said and checks it with them.",
    "simple_reflection": "Saying back what the person said shows you heard it.",
    "open_question": "An open question that lets the person tell it their way.",
}


@dataclass
class Line:
    """One turn as feedback needs it (analysis.CodedUtterance has these fields)."""

    role: str
    text: str
    primary: str | None
    coder_primary: str | None
    confidence: float
    codes: list[str]


MISSED_WHY = {
    "confront": "Warning, arguing or labelling tends to raise defensiveness and close the conversation down; "
                "reflecting what the person said first keeps them talking.",
    "advice": "Advice lands better when it is asked for: ask what the person has tried or wants first, or ask "
              "permission before offering it.",
}

def _next_person(lines: list, index: int) -> str | None:
    return next((u.text for u in lines[index + 1:] if u.role == "person"), None)


def _previous_person(lines: list, index: int) -> str | None:
    return next((u.text for u in reversed(lines[:index]) if u.role == "person"), None)


def confident_good(u) -> bool:
    """A good code the coder itself gave with confidence, in words with no confronting or blaming cue."""
    return (u.primary in GOOD and u.coder_primary == u.primary and u.confidence >= DID_WELL_CONFIDENCE
            and "confront" not in u.codes and not has("confront_cues", u.text) and not has("blame", u.text)
            and len(u.text.split()) >= DID_WELL_WORDS and not u.text.rstrip().endswith("?"))


def did_well(lines: list) -> list[dict]:
    """Up to two confident good lines of different codes, best kinds first, and the Active Offer when made."""
    out: list[dict] = []
    offer = next((u for u in lines if u.role == "worker" and is_active_offer(u.text)), None)
    if offer:
        out.append({"kind": "did_well", "code": "active_offer", "quote": offer.text,
                    "why": "The Active Offer of Welsh: offering the conversation in Welsh without being asked is "
                           "good practice (a closed question that should stay closed)."})
    chosen: list = []
    # Open questions are not quoted: "How many hours a week?" opens with "how" and still closes the story down.
    for code in ("complex_reflection", "affirmation", "summary", "simple_reflection"):
        best = max((u for u in lines if u.role == "worker" and u.primary == code and confident_good(u)),
                   key=lambda u: u.confidence, default=None)
        if best and len(chosen) < 2:
            chosen.append(best)
    out += [{"kind": "did_well", "code": u.primary, "quote": u.text, "why": WHY_DID_WELL[u.primary]}
            for u in chosen]
    return out


def safe_reflection(said: str | None, worker_text: str) -> str | None:
    """A reflection of the person's words that is a statement of theirs, blames no one and does not carry the
    worker's accusation back as if the person had said it; None when no such reflection fits."""
    if not said or said.rstrip().endswith("?") or "(" in said:
        return None
    better = complex_reflection(said) or simple_reflection(said)
    if not better or len(better.split()) < 5 or has("blame", better) or has("confront_cues", better):
        return None
    shared = content_lemmas(better) & content_lemmas(worker_text) - content_lemmas(said)
    return None if shared else better


def _bank_fits(text: str, bank: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Bank questions about something the worker asked about (a shared noun, name, verb or adjective)."""
    own = content_lemmas(text) - {"be", "do", "have", "get"}
    return [(qid, q) for qid, q in bank if own & content_lemmas(q)]


def missed(lines: list, bank_search=None) -> list[dict]:
    """Closed or leading questions with an open version that keeps their intent; confronting talk and advice, with a
    safe reflection when there is one; each better line used once, a few of each at most."""
    out: list[dict] = []
    used: set[str] = set()
    questions = confronts = 0
    for i, u in enumerate(lines):
        if u.role != "worker" or is_active_offer(u.text):
            continue
        if (u.primary == "closed_question" or (u.text.strip().endswith("?") and is_leading(u.text))) \
                and questions < MAX_QUESTION_ITEMS:
            bank = _bank_fits(u.text, bank_search(u.text)) if bank_search else []
            options = [a for a in open_alternatives(u.text, bank, n=3, generic=False) if a["text"] not in used]
            if options:
                used.add(options[0]["text"])
                questions += 1
                out.append({"kind": "missed", "code": u.primary, "quote": u.text, "better": options[0]["text"],
                            "source": options[0]["source"],
                            "why": "An open question invites the person to tell their own story."})
        elif u.primary in MISSED_WHY and u.confidence >= CONFRONT_CONFIDENCE and confronts < MAX_CONFRONT_ITEMS:
            confronts += 1
            item = {"kind": "missed", "code": u.primary, "quote": u.text, "why": MISSED_WHY[u.primary]}
            better = safe_reflection(_previous_person(lines, i), u.text)
            if better and better not in used:
                used.add(better)
                item |= {"better": better, "source": "reflection of the person's previous words"}
            out.append(item)
    return out


def missed_summary(lines: list, summaries: int) -> list[dict]:
    """A missed summary only when none was given and the person said enough to gather."""
    worker = [u for u in lines if u.role == "worker"]
    if summaries or sum(u.role == "person" for u in lines) < 6 or not worker:
        return []
    before_close = next((u for u in reversed(worker) if u.primary != "other"), worker[-1])
    return [{"kind": "missed", "code": "summary", "quote": before_close.text,
             "better": "Before we finish, can I check I've understood what matters most to you? ... "
                       "Have I got that right? What would you add?",
             "source": "summaries",
             "why": "No summary was given: a summary near the end gathers what matters and checks understanding."}]


LISTENING = ("open_question", "simple_reflection", "complex_reflection", "affirmation", "summary")
DIRECTING = ("confront", "advice")


def arc(lines: list) -> dict | None:
    """How the worker's side moved between the first and second half: started well then directed, the reverse,
    or steady; None for short transcripts."""
    worker = [u for u in lines if u.role == "worker"]
    if len(worker) < MIN_ARC_TURNS:
        return None
    half = len(worker) // 2
    parts = worker[:half], worker[half:]

    def share(part, codes):
        return sum(u.primary in codes for u in part) / len(part)

    listen = [share(p, LISTENING) for p in parts]
    direct = [share(p, DIRECTING) for p in parts]
    first_direct = next((u for u in parts[1] if u.primary in DIRECTING), None)
    first_listen = next((u for u in parts[1] if u.primary in LISTENING), None)
    if listen[0] >= 0.4 and direct[1] >= direct[0] + 0.2 and listen[1] <= listen[0] - 0.15:
        return {"kind": "arc", "pattern": "started_well_then_directed", "quote": first_direct.text,
                "why": f"Started well ({round(100 * listen[0])}% of your lines in the first half were open "
                       f"questions, reflections, affirmations or summaries), then turned to telling, warning or "
                       f"arguing ({round(100 * direct[1])}% in the second half), from about here."}
    if direct[0] >= 0.2 and listen[1] >= listen[0] + 0.2 and direct[1] <= direct[0] - 0.1 and first_listen:
        return {"kind": "arc", "pattern": "directed_then_listened", "quote": first_listen.text,
                "why": f"Started by telling or warning ({round(100 * direct[0])}% of the first half), then moved to "
                       f"listening ({round(100 * listen[1])}% open questions and reflections in the second half), "
                       f"from about here."}
    kind = "listened_throughout" if min(listen) >= 0.4 and max(direct) < 0.15 else \
        "directed_throughout" if min(direct) >= 0.2 else "steady"
    words = {"listened_throughout": "Listening all the way through: open questions, reflections and affirmations "
                                    "in both halves.",
             "directed_throughout": "Telling, warning or arguing in both halves; the person had little room to "
                                    "say what matters to them.",
             "steady": "No strong change in style between the first and second half."}
    return {"kind": "arc", "pattern": kind, "why": words[kind]}


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
    confront = next((f for f in feedback if f.get("code") == "confront" and f["kind"] == "missed"), None)
    if confront and "confront" in templates:
        reply = _next_person(lines, by_quote.get(confront["quote"], len(lines)))
        if reply:
            out.append(templates["confront"].format(quote=short(confront["quote"]), reply=short(reply)))
    good = next((f for f in feedback if f["kind"] == "did_well" and f["code"] != "active_offer"), None)
    if good and "did_well" in templates:
        out.append(templates["did_well"].format(quote=short(good["quote"])))
    return [re.sub(r"\s+", " ", q) for q in out]
