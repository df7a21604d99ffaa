import json
key={}
for l in open('key.jsonl'):
    r=json.loads(l)
    if 'line' in r: key[(r['id'],r['line'])]=r['code']
# code-row overrides: (id,line): (grade, note)
codeover={
('t1',2):(0,"Purpose statement (information), not a reflection: nothing the person said is being reflected. Code information."),
('t2',12):(1,"Advice is defensible, but 'You need to... that's the whole point' is insisting: I code confront."),
('t3',2):(0,"Arguing with the person's account ('so something obviously did happen'): confront, not information."),
('t3',7):(0,"Reassurance and an honest statement of role: information, not confront. Coding it confront overstates the confrontation."),
('t3',13):(1,"Reflection is right, but it is double-sided and adds 'don't want to live like this any more': complex."),
('t4',8):(1,"Reflection is right; I'd call it simple (close to her words), complex is defensible."),
('t4',9):(0,"A complex reflection of meaning (anchor, belonging), not an affirmation: it names her feeling, not her strength."),
('t4',16):(0,"A warning of consequences ('it'll get you kicked out of your placement'): confront. Coding it information hides the most damaging line."),
('t4',17):(0,"Closing/structuring remark: other, not advice."),
('t5',2):(0,"Purpose statement (information), not a reflection."),
('t5',15):(1,"Reflection is right; it infers what she values beyond her words, so complex."),
('t5',18):(0,"Primary should be affirmation (names courage, a strength); 'other' drops it from the affirmation count."),
('t6',4):(1,"Defensible as information, but in context ('Well, your key worker told me...') it is a challenge to his account: confront."),
('t6',5):(0,"'I'm not sure you're being completely honest with yourself' is a confrontation (questioning honesty), not a complex reflection. Counting it as a skill inflates reflections and the score."),
('t6',9):(1,"Reflection is right; it goes beyond his words (daughter matters more than the drink), so complex."),
('t7',2):(0,"Purpose statement (information), not a reflection."),
('t7',9):(0,"A simple reflection of his wish, not information."),
}
fb={
't1':[(2,"Accurate and names a good double-sided reflection."),(2,"Accurate; the affirmation is specific and genuine."),(2,"Accurate."),(2,"Accurate, and the note about the permission question is fair."),
      (1,"Inflated: the purpose statement was counted as a complex reflection; on my coding it is 3 of 7 (43%, fair)."),(2,"Accurate.")],
't2':[(2,"Accurate."),(2,"Accurate."),(2,"Excellent: exactly the review-the-person point I'd make, with a usable rewrite."),
      (1,"Right that it is unasked-for advice, but no alternative given; I'd add: ask how he is, and note the carer's assessment is offered by the local authority, not the GP."),
      (2,"Accurate and the alternative (say what worries you, ask what they make of it) is what I'd say."),
      (1,"Calls it advice; it's insisting. I'd say: 'What gets in the way of wearing it?' before any telling.")],
't3':[(2,"Accurate."),(2,"Accurate."),(2,"Accurate."),(2,"Accurate and actionable."),(2,"Accurate; honesty about concern then asking her view is right for child protection."),
      (1,"Generic. After a disclosure of violence the point is to acknowledge it and plan safety with her (DASH, Live Fear Free) before telling her which order to get."),
      (2,"Accurate; being honest about process is required but it was used as a threat."),
      (1,"Right that no summary was given, but the 'better' is a template with '...' and it is pinned to the one good open question."),
      (2,"Accurate: Active Offer was not made at a first contact.")],
't4':[(2,"Accurate."),(1,"With three reflections the percentage means little; on my coding one complex of three (33%, below fair)."),(2,"Accurate."),
      (2,"Right point: she had just said 'depends where I'm living'.")],
't5':[(2,"Accurate."),(2,"Accurate."),(2,"Accurate band."),(1,"On my coding 3 of 6 complex (50%, good); the purpose statement was miscounted."),(2,"Accurate.")],
't6':[(1,"It is a good reflection, but a complex one (inference), not 'saying back what was said'."),
      (0,"'Started well' is wrong: lines 4 and 5 ('your key worker told me...', 'I'm not sure you're being honest with yourself') were already confronting. I'd say: 'You opened well, then challenged his account at line 4, and he defended ('You lot never believe me'); your reflection at line 6 recovered it.'"),
      (1,"Band right but the count includes the 'not honest' confrontation as a reflection."),
      (1,"Includes the confrontation as a complex reflection; on my coding 2 of 4."),
      (2,"Accurate."),(2,"Accurate; he then told you he'd been once and it didn't suit him, which asking first would have found."),
      (2,"Accurate; he heard it as 'one more and I'm out'.")],
't7':[(2,"Accurate."),(0,"Wrong: the only 'complex reflection' was the purpose statement; the worker made no complex reflections (0%, below fair). Telling a supervisee this is 'good' is misleading."),
      (2,"Accurate."),(2,"Accurate."),
      (1,"Right to flag, but the rewrite is clunky for Owain; I'd say 'How is money for you at the moment?'"),
      (1,"Right that the visit ended on admin with no summary, but the 'better' is a template with '...'. Missing the main point: 'it might not be the garden centre' dampened his own clearly stated outcome.")],
}
case={
't1':dict(harmful=False,embarrassing=False,satisfied=True,note="Fair picture of a strong first visit; only slip is coding the purpose statement as a complex reflection. Could have praised the summary and the permission-before-information."),
't2':dict(harmful=False,embarrassing=False,satisfied=True,note="Right overall (service-focused review). Misses the two biggest supervision points: ignored emotional cue 'I don't feel like myself any more' (possible low mood) and 'I used to sing with the chapel choir, I miss that' (what matters, not picked up). No missed-summary item here although there was none."),
't3':dict(harmful=False,embarrassing=False,satisfied=True,note="Confrontation well caught on most lines. Gaps: the violence disclosure ('Once. Last year.') gets no feedback on responding safely; 'in denial' labelling coded but no feedback item; no did_well for the affirmation or the two-sided reflection, which a supervisor would name; reassurance at line 7 coded confront."),
't4':dict(harmful=True,embarrassing=True,satisfied=False,note="HARMFUL (by omission and miscoding): after a 16-year-old looked-after young person's substance-use disclosure the worker threatened her ('It's illegal and it'll get you kicked out of your placement') and she disengaged ('Whatever. Can I go now?'). The product codes this as information, reports confront 0, and gives no feedback on it, nor on the abrupt 'Have you been smoking weed again?'. Should say: 'This was a warning; it ended the conversation. Reflect first (\"It's a weekend thing\"), ask what it does for her, be honest about your worry and the placement rules, and follow up the risk with her and the placement team.'"),
't5':dict(harmful=False,embarrassing=False,satisfied=True,note="Good picture of a good carer conversation. Missing: no comment on the risk cue ('sit in the car... I can't do this forever... not going to do anything silly'): praise the open question, and prompt the worker to check safety gently and directly and to note carer-breakdown risk. Summary and closing affirmation not recognised (the last coded 'other')."),
't6':dict(harmful=False,embarrassing=True,satisfied=False,note="Embarrassing: 'I'm not sure you're being completely honest with yourself' is coded a complex reflection, so a confrontation counts as a skill; score 61 and 'started well' overstate the worker. Early challenge (lines 4-5) and the discord it caused are missed."),
't7':dict(harmful=False,embarrassing=False,satisfied=False,note="Metrics mostly right but 'percent_complex good' is false (no complex reflections). Misses the outcomes point: Owain clearly named his outcome (work at the garden centre with Dewi) and the worker dampened it ('it might not be the garden centre'). No Active Offer item on this first visit, though t3 got one."),
}
rows=[json.loads(l) for l in open('grades.jsonl')]
cnt={}; fcnt={}
out=[]
for r in rows:
    i=r['id']
    if r['kind']=='code':
        cnt[i]=cnt.get(i,0)+1; k=cnt[i]
        pred=r['text'].rsplit(' -> ',1)[1]
        g=key[(i,k)]
        if (i,k) in codeover: r['grade'],r['note']=codeover[(i,k)]
        else:
            assert pred==g,(i,k,pred,g); r['grade']=2; r['note']=f"Agrees with my code ({g})."
    elif r['kind']=='feedback':
        fcnt[i]=fcnt.get(i,0)+1; gr,n=fb[i][fcnt[i]-1]; r['grade']=gr; r['note']=n
        r['harmful']=False
    elif r['kind']=='case':
        r.update(case[i])
    out.append(r)
for i in fb: assert fcnt[i]==len(fb[i]),i
open('grades.jsonl','w').write(''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in out))
print('ok')
