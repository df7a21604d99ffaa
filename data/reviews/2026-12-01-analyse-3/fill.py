import json
rows=[json.loads(l) for l in open('grades.jsonl')]
gold=[json.loads(l) for l in open('gold.jsonl')]
# code-row grades for mismatches: (case, line) -> (grade, note)
mis = {
("c01",1):(1,"Active Offer; I code it other (structuring), but as a closed question it is defensible and the feedback handles it well."),
("c01",8):(1,"'don't want a fuss' is a small step beyond 'she fusses'; I'd call it simple, complex is defensible."),
("c01",20):(1,"Close to his words (stick, neighbour's boy); simple. Complex defensible as it reframes as strengths."),
("c01",22):(0,"Not a summary: it is information offered with a permission check ('Is that something you'd want to know more about?'). Code information."),
("c01",28):(1,"Next steps stated to the person: I code information; other is defensible for closing/structuring."),
("c02",1):(0,"No advice here: it is structuring (other), a poor, form-led opening. Code other."),
("c02",13):(1,"I code advice (persuade without permission); 'You need to' is insisting, so confront is defensible."),
("c03",1):(1,"Active Offer plus hospitality/acknowledgement: other; closed defensible."),
("c03",5):(1,"Mostly her words (job + nights); simple. 'round the clock' amplifies slightly, complex defensible."),
("c03",11):(1,"Simple reflection of 'I won't'; complex defensible."),
("c04",1):(1,"Active Offer: other; closed defensible."),
("c04",9):(1,"I hear meaning (identity: 'the same Gareth'), so complex; simple defensible as it's close to 'don't treat me any different'."),
("c04",13):(1,"A rephrase of what he said; simple. Complex defensible."),
("c04",21):(1,"Reflects change talk and goes a step beyond 'the club's just the start'; I code complex, simple defensible."),
("c05",1):(1,"Hospitality; I coded closed, other is equally defensible."),
("c05",3):(0,"'Is that okay?' is a closed (consent) question, not open. This error pushes % open to 100."),
("c05",5):(1,"'fed up' adds feeling to 'everyone asks me the same stuff'; complex defensible."),
("c05",9):(1,"Worker's statement of honesty/intent: other. Information is a stretch but defensible."),
("c05",27):(0,"Not a reflection at all: information about When I Am Ready with an offer to say more. Code information."),
("c06",1):(1,"Active Offer: other; closed defensible."),
("c06",11):(1,"A warning about risk straight after an affirmation: confront (warn). Advice is in the same group and defensible."),
("c06",17):(1,"I code advice ('You should be using the frame'); confront defensible as insisting."),
("c06",25):(1,"I coded summary (its form), but it summarises the worker's plan against her stated wish; advice is defensible and arguably more honest."),
}
fb = {
15:(2,""),16:(2,"Good line to praise (noticing resources); label 'complex' is generous but harmless."),
17:(2,""),
18:(1,"Headline 'below fair' for a strong first visit; the note rescues it, but the reflection count includes the information line miscoded as summary. Lead with the adjusted figure."),
19:(0,"100% complex is inflated: summaries and a miscoded information line are counted. By my coding 1 of 3 reflections was complex. Better: 'Most of your reflections stayed close to his words; try one of meaning, e.g. \"Keeping the garden going keeps Megan close.\"'"),
20:(2,""),
37:(2,""),38:(2,""),
39:(2,"Caught the subtle confront. I'd add a rewrite: 'The second time felt different to you, you were dizzy. What do you make of the dizziness?'"),
40:(1,"Right to flag, but the why is generic 'arguing'; name it as labelling and offer: 'You're not comfortable with that word. What do you think the drinking is doing for you since the job went?'"),
41:(2,""),
42:(1,"Rewrite is fine but misses the real moment: the person had just asked 'So you're going to put me in a home?'. Better: reflect the fear first: 'You're worried this is heading towards a home. That's not why I'm here. What would you want to happen?'"),
43:(2,""),44:(2,""),
59:(2,""),
60:(1,"Deserved praise but it's a simple reflection; better example to cite as complex: 'Loving her and finding it too much can both be true at once.'"),
61:(2,""),62:(2,""),
63:(1,"Headline 'below fair' for a model carer's assessment; the adjusted 1.25 should lead."),
64:(1,"Band right, value inflated (summary counted); by my coding 2 of 4 reflections complex (50%)."),
65:(2,""),
80:(2,""),
81:(1,"Praises a simple rephrase as complex; the reflection of meaning was 'Being treated as the same Gareth...', which the product called simple."),
82:(2,""),
83:(1,"No adjustment note here although the Active Offer and the permission question are good-practice closed questions (inconsistent with other cases). More useful: flag 'Are the carers still coming twice a day?' as a service-delivery question in a review of outcomes."),
84:(1,"Value off (I code 2 of 4 complex); band roughly right."),
85:(2,""),
101:(2,""),102:(2,""),
103:(2,"Slightly inflated (information line counted as reflection) but the conclusion is right."),
104:(1,"Band right; value inflated by the information line counted as a reflection (I get about 1.0)."),
105:(0,"'Good' for complex is wrong: by my coding 1 of 5 reflections complex. Better: 'Mostly simple reflections, well judged for a wary young person; try one of meaning, e.g. \"Sharon has stuck around when others haven't.\"'"),
106:(1,"100% open misses 'Is that okay?'; acceptable only if read as consent/hospitality. A growth point is missing for this case (no missed items at all)."),
121:(2,""),122:(2,""),
123:(2,"Very useful; the turn actually came one line earlier ('But sleeping in a chair... not safe'), right after the affirmation."),
124:(2,""),125:(2,""),126:(2,""),
127:(2,"Would add a rewrite: 'Would it be okay if I shared a worry about the chair? ... What do you make of that?'"),
128:(2,""),
129:(1,"Right to flag, but why is generic (warning/labelling) for a piece of advice; better: 'It's in the way in the hall. What would make it easier to use?'"),
130:(2,""),
131:(2,""),
132:(1,"Says 'No summary was given' and anchors to the DFG line, but the worker did close with 'So the plan is a bed downstairs...Okay?', a pseudo-summary that reversed her wish. Name that line; better: 'So you want to keep your front room for your Thursday visitors, and the chair isn't working for your knees at night. What would you be willing to look at?' Template '...' is generic."),
}
cases = {
"c01":(False,False,True,"Good profile and Active Offer handling; one embarrassing-ish miscode (information as summary) inflates the metrics. Score 81 vs my 88."),
"c02":(False,False,True,"Caught all three confronts including 'Two incidents isn't a one-off though, is it?'; score 7 vs my 12. Missed: no word on the interrogation pattern, pressing 'Why don't you speak?' after a refusal, or the unanswered fear 'put me in a home?'."),
"c03":(False,False,True,"Right picture of a strong carer's assessment; score 87 vs my 90."),
"c04":(False,False,True,"Good, but did not notice the service-delivery question in a review ('Are the carers still coming twice a day?'). Score 81 vs my 82."),
"c05":(False,False,True,"Right overall, score 90 vs my 80; figures inflated by two miscodes ('Is that okay?' as open, information as complex reflection); no growth point offered."),
"c06":(False,False,True,"Caught the start-well-then-direct arc and the warnings/advice; score 20 vs my 38 (slightly harsh). 'No summary was given' overlooks the pseudo-summary."),
}
gi=0
for i,r in enumerate(rows):
    if r['kind']=='code':
        g=gold[gi]; gi+=1
        p=r['text'].rsplit(' -> ',1)[1]
        if p==g['code']: r['grade']=2
        else:
            r['grade'],r['note']=mis[(r['id'],g['line'])]
    elif r['kind']=='feedback':
        r['grade'],r['note']=fb[i]
    else:
        h,e,s,n=cases[r['id']]; r['harmful']=h; r['embarrassing']=e; r['satisfied']=s; r['note']=n
assert gi==len(gold)
with open('grades.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+'\n')
