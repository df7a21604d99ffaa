"""A one-page preparation sheet that fits the visit: who will be there, what the worker asked us to respect, risk
held honestly ("think about before you go"), questions for each person by audience and visit kind, traps chosen by
situation and kept whole with their counterweight, and an OARS reminder fitted to the visit.

The visit is read first (assistant/visit.py); the wording of the sheet's own lines is data in
guidance_corpus/language/prepare.yaml, with the questions built for situations a note names and the "think about
before you go" cards (concern ids as in PRODUCT.md; the concern is found by the note's words, then the risk model of
assistant/safety.py); other questions come from the bank, traps and counterweights from the guidance. The context is
redacted before it is printed or returned."""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, field, replace

import numpy as np

from .aims import worker_aims
from .context_redaction import redact_context
from .hopes import OWN_WORDS, own_hopes
from .language import language_data
from .retrieval import Retriever
from .safety import CHILD_WORDS, disclosed, told_together
from .suggest import QuestionBank
from .text import escape_markdown
from .visit import (
    KIND_LABELS,
    SETTING_LABELS,
    Person,
    Visit,
    audience_for_age,
    data,
    has,
    lowered,
    mentions,
    note_pronouns,
    phrase_pattern,
    read_visit,
    without_guesses,
)

WORKER_AIM = "worker-aim"  # the source of a question made from what the worker wrote they want to hear
CONTEXT_WEIGHT = 0.65  # of the visit's query: the context; the rest is what this kind of visit is for
HUB_PENALTY = 0.3  # the stage's typical question is taken away, so items that are close to everything stop winning
MAX_SAFETY_CARDS = 3
MAX_CHECKS = 3
MAX_CARD_QUESTIONS = 2
MAX_TRAPS = 3
MAX_SECTIONS = 3
PAGE_LINES = 105  # printed lines (at PAGE_WIDTH characters) that fit the print stylesheet's one A4 page
PAGE_WIDTH = 95


@dataclass
class PrepSheet:
    context: str
    visit: Visit
    opening: dict
    stages: list[dict] = field(default_factory=list)
    traps: list[dict] = field(default_factory=list)
    oars: list[dict] = field(default_factory=list)
    safety: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    active_offer: dict | None = None
    date: str = field(default_factory=lambda: datetime.date.today().isoformat())

    @property
    def sources(self) -> list[dict]:
        """Each guidance section the traps cite, once, in order, with the public page it is written from."""
        seen: dict[str, dict] = {}
        for t in self.traps:
            for ref in ({"title": t["title"], "heading": t["heading"], "url": t["url"],
                         "source_url": t.get("source_url", "")}, t["counterweight_source"]):
                seen.setdefault(ref["url"], ref)
        return list(seen.values())

    @property
    def for_line(self) -> str:
        """'For: the person (older person, 84), at home; also there: his daughter. A first visit.'"""
        v = self.visit
        others = [p.label for p in v.people[1:]]
        line = f"For: {v.person.label}, {SETTING_LABELS[v.setting]}"
        if others:
            line += "; also involved: " + ", ".join(others)
        return line + f". Visit: {KIND_LABELS[v.kind]}" + (" (short call)" if v.short else "") + "."

    @property
    def cited(self) -> list[dict]:
        """The guidance sections the traps cite, once each, numbered as the traps' [n] marks."""
        return list({t["url"]: t for t in self.traps}.values())

    def to_dict(self) -> dict:
        v = self.visit
        return {"context": self.context, "for": self.for_line,
                "people": [{"who": p.who, "audience": p.audience, "role": p.role, "age": p.age} for p in v.people],
                "visit": {"kind": v.kind, "setting": v.setting, "language": v.language, "short": v.short,
                          "constraints": v.constraints, "situations": v.situations},
                "notes": self.notes, "active_offer": self.active_offer, "opening": self.opening,
                "stages": self.stages, "traps": self.traps, "oars": self.oars, "safety": self.safety,
                "date": self.date, "sources": self.sources, "markdown": self.to_markdown()}

    def to_markdown(self) -> str:
        lines = ["# Preparing for the visit", "", f"Prepared {self.date}", "", f"> {escape_markdown(self.context)}", "",
                 f"**{self.for_line}**", ""]
        lines += [f"- {n}" for n in self.notes] + ([""] if self.notes else [])
        if self.active_offer:
            lines += [f"## {self.active_offer['title']}", "", self.active_offer["text"], ""]
        if self.safety:
            lines += ["## Think about before you go", ""]
            for c in self.safety:
                lines += [f"**{c['title']}.** {c['text']}", ""]
                lines += [f"- Check first: {check}" for check in c["check_first"]]
                lines += [f"- Ask openly: \"{q}\"" for q in c["questions"]] + [""]
        lines += ["## A suggested opening", "", self.opening["text"], ""]
        current = None
        for block in self.stages:
            if block["for"] != current:
                current = block["for"]
                lines += [f"## For {current}", ""]
            lines += [f"**{block['title']}**", ""]
            lines += [f"- {q['text']} _({q['source']})_" for q in block["questions"]] + [""]
        lines += ["## Traps to avoid", ""]
        lines += [f"- {t['text']} {t['link']}: {t['counterweight']} [{t['ref']}]" for t in self.traps]
        lines += [""]
        lines += ["## OARS reminder", ""] + [f"- **{o['skill']}**: {o['text']}" for o in self.oars] + [""]
        lines += ["## Notes", "", "", ""]
        if self.traps:
            lines += ["## Sources", ""]
            lines += [f"{n}. [{t['title']} — {t['heading']}]({t['url']})" for n, t in enumerate(self.cited, 1)]
            lines += [""] + sorted({f"Written from: {ref['source_url']}" for ref in self.sources if ref["source_url"]})
        return "\n".join(lines).rstrip() + "\n"


# --- risk ------------------------------------------------------------------------------------------------------

def is_welfare_call(visit: Visit) -> bool:
    """A doorstep or quick call about a child's safety or abuse: it cannot be put off to another day."""
    return visit.short and bool(set(visit.concerns) & {"child_harm", "domestic_abuse"})


def child_in_view(visit: Visit) -> bool:
    """A child, young person, baby or parent among the people the visit is read to have: "son Gareth runs the farm"
    beside a widower of 79 is not one."""
    return visit.person.audience in ("child", "young_person", "parent") or any(
        p.role in ("child", "parent") or p.audience == "child" for p in visit.people)


_GENDER = {"him": "he", "his": "he", "her": "she"}
_INJURY = re.compile(r"\b(?:bruise|bruises|bruised|bruising|injury|injuries|black eye|marks on|fracture|burn)\b")
_PARTNER_WORDS = re.compile(r"\b(?:partner|boyfriend|girlfriend|husband|wife)\b")


def _partner_speaks_for(low: str) -> bool:
    """A sentence of the note says a partner speaks for the person ("Partner usually there, answers for her")."""
    speaks = phrase_pattern(data()["constraints"]["speaks_for"])
    return any(_PARTNER_WORDS.search(s) and speaks.search(" " + s + " ") and not re.search(r"\bex[- ]", s)
               for s in re.split(r"[.;!?\n]", low))


def _carer_gender(context: str) -> str:
    """"she" or "he" for the carer a note opens on: their title, whom they care for, else the note's pronouns."""
    title = re.search(r"\b(Mrs|Ms|Miss|Mr)\b", context)
    if title:
        return "he" if title.group(1) == "Mr" else "she"
    cared = re.search(r"(?i)\b(?:cares for|caring for|looks after|looking after)\s+(?:her |his )?(husband|wife)\b",
                      context)
    if cared:
        return "she" if cared.group(1).lower() == "husband" else "he"
    return note_pronouns(lowered(context))


def carer_may_harm(context: str) -> bool:
    """The carer the note is about may be harming the person they look after ("sometimes loses her temper with
    him"), told by the words' own pronouns: "he lashes out at her" of a woman caring for her son is the son's, and
    a note whose carer cannot be told apart says nothing."""
    gender = _carer_gender(context)
    if not gender:
        return False
    for m in phrase_pattern(data()["carer_harm_cues"]).finditer(lowered(context)):
        words = m.group().split()
        target = _GENDER.get(words[-1]) if words[-1] in ("him", "her") else None
        own = next((_GENDER[w] for w in words[1:-1] if w in ("his", "her")), None)
        if target != gender and own in (None, gender):
            return True
    return False


def concerns_for(context: str, model, visit: Visit | None = None) -> list[str]:
    """Concerns the note names in so many words; else the risk model's strongest when the note speaks of risk."""
    low = lowered(context)
    if phrase_pattern(data()["risk_cues"]["substance_use"]).search(low):
        # "overdose risk? he's been using on top" of a heroin user is an accidental overdose: the drugs card's, not
        # a question about ending their life
        accidental = r"(?i)\b(?:overdose risk|risk of (?:an )?overdose|accidental overdose|od risk)\b"
        low, context = re.sub(accidental, " ", low), re.sub(accidental, " ", context)
    named = sorted(((m.start(), c) for c, cues in data()["risk_cues"].items()
                    for m in [phrase_pattern(cues).search(low)] if m), key=lambda x: x[0])
    told = disclosed(context)  # the suggest path's explicit cues too
    told += [c for c in told_together(context) if c not in told]  # "widowed in May, drinking, not eating"
    if visit is not None and visit.person.audience in ("child", "young_person") and "domestic_abuse" in told and \
            "domestic_abuse" not in [c for _, c in named]:
        # "told TA 'mum's boyfriend pushed me into the wall'": harm to the child the visit is for, not a partner's
        # abuse to plan around
        told = ["child_harm" if c == "domestic_abuse" else c for c in told]
    found = list(dict.fromkeys([c for _, c in named] + told))
    cues = list(phrase_pattern(data()["risk_cues"]["self_harm"]).finditer(low))
    if "self_harm" in found and cues and all(_LONG_PAST.match(low, m.end()) for m in cues) and \
            "self_harm" not in disclosed(_LONG_PAST_ALL.sub(" ", context)):
        found.remove("self_harm")  # "had an OD in 2015, stable now": history to know, not today's risk
    carer_note = visit is not None and (visit.person.role == "carer" or re.search(
        r"(?i)\bcarer'?s'? (?:conversation|assessment)|\bcares for (?:her|his|their)\b", context))
    if "domestic_abuse" not in found and (found or _INJURY.search(low)) and _partner_speaks_for(low):
        # "baby had bruise on cheek ... Partner usually there, answers for her": a partner who speaks for them beside
        # an injury or another risk may be controlling them; the abuse is then never raised in front of him
        found.append("domestic_abuse")
    if "domestic_abuse" not in found and carer_note and carer_may_harm(context):
        found.append("domestic_abuse")  # "has been snapping at her and once grabbed her arm": harm to the one cared for
    if "not_coping_at_home" not in found and carer_note and phrase_pattern(data()["carer_breakdown_cues"]).search(low):
        found.append("not_coping_at_home")  # a carer at the end of their tether: carer breakdown
    if "self_harm" not in found and SEEN_SELF_HARM.search(context) and (
            visit is None or visit.person.audience != "older_person"):
        found.insert(0, "self_harm")  # "a teacher noticed cuts on her forearm": self-harm seen by someone else
    older = _OLDER_PARTNER.search(context)
    if "exploitation" not in found and older and int(older.group(1)) >= 18 and visit is not None and \
            visit.person.audience in ("child", "young_person") and (visit.person.age or 0) < 18:
        found.append("exploitation")  # "Caitlin 17 ... a new boyfriend (22)": an adult partner of a child
    if "self_harm" not in found and _TOOK_TOO_MANY.search(context):
        found.insert(0, "self_harm")  # "after taking 30 paracetamol": an overdose, though the word is not there
    doubted = DOUBTED_FALL.search(context)
    if doubted and (partner_always_there(context) or re.search(
            r"(?i)\b(?:husband|wife|partner|boyfriend|girlfriend)\b|\b(?:son|daughter|grandson|granddaughter)\b"
            r"[^.;]{0,12}\b(?:(?:is|as) (?:her|his|their) (?:main )?carer|lives with|moved (?:back )?in|cares for|"
            r"manages (?:her|his|their) money)", context)):
        # an injury explained away, with a partner at home: abuse until ruled out (a child's: the child's safety),
        # and the fall in quotes is the worker's doubt, not the pendant-alarm card
        harm = "child_harm" if visit is not None and child_in_view(visit) else "domestic_abuse"
        found = [c for c in found if c != harm] + [harm]
        rest = phrase_pattern([c for c in data()["risk_cues"]["not_coping_at_home"] if c not in data()["falls_cues"]])
        if "not_coping_at_home" in found and not rest.search(low):
            found.remove("not_coping_at_home")
    found += [c for c in plain_risks(low, carer_note, visit) if c not in found]
    # The model reads the note as a whole; it only speaks when the note names no concern in so many words, since a
    # second guess beside a named concern is more often a false card than a missed one (on the dev set).
    if model is not None and not found and has(context, "situations", "risk"):
        read = model.concerns([context])[0]
        if read and read[0] not in found:
            found.append(read[0])
    if "child_harm" in found and (not (CHILD_WORDS.search(context) or _PARENT_OR_CHILD.search(context)
                                       or has(context, "expecting"))
                                  or (visit is not None and not child_in_view(visit))):
        found.remove("child_harm")  # "bruising on her wrist" of a disabled wife, a widower's weight loss: no child
        if phrase_pattern(data()["self_care_cues"]).search(low):
            found.append("neglect")  # an adult's weight loss or not eating: self-neglect, not a baby's growth
        if model is not None and not found and visit is not None:
            read = [c for c in model.concerns([context])[0] if c != "child_harm"]
            found += read[:1]  # what the note's risk is, read whole, now that the child's card is gone
    if "not_coping_at_home" in found and visit is not None and visit.person.audience in ("child", "young_person",
                                                                                        "parent"):
        # "fell off the sofa" of a toddler, "daddy was asleep on the floor": a fall in a child's or a parent's note is
        # the child's safety, never the pendant-alarm card; a parent at breaking point still gets it
        rest = phrase_pattern([c for c in data()["risk_cues"]["not_coping_at_home"] if c not in data()["falls_cues"]])
        if not rest.search(low):
            found.remove("not_coping_at_home")
    if "child_harm" in found and "neglect" in found and visit is not None and visit.person.audience == "parent" \
            and not re.search(r"\bneglect", low) and visit.kind != "core_group":
        # a cold house, no food, a baby's weight: the child's card holds warmth and food (a plan "under neglect"
        # keeps its own card)
        found.remove("neglect")
    # the gravest first, so a third card never pushes out a risk to life, and the page reads in that order
    return sorted(found, key=lambda c: data()["concern_order"].index(c))[:MAX_SAFETY_CARDS]


# Risks a worker writes in plain words, no cue phrase in sight. Money taken by someone around them, however put:
# "a lad from the club keeps 'borrowing' cash", "cadging money off her", "took £40 from his wallet"
_MONEY_TAKEN = re.compile(r"\b(?:borrow\w*|cadg\w*|scroung\w*|tap(?:s|ped|ping) (?:him|her|them) for)\b(?:\W+\w+){0,2}?"
                          r"\W+(?:money|cash|£\s?\d+|\d+ ?quid|a tenner|a fiver)\b|"
                          r"\b(?:takes|taking|took|taken|helps? (?:him|her)self to)\b(?:\W+\w+){0,2}?\W+(?:money|cash|"
                          r"£\s?\d+)\W+(?:\w+\W+)?(?:off|from|out of)\s+(?:him|her|them|his|their)\b")
# Someone else handling their pension, benefits or cards, beside a second sign that it is not for their good (the
# food gone, them withdrawn, the relative always hovering): financial abuse until ruled out
_MONEY_HELD = re.compile(r"\b(?:collects|collecting|collected|draws|drawing|picks up|picking up|cashes|cashing|holds|"
                         r"keeps|has|took|takes|taken|uses|using|has taken over|took over|looks after|looking after|"
                         r"manages|managing|handles|handling|in charge of)\s+(?:her|his|their)\s+"
                         r"(?:pension|benefits|bank card|card|cards|pin|post office card|money|cash)\b")
_NOT_FOR_THEIR_GOOD = re.compile(r"\b(?:fridge|cupboards?)\b[^.;]{0,20}\b(?:empty|bare)\b|\bempty (?:fridge|cupboards)|"
                                 r"\bno food\b|\bquieter\b|\bwithdrawn\b|\bhover\w*|\bbills? (?:not paid|unpaid)|"
                                 r"\bscared of (?:him|her)\b|\bafraid of (?:him|her)\b|"
                                 r"\b(?:has|had|with|got) no money\b|\bnever has (?:any )?money\b|"
                                 r"\bno money (?:for|left)\b")
# A young person gone missing who comes back with things nobody bought, or will not say where they were
_MISSING = re.compile(r"\bmissing\b(?! (?:from (?:the|his|her) (?!home|placement|foster|care home|school)|out|"
                      r"info|paperwork|documents|forms?)\b)|\bwent off\b|"
                      r"\bstayed out\b|\bnot come home\b|\bdidn't come home\b")
_GIFTS = re.compile(r"\bnew (?:phone|phones|clothes|trainers|jewellery|jewelry|bag|coat|things|stuff)\b|\bgifts?\b|"
                    r"\bpresents\b|\bunexplained (?:money|cash)\b|\bwon'?t (?:say|tell (?:me|us|anyone|anybody)) "
                    r"(?:where|who)\b")
# Hopelessness, first-hand or told by someone else: "said there's no point going on without her", "doesn't want to
# wake up", "nothing left to live for" ("doesn't want to live in a home" is where, not whether)
_NO_POINT = re.compile(r"\bno point (?:in )?(?:going on|living|being here|carrying on|getting up|to (?:life|living))\b|"
                       r"\b(?:doesn't|don't|does not|do not|didn't|did not) want to (?:go on|be here|live|carry on|"
                       r"wake up|be alive)(?=\s*$|\s*[.,;:!?)\-]|\s+(?:any ?more|now|without|like this)\b)|"
                       r"\bwhat'?s the point (?:of|in) (?:going on|living|carrying on|it all|anything|any of it)|"
                       r"\bwants? (?:it all|everything) to (?:stop|end)\b|"
                       r"\b(?:won'?t|will not|wont) be (?:here|around) (?:much longer|for (?:much )?longer|"
                       r"for long|anyway|(?:by|at|for|next|this) "
                       r"(?:christmas|easter|my birthday|next year|the new year|the summer))\b|"
                       r"\bnothing (?:left )?to live for\b|\bwants? to be with (?:him|her) (?:again|now)\b|"
                       r"\bwish(?:es|ed)? (?:she|he|they|i) (?:could|would) (?:go|die) too\b")
# A child who arrives hungry, whoever noticed: "came in hungry twice", "turns up to nursery starving"
_HUNGRY = re.compile(r"\b(?:came|comes|coming|arrived|arrives|arriving|turned up|turns up|turning up|sent|goes|going|"
                     r"gone)\b(?:\W+\w+){0,3}?\W+(?:hungry|starving|without (?:breakfast|lunch|food))\b")
# A carer whose patience has gone, by their own or someone else's account: "lost it with him", "snapped at mam",
# "screamed at her dad": carer breakdown, with the harm to the one cared for in the not-coping card's checks
_CARER_STRAIN = re.compile(r"\blost it\b|\blosing it\b|\blose it\b|"
                           r"\b(?:shout|scream|snap|yell|bark)(?:s|ed|ing|ped|ping)? at\b|\blash(?:es|ed|ing)? out\b")


def plain_risks(low: str, carer_note: bool, visit: Visit | None) -> list[str]:
    """Concerns a note tells in everyday words the cue lists cannot hold: money taken, things a missing young person
    came back with, hopelessness at second hand, a carer at the end of their patience."""
    out = []
    if _MONEY_TAKEN.search(low) or (_MONEY_HELD.search(low) and _NOT_FOR_THEIR_GOOD.search(low)):
        out.append("exploitation")
    young = visit is not None and visit.person.audience in ("child", "young_person")
    if young and any(_MISSING.search(clause) and _GIFTS.search(clause) for clause in re.split(r"[.;!?]", low)):
        out.append("exploitation")
    if _NOT_FOR_THEIR_GOOD.search(low) and "exploitation" in out and re.search(
            r"\b(?:fridge|cupboards?|food)\b", low):
        out.append("neglect")  # the money gone and the fridge empty: she may be going without
    if re.search(r"\bpre[- ]?birth (?:assessment|assess|conference|case conference|meeting|plan)\b", low):
        out.append("child_harm")  # a pre-birth assessment is itself about the baby's safety: the card's unborn checks
    if _HUNGRY.search(low):
        out.append("child_harm")  # "turned up at school hungry again": a child going without (kept only for a child)
    if _NO_POINT.search(low):
        out.append("self_harm")
    if carer_note and _CARER_STRAIN.search(low):
        out.append("not_coping_at_home")
    return list(dict.fromkeys(out))


# An overdose told by what was taken: "took 30 paracetamol", "swallowed a packet of her tablets", "took all his meds"
# ("took his tablets" alone is taking them as prescribed)
_TOOK_TOO_MANY = re.compile(r"(?i)\b(?:took|taken|taking|swallowed|swallowing)\s+(?:an? )?(?:\d+|a lot of|lots of|"
                            r"all (?:of )?(?:his|her|their|my|the)|a handful of|a (?:whole )?(?:packet|box|bottle|"
                            r"strip) of|(?:his|her|their) whole)\s+(?:\w+\s+)?(?:paracetamol|tablets|pills|meds|"
                            r"medication|co-codamol|codeine|sleeping tablets|insulin|antidepressants)\b")
# Self-harm seen by someone else, in any wording: "cuts on her forearm", "scratches up both arms", "scars on his
# wrists" (not an older person's skin tears, which the concern check leaves out)
SEEN_SELF_HARM = re.compile(r"(?i)\b(?:cuts|cut marks|fresh cuts|scratches|scratch marks|scars|scarring|lacerations|"
                            r"burns|burn marks)\b[^.;]{0,25}?\b(?:arms?|forearms?|wrists?|thighs?|legs?|stomach)\b")
# What puts a cue years back: "an OD in 2015", "self-harmed as a teenager", "overdose 10 years ago"
_LONG_PAST = re.compile(r"[^.;]{0,20}?\b(?:in (?:19|20)\d\d|(?:\d+|many|several|some) (?:years|yrs) ago|years ago|"
                        r"as a teenager|as a teen|in (?:his|her|their) (?:teens|twenties|20s))\b")
_LONG_PAST_ALL = re.compile(r"(?i)\b(?:od|overdose|overdosed|self[- ]harm(?:ed)?|suicide attempt|attempted suicide)"
                            r"[^.;]{0,20}?\b(?:in (?:19|20)\d\d|(?:\d+|many|several|some) (?:years|yrs) ago|years ago|"
                            r"as a teenager|as a teen)\b")
# An injury whose explanation the worker puts in quotes or doubts ("said she 'fell'", "apparently walked into a
# door"): the fall may be a cover story, so it never chooses the falls card or falls questions
DOUBTED_FALL = re.compile(r"(?i)[\"'\u2018\u201c](?:fell|had a fall|tripped|slipped|fell over|fell down the stairs|"
                          r"walked into (?:a |the )?(?:door(?: ?frame)?|wall|cupboard)|bruises easily|"
                          r"(?:she's|he's|is) clumsy|"
                          r"(?:bumped|banged|knocked)(?: \w+){1,4})[\"'\u2019\u201d]|"
                          r"\b(?:supposedly|apparently|allegedly|claims? (?:she|he|they)|claimed (?:she|he|they))\s+"
                          r"(?:fell|tripped|slipped|walked into)\b")
# "need to find a way to speak w/ her alone", "see him on his own": the visit must make time alone with them
_SEE_ALONE = re.compile(r"(?i)\b(?:speak|talk|see|get)\b(?:\s+\S+){0,3}?\s+(?:alone|on (?:her|his|their) own)\b")


def partner_always_there(context: str) -> bool:
    """Whether a partner or carer is said never to leave them alone, or the worker needs to find time alone."""
    return bool(phrase_pattern(data()["always_there_cues"]).search(lowered(context)) or _SEE_ALONE.search(context))


def harmer_present(visit: Visit, context: str) -> bool:
    """Whether someone who may be harming the person (a partner or the relative at home, where abuse is the worry)
    will be at the visit: "Mark will be there", "Darren arranged the visit time". The worry is then never raised in
    front of them, and the opening never says to be open about it from the start."""
    if "domestic_abuse" not in visit.concerns:
        return False
    kin = [p for p in visit.people[1:] if p.who.endswith(_KIN_CARERS) and not p.absent]
    return bool(kin) and (partner_always_there(context) or has(context, "present_words")
                          or bool(_ARRANGED.search(context)))


_ARRANGED = re.compile(r"(?i)\b(?:arranged|booked|set up|organised|organized)\s+(?:the|this|our|my)\s+(?:visit|"
                       r"appointment|meeting)\b")


# A parent, or a child by age ("a 4-year-old", "3-month-old"), in a worker's note: with CHILD_WORDS, a child in view
_PARENT_OR_CHILD = re.compile(r"(?i)\b(?:mum|mam|mom|dad|parents?|\d+[- ](?:year|month|week)[- ]old|\d+ ?(?:yo|mths?|"
                              r"months?))\b")


def person_tags(visit: Visit, context: str) -> set[str]:
    """What chooses a card's checks, the traps and the OARS lines: the visit's kind, setting, constraints, moods and
    risk, the person's own audience and role (not every audience in the room), who else is involved."""
    v = visit
    tags = {v.kind, v.setting, *v.constraints, *v.situations, *v.concerns, v.person.audience, v.person.role}
    # others' roles by names of their own, so "the children" in the room never reads as a child's visit
    tags |= {p.role if p.role in ("family", "professional") else f"with_{p.role}" for p in v.people[1:]}
    if any(p.role == "professional" for p in v.people):
        tags.add("professionals")
    if (any(p.who.endswith(("husband", "wife", "partner")) and not p.absent for p in v.people[1:])
            or re.search(r"(?i)\b(?:a|the|elderly|older) couple\b", context)) and "domestic_abuse" not in v.concerns:
        tags.add("couple")  # "you both" only of a couple, and never where the partner may be the danger
    if any(p.role == "child" for p in v.people[1:]):
        tags.add("child_present")
    if any(p.who == "the unborn baby" for p in v.people):
        tags.add("unborn")  # nothing asks about the baby as if it were here
    elif any(p.who == "the baby" for p in v.people) or has(_ONCE_A_BABY.sub(" ", context), "infant_words"):
        tags.add("infant")
    if v.person.audience in ("child", "young_person") and phrase_pattern(data()["parent_use_cues"]).search(
            lowered(context)):
        tags.add("parent_uses")  # the drink or drugs are a parent's: never asked of the child as their own
    if v.person.who == "the young carer":
        tags.add("young_carer")  # the illness in the note is the parent's they look after
    if v.person.who == "the kinship carer":
        tags.add("kinship")  # bringing up a relative's children: the drink or drugs are the parent's, not theirs
    if DOUBTED_FALL.search(context):
        tags.add("doubted_fall")
    if "domestic_abuse" in v.concerns and partner_always_there(context):
        tags.add("partner_always_there")
    if harmer_present(v, context):
        tags.add("harmer_present")
    if others_there(v, context) is not None:
        tags.add("others_there")
    if kin_risk_there(v, context) is not None:
        tags.add("kin_risk_there")  # "grandson 'looks after her card'" and the family all there
    if v.person.role == "carer" and "domestic_abuse" in v.concerns and carer_may_harm(context):
        tags.add("carer_may_harm")  # "Angela cares for Phil ... sometimes loses her temper with him"
    if SEEN_SELF_HARM.search(context):
        tags.add("seen_self_harm")
    if v.concerns:
        tags.add("risk")
    if set(v.concerns) & set(data()["concern_led"]):
        tags.add("concern_led")
    if "not_coping_at_home" in v.concerns:
        tags.add("not_coping")
    if v.short:
        tags.add("short")
    if is_welfare_call(v):
        tags.add("welfare_call")
    if any(p.absent == "unwanted" for p in v.people[1:]):
        tags.add("unwanted")
    return tags


def others_there(visit: Visit, context: str) -> Person | None:
    """The family member the note says will be at an adult's visit, or may join ("he'll be in the room", "family
    will all be there", "son may join"): a worry about their life or their money is then asked only once the person
    is on their own. "Daughter in Cardiff" or "son rang" puts nobody in the room; a child's visit has its own note."""
    if visit.person.audience in ("child", "young_person"):
        return None
    family = [p for p in visit.people[1:] if p.role in ("family", "parent", "carer") and p.absent in ("", "risk")
              and p.who not in ("a neighbour", "a friend")]
    return next((p for p in family if p.maybe or _there(context, p)), None)


def kin_risk_there(visit: Visit, context: str) -> Person | None:
    """Where exploitation is the worry, the relative who may be taking from them is likely at the visit: the note
    names one as taking and puts the family in the room, or says a relative is always around ("he's usually in when
    we visit and tends to hover"). Who told us of it ("mum says new friends are asking him for money") is not one."""
    if "exploitation" not in visit.concerns or visit.person.audience in ("child", "young_person"):
        return None
    family = [p for p in visit.people[1:] if p.role == "family" and p.absent in ("", "risk")]
    there = others_there(visit, context)
    if there is not None and any(p.absent == "risk" for p in family):
        return there
    if family and phrase_pattern(data()["always_there_cues"]).search(lowered(context)):
        return family[0]
    return None


def _with_others(text: str, visit: Visit, context: str) -> str:
    """A check that names who will be there: "{others} may be in the room" said of "the husband", "mum"."""
    if "{" not in text:
        return text
    there = others_there(visit, context) or kin_risk_there(visit, context)
    if there is None:
        return text.replace("{others}", "someone close to them").replace("{Others}", "Someone close to them")
    who = there.who if there.who.startswith(("the ", "a ", "his ", "her ", "their ")) else f"their {there.who}"
    return text.replace("{others}", who).replace("{Others}", who[0].upper() + who[1:])


def _applies(entry: str | dict, tags: set[str], low: str) -> tuple[bool, bool]:
    """(fits, specific): an entry fits unless its `unless` tags apply, or its `when` tags or `cues` are all absent;
    it is specific when a `when` tag or a cue chose it."""
    if isinstance(entry, str):
        return True, False
    if set(entry.get("unless", [])) & tags:
        return False, False
    if entry.get("unless_cues") and phrase_pattern(entry["unless_cues"]).search(low):
        return False, False  # "6 months sober": never asked what part drink plays in their days
    when = set(entry.get("when", [])) & tags
    cued = bool(entry.get("cues")) and bool(phrase_pattern(entry["cues"]).search(low))
    needs = [bool(when) if "when" in entry else None, cued if "cues" in entry else None]
    needs = [n for n in needs if n is not None]
    if needs and not all(needs):
        return False, False
    return True, bool(needs)


def _fitting(entries: list, tags: set[str], low: str, n: int) -> list[str]:
    chosen = [(not specific, k, e if isinstance(e, str) else e["text"]) for k, e in enumerate(entries)
              for fits, specific in [_applies(e, tags, low)] if fits]
    return [text for _, _, text in sorted(chosen)[:n]]


_ONCE_A_BABY = re.compile(r"(?i)\b(?:was|were|as|been)\s+(?:a\s+|an\s+|just\s+a\s+|only\s+a\s+)?(?:baby|newborn|"
                          r"infant)\b")
_OLDER_PARTNER = re.compile(r"(?i)\b(?:boyfriend|girlfriend|partner|fella)\s*(?:\(|,\s*|who is\s+|who's\s+|aged\s+)"
                            r"(\d{2})\b")


def safety_cards(visit: Visit, context: str) -> list[dict]:
    """The "think about before you go" card of each concern: what the note signals, what to check first and one or
    two questions that raise it openly, each chosen for this visit (a core group gets no "call 999")."""
    tags = person_tags(visit, context)
    low = lowered(context)
    out = []
    crowded = len(visit.concerns) >= MAX_SAFETY_CARDS  # three cards: fewer lines each, so the page still holds
    for concern in visit.concerns:
        entry = data()["cards"][concern]
        # two cards or more: one question each, so the checks (what keeps them safe) still fit on the page
        questions = _fitting(entry["questions"], tags, low, 1 if len(visit.concerns) >= 2 else MAX_CARD_QUESTIONS)
        variant = next((v for tag, v in entry.get("variants", {}).items() if tag in tags), {})
        out.append({"concern": concern, "title": variant.get("title", data()["concern_titles"][concern]),
                    "text": variant.get("signals", entry["signals"]),
                    "question": questions[0], "questions": questions,
                    "check_first": [_with_others(t, visit, context) for t in _fitting(
                        entry["check_first"], tags, low, MAX_CHECKS - crowded + (len(visit.concerns) == 1))],
                    "source": f"safety:{concern}"})
    for k, card in enumerate(out):  # a check two cards share ("see them on their own ...") is printed once
        card["check_first"] = [c for c in card["check_first"] if not any(c in o["check_first"] for o in out[:k])]
    for extra in data()["extra_checks"]:
        if extra["when"] not in tags or extra.get("unless") in tags or not out:
            continue
        target = next((c for c in out if c["concern"] == extra["concern"]), out[0] if extra["concern"] is None
                      else None)
        if target is not None and extra["text"] not in target["check_first"] and not any(
                extra["text"] in c["check_first"] for c in out):
            target["check_first"].append(extra["text"])
    return out


# --- questions -------------------------------------------------------------------------------------------------

# before a job word, a job they do not have or are leaving: "wants a job", "lost his job in Aug", "no job", "out of
# work", "leaving college in July"
_NO_JOB_BEFORE = re.compile(r"(?:\bnot|n't|\bstopped|\bwants? a|\bwould like a|\blooking for a|\bget a|\blost|"
                            r"\blost (?:his|her|their|my|a|the)|\bno|\bwithout(?: a)?|\bout of|\bleaving|\bleft|"
                            r"\bfinish(?:ed|ing)?|\bquit) $")


def _present(visit: Visit, person: Person, context: str) -> set[str]:
    """What a bank item may take for granted for this person on this visit; family words alone never add a child."""
    presence = language_data("conversation")["presence"]
    found: set[str] = set()
    if person.audience == "parent":
        found.add("child")
        if phrase_pattern(presence["school"]).search(context.lower()):
            found.add("school")
    if person.audience == "carer":
        found.add("caring")
    if person.audience in ("child", "young_person"):
        found.add("school")
    if person is visit.person and any(p.who.endswith(("husband", "wife", "partner")) for p in visit.people[1:]) \
            and "domestic_abuse" not in visit.concerns:
        found.add("partner")  # never "you both" where the partner may be the one she is afraid of
    if visit.kind in ("review", "core_group") or (visit.kind == "follow_up" and "met_before" in visit.situations):
        found |= {"past_visit", "plan"}  # "since our last meeting" only where there was one
    low = lowered(context)
    for name in ("job", "pet", "plan"):
        for m in phrase_pattern(presence[name]).finditer(low):
            # "wife works full time" is the wife's job, not the person's
            if name == "job" and (_pattern_people().search(low[max(0, m.start() - 12):m.start()])
                                  or _NO_JOB_BEFORE.search(low[:m.start()])):  # "wants a job": she has none yet
                continue
            if name == "job" and m.group().strip() in ("work", "working") and (
                    re.match(r"\s*(?:on|with|through|out|together|alongside|towards|at (?:it|this)|hard)\b",
                             low[m.end():])
                    or re.search(r"\b(?:to|i|we|me|us|you|they|will|can|could|would)\s*$", low[:m.start()])):
                continue  # "my PE wants me to work on reflections", "work with the family": not a job of theirs
            found.add(name)
    return found


@functools.cache
def _pattern_people() -> re.Pattern:
    return phrase_pattern([c for entry in data()["people"] for c in entry["cues"]])


def _fits_topics(topics: list[str], text: str, tags: set[str]) -> bool:
    """A bank item about loss, work, school or mental health only where the visit has it."""
    needs = data()["topic_needs"]
    if not all(set(needs[t]) & tags for t in topics if t in needs):
        return False
    low = text.lower()
    return all(set(wanted) & tags for phrase, wanted in data()["wording_needs"].items()
               if phrase_pattern([phrase]).search(low))


def _fits_wording(text: str, person: Person, visit: Visit) -> bool:
    """The worker's constraints on wording: no carer words for someone who rejects them; easy read kept short."""
    if person.rejects_carer and phrase_pattern(data()["carer_words"]).search(text.lower()):
        return False
    if "easy_read" in visit.constraints and person is visit.person:
        if len(text.split()) > data()["easy_read_max_words"]:
            return False
        if phrase_pattern(data()["abstract_words"]).search(text.lower()):
            return False
    return True


def _section_audience(person: Person, visit: Visit) -> str | None:
    """Whose bank items fit: family members get the items for anyone; a foster or kinship carer of a child or young
    person gets a parent's (about the child), not an unpaid carer's."""
    if person.role == "family":
        return None
    if person is visit.person and person.who in ("the kinship carer", "the foster carer"):
        return None  # bringing up someone else's children: neither a parent's items nor an unpaid carer's
    if person.role == "carer" and person is not visit.person and visit.person.audience in ("child", "young_person"):
        return "parent"
    return person.audience


PROFESSIONALS = Person("the professionals", "any", "professional")


def _said_to_be_there(context: str, person: Person) -> bool:
    """A sentence of the note says this person will be there: a presence word beside their role word (or the
    note's own word for them: "girlfriend" for the partner)."""
    words = {person.who.split()[-1], *person.said.split()[-1:]}
    return any(any(re.search(rf"\b{re.escape(w)}\b", s) for w in words) and _pattern_present().search(" " + s + " ")
               for s in re.split(r"[.;!?\n]", lowered(context)))


def _there(context: str, person: Person) -> bool:
    """This family member or child will be in the room: a sentence says so of them, or says it of nobody named
    ("Both will be there"). "Support worker Kelly will be there" says nothing of the girlfriend he met online, and
    "lives with her 2 kids" says where the children live, not that they will take part."""
    words = {person.who.split()[-1], *person.said.split()[-1:]}
    if any(re.search(_SEEN_WITH + rf"{re.escape(w)}\b", lowered(context)) for w in words):
        return True  # "I'll see Mrs Evans with her son", "seeing Jo and her partner together"
    if _said_to_be_there(context, person):
        return person.role != "child" or any(
            m.group().strip() not in _HOUSEHOLD for s in re.split(r"[.;!?\n]", lowered(context))
            if any(w in s for w in {person.who.split()[-1], *person.said.split()[-1:]})
            for m in _pattern_present().finditer(" " + s + " "))
    sentences = [s for s in re.split(r"[.;!?\n]", context) if _pattern_present().search(lowered(s))]
    # "Son Paul ... Meeting at bedside, Paul coming too": the name the note gives them, in a sentence of presence
    names = {m.group(1) for w in words for m in re.finditer(rf"(?i:\b{re.escape(w)})\s+([A-Z][a-z]+)\b", context)}
    if any(re.search(rf"\b{n}\b", s) for n in names for s in sentences):
        return True
    # "Both will be there": a sentence of presence naming nobody speaks for everyone; "Nia (a colleague) coming
    # too" or "TA Mrs Owen might sit in" names someone else
    return any(not mentions(s) and not _NAMED.search(s.strip()) for s in sentences)


# a name in a sentence: a capitalised word that does not open it, or one that opens it and is not a common opener
_NAMED = re.compile(r"(?<=\w)\W+(?!I\b|I'm\b|I'll\b)[A-Z][a-z]|^(?!(?:Both|All|They|Everyone|The|Family|Parents|We|"
                    r"Will|Want|Need|Hear|Also|And|Plus|He|She|His|Her|Their|Mum|Dad|Meeting|Meet|Seeing|See|Visit|Visiting|"
                    r"Joint|Home|Going|Speak|Speaking|Talk|Talking|Both|Then|Later|Tomorrow|Today|Tmrw)\b)[A-Z][a-z]+\b")


_HOUSEHOLD = ("lives with him", "lives with her")
# a visit verb, then "with" or "and" the person in the same sentence ("lives with his wife" is where he lives)
_SEEN_WITH = (r"\b(?:see|seeing|visit|visiting|meet|meeting|talk to|talking to|speak to|speaking to)\b[^.;!?,]{0,30}?"
              r"\b(?:with|and)\s+(?:his |her |their |the )?(?:[a-z'-]+ )?")


@functools.cache
def _pattern_present() -> re.Pattern:
    return phrase_pattern(data()["present_words"])


def _people_with_sections(visit: Visit, context: str) -> list[Person]:
    """The person, then carers and parents, then family said to be there; never anyone the note says is not coming,
    may not come, or is not wanted; a carer's own visit is theirs (no questions for the one they look after); a core
    group's professionals share one section."""
    people = [visit.person]
    present = has(context, "present_words")
    for p in visit.people[1:]:
        if p.absent or p.maybe or (visit.person.role == "carer" and p.role == "family"):
            continue  # "partner 'might be around'": say less rather than put questions to someone who may not come
        if p.who == "the family" and len(visit.people) > 2:
            continue  # "a family review with mum and dad": the family are the people named
        looked_after = any(q.role == "carer" for q in visit.people[1:])
        if visit.person.audience in ("child", "young_person") and p.role in ("parent", "family") and (
                (not (present and _there(context, p)) and (visit.setting != "home" or looked_after))
                or (looked_after and not _said_to_be_there(context, p))):
            # seen at school, or a looked-after child: their parents are not in the room unless the note says
            # so of them ("IRO will be there" says nothing of birth mum)
            continue
        if visit.person.audience in ("child", "young_person") and (p.role == "child" or p.who.endswith("sibling")):
            continue  # a brother or sister: the visit is about this child
        if p.role in ("carer", "parent") or (p.role == "family" and _there(context, p)) or \
                (p.role == "child" and (p.age is not None or p.who.endswith("children")) and _there(context, p)):
            # "want to hear from Osian too", "see and speak to both kids"
            people.append(p)
    # a child the worker wants to hear from before other adults, so the page's section limit never drops them
    people = people[:1] + sorted(people[1:], key=lambda p: p.role != "child")
    people = people[:MAX_SECTIONS]
    if visit.kind == "core_group" and any(p.role == "professional" for p in visit.people):
        people = people[:MAX_SECTIONS - 1] + [PROFESSIONALS]
    return people


def _stage_query(query: np.ndarray, bank: QuestionBank, stage: str) -> np.ndarray:
    centroid = bank.centroid(stage)
    vector = query if centroid is None else query - HUB_PENALTY * centroid
    return vector / (np.linalg.norm(vector) or 1.0)


@functools.cache
def _risk_words() -> list[str]:
    return [cue for cues in data()["risk_cues"].values() for cue in cues]


_OWNER_WORDS = {"his": "your", "her": "your", "their": "your", "the": "the", "a": "a", "an": "an"}


def life_thing(low: str) -> str | None:
    """The first part of the person's life the note says is theirs or matters to them, in its words with "his"/"her"
    made "your" ("the day centre", "your allotment"); None when it is someone else's ("his wife's choir"), only the
    place of an incident ("found in car w older males"), or there is none."""
    for m in phrase_pattern(data()["life_things"]).finditer(low):
        before = low[:m.start()].split()[-2:]
        if before and before[-1].endswith("'s"):
            continue  # someone else's
        start = max(low.rfind(stop, 0, m.start()) for stop in ".;!?\n") + 1
        ends = [e for e in (low.find(stop, m.end()) for stop in ".;!?\n") if e >= 0]
        sentence = low[start:min(ends, default=len(low))]
        owned = bool(before) and before[-1] in ("his", "her", "their", "my")
        if phrase_pattern(data()["life_incident"] + _risk_words()).search(sentence) or not (
                owned or phrase_pattern(data()["life_valued"]).search(sentence)):
            continue  # an incident's place ("found in car w older males") or nothing says it matters to them
        thing = m.group().strip()
        if thing.startswith("the "):
            return thing
        if before and before[-1] in _OWNER_WORDS:
            owner = _OWNER_WORDS[before[-1]]
            return f"{'the' if owner in ('a', 'an') else owner} {thing}"  # "goes to a lunch club": "the lunch club"
        return thing if thing in data()["life_activities"] else f"the {thing}"
    return None


def _situation_items(visit: Visit, person: Person, tags: set[str], low: str, stage: str,
                     used: set[str]) -> list[dict]:
    """The questions built for what the note says, for this person's section and this stage."""
    out = []
    is_person = person is visit.person
    for q in data()["situation_questions"]:
        if q["stage"] != stage or q["id"] in used or q["text"] in {u for u in used}:
            continue
        target = q.get("for", "person")
        if (is_person and target != "person") or (not is_person and target != person.role):
            continue
        audiences = q.get("audience", ["any"])
        if is_person and "any" not in audiences and person.audience not in audiences:
            continue
        text = q["text"]
        if "{thing}" in text:
            thing = life_thing(low)
            if thing is None or any(thing.split()[-1] in t.lower() for t in [*used, *(o["text"] for o in out)]):
                continue  # none named, or another question already asks about it
            text = text.format(thing=thing)
        if not _applies(q, tags, low)[0] or not _fits_wording(text, person, visit):
            continue
        out.append({"text": text, "stage": stage, "skill": "open_question", "source": q["id"]})
    return out


# Bank questions that, asked with a partner who may be abusive in the room, could put the person at risk
_IN_FRONT_OF_PARTNER = re.compile(r"(?i)\b(?:safe|safer|safety|unsafe|afraid|scared|frightened|hurt|harm|money|"
                                  r"finances?|bank|spend|spending|afford|relationship|partner|husband|wife|argue|"
                                  r"arguments?|rows?)\b")


def _bank_fits(item: dict, person: Person, visit: Visit, audience: str | None, meta: dict, tags: set[str]) -> bool:
    """Strictly by audience: a child or young person gets only their own items; items that lean on an earlier
    conversation never go on a sheet; topics and wording only where the visit has them."""
    bank_audience, topics = meta[item["source"]]
    if audience in ("child", "young_person") and bank_audience != audience:
        return False
    if item["source"] in data()["not_on_sheets"] or visit.kind in data()["not_on_kinds"].get(item["source"], ()):
        return False
    if phrase_pattern(data()["dangling_words"]).search(item["text"].lower()):
        return False
    if item["stage"] == "opening" and _AFTER_TODAY.search(item["text"]):
        return False  # how to keep in touch after today closes a visit; it never opens one
    if "unborn" in tags and re.search(r"\b(?:children|kids|school|the baby is|with the baby|baby's)\b", item["text"]):
        return False  # the baby is not born yet
    if person is not visit.person and visit.person.audience in ("child", "young_person") and \
            re.search(r"\bchildren\b", item["text"]):
        return False  # the visit is about one child or young person, not "the children"
    if "self_harm" in visit.concerns and person is visit.person and \
            phrase_pattern(data()["not_when_hopeless"]).search(lowered(item["text"])):
        return False  # "what have you learned that other carers would find useful?" to someone who wants it to stop
    if "domestic_abuse" in visit.concerns and _IN_FRONT_OF_PARTNER.search(item["text"]):
        return False  # safety, fear and money are the card's questions, asked once they are on their own
    if "exploitation" in visit.concerns and _IN_FRONT_OF_PARTNER.search(item["text"]) and any(
            p.role == "family" and not p.absent for p in visit.people[1:]):
        return False  # the relative who may be taking from them is likely in the room: the same holds
    if person is visit.person and audience in ("child", "young_person") and re.search(r"\bhome\b", item["text"]) \
            and any(p.role == "carer" for p in visit.people[1:]):
        return False  # a looked-after child: "home" could be the foster home or mum's
    return _fits_wording(item["text"], person, visit) and _fits_topics(topics, item["text"], tags)


_AFTER_TODAY = re.compile(r"(?i)\b(?:after today|keep(?:ing)? in touch|next meet|next time we|before we next)\b")
_FILLER = frozenset("most really just the a an".split())


def _gist(text: str) -> str:
    """A question without its filler words: "What matters most to you about staying in your own home?" and "What
    matters to you about staying in your own home?" are one question on a page."""
    return " ".join(w for w in re.findall(r"[a-z']+", text.lower()) if w not in _FILLER)


def question_blocks(bank: QuestionBank, query: np.ndarray, visit: Visit, context: str) -> list[dict]:
    """Labelled blocks of questions for each person, the person first, by the visit kind's template: the questions
    built from what the note says first, then the bank's nearest items that fit the person strictly."""
    templates = data()["templates"]
    blocks, used = [], set()
    meta = {d.id.removeprefix("question:"): (d.audience[0], d.topics) for d in bank.documents}
    low = lowered(context)
    base = person_tags(visit, context)
    if has(context, "money_words") and "domestic_abuse" not in visit.concerns:
        base.add("money")  # where someone else may hold the money, it is never asked about in front of them
    if re.search(r"\bcollege\b", low) or ((visit.person.age or 0) >= 16 and not re.search(r"\b(?:school|sixth form)\b",
                                                                                         low)):
        base.add("college")  # a 16-year-old the note meets at school is at school, not college
    welfare_call = is_welfare_call(visit)
    aims = [] if visit.short else worker_aims(context)  # what the worker wants to hear, asked first
    hopes = hope_stages(visit, context)  # the person's own hopes the note quotes, in their words
    used |= {text for text, _ in hopes}  # so "what does the gym mean to you" is not asked beside them
    for k, person in enumerate(_people_with_sections(visit, context)):
        kind = visit.kind
        if kind == "follow_up" and "met_before" not in visit.situations:
            kind = "first_visit"  # a follow-up of someone else's call: nothing "since" to review with them
        if kind == "first_visit" and "wary" in visit.situations:
            kind = "first_visit_wary"
        template = templates["short"] if visit.short else templates[kind] if k == 0 else templates["other_person"]
        audience = _section_audience(person, visit)
        present = _present(visit, person, context) | ({"child"} if audience == "parent" else set())
        tags = base | present | {person.audience}
        for step in template:
            # someone who dislikes being questioned gets one question a stage: the rest of the visit is listening
            stage, n = step["stage"], min(step["n"], 1) if "few_questions" in visit.constraints else step["n"]
            chosen, built = [], _situation_items(visit, person, base, low, stage, used)
            if k == 0 and aims and stage != "opening":
                chosen = [{"text": text, "stage": stage, "skill": "open_question", "source": WORKER_AIM}
                          for text in aims]
                n, aims = max(n, len(chosen) + min(1, len(built))), []  # and the note's own situation, once
            mine = [text for text, at in hopes if at == stage] if k == 0 else []
            if mine:
                chosen = [{"text": text, "stage": stage, "skill": "open_question", "source": OWN_WORDS}
                          for text in mine] + chosen
                n = max(n, len(chosen))
            earlier = {_gist(q["text"]) for b in blocks for q in b["questions"]}
            chosen += [q for q in built if _gist(q["text"]) not in earlier][:n - len(chosen)]
            # a professionals' section, or a doorstep call about a child's safety, takes only what was written for it
            if len(chosen) < n and person.role != "professional" and not welfare_call:
                ranked = bank.rank(_stage_query(query, bank, stage), stage, audience, present,
                                   exclude=used, n=40, min_score=0.0)
                asked = {_gist(t) for t in used | {q["text"] for b in blocks for q in b["questions"]} |
                         {q["text"] for q in chosen}}
                chosen += [q for q in ranked if q["stage"] == stage and _gist(q["text"]) not in asked and
                           _bank_fits(q, person, visit, audience, meta, tags)][:n - len(chosen)]
            if k == 0 and stage == "opening" and visit.language == "cy":
                offer = _bank_item(bank, data()["active_offer"]["question"])
                if offer and offer["source"] not in {q["source"] for q in chosen}:
                    chosen = [offer, *chosen][:max(n, 2)]
            if not chosen:
                continue
            used |= {q["source"] for q in chosen if q["source"] not in (WORKER_AIM, OWN_WORDS)} | \
                {q["text"] for q in chosen}
            blocks.append({"stage": stage, "for": person.who, "title": step["title"],
                           "questions": [{"text": _to_them(_named(q["text"], person, visit, context), visit)} |
                                         {key: q[key] for key in ("stage", "skill", "source")} for q in chosen]})
    return blocks


def _to_them(text: str, visit: Visit) -> str:
    """Where someone tends to answer for the person, a "you both" question is put to the person alone ("How has life
    changed for you since the stroke?"): "you both" hands the answer to the one who takes over."""
    if "speaks_for" not in visit.constraints:
        return text
    return re.sub(r"\byou both\b", "you", text)


def hope_stages(visit: Visit, context: str) -> list[tuple[str, str]]:
    """(question, stage) for the person's own quoted hopes: an earlier outcome is reviewed, a hope is an outcome to
    explore; none on a doorstep, and never a child's words put back to them."""
    if visit.short or visit.person.audience == "child":
        return []
    kind = visit.kind if visit.kind != "follow_up" or "met_before" in visit.situations else "first_visit"
    stages = [step["stage"] for step in data()["templates"][kind]]
    out = []
    for text, earlier in own_hopes(context, reviewing=kind in ("review", "follow_up"),
                                   easy="easy_read" in visit.constraints):
        order = ("reviewing", "outcomes", "exploring") if earlier else ("outcomes", "exploring", "planning")
        stage = next((s for s in order if s in stages), None)
        if stage:
            out.append((text, stage))
    return out


_PLACEHOLDERS = re.compile(r"\bthe person you (?:care for|support|look after)\b")
_THEM = re.compile(r"\b(to|for|about|with|helps) them\b")
_KIN = ("wife", "husband", "partner", "mum", "dad", "mother", "father", "son", "daughter")
_LOST = re.compile(r"\b(?:(?:lost|grieving|grieving for|mourning) (?:his|her|their) (wife|husband|partner|son|daughter)"
                   r"|(wife|husband|partner|son|daughter)\b[^.;]{0,20}\b(?:died|passed away|passed))\b", re.I)


def person_gender(context: str) -> str | None:
    """'he' or 'she' when the note's pronouns and titles clearly say which, else None (never guessed)."""
    he = len(re.findall(r"\b(?:he|he's|his|him|himself|mr)\b", context, re.I))
    she = len(re.findall(r"\b(?:she|she's|her|hers|herself|mrs|ms|miss)\b", context, re.I))
    if he and not she or he >= 2 * max(she, 1):
        return "he"
    if she and not he or she >= 2 * max(he, 1):
        return "she"
    return None


def _named(text: str, person: Person, visit: Visit, context: str) -> str:
    """Questions say who is meant in the note's own words: "your wife" for a carer's "the person you care for",
    "your dad" for a daughter's "them", "your husband" for "the person you have lost"; left as they are when the note
    does not say."""
    gender = person_gender(context)
    if person is visit.person and person.who == "the kinship carer":
        return _THEM.sub(r"\1 the children", _PLACEHOLDERS.sub("the children", text))
    if person.role == "carer" and person is visit.person:
        kin = next((p.who.split()[-1] for p in visit.people if p is not person and p.role == "family"
                    and p.who.split()[-1] in _KIN), None)
        if kin:
            return _THEM.sub(rf"\1 your {kin}", _PLACEHOLDERS.sub(f"your {kin}", text))
        return text
    if person is not visit.person and gender and visit.person.audience in ("older_person", "adult"):
        if person.who.endswith(("son", "daughter")):
            return _THEM.sub(rf"\1 your {'dad' if gender == 'he' else 'mum'}", text)
        if person.role == "carer":  # "she does everything for him": the person, by the note's pronoun
            pronoun = "him" if gender == "he" else "her"
            return _THEM.sub(rf"\1 {pronoun}", _PLACEHOLDERS.sub(pronoun, text))
    if person is not visit.person and gender and visit.person.audience in ("child", "young_person"):
        return _THEM.sub(rf"\1 {'him' if gender == 'he' else 'her'}", text)
    lost = _LOST.search(context)
    if person is visit.person and lost:
        return text.replace("the person you have lost", f"your {(lost.group(1) or lost.group(2)).lower()}")
    return text


def _bank_item(bank: QuestionBank, bank_id: str) -> dict | None:
    for i, d in enumerate(bank.documents):
        if d.id == f"question:{bank_id}":
            return bank._item(i)
    return None


# --- traps, OARS, opening --------------------------------------------------------------------------------------

def _passage(index, page: str, text: str):
    return next((d for d in index.documents if d.kind == "page" and d.page == page and text in d.text),
                next((d for d in index.documents if d.kind == "page" and d.page == page), None))


def choose_traps(index, visit: Visit, tags: set[str], context: str) -> list[dict]:
    """The traps that fit this visit best, each whole, with its counterweight, both cited. A trap that names a
    situation (`requires` tags, `cues` in the note) is left out when the visit does not have it."""
    low = lowered(context)
    fitting = [t for t in data()["traps"] if (not t.get("requires") or set(t["requires"]) & tags)
               and (not t.get("cues") or phrase_pattern(t["cues"]).search(low))
               and not set(t.get("unless", [])) & tags]
    # a trap written for a situation the note has ("first") comes before the general ones
    # ... and one whose `first_when` tags the visit all has ("a review", "of a service") before the others, unless
    # a risk leads the visit (its own traps come first) and the worker did not write it ("hates loads of questions")
    led = "concern_led" in tags

    def jumps(t: dict) -> bool:
        when = set(t.get("first_when", []))
        return bool(when) and when <= tags and (not led or when <= set(visit.constraints))

    scored = [(not (t.get("first") or jumps(t)),
               -len(set(t["when"]) & tags), n, t) for n, t in enumerate(fitting)]
    out = []
    for *_, trap in sorted(scored, key=lambda x: x[:3]):
        doc = _passage(index, trap["page"], trap["text"])
        counter = _passage(index, trap["counter_page"], trap["counter"])
        if doc is None or counter is None:
            continue
        urls = list(dict.fromkeys([t["url"] for t in out] + [doc.url]))
        out.append({"text": trap["text"], "counterweight": trap["counter"], "link": trap.get("link", "Instead"),
                    "ref": urls.index(doc.url) + 1,
                    "title": doc.title, "page": doc.page, "heading": doc.heading, "url": doc.url,
                    "source_url": doc.source_url,
                    "counterweight_source": {"title": counter.title, "heading": counter.heading, "url": counter.url,
                                             "source_url": counter.source_url}})
        if len(out) == MAX_TRAPS:
            break
    return out


def fitted_oars(index, tags: set[str]) -> list[dict]:
    """One line per OARS skill, the variant that fits this visit and this person."""
    out = []
    for entry in data()["oars"]:
        key = next((k for k in entry["variants"] if k in tags), "default")
        doc = _passage(index, entry["page"], "")
        out.append({"skill": entry["skill"], "text": entry["variants"][key], "fits": key,
                    "url": doc.url.split("#")[0] if doc else ""})
    return out


def opening_for(visit: Visit, first: dict | None, guarded: bool = False, gentle: bool = False) -> dict:
    """The suggested opening; `guarded` when someone who may be harming the person will be there, `gentle` when the
    worker means to build trust first with someone who keeps people out."""
    openings = data()["openings"]
    if is_welfare_call(visit):
        key = "short_risk"  # a welfare call cannot offer another day
    elif visit.short:
        key = "short"
    elif set(visit.situations) & {"low", "bereaved"} and visit.kind in ("first_visit", "assessment", "follow_up") \
            and not (set(visit.concerns) & {"child_harm", "domestic_abuse"}) \
            and visit.person.audience not in ("child", "young_person"):  # a child's note: the low one is a parent
        key = "low" if "low" in visit.situations else "bereaved"
    elif set(visit.concerns) & set(data()["concern_led"]) and visit.kind in ("first_visit", "assessment", "follow_up"):
        key = "risk"
        if "domestic_abuse" in visit.concerns or guarded:  # never "open about the concern" where they may hear it
            key = "risk_da_children" if "child_harm" in visit.concerns else "risk_da"
        elif "wary" in visit.situations and not ("child_harm" in visit.concerns and visit.person.role == "parent"):
            key = "risk_wary"  # "thinks SW = trouble": why in a sentence, their agenda first, the worry once heard
        elif gentle and not set(visit.concerns) & {"self_harm", "child_harm", "exploitation"}:
            key = "risk_gentle"  # "want to just get in the door and build trust": honest, but the worry comes later
    elif visit.kind == "follow_up" and "met_before" not in visit.situations:
        key = "default"  # nothing agreed "last time" to remind them of
    elif visit.kind == "discharge" and visit.setting == "home":
        key = "discharge_home"  # already home: "help plan going home" would be wrong
    elif visit.kind == "review" and visit.person.audience in ("child", "young_person"):
        key = "review_young"  # a child's review is about their views, never "whether the support is turning up"
    else:
        key = visit.kind if visit.kind in openings else "default"
    text = openings[key]
    if visit.language == "cy":
        text = "Make the Active Offer first. " + text
    if first:
        text += " Then hand them the agenda with the first question below."
    return {"text": text, "fits": key, "source": first["source"] if first else "stage-opening"}


# --- the sheet -------------------------------------------------------------------------------------------------

def sheet_notes(visit: Visit, context: str = "") -> list[str]:
    """The lines at the top of the sheet: each constraint's note, the welfare call's in place of a short call's, and
    "see them on their own first" in place of the see-alone note when someone is not wanted there."""
    say = data()["constraint_notes"]
    unsafe = bool(set(visit.concerns) & set(data()["safe_to_talk_concerns"]))
    notes = [say[c] for c in visit.constraints if c in say and not (c == "see_alone" and not unsafe)]
    if "see_alone" in visit.constraints and not unsafe and _TIME_ALONE.search(context):
        # no abuse in the note: the worker's wish for time alone, never the abuse-style "when it is safe to talk"
        notes.append(data()["time_alone_note"])
    if visit.short and "short" not in visit.constraints:
        notes.append(say["short"])
    if is_welfare_call(visit):
        notes = [data()["welfare_call_note"] if n == say["short"] else n for n in notes]
    unwanted = [p.who for p in visit.people[1:] if p.absent == "unwanted"]
    if unwanted:
        who = unwanted[0]
        who = who if who.startswith(("the ", "a ", "his ", "her ", "their ")) else f"their {who}"
        alone = data()["unwanted_note"].format(person=visit.person.who, who=who)
        notes = [alone if n in (say["see_alone"], data()["time_alone_note"]) else n for n in notes]
    child = _child_with_family(visit, context)
    if child:
        notes.append(data()["child_alone_note"].format(child=child))
    return notes


# The worker asks for time alone with them: "want a bit of time w/ him on his own", "a few minutes with her alone"
_TIME_ALONE = re.compile(r"(?i)\b(?:see|speak|talk|get|time|minutes|mins|chat|word|space)\b(?:\s+\S+){0,4}?\s+"
                         r"(?:alone|on (?:her|his|their) own|separately)\b")
_ON_THEIR_OWN = re.compile(r"\bon (?:his |her |their )?own\b|\bseparately\b|\balone\b(?<!lives alone)")


def _child_with_family(visit: Visit, context: str) -> str | None:
    """The child or young person to hear on their own: the person, seen at home with family there, or a child a
    parent's visit means to hear from."""
    main = visit.person
    if _ON_THEIR_OWN.search(lowered(context)):
        return None  # the worker already plans it: "need to see Jac on own"
    if main.audience in ("child", "young_person") and visit.setting in ("home", "care_home") and any(
            not p.absent and (p.role in ("parent", "carer") or p.role == "family" and _there(context, p))
            for p in visit.people[1:]):  # "a new boyfriend (22)" is not family in the room
        return main.who
    if main.role == "parent":
        heard = [p for p in visit.people[1:] if p.role == "child" and not p.absent and (p.age or 5) >= 5
                 and p.who not in ("the baby", "the unborn baby") and _there(context, p)]
        return heard[0].who if heard else None
    return None


def prepare_sheet(retriever: Retriever, context: str, safety_model=None, audience: str | None = None,
                  visit_kind: str | None = None, language: str | None = None) -> PrepSheet:
    """Everything a worker might want on one printable page before this visit."""
    facts = without_guesses(context)  # the worker's guesses choose nothing; risk is read from the whole note
    visit = read_visit(context, audience, visit_kind, language)
    visit.concerns = concerns_for(context, safety_model, visit)
    if "domestic_abuse" in visit.concerns:
        visit = _harmed_first(visit, context)
    children = any(p.role == "child" for p in visit.people) or visit.person.audience in ("child", "young_person")
    if "domestic_abuse" in visit.concerns and children and "child_harm" not in visit.concerns:
        visit.concerns = (visit.concerns + ["child_harm"])[:MAX_SAFETY_CARDS]  # children living with domestic abuse
    safe_context = redact_context(context)
    focus = data()["visit_focus"][visit.kind]
    vectors = retriever.embed([redact_context(facts) if facts != context else safe_context, focus])
    query = CONTEXT_WEIGHT * vectors[0] + (1 - CONTEXT_WEIGHT) * vectors[1]
    query = query / (np.linalg.norm(query) or 1.0)
    bank = QuestionBank(retriever.index)
    blocks = question_blocks(bank, query, visit, facts)
    first = next((q for b in blocks if b["stage"] == "opening" for q in b["questions"]
                  if q["source"] != data()["active_offer"]["question"]), None)
    notes = sheet_notes(visit, facts)
    offer = None
    if visit.language == "cy":
        offer = {k: data()["active_offer"][k] for k in ("title", "text", "source")}
        # the Active Offer box straight below says it all: no line pointing down to it, so the page keeps a question
        notes = [n for n in notes if n != data()["constraint_notes"]["welsh"]]
    tags = person_tags(visit, facts)
    guarded = bool({"harmer_present", "partner_always_there"} & tags)
    sheet = PrepSheet(safe_context, visit, opening_for(visit, first, guarded, bool(_GENTLE.search(facts))), blocks,
                      choose_traps(retriever.index, visit, tags, facts), fitted_oars(retriever.index, tags),
                      safety_cards(visit, facts), notes, offer)
    return fit_page(sheet)


# The worker means to take it slowly and earn trust: "don't want to go in all guns blazing", "build up trust first"
_GENTLE = re.compile(r"(?i)\b(?:build(?:ing)? (?:up )?(?:some )?trust|gain(?:ing)? (?:her|his|their) trust|"
                     r"get in the door|all guns blazing|go(?:ing)? (?:in )?(?:slow|slowly|gently|softly)|"
                     r"take it slow(?:ly)?|at (?:her|his|their) (?:own )?pace)\b")
_KIN_CARERS = ("husband", "wife", "partner", "son", "daughter", "boyfriend", "girlfriend", "grandson", "granddaughter")


def _harmed_first(visit: Visit, context: str) -> Visit:
    """Where abuse is the worry and the note's carer is the partner or relative doing the caring ("husband does all
    her care and controls the money"), the sheet is for the one cared for, never a carer's conversation with the
    person who may be harming them; the age the note gives first is hers."""
    carer = visit.person
    if has(context, "carer_visits"):
        return visit
    if carer.role != "carer":
        # the note already says whose visit it is ("Mrs Ahmed 78, son does all her care"): the relative doing the
        # caring is family, never a carer's conversation
        visit.people = [visit.person, *[replace(p, audience="older_person" if p.audience == "older_person" else
                                                "adult", role="family")
                                        if p.role == "carer" and p.who.endswith(_KIN_CARERS) else p
                                        for p in visit.people[1:]]]
        return visit
    if not carer.who.endswith(_KIN_CARERS):
        return visit
    age = carer.age
    audience = audience_for_age(age) if age else (
        "older_person" if has(context, "person_words", "older_person") else "adult")
    person = Person("the person", audience, "person", age)
    relative = Person(carer.who, "older_person" if audience == "older_person" else "adult", "family")
    visit.people = [person, relative, *[p for p in visit.people[1:] if p.who != carer.who]]
    return visit


def printed_lines(markdown: str) -> int:
    return sum(max(1, -(-len(line) // PAGE_WIDTH)) for line in markdown.splitlines())


MIN_OWN_QUESTIONS = 3


def own_count(sheet: PrepSheet) -> int:
    return sum(len(b["questions"]) for b in sheet.stages if b["for"] == sheet.visit.person.who)


def fit_page(sheet: PrepSheet) -> PrepSheet:
    """One A4 page: when the sheet is too long, bank questions go before the ones written for the note's situation,
    a stage's second question before its first, the other people's before the person's; the safety cards stay, and
    the person keeps one question a stage, or at least three."""
    person = sheet.visit.person.who
    # the Active Offer's question stays with the Welsh it was offered for
    situation = {q["id"] for q in data()["situation_questions"]} | {WORKER_AIM, OWN_WORDS,
                                                                    data()["active_offer"]["question"]}
    while printed_lines(sheet.to_markdown()) > PAGE_LINES:
        place = {id(b): [x for x in sheet.stages if x["for"] == b["for"]].index(b) for b in sheet.stages}
        spare = [(q["source"] in situation, b["for"] == person, -place[id(b)], -k, -j, b, q)
                 for k, b in enumerate(sheet.stages) for j, q in enumerate(b["questions"])
                 if len(b["questions"]) > 1 or b["for"] != person
                 or (q["source"] not in situation and own_count(sheet) > MIN_OWN_QUESTIONS)]
        if not spare:
            break
        *_, block, question = min(spare, key=lambda x: x[:5])
        block["questions"].remove(question)
        if not block["questions"]:
            sheet.stages.remove(block)
    return sheet
