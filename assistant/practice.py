"""Reading a worker's utterance as a supervisor would: the coder's code, corrected by the few cues that settle it.

The coder reads words; a supervisor also reads the moment. Greetings, hospitality ("Milk no sugar?") and the
goodbye are other talk; the Active Offer of Welsh is a closed question that is good practice; a "So, ..." that
gathers several things is a summary; naming a strength the person has shown is an affirmation; "confront" stands
only with a warning, an argument, a label or blame in the words, otherwise telling is advice and the rest is
information; and the unmistakable confronting forms ("isn't a one-off though, is it?", "So you did grab him.",
"you're a hoarder") are confront whatever the coder read, unless the line is a summary, an affirmation or other
talk. A Welsh question opening with a question word is an open question.

Statements that gather several things about the person and close (or open) with only a check ("Have I missed
anything?", "Can I check I've got this right?") are a summary, though they end with a question mark. "You've kept
every appointment" (subject "you", a verb of effort, read from the parse) is an affirmation, but not a feeling, a
deficit or a "So, you've..." said back. An empathic guess ("That must have been frightening") is a complex
reflection whatever the coder read, and a question with no confronting form in it stays a question. "I'd ring them"
is advice; "There's a sitting service..." with no telling in it is information. An opening that says why the
worker is there, a Welsh offer made as a statement, and a last line that only commits to a next step are
information. A reframe, "you'd rather X than Y" and a "So X is about Y" are complex reflections, not summaries; a
short "You..." statement close to the person's last turn is a reflection. Confronting said as a plain fact or a
preference (a report set against what the person played down, a reproachful reminder, disputing their view of a
friend, a consequence as leverage, "I know, but we have to...") is read in assistant/arguing.py, and a feeling said
back to the person ("you're frustrated it's being held against you") is never the worker's argument. The word lists
live in guidance_corpus/language/feedback.yaml.
"""

from __future__ import annotations

import functools
import re

from .arguing import argues_back, confronting_without_warning, opens_with_their_feeling, their_feelings_left_out
from .coder import asks_for_a_number, opens_with_wh
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
    """Offers the conversation in Welsh ('Would you like to have this conversation in Welsh?'): a question that names
    Welsh with English or a choice beside it, in whatever order or wording ('...in English, or would you like
    Welsh?')."""
    if "?" not in text:
        return False
    # the offer is in the question itself: a summary that mentions wanting Welsh-speaking support and ends "Have I
    # got that right?" offers nothing (review analyse-9, t7)
    return any(has("active_offer", q) or (has("active_offer_languages", q) and has("active_offer_choices", q))
               for q in sentences(text) if q.endswith("?"))


def is_greeting(text: str) -> bool:
    return bool(cues()["greetings"].match(text.strip()))


def is_greeting_question(text: str) -> bool:
    """A short greeting whose only questions are the greeting's own ("Hiya Sam. You alright?", "Alright Tyler?
    How's things?", "Morning Mrs Price, how are you keeping?")."""
    if len(text.split()) > 8:
        return False
    formulas = set(language_data("feedback")["greeting_questions"])

    def formula(question: str) -> bool:
        words = question.lower().rsplit(",", 1)[-1].strip(" ?!.").split()
        # the formula alone, or with a name before or after it ("Alright Tyler?")
        return " ".join(words) in formulas or " ".join(words[1:]) in formulas or " ".join(words[:-1]) in formulas

    questions = [q for q in sentences(text) if q.endswith("?")]
    return bool(questions) and all(formula(q) for q in questions)


def is_hospitality(text: str) -> bool:
    """Tea, a chair, the way in: short practical talk."""
    return len(text.split()) <= 16 and has("hospitality", text)


def is_closing(text: str) -> bool:
    return has("closings", text)


@functools.cache
def _acknowledgement() -> re.Pattern:
    words = sorted(language_data("feedback")["acknowledgements"], key=len, reverse=True)
    return re.compile(r"(?i)^\W*(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?:,?\s+[A-Z][a-z]+)?\s*(?:[.!]+|\s-\s|\s–\s)\s*(?=\S)")


def after_acknowledgement(text: str) -> str:
    """What follows a leading acknowledgement ("Okay. The other option is..." -> "The other option is...")."""
    match = _acknowledgement().match(text)
    return text[match.end():] if match else text


def without_acknowledgement(text: str) -> str:
    """The utterance without a leading acknowledgement where what follows is the move: a question ("Fair enough.
    What would...?") or a feeling said back ("Thank you for telling me that, Lowri. It sounds like..."), which the
    coder reads as the acknowledgement itself; otherwise the whole text ("Thanks for telling me. That can't have been
    easy to say" affirms; "Okay. I'll write that down" is what it is)."""
    rest = after_acknowledgement(text)
    if len(rest.split()) < 3 or not (rest.rstrip().endswith("?") or _SAID_BACK_START.match(rest)):
        return text
    return rest


_SAID_BACK_START = re.compile(r"(?i)^\W*(?:it sounds|sounds like|sounds as if|you sound|it feels like|i can imagine|"
                              r"no wonder)\b")


# "Can I check I've got the main things? College is going well...": a summary that opens by asking to check
_CHECK_FIRST = re.compile(r"(?i)^\s*(?:can i (?:just )?check (?:that |what )?i(?:'ve| have)|"
                          r"just to check (?:that |what )?i've|let me (?:just )?(?:pull (?:together|that together|"
                          r"this together|it together)|sum (?:up|that up)|summarise|"
                          r"check (?:that |what )?i(?:'ve| have))|"
                          r"(?:so,?\s+)?to sum up)\b")
# What is said not to be so is no demand: "It doesn't mean you have to decide now", and what they need is no order:
# "Knowing what support you need to do something hard is a real strength".
_NOT_A_DEMAND = re.compile(r"(?i)\b(?:(?:doesn't|does not|don't|do not|won't|will not|isn't|not)\s+(?:mean\s+|that\s+)?"
                           r"(?:that\s+)?you\s+(?:have to|need to|must|should|'ve got to)|"
                           r"(?:what|which|whatever|the)\s+(?:\w+\s+){0,2}you\s+need\s+to|"
                           r"let (?:you|them|him|her) know(?: that)?)\b")  # "I'll let you know that...": informing


_OWN_ROLE = re.compile(r"(?i)^\W*(?:(?:look|listen|okay|ok),?\s+)?(?:my job is|my role is|part of my job|i'm here to|"
                       r"i am here to|i'm not here to|i am not here to|i have to make sure|i need to make sure)\b")


def is_summary(text: str) -> bool:
    """A summary's shape: an opener ('So', 'In your words', 'Let me see if I've got it') and a list of things."""
    opener = re.compile(r"(?:^|[.!?:]\s+)(?:(?:okay|ok|right|brilliant|lovely|great|and)[,.]?\s+)*(?:"
                        + cues()["summary_openers"].pattern + "|" + cues()["summary_openers_cy"].pattern + ")", re.I)
    return bool(opener.search(text)) and len(re.findall(r"[,;:]", text)) >= 2 and len(text.split()) >= 14


# A tag question that argues: a negative statement closed by "..., is it?" / "though, is it." / "..., are you?".
_ARGUING_TAG = re.compile(r"(?:\bthough,?\s+(?:is|isn't|are|aren't|do|don't|did|didn't|was|wasn't|will|won't|can|can't)"
                          r"(?:\s+(?:it|you|he|she|they|we|i))?|(?:n't|\bnot)\b[^?]*,\s*(?:is|are|was|were|will|do|"
                          r"does|did|can|could|would|should|has|have|had)\s+(?:it|you|he|she|they|we|there))"
                          r"(?:,\s*(?:mr|mrs|ms|miss)?\s*[A-Z][\w']+)?\s*[.?!]?\s*$", re.I)


# A positive claim closed by a negative tag after "but" or "still": "..., but the police still came, didn't they?"
_BUT_TAG = re.compile(r"\b(?:but|still)\b[^?]*,\s*(?:didn't|don't|doesn't|isn't|wasn't|aren't|weren't|won't|haven't|"
                      r"hasn't|can't|couldn't|wouldn't)\s+(?:they|you|it|he|she|we|there)\s*\?\s*$", re.I)
# A gotcha: an emphatic claim about what the person did, pinned by a tag ("Well, you did fall once already, didn't
# you?"), or a "Well, ..." that answers the person back with a tag.
_GOTCHA_TAG = re.compile(r"(?:\b(?:you|he|she|they) (?:did|do|does|were|was)\s+\w+|^\W*well,)[^?]*,\s*(?:didn't|don't|"
                         r"doesn't|weren't|wasn't|isn't|aren't|haven't|hasn't)\s+(?:you|he|she|they|it|there)\s*\?\s*$",
                         re.I)
# A contradiction pinned by "You know that." / "And you know it." as its own sentence.
_YOU_KNOW_IT = re.compile(r"^\W*(?:and\s+)?you (?:know|knew) (?:that|it|this|full well)(?:,\s*[\w' ]+)?\W*$", re.I)
# A warning: a condition and what the agency will then do ("If there's another incident, we'll be looking at...").
_WARNING = re.compile(r"\bif\b[^.?!]*\b(?:we'll|we will|we'd|we would|you'll|you will|you'd|there'll|there will|"
                      r"it'll|it will)\s+(?:be looking at|have to|be having to|lose|end up|be taken|go to court|"
                      r"be removed)\b", re.I)
# A threat of consequence: the person not going along with the plan, and what they will then lose or be unable to do
# ("If you say no to the carers, you might not be allowed home", "If you turn it down, you could lose the place").
_REFUSAL = (r"refuse|say no|turn (?:it|this|that|them|us) down|turn down|(?:don't|do not|won't) (?:accept|agree|let|"
            r"engage|cooperate|go along)")
_LOSS = (r"(?:may|might|will|would|could)\s+not\s+be\s+(?:able|allowed)|(?:won't|wouldn't|can't|cannot|couldn't)\s+be"
         r"\s+(?:able|allowed)|(?:may|might|will|would|could)\s+(?:lose|end up|have to)|(?:won't|can't|cannot)\s+(?:go|"
         r"come|stay|return)\b")
_REFUSAL_THREAT = re.compile(rf"\bif you (?:{_REFUSAL})\b[^.?!]*\b(?:{_LOSS})", re.I)
# A label by generalisation: the person put among a group said to deny or resist ("Lots of parents find it hard to
# admit they need support", "Most people your age won't accept it"): heard as "you are one of those".
_GROUP = (r"(?:a lot of|lots of|many|most|plenty of|so many)\s+(?:[\w']+\s+){0,2}?(?:people|parents|mums|mams|dads|"
          r"carers|men|women|families|teenagers|kids|lads|girls|boys|patients|folk)\b"
          r"(?:\s+(?:(?:your|my|of your)\s+age|in your (?:position|situation|shoes)))?")
_RESIST = (r"(?:really\s+)?(?:struggle to|find it hard to|don't like to|do not like to|don't want to|won't|can't|"
           r"refuse to|are in denial|are reluctant to)\s*(?:admit|accept|face|see|realise|realize|recognise|recognize|"
           r"about)?")
_GROUP_LABEL = re.compile(rf"\b{_GROUP}\s+{_RESIST}", re.I)
# An empathic guess at what it is like: "That must have been frightening", "that must get old".
_EMPATHIC_MUST = re.compile(r"\b(?:that|it|this|which|life)\s+must\b|\bmust have (?:been|felt)\b", re.I)


# A reframe that says back the meaning: "So it's not the stairs, it's being on your own up there."
_REFRAME = re.compile(r"\b(?:it's|it is|that's) not\b[^.?!]*[,;]\s*(?:it's|it is|that's|but)\b"
                      r"|\b(?:it's|it is) not (?:really |just |only )?about\b[^.?!]*\.\s+(?:it's|it is)\b"
                      r"|\bone thing to\b[^.?!]*\banother\b", re.I)
# A "So ..." that says what one thing means to the person ("So a good week is about all three of you: ...", "So the
# bits of college where you make something are the bits that feel worth it"): a complex reflection of their last
# turn, not a summary, unless the worker names it as one ("So to sum up", "So for next week").
_SO_MEANS = re.compile(r"^\W*so,?\s+(?!to sum|for |what i'm|pulling|to pull|the plan|where we)(?:it's not\b|"
                       r"it isn't\b|[^.?!:;]{0,80}?\b(?:is|are|was) (?:really |all )?about\b|"
                       r"[^.?!:;]{0,80}?\bare the (?:bits|parts|things) that\b|[^.?!:;]{0,80}?\bis what\b)", re.I)
# A short statement about the person ("You're worried about people finding out.", "You gave up choir."): said back,
# a reflection, when nothing in it offers, tells or explains (no first person, no modal, no question).
_YOU_STATEMENT = re.compile(r"^\W*(?:you|you're|you've|you'd|your)\b", re.I)
_NOT_A_REFLECTION = re.compile(r"\b(?:i|i'm|i'll|i've|i'd|me|my|we|we'll|we're|we've|us|our|welcome)\b|\d", re.I)
# what the person can, will or must do, said near the start ("You can ring the duty team", "Your fund can pay"): an
# offer or telling; further on ("You're worried people will find out") it is part of what is said back
_MODAL_START = re.compile(r"^\W*(?:\S+\s+){0,3}?(?:can|could|will|should|must|may|might|need|needs|have to|has to|"
                          r"won't|can't)\b", re.I)
# Telling in the imperative: "Ring the helpline today", "Book in with the GP this week".
_IMPERATIVE = re.compile(r"^\W*(?:(?:and|so|then)\s+)?(?:ring|call|phone|book|apply|contact|ask|write to|speak to|"
                         r"talk to|get in touch|go to|take|keep|stop|start)\b(?!\s+(?:care|your time|a seat|it easy))",
                         re.I)
_DEFICIT = re.compile(r"\b(?:done|did|managed) (?:nothing|very little|little|none)\b", re.I)


# What the visit is for, said as information ("So this is your review.", "This is about you and ...").
_PURPOSE = re.compile(r"^\W*(?:(?:so|okay|ok|right|now)\W+)*(?:this is (?:your|about|a chance|our|just|really about)|"
                      r"today is about|today's about|i'm here to|i am here to|the reason i'm here|this visit is)\b",
                      re.I)
# What others in the same position do: "Some young people stay on...", "A lot of carers in your position use..."
_OTHERS_DO = re.compile(r"^\W*(?:some|other|many|most|lots of|a lot of)\s+(?:[a-z'-]+\s+){0,2}?(?:people|carers|"
                        r"families|parents|mums|mams|dads|children|kids|folk|adults|students|lads|women|men)\b", re.I)
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM"})
ECHO_SHARE = 0.5  # share of a reflection's content words that are the person's own: said back, nothing added
ECHO_SIMILARITY = 0.45  # or this close in meaning to the person's last turn (the embedder's cosine)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


# Disagreeing with the person's account by reassurance ("I'm sure she doesn't hate you", "I'm sure he didn't mean it").
# Measuring the person against a good parent ("A good mum would have kept him off"), not saying back what being one
# means to them ("Being a good dad matters a lot to you").
_GOOD_PARENT = re.compile(r"\ba good (?:mother|mum|mam|parent|father|dad)\s+(?:would|wouldn't|doesn't|does|should|"
                          r"shouldn't|puts|keeps|knows|never|always|has|had|can|can't)\b", re.I)
_DISMISSING = re.compile(r"\bi'm sure (?:she|he|they|it|that|this)\b[^.?!]{0,40}?(?:n't|\bnot\b|\bnever\b)", re.I)


@functools.cache
def _label() -> re.Pattern:
    """A label after a copula about the person or what they did: "You're in denial", "it's not responsible",
    "You are being very defensive", "That's selfish"."""
    return re.compile(r"\b(?:you're|you are|you were|you've been|that's|it's|is|was|are|were|been)\s+"
                      r"(?:(?:not|being|so|very|quite|a bit|really|just|completely|totally|a little)\s+)*(?:"
                      + cues()["label_words"].pattern + ")", re.I)


@functools.cache
def _blaming_why() -> re.Pattern:
    """"Why did you let him back in?", "Why didn't you ring us?": a reason demanded for what the person did (not a
    curious "Why did you decide to move here?")."""
    return re.compile(r"\bwhy\s+(?:did|didn't|have|haven't|had|hadn't|wouldn't|weren't|wasn't|would|on earth did)\s+"
                      r"you\s+(?:still\s+|been\s+|kept\s+|just\s+)?"
                      r"(?!(?:" + cues()["curious_why_verbs"].pattern + r"))[a-z]", re.I)


# Typecasting: the person put in a category that "can't see it" ("You're a victim, and victims often can't see it",
# "People like you never admit it"), a verdict on who they are.
_TYPECAST = re.compile(r"\b(?:victims|addicts|alcoholics|drinkers|users|abusers|people like you|women like you|"
                       r"men like you|mums like you|parents like you|kids like you|lads like you|girls like you|"
                       r"people in your (?:situation|position)|kids your age|people your age)\s+"
                       r"(?:(?:often|usually|always|mostly|[a-z]+ly|tend to)\s+)?"
                       r"(?:can't|cannot|don't|do not|won't|never|always|rarely)\s+(?:really\s+)?"
                       r"(?:see|admit|realise|realize|accept|know|notice|listen|change|leave|learn)\b", re.I)
# Moralising: telling the person what kind of life to lead ("You need to start thinking about your future", "You've
# got to grow up", "It's time you sorted yourself out"), not a practical step.
MORALISING = re.compile(r"\b(?:you (?:really |seriously )?(?:need to|have to|must|should|ought to|have got to|"
                         r"got to)|you've (?:really )?got to|it's time you|time to)\s+"
                         r"(?:start\s+|start to\s+|begin\s+)?"
                         r"(?:think(?:ing)? (?:about|of) (?:your future|the future|the kids|the children|your kids|"
                         r"your children|the consequences|what you're doing|others)|grow(?:ing)? up|grew up|"
                         r"get(?:ting)? your act together|got your act together|sort(?:ing)? yourself out|"
                         r"sorted yourself out|tak(?:e|ing) (?:some )?responsibility|wak(?:e|ing) up|woke up|"
                         r"act(?:ing)? your age|set(?:ting)? a better example|be(?:ing)? more responsible|"
                         r"get(?:ting)? a grip)\b", re.I)
# Blaming: what the person did named as harm to others ("You're putting Mason at risk", "you're putting them in
# danger"), said as a statement.
_PUTS_AT_RISK = re.compile(r"\byou(?:'re| are|'ve been| have been)\s+(?:\w+\s+)?putting\s+(?:[\w']+\s+){1,4}?"
                           r"(?:at risk|in danger|at harm|in harm's way)\b", re.I)


def _blames_or_typecasts(text: str) -> bool:
    return any(not s.rstrip().endswith("?") and (_TYPECAST.search(s) or MORALISING.search(s)
                                                 or _PUTS_AT_RISK.search(s)) for s in sentences(text))


def is_strongly_confronting(text: str) -> bool:
    """Arguing, insisting, warning, a gotcha or a label in a form no supervisor would read as anything else; never in
    a feeling said back to the person ("You're scared that if you say anything you'll lose the kids")."""
    text = their_feelings_left_out(text)
    said = _NOT_A_LABEL.sub(" ", text)  # "It's not your fault" reassures
    return has("strong_confront_cues", said) or bool(_WARNING.search(text)) or bool(_DISMISSING.search(text)) \
        or _blames_or_typecasts(text) \
        or bool(_REFUSAL_THREAT.search(text)) or _labels_by_group(text) \
        or bool(_GOOD_PARENT.search(text)) or bool(_label().search(said)) \
        or bool(_blaming_why().search(text)) \
        or any(_ARGUING_TAG.search(s) or _BUT_TAG.search(s) or _GOTCHA_TAG.search(s) or _YOU_KNOW_IT.match(s)
               for s in sentences(text))


def _labels_by_group(text: str) -> bool:
    """A generalisation that puts the person among those who deny or resist help ("A lot of people your age struggle
    to admit..."), said as a statement; not when it normalises a feeling ("Many carers feel guilty, and that's
    natural") or offers an option ("Some people find...")."""
    return not text.rstrip().endswith("?") and any(_GROUP_LABEL.search(s) for s in sentences(text))


# What is said not to be so is no label: "It's not your fault", "That's not you being difficult", and the worker's
# own part is none: "that's our fault, not yours".
_NOT_A_LABEL = re.compile(r"(?i)\b(?:that's|it's|it is|that is)\s+not\s+(?:you\s+being|your fault|about)\b[^.?!]*|"
                          r"\b(?:none of (?:this|it|that) (?:is|was)|nothing (?:is|was)|not|isn't|wasn't)\s+"
                          r"(?:your fault|down to you)\b")


def is_empathic(text: str) -> bool:
    """Saying back a feeling or a guess at what it is like ("That must have been frightening, lying there"), with
    nothing confronting or directing in it: a reflection, never confront."""
    if text.rstrip().endswith("?") or is_strongly_confronting(text) or is_directive(text):
        return False
    return has("empathic_forms", text) or bool(_EMPATHIC_MUST.search(text))


def _about_them(text: str) -> int:
    return len(re.findall(r"\b(?:you|you're|you've|you'll|you'd|your|we|we'll|we've)\b", text, re.I))


def _gathers_their_words(text: str) -> bool:
    """What the coder read as telling is a summary only when it lists several things ("So, actions: ...") or is about
    the person and tells them nothing to do ("So, there are some answers on this form" explains)."""
    if ":" in text or len(re.findall(r"[,;]", text)) >= 3:  # a list: "So, actions: ...", "four falls, a UTI, ..."
        return True
    start = re.sub(r"^\W*(?:(?:so|okay|ok|right|um|uh)\W+)*", "", text.lower())
    return _about_them(text) >= 2 and not re.search(r"\byou (?:should|need to|must)\b", text, re.I) \
        and not cues()["information_openers"].match(start)


def is_checked_summary(text: str) -> bool:
    """Statements that gather several things about the person, and no question but a check ("Have I missed
    anything?", "Can I check I've got this right? ..."): a summary, though it ends with a question mark."""
    parts = sentences(text)
    if parts and parts[-1].endswith("?") and len(parts[-1].split()) > 10:
        # "..., and getting back to bowls, have I got that right?": the check closes the last sentence
        head, _, tail = parts[-1].rpartition(",")
        if head and has("summary_checks", tail):
            parts[-1:] = [head + ".", tail.strip()]
    checks = [s for s in parts if len(s.split()) <= 10 and has("summary_checks", s)]
    body = [s for s in parts if s not in checks]
    if not checks or not body or any(s.endswith("?") for s in body):
        return False
    said = " ".join(body)
    return len(re.findall(r"[,;:]", said)) >= 2 and len(said.split()) >= 14 and _about_them(said) >= 1 \
        and not is_strongly_confronting(said)


_SO_LIST_START = re.compile(r"(?i)^\W*(?:(?:okay|ok|right|brilliant|great|lovely)[,.!]?\s+)*so,?\s+"
                            r"(?:(?:for now|far|the plan is|to sum up|what i'm hearing is)[:,]?\s+)?")
# the worker's own proposal opening the list ("So we'd be looking at four calls a day, ..."): options, not a summary
_OWN_PROPOSAL = re.compile(r"(?i)^(?:i|we)(?:'d| would| could| can| might)\b")
MIN_LISTED = 3  # things a "So, ..." sentence lists to gather the visit (or a plan) rather than say back one turn


def lists_several(text: str, previous: str = "") -> bool:
    """A "So, ..." sentence that gathers three or more things ("So everything's fine with the house, the support is
    working and your health is OK.", "So the plan is a bed downstairs, the frame, and we'll look at the stairlift.
    Okay?"), closed at most by a short check: a summary, unless it only says back the person's last turn, opens
    with the worker's own proposal, or tells, warns or argues."""
    parts = sentences(text)
    if not parts or len(parts) > 2 or "?" in parts[0] or not _SO_LIST_START.match(parts[0]):
        return False
    if len(parts) == 2 and not (parts[1].endswith("?") and len(parts[1].split()) <= 6
                                and (has("summary_checks", parts[1]) or _JUST_CHECKING.match(parts[1]))):
        return False
    body = parts[0][_SO_LIST_START.match(parts[0]).end():]
    listed = [p for p in re.split(r"\s*[,;:]\s*(?:and\s+)?|\s+and\s+", body) if p.strip(" .")]
    # each thing listed is a phrase of its own, not a name set off by commas ("So it's a fire risk, Paul, ...", ",
    # Mr Jones, ..."): a line that addresses the person by name in the middle is making one point to them
    if any(len(p.split()) < 2 or all(w[:1].isupper() for w in p.split()) for p in listed[1:]):
        return False
    return len(listed) >= MIN_LISTED and len(listed[0].split()) >= 2 and len(parts[0].split()) >= 10 \
        and not _OWN_PROPOSAL.match(body) \
        and not says_back(parts[0], previous) and not tells_them(text) and not is_directive(text) \
        and not is_strongly_confronting(text)


# What the person said before, recalled: "When we met in March, you told me ...", "Last time you said ...".
_RECALLS = re.compile(r"(?i)^\W*(?:(?:so|okay|ok|right)[,.]?\s+)?(?:(?:when (?:we|i) (?:last )?(?:met|came|visited|"
                      r"spoke|saw you)|last time|at (?:your|the) last (?:review|visit))\b[^,.?!]*,?\s+)?"
                      r"you (?:told me|said|mentioned)\b")


def recalls_their_words(text: str) -> bool:
    """What the person said at an earlier visit gathered as a list ("When we met in March, you told me what mattered
    most was the bowls club, your own breakfast, and no strangers first thing. I'd like us to look at each of
    those."): a summary, when nothing after it asks, tells or argues."""
    parts = sentences(text)
    if not parts or "?" in parts[0] or not _RECALLS.match(parts[0]):
        return False
    rest = " ".join(parts[1:])
    return len(re.findall(r"[,;:]", parts[0])) >= 2 and len(parts[0].split()) >= 14 and "?" not in rest \
        and not tells_them(text) and not is_directive(text) and not is_strongly_confronting(text)


def is_effort_affirmation(text: str) -> bool:
    """"You've kept every appointment", "You worked hard with the OT": the person's past effort or strength, said to
    them (subject "you", a verb of effort, not negated, not a question), or a strength named as theirs ("has taken
    real commitment from you"). Not a feeling or a deficit ("You've felt let down", "You've missed three")."""
    if text.rstrip().endswith("?") or has("blame", text) or is_strongly_confronting(text) or is_directive(text):
        return False
    from .nlp import parse

    verbs = set(language_data("feedback")["affirmation_verbs"])
    for sent in parse(text).sents:
        words = sent.text.lower()
        # "So, you've thought about it" and "it sounds like you've tried" say back; "but" turns to a deficit
        if sent.text.rstrip().endswith("?") or re.search(r"\bbut\b", words) or re.match(r"\W*(?:okay\W+)?so\b", words) \
                or has("empathic_forms", words):
            continue
        for tok in sent:
            children = list(tok.children)
            if tok.lemma_.lower() not in verbs or not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children):
                continue
            if tok.dep_ in ("relcl", "acl", "ccomp", "xcomp", "pcomp"):
                continue  # "You're worried ... losing the independence you've worked for": the effort is not the point
            if any(c.dep_ == "neg" or c.lower_ in ("nothing", "never") for c in children):
                continue
            perfect = tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
            effort = tok.tag_ == "VBD" and re.search(r"\b(?:hard|yourself|really well|so well|in the end)\b", words)
            if perfect or effort:
                return True
        if has("strength_nouns", words) and re.search(r"\b(?:you|your)\b", words) and \
                re.search(r"\b(?:has taken|have taken|took|takes|shows|showed|shown|says a lot)\b", words):
            return True
    return False


@functools.cache
def _strength_said() -> re.Pattern:
    """A quality of the person named as a strength: "You're being honest with yourself", "you were so patient"."""
    return re.compile(r"\byou(?:'re| are| were|'ve been| have been| must be| must have been)\s+(?:being\s+)?"
                      r"(?:(?:so|really|very|incredibly|clearly)\s+)?(?:" + cues()["strength_adjectives"].pattern + ")",
                      re.I)


# Meaning forms that also count or time things ("both of them", "the cot's ready"): alone they name no meaning.
_COUNTING_FORMS = {"both", "whole", "ready", "further", "anyway", "instead"}
# A sentence that praises what was just said: "That consistency is exactly what she needs", "That matters.", "You must
# have been quite a dancer".
_PRAISE_SENTENCE = re.compile(r"^\W*(?:that (?:\w+ )?(?:is|was|shows|says|matters|counts|helps)\b|you must have been "
                              r"(?:quite|a|an|some)\b)", re.I)


# What a change would feel like or what makes life feel like theirs: "leaving would feel like losing him".
_WOULD_FEEL = re.compile(r"\b(?:would|will|'d|might|could) (?:feel|be) like (?:losing|giving up|letting|being|a)\b|"
                         r"\bfeels? like (?:yours|your own|you|yourself|home)\b", re.I)
_DOUBLE_SIDED = re.compile(r"\bpart of you\b[^.?!]*\b(?:and|but|while|yet)\b[^.?!]*\b(?:part of you|another part|"
                           r"the other part)\b|\bon (?:the )?one hand\b[^.?!]*\bon the other\b", re.I)


# What doing something is like for the person: "Doing everything on your own with three kids is exhausting", "Caring
# for your dad and working nights must be a lot".
_HOW_HARD = re.compile(r"(?i)^\W*(?:(?:and|so)\W+)?(?:[a-z]+ing|being|having)\b[^.?!]{0,80}?\b(?:is|must be|can be|"
                       r"gets|would be|has been|sounds)\s+(?:really |so |very |pretty |quite |a bit |just )?"
                       r"(?:exhausting|tiring|hard(?! on\b)|a lot|lonely|frightening|scary|draining|relentless|"
                       r"overwhelming|stressful|tough|heavy|hard work|a strain|isolating|frustrating|upsetting)\b")


def says_their_feeling(text: str) -> bool:
    """A statement that opens by naming the person's feeling ("You're frightened that if you tell anyone, they'll
    take the kids", "It upsets you that..."), with nothing confronting, told or of the worker's own left once the
    feeling and what it is about are set aside."""
    t = text.strip()
    if "?" in t or not opens_with_their_feeling(t):
        return False
    rest = their_feelings_left_out(t)
    return not is_confronting(rest) and not is_directive(rest) and not tells_them(rest) \
        and not _WORKER_SAYS.search(rest)


def names_how_hard(text: str) -> bool:
    """A statement of what something in the person's life is like for them ("Looking after Mam on your own is
    exhausting"): a feeling said back, with nothing told, asked or argued in it."""
    t = text.strip()
    return bool(_HOW_HARD.match(t)) and "?" not in t \
        and not is_directive(t) and not tells_them(t) and not is_strongly_confronting(t) \
        and not _WORKER_SAYS.search(t)


def names_their_meaning(text: str) -> bool:
    """A statement about the person's feelings, what something means to them, or both sides of how they feel ("So part
    of you ..., and part of you ...", "Leaving would feel like losing him all over again"), that praises nothing: no
    strength, effort or praise named (an affirmation praises; a reflection says back). Not a question, no telling."""
    t = text.strip()
    if not t or "?" in t or is_affirmation(t) or _PRAISE_START.match(t) or has("strength_nouns", t) \
            or _strength_said().search(t) \
            or is_directive(t) or tells_them(t) or is_strongly_confronting(t) or _WORKER_SAYS.search(t):
        return False
    if is_summary(t) or is_checked_summary(t):
        return False  # "So the mornings are hard, the nights are worse, and ...": gathered, a summary
    if any(_PRAISE_START.match(s) or _PRAISE_SENTENCE.match(s) for s in sentences(t)[1:]):
        return False  # "You've kept at the exercises every day. That's real graft.": the second sentence praises
    if _DOUBLE_SIDED.search(t) or _WOULD_FEEL.search(t):
        return True
    # "both of them", "the whole way" count things; alone they name no meaning
    named = {m.group(0).lower() for m in cues()["meaning_forms"].finditer(t)} - _COUNTING_FORMS
    meaning = bool(named) or has("empathic_forms", t) or bool(_REFRAME.search(t) or _EMPATHIC_MUST.search(t))
    return bool(re.search(r"\byou(?:r|'re|'ve|'d)?\b", t, re.I)) and meaning and not is_effort_affirmation(t)


def adds_meaning(text: str) -> bool:
    """A feeling or value the person did not name, both sides of a mixed feeling, a contrast or a reframe: what makes
    a reflection complex (meaning_forms, empathic_forms, "it's not X, it's Y", "that must...")."""
    return has("meaning_forms", text) or has("empathic_forms", text) or bool(_REFRAME.search(text)) \
        or bool(_EMPATHIC_MUST.search(text))


def content_lemmas(text: str) -> list[str]:
    from .nlp import parse

    return [t.lemma_.lower() for t in parse(text) if t.pos_ in _CONTENT and t.is_alpha and not t.is_stop]


def says_back(text: str, previous: str, similar=None) -> bool:
    """Whether a reflection mostly repeats or rephrases the person's last turn: most of its content words are theirs,
    or (with similar, the embedder's cosine of two texts) it is close in meaning to what they said."""
    if not previous.strip():
        return False
    own = content_lemmas(text)
    theirs = set(content_lemmas(previous))
    if own and sum(w in theirs for w in own) / len(own) >= ECHO_SHARE:
        return True
    return similar is not None and similar(text, previous) >= ECHO_SIMILARITY


def is_offered_information(text: str) -> bool:
    """What the visit is for, or what exists and what others do, closed by an offer or a permission check ("...Care
    and Repair can do. Is that something you'd want to know more about?", "I can tell you how it works if you
    like."): information given, not a reflection or a summary."""
    parts = sentences(text)
    if not parts or is_directive(text):
        return False
    if _PURPOSE.match(text):
        return True
    opens = cues()["information_openers"].match(parts[0]) is not None or _OTHERS_DO.match(parts[0]) is not None
    return len(parts) >= 2 and opens and has("information_offers", parts[-1])


def asks_yes_no(text: str) -> bool:
    """Whether the only questions are short yes/no checks on what the worker has just said ("..., Is that okay?",
    "Does that make sense?"); "Is there anything else...?" and "Any other worries?" invite more and stay open."""
    questions = [q for q in sentences(text) if q.endswith("?")]
    return bool(questions) and len(questions) < len(sentences(text)) \
        and all(len(q.split()) <= 6 and _STATEMENT_CHECK.match(q) for q in questions)


_STATEMENT_CHECK = re.compile(r"^\W*(?:(?:and|so|okay|ok)\W+)?(?:is|does|would|will|can|could|are you)\s+"
                              r"(?:that|this|it|okay|ok|alright|happy)\b", re.I)


_TELLS_THEM = re.compile(r"\byou(?:'d)?\b[^.?!,]{0,24}?\b(?:should|need to|needs to|ought to|could|might want to|"
                        r"try)\b|\bi'd (?:suggest|recommend|advise)\b|\bmake sure you\b", re.I)


# "You need a second rail fitted": telling what they need, as a thing to get.
_YOU_SHOULD = re.compile(r"^\W*(?:(?:so|and|well|now)\W+)?you (?:really |definitely |honestly )?(?:should|ought to|"
                         r"could always|might want to)\b", re.I)
_YOU_NEED = re.compile(r"^\W*(?:(?:so|and|well|now)\W+)?you (?:really |definitely )?need (?:a|an|some|more)\b", re.I)


def tells_them(text: str) -> bool:
    """Telling the person what to do ("You need to cut down", "You should also be using the frame", "Ring them"), not
    the worker's own need ("I still need to see the house")."""
    if _TELLS_THEM.search(text) or _YOU_NEED.match(text) or has("advice_forms", text):
        return True
    if not _IMPERATIVE.match(text):
        return False
    from .nlp import parse

    verb = next((t for t in parse(sentences(text)[0]) if t.is_alpha and t.lower_ not in ("and", "so", "then")), None)
    return verb is not None and verb.tag_ == "VB"  # "Ring them today", not "Contact through others counts"


def is_good_closed(text: str) -> bool:
    """A closed question that is good practice: the Active Offer, asking permission, checking it is safe to talk,
    checking understanding, offering an interpreter; never one that steers the person into agreeing ("Shall I sign
    you up for it, then?", "Can you see why we're concerned?")."""
    return is_active_offer(text) or (has("good_closed", text) and not has("steering_closed", text))


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


# Their own expertise named: "You know your mam better than anyone", "You know best".
_KNOWS_BEST = re.compile(r"\byou know (?:[\w']+\s+){0,3}?(?:better than|best)\b|"
                         r"\byou(?:'re| are|'ve been| have been)\s+(?!not\b)\w+ing\b[^.?!,]{0,30}?\b(?:really|so|very|"
                         r"incredibly|brilliantly)\s+well\b", re.I)


def is_affirmation(text: str) -> bool:
    """A strength named ("that takes courage", "you've managed", "you know him better than anyone"); not a "So,
    you've thought about..." said back, and not a deficit ("You've done nothing about it")."""
    return not text.rstrip().endswith("?") and (has("affirmation_cues", text) or bool(_KNOWS_BEST.search(text))) \
        and not has("blame", text) \
        and not re.match(r"\W*(?:okay\W+)?so\b", text, re.I) and not _DEFICIT.search(text)


def is_confronting(text: str) -> bool:
    return has("confront_cues", _NOT_A_DEMAND.sub(" ", their_feelings_left_out(text))) or is_strongly_confronting(text)


def is_directive(text: str) -> bool:
    return has("directive_cues", _NOT_A_DEMAND.sub(" ", text))


_SWAP = {"i": "you", "me": "you", "my": "your", "mine": "yours", "i'm": "you're", "i've": "you've", "i'd": "you'd",
         "i'll": "you'll", "myself": "yourself", "you": "me", "your": "my", "you're": "i'm", "you've": "i've"}


_ASKS = re.compile(r"(?i)\?\s*$|^\W*(?:and\s+|but\s+|so\s+)?(?:would|will|can|could|do|does|did|is|are|am|have|has|"
                   r"should|shall|what|how|when|where|who|why|which)\b(?:\s+\w+){1,12}\W*$")
_ANSWER = re.compile(r"(?i)^\W*(?:yes|yeah|yep|no|nope|not yet|i'm not sure|i am not sure|not sure|i don't know|"
                     r"i do not know|i'd have to (?:ask|check|find out)|probably|maybe|it depends)\b")


_THANKS = re.compile(r"(?i)\b(?:thank you|thanks|cheers|diolch)\b(?:\s+[A-Z][a-z]+)?")


def answers_their_question(text: str, previous: str) -> bool:
    """The worker answering what the person has just asked ("Yes, your own front door and your own key." after
    "would I have my own door key"; "I'm not sure about cats, I'd have to ask."): information, whatever words of
    theirs it repeats; not when a feeling or a strength is said with it."""
    last = sentences(previous.strip())[-1] if previous.strip() else ""
    answer = _ANSWER.match(text)
    return bool(last and _ASKS.search(last) and answer) and not text.rstrip().endswith("?") \
        and len(re.findall(r"[a-z']+", _THANKS.sub(" ", text[answer.end():]).lower())) >= 4 \
        and not is_closing(text) and not has("empathic_forms", text) and not is_affirmation(text) \
        and not says_their_feeling(text)


def echoes_their_word(text: str, previous: str) -> bool:
    """One or two words of the person's last turn said back on their own ("Mostly.", "Since March."): a simple
    reflection, not other talk; a backchannel ("Okay.", "Right.") is never one."""
    words = re.findall(r"[a-z']+", text.lower())
    theirs = set(re.findall(r"[a-z']+", previous.lower()))
    return 1 <= len(words) <= 2 and bool(theirs) and all(w in theirs for w in words) \
        and not all(w in _BACKCHANNEL_WORDS for w in words) and not text.rstrip().endswith("?") \
        and not is_greeting(text) and not is_closing(text) and not is_hospitality(text)


_BACKCHANNEL_WORDS = frozenset({"ok", "okay", "right", "yes", "yeah", "yep", "no", "sure", "mm", "mmm", "hmm", "mhm",
                                "uh", "huh", "ah", "oh", "i", "see", "thanks", "thank", "you", "good", "great", "fine",
                                "alright", "cheers", "lovely", "bye", "hi", "hello"})


def says_their_words_back(text: str, previous: str) -> bool:
    """A short statement that is the person's own words with the pronouns turned round ("You let me in." after "I let
    you in, didn't I."): said back, a simple reflection, whatever "me" in it refers to."""
    t = text.strip()
    words = re.findall(r"[a-z']+", t.lower())
    if not previous.strip() or t.endswith("?") or not 2 <= len(words) <= 10 or words[0] not in ("you", "you're",
                                                                                                 "you've", "your"):
        return False
    theirs = re.findall(r"[a-z']+", previous.lower())
    turned = [_SWAP.get(w, w) for w in theirs]
    n = len(words)
    return any(turned[k:k + n] == words for k in range(len(turned) - n + 1))


def is_said_back_shape(text: str) -> bool:
    """A short statement with the person as its subject and nothing offered, told or explained in it ("You're worried
    about people finding out.", "You gave up choir."): a reflection when it is close to what they just said."""
    t = text.strip()
    return bool(_YOU_STATEMENT.match(t)) and not t.endswith("?") and len(t.split()) <= 14 and len(sentences(t)) == 1 \
        and not _NOT_A_REFLECTION.search(t) and not _MODAL_START.match(t) and "'ll" not in t.lower() \
        and not is_directive(t) and not is_confronting(t)


def reflects_meaning(text: str) -> bool:
    """A line that says back what something means to the person or both sides of it: a reframe ("It's not the
    stairs. It's being on your own up there.", "It's one thing to know it and another to do it"), "you'd rather X than
    Y", or a "So ..." that says what one thing is about. Never with the worker's own offer or plan in it."""
    if "?" in text or is_directive(text) or is_strongly_confronting(text) \
            or re.search(r"\b(?:i|i'll|i'm|i can|we'll|we can)\b", text, re.I):
        return False
    return bool(_REFRAME.search(text) or _SO_MEANS.match(text)
                or re.search(r"\byou'd rather\b[^.?!]*\bthan\b", text, re.I))


def introduces(text: str) -> bool:
    """An opening that says why the worker is here ("I'm here because the police attended...", "We've had a referral
    ...") or offers Welsh as a statement ("We can do this in Welsh or English, whichever you like"): information."""
    return not text.rstrip().endswith("?") and (has("active_offer", text) or bool(_INTRO_PURPOSE.search(text)))


_INTRO_PURPOSE = re.compile(r"\b(?:i'm|i am|we're|we are) here (?:because|about|to do|after)\b|"
                            r"\b(?:had|got|received) a referral\b|\breferral from\b|"
                            r"\basked (?:us|me) to (?:come|pop|call|visit|see|have a chat|talk)\b[^.?!]*?"
                            r"\b(?:about|how|what|help|support)\b|"
                            r"\b(?:i'd|i would) like to hear (?:how|what|about)\b|"
                            r"\bwe (?:need|have) to (?:sort out|sort|arrange|plan|talk about) your\b|"
                            r"\b(?:said|told me|mentioned) you (?:wanted|want|would like|'d like) to (?:talk|chat|"
                            r"speak|think) about\b|\btoday(?:'s| is) (?:really |just |all |mainly )?about\b", re.I)
# A next step the worker commits to ("I'll ring you on Thursday with the details", "I'll send you the forms"):
# information about what happens next, unless it is said with a goodbye ("Thanks for the tea. See you Tuesday").
_COMMITMENT = re.compile(r"\b(?:i'll|i will|we'll|we will|i can)\s+(?!be in touch|see you|let you go)\w+", re.I)


# Both sides, a contrast or a cause said back: "..., but you're not sure she'd want you", "even now", "not only the
# cold; it's...", "Being used to it doesn't mean it stops stinging", "You went in because...".
_CONTRAST = re.compile(r",?\s+but\s+(?:you|he|she|they|it|that|this|there|the|your|his|her|we|i|not)\b|"
                       r"\beven (?:though|when|if|now|from|with|after|so)\b|\bnot (?:only|just)\b|"
                       r"\b(?:doesn't|does not|didn't) (?:mean|stop)\b|\b(?:and yet|at the same time)\b|"
                       r"\bpart of why\b|\bwhat keeps you\b|;\s*(?:it's|it is)\b|\bbecause\b|"
                       r"\bso (?:that )?(?:he|she|they|you|nobody|no one|the kids)\s+(?:doesn't|don't|didn't|wouldn't|"
                       r"won't|has to|have to|would|'d)\b", re.I)
# A feeling, value or meaning named: "You sound proud of that", "You must be exhausted", "It matters to you that...",
# "a way of keeping her close", "is where you feel close to her"; the words after it are what is named.
_FEELING = re.compile(r"\b(?:you (?:feel|felt|sound|seem)|(?:it|that|this|which) (?:feels|felt|sounds) like|feels like|"
                      r"sounds like|you must (?:be|have been|feel)(?!\s+(?:a|an|the|good|great|so good|really good)\b)|"
                      r"must have (?:been|felt)|(?:matters|mattered|means a lot|meant a lot|important) to you|"
                      r"(?:a|your) way of|is where you|the hardest|you still (?:find|feel|see|want)|"
                      r"(?:it's|it is|that's|it must be|must be) (?:so |really |very )?hard (?:for you )?to|"
                      r"you're starting to)\b(?P<named>[^.;!?]*)", re.I)
_WORKER_SAYS = re.compile(r"\b(?:i|i'm|i'll|i've|i'd|we|we'll|we're|we've|we'd|us|our|my)\b", re.I)
_PRAISE_START = re.compile(r"^\W*(?:wow\W+)?(?:that's|that is|that was|what a)\b", re.I)


@functools.cache
def _feeling_named() -> re.Pattern:
    """"You're worried that...", "you've been so lonely": a feeling said to be the person's."""
    return re.compile(r"\byou(?:'re| are|'ve been| have been| were|'d be| would be| must be| must have been)\s+"
                      r"(?:(?:really|so|very|a bit|a little|quite|still|pretty|feeling|getting|more)\s+)*(?P<named>"
                      + cues()["feeling_words"].pattern + ")", re.I)


def theirs_already(feeling: str, previous: str) -> bool:
    """Whether the person's turn carries the feeling, in its word or a word of the same family ("not sleeping" for
    "exhausted", the families of conversation.yaml's feelings)."""
    said = previous.lower()
    feeling = feeling.lower()
    families = [[name, *words] for name, words in language_data("conversation")["feelings"].items()]
    kin = {w for family in families if feeling in family for w in family} | {feeling}
    return any(re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", said) for w in kin)


def goes_beyond(text: str, previous: str, feeling_only: bool = False) -> bool:
    """A statement said back that goes beyond the person's last turn: both sides, a contrast or a cause (about "you",
    with feeling_only), or a feeling, value or meaning whose words are not already theirs ("You feel accused" after
    "I feel accused" says it back). Nothing of the worker's own in it (I, we, an offer), no telling, no argument."""
    t = text.strip()
    if not t or "?" in t or _WORKER_SAYS.search(re.sub(r"(?i)\bto me\b", " ", t)) or is_directive(t) \
            or tells_them(t) or is_strongly_confronting(t) or cues()["information_openers"].match(t):
        return False
    if feeling_only and _MODAL_START.match(t) and not _FEELING.search(t):
        return False  # "You can ring them so they don't worry": what the person can do, an offer or telling
    if _CONTRAST.search(t) and (not feeling_only or _YOU_STATEMENT.match(t)):
        return True
    if not previous.strip():
        return False  # without the person's words, whether a feeling is new to them cannot be told
    theirs = set(content_lemmas(previous))
    if len(t.split()) >= 8 and any(not theirs_already(m.group("named"), previous)
                                   for m in _feeling_named().finditer(t)):
        return True  # "You're worried that help would mean losing what you've worked for"; not a bare "You're upset."
    for m in _FEELING.finditer(t):
        named = content_lemmas(m.group("named")) or content_lemmas(m.group(0))
        if not named or sum(w in theirs for w in named) / len(named) < ECHO_SHARE:
            return True
    return False


# One thing weighed against another ("matters more to you than the drink", "feels almost worse than the fall itself",
# "for Mam as well as for you"), something that holds even so ("even on the worst nights", "especially when he's lost
# so much") or a turn to another side (", but being alone in it too long gets to you"): what a reflection adds when it
# weighs what the person said, whatever its words.
_WEIGHS = re.compile(r"(?i)\b(?:more|worse|better|harder|less)\b[^.?!,]{0,30}?\bthan\b|\bas (?:well|much) as\b|"
                     r"\brather than\b|\b(?:even|especially) (?:when|if|on|now|though|after|with|in|at|as)\b|"
                     r",\s*(?:but|and yet|yet)\s+[a-z]|\band you(?:'re| are|'ve| have)? (?:also|still)\b|"
                     r",\s+not\s+(?:just\s+|only\s+)?(?!sure\b|really\b|much\b)[a-z]|\bactually\b")
# What something stands for in the person's life: "The roses are a way of keeping her with you", "The allotment is
# where you get yourself back", "a big part of who you are".
_STANDS_FOR = re.compile(r"(?i)\b(?:is|are|was|were) where you\b|\ba way of\b|\bwho you are\b|\bpart of who\b|"
                         r"\byourself again\b")


_WEIGHING_WORDS = frozenset({"still", "also", "but", "yet", "more", "worse", "better", "harder", "less", "than", "even",
                             "especially", "rather", "not", "actually"})


def deepens(text: str, previous: str = "") -> bool:
    """A statement that weighs what the person said against something else, or says both sides or a reframe of it
    ("Seeing your daughter matters more to you than the drink", "You want the kids to keep their dad, but ..."): a
    complex reflection when it is one, however many of the person's words it uses; not when the weighing is the
    person's own, said back ("Everyone finishes and you're still on number one" after "... and I'm still on ...")."""
    t = text.strip()
    if "?" in t:
        return False
    if _DOUBLE_SIDED.search(t) or _REFRAME.search(t) or _STANDS_FOR.search(t):
        return True
    theirs = set(re.findall(r"[a-z]+", previous.lower()))
    return any(not (set(re.findall(r"[a-z]+", m.group(0).lower())) & _WEIGHING_WORDS) <= theirs
               for m in _WEIGHS.finditer(t))


def only_their_words(text: str, previous: str) -> bool:
    """A short statement whose content words, once a value or feeling said of the person ("matters to you", "you're
    worried", restatement_frame and feeling_words) is set aside, are all from the person's last turn ("Knowing who's
    coming matters to you" after "I like to know who's coming"): their words said back with a feeling or value word
    added, a simple reflection; not when it weighs one thing against another (deepens)."""
    t = text.strip()
    if not previous.strip() or "?" in t or len(t.split()) > 14 or deepens(t, previous):
        return False
    from .nlp import parse

    frame = set(language_data("feedback")["restatement_frame"])
    theirs = {w.lemma_.lower() for w in parse(previous) if w.is_alpha}
    # a feeling word counts as theirs only when they said it or one of its family ("tiring" for "exhausted"): one
    # they did not name is a guess at what is under their words
    if any(not theirs_already(m.group(0), previous) for m in cues()["feeling_words"].finditer(t)):
        return False
    feeling = cues()["feeling_words"]
    # stop words count too: "back" in "where you get yourself back" is what the line adds
    own = [w.lemma_.lower() for w in parse(t) if (w.pos_ in _CONTENT or w.dep_ == "prt") and w.is_alpha]
    return all(w in theirs or w in frame or feeling.fullmatch(w) for w in own)


# A word the person used about themselves, turned into a strength ("Stubborn in a useful way, maybe", "Awkward in a
# good way - it's kept you going", "Fussy in a way that's kept you safe"): a reframe, never a label.
_AS_STRENGTH = re.compile(r"\bin a (?:good|useful|helpful|positive|healthy|good sense of the) way\b|"
                          r"\b(?:that's|which is|it's|that is|it is) (?:(?:also|maybe|perhaps|probably) )?"
                          r"(?:a|part of your) strength\b|\bserved you well\b|\bkept you going\b|"
                          r"\bgot you through\b|\bworked in your favour\b|"
                          # "Stubborn in a way that's got you making your own tea again": what the trait has done
                          r"\bin a way that(?:'s| has| is)? (?:got|gotten|helped|kept|let|brought|given|getting|"
                          r"helping|keeping) you\b(?! (?:into|in) trouble)", re.I)


def reframed_own_word(text: str, previous: str) -> str:
    """The sentences of the worker's line that turn a word of the person's own (from their last turn) into a strength,
    so they are read as a reframe, not as the label the word alone would be; "" when there is none."""
    theirs = {w.lower() for w in re.findall(r"[A-Za-z']{4,}", previous)}
    return " ".join(s for s in sentences(text) if _AS_STRENGTH.search(s) and not s.rstrip().endswith("?")
                    and any(w.lower() in theirs for w in re.findall(r"[A-Za-z']{4,}", _AS_STRENGTH.sub(" ", s))))


_SHORT_FEELING = re.compile(r"^\W*(?:so,?\s+)?you(?:'re| are| feel| seem| sound)\s+"
                            r"(?:really\s+|so\s+|a bit\s+|quite\s+|very\s+|pretty\s+)?([a-z' -]+?)"
                            r"(?:\s+(?:with|at|about)(?:\s+[\w']+){1,3})?\W*$", re.I)


def is_short_feeling(text: str) -> bool:
    """"You're angry with me.", "You sound fed up.": a feeling said back in a few words, a reflection."""
    match = _SHORT_FEELING.match(text)
    return bool(match) and len(text.split()) <= 8 and bool(cues()["feeling_words"].fullmatch(match.group(1).strip()))


def practice_code(text: str, coded: str, first: bool = False, last: bool = False, echoes: bool = False,
                  close: bool = False, previous: str = "", early: bool | None = None) -> str:
    """The code a supervisor would give, from the coder's code and the cues; the coder's code when no cue decides.
    echoes: the line mostly says back the person's last turn (says_back), so a complex reading needs added meaning;
    close: it is close in meaning to the person's last turn (a short "You..." statement then is a reflection);
    previous: the person's last turn (a feeling said back in their own word is no guess at what is under it);
    early: one of the worker's first two lines, where what a referral says explains the visit (first implies it)."""
    if is_active_offer(text):
        return "closed_question"
    reframe = reframed_own_word(text, previous) if previous else ""
    if reframe:
        rest = " ".join(s for s in sentences(text) if s not in reframe)
        if not rest:
            return "complex_reflection"  # "Stubborn in a useful way, maybe.": their word, turned into a strength
        coded = "confront" if coded == "confront" and is_strongly_confronting(rest) else coded
        coded = ("open_question" if opens_with_wh(rest) else "closed_question") if rest.rstrip().endswith("?") \
            and coded == "confront" else coded
        return practice_code(rest, coded, first, last, echoes, close, previous, early)
    if coded in ("information", "other", "advice") and not first and is_short_feeling(text) \
            and not is_strongly_confronting(text):
        return "simple_reflection"  # "You're angry with me.": a feeling said back in a few words
    if coded == "closed_question" and is_open_request(text) and re.search(
            r"\b(?:tell|talk|walk|describe|say)\s+(?:me\s+|us\s+)?(?:a bit\s+|more\s+)?(?:about|what|how|why|where|who|"
            r"through|when)\b", text, re.I):
        return "open_question"  # "Can you tell me what happened, in your own words?": a request for their account
    if coded in ("confront", "information") and gives_safety_advice(text) and not has("blame", text):
        # "You should ring the police straight away if he gets like that again": safety advice after a disclosure is
        # never confronting (review analyse-9: flagging it could lead a worker to hold safety information back)
        return "advice" if tells_them(text) or is_directive(text) else "information"
    if _REPAIR.search(text):
        return "other"  # "Sorry, I jumped ahead there. It's your life and your decision.": the worker putting it right
    if _CHECK_FIRST.match(text) and len(text.split()) >= 14 and len(re.findall(r"[,;:]", text)) >= 2:
        return "summary"  # "Can I check what I've heard so far? You've lived here fifty-three years and ..."
    if _JUST_CHECKING.match(text):
        return "closed_question"  # "Lisa, is that right?"
    if _PURPOSE_STATEMENT.match(text) and not text.rstrip().endswith("?") and coded in (
            "complex_reflection", "simple_reflection", "summary", "confront"):
        # "I'm here to hear what matters to you", "This conversation is about you, as Mam's carer", "My job is to
        # make sure Cai and Lowri are safe": why the worker has come, said plainly (review analyse-10)
        return "information"
    if coded in ("simple_reflection", "complex_reflection") and answers_their_question(text, previous):
        return "information"  # "Yes, your own front door." after "would I have my own key": their question answered
    if coded == "other" and echoes_their_word(text, previous):
        return "simple_reflection"  # "Mostly." after "he's been good since he stopped. mostly"
    if _CONTRADICTS.search(text) or _NOT_A_CHANCE.search(text) or _DISCOUNTS.search(text) or _DOUBTS.search(text) \
            or _CONSEQUENCE.search(text):
        return "confront"  # "You say they were asleep, but Ella told her teacher...": set against another's account
    if argues_back(text, previous, first if early is None else early) and not is_summary(text) \
            and not is_checked_summary(text):
        return "confront"  # "We've been over this", "otherwise you could be fined": confronting said as a fact
    if confronting_without_warning(text, previous, first if early is None else early) \
            and not is_checked_summary(text) and not is_affirmation(text):
        return "confront"  # "You let him back", "So you're saying she's lying?": no warning word, the move itself
    if coded not in ("open_question", "closed_question") and _MUST_WITH_WARNING.search(text):
        return "confront"  # "You need to cut down. Drinking at that level is going to damage your liver."
    if coded in ("summary", "complex_reflection", "simple_reflection") and _HAPPY_TO.match(text):
        return "closed_question"  # "So you're happy to keep the morning call?": a decision checked, not said back
    if coded in ("advice", "information") and _SHALL_WE.search(text) and not tells_them(text):
        return "closed_question"  # "No, you're not in trouble. Shall we look at the college idea next time?"
    if coded in ("summary", "complex_reflection", "simple_reflection") and _SERVICE_CHECK.match(text):
        return "closed_question"  # "So you get twenty-five hours a week. Are you still getting all those hours?"
    if first and is_greeting_question(text):
        return "other"
    if first and is_greeting(text) and coded != "open_question":
        questions = [q for q in sentences(text) if q.endswith("?")]
        if questions and has("good_closed", questions[-1]):
            return "closed_question"  # "Hiya Jade. Thanks for meeting me. Is it OK if we chat about your plans?"
        return "information" if not questions and introduces(text) else "other"
    if is_hospitality(text) and coded in ("closed_question", "confront", "advice", "information"):
        return "other"
    if is_welsh_open_question(text):
        return "open_question"
    if coded in ("simple_reflection", "complex_reflection", "summary") and (is_offered_information(text) or (
            _OTHERS_DO.match(text) and not re.search(r"\byou(?:'re|'ve|r)?\b", sentences(text)[0], re.I))):
        # "Some parents put the clothes out the night before...": what others do, not what this person said
        return "information"
    if coded in ("summary", "information", "simple_reflection", "complex_reflection", "other", "affirmation") \
            and reflects_meaning(text) and not is_checked_summary(text) and not is_affirmation(text):
        return "complex_reflection"
    # "You'd like to stay, but you're not sure she'd want you", "You sound proud of that": both sides, or a feeling
    # the person did not name, said back; what the coder read as affirmation, information or advice needs a feeling
    # or (about "you") a contrast, and never a strength named in it
    # "Knowing who's coming matters to you" after "I like to know who's coming": their words, a value or feeling added
    if coded in ("simple_reflection", "complex_reflection") and only_their_words(text, previous) \
            and not is_confronting(text) and not is_affirmation(text) and not is_effort_affirmation(text) \
            and not _strength_said().search(text) \
            and not is_summary(text) and not is_checked_summary(text):
        return "simple_reflection"
    if coded in ("simple_reflection", "affirmation", "information", "advice", "other") \
            and goes_beyond(text, previous, feeling_only=coded != "simple_reflection") \
            and not is_summary(text) and not is_checked_summary(text) \
            and not is_affirmation(text) and not is_effort_affirmation(text) \
            and not (coded != "simple_reflection" and _PRAISE_START.match(text)):
        return "complex_reflection"
    # "You're angry that the review is being used against you": the person's feeling and what it is about, said back
    if coded in ("confront", "advice") and says_their_feeling(text):
        return "complex_reflection"
    # "Looking after three kids on your own is exhausting": what the person's life is like, named as a feeling
    if coded in ("advice", "information", "other", "simple_reflection") and names_how_hard(text):
        return "complex_reflection"
    # "So part of you wants X, and part of you Y", "The garden is where you still feel like yourself": what the person
    # feels or what something means to them, with no strength or effort praised in it
    if coded == "affirmation" and names_their_meaning(text):
        return "complex_reflection"
    # "You're right, I don't know her, and it sounds like you feel written off": a feeling said back, not praise
    if coded == "affirmation" and has("empathic_forms", text) and is_empathic(text) and not is_affirmation(text) \
            and not is_effort_affirmation(text):
        return "complex_reflection"
    if coded in ("affirmation", "simple_reflection", "complex_reflection") and previous and is_summary(text) \
            and not is_checked_summary(text) and len(text.split()) <= 16 and says_back(text, previous):
        # "So stronger legs, a rail on the step, and those exercises.": the last turn's few things said back
        return "simple_reflection" if coded == "affirmation" else coded
    if ((coded not in ("open_question", "closed_question") or _CHECK_FIRST.match(text)) and is_summary(text)
            and (coded not in ("information", "advice") or _gathers_their_words(text))) or is_checked_summary(text):
        return "summary"
    if coded in ("simple_reflection", "information", "advice", "closed_question") and (
            lists_several(text, previous) or recalls_their_words(text)):
        return "summary"  # "So everything's fine with the house, the support is working and your health is OK."
    # Naming a strength: the coder's reflections, information and other talk need no more than no strong confronting
    # form ("you know Alan well enough" is no argument); what it read as telling or confronting needs no cue at all.
    # (a leading "Thank you for telling me that." before a reflection thanks; the reflection is the move)
    if is_affirmation(without_acknowledgement(text)) and ((coded in ("simple_reflection", "complex_reflection",
                                                                      "information", "other")
                                  and not is_strongly_confronting(text))
                                 or (coded in ("advice", "confront")
                                     and not is_confronting(cues()["affirmation_cues"].sub(" ", text)))):
        return "affirmation"
    if coded in ("simple_reflection", "complex_reflection", "information", "other") and is_effort_affirmation(text):
        return "affirmation"
    if is_strongly_confronting(text) and (coded not in ("confront", "summary", "affirmation", "other")
                                          or (coded == "affirmation" and not is_affirmation(text))):
        return "confront"  # "I'm sure she doesn't hate you. Tutors are just trying..." argues; it names no strength
    # A goodbye is other talk, unless it carries a warning ("It's better for you if you cooperate. I'll be back");
    # a next step the worker commits to, with no goodbye in it, is information.
    if last and is_closing(text) and coded not in GOOD and not (coded == "confront" and is_strongly_confronting(text)):
        return "information" if _COMMITMENT.search(text) and not has("goodbyes", text) else "other"
    if coded in ("information", "other") and close and is_said_back_shape(text):
        return "simple_reflection"
    if coded in ("information", "other", "advice") and says_their_words_back(text, previous):
        return "simple_reflection"  # "You let me in." after "I let you in, didn't I.": their words, turned round
    if coded in ("advice", "confront") and states_own_duty(text):
        return "information"  # "I have to tell you that because of the referral, I'll need to see his bedroom"
    if coded in ("advice", "confront") and _OWN_ROLE.match(text) and not is_strongly_confronting(text) \
            and not tells_them(text) and not has("blame", text):
        # "I'm not here to take sides. My job is to make sure Tyler is safe.": honest about the role
        return "information"
    # Telling without a warning, blame or argument in it is advice ("You need to cut down", "You should ring them").
    if coded == "confront" and tells_them(text) and not is_strongly_confronting(text) \
            and not has("insisting_cues", text) and not has("blame", text):
        return "advice"
    if coded == "confront" and is_empathic(text):
        return "complex_reflection"
    if coded == "confront" and not is_confronting(text):
        if text.rstrip().endswith("?"):  # a question with nothing confronting in it is asked, not argued
            return "open_question" if opens_with_wh(text) else "closed_question"
        return "advice" if is_directive(text) or has("advice_forms", text) else "information"
    if coded == "open_question" and (asks_for_a_number(text) or asks_yes_no(text)):
        return "closed_question"
    if coded == "complex_reflection" and echoes and not adds_meaning(text) and not goes_beyond(text, previous) \
            and not deepens(text, previous):
        return "simple_reflection"
    if coded == "simple_reflection" and (deepens(text, previous) or (not echoes and adds_meaning(text))):
        return "complex_reflection"  # a feeling, meaning or contrast the person's own words did not carry
    if coded == "information" and (has("advice_forms", text) or _IMPERATIVE.match(text)
                                   or _YOU_NEED.match(text) or _YOU_SHOULD.match(text)):
        return "advice"
    if coded == "advice" and is_information(text):
        return "information"
    return coded


_SAFETY_ADVICE = re.compile(r"(?i)\b(?:ring|call|phone|contact|dial)\s+(?:the\s+)?(?:police|999|101)\b|"
                            r"\b(?:women's aid|live fear free|refuge|samaritans|childline|the helpline|crisis line|"
                            r"crisis team|safety plan)\b|"
                            r"(?:^|[.!]\s+|\b(?:should|need to|must|make sure you|remember to|always|please)\s+)"
                            r"(?:really\s+)?(?:press|use|wear|ring|keep)\s+(?:your|the|a)\s+(?:pendant|alarm|lifeline|"
                            r"careline)\b")


def gives_safety_advice(text: str) -> bool:
    """Police, 999, a domestic abuse or crisis line, a refuge, a safety plan or (after a fall) the pendant alarm named
    in the worker's words."""
    return bool(_SAFETY_ADVICE.search(text))


_REPAIR = re.compile(r"(?i)^\W*sorry\b[^.?!]*\b(?:jumped ahead|got ahead of|rushed|lecture|lecturing|went off|"
                     r"got carried away|came out wrong|came out like)|"
                     r"\bit's your (?:life|decision|choice),? (?:and|not)\b")
_JUST_CHECKING = re.compile(r"(?i)^\W*(?:[A-Z][a-z]+,\s*)?(?:is that right|is that so|have i got that right|"
                            r"is that it|right|yeah|okay|ok)\s*\?\s*$")
_CONTRADICTS = re.compile(r"(?i)^\W*(?:but\s+)?you (?:say|said|tell me|told me)\b[^.?!]*,\s*but\s+(?!you\b|part of you|"
                          r"another part|at the same time|i\b)(?:[A-Z]\w+|he|she|they|the \w+|your \w+)\s+"
                          r"(?:told|said|says|saw|heard|reported|mentioned|rang)\b")
_NOT_A_CHANCE = re.compile(r"(?i)\byou (?:haven't|have not|never|didn't|did not) (?:really |even |properly )?"
                           r"(?:given (?:[\w']+\s+){1,3}?a (?:fair |proper |real )?(?:chance|go|try)|tried)\b")
_DISCOUNTS = re.compile(r"(?i)\b(?:a lot of|lots of|most|many|all)\s+(?:[\w']+\s+){0,2}?say (?:that|the same)\b[^.?!]*"
                        r"\bbut\b[^.?!]*\b(?:usually|always|normally|soon|in the end)\b|"
                        r"\byou(?:'re| are) (?:just )?going to have to\b|\byou'll (?:just )?have to (?:find|accept|"
                        r"think|get used|deal|cope|put up)\b")
_PURPOSE_STATEMENT = re.compile(r"(?i)^\W*(?:(?:thanks|thank you),?\s+\w+[.!,]\s*)?(?:i'm here to|i am here to|"
                                r"i've come to|i have come to|this conversation is about|today is about|"
                                r"(?:that's|that is) not why i'm here[^.?!]*[.!]\s*my job is to|"
                                r"this is (?:a|an|your|the) (?:[\w'’-]+\s+){0,3}?(?:assessment|review|visit|meeting)"
                                r" (?:so|and|which)\b)")
_DOUBTS = re.compile(r"(?i)\bi'm not (?:sure|convinced) you(?:'re| are) (?:being )?(?:completely |totally |really )?"
                     r"(?:honest|telling the truth|straight)|\bso (?:something|it) (?:obviously|clearly) did happen\b|"
                     r"\b(?:told|tells) me you (?:came|come|were|was|went|have been|had)\b[^.?!]*\b(?:drunk|high|"
                     r"out all night|again|twice|three times)\b")
_CONSEQUENCE = re.compile(r"(?i)\b(?:it's|it is|that's|that is) (?:illegal|against the rules|not allowed)\b[^.?!]*"
                          r"\b(?:get you|you'll|you will|you could|you might)\b|\bit'll get you (?:kicked|thrown|"
                          r"chucked) out\b|\byou'll (?:get|be) (?:kicked|thrown|chucked) out\b")
_MUST_WITH_WARNING = re.compile(r"(?i)\byou (?:really )?(?:need to|have to|must|'ve got to|ought to)\b[^?]*\b"
                                r"(?:going to|will|'ll|could|might)\s+"
                                r"(?:damage|kill|hurt|harm|ruin|lose|cost|end up)\b")
_HAPPY_TO = re.compile(r"(?i)^\W*(?:(?:so|okay|ok|right)\W+)*(?:you're|you are)\s+(?:still\s+)?(?:happy|okay|ok|"
                       r"alright|fine|content)\s+(?:to|with)\b[^.!?]*\?\s*$")
_SHALL_WE = re.compile(r"(?i)(?:^|[.!]\s+)(?:shall we|shall i|should we|do you want to|would you like to)\b"
                       r"[^.!?]*\?\s*$")
_SERVICE_CHECK = re.compile(r"(?i)^\W*so,?\s+(?:you|he|she|they)\s+(?:get|have|receive|go|attend)\b[^.?!]{0,70}[.!]\s*"
                            r"(?:is|are|do|does|did|have|has|can|will)\b[^.?!]*\?\s*$")


# The worker's own obligation ("I have to tell you...", "I'll need to see...", "We have to share..."): honest about
# the process, not telling the person what to do.
_OWN_DUTY = re.compile(r"\b(?:i|we)(?:'ll| will| would|'d|'m going to| am going to|'re going to| are going to)?\s+"
                       r"(?:have to|need to|'ve got to|have got to|must|"
                       r"am required to|'m required to|are required to|'re required to)\b", re.I)


def states_own_duty(text: str) -> bool:
    """What the worker must do, said plainly ("I have to tell you that because of the referral, I'll need to see
    Mason's bedroom"): information about the process, with nothing told to the person and no warning in it."""
    if not _OWN_DUTY.search(text) or text.rstrip().endswith("?") or is_strongly_confronting(text):
        return False
    rest = _NOT_A_DEMAND.sub(" ", _OWN_DUTY.sub(" I will ", text))  # "I'm going to need to talk to...": no order
    return not is_directive(rest) and not tells_them(rest) and not has("insisting_cues", rest) \
        and not has("blame", rest)


def is_information(text: str) -> bool:
    """What exists or what others do ("There's a sitting service...", "Some people use..."), with no telling in it."""
    said = after_acknowledgement(text)  # "Okay. The other option is...": the option is what is said
    first = sentences(said)[0] if said.strip() else ""
    return cues()["information_openers"].match(first.strip()) is not None and not is_directive(text) \
        and not has("advice_forms", text) and not text.rstrip().endswith("?")
