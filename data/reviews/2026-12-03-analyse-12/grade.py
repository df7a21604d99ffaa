import json
from collections import defaultdict
key={}; rat={}
for l in open("key.jsonl"):
    r=json.loads(l)
    if "line" in r: key[(r["id"],r["line"])]=r["code"]
    else: rat[r["id"]]=r["rating"]
outs={json.loads(l)["id"]:json.loads(l)["output"] for l in open("outputs.jsonl")}
# code grades for mismatches: 1 = defensible alternative, 0 = wrong (matches are 2)
mis = {("t1_first_visit_falls",7):(1,"borderline simple/complex"),
 ("t1_first_visit_falls",11):(0,"a reflection of content, not an affirmation"),
 ("t1_first_visit_falls",19):(0,"affirming reframe of her own word + open question coded confront; counted in the confront metric and fed back as a 'label' - wrong"),
 ("t1_first_visit_falls",21):(1,"a collecting reflection; 'summary' is defensible but it inflates summaries to 2"),
 ("t2_carer_dementia",23):(1,"opens with an affirmation, but the substance is the safeguarding information"),
 ("t3_young_person_lecture",3):(1,"borderline simple/complex"),
 ("t3_young_person_lecture",5):(1,"borderline simple/complex"),
 ("t3_young_person_lecture",9):(0,"a plain affirmation of effort coded information"),
 ("t3_young_person_lecture",19):(0,"'You're being used' / 'I've seen it loads of times' is arguing and labelling, coded information"),
 ("t3_young_person_lecture",23):(1,"moralising coded advice; same therapist-input group"),
 ("t3_young_person_lecture",29):(1,"duty-to-share information coded advice; same group"),
 ("t3_young_person_lecture",31):(0,"'You're angry with me.' is a textbook simple reflection of feeling, coded information"),
 ("t4_hospital_discharge",1):(1,"purpose statement; other is defensible"),
 ("t4_hospital_discharge",11):(0,"telling him the plan (four calls, pendant) is information/advice, not other"),
 ("t5_review_ms",1):(1,"purpose statement; other is defensible"),
 ("t5_review_ms",5):(1,"borderline simple/complex"),
 ("t5_review_ms",9):(1,"reflection with an affirming flavour; defensible"),
 ("t6_police_referral_da",5):(0,"'Can you tell me what happened... in your own words?' is an open invitation (MITI codes it open)"),
 ("t6_police_referral_da",15):(0,"the blaming line ('you let him back in... you're putting Mason and Lily at risk') coded as a simple reflection - counted as good listening"),
 ("t6_police_referral_da",25):(0,"labelling ('You're a victim... victims often can't see it') coded information"),
 ("t6_police_referral_da",29):(1,"next-step information; other is defensible"),
 ("t7_alcohol_tenancy",1):(1,"purpose statement; other is defensible"),
}
# feedback grades in output order: (grade, harmful, misleading, note)
fb = {
"t1_first_visit_falls":[(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),
  (0,0,1,"MISLEADING: tells the worker her best moment - an affirming reframe of the word the person used herself ('Stubborn in a useful way, maybe') followed by an excellent open question - was a judgemental label. A supervisor would praise this line.")],
"t2_carer_dementia":[(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),
  (1,0,1,"Right to flag the bruise, but the concern is tagged child_harm (the cared-for person is an older adult) and it says 'check it was followed up' without noticing that the worker DID follow it up well at line 23. Misses crediting the good safeguarding response.")],
"t3_young_person_lecture":[(2,0,0,""),(2,0,0,""),(2,0,0,""),
  (1,0,0,"Reflect-first point is fair, but asking the lads' age is a legitimate safety question; 'moved on to a fact' undersells it."),
  (2,0,0,""),
  (1,0,0,"'You need to start thinking about your future' is moralising (confront), fed back as advice-without-permission; it misses the point that it lectured him."),
  (2,0,0,""),
  (1,0,0,"True that no summary was given, but the 'better' is a template with '...' a worker cannot use; quoting 'You're angry with me.' (the one repair attempt) as the place is odd."),
  (0,0,1,"MISLEADING: a 15-year-old being given food and trainers at older men's flat is a child criminal/sexual exploitation cue; the item talks about 'money or a card going to someone else' and 'financial exploitation'. Routes to safeguarding, but the wrong picture of the risk and no mention of child procedures / missing-from-care.")],
"t4_hospital_discharge":[(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),
  (1,0,0,"True, but the template 'better' with '...' is not a usable alternative."),
  (2,0,0,"")],
"t5_review_ms":[(2,0,0,""),(2,0,0,""),
  (1,0,0,"Accurate count, but 'below fair' is the only critical note on an excellent outcomes review; needs context (and the system miscoded one of her reflections as an affirmation)."),
  (2,0,0,"")],
"t6_police_referral_da":[(2,0,0,""),
  (1,0,0,"Right pattern, but it places the turn at line 17; the turn was line 15 (blaming), which the tool coded as a reflection."),
  (1,0,0,"The 1.67 'fair' ratio counts the blaming line as a reflection."),
  (2,0,0,""),(2,0,0,""),
  (1,0,0,"'A good mum would put her children first' is moralising/blaming; the 'why' talks about arguing with her account - generic."),
  (2,0,0,""),(2,0,0,""),
  (1,0,0,"Attached to the labelling line 'You're a victim...' without saying it is a label; only says no summary. Template 'better'."),
  (2,0,0,"Active Offer is a legitimate Welsh practice point for a first visit."),
  (1,0,0,"DA cue flagged, but misses the disclosed throat-grab (non-fatal strangulation = high-risk marker) and the child impact (Mason bed-wetting); children not tagged."),
  (1,0,0,"Good content (empathy, safety planning, DASH, MARAC, explore her response), but opens by calling 'You should ring them' after a blaming interview 'right' advice.")],
"t7_alcohol_tenancy":[(2,0,0,""),
  (1,0,0,"The worker recovered after the warning (reflections, summary); 'then directed' overstates it and ignores the earlier labelling at line 13."),
  (2,0,0,""),(2,0,0,""),(2,0,0,""),(2,0,0,""),
  (1,0,0,"Ask-permission point is fair, but the content (don't stop suddenly - withdrawal risk) is important safety information; a supervisor would say keep the message, change the delivery."),
  (1,0,0,"Substance use flagged, but the fire (pan left on, fire brigade called, line 10) is not flagged at all; 'to your safeguarding procedure the same day' is heavy for an adult's drinking.")],
}
cases = {
"t1_first_visit_falls":(False,True,False,"Excellent first visit; the tool marks the best question as a confront (score 81 vs my 88) and counts 2 summaries. A supervisor would be embarrassed showing this worker 'you labelled her'."),
"t2_carer_dementia":(False,False,True,"Good profile and feedback; safeguarding flag mislabelled child_harm and doesn't credit the worker's good response."),
"t3_young_person_lecture":(False,True,False,"Arc right and score right (31 vs 30), but only 2 of 4 confronts found, the affirmation and the closing reflection miscoded as information, and the exploitation risk described as financial."),
"t4_hospital_discharge":(False,False,True,"Accurate codes and score; misses the service-led framing (package of care, four calls) and the warning at line 13 in feedback, but what it says is right."),
"t5_review_ms":(False,False,True,"Good; no did_well for the excellent outcome re-wording question or the summary."),
"t6_police_referral_da":(False,True,False,"Blaming line coded as a simple reflection and the labelling line as information; 3 of 5 confronts found. Strangulation disclosure not raised as high risk."),
"t7_alcohol_tenancy":(False,False,True,"Codes 15/16 right; fire risk not flagged."),
}
rows=[json.loads(l) for l in open("grades.jsonl")]
pos=defaultdict(int); fpos=defaultdict(int)
for r in rows:
    cid=r["id"]; out=outs[cid]
    if r["kind"]=="code":
        # find the nth worker utterance with primary
        lines=[i for i,u in enumerate(out["utterances"],1) if u.get("primary")]
        ln=lines[pos[cid]]; pos[cid]+=1
        u=out["utterances"][ln-1]
        assert r["text"].startswith(u["text"][:40])
        gold=key[(cid,ln)]
        r["line"]=ln; r["gold"]=gold
        if gold==u["primary"]: r["grade"]=2; r["note"]=""
        else:
            g,n=mis[(cid,ln)]; r["grade"]=g; r["note"]=f"gold {gold}: {n}"
        r["harmful"]=False
    elif r["kind"]=="feedback":
        g,h,m,n=fb[cid][fpos[cid]]; fpos[cid]+=1
        r["grade"]=g; r["harmful"]=bool(h); r["misleading"]=bool(m); r["note"]=n
    elif r["kind"]=="case":
        h,e,s,n=cases[cid]; r["harmful"]=h; r["embarrassing"]=e; r["satisfied"]=s; r["note"]=n
for cid in fb: assert fpos[cid]==len(fb[cid])==len(outs[cid]["feedback"]), cid
for cid in outs: assert pos[cid]==sum(1 for u in outs[cid]["utterances"] if u.get("primary"))
with open("grades.jsonl","w") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print("ok")
