"""Confronting talk said as a plain fact or a preference (MITI "confront"), which no warning word gives away.

A supervisor hears the move, not the words: the worker setting a report against what the person has just played down
("The police log says..." after "that's all"), reminding them of an agreement or a past talk as a reproach ("we
agreed it at the last review", "We've been over this"), disputing their view of a relationship ("he's not really your
friend"), using a consequence as leverage ("otherwise ... a fine", "it could affect your tenancy"), moralising
against what they said ("But it's really good for you to...", "It's important though"), and taking the side of those
they complain about ("I'd rather we didn't blame them"). A feeling said back to the person ("you're frustrated it's
being held against you") names their view, not the worker's: what follows a feeling attributed to them is never read
as the worker's argument (their_feelings_left_out).
"""

from __future__ import annotations

import re

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
