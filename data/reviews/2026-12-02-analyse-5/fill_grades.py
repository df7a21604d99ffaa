# Reviewer's grades (a MITI-trained supervisor's judgement), written after reading outputs.jsonl.
import json
gold=[json.loads(l) for l in open('gold.jsonl')]
# code mismatches: (case, line) -> (grade, note)
CODE = {
("c01",19): (1, "Complex reflection linking the paper (l.12) and Dai (l.18); not a summary, but same family. Would code complex_reflection."),
("c01",27): (0, "Complex reflection of his refusal of the alarm (adds the meaning 'labels you as old'); nothing informational in it."),
("c01",33): (1, "Next-step commitment; I coded information, 'other' (structuring) is defensible."),
("c02",1):  (1, "Introduction that states the reason for the visit; information, though 'other' (structure) is defensible."),
("c02",11): (0, "Arguing/labelling ('you're not seeing the risk') - confront. Not a reflection of anything she said."),
("c02",21): (0, "Moralising/insisting in reply to her rent dilemma - confront. Carries no new information."),
("c02",27): (0, "A clean simple reflection of 'Everyone's going to know' - the only reflection in the visit, and it was lost."),
("c03",1):  (1, "Active Offer made as a statement; information, 'other' defensible."),
("c03",5):  (1, "Names a feeling she did not state - complex; simple is arguable for a stock phrase."),
("c03",11): (0, "Simple reflection (repeats 'I had to give up choir')."),
("c03",17): (1, "Unasked-for advice; calling it insisting/confront is arguable but too strong."),
("c03",19): (0, "Complex reflection (the gap between knowing and doing when no one steps in) - she answers 'That's exactly it'."),
("c03",31): (1, "Next step; information/other both defensible."),
("c04",1):  (1, "Greeting + permission question; closed_question primary, 'other' defensible."),
("c04",11): (1, "Complex reflection of two turns; 'summary' too big a word for one sentence, but same family."),
("c04",13): (0, "Arguing with her view of the tutor ('I'm sure she doesn't hate you') - confront. Coding it an affirmation is the opposite of what happened."),
("c04",15): (0, "Complex reflection (repair: 'you feel written off before you've even started'); not an affirmation."),
("c04",31): (1, "Reframes 'not get kicked off' as 'staying on matters' - complex; simple arguable."),
("c05",11): (1, "Affirmation (names a strength, 'that's a big job'); opening part reflects, so complex is defensible."),
("c05",29): (0, "Information about the job coach service - not a reflection."),
("c05",35): (1, "Next step; information/other both defensible."),
("c06",1):  (1, "Purpose statement; information, 'other' defensible."),
("c06",17): (1, "Backpedalling while keeping the care-home threat on the table; 'other' in my coding, confront defensible."),
("c07",1):  (1, "Active Offer as statement; information, 'other' defensible."),
("c07",5):  (0, "Complex: adds feeling ('sick of') and 'when you've been trying', which he has not yet said."),
("c07",11): (1, "Complex (what keeps you going is inferred), simple arguable."),
("c07",17): (0, "A warning ('you will relapse ... square one with the children') - confront primary. Product has confront only as a secondary code, so it is missed from counts and feedback."),
("c07",33): (1, "A warning ('will be held against you'); advice defensible as it is directive."),
("c08",1):  (1, "Active Offer as statement; information, 'other' defensible."),
("c08",19): (0, "Complex reflection of a single turn (l.18); not a summary - nothing from earlier in the visit is collected."),
("c08",27): (1, "Reflects the feeling behind her words/tone - complex; simple arguable."),
("c08",31): (1, "Offer to attend the IDP meeting; information/other both defensible."),
}
FB = {
"c01": [(2,""),(2,""),(2,""),(2,"Band right by my coding too (6 reflections incl. summary / 5 questions = 1.2, fair)."),
        (0,"HARMFUL (misleading): by my coding 3 of 5 reflections are complex (60%, good); the product missed l.19 (called summary) and l.27 (called information). Would tell a skilled worker a strength is a weakness. Say instead: 'Most of your reflections went beyond the words (ll.7, 19, 27) - that is what moved him from \"I don't need carers\" to trying the group.'"),
        (2,"Good: recognises the Active Offer and the permission question as good closed questions.")],
"c02": [(2,""),(2,""),(2,""),
        (2,"Right line, right reason, keeps room for the worker's concern. Would add an alternative: 'Saturday felt like an ordinary row to you. What worries me is what the children hear - what do you make of that?'"),
        (2,"Excellent: keeps the safeguarding concern honest without the threat."),
        (2,"")],
"c03": [(2,""),
        (1,"Band right (below fair) but value wrong: by my coding 4 reflections / 6 questions = 0.67, not 0.33."),
        (0,"HARMFUL (misleading): says 0% complex; ll.5 and 19 are complex (67% by my coding; l.19 got 'That's exactly it'). Would tell her the reflection she did best does not exist."),
        (2,""),
        (1,"Diagnosis right (advice dressed as a question); rewrite still carries the worker's solution. I'd offer: 'What have you and the OT talked about to keep her safe at night?' or reflect the fright first."),
        (0,"Misses the point: she had just said she is not coping, snapped and cried. The fix is a reflection ('You're at the end of what you can give, and Sunday has left you feeling guilty'), not a reworded sleep question; 'What sleep, if any, are you getting?' is stilted."),
        (1,"Right line; I'd call it advice without permission rather than insisting, and add: reflect 'It's just not that easy' came next for a reason."),
        (1,"Acceptable mechanical rewrite; better: 'How would you like your brother to be involved?'")],
"c04": [(2,""),(2,""),(2,"Right by my coding (7/6 = 1.17)."),
        (0,"HARMFUL (misleading): 4 of 6 reflections are complex by my coding (ll.11,15,17,31 - 67%, good); product says 25%, below fair."),
        (2,"")],
"c05": [(2,""),(2,""),(2,""),(2,""),(2,""),
        (1,"Number wrong (by my coding 1 of 5 = 20%; it counted an affirmation and the job coach information as complex). The message happens to be harmless; for a person with a learning disability short simple reflections fit and I would say so rather than give a band."),
        (2,"")],
"c06": [(2,""),(2,""),
        (2,"Exactly the supervision point: review the person, not the service."),
        (2,""),
        (2,"Would add that her granddaughter's Sunday dinner is a strength to build on."),
        (1,"Why is right; the 'better' ('You were hanging out the washing.') picks the trivial part. I'd offer: 'Hanging the washing out in the garden your husband built matters to you. What would help you keep doing it safely?'"),
        (1,"Not a new warning but backpedalling; the point is what came before and after: reflect 'This is my house. My husband built that garden.' and later 'The garden's the only thing I've got left' - the biggest missed opportunity, not flagged.")],
"c07": [(2,""),(2,""),
        (1,"'Little telling or warning' glosses over two warnings (ll.17, 33), the first of which caused the rupture at l.18. True by count, but I would name them."),
        (2,""),
        (0,"HARMFUL (misleading): 3 of 4 reflections complex by my coding (ll.5, 11, 23 - 75%, good); product says 25%, below fair."),
        (2,""),
        (1,"Right line; it is a warning more than advice ('will be held against you'), and it undoes the summary he just agreed. Alternative: 'You've not missed one. What will help you keep that up as contact grows?'")],
"c08": [(2,""),(2,""),(2,""),(2,""),
        (0,"HARMFUL (misleading): ll.13, 19, 27 are complex, l.5 simple (75%, good by my coding); product says 33%, below fair."),
        (2,"Right by raw count; could note l.23 is a permission question, as it did in c01."),
        (2,""),
        (2,"")],
}
CASE = {
"c01": (True,  False, False, "Score 78 vs my 88 - fair. Feedback accurate but thin: nothing on the summary (l.29), permission before information (l.23-25) or the complex reflections; and the complex band wrongly says below fair."),
"c02": (False, True,  True,  "Score 21 vs my 18. Flags the key confronts (ll.9, 15) and advice; misses confronts at ll.11 and 21, and codes l.11 'you're not seeing the risk' as a simple reflection and the one real reflection (l.27) as information - embarrassing if the worker opens the timeline. No note that there was no Active Offer; no did_well to build on."),
"c03": (True,  True,  False, "Score 47 vs my 58. The main learning point (l.14 'I don't feel like I'm coping... I cried' answered with a closed sleep question) is turned into a wording exercise. 0% complex is false. No mention of the summary or of the carer's own well-being."),
"c04": (True,  True,  False, "Score 81 vs my 72. Misses the one thing I'd discuss: arguing at l.13 and the good repair at l.15; both coded as affirmations, so affirmations show 3 (mine 1)."),
"c05": (False, False, True,  "Score 80 vs my 84. Good, fair feedback for a plain-language conversation."),
"c06": (False, False, True,  "Score 13 vs my 12. Strong on service-vs-person and closed runs; misses l.18 'the garden's the only thing I've got left', the toilet wait (dignity), the service-centred summary, and the missing Active Offer."),
"c07": (True,  False, False, "Score 64 vs my 60. Misses the warning at l.17 (confront only secondary), so confront = 0 and the rupture/repair (ll.17-19) is not discussed; complex band wrong."),
"c08": (True,  False, False, "Score 64 vs my 66. Complex band wrong. Misses the safety cue: 'he hit his sister... she's scared of him' was met with 'How old is his sister?' and never explored; no warning or missed item about it."),
}
rows=[json.loads(l) for l in open('grades.jsonl')]
gi=0; fbi={}
for r in rows:
    if r['kind']=='code':
        g=gold[gi]; gi+=1
        prod=r['text'].rsplit(' -> ',1)[1]
        if prod==g['code']: r['grade']=2; r['note']=""
        else:
            gr,nt=CODE[(g['file'][:-4],g['line'])]; r['grade']=gr; r['note']=f"gold {g['code']}: "+nt
    elif r['kind']=='feedback':
        i=fbi.get(r['id'],0); fbi[r['id']]=i+1
        gr,nt=FB[r['id']][i]; r['grade']=gr; r['note']=nt
        if nt.startswith("HARMFUL"): r['harmful']=True
    elif r['kind']=='case':
        h,e,s,nt=CASE[r['id']]; r['harmful']=h; r['embarrassing']=e; r['satisfied']=s; r['note']=nt
assert gi==len(gold) and all(fbi[k]==len(v) for k,v in FB.items())
# sanity: check unmatched code keys all used
with open('grades.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print("ok")
