import json
OUT="/work/reviews_out/2026-12-02-prepare-5"
rows=[json.loads(l) for l in open(OUT+"/grades.jsonl")]
# question grades by row index: (grade, wrong_person, note)
Q={
1:(1,False,"Therapy-speak for a proud 87-year-old who 'doesn't want a fuss'. I'd say: 'I'd like to hear it from you, Mr P - how have things been at home?'"),
2:(2,False,""),3:(2,False,""),4:(2,False,""),5:(2,False,""),6:(2,False,""),
7:(1,False,"'How much more could you manage' presumes she will do more, and he is in the room. I'd say: 'What are you able and willing to keep doing, and what worries you about that?'"),
10:(2,False,""),11:(2,False,""),12:(2,False,""),13:(2,False,""),
14:(1,False,"'Safe' is only for when she is on her own (the sheet says so itself). With Liam there I'd say: 'What would help you feel ready for the baby coming?'"),
17:(2,False,""),18:(2,False,""),19:(2,False,""),
20:(1,False,"Asks an exhausted carer to give something. I'd say: 'What have you found that helps you get through the hard nights?'"),
21:(1,False,"Repeats the question before it (exploring-038). I'd use this slot for her own health: 'How has your own health been - you mentioned your blood pressure?'"),
22:(2,False,""),
25:(2,False,""),26:(2,False,""),27:(2,False,""),28:(2,False,""),
29:(1,False,"'Different' is abstract for Rhys. Make it concrete, with pictures: 'Would you like more gardening? More time with Sam?'"),
30:(1,False,"Too vague. I'd say: 'You told the day centre about your own flat - tell me about that.'"),
33:(1,False,"'Adjustments' is form language. On the ward I'd say: 'Is this a good place to talk, and do you want Sian on the phone now or after we've talked?'"),
34:(2,False,""),35:(2,False,""),36:(2,False,""),37:(2,False,""),
38:(0,False,"Not what this visit is about. I'd ask about the cat and what she needs to get back to the garden, or 'What would you need to feel safe at home on your own at night?'"),
41:(2,False,""),42:(2,False,""),
43:(1,False,"Abstract. I'd say: 'Who do you see these days, since your mum died?'"),
44:(2,False,""),45:(2,False,""),
48:(2,False,""),
49:(0,True,"Wrong case and wrong people: dementia and a couple ('you both'). Nadia has no diagnosis, and 'you both' points at the abuser. Delete. I'd ask: 'What's it been like at home for you and the kids lately?'"),
50:(2,False,""),51:(2,False,""),
52:(1,False,"With domestic abuse this can come across as blame ('what will they remember?'). I'd say: 'What do you want for Aisha and Zain?'"),
53:(2,False,""),
56:(2,False,""),57:(2,False,""),58:(2,False,""),
59:(1,False,"Overlaps the questions either side of it ('who do you see in a usual week' is in the next one too). I'd use the slot for the farm, the dog or chapel: 'Beth sy'n eich cadw chi i fynd - y fferm, y ci?'"),
60:(2,False,""),61:(2,False,""),62:(2,False,""),
65:(2,False,""),
66:(0,False,"HARMFUL. The car is where she was found with older men. Asking what it 'means to her' makes the incident the topic, sounds like judgement or suspicion, and confirms 'you lot just judge'. Delete. I'd say: 'What's been good for you lately - what do you enjoy?'"),
67:(2,False,""),68:(2,False,""),69:(2,False,""),
70:(0,True,"Aimed at the stepdad, who is not at a school visit. Mum isn't there either. Delete."),
71:(0,True,"Aimed at the stepdad, who is not at the visit. Delete."),
74:(2,False,""),75:(2,False,""),76:(2,False,""),
77:(1,False,"Generic and doesn't connect to anything. I'd say: 'When Oliver runs off or gets upset, what do you usually do?' (open, no accusation)"),
78:(2,False,""),79:(2,False,""),
82:(1,False,"This is a review, not a first meeting. I'd say: 'What do you want to get out of today?'"),
83:(2,False,""),84:(2,False,""),
85:(1,False,"Vague. I'd say: 'What's gone well for you since the last plan - the job at Tesco, college?'"),
86:(1,False,"Here PA means his personal adviser (Dan), not a direct-payments assistant. I'd say: 'What do you want from Dan as you get near 18?'"),
87:(2,False,""),
88:(0,True,"Aimed at birth mum, who is not at this visit (a review at the foster home). Delete."),
89:(0,True,"Aimed at birth mum, who is not at the visit. Delete."),
90:(2,False,""),91:(2,False,""),
94:(2,False,""),
95:(0,False,"There is no day service in this case. Delete. I'd say: 'What's changed for your family since the last conference, from where you're sitting?'"),
96:(1,False,"The 'safe' framing suggests domestic abuse, and nothing in the note points that way. I'd say: 'What's helped things feel more settled at home?'"),
97:(2,False,""),
98:(0,False,"Domestic-abuse framing with no DA in the note, and it misses the point of the visit. I'd say: 'What are you proud of since the last conference?'"),
99:(0,False,"Same: DA safety framing that doesn't fit. I'd say: 'What do you want the conference to hear from you?'"),
100:(2,False,""),
101:(1,False,"Can be painful where the parent's own childhood was hard. Ask it later, or say: 'What kind of dad do you want to be for Mason and Lily?'"),
104:(2,False,""),105:(2,False,""),106:(2,False,""),107:(2,False,""),
108:(1,False,"An odd fit for a young carer. I'd say: 'What would you like more time for - friends, clubs?'"),
109:(1,False,"She is 13, in Year 8: school, not college, and 'about this' is unclear. I'd say: 'Who at school would you like to know, so they can help?'"),
110:(1,False,"Mam fears we'll take the kids, so this reads like a test of her parenting. I'd say: 'What's working well at home, and what would make things easier for you?'"),
111:(0,True,"Put to 'the sibling', whom the sheet takes for an adult. Osian is 7, and this is adult language. Delete, or for Osian: 'What's the best bit of being at home?'"),
114:(2,False,""),
115:(0,False,"He was discharged two weeks ago and is at home. The sheet treats this as a ward discharge. I'd say: 'How have things been since you came out of hospital?'"),
116:(2,False,""),
117:(1,False,"Framed as discharge. I'd say: 'Who's around for you at the moment - who do you see or talk to?'"),
118:(0,False,"Wrong visit (he's been home two weeks). I'd say: 'Tell me about Jac - what's your time with him like?'"),
119:(0,False,"Not relevant. I'd say: 'What's worrying you most right now - money, work?'"),
122:(1,False,"'Adjustments' is jargon. With COPD I'd say: 'Tell me if you need to stop for a breather at any point.'"),
123:(2,False,""),124:(2,False,""),125:(2,False,""),
126:(1,False,"Abstract. I'd ask about her other outcome: 'How's the cooking going - are you still doing your own meals?'"),
127:(2,False,""),
128:(1,False,"This asks about Darren's own life. I'd say: 'What have you noticed has changed for your mum since the scooter?'"),
129:(1,False,"He wants more agency hours; 'how much more could you manage' invites an argument. I'd say: 'What do you do at the moment, and what would you like to keep doing?'"),
}
S={
"p01":dict(fit=2,opening=1,questions=1,traps=1,oars=1,safety=2,take=True,grade=1,ident="",
 note="The falls safety box is good (pendant, long lie, 'where they live is their decision', let him speak first). But: (a) it read 'deaf in L ear' as a language need and printed 'Book a professional interpreter; never ask family or a child to interpret' twice. Instead: 'Hearing: sit on his right, face him, check he has heard.' (b) The worker asked for 'what a good day looks like' and 'what he does manage'; the sheet asks about a harder day and nobody asks about what he manages. Add: 'What does a good day look like for you?' and 'What do you still do for yourself that you're proud of?' Opening: generic risk wording; I'd say: 'I'd like to hear from you first, then Carys.' Traps miss the real one: letting the daughter decide, or jumping to 'a home'. OARS: the 'never soften it; say what you will have to do with it' line is safeguarding wording and doesn't fit here."),
"p02":dict(fit=2,opening=2,questions=2,traps=2,oars=2,safety=2,take=True,grade=2,ident="",
 note="A strong sheet. It is honest about the pre-birth assessment, sees her alone for relationship questions, gives a neutral reason and safe contact, Live Fear Free, and the Wales Safeguarding Procedures. The questions are warm and about the baby. Minor: the 'For' line lists 'mum (parent)' as well as the mum-to-be. There's nothing on her own care experience; I'd add gently: 'What do you want for your baby that you maybe didn't have?', only once trust is there."),
"p03":dict(fit=2,opening=1,questions=1,traps=1,oars=1,safety=1,take=True,grade=1,ident="",
 note="Rightly centred on Eirlys, not Dennis. Opening: 'be open about the concern from the start... what you will have to share' sounds like a safeguarding visit; she asked for help. I'd say: 'This time is about you and how you're keeping going.' Questions: a duplicate (own life x2). Missing: her BP, the choir, what 'a few hours off' would look like, her promise. Dennis will be in the room, and the sheet doesn't suggest a way to talk to her alone (a phone call, a sitter). Safety box: titled 'Falls and not coping at home', with 'What matters most to you about living at home?'. Carer strain and Dennis's night wandering aren't named. Traps: missing 'pushing respite or a care home against her promise'."),
"p04":dict(fit=2,opening=2,questions=1,traps=2,oars=1,safety=2,take=True,grade=2,ident="",
 note="Right person, easy read, a 'this is your review' opening, the 'someone answers for them' note, and the 'ignoring disagreements' trap. All well chosen. Questions: generic easy-read ones that pick up none of what the worker knows (gardening, Sam, own flat, Wrexham AFC), and there are no questions for the parents. I'd add: 'Angela, what worries you most about Rhys doing more on his own?' The 'only talk about home and relationships when on their own' note reads like domestic abuse wording; it isn't wrong, but it is odd here. OARS Reflect line (safeguarding wording) doesn't fit."),
"p05":dict(fit=2,opening=2,questions=2,traps=1,oars=1,safety=2,take=True,grade=2,ident="",
 note="A good discharge sheet: a Peggy-first opening, 'what does the garden mean to you', first day and night, and the discharge-plan check. Misses: the cat, and any question for Sian (I'd add: 'Sian, what would help you feel easier about your mum going home?'). Traps don't name the real pressures: being rushed by the ward timeline, and family deciding for her. Redaction replaced '#NOF' with [NAME]; harmless but it loses clinical meaning. OARS open and reflect lines are generic safeguarding wording."),
"p06":dict(fit=2,opening=2,questions=2,traps=2,oars=2,safety=2,take=True,grade=2,ident="",
 note="The best of the adult sheets. The fire box says 'Don't start with clearing... ask what the things mean first', plus the exits and the night-time escape question, which is exactly what the worker wanted. Self-neglect and capacity are rightly raised for hoarding. The OARS affirm and reflect lines suit a wary man. Minor: the 'For' line adds 'the police', who aren't involved. His mum and his years of caring for her aren't picked up; I'd add: 'Tell me about your mum.'"),
"p07":dict(fit=2,opening=2,questions=1,traps=1,oars=2,safety=2,take=True,grade=1,ident="",
 note="The safety content is very good: check she's alone, a neutral reason, a safe way and time to contact her, DASH/MARAC/IDVA, Live Fear Free, and planning to see the children. But the question list includes a dementia-couple question ('since the diagnosis... you both'). That is embarrassing, and 'you both' points at the abuser. I'd strike it before printing. Traps miss the central ones: no pressure to leave, no victim-blaming, no joint work with the partner. I'd add: 'Don't tell her to leave; ask what she wants and what she has already done to keep the children safe.'"),
"p08":dict(fit=1,opening=1,questions=1,traps=1,oars=2,safety=0,take=False,grade=0,ident="",
 note="The Active Offer and the language questions are handled well. The loss and low-mood OARS lines are good. But the safety box is 'A child's safety', with 'Ask the health visitor... feeding and weight' and 'a usual day at home for you and the children'. This man is a 79-year-old widower; there are no children. The real concerns (self-neglect: not eating, meds Nest used to manage; low mood in a bereaved older man, so a gentle suicide screen) aren't there. Opening: 'be open about the concern... what you will have to share' is heavy for a GP referral about grief. The questions don't touch Nest, the farm, chapel, the dog, food or tablets, everything the worker listed, and two overlap. No questions in Welsh for a Welsh-medium visit. I would not let a student take this."),
"p09":dict(fit=1,opening=2,questions=0,traps=2,oars=2,safety=2,take=False,grade=0,ident="",
 note="Safety (signs of exploitation, 'how easy is it to say no', talk to her alone), traps (too many questions = interrogation) and OARS (affirm that she came, reflect the worry about us) are good. But 'What does the car mean to you?' is harmful. The sheet also addresses two questions to the stepdad, who isn't at a school visit. Four good questions remain (how the chat should go, friends, who's on her side, contact). Missing: 'What's good in your life right now?', 'Who do you trust?', 'What do you want?'. Those were the worker's stated aims."),
"p10":dict(fit=1,opening=1,questions=1,traps=1,oars=2,safety=1,take=True,grade=1,ident="",
 note="Child-centred, with good child questions (magic wand, a nice day at home) and good parent openers ('toughest part of being a parent', 'a harder day'). But only two child questions, and no 'Who would you talk to if you were worried?', which the worker asked for. I'd add three houses. The 'For' line calls 1-year-old Ruby 'the sibling (adult)' and adds 'the family (adult)'. No child-facing opening. Safety: missing 'no leading questions about the bruise, don't promise secrets, see Ruby too'. There's no open question inviting the parents' own account. Trap 'Starting from scratch' is a review trap; 'leading the child' is the one that matters here."),
"p11":dict(fit=1,opening=2,questions=1,traps=1,oars=1,safety=1,take=False,grade=0,ident="",
 note="Good review opening and good foster carer questions. But the worker's main aim, his own flat and plans at 18, gets no question. Birth mum, who isn't at the visit, gets two questions. 'PA' is read as a direct-payments personal assistant. The drink box is written for a child living with a drinking parent ('young carer... safe at home tonight', 'when your mum or dad has been drinking'); Tyler is in foster care, and mum's drinking matters for contact and for where he goes at 18. I'd reframe: 'How are things with your mum at the moment?' Traps miss the righting reflex: don't argue with 'you can't stop me'. I'd add: 'What would your own place look like?' and 'What would make you feel ready?' Redaction turned 'Pathway plan review' into '[NAME] plan review'."),
"p12":dict(fit=2,opening=1,questions=1,traps=2,oars=2,safety=2,take=False,grade=0,ident="",
 note="The first question ('How have past dealings with services been...') is exactly right for a mum who says the last SW lied. The dad questions are good. Traps (defensiveness, ignoring disagreements) and the drink and drugs box are good. But four of the six questions for mum are wrong: a day-service question (no day service here) and three 'feeling safe at home' domestic-abuse questions, plus a stray DA note 'only talk about home and relationships on their own'. Nothing covers what the worker wanted: what's changed from their view, what they're proud of, what still worries them, what they want from conference. The opening ('not only whether the support is turning up') is an adult-care review line. I'd say: 'I want to be straight with you about what conference will look at, and hear what's changed from your side.'"),
"p13":dict(fit=2,opening=1,questions=1,traps=2,oars=1,safety=1,take=True,grade=1,ident="Ysgol Bro Teifi (school name, with age, year group and family details)",
 note="Good young-carer questions ('what do you do to help... and just for you', 'what would you like the adults to get right'). The trap that children have their own outcomes is well chosen. But the safety box treats it as neglect or self-neglect with a capacity check and 'look at the state of the home and how they look'. That's the wrong lens for a mum afraid we'll take the children. What's actually missing is Mam's own care and support, and a young carer's assessment for Ffion, not safeguarding. The opening is concern-led where the worker wanted to reassure Mam. Redaction turned 'Reassure Mam' into '[NAME] Mam', so the reassurance aim vanished from the printed note. Osian (7) is treated as an adult and gets an adult question. 'College' should be 'school'. I'd take it after striking the safety box and the sibling question."),
"p14":dict(fit=0,opening=0,questions=0,traps=1,oars=1,safety=2,take=False,grade=0,ident="",
 note="The safety box is excellent: ask directly and early, 'asking does not put the idea in their head', a safety plan, GP and manager today, NHS 111 press 2 and Samaritans 116 123. But the rest of the sheet treats this as a hospital discharge 'on the ward' ('come to help plan going home', 'first day and night at home', 'health appointments'). He was discharged two weeks ago; this is a first home visit. The 'For' line lists his son twice, once as an adult. Nothing on Jac, the job loss, money or 'not a charity case', all of which the worker listed. I'd say: 'I'm not here to judge or to hand out charity; I'd like to hear how things are for you since the hospital', then 'Tell me about Jac' and 'What's worrying you most, money-wise?'."),
"p15":dict(fit=2,opening=2,questions=1,traps=2,oars=2,safety=2,take=True,grade=2,ident="first name 'June' printed in the quoted context ('June got a new mobility scooter')",
 note="A good review sheet. The opening says it's about her, not the support. The lunch club question uses her own outcome. Traps: 'Reviewing the service' and 'Ignoring disagreements' fit exactly. The OARS review lines are good. Misses: her second outcome (cooking) and the scooter. The son's questions need edits, and the sheet has no note about Darren dominating; I'd add 'put each question to June first'. Privacy: her first name was not redacted."),
}
harm={"p09":True}
emb={"p01","p07","p08","p09","p11","p12","p13","p14"}
with open(OUT+"/grades.jsonl","w") as f:
    for n,r in enumerate(rows):
        if r["kind"]=="question":
            g,w,note=Q[n]; r["grade"]=g; r["wrong_person"]=w; r["note"]=note
        elif r["kind"]=="sheet":
            s=S[r["id"]]; r["grade"]=s["grade"]
            for k in ["fit","opening","questions","traps","oars","safety"]: r[k]=s[k]
            r["would_print_and_take"]=s["take"]; r["identifying_printed"]=s["ident"]; r["note"]=s["note"]
        elif r["kind"]=="case":
            s=S[r["id"]]; r["harmful"]=harm.get(r["id"],False); r["embarrassing"]=r["id"] in emb; r["satisfied"]=s["take"]
            r["note"]=("harmful: 'What does the car mean to you?' to a 15-year-old at risk of CSE; " if r["id"] in harm else "")+("would print and take" if s["take"] else "would NOT print and take")
        f.write(json.dumps(r,ensure_ascii=False)+"\n")
missing=[n for n,r in enumerate(rows) if r["kind"]=="question" and n not in Q]
print("missing",missing, "extra",[k for k in Q if rows[k]["kind"]!="question"])
