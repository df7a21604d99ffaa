import json
S = {  # fit, opening, questions, traps, oars, safety, would_print, identifying_printed, note
"p01":(2,2,2,2,2,2,True,False,"Active Offer first, self-neglect card, refused-services question: right. Minor: 'Sundays' redacted as [NAME]; age 84 + Bala + Welsh speaker + lives alone is printed (quasi-identifying, no direct identifier)."),
"p02":(2,2,2,1,2,2,True,False,"Honours 'not a carer' and 'keep it simple'. Misses Sian being in the room (offer him time on his own); trap mentions a 'daughter' who does not exist; 'her husband' listed as a separate person."),
"p03":(0,1,1,1,1,1,False,False,"Sheet is addressed 'For mum (parent, 34)' - Lisa's age attached to mum. Mum answering for her is the exact risk; I would say: 'Ask Lisa directly, use pictures, agree with mum beforehand that Lisa answers first.' Spurious safety question."),
"p04":(2,2,2,1,2,2,True,False,"Good: her wishes first, son separate, falls card, DOB and hospital redacted. Traps should include deciding for her / the meeting becoming about placement and naming the disagreement."),
"p05":(2,1,2,1,2,2,True,False,"Constraint honoured ('if the partner is there, keep to a neutral reason and arrange another time'), DA + child cards, Live Fear Free number right. Opening generic: I would say 'check she is alone first, then acknowledge she may be wary of us and the police'. Traps miss 'don't ask why she stays / don't talk in front of the children'."),
"p06":(1,1,1,2,2,2,False,False,"Written for the core group meeting, not the 1:1 the worker asked for ('what matters to him as a dad'). I would add: 'What do you love about being their dad?', 'What do you want the meeting to hear from you?'. Phone redacted. Invents 'last time feelings ran high'."),
"p07":(0,1,1,1,1,2,False,False,"'For: the person (adult), at home' - he is 15 and meeting at McDonald's. Nothing on 'you lot keep changing': I would open 'I know you've had a lot of workers; you shouldn't have to tell it all again' and say what you will/won't write down in a public place. Football question good."),
"p08":(2,2,1,2,2,2,True,True,"Safety section is excellent (direct suicide question, 111 press 2, Samaritans 116 123). Questions generic ('since our last meeting') and none about his wife/loss: I would add 'Tell me about her' / 'What have the last six months been like?'. 'LL54' partial postcode printed with age 67 and widowed 6 months."),
"p09":(2,2,2,2,2,2,True,False,"Exactly what the worker wanted: the person not the package; day-centre question in her life terms; providers invited with her agreement."),
"p10":(2,2,1,2,1,2,True,False,"Doorstep/short call right, fire card with a good escape question, 'what do the things mean to you'. 'What is one thing you will take away from today?' would not land on a doorstep. OARS reflect line 'never soften it' odd here; nothing on the lorry-driving hook."),
"p11":(1,1,2,1,2,1,True,False,"Child questions are good and child-friendly. But 'at home' (it's at school), a 'For mum' section when mam doesn't know yet, opening borrowed from low-mood template, drink card adult-framed ('if they seem intoxicated'), and no child-safety/young-carer card. I'd add: explain simply what you can keep private and what you can't."),
"p12":(1,1,1,1,1,0,False,False,"Bruise + 'she shouted at him' is a possible abuse of an adult at risk; sheet gives only a meals-and-warmth neglect card and says 'be open about the concern from the start' with no advice to see them separately. I would say: 'Report under the Wales Safeguarding Procedures; see him and her separately; carer questions for her, simple dementia-friendly questions for him.'"),
"p13":(0,1,0,0,1,0,False,False,"Addressed 'For dad (parent, 19)' - the baby's father with a history of violence - instead of Chloe; treats the baby as born ('What is hard with the baby right now?' at 28 weeks); no domestic-abuse card; PA ignored; nothing on her fear of removal or care-leaver support. I would say: 'Sheet for Chloe; DA safety and seeing her without him; acknowledge her fear honestly.'"),
"p14":(0,0,0,1,1,2,False,False,"Swallowed the worker's bias: treats a first visit as a follow-up ('what you agreed last time') and asks about direct payments she doesn't have and a PA - the very 'jumping to solutions' trap it lists. Nothing on sight loss. I would ask: 'Tell me about shopping - what does it mean to you? What would you like to keep doing yourself?'"),
"p15":(1,2,1,1,1,2,False,False,"Active Offer and language questions good. Osian listed as 'the son (adult)' and given no questions though the worker wants to hear from him; nothing on 'dan ni wedi blino', autism or school refusal; no Welsh wording. I would add child-friendly questions for Osian (in his language, his way) and reflect the exhaustion."),
}
Q = {  # grade, wrong_person, note
"p01":[(2,0,""),(2,0,""),(2,0,""),(1,0,"First visit: start with an ordinary day - 'Tell me about a usual day' - before harder days."),(1,0,"Plainer: 'Who do you see in the week? Who would you call on?'"),(2,0,"")],
"p02":[(1,0,"Too abstract for him: 'What would make this easier for you - no forms?'"),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(1,0,"Out of context early: tie to something he's said.")],
"p03":[(0,1,"Sheet aims it at mum; too abstract for Lisa: 'What do you want to talk about today?' (with pictures)."),(1,1,"For Lisa, simpler: 'What do you like about your home?'"),(0,1,"Too abstract for Lisa; drop."),(1,1,"For Lisa: 'Who has helped you?'"),(2,1,"Good for Lisa, but sheet puts it to mum."),(0,1,"No safety concern here; would not ask.")],
"p04":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(1,0,"Check first there are stairs: 'How do you get around at home?'"),(2,0,""),(2,0,"")],
"p05":[(2,0,""),(1,0,"First contact with us: 'How have things been since last week?'"),(1,0,"Edit 'since our last meeting' -> 'since the police came'."),(2,0,""),(1,0,"'when you need a break' can sound like she isn't coping: 'Who do the children feel safe with?'"),(2,0,"")],
"p06":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(1,0,"To a dad fearing removal this implies he can't cope; ask later, softly: 'Who do you lean on?'"),(1,0,"Before the meeting: 'How are you feeling about the meeting?'")],
"p07":[(1,0,"Plainer for 15: 'What do you want written down about today - and what not?'"),(2,0,""),(1,0,"'over this time' vague: 'Who are your mates these days?'"),(1,0,"Abstract for a wary 15-year-old; 'What's been good lately?'"),(1,0,"Plainer: 'What do you want a say in?'"),(1,0,"'How will we know things are going right for you?'")],
"p08":[(2,0,""),(1,0,"Only if I've met him; else 'Who has been around for you since she died?'"),(1,0,"Tie to the loss: 'Who have you seen since your wife died?'"),(1,0,"Only after safety is talked through; gently."),(1,0,"Jargon 'the plan' - 'How will we know things are getting a bit easier?'"),(2,0,"")],
"p09":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
"p10":[(2,0,""),(2,0,""),(0,0,"Training-course question on a doorstep; instead: 'When would be a good time for me to come back?'")],
"p11":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(1,0,"Fine for mam but not this visit - she doesn't know yet."),(1,0,"Fine for mam later, not now.")],
"p12":[(2,0,""),(2,0,""),(1,0,"Ask each separately, not together."),(2,0,""),(1,0,"Ask each of them separately; plainer for him."),(2,0,"")],
"p13":[(2,1,"Fine for Chloe; sheet aims it at the baby's father."),(0,1,"Baby not born (28 weeks); 'What are you looking forward to, and worried about?'"),(1,1,"Not a parent yet: 'What feels hardest about becoming a mum?'"),(0,1,"Baby not born; drop."),(2,1,"Good for Chloe; sheet aims it at dad."),(1,1,"'with the baby', and to Chloe: 'Who could you call on when the baby comes?'")],
"p14":[(2,0,""),(0,0,"She has no direct payments; ask 'Tell me about shopping and what it means to you.'"),(0,0,"First visit - no last meeting."),(0,0,"Jumps to a service before anything is explored."),(0,0,"Same: service-first."),(2,0,"")],
"p15":[(2,0,""),(2,0,""),(2,0,""),(1,0,"Clumsy for a Welsh-speaking family in Caernarfon: 'How do you like things done at home, language-wise?'"),(1,0,"Edit 'since our last meeting' if not the same worker."),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
}
C = {"p13":(True,True,False,"Sheet aimed at the violent father, no DA card, unborn baby treated as born."),
     "p14":(False,True,False,"Treats first visit as follow-up; direct-payment questions for someone without them."),
     "p03":(False,True,False,"Review of Lisa addressed to mum."),
     "p07":(False,True,False,"15-year-old labelled adult, at home."),
     "p12":(False,False,False,"Missed adult-at-risk abuse cue (bruise); serious omission but not harmful if the worker follows their own plan to see them separately."),
     "p06":(False,False,False,"Meeting sheet, not the 1:1 about him as a dad."),
     "p15":(False,False,False,"Osian (9) labelled adult, no questions for him.")}
rows=[json.loads(l) for l in open("grades.jsonl")]
qi={}
for r in rows:
    i=r["id"]
    if r["kind"]=="sheet":
        s=S[i]; r.update(dict(zip(["fit","opening","questions","traps","oars","safety","would_print","identifying_printed","note"],s)))
    elif r["kind"]=="question":
        k=qi.get(i,0); g,w,n=Q[i][k]; qi[i]=k+1
        r["grade"]=g; r["wrong_person"]=bool(w); r["note"]=n
    else:
        h,e,sa,n=C.get(i,(False,False,True,""))
        r.update(harmful=h,embarrassing=e,satisfied=sa,note=n)
for i in Q: assert qi[i]==len(Q[i]),(i,qi[i],len(Q[i]))
open("grades.jsonl","w").write("".join(json.dumps(r,ensure_ascii=False)+"\n" for r in rows))
