import json
rows=[json.loads(l) for l in open('grades.jsonl')]
key=[json.loads(l) for l in open('key.jsonl')]
gold={(k['id'],k['line']):k['code'] for k in key if 'line' in k}
# code rows: 2 = matches gold; otherwise judged below: (id, worker line) -> (grade, note)
CODE={
 ('a14_police_good',2):(1,"plain rephrase coded complex; defensible"),
 ('a14_police_good',4):(0,"purpose/information statement coded simple_reflection"),
 ('a14_police_good',10):(1,"one-sentence reflection coded summary: inflates summaries to 2"),
 ('a14_police_good',15):(0,"double-sided reflection ('scared we might take the children, and at the same time...') coded information"),
 ('a14_police_good',17):(0,"signposting to alcohol service coded affirmation"),
 ('a14_police_bad',2):(0,"'It's not nothing though is it' is arguing; primary information (confront only secondary)"),
 ('a14_police_bad',13):(1,"'So you feel judged' simple, coded complex"),
 ('a14_police_bad',14):(1,"'Well we have to put the children first' after a reflection = righting reflex/arguing; coded information (same group)"),
 ('a14_review_service',1):(1,"structuring statement; other vs information defensible"),
 ('a14_review_service',4):(1,"defensible"),
 ('a14_review_service',14):(1,"advice vs information defensible"),
 ('a14_review_service',15):(1,"defensible"),
 ('a14_review_person',4):(0,"EMBARRASSING: reframe 'Stubborn in a way that's got you making your own tea again' coded confront and counted against a model worker"),
 ('a14_carer',1):(1,"defensible"),
 ('a14_carer',6):(1,"borderline simple/complex"),
 ('a14_carer',9):(1,"'Even your time off has Sue in it' adds meaning: complex"),
 ('a14_carer',11):(1,"a warning ('if your back goes who's going to look after her') coded advice; same group"),
 ('a14_carer',14):(0,"service information (night sitting, carer's support plan) coded complex_reflection"),
 ('a14_young_person',1):(1,"greeting 'how's things?' other defensible"),
 ('a14_young_person',4):(0,"'Why did you skip thursday?' is a question (mildly risky), not a confront"),
 ('a14_young_person',8):(0,"repair + complex reflection coded other; the reflection is the point"),
 ('a14_young_person',10):(1,"borderline"),
 ('a14_young_person',12):(0,"clear affirmation ('you were a really good big brother') coded simple_reflection"),
 ('a14_young_person',17):(1,"defensible"),
 ('a14_discharge',2):(1,"borderline"),
 ('a14_discharge',4):(0,"complex reflection about the roses/husband coded affirmation"),
 ('a14_discharge',6):(1,"hybrid reflection/affirmation; affirmation in codes"),
}
# feedback rows by index in grades.jsonl -> (grade, note, harmful, misleading)
FB={
 18:(2,""),19:(2,""),20:(2,"accurate arc"),21:(2,""),22:(2,""),23:(2,""),
 24:(2,"Active Offer: valid Wales practice point for a first visit"),
 43:(2,""),44:(2,""),45:(2,"apt"),46:(2,"apt, generic why"),47:(2,"labelling named well"),48:(2,""),
 65:(2,""),66:(2,""),
 67:(2,"excellent: names service-vs-person review and gives a person-focused rewrite"),
 68:(2,"closed run identified"),69:(2,""),
 70:(0,"EMBARRASSING: garbled rewrite 'What, if anything, is everything ok with the package, you want changing?'"),
 88:(1,"did_well picks the weakest line ('You're doing more for yourself in the evenings too') over the complex reflections and the summary"),
 89:(2,""),90:(2,""),91:(2,""),
 109:(2,""),110:(2,""),111:(2,"accurate: started well then directed, recovered"),112:(2,""),113:(2,""),114:(2,""),
 115:(2,"good rewrite"),116:(2,""),
 117:(1,"a warning ('if your back goes who's going to look after her then?') treated as plain advice; generic advice text"),
 136:(2,""),
 137:(1,"affirmation praised as 'saying back what the person said' - he never said he was a good brother"),
 138:(0,"MISLEADING: says the worker 'started by telling or warning' (first lines were questions) and moved to listening from 'The taxi makes you stand out' - the clearest confront ('you'll have to live with it') comes two lines later and is never fed back"),
 139:(2,""),140:(2,""),141:(2,"good rewrite"),
 142:(1,"'why did you' caution is teachable, but calling it blaming/confront is overstated and no rewrite given, while the real confront is ignored"),
 159:(1,"praised as 'saying back'; it is an affirmation of strengths"),
 160:(2,"accurate arc"),161:(2,""),162:(2,""),163:(2,""),
 164:(1,"correct but generic: misses that the advice contradicts the outcome she had just told the worker (home, roses)"),
 165:(2,""),166:(2,""),
 167:(0,"HARMFUL (mild): rewrite keeps the guilt lever ('What do you make of how your family would feel if something happened to you?') and the why says it no longer suggests the answer - teaches that an open form makes a pressure question fine"),
 168:(2,"specific and useful"),
}
CASE={
 'a14_police_good':(False,False,True,"accurate profile and arc; misses DA/child (bed-wetting) safeguarding note, not required"),
 'a14_police_bad':(False,False,False,"no feedback on the advice (ask him to leave / refuges), no alternatives offered for any confront, misses 'It's not nothing though is it' and the reflection undone by 'we have to put the children first'"),
 'a14_review_service':(False,True,True,"central service-vs-person point made well; garbled rewrite; loneliness and the fall cue not picked up; no missed-summary item (given in discharge)"),
 'a14_review_person':(False,True,False,"reframe coded confront and score docked; thin praise on weakest line; summary/affirmation/outcome reframe unmentioned"),
 'a14_carer':(False,False,True,"good; warning seen as advice"),
 'a14_young_person':(False,True,False,"worst line 'you'll have to live with it' never fed back; misleading arc; 'why' question flagged instead"),
 'a14_discharge':(True,False,True,"good arc and confront items; harmful guilt-trip rewrite"),
}
wl={}
for i,r in enumerate(rows):
    if r['kind']=='code':
        wl[r['id']]=wl.get(r['id'],0)+1
        n=wl[r['id']]; g=gold[(r['id'],n)]; pred=r['text'].rsplit(' -> ',1)[1]
        r['gold']=g
        if pred==g: r['grade']=2
        else:
            r['grade'],r['note']=CODE[(r['id'],n)]
    elif r['kind']=='feedback':
        g,note=FB[i]; r['grade']=g; r['note']=note
        r['harmful']= i==167; r['misleading']= i in (138,167)
        f=json.loads(r['text'])
        if 'better' in f: r['rewrite_grade']=g
    elif r['kind']=='case':
        h,e,s,note=CASE[r['id']]; r['harmful'],r['embarrassing'],r['satisfied'],r['note']=h,e,s,note
with open('grades.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r)+'\n')
fb=[r for r in rows if r['kind']=='feedback']
rw=[r for r in fb if 'rewrite_grade' in r]
print('feedback n',len(fb),'mean',round(sum(r['grade'] for r in fb)/len(fb),3),'harmful',sum(r['harmful'] for r in fb),'misleading',sum(r['misleading'] for r in fb))
print('rewrites n',len(rw),'mean',round(sum(r['grade'] for r in rw)/len(rw),2))
