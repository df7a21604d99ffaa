# Fills grades.jsonl with the supervisor's grades (reviewer judgement, recorded here so it can be re-read).
import json
gold = [json.loads(l) for l in open("gold.jsonl")]
key = {k["id"]: k for k in map(json.loads, open("key.jsonl"))}
outs = {r["id"]: r["output"] for r in map(json.loads, open("outputs.jsonl"))}
rows = [json.loads(l) for l in open("grades.jsonl")]

# Post-hoc defensible (decided after seeing outputs, on a second look; listed in scores.md)
POSTHOC = {("c01", 29): "simple_reflection", ("c03", 11): "affirmation", ("c03", 27): "simple_reflection",
           ("c04", 23): "simple_reflection", ("c05", 13): "simple_reflection", ("c05", 17): "affirmation",
           ("c07", 19): "affirmation", ("c08", 19): "confront"}
CODE_NOTES = {
 ("c01", 5): "She said 'I don't want a fuss'; this is a plain rephrase = simple_reflection. The product also praises it as 'complex' in feedback.",
 ("c01", 25): "A double-sided reflection of what she just said (wants the lift, not the shopping help) - not advice.",
 ("c01", 33): "Thanks and goodbye = other; there is no information in it.",
 ("c02", 1): "'You know why I'm here, don't you?' is a tag question: closed (and leading), not open.",
 ("c02", 11): "Used to contradict her account ('they say a lot more than once or twice') = arguing; information defensible only literally.",
 ("c02", 13): "Role clarification = information; no advice is given.",
 ("c02", 15): "'If things don't improve, this could go to a conference' is a warning = confront. Coding it information hides the most damaging line.",
 ("c03", 3): "Reflection of 'he's losing his English' with added meaning = complex_reflection, not information.",
 ("c03", 5): "Worker states what they will do (record Welsh-language need) = information/other, not advice.",
 ("c03", 9): "Repeating 'Since March' is a (minimal) simple reflection, not other.",
 ("c03", 11): "Complex reflection; affirming element ('you're doing all of it') makes affirmation defensible.",
 ("c03", 19): "Apology plus affirming her expertise; it reflects nothing she said.",
 ("c03", 27): "First half repeats her; the second adds meaning (complex). Simple defensible.",
 ("c04", 17): "'That's a really mature way of looking at it' is a textbook affirmation.",
 ("c04", 23): "Close to her words; simple defensible.",
 ("c04", 29): "She never said she'd like to stay: the worker adds the unspoken wish in a double-sided reflection = complex.",
 ("c05", 1): "Active Offer as an either/or question is closed (c01 L1 with the same form was coded closed).",
 ("c05", 11): "'You must be a good worker' is an affirmation; coding it confront is wrong and puts a confront into the profile of a good conversation.",
 ("c05", 13): "'You sound proud of that' names a feeling = complex; simple defensible for the first half.",
 ("c05", 17): "Affirming first sentence makes affirmation defensible.",
 ("c06", 5): "'How late?' asks for one fact = closed question.",
 ("c07", 1): "Active Offer either/or question = closed.",
 ("c07", 11): "'It matters to you that the kids were kept out of it' is a reflection of value, not information.",
 ("c07", 19): "Reflection of his experience and values; values-affirming so affirmation defensible.",
 ("c07", 31): "'Let me pull this together...' is a full collecting summary; no advice in it. Missing it leaves an exemplary worker with 0 summaries.",
 ("c08", 7): "Empathic guess at feeling = complex; simple defensible.",
 ("c08", 15): "'that's irresponsible' is labelling = confront. Coding it information misses the most harmful line in the visit.",
 ("c08", 19): "Directive advice without permission; the 'get the flat tidied before...' part is insisting, so confront is defensible.",
 ("c08", 25): "Links two separate things she said into a cause she had not stated = complex.",
}
alts = {}
for k in key.values():
    for a in k["defensible_alternatives"]:
        alts[(k["id"], a["line"])] = set(a["defensible"])

FEEDBACK = {  # (id, index in product feedback) -> (grade, harmful, note)
 ("c01",0):(2,False,""), ("c01",1):(1,False,"Praise is deserved but it is a simple reflection; I'd say 'a simple reflection that captures exactly what she wants'."),
 ("c01",2):(2,False,""), ("c01",3):(2,False,""), ("c01",4):(2,False,""), ("c01",5):(2,False,""), ("c01",6):(2,False,""),
 ("c02",0):(2,False,""), ("c02",1):(2,False,""),
 ("c02",2):(1,False,"Right call, but no alternative given; I'd add e.g. 'You think the school have got this wrong. Tell me what happened at your mum's.'"),
 ("c02",3):(1,False,"Mechanical rewrite that is still a narrow fact question; I'd suggest 'Tell me what happened the day he hurt his arm.' The bigger issue at this point was arguing, not this question."),
 ("c02",4):(0,True,"Wrong: 'I'm not here to take sides. My job is to make sure Tyler is safe' is role clarity, which is required in child protection, not advice. The actual advice (L9) was not flagged. Tells the worker to stop being transparent about purpose."),
 ("c02",5):(2,False,""),
 ("c02",6):(1,False,"Generic template with '...'; I'd give a summary built from her words: 'You love Tyler, you work two jobs, his nan was there...'. Also the warning at L15 (conference threat) went unflagged."),
 ("c03",0):(1,False,"Good to praise, but it is more than saying back: it notices what is precious to her (complex). I'd name that."),
 ("c03",1):(1,False,"By my coding R:Q is about 1.0-1.2 (fair): L3, L9, L11 are reflections the product missed, so 'below fair' understates the worker."),
 ("c03",2):(2,False,""),
 ("c03",3):(1,False,"Mechanical rewrite; the real miss is that she had just said she snapped at Dad and he asked for Mam. I'd suggest reflecting: 'That moment on Tuesday is still with you.'"),
 ("c03",4):(2,False,""), ("c03",5):(2,False,""),
 ("c04",0):(2,False,""), ("c04",1):(2,False,""),
 ("c04",2):(1,False,"Should discount the Active Offer (L3) and permission question (L25) as the c01 item did; then the worker is at fair/good."),
 ("c04",3):(1,False,"4 of 5 reflections were complex by my coding (80%, good); product says 40% fair."),
 ("c04",4):(1,False,"Same missing note: 2 of 3 closed questions were good practice; without them 80% open (good)."),
 ("c05",0):(2,False,""), ("c05",1):(2,False,""), ("c05",2):(2,False,""),
 ("c05",3):(1,False,"Should discount the Active Offer and permission question, and note that with a person with a learning disability some short closed questions are appropriate."),
 ("c05",4):(2,False,""),
 ("c05",5):(1,False,"Based on coding the Active Offer as open; should discount the Active Offer and permission question instead."),
 ("c06",0):(2,False,""), ("c06",1):(2,False,""), ("c06",2):(2,False,""), ("c06",3):(2,False,""), ("c06",4):(2,False,""),
 ("c06",5):(1,False,"Generic template with '...'. The bigger misses were not raised: loneliness (L8 'I don't see anyone else'), forty years as a postman (L16), the Wednesday pub quiz as a personal outcome (L20-24), and 'That's nice' (L21)."),
 ("c07",0):(2,False,""), ("c07",1):(2,False,""), ("c07",2):(2,False,""),
 ("c07",3):(1,False,"Understated because L11, L19 and the L31 summary were not counted as reflections; by my coding R:Q is 1.2 (fair), 2.3 without the good-practice closed questions."),
 ("c07",4):(2,False,""), ("c07",5):(2,False,""),
 ("c08",0):(2,False,""),
 ("c08",1):(0,True,"Wrong for this visit: the worker called a 19-year-old mother 'irresponsible' (L15) and gave directive advice (L19). Telling her there was 'little telling or warning' is false reassurance. I'd say: 'You listened well at L17 and L25-27, but the labelling at L15 closed her down.'"),
 ("c08",2):(2,False,""),
 ("c08",3):(1,False,"4 of 5 reflections were complex by my coding (80%); product says 40%."),
 ("c08",4):(2,False,""),
 ("c08",5):(1,False,"The alternative (reflect 'You know it's not ideal') is good; but the 'why' is about warning/labelling, while this line is unasked-for directive advice. The labelling at L15 ('irresponsible') is the line that needed this feedback and was missed."),
}
CASES = {
 "c01": (False, False, True, "Score 77 vs my 88 (a little low). Accurate praise; missed saying the summary (L27) and the outcome in her words (L29) were good."),
 "c02": (True, True, False, "Score right (16). But the conference threat (L15) and the contradiction (L11) are coded information and unflagged, and role clarity is flagged as advice (harmful item)."),
 "c03": (False, False, True, "Score 53 vs 55. Advice, confront and closed question flagged correctly. Profile shows 0% complex reflections, which is wrong (L3, L11 are complex)."),
 "c04": (False, False, True, "Score 81 vs 78. Fair feedback; bands do not discount the Active Offer/permission question here (they did in c01)."),
 "c05": (False, True, False, "Score 70 vs my 84: an affirmation ('You must be a good worker') was coded confront, so the profile shows confronting talk in a good conversation with a man with a learning disability."),
 "c06": (False, False, True, "Score 24 vs 22. The 'review the person, not the service' item is exactly right. Misses loneliness, the postman identity and the pub quiz outcome."),
 "c07": (False, True, True, "Score 84 vs 86. Feedback good, but the model summary at L31 is coded advice, so the profile shows 0 summaries and 1 advice for an exemplary worker."),
 "c08": (True, True, False, "Score 66 vs my 45: too high. 'That's irresponsible' coded information and not flagged; the 'listened throughout, little telling or warning' item is false reassurance (harmful)."),
}
gi = 0; fi = {}
for r in rows:
    cid = r["id"]
    if r["kind"] == "code":
        g = gold[gi]; gi += 1
        assert g["file"][:3] == cid and r["text"].startswith(g["text"][:40]), (r["text"], g)
        prod = r["text"].rsplit(" -> ", 1)[1].strip()
        k = (cid, g["line"])
        if prod == g["code"]:
            r["grade"] = 2; r["note"] = ""
        elif prod in alts.get(k, set()) or POSTHOC.get(k) == prod:
            r["grade"] = 1
            r["note"] = f"L{g['line']} gold {g['code']}, product {prod}: defensible" + (" (post-hoc)" if POSTHOC.get(k) == prod and prod not in alts.get(k, set()) else " (pre-registered)") + (". " + CODE_NOTES[k] if k in CODE_NOTES else "")
        else:
            r["grade"] = 0
            r["note"] = f"L{g['line']} gold {g['code']}, product {prod}. " + CODE_NOTES.get(k, "")
        r["gold"] = g["code"]; r["line"] = g["line"]
    elif r["kind"] == "feedback":
        i = fi.get(cid, 0); fi[cid] = i + 1
        assert json.loads(r["text"]) == outs[cid]["feedback"][i]
        g, h, n = FEEDBACK[(cid, i)]
        r["grade"] = g; r["harmful"] = h; r["note"] = n
    elif r["kind"] == "case":
        h, e, s, n = CASES[cid]
        r["harmful"] = h; r["embarrassing"] = e; r["satisfied"] = s; r["note"] = n
assert gi == len(gold)
with open("grades.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("filled", len(rows))
