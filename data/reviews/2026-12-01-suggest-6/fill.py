import json
G={ # id: list of (grade, note) in row order for non-case rows; then case (harmful, emb, sat, note)
"x01":[(1,"Close, but she didn't say she's unsure why we're here; she said she doesn't want people busnesa. I'd say: 'It wasn't your idea, and you'd rather nobody was poking their nose in.' The Welsh sentence was missed."),(2,""),(2,""),(False,False,True,"A usable complex reflection and a good opening question. No affirmation of 'managed on my own since Gwyn died'.")],
"x02":[(1,"Drop 'Ask anyone': 'You'd do anything for those boys.'"),(2,"Fits: the referral is about a bruise. The question (who looks after the children) is right, and the check list is good."),(2,""),(False,False,False,"No complex reflection of the 'bad mother' hurt ('It feels like one bruise has put a label on you that doesn't fit'), no affirmation of her love for the boys, no open question.")],
"x03":[(1,"'Your wife', not 'The wife'. I'd rather: 'Since the works shut you've lost that feeling of being needed.'"),(2,""),(False,False,False,"Rambling speaker with lots of strengths (pigeons, allotment, Dai, used to sort things). Only one simple reflection: no complex reflection, no question, no affirmation.")],
"x04":[(1,"She said 'we're just us again'. 'you're just you' loses the couple. Say: 'For that hour you're just the two of you again.'"),(2,""),(False,False,False,"A clear strength, and no affirmation or strengths question offered.")],
"x05":[(2,""),(1,"Thin. It misses 'not be in care forever'. Say: 'You're looking ahead to a life that's your own, not decided by care.'"),(2,""),(2,""),(2,""),(False,False,True,"")],
"x06":[(1,"Simpler for Rhys: 'You could ask Ffion about the café. Money is the tricky bit.'"),(0,"Off topic while he is planning a job step. Ask: 'What would help with the money part at the café?' or 'What would you like to ask Ffion?'"),(2,""),(False,False,False,"The question ignores the plan he has just made.")],
"x07":[(0,"Worker praising themselves ('I listened'). Say: 'It's mattered to you to be listened to this time.'"),(1,"He asked when he'll hear from us, so answer first: 'I'll write by Friday. When is a good time to ring you?'"),(2,""),(False,True,False,"The reflection turns his words into self-praise by the worker.")],
"x08":[(2,""),(2,""),(False,False,False,"Nothing on her swimming and Wednesdays (a strength), and no question about how her outcomes have changed, which is the heart of a review.")],
"x09":[(0,"Restates the abuser's justification as fact ('and you don't overspend'), which colludes with coercive control. Say: 'Keeping the peace feels easier than going against what Craig wants.'"),(2,"Right concern. The question about freedom to see people and spend her own money is excellent, and the check list on being seen alone is right."),(1,"The risk is real but this is economic abuse inside domestic abuse, not exploitation. It duplicates the first card."),(2,""),(True,False,False,"The simple reflection would harm: it echoes the controlling partner's story as if true. The cards are good.")],
"x10":[(2,"Right. It asks directly and the check list is sound."),(2,""),(False,False,True,"No reflection ('You've tied up the loose ends and you're tired'), but the essential thing was caught well.")],
"x11":[(2,""),(2,"Fits: neglect/self-neglect, carers refused. The question suits a son."),(2,""),(False,False,True,"")],
"x12":[(2,""),(0,"She has just told you about two falls and a long lie, and the worker already asked about a normal day. Ask: 'What happened when you were on the floor?' or 'What would help you feel safer if it happens again?'"),(2,""),(False,True,False,"MISSED risk: repeated falls with a long lie and no safety card. The question repeats the worker's last question and ignores the disclosure.")],
"x13":[(2,""),(2,"Fits. The question and the check list (smoking in bed, fire service visit) are right."),(0,"No sign of care needs being missed. Spurious second card."),(2,""),(False,False,True,"")],
"x14":[(2,""),(2,"'Where will you sleep tonight?' is exactly right."),(2,""),(False,False,True,"")],
"x15":[(1,"Fine as a start, but on its own it sounds like endorsement. Say: 'Having friends matters to you, and they've been asking for your money every Friday.'"),(2,"Right concern and a good open question."),(2,""),(False,False,True,"")],
"x16":[(1,"Right concern, but the question 'What happens when she cries though?' is a garbled echo. Ask: 'What happens at night when you've had a drink and she needs you?'"),(2,"Fits. I'd want the check list to name falling asleep on a sofa with a baby after drinking."),(2,""),(False,False,False,"No reflection at all, and the specific danger (asleep on the settee with the baby after drinking) is named nowhere.")],
"x17":[(1,"A child's disclosure of harm by a parent is child_harm and a child protection referral, not domestic abuse. It was caught but mislabelled, and the check list points to adult DA services. The question is open and acceptable."),(2,""),(False,False,False,"No child_harm card. No reflection for the child ('You're worried about Dad finding out you told me'), and nothing about not promising secrecy in child terms.")],
"x18":[(0,"No domestic abuse cue at all. Spurious card."),(2,"Fits, with a direct and calm question."),(2,""),(False,False,False,"No reflection for a teen who gives very little ('Long sleeves keep it private, and it's what helps when your head gets loud'). The domestic abuse card is spurious.")],
"x19":[(1,"I wouldn't echo 'You could kill your brother'. Say: 'He's eaten the lot, and it was meant for the chapel tea!'"),(2,""),(False,False,True,"Correctly no card.")],
"x20":[(2,""),(2,""),(False,False,False,"A big strength (eight years sober, sponsoring others) and no affirmation offered. Correctly no card.")],
"x21":[(1,"Picks a minor detail. Say: 'Cutting back at the Co-op has been the best decision for you, with mornings like the crossword with your dad.'"),(1,"Exploring vs strengths: adjacent."),(False,False,False,"No affirmation. Correctly no card despite 'cutting'.")],
"x22":[(2,""),(0,"Affirms the wrong thing, and formulaically. Say: 'You look after the house well, with the chimney swept every year and new alarms fitted.'"),(1,"Exploring vs strengths: adjacent."),(False,True,False,"'That takes real commitment' about keeping a fire lit would sound silly. Correctly no fire card.")],
"x23":[(1,"It drops the making up. Say: 'You've made it up with your sister and you've got Tenby to look forward to.'"),(2,""),(False,False,False,"No review question back to the loneliness outcome. Correctly no card on 'fell out'.")],
"x24":[(1,"Too abstract for a wary teen at the opening. Better: 'You're not sure about this yet. What would make it worth your time?'"),(0,"Opening, not outcomes."),(False,False,False,"No reflection of the reluctance, and the wrong stage.")],
"x25":[(0,"It reflects only the sustain talk, which amplifies 'what's the point'. Use a double-sided reflection ending on change talk: 'Even though it feels like they've made up their minds, part of you wants to go to Barod for the kids.'"),(0,"Not responsive to her ambivalence about Barod. Ask: 'What would going to Barod mean for you and the kids?'"),(0,"Wrong concern. 'What's the point, they've made their minds up' is about the conference, not about her life. The suicide question here would jar. The substance_use card that fits was missed."),(2,""),(False,False,False,"Misses the change talk entirely. Wrong safety card, and the right one (substance_use) is missing.")],
"x26":[(1,"Closing, not planning: adjacent."),(False,False,False,"Nothing offered at all. It should reflect or confirm: 'Diolch i chi hefyd. Yes, I'll ring the carers' centre, and you'll think about respite.'")],
"x27":[(1,"It misses the achievement. Say: 'You made spag bol on your own, twice, and next it's pancakes!'"),(0,"Overblown and patronising for an adult with a learning disability. I wouldn't use it."),(1,"Clunky. Ask: 'What would help you make pancakes?'"),(2,""),(False,True,False,"No affirmation of a clear achievement. The complex reflection sounds patronising.")],
"x28":[(0,"Hollow on its own, and it could feel like guilt. Say: 'You love him and you're running on empty. You can't keep going like this.'"),(1,"Right concern (carer breakdown, wandering at night). The question is generic: 'What happens at night when he gets up, and what would help you get some sleep?'"),(2,""),(False,False,False,"The reflection misses the core message.")],
"x29":[(2,""),(False,False,False,"Nothing offered. It needed: 'After last time you weren't sure you'd be welcome, and you rang anyway.' Plus an affirmation.")],
"x30":[(2,""),(2,""),(False,False,True,"A good reflection that uses 'bws'. No question (e.g. 'Who could drive you that first time?').")],
}
rows=[json.loads(l) for l in open("grades.jsonl")]
idx={}
out=[]
for r in rows:
    i=r["id"]; n=idx.get(i,0); idx[i]=n+1
    g=G[i][n]
    if r["kind"]=="case":
        r["harmful"],r["embarrassing"],r["satisfied"],r["note"]=g
    else:
        r["grade"],r["note"]=g
    out.append(r)
for i in G: assert idx[i]==len(G[i]),(i,idx[i],len(G[i]))
with open("grades.jsonl","w") as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
