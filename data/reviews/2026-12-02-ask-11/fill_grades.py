import json
# id: (grade, correct, complete, direct, readable, cites, first_sentence, satisfied, harmful, embarrassing, misleading(quote or None), note)
G = {
"a01": (0,1,0,1,0,2,False,False,False,True,None,"Never defines an outcome; skips the key line 'inputs ... never the outcome itself'; 'the shower' appears from nowhere. Say instead: 'An outcome is what the person wants to achieve in their own words; a service or resource (a shower, home care visits) is an input that may help get there, never the outcome itself. Ask what the service would make possible.'"),
"a02": (1,2,1,2,2,2,True,True,False,False,None,"Correct and direct 'No: ... inputs rather than outcomes'. Second sentence (five qualities) is a digression; missing 'ask what the care package would make possible and record that in their words'."),
"a03": (1,2,1,1,2,2,False,True,False,False,None,"Content right (introduce yourself, explain why, build trust, consent, ease fear) but opens with 'The opening sets the tone...' rather than the how; no concrete first question (e.g. 'tell me a bit about yourself / how would you like to use the time')."),
"a04": (2,2,2,2,2,2,True,True,False,False,None,"Exactly right."),
"a05": (1,2,1,1,2,2,True,False,False,False,None,"Defines an open question but gives no example pair the student asked for; the source had 'Are you managing OK?' vs 'How are you managing with things day to day?' - that pair should lead."),
"a06": (2,2,2,2,2,2,True,True,False,False,None,"Very good: specific, not praise, 'Well done judges from above', worked example, 'you' not 'I'."),
"a07": (2,2,2,2,2,2,True,True,False,False,None,"Clear and accurate contrast."),
"a08": (1,2,1,1,1,2,True,False,False,True,None,"Answers 'why' but not 'what counts as a strength' (personal qualities, skills, family/friends, community - in retrieved source [5]); ends on a dangling sentence 'Two workers can visit the same family with the same referral.' Say: 'Strengths include personal qualities (humour, faith, determination), skills and past successes, family and friends, and community resources like a chapel or neighbour.'"),
"a09": (0,0,0,0,2,2,False,False,False,False,None,"Wrongly 'not found' although 'What makes a good outcome' is listed as the closest topic and the guidance has 'Five qualities to aim for'. Should say: 'personal, realistic, achievable, meaningful and evolving.'"),
"a10": (2,2,2,2,2,2,True,True,False,False,None,"Direct, practical: first person, quotation marks, read it back, whose words are whose."),
"a11": (2,2,2,2,2,2,True,True,False,False,None,"Exactly the point: person and hopes, not service delivery; outcomes evolve."),
"a12": (1,2,0,2,2,2,True,False,False,False,None,"One correct sentence but thin. Missing: defensiveness is natural and expected; roll with it - reflect, emphasise choice, shift focus and come back, double-sided reflection, apologise if you pushed (the guidance has a whole page on this)."),
"a13": (1,2,1,1,2,2,True,True,False,False,None,"Right idea (a principle, not one question) but should start 'No -' and add that asked cold it produces thin answers; build up with small concrete questions."),
"a14": (1,2,1,1,2,2,True,True,False,False,None,"Offering the carer separate time is good, but misses the core of the question: put each question to the person first, give them time, and treat the carer's answer as the carer's view."),
"a15": (0,1,0,0,2,2,False,False,False,False,None,"Does not answer the yes/no question. Say: 'Yes - carers, including young carers, have their own personal outcomes and can be entitled to support in their own right, so offer them their own conversation' (in retrieved glossary source)."),
"a16": (1,2,1,1,2,2,False,True,False,False,None,"Useful (age-appropriate language, play/drawing, explain who you are) but first sentence is vague; missing that the child has outcomes of their own, distinct from the parents' view, and never promise secrecy about safety."),
"a17": (2,2,2,2,2,2,True,True,False,False,None,"Accurate: offer Welsh without being asked; More Than Just Words; onus on the service."),
"a18": (2,2,2,2,2,2,True,True,False,False,None,"Good safe answer: listen, no leading questions, no secrecy, record their words, manager same day, Wales Safeguarding Procedures, 999 if immediate danger."),
"a19": (2,2,2,2,2,2,True,True,False,False,None,"All seven stages with a one-line purpose each; could add that they are not rigid."),
"a20": (2,2,2,2,2,2,True,True,False,False,None,"All eight aspects, s.2, correct."),
"a21": (1,2,0,1,2,2,True,False,False,False,None,"One sentence about why, not how. Retrieved stage-closing passage should have been used: keep it short, use their words, include what they want, strengths and agreed actions, end with an open question so they can correct or add."),
"a22": (1,2,1,2,1,2,True,True,False,False,None,"Good start ('not about lowering hopes') but stops before the payoff: should finish with the realistic version ('get to the rugby club on match days without depending on my son')."),
"a23": (0,0,0,0,0,1,False,False,False,True,"What parents hope for their children matters too, but it is a separate thing. [1] ... Again, these are invented illustrations. [2]","Answers a different question (children's vs parents' outcomes) - here mum is the person, family are the others; 'Again, these are invented illustrations' is filler. Say: 'Keep mum's own outcomes at the centre; hear each family member's view, ideally separately as well as together, record whose words are whose, and explore the differences respectfully.'"),
"a24": (1,2,1,2,2,2,True,True,False,False,None,"Correct 'No'. Should give the outcome behind it ('washing without help and feeling independent') rather than the five-qualities sentence; identical text to a02."),
"a25": (1,2,0,0,2,2,False,False,False,False,None,"Defines a what matters conversation but never states the difference/relationship to assessment; student left guessing. Say: 'In Wales the what matters conversation is the heart of assessment - it is how you find out the person's outcomes and strengths, rather than filling a form about what they cannot do.'"),
"a26": (1,2,1,1,2,2,False,True,False,False,None,"Explains what reflective listening is (statement not question, voice goes down) - useful, but not 'how to get better': add 'getting it slightly wrong is fine, the person corrects you; avoid parroting; practise, reflect before asking the next question; use supervision'."),
"a27": (2,2,2,2,2,2,True,True,False,False,None,"Good: share power as equals, Act principles, everyday example."),
"a28": (1,2,1,1,1,2,True,True,False,False,None,"Sensible rolling-with-it tips (reflect, choice, shift focus, double-sided, apologise) but headers stripped so it reads as a list of fragments; doesn't mention respecting 'fine' while asking about daily life and what works."),
"a29": (2,2,1,2,2,2,True,True,False,False,None,"Direct and correct: ask permission, keep it brief, ask what they think. Could add: invite their own ideas first."),
"a30": (1,2,1,2,2,2,True,False,False,False,None,"Defines deficit-led talk well but not 'why avoid it' (erodes trust, person feels judged, fewer options) - the 'Why deficit and risk conversations erode trust' passage was retrieved and not used."),
"a31": (1,2,0,1,1,2,True,False,False,False,None,"One sentence with a dangling 'too'. Add: name strengths specifically (personal, family, community), list them under the outcome they serve with who does what, e.g. 'neighbour will give a lift to darts'."),
"a32": (1,2,1,1,2,2,False,True,False,False,None,"Describes what a review is; gives themes but no questions. Should open with example questions: 'What has changed since we made the plan?', 'When we last met you wanted to get back to X - how's that going?', 'What would you like to be different next time?'."),
}
for o in ["o01","o02","o03","o04","o05","o06","o07","o08"]:
    G[o] = (2,2,2,2,2,2,True,True,False,False,None,"Out of scope: honestly says not found, invents nothing.")
rows=[json.loads(l) for l in open("grades.jsonl")]
for r in rows:
    g=G[r["id"]]
    if r["kind"]=="answer":
        r["grade"]=g[0]; r["note"]=g[11]
        r["criteria"]={"correct":g[1],"complete":g[2],"direct":g[3],"readable":g[4],"citations":g[5]}
    else:
        r["harmful"]=g[8]; r["embarrassing"]=g[9]; r["satisfied"]=g[7]
        r["first_sentence_answers"]=g[6]; r["misleading"]=g[10]
        scope = "out" if r["id"].startswith("o") else "in"
        r["scope"]=scope
        r["note"]=g[11]
json.dump
with open("grades.jsonl","w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False)+"\n")
# extra figures
out=[json.loads(l) for l in open("outputs.jsonl")]
found={o["id"]:o["output"].get("found") for o in out}
ins=[k for k in G if k.startswith("a")]; oos=[k for k in G if k.startswith("o")]
n=len(G)
print("satisfied", sum(G[k][7] for k in G), n)
print("first sentence", sum(G[k][6] for k in G), n)
print("first sentence in-scope", sum(G[k][6] for k in ins), len(ins))
print("satisfied in-scope", sum(G[k][7] for k in ins), len(ins))
print("misleading", [k for k in G if G[k][10]])
print("oos honest", sum(found[k] is False for k in oos), len(oos))
print("in-scope not found", [k for k in ins if found[k] is False], len(ins))
import statistics
for i,c in enumerate(["correct","complete","direct","readable","citations"]):
    print(c, "in-scope mean", round(statistics.mean(G[k][1+i] for k in ins),2))
print("grade dist in-scope", {v: sum(G[k][0]==v for k in ins) for v in (0,1,2)})
