import json
D="/work/main/data/reviews/2026-12-01-analyse-2/"
G={"question":{"open_question","closed_question"},"reflection":{"simple_reflection","complex_reflection","summary"},
   "input":{"information","advice","confront"},"other":{"other","affirmation"}}
pairs=json.load(open(D+"pairs.json"))
# code-row grading: 2 = product primary equals gold; 1 = defensible, or gold code among its secondary codes; 0 = wrong
DEF={("b02",23):"'I'm not threatening anyone' argues back; confront is defensible",
     ("b02",29):"'You should have told them ... you need to' is blaming/insisting; confront defensible under the product's own definition (gold: advice)",
     ("b06",19):"'You need to cut down' is insisting; confront defensible (gold: advice)",
     ("b06",25):"'You really need to' is insisting; confront defensible (gold: advice)",
     ("b02",1):"introduction stating the purpose; other is defensible (gold: information)",
     ("b03",19):"affirmation coded as reflection; MITI coders do debate these, but the line names her effort (gold: affirmation)",
     ("b04",35):"affirmation of Carys coded as reflection (gold: affirmation)",
     ("b05",15):"'You've stuck at college all year' is an affirmation coded as reflection (gold: affirmation)",
     ("b03",27):"options listed after permission = information; advice is arguable (gold: information)",
     ("b04",28):"options described after permission = information; 'the OT can bring one' is not advice (gold: information)",
     ("b05",3):"hospitality ('Want anything?') coded as a question; technically a question, but it is hospitality (gold: other)",
}
WRONG={("b01",3):"small talk about the dog coded information, with confront as secondary code (gold: other)",
       ("b02",3):"'How many times...?' asks for a number: closed, not open",
       ("b02",11):"incredulous 'You don't know whether your own daughter was awake...?' is a subtle confront (blaming), not a neutral closed question",
       ("b02",21):"threat of a child protection conference is a warning (confront), not information",
       ("b02",31):"'it will be noted on the file' is a veiled warning (confront), not information",
       ("b03",7):"explaining the purpose of the assessment is information, not a complex reflection",
       ("b03",9):"'Nobody asks.' is a simple reflection (echo), not other",
       ("b03",13):"empathic complex reflection coded confront - a serious error",
       ("b05",1):"greeting 'Hiya Kayden. You alright?' coded open question (gold: other)",
       ("b05",13):"empathic complex reflection coded confront - a serious error",
       ("b05",33):"'I'd talk to Sue this week' is advice, not information",
       ("b06",13):"'That must have been frightening' is an empathic complex reflection, coded confront - a serious error",
}
FB={
"b01":[(2,"",False),(2,"",False),
       (1,"Ratio deflated because both summaries were missed and the Active Offer and two permission-asking questions count as questions; by my coding 5 reflections/summaries to 8 questions. Needs a caveat before showing to this worker.",False),
       (2,"",False),
       (0,"'Below fair' for an excellent first visit: 3 of the 5 closed questions are the Active Offer and asking permission, and one is the domestic-abuse screening question. Counting them against her is misleading; I would not show this band.",False),
       (0,"'Is Dai living here at the moment?' is a right and necessary closed safety fact-check after a police referral. 'Where is Dai living?' is no more open and gains nothing. Picking this as the one missed opportunity on an excellent visit is wrong.",False)],
"b02":[(2,"",False),(2,"Value slightly off ('How many times' counted as open), conclusion right.",False),
       (2,"",False),
       (1,"Flagging the run of closed questions is right, but 'Where were the children on Saturday?' is still a fact question; better: 'Tell me about Saturday night. What was it like for Mali and Osian?'",False),
       (2,"",False),
       (1,"Naming the blaming is right, but the 'why' talks about 'why did you' questions and misses that the safety steps (101, contact) are legitimate content given as orders with no permission. No alternative line; e.g. 'Would it be OK to talk about what could help keep you and the kids safe while Dai's at his mam's?'",False),
       (2,"",False),
       (1,"Point that there was no summary is fair, but the 'better' line is a template with '...' and it is anchored to the labelling line. The worker never asked what matters to Ceri, so there was nothing to summarise; that is the bigger miss.",False)],
"b03":[(2,"",False),(2,"",False),(2,"",False),(2,"",False),(2,"Value inflated (two non-reflections counted as complex) but band holds.",False),(2,"",False),
       (0,"HARMFUL: 'You're holding the whole thing together and there's no point in the day when you're off duty' is an accurate, empathic complex reflection (Siân: 'That's it'). Calling it 'arguing with the person's account' criticises good practice and would confuse or discourage the worker. A supervision question ('the point where you warned or told the person what to do') follows from this error.",True)],
"b04":[(2,"",False),(2,"",False),(2,"",False),
       (1,"Deflated because the opening summary of last visit's outcomes and the closing summary count as questions. In an outcomes review, going through each outcome with a question is the right structure; 'below fair' needs that caveat.",False),
       (2,"",False),(2,"",False)],
"b05":[(2,"",False),
       (0,"Wrong band: the greeting 'You alright?' and hospitality 'Want anything?' are counted as questions and an empathic reflection as confront. By my coding reflections/summaries 5 to questions 5 = 1.0 (fair).",False),
       (2,"",False),
       (1,"Two of the three closed questions are the Active Offer and asking permission; the band should leave them out or say so.",False),
       (1,"Right point, but the rewrite is clumsy English; a worker would say 'How do you picture paying the rent once you've got your own place?'",False),
       (2,"Right. Would be stronger if it credited the worker's immediate repair ('You're right, that came out wrong') as good practice.",False)],
"b06":[(2,"",False),
       (1,"Right pattern, wrong turning point: it points at the empathic reflection 'That must have been frightening', which was good practice (and which the coder wrongly called confront). The turn came with the unasked-for units information and 'You need to cut down'. The matching supervision question asks what changed 'around' that reflection, which is misleading.",False),
       (2,"",False),(2,"",False),(2,"",False),(2,"",False),(2,"",False),
       (1,"Reflecting 'You don't want people traipsing in and out' is a fair first move, but on its own it drops the worker's real worry about the next fall. It needs a follow-on such as '...and you want to stay here in your own home. What would help you feel safe enough to do that?'",False)],
}
CASE={
"b01":(False,False,False,"Score 62 for an excellent first visit (my rating 88): both summaries missed (metrics say 0 summaries), one affirmation missed, small talk coded information/confront, and the only 'missed' item is a proper safety question. Supervisor would not trust it."),
"b02":(False,False,True,"Score 12 (mine 8) and the main confronts are caught. Missed: 'A good mother puts her kids first' (shaming), the CP-conference threat, 'noted on the file', the incredulous 'your own daughter' line, and no Active Offer. No arc item."),
"b03":(True,True,False,"Score 58 for an excellent carer's assessment (mine 90). An empathic reflection is flagged as confronting (harmful), the affirmation is missed, and the supervision questions ask about warning/telling that never happened."),
"b04":(False,False,True,"Score 75 (mine 93). Useful overall, but it does not recognise the opening summary of last visit's outcomes, which is the key outcomes-review skill (coded as a closed question), or the two affirmations."),
"b05":(False,False,False,"Score 49 (mine 72). Greetings counted as questions, an empathic reflection coded confront, affirmation and advice missed, and the summary and the worker's repair after her slip not credited."),
"b06":(False,False,True,"Score 22 (mine 30), arc caught, main confronts flagged with mostly usable lines. But the turning point is put on a good reflection, the lecturing 'So to sum up' summary and the unasked-for units information are not flagged, and 'you have to take some responsibility' is not in the feedback."),
}
rows=[json.loads(l) for l in open(D+"grades.jsonl")]
pi=0; fi={}
for r in rows:
    if r["kind"]=="code":
        cid,line,text,gold,prod,codes=pairs[pi]; pi+=1
        assert r["id"]==cid and r["text"].startswith(text[:40]), (r["text"][:60],text[:60])
        assert r["text"].endswith("-> "+str(prod))
        if gold==prod: r["grade"]=2; r["note"]=""
        elif (cid,line) in DEF: r["grade"]=1; r["note"]=f"L{line} gold={gold}: "+DEF[(cid,line)]
        elif (cid,line) in WRONG: r["grade"]=0; r["note"]=f"L{line} gold={gold}: "+WRONG[(cid,line)]
        elif gold in codes: r["grade"]=1; r["note"]=f"L{line} gold={gold}: gold code is among the product's secondary codes ({codes}) but not primary"
        else: raise SystemExit(("unhandled",cid,line))
        r["gold"]=gold
    elif r["kind"]=="feedback":
        k=fi.get(r["id"],0); fi[r["id"]]=k+1
        g,n,h=FB[r["id"]][k]; r["grade"]=g; r["note"]=n; r["harmful"]=h
    elif r["kind"]=="case":
        h,e,s,n=CASE[r["id"]]; r["harmful"]=h; r["embarrassing"]=e; r["satisfied"]=s; r["note"]=n
assert pi==len(pairs)
for k,v in FB.items(): assert fi[k]==len(v),(k,fi[k],len(v))
with open(D+"grades.jsonl","w") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print("ok")
