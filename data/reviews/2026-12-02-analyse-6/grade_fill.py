# My grades as the reviewing supervisor (written after reading the outputs). Fills grades.jsonl in place.
import json
P = "grades.jsonl"
rows = [json.loads(l) for l in open(P)]
gold = [json.loads(l) for l in open("gold.jsonl")]
out = {json.loads(l)["id"]: json.loads(l)["output"] for l in open("outputs.jsonl")}
# Code rows: 2 = matches gold; exceptions below, keyed (case, line) -> (grade, note)
CODE = {
 ("c01", 7): (0, "Purpose/consent statement = information (or structure); nothing the person said is reflected."),
 ("c01", 27): (0, "Neutral information given after permission was asked (line 25) = information, not advice; coding it advice counts good practice as telling."),
 ("c01", 29): (0, "Complex reflection of 'I wouldn't want to look like an invalid' (on your terms / how people see you), not information."),
 ("c01", 37): (1, "I code simple (restates 'not the home'); complex is defensible as it turns the negative into what she wants."),
 ("c02", 19): (1, "I code complex ('my sanity' -> where you get yourself back); simple is defensible, close to her words."),
 ("c02", 29): (1, "I code simple (restates 'if it was the same person'); complex defensible for the small addition."),
 ("c02", 33): (1, "I code other (structure/closing); information about next steps is defensible."),
 ("c03", 15): (0, "'You're upset.' is a textbook simple reflection, not other."),
 ("c03", 17): (0, "Defensive self-justification, nothing of the person's reflected; other (some would say confront). Not a reflection."),
 ("c03", 33): (1, "I code other (closing); information defensible."),
 ("c04", 3): (1, "I code other (structure); information defensible."),
 ("c04", 7): (1, "I code complex (adds the feeling 'tiring' he did not say); simple defensible."),
 ("c04", 23): (1, "Primary is the permission check (closed question); information primary is defensible since the line starts with it."),
 ("c04", 25): (0, "Information given after permission, ending 'It doesn't mean you have to decide now' - the opposite of confronting. Should be information."),
 ("c04", 29): (1, "I code complex ('braver' is inferred); simple defensible."),
 ("c04", 31): (0, "An affirmation of a strength; there is no advice in it."),
 ("c04", 33): (0, "A full collecting summary with a check at the end; primary should be summary (summary only a secondary code, so the summary count shows 0)."),
 ("c04", 37): (1, "I code other (closing/next steps); information defensible."),
 ("c05", 17): (1, "I code complex ('own boss' gathers his meaning); simple defensible at a stretch."),
 ("c05", 25): (0, "Options described after permission = information; nothing reflected."),
 ("c06", 13): (1, "I code confront (insisting: 'you really need to'); advice defensible, and confront is in its secondary codes."),
 ("c06", 17): (0, "'You shouldn't be doing the garden on your own' is a confronting/prohibiting statement, not a reflection. Counting it as a reflection also inflates R:Q."),
 ("c06", 19): (0, "Clear complex reflection - it names the meaning of the roses (keeping his wife with him), which he did not say."),
 ("c07", 15): (0, "Clearly complex: interprets protection and names that she carries it alone. Complex is only a secondary code."),
 ("c07", 33): (0, "'If it were me, I'd...' is advice (without permission), not information."),
 ("c07", 35): (0, "Simple reflection of 'I'll think about it'; not information."),
}
# Feedback rows, keyed (case, ordinal within case starting 1) -> (grade, note, harmful)
FB = {
 ("c02", 2): (1, "Praise fits, but it is a complex reflection and the why flattens it; I'd say 'you picked up what the allotment means to her'.", False),
 ("c02", 8): (1, "Rewrite keeps the unasked-for advice in an open wrapper; better 'What have you tried at night so far?' or ask permission first.", False),
 ("c03", 7): (1, "Right to flag the threat framing, but in child protection being clear about process is required; I'd add: 'Say the worry and the process plainly: I'm worried about Mason if there's another incident - what would keep him safe while we work this out?' and present the agreement as a shared safety plan.", False),
 ("c03", 8): (1, "Right point (no summary) but the 'better' is a template with '...'; I'd give her words: 'You want Mason happy, with his dad, and not scared...'", False),
 ("c04", 3): (1, "Praise fits but it is a complex reflection (adds 'tiring'); why should say it named the feeling.", False),
 ("c04", 4): (0, "Wrong: line 25 was information given after permission and left the choice with Jac. Tells a worker who did elicit-provide-elicit well that they 'turned to telling, warning or arguing'. I would say: 'You asked permission, gave clear information and then asked what he made of it - that is exactly the pattern.'", True),
 ("c04", 6): (0, "Band is wrong because of miscoding: by my gold 4 of 5 reflections were complex (80%, good). Would not use.", False),
 ("c04", 8): (0, "Calls permissioned, choice-giving information 'insisting'. Would actively mislead the worker. Instead: praise it as information with permission.", True),
 ("c04", 9): (0, "Calls an affirmation ('Knowing what support you need to do something hard is a real strength') unsolicited advice. Would discourage affirming. Instead: 'A genuine affirmation at a vulnerable moment'.", True),
 ("c05", 6): (1, "Right line, wrong why: this was not insisting but dampening his hope. I'd say: 'Be honest about waiting times without taking the hope away - It can take a while to find the right flat; what would you like to do while we look?'", False),
 ("c06", 1): (1, "Praise is right but this is a complex reflection (the meaning of the roses), the one real moment of empathy; why should say so and note the loneliness cues that followed.", False),
 ("c07", 3): (1, "By my gold R:Q is 7:7 = 1.0 (fair); the product missed the reflection at line 35, so 'below fair' undersells the worker. Usable once corrected.", False),
 ("c07", 5): (1, "Fact-finding in an assessment is fine; 'Who, if anyone, has referred...' is still a fact question. Better: 'What help have you had from health services so far, and how has it been?'", False),
}
CASE = {
 "c01": (False, False, True, "Accurate and encouraging; would have liked the summary (line 33) praised - it is the best line."),
 "c02": (False, False, False, "Flags the respite advice and the burnout warning, but misses the heart of it: the review opens with a service checklist (lines 3-7) and the summary (31) lists services and drops Helen's own outcome until she corrects it. The 'review the person, not the service' point it makes in c06 is missing here."),
 "c03": (False, False, True, "Main message right (directed throughout, confronting lines, no summary), score fitting. Gaps: 'you're not taking this seriously' and 'stop making excuses' not itemised, no reflection offered for her fear (lines 12/14), no note on the missing Active Offer."),
 "c04": (True, True, False, "Three items tell a worker who did well that permissioned information was 'insisting'/'telling or warning' and that an affirmation was 'advice'; the summary is not recognised (summaries 0) and % complex is understated. The supervision questions repeat the false 'turned to telling' point. I would not show this to the worker."),
 "c05": (False, False, True, "Advice and warning flagged; misses the leading closed question at line 9 (listing everything hard about living alone), the repair at line 23, and the good summary and own-words outcome. Also does not notice he chose Welsh and the worker carried on mainly in English."),
 "c06": (False, False, True, "Gets the core point (reviewing the service, closed run) with an excellent rewrite. Misses the loneliness cues ('I don't see anyone else', 'the days are long'), the line-17 prohibition, and the summary that has him agreeing to wear the pendant when he never did."),
 "c07": (False, False, True, "Fair and encouraging; score right. Misses praising the two summaries and the 'That took courage' affirmation, does not flag the advice at line 33, and nothing on the carer's bruises (a risk to Ceri worth discussing in supervision)."),
}
gi = 0; fbn = {}
for r in rows:
    if r["kind"] == "code":
        g = gold[gi]; gi += 1
        prod = r["text"].rsplit(" -> ", 1)[1]
        key = (r["id"], g["line"])
        if prod == g["code"]:
            assert key not in CODE, key
            r["grade"] = 2; r["note"] = ""
        else:
            r["grade"], r["note"] = CODE[key]
        r["gold"] = g["code"]; r["line"] = g["line"]
    elif r["kind"] == "feedback":
        fbn[r["id"]] = fbn.get(r["id"], 0) + 1
        k = (r["id"], fbn[r["id"]])
        gr, note, harm = FB.get(k, (2, "", False))
        r["grade"], r["note"], r["harmful"] = gr, note, harm
    elif r["kind"] == "case":
        h, e, s, note = CASE[r["id"]]
        r["harmful"], r["embarrassing"], r["satisfied"], r["note"] = h, e, s, note
used = {(r["id"], r["line"]) for r in rows if r["kind"] == "code" and r["grade"] < 2}
assert used == set(CODE), set(CODE) - used
with open(P, "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("filled", len(rows))
