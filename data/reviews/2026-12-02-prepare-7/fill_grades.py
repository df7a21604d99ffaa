import json
rows=[json.loads(l) for l in open('grades.jsonl')]
Q = {  # per question: (grade, wrong_person, note)
"p01":[(2,0,""),(2,0,""),(1,0,"Grammar broken (echo of my note): 'Tell me what you still do for yourself.'"),(2,0,""),
       (1,0,"'since' dangles (since what?). 'Who's been around for you since your wife died, and who do you see in a usual week?' - and only once he has mentioned her."),
       (1,0,"Only if he brings up his wife; the referral is falls. Otherwise: 'What would you like to keep doing that matters to you?'"),
       (2,0,""),(2,0,""),
       (1,0,"'how much more could you manage' assumes family will fill the gap (the sheet's own trap). 'What do you do to help now, and what feels right for you to keep doing?'")],
"p02":[(1,0,"An assessment opener, this is a review a year on. 'What has been happening for you since your assessment last year?'"),
       (1,0,"Broken grammar. 'How are you, yourself, these days - not Dennis, you?'"),
       (2,0,""),(2,0,""),(2,0,""),(2,0,"")],
"p03":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
"p04":[(0,0,"There is no last core group (this is the first, after s47) and there is one child, Alfie. Ask: 'Tell me what a normal day looks like for Alfie.'"),
       (0,0,"No plan exists yet. Ask instead: 'What do you think needs to happen so everyone can be confident Alfie is safe?'"),
       (1,0,"Usable only at the end once a plan is agreed: 'What would help you do your part of what we've agreed today?'"),
       (0,0,"No 'last meeting'; to an angry dad I would reflect first: 'You're angry about us being involved - tell me what this has been like for you.'"),
       (0,0,"Presumes a history of meetings. 'What do you do with Alfie that you'd want people to know about?'")],
"p05":[(2,0,""),(1,0,"Pronoun garbled ('him'). 'Tell me what you're into, and who matters to you.'"),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
"p06":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
"p07":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),
       (1,0,"Too abstract for Daniel. Make it concrete: 'You told the day centre about a flat like Josh's - tell me about that.'"),
       (1,0,"In front of Daniel this invites Mum to list his difficulties. 'What would you like for Daniel in the next year, and what worries you about it?'"),
       (0,0,"Off focus - this is Daniel's review, not a carer's assessment for Mum; would not ask it here."),
       (1,0,"'your situation' - the stepdad is not the subject. 'What would you like to see for Daniel?'"),
       (0,0,"Refers to a 'difficult time' that is nowhere in the note; nonsensical to ask.")],
"p08":[(2,0,""),(2,0,""),(1,0,"Vague. 'Before the fall, what helped you manage at home?'"),(2,0,""),(2,0,""),
       (1,0,"She lives alone and it presumes it will be hard. 'Talk me through your first day back home - what will go well, and what might be tricky?'"),(2,0,"")],
"p09":[(2,0,""),(2,0,""),(1,0,"Deficit-led for a first visit to someone who fears being judged. 'Tell me about your home and the things in it that matter to you.'"),
       (1,0,"'since' dangles - he has not mentioned his brother yet. 'Who do you see in a usual week?'"),(2,0,"")],
"p10":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
"p11":[(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,""),(2,0,"")],
"p12":[(2,0,""),(1,0,"Broken grammar. 'Tell me what you enjoy, and what you want for yourself.'"),(2,0,""),(2,0,""),
       (1,0,"Odd outcome question for a 13-year-old carer. 'If things could be different for you this time next year, what would they be?'"),
       (1,0,"Mum fears removal; this frames her parenting as the issue, possibly in front of Ellie. 'How are things with the MS at the moment, and what helps?'"),(2,0,"")],
"p13":[(1,0,"Open and abstract for expressive aphasia. Have the communication book ready and check with yes/no: 'Shall we use your book today?'"),
       (1,0,"Abstract. Take his own outcome: 'Last year you wanted to make your own cup of tea - show me how that's going.'"),
       (0,0,"Too abstract to answer with yes/no, gesture or the book; would not ask Rhodri this."),
       (2,0,""),
       (1,0,"Abstract; use his outcome instead: 'Have you been to see the Scarlets?' (yes/no, then the book)."),
       (1,0,"Abstract and 'we both'; 'What would you like to work on next?' with options in the book.")],
"p14":[(2,0,""),(2,0,""),(1,0,"She has a Section 21 and has to leave. 'What matters to you about where you live next?' (Bella)"),(2,0,""),
       (1,0,"After 'there's no point anymore' this can feel dismissive. 'What would make the next few weeks a bit more bearable?'"),(2,0,"")],
"p15":[(1,0,"Jargon-ish. 'How have things been between you and us since the order was made?'"),
       (1,0,"Pauline is the grandmother/SGO carer, not 'a parent'. 'Who has been a good support to you in bringing up Lily and Jack?'"),
       (1,0,"'What's helping Lily and Jack feel settled with you?'"),
       (2,0,""),(2,0,""),(2,0,""),
       (1,0,"Adult-care wording; the 'kinship carer' is Pauline herself. 'What goes through your mind about the future for Lily and Jack?'"),
       (2,0,""),
       (0,1,"Aimed at Kirsty (mum), who is not at this visit and is not the subject of Pauline's review."),
       (0,1,"Aimed at Kirsty, who does not care for the children; makes no sense to ask her, and she is not there.")],
}
S = { # fit, opening, questions, traps, oars, safety, print, overall, identifying, note
"p01":(2,1,2,1,2,2,True,2,"", "Good: falls card, lets him speak first, daughter's questions sensible. Opening leans on bereavement ('who they have lost') for a falls referral. Traps generic: missing 'daughter answers for him / talking about him not to him', which the worker named. Two garbled/dangling questions."),
"p02":(2,2,1,1,2,2,True,1,"", "Right person (Eirlys) and right kind of visit (her review, not the sitter). But her own outcome (choir, time to herself) is never named in a question; nothing on 'I'm fine' or on whether to see her without Dennis. One broken-English question ('Tell me how is you.')."),
"p03":(2,2,2,1,2,2,True,2,"", "Strong: DA card with 'only when on their own', honest opening about pre-birth assessment, good hopes/support questions. Missing: her own care experience and fear of removal; a trap against promising 'we won't take the baby'. 'Keep to a neutral reason if partner is there' sits awkwardly with a pre-birth assessment Jordan knows about - I'd edit."),
"p04":(0,1,0,2,2,1,False,0,"", "Misread as a later core group: every question refers to 'the last core group/meeting' and 'the plan', which don't exist yet; 'the children' for one child; Alfie (2) listed as 'the son (adult)' and also as 'the baby'. A falls/pendant-alarm card fired on 'fell off the sofa'. Mum, who is quiet, gets no questions of her own. Traps (don't argue, don't open with the problem but be open) and OARS (reflect the worry about us) are right. Would not take it."),
"p05":(2,2,2,2,2,2,True,2,"", "Good: venue he chose, 'asking too many questions' trap fits 'hates same questions', exploitation card with sound checks and questions. 'Involve the police and children's services today' is over-general (he is looked after, screening done) - fine as a reminder. One pronoun slip ('who matters to him')."),
"p06":(2,2,2,1,2,1,False,1,"", "Child questions are simple, non-leading and good. But safety is off: a falls/pendant-alarm card for a 9-year-old; the drink card's question 'How are things at home when your mum or dad has been drinking?' is leading, brings in mum (no concern) and 'home' (she is safe at mum's; the worry is contact at dad's); no child-harm framing of being left to make her own tea while dad was unconscious. Traps miss the big two for direct work: leading questions and promising to keep secrets; nothing on the TA sitting in. Nothing about contact with dad in the questions."),
"p07":(2,2,1,1,2,2,True,1,"", "Easy-read note and the questions for Daniel are good (short, concrete, job question). But the flat - his main hope - is missing; nothing on Makaton, seeing him at the day centre/without Mum first, or the trap the worker named (family answering for him). Family questions are poor: one for Mum invites a deficit account in front of him, one is off focus, one to the stepdad refers to a 'difficult time' that doesn't exist."),
"p08":(2,2,2,2,2,1,True,2,"", "Centred on Peggy, right framing (plan going home with her), disagreement trap fits the son. Misses the cat and garden she named, and no falls/not-coping card or reminder that where she lives is her decision if she has capacity - the card that fired wrongly in p04/p06 did not fire here."),
"p09":(1,1,1,1,2,2,False,1,"", "Fire card is right and the escape question is good. But the sheet is built as a bereavement visit (opening 'start with who they have lost', sit-loss questions) and says nothing about what the things mean to him, his printing, not judging ('rubbish'), or agreeing a fire plan without a clean-up demand - exactly what the worker asked for. I'd write my own."),
"p10":(1,2,2,1,2,2,True,2,"11 [street], Cardiff - house number and city printed (street and postcode redacted)", "Safety is strong (on their own, agreed reason, safe contact, IDVA/MARAC, Live Fear Free). Questions respectful, nothing pushes her to leave. Setting wrong: says 'at home' though the note says the school, chosen for safety. Interpreter note is generic (she declined a community interpreter). No trap on telling her to leave / it's her decision."),
"p11":(2,2,2,1,2,2,True,2,"farm-name fragment \"Tŷ'n\" and town Bala printed", "Active Offer, language questions, gentle bereavement questions and the neglect card (meals, warmth, capacity) all fit. But the worker asked for Welsh prompts and got 'printed here in English'; capel, the farm and her independence ('won't want help') are not picked up; traps generic."),
"p12":(2,1,2,1,2,1,True,1,"'15 Pen y [..], Wrexham' - house number, start of street and town printed", "Ellie is centred and her questions mostly fit. But it is framed as child protection (child-harm card, 'call 999', 'only talk when safe to talk', 'be open about the concern'), which for a young carer's assessment is disproportionate and feeds Mum's fear of removal. No young-carer specifics (school, tiredness, Rhys, what help she'd want), no trap on discussing caring in front of Mum."),
"p13":(1,2,1,1,1,2,False,1,"", "Right kind of visit (review the person, not the agency) but not adapted to expressive aphasia at all - questions are abstract ('What have you learned about yourself?') when he answers yes/no, by gesture and with a book. His two outcomes (Scarlets, cup of tea) are not referenced. No trap about talking to Bethan instead of him."),
"p14":(2,2,2,2,2,1,True,2,"eviction date 15/01/2027 printed (not a DOB; noted, not counted)", "Self-harm card is excellent (ask directly early, crisis plan, 111 press 2, Samaritans). Opening and 'past conversations with services' fit 'no-one listens'. But no homelessness card: the Section 21 with a deadline, a dog, and housing options are half the visit and absent."),
"p15":(1,2,1,1,2,0,False,1,"'31 Glan yr [..], Aberystwyth' - house number, start of street and town printed", "People misread: Pauline is 'the parent', plus a separate 'kinship carer' and 'grandparent'; a 'For mum' section addresses Kirsty, who is not there. No safety card at all although Kirsty came to the house under the influence and contact is unclear. Nothing on money, arthritis, job loss, or a non-judging way into the Kirsty visit. Opening and some review questions fine."),
}
CASE = { # harmful, embarrassing, satisfied, note
"p04":(False,True,"Falls/pendant-alarm card on a child-protection case; 'the son (adult)' for a 2-year-old; questions about a last core group that never happened."),
"p06":(True,True,"Harmful (moderate): the sheet tells the worker to ask a 9-year-old 'How are things at home when your mum or dad has been drinking?' - a leading question that presupposes drinking, brings in mum with no basis, and could contaminate her account in a wishes-and-feelings/child-protection context. Embarrassing: falls/pendant-alarm card for a child."),
"p15":(False,True,"Questions addressed to Kirsty who is not present; grandmother labelled 'the parent' with a phantom 'kinship carer'; no safety card for the substance-use visit."),
}
qi={}
out=[]
for r in rows:
    i=r['id']
    if r['kind']=='question':
        k=qi.get(i,0); qi[i]=k+1
        g,w,n=Q[i][k]; r['grade']=g; r['wrong_person']=bool(w); r['note']=n
    elif r['kind']=='sheet':
        f,o,q,t,oa,s,p,ov,idt,n=S[i]
        r.update(grade=ov, fit=f, opening=o, questions=q, traps=t, oars=oa, safety=s, print_and_take=p, identifying_printed=idt, note=n)
    elif r['kind']=='case':
        h,e,n=CASE.get(i,(False,False,""))
        r.update(harmful=h, embarrassing=e, satisfied=S[i][6], note=n)
    out.append(r)
for i in Q: assert qi[i]==len(Q[i]), i
with open('grades.jsonl','w') as f:
    for r in out: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print("ok",len(out))
