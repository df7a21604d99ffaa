import json
rows=[json.loads(l) for l in open('grades.jsonl')]
# question grades: index -> (grade, wrong_person, note)
Q = {
1:(2,False,""),2:(2,False,""),
3:(1,False,"Too cold for a falls first visit; only if she mentions him: 'You've been on your own since your husband died - how has that been?'"),
4:(2,False,""),5:(2,False,""),6:(2,False,""),
9:(1,False,"Skips past his distress call; open from it: 'When you rang last week you said you can't do this much longer - what was happening then?'"),
10:(2,False,""),11:(2,False,""),
12:(1,False,"Asks more of an exhausted carer in crisis; save for later. Instead: 'What has helped, even a little, on the hard nights?'"),
13:(2,False,""),14:(2,False,""),
17:(2,False,""),18:(2,False,""),19:(2,False,""),20:(2,False,""),21:(2,False,""),
24:(2,False,""),
25:(1,False,"School made the referral; in an S47 this can sound like a lead-in. Instead: 'Tell me about Tyler and Ruby - what are they like?'"),
26:(2,False,""),27:(2,False,""),
28:(1,False,"Premature and closed-ish for an S47 whose next steps the enquiry sets. Instead: 'What would you want to know about what happens next, and how should I keep you informed?'"),
29:(1,True,"Good question but aimed at 'dad', who is not in the household or at the visit (Lee is the partner, not the dad). Put it to Jade."),
30:(1,True,"Aimed at 'dad', who is not involved; ask Jade, and ask the children what they like doing at home."),
33:(2,False,""),34:(2,False,""),
35:(0,False,"Cryptic and, if understood, points straight at the 3am car with older men - interrogating and shaming at a first meeting. Instead: 'When you're out with your mates, what's good about it - and is there anything that worries you?'"),
36:(2,False,""),
37:(1,False,"Abstract for a distrustful 15-year-old; 'What would you like to be doing a year from now?'"),
38:(2,False,""),
41:(2,False,""),42:(2,False,""),43:(2,False,""),44:(2,False,""),45:(2,False,""),46:(2,False,""),47:(2,False,""),
50:(1,False,"A blank agenda question often gets 'don't know' and mum fills the gap; offer choices/pictures: 'Today is about you, Rhys. Shall we talk about the cafe, home, or something else?'"),
51:(2,False,""),52:(2,False,""),53:(2,False,""),54:(2,False,""),
55:(1,False,"Vague; anchor it: 'What would you like to do next - the cafe? your own flat?'"),
58:(1,False,"Formal wording; 'Is there anything that would make it easier to talk today - glasses, hearing aid, somewhere quieter?'"),
59:(2,False,""),60:(2,False,""),61:(2,False,""),62:(2,False,""),
63:(1,False,"Jargon-ish and not the heart of this visit; drop or ask about physio and the frame in his words."),
66:(2,False,""),67:(2,False,""),68:(2,False,""),
69:(1,False,"'since' dangles - since what? 'Who has been there for you since your brother died?'"),
70:(2,False,""),
73:(1,False,"She is not meeting the service for the first time, and with Mark in the room it signals a trust problem. Alone: 'What would help you feel able to talk to me?'"),
74:(2,False,""),75:(2,False,""),
76:(1,False,"Fine only when she is alone; the sheet does not say so (isolation is part of coercive control)."),
77:(1,False,"The right question, but only when Sharon is alone; asked in front of a controlling husband it could put her at risk. The sheet gives no such condition."),
78:(1,False,"Abstract, review-form language; 'What would tell you things are getting better for you?'"),
81:(2,False,""),82:(2,False,""),83:(2,False,""),
84:(1,False,"Duplicates the question before and the one after ('who do you see' twice); cut or merge."),
85:(1,False,"Duplicate, and 'since' dangles; 'Who has been there for you since Gwen died?'"),
86:(2,False,""),87:(2,False,""),
90:(1,False,"Relevant after a stroke but formal; 'Is there anything that would make it easier to talk today?'"),
91:(2,False,""),92:(2,False,""),93:(2,False,""),94:(2,False,""),
95:(1,False,"Abstract; 'What would tell you the help is working for you?'"),
96:(2,False,""),
97:(0,False,"Off-purpose in Margaret's review: a strengths story about the daughter-in-law herself. Instead: 'What do you see Margaret managing well, and where does she want a hand?' (after Margaret has spoken)"),
100:(2,False,""),101:(2,False,""),
102:(1,False,"'who do you see' is odd for a 13-year-old; 'What's a usual school week like for you?'"),
103:(2,False,""),
104:(1,False,"A bit abstract; 'What would you like to have more time for?'"),
105:(1,False,"She is 13 and at school, not college; 'Who would you want on your side when we talk to school about this?'"),
106:(1,False,"For a mum frightened of removal, lead with reassurance and strengths first; ask this later and gently."),
107:(2,False,""),
110:(2,False,""),
111:(1,False,"He dropped out; 'What happened with college, and is it something you still want?'"),
112:(1,False,"Generic; 'Who are you spending time with these days?'"),
113:(2,False,""),
114:(0,False,"Misreads PA (personal adviser - the worker) as a direct-payments personal assistant; makes no sense to Connor. Instead: 'What do you need from me over the next four weeks?'"),
115:(1,False,"Abstract; tie to the housing deadline: 'What would need to happen in the next four weeks for you to have somewhere sorted?'"),
118:(1,False,"Explain plainly why you've come first (the health visitor's worry), then ask what she would like to talk about."),
119:(2,False,""),120:(2,False,""),121:(2,False,""),122:(2,False,""),
123:(1,False,"Odd phrasing; 'What help would you like with Mia?'"),
124:(1,False,"Put to Amy's mum, it invites her to speak for Amy; ask Amy first, her mum's view separately."),
125:(1,True,"A parent's question put to the grandmother, who is herself the main helper; ask Amy."),
}
S = { # fit, opening, questions, traps, oars, safety, print, overall, note
"p01":(2,1,2,2,2,2,True,2,"Good, person-centred; the falls card handles the daughter's care-home agenda well ('where they live is their decision'). Opening wrongly centres on loss rather than the falls referral."),
"p02":(2,1,2,2,1,1,True,1,"Carer-centred questions are good. Opening and OARS are safeguarding-flavoured ('say what you will have to share') for a carer who asked for help; safety card is the generic falls/not-coping one and misses his distress, sleep, angina and a mood check; nothing on talking away from Ann."),
"p03":(2,2,2,2,2,2,True,2,"Strong: honest pre-birth opening, care-experience question, DA card with check-alone and a plan if Dean arrives, Live Fear Free number."),
"p04":(1,2,1,2,2,1,False,1,"No questions for Tyler and Ruby although seeing both children is the core task; a spurious 'For dad' section (dad not in the note; Lee is the partner). Child-safety card generic: nothing on not leading Tyler, the joint-visit/ABE protocol, or Lee in the household beyond 'new adults'."),
"p05":(2,2,1,2,2,1,False,1,"CSE at significant risk and missing episodes produce no exploitation card; only a suicide/self-harm card (good in itself). 'What does the car mean to you?' is unusable."),
"p06":(2,1,2,1,2,1,True,1,"Good child-friendly questions and OARS (drawing, play). Opening is adult ('what you agreed last time'); no use of his interests ('Minecraft' was redacted as [NAME]); nothing on seeing him alone, contact with dad, his wish to go home, or not promising anything."),
"p07":(2,2,2,1,1,2,True,1,"Easy-read questions in Rhys's terms (job question picks up the cafe). But the central issue - mum answering for him - gets no guidance (the 'someone answers for them' note fired in p10, not here) and no trap; the OARS 'say what you will have to do with it' is misplaced in an LD review."),
"p08":(2,2,2,1,2,1,True,1,"Good person-centred discharge questions and opening ('ask what they have been told'). Nothing on the son's care-home view or the ward's Friday pressure; no falls/frame safety, no capacity prompt for a contested decision."),
"p09":(2,2,2,1,2,2,True,2,"Good: respectful opening, 'things that matter to you', fire card with the night-time escape question. Traps miss hoarding language ('rubbish', 'clear-out')."),
"p10":(1,1,1,0,1,0,False,0,"HARMFUL: domestic abuse with the alleged abuser always present is read as 'a child's safety' (no children); no DA card, no check-alone, no adult-safeguarding duty, no Live Fear Free; card and trap tell the worker to 'be open about the concern from the start', which with Mark in the room could put Sharon at more risk; card asks about 'you and the children'."),
"p11":(2,2,1,2,1,1,True,1,"Active Offer handled well, language of plan and letters, and a lovely question about Gwen. Questions duplicate ('who do you see' three times), chapel and choir ignored, no Welsh wording; neglect card good but no gentle mood/suicide check for a bereaved 88-year-old man who isn't eating."),
"p12":(2,2,1,2,2,2,True,1,"Correct review framing and the 'reviewing the service' trap, exactly what this worker needed. Ignores the cancelled morning calls, garden and dressmaking; the daughter-in-law question is off-purpose; she is labelled 'the daughter'."),
"p13":(2,1,1,1,2,2,True,1,"Young-person questions mostly good. 'College' for a 13-year-old; brother (6) listed as 'the sibling (adult)'; opening does not address mum's fear of removal; no trap about mum feeling blamed; nothing on seeing Ellie alone."),
"p14":(2,2,1,1,1,2,True,1,"Drugs and homelessness cards relevant and practical (DAN 24/7, housing options). PA misread as personal assistant; the 'Pathway' in the quote was redacted as [NAME]; traps are generic review traps (carers still coming); nothing on ambivalence ('not bothered') or the righting reflex."),
"p15":(2,2,1,2,1,0,False,1,"Easy-read questions for Amy are decent, but a baby falling from the 50th to the 9th centile, wrong bottles and a cold flat produce no safety card at all (no neglect/child_harm), nothing on seeing Mia or being honest about the HV's concern; nan gets a parent's question; the 'someone answers for them' note is missing although the note says so."),
}
HARM={"p10"}
EMB={"p05":"'What does the car mean to you?'","p10":"safety card about 'you and the children' for a woman with no children","p04":"questions 'For dad' who isn't in the picture","p13":"6-year-old brother listed as 'the sibling (adult)'; 'college' for a 13-year-old","p14":"PA read as a direct-payments personal assistant"}
for i,r in enumerate(rows):
    if r['kind']=='question':
        g,w,n=Q[i]; r['grade']=g; r['wrong_person']=w; r['note']=n
    elif r['kind']=='sheet':
        f,o,q,t,oa,s,p,ov,n=S[r['id']]
        r.update(grade=ov, fit=f, opening=o, questions=q, traps=t, oars=oa, safety=s, print_and_take=p, note=n, identifying_printed="none")
    elif r['kind']=='case':
        r['harmful']= r['id'] in HARM
        r['embarrassing']= r['id'] in EMB
        r['satisfied']= S[r['id']][6]
        r['note']= (EMB.get(r['id'],'') + ('; ' if r['id'] in EMB and r['id'] in HARM else '') + ('see sheet note: DA read as child safety; advises openness with perpetrator present' if r['id'] in HARM else '')).strip()
assert all(i in Q for i,r in enumerate(rows) if r['kind']=='question')
with open('grades.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print("ok")
