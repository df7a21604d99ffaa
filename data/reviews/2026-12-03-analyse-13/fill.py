import json
rows=[json.loads(l) for l in open('grades.jsonl')]
pairs=json.load(open('pairs.json'))
arguable={("an13_t3_young_person_lecture",5),("an13_t6_police_referral_confront",3),("an13_t5_review_good",1),("an13_t7_ld_own_flat",1),("an13_t5_review_good",15),("an13_t4_hospital_discharge",13)}
code_notes={
("an13_t1_fall_first_visit",29):"closing/next-steps line, no strength named: not an affirmation",
("an13_t2_carer_assessment",3):"explains purpose of a carer's assessment: information, not a reflection",
("an13_t2_carer_assessment",19):"names her strengths (fast learner, sticks at things): affirmation",
("an13_t2_carer_assessment",21):"empathic complex reflection to a suicidal-thoughts disclosure coded as ADVICE - wrong on the most important line",
("an13_t2_carer_assessment",23):"yes/no risk question (taken anything / made a plan): closed",
("an13_t2_carer_assessment",33):"autonomy-respecting open question coded CONFRONT - misleading",
("an13_t3_young_person_lecture",13):"'you do know ... right?' blaming/arguing in question form: confront",
("an13_t3_young_person_lecture",15):"contradicting his account with a third party ('let's not pretend'): confront",
("an13_t4_hospital_discharge",17):"arguing against her own safety plan (phone + sister at nine): confront",
("an13_t6_police_referral_confront",7):"uses the police log to contradict mum's account: confront, not a reflection",
("an13_t6_police_referral_confront",9):"'so you're saying your daughter's lying?' sarcastic arguing counted as a simple reflection",
("an13_t6_police_referral_confront",13):"blaming ('you let him back') counted as a simple reflection",
("an13_t6_police_referral_confront",17):"one-word echo 'Mostly.' is a simple reflection",
("an13_t7_ld_own_flat",21):"answers Dylan's question: information, not reflection",
("an13_t7_ld_own_flat",23):"answers Dylan's question: information, not reflection",
}
ci=0; pairs_by={}
for cid,line,g,p,t in pairs: pairs_by.setdefault(cid,[]).append((line,g,p,t))
ptr={}
fb={
15:(2,""),16:(2,""),17:(2,""),18:(2,""),19:(2,""),
38:(2,""),
39:(0,"MISLEADING: says a good carer's assessment 'turned to telling, warning or arguing (2 of next 2)' - the second line is an open, autonomy-respecting question after Lowri refused tablets"),
40:(2,""),41:(2,""),42:(2,""),
43:(1,"right to flag the closed question; rewrite 'What sleep, if any, do you get?' is stilted (rewrite 1) - 'What are your nights like?'"),
44:(2,""),
45:(0,"MISLEADING: labels 'Fair enough. What would a night of proper sleep need to look like for you?' as confronting; it is the best kind of response after the person declines advice. Would teach a student to drop good practice"),
62:(2,""),
63:(1,"right pattern, but the turn came at line 13 (blaming about weed) not at the bursary warning; two earlier confronts go unnamed"),
64:(2,""),
65:(1,"'good' complex share from 2 reflections, both simple on my coding - misleading positive"),
66:(1,"60% vs 75% on my coding (counts a confront as a closed question)"),
67:(2,"label says closed_question but the text (stay with the risk cue, reflect, follow up under safeguarding) is exactly what a supervisor would say"),
68:(2,""),
69:(1,"flagged, but called 'a warning'; it is labelling/moralising ('lads in care ... drifting') and the feedback should say so"),
70:(2,""),71:(2,""),72:(2,""),
73:(2,"exploitation cue caught and the follow-up (what is given and asked back, same-day to CP procedure) is right for a 16-year-old"),
90:(2,""),91:(2,""),
92:(2,""),
93:(2,"rewrite acceptable (rewrite 2)"),
94:(2,""),
95:(2,"good catch: 'Bore da' and no Active Offer"),
112:(2,""),113:(2,""),114:(2,""),115:(2,""),116:(2,""),
133:(2,""),
134:(1,"MISLEADING in part: 'started well (86%...)' - lines 7, 9, 13 contradicted, argued and blamed; only the last four are named"),
135:(0,"MISLEADING: R:Q 1.67 'fair' is inflated by counting 'so you're saying your daughter's lying?' and 'you let him back' as reflections (1.0 on my coding)"),
136:(0,"MISLEADING: 60% complex 'good' - the 'complex reflection' at line 7 is the police-log contradiction (33% on my coding)"),
137:(2,""),
138:(2,""),139:(2,""),140:(2,""),141:(2,""),142:(2,""),
143:(1,"signposting to Women's Aid right, DASH/MARAC right and it quotes her defensive reply; but calls a bare 'You should ring Women's Aid' after threats 'right'; no child_harm concern raised anywhere for Lily (pushed into door, witnessed)"),
144:(1,"generic ('the person's words carry a risk', concerns []); useful only in pointing at 'great. cant wait'"),
162:(2,""),163:(2,""),
164:(1,"'listening all the way through ... little telling' at 60% with 4 closed questions is generous"),
165:(1,"R:Q 1.0 'fair' inflated by two information answers counted as reflections (0.67, below fair, on my coding)"),
166:(2,""),
167:(0,"EMBARRASSING rewrite 'What is cats like for you?' - ungrammatical; would not say it (rewrite 0). Better: 'Tell me about you and cats.'"),
168:(1,"MISLEADING wording: catching Connor + bank card is right, but it is written for a child ('young person ... groomed for child criminal or sexual exploitation ... child protection procedure ... missing episodes') - Dylan is 24; this is adult safeguarding / possible financial abuse or mate crime"),
}
rewrite={43:1,93:2,167:0}
cases={
"an13_t1_fall_first_visit":dict(harmful=False,embarrassing=False,satisfied=True,note="accurate profile and score; thin - no mention of the permission-asking or the 'don't tell Ffion' / sleeping-in-chair cue"),
"an13_t2_carer_assessment":dict(harmful=False,embarrassing=True,satisfied=False,note="no safety feedback at all on a disclosed suicidal thought ('take the lot'); the worker's empathic reflection to it coded advice; a good closing open question called confronting"),
"an13_t3_young_person_lecture":dict(harmful=False,embarrassing=False,satisfied=True,note="exploitation cue caught; 3 of 5 confronts named, the first two (blaming, contradicting) coded closed/info"),
"an13_t4_hospital_discharge":dict(harmful=False,embarrassing=False,satisfied=False,note="misses the core lesson: services (4 calls, commode, pendant) presented as the outcome, 'what matters' asked then overridden ('not four' -> four); arguing about her phone/sister plan not coded"),
"an13_t5_review_good":dict(harmful=False,embarrassing=False,satisfied=True,note="accurate; could name the outcome reworded in his words"),
"an13_t6_police_referral_confront":dict(harmful=False,embarrassing=False,satisfied=False,note="3 of 6 confronts missed (contradicting via police log, 'daughter's lying?', 'you let him back' counted as reflections) so score 41 for a 12 transcript; 'started well'; no child_harm concern"),
"an13_t7_ld_own_flat":dict(harmful=False,embarrassing=True,satisfied=False,note="good catch of Connor/bank card but child-protection wording for a 24-year-old; 'What is cats like for you?'"),
}
out=[]
for i,r in enumerate(rows):
    if r['kind']=='code':
        cid=r['id']; k=ptr.get(cid,0); line,g,p,t=pairs_by[cid][k]; ptr[cid]=k+1
        assert r['text'].startswith(t[:30]) and r['text'].endswith('-> '+p),(r['text'],t,p)
        if g==p: r['grade']=2
        elif (cid,line) in arguable: r['grade']=1; r['note']=f"gold {g}; arguable"
        else: r['grade']=0; r['note']=f"gold {g}: "+code_notes.get((cid,line),"")
        r['line']=line; r['gold']=g
        r['harmful']=False
    elif r['kind']=='feedback':
        g,n=fb[i]; r['grade']=g; r['note']=n; r['harmful']=False
        r['misleading']=n.startswith('MISLEADING') or 'MISLEADING' in n
        if i in rewrite: r['rewrite_grade']=rewrite[i]
    elif r['kind']=='case':
        r.update(cases[r['id']])
    out.append(r)
open('grades.jsonl','w').write(''.join(json.dumps(r)+'\n' for r in out))
print('ok',len(out))
