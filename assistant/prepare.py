"""A one-page preparation sheet for a coming visit: an opening, open questions for each stage, traps to avoid
from the guidance (cited), and an OARS reminder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .corpus import STAGES
from .retrieval import Retriever
from .suggest import QuestionBank

STAGE_TITLES = {"opening": "Opening", "exploring": "Exploring what matters", "strengths": "Strengths and resources",
                "outcomes": "Agreeing outcomes", "planning": "Planning", "closing": "Closing",
                "reviewing": "Reviewing (at a later visit)"}
OARS = [
    ("Open questions", "invite the story: what, how, tell me.", "/guidance/open-questions"),
    ("Affirm", "name specific strengths and efforts you notice, never generic praise.", "/guidance/affirmations"),
    ("Reflect", "say back what you heard, and aim for more reflections than questions.",
     "/guidance/reflective-listening"),
    ("Summarise", "gather what matters in their words, then check: have I got that right?", "/guidance/summaries"),
]
_TRAP_HEADING = re.compile(r"trap|avoid|pitfall|mistake", re.I)


@dataclass
class PrepSheet:
    context: str
    opening: dict
    stages: list[dict] = field(default_factory=list)
    traps: list[dict] = field(default_factory=list)
    oars: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"context": self.context, "opening": self.opening, "stages": self.stages, "traps": self.traps,
                "oars": self.oars, "markdown": self.to_markdown()}

    def to_markdown(self) -> str:
        lines = ["# Preparing for the visit", "", f"> {self.context}", "", "## A suggested opening", "",
                 self.opening["text"], ""]
        for block in self.stages:
            lines += [f"## {STAGE_TITLES[block['stage']]}", ""]
            lines += [f"- {q['text']} _({q['source']})_" for q in block["questions"]] + [""]
        lines += ["## Traps to avoid", ""]
        lines += [f"- {t['text']} [{n}]" for n, t in enumerate(self.traps, 1)] + [""]
        lines += ["## OARS reminder", ""] + [f"- **{o['skill']}**: {o['text']}" for o in self.oars] + [""]
        if self.traps:
            lines += ["## Sources", ""]
            lines += [f"{n}. [{t['title']} — {t['heading']}]({t['url']})" for n, t in enumerate(self.traps, 1)]
        return "\n".join(lines).rstrip() + "\n"


def _traps(retriever: Retriever, context: str, vector, n: int = 4) -> list[dict]:
    """The guidance's own 'traps to avoid' closest to this visit, one per page, each cited."""
    index = retriever.index
    rows = [i for i, d in enumerate(index.documents) if d.kind == "page" and _TRAP_HEADING.search(d.heading)]
    rows.sort(key=lambda i: -float(index.vectors[i] @ vector))
    out, pages = [], set()
    for i in rows:
        d = index.documents[i]
        if d.page in pages or not d.sentences:
            continue
        sims = index.sentence_rows(i) @ vector
        best = int(sims.argmax())
        text = d.sentences[best]
        if len(text.split()) < 8 and best + 1 < len(d.sentences):
            text = f"{text} {d.sentences[best + 1]}"  # a bullet's bold lead-in and its explanation
        out.append({"text": text, "title": d.title, "page": d.page, "heading": d.heading, "url": d.url})
        pages.add(d.page)
        if len(out) == n:
            break
    return out


def prepare_sheet(retriever: Retriever, context: str) -> PrepSheet:
    """Everything a worker might want on one printable page before a visit."""
    vector = retriever.embed([context])[0]
    bank = QuestionBank(retriever.index)
    stages = []
    for stage in STAGES:
        if stage == "reviewing" and not re.search(r"\breview", context, re.I):
            continue
        ranked = bank.rank(vector, stage, None, set(), n=12, min_score=0.0)
        questions = [q for q in ranked if q["stage"] == stage][:3 if stage != "closing" else 2]
        stages.append({"stage": stage, "questions": questions})
    first = stages[0]["questions"][0]["text"] if stages and stages[0]["questions"] else \
        "What would you like to get out of our time together today?"
    opening = {"text": "Say who you are and why you have come, in plain words; say what will happen with what they "
                       f"tell you, and check it is a good time. Then hand them the agenda: \"{first}\"",
               "source": stages[0]["questions"][0]["source"] if stages and stages[0]["questions"] else "stage-opening"}
    oars = [{"skill": skill, "text": text, "url": url} for skill, text, url in OARS]
    return PrepSheet(context, opening, stages, _traps(retriever, context, vector), oars)
