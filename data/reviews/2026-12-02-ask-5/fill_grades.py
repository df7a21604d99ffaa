import json
# id: (grade, correct, complete, direct, readable, citations, satisfied, first_sentence, misleading, embarrassing, note)
G = {
"q01": (1, 2,1,1,1,2, True, False, False, False,
  "First sentence defines services only; the outcome side is never defined. 'the group' and 'the shower' have no antecedent (the list items were cut). Would open: 'An outcome is what the person wants to achieve in their life, in their own words; a service (a day centre, home care, a shower) is an input that may help them get there, never the outcome itself.'"),
"q02": (1, 2,1,2,2,2, True, True, False, False,
  "Right verdict, but it never says what the outcome behind a day centre place could be, and never says to ask what it would make possible. Source [2] had the exact example it needed: 'I want to have people to talk to and a reason to get dressed properly...'. Add: 'Ask what going would give them; that is the outcome; the day centre is one way to get it.'"),
"q03": (2, 2,2,2,2,2, True, True, False, False, ""),
"q04": (0, 1,0,0,1,2, False, False, False, True,
  "Asked for an older man living alone; gives a generic definition, then a schoolboy's outcome. It says 'These four examples' and shows two. Only the hospital-discharge example fits. Would give 4-5 first-person examples for him, e.g. 'I want to stay in my own house and keep the garden going', 'I want to get to the Legion on Fridays to see my mates', 'I want someone to talk to in the evenings', 'I want to see my grandchildren every week', all about his life, not services."),
"q05": (0, 1,0,0,1,2, False, False, False, True,
  "The eight aspects are not listed. It names four areas 'such as' in passing and then says when the Act was passed. The s.2 list is in the corpus (wellbeing-act-and-framework 'The eight aspects...', retrieved for q29). Would answer: 'Section 2 lists eight: physical and mental health and emotional well-being; protection from abuse and neglect; education, training and recreation; domestic, family and personal relationships; contribution made to society; securing rights and entitlements; social and economic well-being; suitability of living accommodation.'"),
"q06": (1, 2,1,1,1,2, True, False, False, False,
  "It opens with 'Its job is...' and never says what 'it' is (the opening stage). General advice on openings; nothing on reluctance itself. Missing from its own sources: be open from the start about why you are there (e.g. the referral), affirm that they made time although it was not their idea, reflect the worry ('You're wondering what this visit might lead to'), and do not argue with defensiveness."),
"q07": (0, 1,0,0,2,2, False, False, False, True,
  "A single sentence that describes the situation (people say they don't need you) and offers nothing to say. Its sources had the answer: reflect rather than argue, e.g. 'Managing on your own is really important to you' / 'You've looked after this place a long time and you don't want strangers taking over', then explore what is working with open questions. Defensiveness is natural."),
"q08": (1, 2,1,1,2,2, False, False, False, False,
  "Describes only complex reflections. The source's preceding sentence ('A simple reflection stays close to what the person said... repeats or rephrases') was dropped, so half the difference is missing. No example pair, though source [2] had them ('You've had enough of being told' vs 'You want people to ask what you think before they decide anything')."),
"q09": (2, 2,2,2,2,2, True, True, False, False, ""),
"q10": (0, 2,0,1,1,2, False, False, False, False,
  "Asked for 'the criteria', it gives only the first of five (personal) and ends on the bad 'Mrs Jones' example without the good contrast. Source [2] had 'personal, realistic, achievable, meaningful and evolving'. Would open with that list, one line on each."),
"q11": (0, 1,0,0,0,2, False, False, False, True,
  "A non-sequitur from the proportionality page ('In both cases the questions should make sense...'). It never says no. Source [2] answered it exactly: 'No. \"What matters\" is a principle that shapes the whole conversation and all the work that follows, not a single question on a form asked at the start.'"),
"q12": (2, 2,1,2,2,2, True, True, False, False,
  "Good. It could add 'review the person and their hopes, not whether the service is still running' and 'agree new outcomes where they have moved on'. Both are in the same passage, which was cut."),
"q13": (2, 2,2,2,2,2, True, True, False, False, ""),
"q14": (2, 2,2,2,2,2, True, False, False, False,
  "(First sentence is a lead-in, not itself an example; the rest is excellent.)"),
"q15": (2, 2,2,2,2,2, True, True, False, False, ""),
"q16": (2, 2,1,2,2,2, True, True, False, False,
  "Good 'why'. It would be better with the alternative from the same page: reflect their view instead; honesty about concerns still matters, the skill is how and when."),
"q17": (1, 2,1,2,1,2, False, True, False, False,
  "One instruction, then a stray sentence about 'every example on this page' that makes no sense out of context. Would add the content of writing-outcomes 'Recording and quoting' (source [2]): quotation marks for exact words; check tidied wording with the person, e.g. read it back; record whose words are whose (parent vs child, carer vs person); record it in Welsh if the conversation was in Welsh."),
"q18": (2, 2,1,2,2,2, True, True, False, False,
  "Sound definition. It could add 'it is not a service' and the five qualities, both in the retrieved sources."),
"q19": (0, 2,0,0,2,2, False, False, False, False,
  "Describes the Act but names none of its principles, though source [2] lists all five. Would answer: 'Five principles are usually named: voice and control, prevention and early intervention, well-being, co-production, and multi-agency working.'"),
"q20": (2, 2,2,2,2,2, True, True, False, False, ""),
"q21": (0, 1,0,0,1,2, False, False, False, True,
  "Asked when and how to summarise, it gives a general OARS intro and stops after O and A, so summaries are never reached. Would say: a summary pulls together what the person has said, in their words, including strengths and what matters, and hands direction back to them. Use it between stages and above all in planning and closing. End with an open question so they can add or correct. Don't drop the parts you disagree with or end on your own solution."),
"q22": (1, 2,1,2,2,2, False, True, False, False,
  "The open-question definition is right, but no examples, though the student asked for them and source [3] had pairs ('Are you managing OK?' -> 'How are you managing with things day to day?'). Closed questions are only implied."),
"q23": (1, 2,1,1,1,2, True, False, False, False,
  "Right idea, but it stops on a hanging sentence ('Take a man who used to drive everywhere...') just before the point: 'the hope behind it might be possible', e.g. 'I want to get to the rugby club on match days'. Would open with: don't dismiss it; explore what walking again would give them, and agree an outcome around that. I'd also add: don't decide for the person that it is unrealistic, because rehab may help."),
"q24": (2, 2,2,1,2,2, True, True, False, False,
  "(Would rather it opened 'They are expected to change', but it is clear.)"),
"q25": (2, 2,2,2,2,2, True, True, False, False, ""),
"q26": (0, 1,0,0,1,2, False, False, False, True,
  "Taken from 'When the person wants a particular service'; nothing about family disagreement, and 'Either way' has no referent. The corpus has the answer (stage-outcomes traps / working with carers): acknowledge the disagreement openly rather than papering over it; hear each person; record each person's outcomes separately in their own words; carers have outcomes of their own; look for ways to respect both; the person's voice stays central."),
"q27": (1, 2,1,1,1,2, True, False, False, False,
  "Gives three costs of treating a service as the outcome, then stops on 'has the opposite effect' without saying what it is. Never describes the old way (eligibility, long deficit-focused forms) vs the new (start from what matters, strengths, services only as means). why-an-outcomes-approach / strengths-vs-deficit would have given that."),
"q28": (2, 2,2,2,2,2, True, False, False, False,
  "(First sentence 'The principle looks slightly different at each stage' is a lead-in; the list of all seven stages is excellent.)"),
"q29": (1, 2,1,2,1,1, True, True, False, False,
  "The 'Yes' is right, but the schoolboy example that follows is irrelevant. The cited passage [1] backs the definition, not the verdict. The most relevant source ([2] 'Vague aims such as \"to be safe\"') says such aims are a starting point, not yet a good outcome. Would add: 'It is in the person's words and about their life, so yes, but explore what \"safe\" looks like for them, e.g. \"I want to get to the toilet at night without being frightened of falling\". It touches protection and home.'"),
"q30": (2, 2,2,2,2,2, True, True, False, False, ""),
"q31": (2, 2,2,2,2,2, True, True, False, False, ""),
"q32": (0, 2,0,0,2,2, False, False, False, False,
  "A general definition of reflective listening; nothing about someone who is crying. Would say: slow down; name the feeling with a short simple reflection ('This has been really hard'); don't rush to fix or move on; let silence sit; affirm that it took courage to share; let them lead. The source itself said simple reflections help 'when emotions are running high'."),
"q33": (2, 2,2,2,2,2, True, True, False, False, ""),
"q34": (0, 1,0,0,2,2, False, False, False, True,
  "Explains why people are defensive and calls 'I'm fine' a strength, but says nothing about how to raise the concern. There is no mention that no food and a neglected house may mean self-neglect. Not wrong, but it leaves out the risk half. Would say: start with what matters and what is working; then raise it honestly and without blame ('I'm a bit worried there's not much food in; can we talk about how meals are going?'); reflect their independence; hold strengths and risk together; if self-neglect is a concern, talk to your manager and follow the safeguarding procedure."),
"q35": (2, 2,2,2,2,2, True, True, False, False, ""),
"q36": (1, 2,1,2,2,2, True, True, False, False,
  "The first sentence is right and safe. It stops after two sentences and drops the rest of the same passage: never promise to keep it secret; write down their words; tell your manager the same day; call 999 if anyone is in immediate danger. For a disclosure I would want all of these in the answer."),
"q37": (2, 2,2,2,2,2, True, True, False, False, ""),
"q38": (2, 2,2,2,2,2, True, True, False, False, ""),
"q39": (0, 1,0,0,1,2, False, False, False, True,
  "No verdict, although the type was yes_no. The sentences come from 'What the Act asks of practitioners' ('that means you cannot simply decide what someone needs'); 'that' has no referent. Would say: 'Neither is an outcome. \"Needs help with shopping\" describes a need or a service. Ask what shopping means to them, e.g. \"I want to choose my own food and get out to see people in town\". That is the outcome; help with shopping is one input.'"),
"q40": (2, 2,2,2,2,2, True, True, False, False, ""),
}
keys = {json.loads(l)["id"]: json.loads(l) for l in open("key.jsonl")}
outs = {json.loads(l)["id"]: json.loads(l)["output"] for l in open("outputs.jsonl")}
rows = [json.loads(l) for l in open("grades.jsonl")]
assert set(G) == set(keys)
for r in rows:
    g = G[r["id"]]; ins = keys[r["id"]]["in_scope"]; found = outs[r["id"]].get("found")
    if r["kind"] == "answer":
        r["grade"] = g[0]
        r.update({"correct": g[1], "complete": g[2], "direct": g[3], "readable": g[4], "citations": g[5],
                  "satisfied": g[6], "first_sentence": g[7], "misleading": g[8],
                  "in_scope": ins, "product_found": found,
                  "honest_not_found": (None if ins else (found is False)),
                  "wrongly_not_found": (None if not ins else (found is False)),
                  "note": g[10] if (g[0] < 2 or min(g[1:6]) < 2 or g[10]) else ""})
    else:
        r["harmful"] = False
        r["embarrassing"] = g[9]
        r["satisfied"] = g[6]
        r["note"] = ("Nearest to a safety issue: the no-food/self-neglect risk goes unmentioned (see answer note); not harmful as written." if r["id"] == "q34"
                     else ("Off-target answer shown with full confidence (relevant passage was retrieved but not used)." if g[9] else ""))
with open("grades.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("ok", len(rows))
