# Fill grades.jsonl: code rows from gold (2 = same code, 1 = same group only, 0 = other group),
# feedback rows and case rows from the reviewer's judgement below.
import json, os
from grade_codes import pairs, GROUP
D = os.path.dirname(os.path.abspath(__file__))
FB = {  # (grade, note) per feedback row, in sheet order
"a01": [
 (2, ""),
 (2, ""),
 (2, ""),
 (2, ""),
 (1, "Value inflated: line 17 (an affirmation) counted as a reflection; by gold it is 0.8, still roughly 'fair'."),
 (2, ""),
 (2, ""),
],
"a02": [
 (1, "Accurate but empty: 'steady' hides that the worker was directive and confronting from start to end; say so."),
 (2, ""),
 (0, "Misleading: the only 'reflection' counted is the confronting line 'That's a pattern, Kelly, not a one-off' (coded summary), so an interrogating visit is told its complex reflections are 'good'. Should be suppressed when there are <3 reflections."),
 (2, "Correct verdict: product 1/8 open; gold 1/7 (line 9 is a confront, not a question), same band."),
 (0, "HARMFUL: rewrite changes the worker's intent and drops the safeguarding question. The worker needed to know what the children saw/heard; 'How are the children getting on at school?' is a bank question the worker in fact asked later (line 29). Better: 'Where were the children while this was going on, and what do you think they heard?'"),
 (1, "Reflect-before-advising is right, but the rewrite just echoes tenancy facts and does not address the worker's concern; edit to e.g. 'He's their dad and he's here a few nights a week. How do you feel about him being around the kids after Friday?'"),
 (1, "Right call (a warning), good 'why', but no alternative line given; a supervisor would need to write one (e.g. 'You're worried this visit means we think you've done something wrong.')."),
 (1, "Right call (blaming/insisting), but no alternative line; e.g. 'You're the one holding everything together at home.'"),
 (1, "Rewrite is a pronoun-flipped echo; as a bare line 'I don't know your kids.' sounds curt. Edit: 'You're right, I don't know your kids yet, you do. What do you make of Lily being quiet?'"),
],
"a03": [
 (2, ""),
 (2, ""),
 (1, "Praise is right but it is a complex reflection (it guesses at meaning: 'meant a lot to you'), not 'saying back what the person said'."),
 (2, ""),
 (1, "Arithmetic matches gold, but 'below fair' for a strong carer's assessment is harsh: the Active Offer and an asking-permission question count as questions against the worker."),
 (2, ""),
 (2, ""),
 (0, "HARMFUL: criticises asking permission before giving information (good MI practice, elicit-provide-elicit) and the rewrite changes the intent completely: asking an exhausted, tearful carer what other carers could learn from her, instead of offering her services."),
 (0, "Wrong: the advice WAS asked for ('Would they come on a Tuesday night, do you think?') and the worker had already asked permission at line 29; the advice also follows her own stated goal (choir)."),
],
"a04": [
 (2, ""),
 (1, "Praise deserved but the line is an affirmation (names effort), not a complex reflection."),
 (2, ""),
 (2, ""),
 (1, "Value understated because the two summaries were missed (gold 0.56); verdict the same."),
 (2, ""),
 (2, ""),
 (0, "Wrong and embarrassing: the worker opened with a summary of last time's outcomes (line 7) and gave a full closing summary with a check (line 33, 'Let me sum up where we are... Is that fair?'). The template rewrite with '...' is not a line anyone could say."),
],
"a05": [
 (2, ""),
 (2, ""),
 (2, ""),
 (0, "Wrong verdict: the greeting 'How's things?' and the McDonald's offer are counted as questions and the closing summary as a question; by gold reflections/questions = 5/4 = 1.25 ('fair')."),
 (0, "Wrong verdict: three of the four reflections are complex by gold (75%, 'good'); 'So it's not maths itself, it's being shouted at' was coded simple."),
 (1, "Value off (gold 2 open / 4 questions = 50%), verdict happens to match."),
 (2, ""),
 (1, "Reflecting instead of advising is the right idea, but 'You get sent out of maths.' is flat; edit: 'You get sent out of maths and it feels like the teacher's got it in for you.'"),
 (0, "Wrong and embarrassing: line 31 is a clear four-point summary ending 'Anything else?' (coded as an open question)."),
],
"a06": [
 (2, ""),
 (1, "Praise deserved but the line is a complex reflection; it does not 'name a strength'."),
 (2, ""),
 (2, "Turn actually starts two lines earlier ('Three falls isn't nothing though, Bryn, is it?'), but the pattern is right and the supervision prompt is usable."),
 (1, "Value off (gold 3/5 = 0.6), verdict the same."),
 (2, ""),
 (1, "'How many falls have you had since Christmas?' counted as open; gold 2/5 = 40%, 'below fair'."),
 (1, "Reflection before advice is right, but echoing his minimising 'just a bit' can sound sarcastic; edit: 'The stairs at night are the tricky bit.'"),
 (2, ""),
 (1, "Right call, no alternative line; e.g. 'You're managing your tablets yourself. What does a normal day's eating look like?'"),
 (1, "Right call, no alternative line; the item should notice the boxes are Mair's things (grief), e.g. 'These boxes are Mair's things.'"),
 (1, "Reflection drops the key point (they are Mair's things) and 'You haven't sorted them yet' can land as a reproach; edit: 'They're Mair's things, and you're not ready to sort them yet.'"),
],
}
CASE = {
"a01": dict(harmful=False, embarrassing=False, satisfied=True, note="Coding and feedback trustworthy; score 76 a bit low for a model visit (gold 88)."),
"a02": dict(harmful=True, embarrassing=True, satisfied=False, note="Harmful: rewrite of 'Were the children in the room when it happened?' -> 'How are the children getting on at school?' drops the safeguarding question. Embarrassing: 'percent_complex 100, good' built from a confronting line coded as summary. Only 2 of 7 confronts coded; 'Mostly asleep isn't the same as asleep though, is it?', 'That's a pattern, Kelly, not a one-off', 'it would look better if you worked with us' not flagged."),
"a03": dict(harmful=True, embarrassing=True, satisfied=False, note="Harmful: flags 'Can I tell you about some things other carers have found useful?' (asking permission) as a missed open question, rewrite 'What have you learned about caring that other carers would find useful?'. Embarrassing: flags requested advice as unrequested. Coding itself good."),
"a04": dict(harmful=False, embarrassing=True, satisfied=False, note="Both summaries missed (coded information / advice), so feedback says 'No summary was given' in a review built around the person's outcomes. Score 71 under-rates (gold 86)."),
"a05": dict(harmful=False, embarrassing=True, satisfied=False, note="'No summary was given' though line 31 is a full summary; greeting and hospitality coded as questions, dragging bands down."),
"a06": dict(harmful=False, embarrassing=False, satisfied=True, note="Arc 'started well then directed' correct and useful; 2 of 4 confronts missed ('Three falls isn't nothing though, Bryn, is it?', 'You're not really managing though, are you...')."),
}
rows = [json.loads(l) for l in open(os.path.join(D, "grades.jsonl"))]
codes = {}
for fn, i, g, p, t in pairs: codes.setdefault(fn[:-4], []).append((g, p, t))
ci, fi = {}, {}
for r in rows:
    k = r["id"]
    if r["kind"] == "code":
        j = ci.get(k, 0); ci[k] = j + 1
        g, p, t = codes[k][j]
        assert r["text"].startswith(t) and r["text"].endswith("-> " + p), (r["text"], t, p)
        r["grade"] = 2 if g == p else (1 if GROUP[g] == GROUP[p] else 0)
        r["note"] = "" if g == p else f"gold {g}"
    elif r["kind"] == "feedback":
        j = fi.get(k, 0); fi[k] = j + 1
        r["grade"], r["note"] = FB[k][j]
    elif r["kind"] == "case":
        r.update(CASE[k])
for k in FB: assert fi[k] == len(FB[k]), k
with open(os.path.join(D, "grades.jsonl"), "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
fb = [r["grade"] for r in rows if r["kind"] == "feedback"]
print("feedback n", len(fb), "mean", round(sum(fb) / len(fb), 3), "share2", round(fb.count(2) / len(fb), 3), "share>=1", round(sum(x >= 1 for x in fb) / len(fb), 3))
