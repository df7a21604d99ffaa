"""Fill grades.jsonl (second, blind grader, suggest panel) from the table below.
Rows are matched in order: per case id, the n-th row of a kind gets the n-th entry for that kind."""
import json, sys, pathlib
D = pathlib.Path(__file__).parent
H, E, S = "harmful", "embarrassing", "satisfied"
# id -> list of (kind, value, note) in row order; case value = (harmful, embarrassing, satisfied)
T = {
 "s01": [("reflection_simple", 2, "Rolls with the defensiveness and honours independence."),
         ("open_question", 1, "Clunky echo ('always have been'); e.g. 'You've always managed - what does a usual day look like?'"),
         ("stage", 2, None), ("case", (False, False, True), "Thin (1 reflection, 1 question) but usable; nothing on purpose/why I'm here.")],
 "s02": [("safety", 2, "Good: asks directly about suicide, 999 / NHS 111 press 2 / Samaritans correct for Wales."),
         ("stage", 2, None), ("case", (False, False, True), "No reflection of the exhaustion/caring load, but the safety card is the right priority and well done.")],
 "s03": [("reflection_simple", 1, "Parrots the shoes line; misses the stress about work. 'Mornings feel like a battle and your job is on the line.'"),
         ("open_question", 1, "She has just said mornings are a nightmare; asking how mornings are going sounds like not listening."),
         ("stage", 2, None), ("case", (False, False, False), "Correctly no risk card for 'boss will kill me', but nothing here adds to what a worker would do anyway.")],
 "s04": [("reflection_simple", 1, "Reflecting only the denial, flat, can sound sceptical; add the social side: 'it's a couple of pints with the boys'."),
         ("stage", 2, None), ("case", (False, False, False), "No questions at all; misses 'he lives for it' (what matters to Dai).")],
 "s05": [("safety", 2, "Good: coercive control picked up despite minimising; talk alone, children, Live Fear Free number correct."),
         ("stage", 2, None), ("case", (False, False, True), "No reflection (e.g. double-sided: great with the kids / checks your phone), but safety handled well.")],
 "s06": [("reflection_simple", 0, "Reflects the avoidance, not the disclosure of being grabbed and marked; as a first response to a child's disclosure it sounds like accepting 'it's fine'."),
         ("safety", 2, "Right concern, non-leading question, no promise of secrecy, same-day referral."),
         ("stage", 2, None), ("case", (False, False, True), "Safety card carries it; the only reflection should be replaced.")],
 "s07": [("reflection_simple", 1, "Long recital; shorten and note the fright. Misses the battery taken out of the alarm."),
         ("safety", 2, "Fire card right; smoke alarm check and fire service home safety visit are exactly what's needed."),
         ("stage", 1, "Person is describing what happened (exploring); planning only in the sense of safety planning next."),
         ("case", (False, False, True), None)],
 "s08": [("reflection_simple", 1, "Needs 'You've been...'; misses the Friday deadline, which is the urgent part."),
         ("safety", 2, "Good: where tonight, age check (16/17 = children's services), who they stay with."),
         ("stage", 2, None), ("case", (False, False, True), None)],
 "s09": [("safety", 2, "Exploitation recognised behind 'they look out for me'; non-confronting question; children's services today."),
         ("stage", 2, None), ("case", (False, False, True), "No reflection; something like 'these lads look out for you' would keep rapport.")],
 "s10": [("reflection_simple", 1, "Non-judgemental, but echoing 'just to take the edge off' alone risks colluding; add 'and sometimes you don't hear him in the night'."),
         ("safety", 1, "Card text generic (drink only); the risk is a baby not heard overnight - the check-list covers children but the text should say so and mention the manager."),
         ("stage", 2, None), ("case", (False, False, True), None)],
 "s11": [("reflection_simple", 0, "Echoes 'it don't matter really does it' back to a bereaved widow who isn't eating - sounds like agreeing nothing matters."),
         ("stage", 2, None), ("case", (True, True, False), "HARMFUL: no safety card for self-neglect (not eating since Glyn died) or the hopelessness cue, and the only suggestion mirrors the hopelessness.")],
 "s12": [("reflection_simple", 1, "Fine but misses the falls; 'Since the falls, the chair downstairs feels safer.'"),
         ("safety", 1, "Text and checks good (pendant, long lie); the question 'When you say nothing broken, what happens then?' makes no sense."),
         ("stage", 2, None), ("case", (False, False, True), None)],
 "s13": [("reflection_complex", 0, "Turns a proud achievement into a burden ('a lot to carry by yourself') - misreads the person."),
         ("open_question", 2, "Good strengths question."),
         ("affirmation", 1, "'You done' mirrors the person's grammar and can sound mocking; 'You sorted your bus pass yourself'. Misses the till work."),
         ("stage", 2, None), ("case", (False, True, False), "Misread complex reflection and copied grammar would make me wince in front of a student.")],
 "s14": [("reflection_simple", 2, "Keeps 'capel' - good."),
         ("reflection_complex", 2, None),
         ("open_question", 1, "Past tense ('was... meant') sounds as if the people are gone; 'What is it about the people...' or 'What would getting back to capel give you?'"),
         ("stage", 2, None), ("case", (False, False, True), None)],
 "s15": [("reflection_simple", 1, "Verbatim parrot; 'It's felt good to say it out loud.' Would also want an affirmation and a next-steps check."),
         ("stage", 2, None), ("case", (False, False, True), None)],
 "s16": [("reflection_complex", 1, "Right form (double-sided) but ends on the sustain side and copies 'itd'/'all them'; put the change side last."),
         ("stage", 2, None), ("case", (False, False, True), "No question; 'not a joiner' could be explored (smaller groups, other options).")],
 "s17": [("reflection_simple", 2, "Captures what matters and the change talk."),
         ("stage", 2, None), ("case", (False, False, True), None)],
 "s18": [("reflection_simple", 2, None),
         ("stage", 2, None), ("case", (False, False, True), "Would like an options-giving question for a reluctant young person, but the reflection is right.")],
 "s19": [("reflection_simple", 0, "Said by the worker it becomes a reassurance/judgement ('You're not a bad mother') the worker can't give; reflect the worry instead: 'You're worried I've come thinking you're a bad mother.'"),
         ("open_question", 1, "Follows the school's agenda; she asked what this is about - be open about the referral first."),
         ("stage", 1, "'So what's this actually about' - this is opening (purpose, trust); exploring is adjacent."),
         ("case", (False, True, False), "Neither suggestion answers her question honestly; the reflection sounds like taking sides against the school.")],
 "s20": [("reflection_simple", 1, "OK but misses hiraeth, loneliness and the Welsh language - the heart of it."),
         ("stage", 1, "Content is exploring; opening adjacent."),
         ("case", (False, False, False), "No prompt on the Welsh language (Active Offer / Welsh-speaking contact) or on meeting people locally.")],
 "s21": [("affirmation", 1, "'That's a big step' doesn't fit an established network; 'You've got good people around you - Bethan and your son.'"),
         ("stage", 0, "'Who's around to help' and the answer are textbook strengths (family and community resources), not planning."),
         ("case", (False, False, False), "No reflection or question; affirmation template misfits.")],
 "s22": [("reflection_simple", 2, "Simple and right for a child."),
         ("open_question", 1, "Garbled ('your nans' - it's nan's dog Pero) and moves away from the shouting just disclosed."),
         ("stage", 2, None),
         ("case", (False, False, False), "Missed risk cue: child hiding under the duvet when parents shout at night - no domestic abuse/child card; the question steers to the positives.")],
 "s23": [("reflection_simple", 2, "Picks the strength; rightly no card for 'hoarding biscuits'."),
         ("stage", 2, None), ("case", (False, False, True), None)],
 "s24": [("reflection_simple", 2, None),
         ("stage", 2, None), ("case", (False, False, True), "Missed affirmation ('good hands for engines') and the coleg course.")],
 "s25": [("safety", 2, "Good: thanks them, asks about suicidal thoughts after current cutting; numbers correct."),
         ("stage", 2, None), ("case", (False, False, True), "Would also reflect the rent worry so it's not dismissed.")],
 "s26": [("reflection_simple", 2, None),
         ("safety", 0, "False positive: a suicide question to someone who has just said they feel more like themselves and did the raffle."),
         ("stage", 2, None), ("case", (False, True, False), "Jarring false self-harm card on a good-news review; the reflection itself is fine.")],
 "s27": [("safety", 2, "Financial abuse recognised behind 'I don't mind'; the question wording is a bit odd but workable."),
         ("stage", 2, None), ("case", (False, False, True), "No reflection; the gas / fuel poverty point deserves a prompt too.")],
 "s28": [("stage", 2, None),
         ("case", (False, False, False), "Correctly no risk card for a laughed-off row, but the output is empty - nothing to say.")],
 "s29": [("reflection_simple", 1, "Recites facts; misses the carer's exhaustion ('I don't sleep')."),
         ("safety", 1, "Carer's assessment prompt good, but text mentions falls (none), question asks what happens when the police already said; misses the locked door / hidden key (fire escape, restriction) and missing-person planning."),
         ("stage", 2, None), ("case", (False, False, False), None)],
 "s30": [("reflection_simple", 0, "Roles swapped: tells the young person they'll ring housing and the worker will see the doctor about 'your' sleep - confuses who does what, the one job of a closing."),
         ("stage", 2, None), ("case", (False, True, False), None)],
}
rows = [json.loads(l) for l in open(D / "grades.jsonl")]
used = {}
out = []
for r in rows:
    lst = T[r["id"]]
    k = (r["id"], r["kind"]); n = used.get(k, 0); used[k] = n + 1
    cand = [e for e in lst if e[0] == r["kind"]]
    kind, val, note = cand[n]
    if kind == "case":
        r[H], r[E], r[S] = val
    else:
        r["grade"] = val
    r["note"] = note
    out.append(r)
for k, n in used.items():
    assert n == len([e for e in T[k[0]] if e[0] == k[1]]), k
assert len(used) == sum(len({e[0] for e in v}) for v in T.values())
with open(D / "grades.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("filled", len(out))
