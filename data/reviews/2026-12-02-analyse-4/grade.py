# Fills grades.jsonl: code rows from gold + pre-registered defensible list (key.jsonl) + listed extra judgements;
# feedback and case rows from the supervisor's judgement below.
import json
OUT = "."
gold = {}
for l in open("gold.jsonl"):
    g = json.loads(l); gold.setdefault(g["file"][:3], []).append(g)
key = {}
for l in open("key.jsonl"):
    k = json.loads(l); key[k["id"]] = k.get("defensible", {})
# extra defensible judgements made after seeing output (declared here, applied consistently)
extra_def = {("c06", 1): "Active Offer question, 'other' accepted by the key _grouping note",
             ("c03", 1): "permission/consent check, 'other' accepted as for every Active Offer/permission question (key _grouping note)",
             ("c03", 33): "information + next step, same structure as c04 L33 where 'other' was pre-listed",
             ("c05", 29): "a summary is coded as a reflection in MITI 4.2, so simple_reflection is defensible; but it is not counted as a summary",
             ("c08", 7): "half of the line is a reflection; complex was pre-listed, simple is the same judgement"}
notes0 = {
 ("c01", 5): "Wh- question inviting his own agenda ('what would you like to get out of today?'): open_question.",
 ("c01", 13): "Reflection of meaning (the garden = closeness to Gwen), no strength named: complex_reflection, not affirmation.",
 ("c01", 17): "Links the fall to losing chapel and the club: complex_reflection; nothing is affirmed.",
 ("c01", 31): "Next steps/structure (other); no strength is named, so not affirmation.",
 ("c02", 5): "Arguing with her ('It is my business... I'm afraid'): confront, not neutral information.",
 ("c02", 7): "Disputes what she said ('Children always know'): confront (arguing).",
 ("c02", 17): "Repeats her words back ('So it's happened before'): simple_reflection; there is no advice in it.",
 ("c03", 11): "Reflects the meaning of being looked at like a stranger: complex_reflection, not affirmation.",
 ("c04", 21): "Joins two things he said into a new meaning (the discrepancy): complex_reflection.",
 ("c05", 15): "Insisting he keeps going because it is in his plan: confront. It is not a reflection of anything Rhys said.",
 ("c05", 21): "Tells him he cannot do something and labels it unsafe: confront. Coding it a complex reflection hides it from the confront count and the feedback.",
 ("c05", 27): "'Any problems with your epilepsy?' expects yes/no: closed_question.",
 ("c05", 31): "A statement of what the worker will do: other. Nothing Rhys said is reflected.",
 ("c06", 23): "Reflects his wish to keep Kai safe: complex_reflection. Nothing is advised.",
 ("c06", 25): "Empathic complex reflection of 'I'm not a bad dad' (it got 'It's everything'): coding it confront is seriously wrong.",
 ("c08", 13): "Acknowledges and reflects 'three meetings, nothing changes': complex_reflection, not affirmation.",
 ("c08", 17): "Adds meaning ('the boy you know he is'): complex_reflection.",
}
# feedback grades in order of appearance per case: (grade, harmful, note)
fb = {
 "c01": [(2,0,""),(2,0,""),(2,0,""),(2,0,""),
         (1,0,"Band headline 'below fair' is a product of miscoding (L13, L17 reflections counted as affirmations; L5 open counted closed). By my gold R:Q = 7/6 = 1.17 (fair), 1.75 without the Active Offer and permission question. Lead with the note, not the 'below fair'; also count the permission check L19 as good practice."),
         (2,0,""),(2,0,"")],
 "c02": [(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),
         (1,0,"L27 is insisting, not a warning; the template text does not fit. I would say: you do need to see the rooms, so say why and ask ('Part of my job today is to see where the children sleep - would you show me?')."),
         (1,0,"The rewrite is ungrammatical ('What support, if any, have you got , any friends around?'). I would offer 'Who is around to support you and the children?'. And this is not the priority: the missed moments are L24 'I've done everything for those kids' and L8 'I made sure of that' (strengths, emotion).")],
 "c03": [(2,0,""),
         (1,0,"'Started well' is only half right: it opened with four service-checking closed questions (L1-L7), then listened well from L9. I would say: it opened as a service check, found its feet from L9, slipped into telling at L15-17, and came back."),
         (2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
 "c04": [(2,0,""),
         (1,0,"L21 is a complex reflection (it brings out the discrepancy between hating maths and wanting the apprenticeship); praising it as 'saying back what the person said' undersells it."),
         (2,0,""),
         (1,0,"0.86 is right as counted, but L25 is a permission question before information (good practice) and should be discounted as the product does for the Active Offer: then 1.0 (fair)."),
         (1,0,"Band is off: by my gold 3 of 5 reflections are complex (60%, good); L21 was counted simple."),
         (2,0,"")],
 "c05": [(0,1,"HARMFUL. Praises L29 as good listening, but it is a summary that left out everything Rhys said matters (not liking Gweithdy, the cafe with Owain, the bus) - he had to correct it ('And the cafe.'). I would say: your summary gathered the service's view; check with Rhys what matters to him and put the cafe and the bus in his words."),
         (0,1,"HARMFUL. 'Listening all the way through... with little telling or warning' is false: L15 ('It's important to keep going though, it's part of your plan') and L21 ('You know you can't go on the bus on your own, it's not safe for you') are confronting, and most questions are closed, service-led checks. I would say: you reflected well at L7-L19, but then told Rhys what he must and can't do."),
         (0,0,"Band is wrong: the two confronting lines were counted as reflections. By my gold R:Q = 5/7 = 0.71, below fair."),
         (1,0,"Band right (my gold: 0%), but the '25% complex' is made of the two confronting lines; I would not present it."),
         (2,0,""),(2,0,""),
         (1,0,"'No summary was given' is wrong - there was one (L29), and it was inaccurate. The suggested check ('can I check I've understood what matters most to you?... What would you add?') is exactly right; I'd attach it to L29.")],
 "c06": [(2,0,""),(2,0,""),(2,0,""),
         (1,0,"Band is off: by my gold 4 of 7 reflections are complex (57%, good); L23 and L25 were coded advice and confront."),
         (2,0,""),
         (0,1,"HARMFUL. 'Being a good dad matters a lot to you' is a warm complex reflection of 'I'm not a bad dad' and it opened him up ('It's everything. They're everything.'). Calling it warning/arguing/labelling would discourage exactly the skill we want in child protection. I would give it as did-well: you heard the defensiveness and reflected the value under it.")],
 "c07": [(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
 "c08": [(2,0,""),
         (1,0,"L7 is mainly an affirmation of her persistence ('still here fighting for him'), not just saying back; name it as an affirmation."),
         (2,0,""),(2,0,""),
         (1,0,"Band is off: by my gold 4 of 5 reflections are complex (80%, good); L13 and L17 were coded affirmation and simple."),
         (2,0,""),(2,0,"")],
}
cases = {
 "c01": (False, False, True, "Score 85 = my 85. Feedback accurate and encouraging; misses naming the permission check before information (L19-21) and the summary L29 as strengths. Miscodes two reflections as affirmations."),
 "c02": (False, False, True, "Score 10 (mine 12). Flags three warnings and the advice; misses the arguing at L5/L7 (coded information) and the strengths/emotion the worker walked past (L8, L24, L30 Jade). Usable, with my additions."),
 "c03": (False, False, True, "Score 59 (mine 55). Good: the service-not-person rewrite, the turn to telling at L15-17, the affirmation. Does not note the missing Active Offer."),
 "c04": (False, False, True, "Score 82 = my 82. Accurate; undersells the complex reflection L21; no mention of permission-before-information or the summary."),
 "c05": (True, True, False, "Score 67 vs my 35. The two confronting lines are coded complex reflections, so the product tells the worker they listened throughout with little telling or warning, and praises the summary Rhys had to correct. Misses the cafe/bus/what matters entirely and the service-led review."),
 "c06": (True, True, False, "Score 67 vs my 80. Flags the best reflection in the visit (L25) as confronting and builds a supervision question on it; the rest is accurate but thin (no mention of permission before stating the concern, the affirmation, or the summary)."),
 "c07": (False, False, False, "Score 7 (mine 18). Every item is right, but it misses the one thing I would take to supervision: L22 'I want to be there. Sober, like.' - change talk the worker ignored. No feedback about the person's words at all."),
 "c08": (False, False, True, "Score 72 (mine 65). Accurate; does not flag the information dump at L23-25 without asking permission."),
}
rows = [json.loads(l) for l in open("grades.jsonl")]
ci = {}; fi = {}
for r in rows:
    cid = r["id"]
    if r["kind"] == "code":
        i = ci.get(cid, 0); ci[cid] = i + 1
        g = gold[cid][i]
        text, pcode = r["text"].rsplit(" -> ", 1)
        assert text.strip() == g["text"].strip(), (cid, i, text, g["text"])
        if pcode == g["code"]:
            r["grade"] = 2; r["note"] = ""
        elif pcode in key[cid].get(str(g["line"]), []):
            r["grade"] = 1; r["note"] = f"L{g['line']} gold {g['code']}; {pcode} pre-listed as defensible."
        elif (cid, g["line"]) in extra_def:
            r["grade"] = 1; r["note"] = f"L{g['line']} gold {g['code']}; defensible: " + extra_def[(cid, g["line"])]
        else:
            r["grade"] = 0; r["note"] = f"L{g['line']} gold {g['code']}. " + notes0[(cid, g["line"])]
        r["gold"] = g["code"]; r["line"] = g["line"]
    elif r["kind"] == "feedback":
        i = fi.get(cid, 0); fi[cid] = i + 1
        g, h, n = fb[cid][i]
        r["grade"] = g; r["harmful"] = bool(h); r["note"] = n
    elif r["kind"] == "case":
        h, e, s, n = cases[cid]
        r["harmful"] = h; r["embarrassing"] = e; r["satisfied"] = s; r["note"] = n
for cid in fb: assert fi[cid] == len(fb[cid]), (cid, fi[cid], len(fb[cid]))
with open("grades.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(rows))
