import json
from collections import defaultdict
key=defaultdict(dict)
for l in open('key.jsonl'):
    k=json.loads(l)
    if 'code' in k: key[k['id']][k['line']]=k['code']
# code grades for mismatches: (id,line) -> (grade, note); matches get 2
CODE={('t1',2):(1,'gold simple; "backed into a corner" metaphor - complex defensible'),
('t2',1):(1,'gold information (states referral reason); other defensible'),
('t2',5):(0,'"You\'re minimising what happened" is labelling/arguing = confront; coded information, so missed in confront count and feedback'),
('t3',1):(1,'gold information; other defensible'),
('t3',2):(0,'"..., is that still right?" is a closed question, coded simple_reflection (inflates reflections for a service-checklist review)'),
('t3',11):(0,'service-focused summary ("the package is working and the rails are in") coded information; summary missed'),
('t4',1):(0,'introduction + purpose + "How does that sound?" coded summary: inflates summary count to 2'),
('t4',5):(1,'affirmation ("you\'ve been doing it with real care") coded complex_reflection; partly reflective'),
('t4',7):(0,'"Take your time." is other, coded simple_reflection'),
('t4',9):(1,'complex (adds meaning: "just yours") coded simple'),
('t4',13):(1,'information + permission question; closed_question defensible'),
('t5',5):(1,'gold simple; feeling-attribution complex defensible'),
('t5',8):(0,'explicit affirmation ("that\'s commitment. Da iawn.") coded simple_reflection; affirmations = 0 for t5'),
('t6',4):(1,'complex reflection with affirming content; affirmation defensible'),
('t6',7):(0,'EMBARRASSING: "You really can\'t be reaching up on your own at your age." (warning, ageist) coded AFFIRMATION; not in confront count, not in feedback'),
}
FB={'t1':[(2,''),(2,''),(2,''),(2,''),(1,'%CR 60 "good"; by gold coding 40% (fair)'),(2,''),(2,'Active Offer: right for Wales')],
't2':[(2,''),(2,''),(1,'right to flag, but generic why and no rewrite of what to say instead'),(2,'good open rewrite'),(1,'generic, no rewrite'),(2,'specific, honest-worry alternative'),(1,'leaving DA helpline number is legitimate in a DA referral; generic "ask permission" is thin here'),(2,'')],
't3':[(2,''),(2,''),(2,''),(1,'generic; misses exploring "i dont like fuss" and the unreported fall'),(1,'says "No summary was given" - a service summary was given; the point should be it summarised the package, not the person')],
't4':[(1,'praise is right but it is an affirmation, labelled complex reflection'),(2,''),(1,'R:Q 1.33 "fair" rests on miscodes (intro as summary, "Take your time" as reflection); gold 0.67'),(2,'')],
't5':[(2,''),(2,''),(2,''),(2,'')],
't6':[(2,''),(2,'exactly the pattern (turn really began one line earlier)'),(2,''),(0,'MISLEADING: "1 of the 2 closed questions was good practice" - the two are "Do you want to go home or not?" (an ultimatum) and "Is there anything else?"; neither is good practice'),(2,''),(1,'generic why, no rewrite'),(1,'generic, no rewrite'),(2,''),(2,''),(2,''),(1,'fall + long lie flagged as possible safeguarding concern "to your local safeguarding procedure": a fall is a care-and-support/risk issue, not abuse or neglect; over-reach')]}
CASE={'t1':dict(harmful=False,embarrassing=False,satisfied=True,note='good; but no safeguarding prompt for DA incident with child on stairs'),
't2':dict(harmful=False,embarrassing=False,satisfied=False,note='catches warnings and closed questions; misses "You\'re minimising" label, no safeguarding prompt for DA ("he throws things"), no summary-missed item, few rewrites'),
't3':dict(harmful=False,embarrassing=False,satisfied=False,note='misses the core failure: reviews the service not the person; bereavement/bowls cue dropped for grab rails; unreported fall not flagged; score 40 generous'),
't4':dict(harmful=False,embarrassing=False,satisfied=True,note='right overall; counts wrong (2 summaries, 1 affirmation)'),
't5':dict(harmful=False,embarrassing=False,satisfied=True,note='score and praise fine; affirmation "Da iawn" missed, so supervision questions ask where strengths could have been named out loud'),
't6':dict(harmful=False,embarrassing=True,satisfied=True,note='arc feedback excellent; first confront coded affirmation; misleading "good practice" closed-question note')}
out=json.load if False else None
rows=[json.loads(l) for l in open('grades.jsonl')]
cnt=defaultdict(int); fbi=defaultdict(int)
for r in rows:
    t=r['id']
    if r['kind']=='code':
        cnt[t]+=1; g,n=CODE.get((t,cnt[t]),(2,''))
        pred=r['text'].rsplit(' -> ',1)[1]
        if (t,cnt[t]) not in CODE: assert pred==key[t][cnt[t]],(t,cnt[t],pred)
        r['grade']=g; r['note']=n
    elif r['kind']=='feedback':
        g,n=FB[t][fbi[t]]; fbi[t]+=1; r['grade']=g; r['note']=n
    else: r.update(CASE[t])
for t in FB: assert fbi[t]==len(FB[t]),(t,fbi[t],len(FB[t]))
open('grades.jsonl','w').write(''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in rows))
