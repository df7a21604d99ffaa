"""Confronting talk said as a plain fact or a preference (MITI "confront"), which no warning word gives away.

A supervisor hears the move, not the words: the worker setting a report against what the person has just played down
("The police log says..." after "that's all"), reminding them of an agreement or a past talk as a reproach ("we
agreed it at the last review", "We've been over this"), disputing their view of a relationship ("he's not really your
friend"), using a consequence as leverage ("otherwise ... a fine", "it could affect your tenancy"), moralising
against what they said ("But it's really good for you to...", "It's important though"), and taking the side of those
they complain about ("I'd rather we didn't blame them"). Review analyse-13 added the moves with no warning word in
them at all (confronting_without_warning): a "So you're saying...?" that pins a charge on someone, a "you do know
..., right?" that argues a cause, blame said as a fact with "you" as the subject ("You let him back"), a "should
have" about what the person did, a record answering the person's account with the other side, sarcastic praise
straight after a lapse, an objection to the person's own plan ("A phone's no use if...") and the person's own
framing corrected ("That's a pattern, not a one-off"). A feeling said back to the person ("you're frustrated it's
being held against you") names their view, not the worker's: what follows a feeling attributed to them is never read
as the worker's argument (their_feelings_left_out).
"""

from __future__ import annotations

import functools
import re

from .language import language_data

# A feeling said to be the person's, and what it is about, up to the next clause that may be the worker's own
# ("You're angry, but that's no excuse" keeps "but that's no excuse").
_THEIR_FEELING = re.compile(
    r"(?i)\b(?:you (?:feel|felt)|you(?:'re| are|'ve been| have been| were| seem| sound)\s+(?:really |so |very |"
    r"a bit |quite |still |pretty |feeling |getting )*(?:frustrated|upset|angry|annoyed|fed up|hurt|worried|scared|"
    r"frightened|afraid|anxious|sad|ashamed|embarrassed|humiliated|judged|blamed|accused|let down|written off|"
    r"cross|furious|gutted|sick of|tired of)|(?:upsets|upset|worries|frightens|scares|bothers|hurts|angers|"
    r"annoys|frustrates|gets to|stings|wound(?:s|ed)? you up) you)\b[^.;!?]*?(?=,?\s+(?:but|though|and that's|"
    r"and that is|yet)\b|[.;!?]|$)")


def opens_with_their_feeling(text: str) -> bool:
    """Whether the first clause names the person's feeling ("You're angry that...", "It still upsets you that...")."""
    match = _THEIR_FEELING.search(text)
    return bool(match) and len(text[:match.start()].split()) <= 8 and "," not in text[:match.start()]


def their_feelings_left_out(text: str) -> str:
    """The text with each feeling said to be the person's, and what it is about, blanked: "you're frustrated it's
    being held against you" says back their view; it holds nothing against them."""
    return _THEIR_FEELING.sub(" ", text)


# What the person has just said that plays an event down or denies it: "that's all", "Everyone argues", "It was
# only the once", "nothing happened".
_PLAYED_DOWN = re.compile(
    r"(?i)\b(?:that's all|that was all|nothing (?:happened|much|really|serious)|it was nothing|wasn't anything|"
    r"weren't anything|never (?:touched|hit|happened|laid)|didn't (?:happen|touch|hit|mean)|only (?:once|the once|a|"
    r"an|one|twice|words)|just (?:a|an|the once|once|one|words)|once or twice|a one[- ]off|not that bad|"
    r"not like that|everyone (?:argues|does|has)|all couples|it's not true|that's not true|lies|lying|"
    r"exaggerat\w*|making it up|blown out of proportion)\b")
# A record or another's account of it, given by the worker: "The police log says...", "The school say...".
_REPORT_SAYS = re.compile(
    r"(?i)^\W*(?:(?:well|but|and|okay|ok),?\s+)?(?:the|your|his|her)\s+(?:[\w']+\s+){0,2}?(?:police|school|teachers?|"
    r"report|log|notes|records?|referral|hospital|gp|doctor|neighbours?|health visitor|nursery|college|officers?|"
    r"ambulance crew|paramedics?|landlord)\b[^.?!]{0,40}?\b(?:says?|said|told|tell|reported|reports|mentions?|"
    r"mentioned|shows?|showed|heard|saw|describes?|described|recorded|noted)\b")
# A reminder of an agreement or a past talk, said as a reproach.
_OVER_THIS = re.compile(r"(?i)\bwe(?:'ve| have) (?:already |been )?(?:talked|spoken|been|gone) (?:about|over|through) "
                        r"(?:this|that|it)(?: (?:before|already|loads of times|so many times|a few times))?"
                        r"(?:,?\s*(?:haven't we|remember|[\w']+))?\s*(?:[.!?]|$)|\bhow many times have (?:we|i)\b|"
                        r"\bwe (?:talked|spoke|went over) (?:about )?(?:this|that|it) (?:last time|before|already|"
                        r"at the last)\b")
_AGREED = re.compile(r"(?i)\b(?:we|you)(?: all| both)? (?:agreed|promised|said you(?:'d| would))\b")
_ARGUING_FRAME = re.compile(r"(?i)^\W*but\b|\bthough\b|\breally good for you\b|\bgood for you to\b|"
                            r"\byou (?:need|have|ought|must|should)\b|\bthat was the (?:deal|plan|agreement)\b")
# Disputing the person's view of someone close: "he's not really your friend", "a real friend wouldn't".
_NOT_YOUR_FRIEND = re.compile(
    r"(?i)\b(?:he|she|they|that|this)(?:'s|'re| is| are)(?: not|n't)\s+(?:really |actually |a real |a true |a proper |"
    r"being a |much of a )*(?:your |a )?(?:friend|mate|pal|boyfriend|girlfriend|partner)s?\b|"
    r"\b(?:a real|a true|a proper|a good|real|true|proper|good) (?:friend|mate|boyfriend|girlfriend|partner)s? "
    r"(?:wouldn't|would never|doesn't|don't|does not|do not)\b|\bthat's not (?:what )?(?:a )?(?:friends?|real friends?|"
    r"friendship|love) (?:do|does)?\b|"
    r"\b(?:he|she|they)(?:'s| is|'re| are)(?: not|n't) (?:really |very )?good for you\b|"
    r"\bi don't think (?:he|she|they)(?:'s| is|'re| are) (?:good|right) for you\b|"
    r"\b(?:he|she|they)(?:'s| is|'re| are) (?:just )?(?:using|taking advantage of) you\b")
_WONDERS = re.compile(r"(?i)\byou (?:feel|think|wonder|said|say|told me)\b|\byou(?:'re| are) (?:not sure|starting to|"
                      r"wondering)\b|\bpart of you\b")
# A consequence held over the person: "otherwise ... a fine", "it could affect your tenancy", "or they won't work".
_LOSS = (r"fine|fined|court|prosecut\w*|evict\w*|lose|losing|involved|removed|taken|stopped|kicked|excluded|"
         r"sanction\w*|conference|look at|go further|escalate")
_LEVERAGE = re.compile(
    rf"(?i)\botherwise\b[^.?!]*\b(?:{_LOSS})\b|"
    r"\b(?:could|might|will|would|can|is going to)\s+(?:affect|jeopardi[sz]e|risk|cost you|count against|"
    r"put (?:[\w']+\s+)?at risk|mean (?:losing|you lose|you'll lose))\s+(?:your|you)\s+(?:[\w']+\s+)?(?:tenancy|"
    r"placement|flat|home|house|benefits?|job|place|licence|license|kids|children|contact|visits|course|"
    r"college place)\b|"
    r"\b(?:could|might|will|would|can) put (?:your|you)\s+(?:[\w']+\s+)?(?:tenancy|placement|flat|home|house|benefits?|"
    r"job|place|licence|license|kids|children|contact|visits|course) at risk\b|"
    r"\b(?:could|might|will|would) (?:mean|lead to|end (?:up )?in) (?:a fine|court|prosecution|eviction|"
    r"you losing|them taking)\b|"
    r"\byou(?:'ve got to| have got to| have to| need to| must| really need to| really have to)\b[^.?!]*"
    r"\bor (?:else\b|(?:[\w']+\s+){0,2}?(?:won't|will not|can't|"
    r"cannot|'ll have to|will have to|'ll lose|will lose|'ll end up)\b)")
# Moralising against what the person has said, with a contrast: "But it's really good for you to get out",
# "It's important to keep going though", "You know cannabis can cause... though".
_MORALISING = re.compile(
    r"(?i)^\W*but\b[^?]*\b(?:it's|it is|that's)\s+(?:really |so |very )?(?:good for (?:you|your \w+)|important|"
    r"for your own good|"
    r"the right thing|what's best)\b|"
    r"\b(?:it's|it is)\s+(?:really |so |very )?(?:important|good for (?:you|your \w+)|part of your plan|"
    r"for your own good)\b"
    r"[^?]*\bthough\b|\bthough\b[^?]*\b(?:it's|it is) (?:important|part of your plan|good for (?:you|your \w+))\b|"
    r"^\W*(?:but\s+)?you (?:do )?know\b[^?]*\bthough\b")
# "I know, but we have to...", "I understand, but we can't...": the person heard, then overruled.
_YES_BUT = re.compile(r"(?i)^\W*(?:i know|i understand|i hear (?:you|that|what you're saying)|i get (?:that|it)|"
                      r"i appreciate (?:that|it)|i'm listening|i realise|i see that)\b[^.?!]{0,30}?\bbut\b[^?]*\b(?:"
                      r"i have to|i've got to|i need to|we have to|we've got to|we need to|we can't|i can't|"
                      r"you have to|you need to|you can't|it's important|we have a duty|i have a duty|"
                      r"the rules|it has to)\b")
# "Nobody said you're stupid, but...", "Nobody's saying mad. But...": the person's reading of it set aside.
_NOBODY_SAID = re.compile(r"(?i)^\W*(?:nobody|no one|no-one)(?:'s| is| was| has)?\s+(?:said|saying|says|pretending|"
                          r"calling)\b[^?]*\bbut\b")
# A fright after the fact or a harm foretold: "You could have got hypothermia", "you could really hurt somebody".
_COULD_HAVE = re.compile(r"(?i)\byou could(?: easily| really)? have (?:got|been|died|hurt|fallen|broken|killed|lost|"
                         r"ended up|caused)\b|\byou could (?:really |easily |seriously )?(?:hurt|injure|kill) "
                         r"(?:somebody|someone|yourself|them|him|her|one of)\b")
# Taking the side of those the person complains about: "I'd rather we didn't blame them", "Let's not blame school".
_DEFENDS_THEM = re.compile(r"(?i)\b(?:i'd rather|i would rather|let's|let us|we shouldn't|you shouldn't|we can't|"
                           r"you can't|try not to|don't|it's not fair to|there's no point)\s+(?:we\s+)?(?:not\s+)?"
                           r"(?:didn't\s+|don't\s+)?blam(?:e|ing)\s+(?!yourself|you\b|me\b)")


def argues_back(text: str, previous: str = "", early: bool = False) -> bool:
    """Confronting said as a fact or a preference (see the module docstring); previous is the person's last turn,
    against which a report is set, except early in the visit (early), where what the referral says is why the
    worker has come. Questions asked openly and feelings said back never count."""
    said = their_feelings_left_out(text)
    if said.rstrip().endswith("?") and not _OVER_THIS.search(said):
        return False
    if not early and _REPORT_SAYS.search(said) and previous and _PLAYED_DOWN.search(previous):
        return True
    if _OVER_THIS.search(said) or (_AGREED.search(said) and _ARGUING_FRAME.search(said)):
        return True
    if any(_NOT_YOUR_FRIEND.search(s) and not _WONDERS.search(s) for s in re.split(r"(?<=[.!?])\s+", said)):
        return True
    return any(p.search(said) for p in (_LEVERAGE, _MORALISING, _DEFENDS_THEM, _YES_BUT, _NOBODY_SAID, _COULD_HAVE))


@functools.cache
def _words(name: str) -> re.Pattern:
    """One of feedback.yaml's word lists as one pattern, on word boundaries, any case."""
    words = sorted(language_data("feedback")[name], key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w'])", re.I)


@functools.cache
def _opposites() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    def stem(side: str) -> re.Pattern:  # "injur" matches injured, injuries
        return re.compile(r"(?<![\w'])" + re.escape(side.strip()) + r"\w*", re.I)
    return tuple((stem(theirs), stem(record)) for theirs, record in
                 (pair.split(" / ") for pair in language_data("feedback")["opposite_accounts"]))


# "So you're saying your daughter's lying?", "Are you telling me he made it up?": a charge put in the person's mouth.
_SAYING = re.compile(r"(?i)^\W*(?:(?:so|and|but|okay|ok|right)\W+)*(?:[A-Z][a-z]+,\s*)?(?:you're|you are|are you|"
                     r"so you're)\s+(?:really\s+)?(?:saying|telling me|claiming|trying to tell me)\b")
# "Jayden, you do know X is why you can't get up, right?": a cause argued, with the answer put in the tag.
_YOU_KNOW_RIGHT = re.compile(r"(?i)^\W*(?:[A-Z][a-z]+,\s*)?(?:and\s+|but\s+)?(?:surely\s+)?you (?:do |must |surely )?"
                             r"(?:know|realise|realize|understand|see|get)\b[^?]{6,}?,\s*(?:right|yeah|surely|"
                             r"don't you|do you not|isn't it|yes)\s*\?\s*$")
_CAUSE = re.compile(r"(?i)\b(?:is|'s|are|was) (?:exactly |probably |partly |just |the main )?(?:why|the reason)\b|"
                    r"\bbecause\b|\bcaus\w*|\bmeans you\b|\b(?:will|'ll|could|can|is going to|might) (?:damage|ruin|"
                    r"harm|hurt|kill|cost|lose|get you)\b|\b(?:bad|not good|no good) for\b|\billegal\b")
# "You don't even know whether your own daughter was awake?": incredulity at the person, as a question.
_YOUR_OWN = re.compile(r"(?i)^\W*(?:so,?\s+)?you (?:don't|didn't|do not|did not|can't|couldn't|haven't|never)\s+"
                       r"(?:even\s+)?\w+\b[^?]*\byour own (?:daughter|son|child|children|kids?|baby|mum|mam|mother|dad|"
                       r"father|family|grandchildren|grandson|granddaughter)\b[^?]*\?\s*$")
# "You should have rung us", "You shouldn't be doing the garden on your own": what the person did, or does, judged;
# not what they should have had from others ("You should have had more help"), nor "shouldn't have to" (on their side).
_SHOULD_HAVE = re.compile(r"(?i)\byou (?:really |honestly )?(?:should|ought to)(?:n't| not)? have\s+"
                          r"(?!to\b|had\b|got\b|received\b|felt\b|"
                          r"been (?!(?:there|more|careful|honest|home|at|in|up|out|drinking|driving)\b))"
                          r"[a-z]+(?:ed|en|wn|ne|de|ld|lt|ft|pt|ght|ung|ook|ept|ent|ost|id|ut|et|ne)\b|"
                          r"\byou (?:really )?shouldn't be\s+(?!worrying|feeling|blaming|apologis|apologiz|"
                          r"left|made|expected|asked|treated)[a-z]+ing\b")
# "A phone's no use if you're on the floor", "That won't work if you're not in": the person's own plan argued down.
_PLAN_DOWN = re.compile(r"(?i)\b(?:'s|is|are|'re|will be|would be|'ll be)\s+(?:absolutely |really |not much |)?no "
                        r"(?:use|good)\b[^.?!]*\bif you\b|\bwhat(?:'s| is) the (?:use|good|point) of\b[^.?!]*\bif\b|"
                        r"\b(?:that|it|this) (?:won't|will not|isn't going to|wouldn't) (?:work|help)\b"
                        r"[^.?!]*\bif you\b")
# "That's a pattern, Kelly, not a one-off": the person's word for it set aside for the worker's.
_NOT_THEIR_WORD = re.compile(r"(?i)(?:,|\band)\s+not (?:just )?(?:a |an )?(one-off|one off|row|argument|blip|phase|"
                             r"bit of fun|nothing|normal|accident)\b")
# "Four times since Easter is a pattern, Dai, not bad luck": a problem label set against the person's reading; not
# "That's a problem for the council, not for you", which takes the weight off them.
_PROBLEM_NOT = re.compile(r"(?i)\b(?:is|'s|are|was)\s+(?:a |an )?(?:pattern|problem|abuse|domestic abuse|neglect|"
                          r"assault|crime|controlling|coercive control)\b[^.?!]{0,30}?,\s*not\s+"
                          r"(?!for you|you\b|your\b|yours\b|about you)")
_PRAISE = (r"(?:well done|great|brilliant|fantastic|lovely|marvellous|wonderful|perfect|nice one|good for you|"
           r"that's (?:just )?(?:great|brilliant|lovely|fantastic|perfect|marvellous|wonderful))")
# Praise with a sarcastic frame: "Oh well done", "Well, that's just great", "Brilliant, so that's another week".
_SARCASTIC = re.compile(rf"(?i)^\W*(?:oh|well|ah),?\s+(?:just\s+)?{_PRAISE}\b(?!\s+(?:for|on|you)\b)|"
                        rf"^\W*{_PRAISE}[,.!]+\s+(?:so\s+)?(?:that's\s+)?(?:another|again|just what|as usual)\b|"
                        r"\bthat's just (?:great|brilliant|perfect|lovely|what we need)\b")


_KIN = (r"\b(?:your|the|his|her|their) (?:own )?(?:kids|children|child|son|daughter|baby|family|grandchildren|mum|"
        r"mam|dad|partner|wife|husband|little ones?)\b")


def _blames_as_fact(text: str, previous: str) -> bool:
    """"You let him back last time", "You left them on their own", "You chose him over the kids": "you" as the
    subject of the main verb, what the person did to others, said as a statement; not their own words said back
    (the person used the verb first), not "let me know"."""
    verbs = language_data("feedback")["blame_verbs"]
    if not re.search(r"(?i)\byou\s+(?:\w+\s+)?(?:" + "|".join(verbs) + r"|left|chose|picked|ignored|failed|forgot|"
                     r"walked|put)\b", text):
        return False
    from .nlp import parse  # only for the few lines the words above let through

    said = {t.lemma_.lower() for t in parse(previous)} if previous else set()
    for sent in parse(text).sents:
        if sent.text.rstrip().endswith("?"):
            continue
        root = sent.root
        lemma = root.lemma_.lower()
        subject = [c for c in root.children if c.dep_ == "nsubj"]
        if lemma not in verbs or not subject or subject[0].lower_ != "you" or lemma in said:
            continue
        if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "can", "could", "would", "might", "may", "should",
                                                 "must", "do", "to") for c in root.children):
            continue  # what they could do, or a question in the making, is no verdict on what they did
        rest = " ".join(t.lower_ for t in sent if t.i > root.i)
        if lemma == "let" and re.match(r"(?:him|her|them|[a-z]+)\s+(?:back|in|stay|come|move|near|go|have|get|see|"
                                       r"drive|look after)\b", rest) and not re.match(r"(?:me|us)\b", rest):
            return True
        if lemma == "leave" and re.search(r"\b(?:alone|on (?:their|his|her) own|unsupervised|with him|with her|"
                                          r"behind)\b", rest):
            return True
        # "You chose him over the kids", "You put him before your children", "You put them at risk"; not "You chose
        # a walk over a drink" or "You put the kids first", which name a strength
        if lemma in ("choose", "pick", "put") \
                and re.search(r"\b(?:over|before|ahead of)\s+(?:[\w']+\s+){0,3}?" + _KIN, rest):
            return True
        if lemma == "put" and re.search(r"\b(?:at risk|in danger|in harm's way)\b", rest):
            return True
        # "You ignored the warnings", "You failed to tell us", "You forgot about your daughter", "You walked out on
        # them"; not "You failed your test" or "You forgot your keys", which are said back as facts
        if lemma == "ignore" or (lemma == "fail" and re.match(r"to\b|(?:him|her|them)\b", rest)) \
                or (lemma == "forget" and re.match(r"(?:about\s+)?" + _KIN, rest)) \
                or (lemma == "walk" and re.match(r"out on\b", rest)):
            return True
    return False


# The record putting it higher than the person did: "says it's more like two bottles", "a lot more than once".
_MORE_THAN_THEY_SAID = re.compile(r"(?i)\b(?:more like|a lot more|much more|far more|many more|way more)\b")


def _record_against_them(text: str, previous: str, early: bool) -> bool:
    """A record or another's account answering the person's own account with the other side ("The police log says
    Lily was awake" after "the kids were asleep"); reading a record neutrally, or early in the visit to say why the
    worker came, does not argue."""
    said = their_feelings_left_out(text)
    if early or not previous or said.rstrip().endswith("?") or not _REPORT_SAYS.search(said):
        return False
    return bool(_PLAYED_DOWN.search(previous)) or bool(_MORE_THAN_THEY_SAID.search(said)) or any(
        theirs.search(previous) and record.search(said) and not theirs.search(said)
        for theirs, record in _opposites())


def confronting_without_warning(text: str, previous: str = "", early: bool = False) -> bool:
    """Confronting with no warning word in it (see the module docstring); previous is the person's last turn."""
    said = their_feelings_left_out(text)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", said.strip()) if s]
    charge = _words("charge_words")
    if any(_SAYING.match(s) and s.rstrip().endswith("?") and charge.search(s)
           and not re.search(r"(?i)\b" + re.escape(charge.search(s).group(0)), previous) for s in sentences):
        return True  # "So you're saying she's lying?"; not the person's own word asked back
    if any((_YOU_KNOW_RIGHT.match(s) and _CAUSE.search(s)) or _YOUR_OWN.match(s) for s in sentences):
        return True
    theirs_too = bool(re.search(r"(?i)\b(?:should|ought to)(?:n't| not)? (?:have|be)\b", previous))
    if any(not s.rstrip().endswith("?") and ((_SHOULD_HAVE.search(s) and not theirs_too) or _PLAN_DOWN.search(s))
           for s in sentences):
        return True  # "You should have rung"; not the person's own "I shouldn't have" said back
    match = _NOT_THEIR_WORD.search(said)
    if match and previous and re.search(r"(?i)\b" + re.escape(match.group(1).split()[-1]), previous) \
            and not said.rstrip().endswith("?"):
        return True
    if any(_PROBLEM_NOT.search(s) and not s.rstrip().endswith("?") for s in sentences):
        return True
    if previous and _words("lapse_words").search(previous) and any(_SARCASTIC.search(s) for s in sentences[:2]):
        return True
    return _record_against_them(text, previous, early) or _blames_as_fact(said, previous)
