import json
key={}
for l in open('key.jsonl'):
    r=json.loads(l)
    if 'line' in r: key[(r['id'],r['line'])]=r['code']
# mismatches: (id,line) -> (grade, note)
mm={
('t1',14):(0,"Clear summary (collects 4 things, checks back) coded closed_question because it ends 'Have I got that right?'; loses the summary from the count."),
('t2',9):(1,"Primary should be confront (warning/arguing: 'who's going to look after him?'); confront only as secondary."),
('t2',11):(0,"Arguing and insisting ('it usually works out. You're going to have to think about it') coded as neutral information; confront missed."),
('t2',16):(1,"Defensible as information; I coded other (procedural direction)."),
('t3',5):(0,"'You say they were asleep, but Ella told her teacher...' is a confrontation (correcting, questioning honesty), not a simple reflection."),
('t3',7):(1,"Borderline; 'really worried' stays close to her words - I'd call it simple."),
('t3',8):(0,"A clear affirmation of her parenting coded as information - the one strength-based moment is lost."),
('t3',15):(0,"Safety advice after a disclosure of being pushed, coded confront. It is advice (given without permission), not a warning or argument."),
('t4',7):(1,"Primary is affirmation ('that's a good sign'); reflective element makes complex defensible as secondary."),
('t4',10):(0,"'You should definitely look into it' is textbook unasked-for advice; coded information so it is never flagged."),
('t4',11):(1,"Reflecting 'Maybe' as 'not sure' is simple."),
('t4',12):(1,"Restates his words; simple."),
('t5',2):(0,"A service-delivery check ('Are you still getting all those hours?') coded summary - inflates summaries and score."),
('t5',3):(0,"'Lisa, is that right?' is a closed question to staff, not a reflection."),
('t5',9):(1,"Stays with her words ('I like to know who's coming'); simple."),
('t5',15):(0,"'You haven't really given Wednesdays a chance' argues with her stated preference - confront coded as information."),
('t6',3):(1,"Leading closed question; confront is defensible given the arguing tone."),
('t6',4):(1,"'hit you hard' adds feeling; complex, but borderline."),
('t6',6):(1,"A warning ('going to damage your liver') - confront per the product's own definition; advice defensible."),
('t6',7):(0,"Emphasising autonomy / repair ('It's your life and your decision') is not a reflection."),
('t6',13):(1,"Primary is affirmation of his idea; reflection element present."),
('t7',14):(1,"Inference about the worry being there all along - complex, borderline."),
('t7',17):(0,"The central review summary (4 elements, outcome reworded in her words) coded closed_question; summaries = 0 for the best transcript."),
}
fb={
1:(2,"Accurate and well chosen."),
2:(2,"Accurate; fine to say."),
3:(2,"True of this conversation."),
4:(2,"Accurate band."),
5:(2,"Accurate (my gold: 3 of 6 complex)."),
6:(2,"Band right (gold 100% once the summary is not a closed question)."),
7:(2,"Accurate."),
8:(2,"Accurate."),
9:(2,"Exactly what I'd say: run of closed questions, add reflections."),
10:(2,"Good open rewrite."),
11:(1,"Clunky and misses the point; I'd say: 'What does your son do when he comes over?' - the drive was a strength to explore."),
12:(2,"Right point; could add that she said she can't leave him, so explore that."),
13:(1,"Rewrite still pushes respite; better: 'What would give you a break that would work for Gareth too?'"),
14:(1,"Reflection was fine, but praising it without noting the disclosure (pushed into a door) needs safety follow-up under safeguarding procedures is thin; I'd add: 'and then explore what happened and her safety now.'"),
15:(2,"Accurate and well put."),
16:(1,"Band right; value inflated (0.6 vs gold 0.4) because a confrontation was counted as a reflection."),
17:(2,"Accurate."),
18:(2,"Exactly right, with a constructive alternative."),
19:(2,"Right."),
20:(0,"Wrong: this is safety advice after a domestic abuse disclosure, not a warning/argument. Telling the worker it 'raises defensiveness' risks them withholding safety information. Say instead: 'Giving safety information matters here; ask first what she does to keep herself and the children safe, then offer the police/Women's Aid/Live Fear Free numbers with permission.'"),
21:(1,"Right point, but the 'better' is a template with '...'; would give a real example: 'You love the children, you're frightened for them, and you don't want Jordan seen as a bad person...'"),
22:(2,"Correct for a first conversation in Wales (though t1 and t2 were first conversations too and were not flagged)."),
23:(2,"Good pick of a double-sided reflection."),
24:(2,"Broadly true."),
25:(2,"Band right (gold ~0.75)."),
26:(0,"Wrong figure: gold 2 of 5 reflections complex (40%, fair) - an affirmation and two simple reflections were counted as complex; tells the worker their reflections are deeper than they were."),
27:(2,"Accurate."),
28:(1,"Fair, but the bigger issue is the next line - unasked-for advice ('You should definitely look into it') which was not flagged. Better question: 'What are you hoping to do after college?'"),
29:(2,"Good pick - the one moment she was heard."),
30:(1,"Band right, value inflated (gold 0.3)."),
31:(0,"Wrong: gold 1 of 3 reflections complex; 'good' is praise for a checklist review."),
32:(2,"Accurate (gold 20%)."),
33:(2,"Fine."),
34:(2,"Excellent: spots the repair and the shift to listening."),
35:(1,"Band right, value inflated (gold ~1.0)."),
36:(2,"Band right."),
37:(1,"Gold 4 of 6 = 67% (fair); product counted the leading question as confront."),
38:(2,"Right - a leading question that argues with his account."),
39:(1,"Right to flag, but it is a warning that triggered discord ('You sound like her'); I'd say so and point to the repair."),
40:(0,"Embarrassing error: the key summary is quoted as an 'Active Offer of Welsh' because it mentions Osian's wish for Welsh; no Active Offer was made. Should say: 'Good summary - it gathers four points and re-states her outcome in her own words, then checks.'"),
41:(2,"Good pick."),
42:(2,"True."),
43:(2,"Band right."),
44:(2,"Accurate."),
}
cases={
't1':dict(harmful=False,embarrassing=False,satisfied=True,note="Score 87 vs my 90; coding good except the first summary. Feedback accurate but does not credit the outcome in his own words or the end summary."),
't2':dict(harmful=False,embarrassing=False,satisfied=False,note="Closed-question feedback good; both confrontations missed (one as advice, one as information); nothing on the missed strength (choir, son's drives) or the form-driven, service-led ending."),
't3':dict(harmful=True,embarrassing=False,satisfied=False,note="Item 20 treats DA safety advice as confrontation to avoid; the labelling lines ('emotional abuse', 'make excuses') get no feedback, the 'Ella told her teacher' confrontation is coded a reflection, the affirmation lost; no prompt that the disclosure needs safeguarding follow-up."),
't4':dict(harmful=False,embarrassing=False,satisfied=True,note="Main messages right; % complex inflated (83 vs 40); unasked-for advice missed (coded information)."),
't5':dict(harmful=False,embarrassing=True,satisfied=False,note="Score 65 for a service-led review (my 30); '% complex good' for a checklist; a service check counted as a summary; the confront and the service-not-person focus unflagged."),
't6':dict(harmful=False,embarrassing=False,satisfied=True,note="Best feedback of the set: spots the warning, the leading question and the repair."),
't7':dict(harmful=False,embarrassing=True,satisfied=False,note="Summary quoted as an 'Active Offer'; summaries = 0 for the best review; otherwise accurate."),
}
rows=[json.loads(l) for l in open('grades.jsonl')]
cnt={};fbn=0
for r in rows:
    if r['kind']=='code':
        cnt[r['id']]=cnt.get(r['id'],0)+1; k=cnt[r['id']]
        pred=r['text'].rsplit(' -> ',1)[1]
        g=key[(r['id'],k)]
        if pred==g: r['grade']=2; r['note']="agrees with gold"
        else:
            assert (r['id'],k) in mm,(r['id'],k,pred,g)
            r['grade'],r['note']=mm[(r['id'],k)]; r['note']=f"gold {g}. "+r['note']
    elif r['kind']=='feedback':
        fbn+=1; r['grade'],r['note']=fb[fbn]
        if fbn==20: r['harmful']=True
    elif r['kind']=='case':
        r.update(cases[r['id']])
open('grades.jsonl','w').write("".join(json.dumps(r,ensure_ascii=False)+"\n" for r in rows))
print(fbn, sum(cnt.values()))
