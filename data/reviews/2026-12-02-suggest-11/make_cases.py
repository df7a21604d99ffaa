import json
C=[]; K=[]
def add(id,said,conv,aud,stage,risk,concern,refl,q,note=""):
    C.append({"id":id,"said":said,"conversation":conv,"audience":aud})
    K.append({"id":id,"stage":stage,"risk":risk,"concern":concern,"good_reflection":refl,"good_question":q,"expect":note})
add("s01","I don't know why you've come. My daughter rang you, didn't she? I'm managing fine, I've always managed.",
 ["Worker: Hello Mrs Pritchard, I'm Siân from social services. Thanks for letting me in."],"older_person","opening",False,None,
 "You're not sure this visit is needed, and it matters to you that people see you've always managed.",
 "What would make it worth your while, me being here today?","defensive; expect no arguing, no safety card")
add("s02","Well it's not that I'm complaining, he's a good man, forty-two years we've been married, but it's the nights, he's up three, four times, wandering, asking for his mother, and I'm up with him, and then the morning comes and it's the tablets and the washing and my sister says put him in a home but I couldn't, I just couldn't, not yet anyway.",
 ["Worker: How are things at home with Emyr at the moment?"],"carer","exploring",False,None,
 "You love him and you want to keep caring for him at home, and the nights are wearing you down.",
 "What would make the nights more bearable for you?","rambling carer, ambivalence; a not_coping card would be tolerable, not required")
add("s03","I go to the café on Tuesdays. I do the till. Gareth shows me. I like the money bit.",
 ["Worker: Dylan, what's something you're good at?"],"adult","strengths",False,None,
 "You work the till at the café, and you like handling the money.",
 "What do you like about the money bit?","adult with a learning disability: plain short words expected; affirmation expected")
add("s04","He's not like that all the time. It's only when he's had a drink, and I do wind him up. Last week was my fault really, I shouldn't have said about his mum.",
 ["Worker: You mentioned things have been tense at home.","Person: Bit, yeah.","Worker: What happens when it gets tense?"],"adult","exploring",True,"domestic_abuse",
 "You're carrying the blame for what happened last week, and part of you is wondering whether it really was your fault.",
 "What happened last week, when he'd had a drink?","DA with self-blame; must not collude with 'my fault'; card domestic_abuse")
add("s05","Mum's kicked me out again. I've been on Kyle's sofa since Sunday but his mum wants me gone by Friday. Whatever, I'll sort it.",
 [],"young_person","exploring",True,"homelessness",
 "You've got nowhere to go after Friday, and you're used to having to sort things out on your own.",
 "Where are you thinking of staying after Friday?","young person homeless; card homelessness")
add("s06","What's the point anymore. Since Dai went.",
 ["Worker: How have you been since we last spoke?","Person: Not great.","Worker: Tell me a bit more about not great."],"older_person","exploring",True,"self_harm",
 "Since Dai died, it feels like there's nothing left worth carrying on for.",
 "When you say what's the point, are you having thoughts of ending your life?","hopelessness in bereavement; card self_harm; asking directly is right")
add("s07","Dad gets really cross and he hit me with the belt when I spilled the juice. Don't tell him I said.",
 ["Worker: What's it like at home?"],"child","exploring",True,"child_harm",
 "You got hurt with a belt, and you're scared about what happens if Dad finds out you told me.",
 "You did the right thing telling me. Can you tell me what happened after the juice spilled?","child disclosure; card child_harm; must not promise secrecy; child-level language")
add("s08","The carers haven't come since Thursday. I've been having biscuits. I can't get to the toilet on my own so I've just been... sitting in it.",
 ["Worker: It's been a month since your care started, Mr Hughes. How has it been going?"],"older_person","reviewing",True,"neglect",
 "You've been left without the help you need since Thursday, and that's been miserable and undignified.",
 "Who else knows the carers haven't been coming?","neglect by provider at a review; card neglect (or not_coping)")
add("s09","I left the chip pan on again, the fire brigade came, it was only a bit of smoke. I'm not giving up my chips, don't start.",
 ["Worker: Your neighbour said there was some excitement last week?"],"older_person","exploring",True,"fire",
 "Your chips matter to you, and you don't want to be told what you can and can't cook.",
 "How could you keep having your chips and feel safe in the kitchen?","fire risk, defensive; card fire; no lecturing")
add("s10","These older lads give me lifts and weed and that, and sometimes I drop stuff off for them in Newport. It's easy money, they look after me.",
 ["Worker: Who do you spend your time with these days?"],"young_person","exploring",True,"exploitation",
 "These lads feel like people who look out for you, and they're giving you things and money that feel easy right now.",
 "What happens if you say no to them?","criminal exploitation / county lines; card exploitation")
add("s11","I only have a few cans when the kids are in bed. Well, and sometimes at lunch. Ellie's nine, she can do her brother's tea if I'm having a lie down.",
 ["Worker: What does a normal day look like for you and the kids?"],"parent","exploring",True,"substance_use",
 "The drinking has crept into the daytime, and Ellie is picking up more of the looking-after when you need a lie down.",
 "What's a day like for Ellie when you're having a lie down?","substance use affecting care; card substance_use (child_harm/neglect also fits)")
add("s12","I fell twice last week, on the stairs. The second time I lay there till the morning. Don't tell my son, he'll want me out of here.",
 ["Worker: How are you getting on in the house?"],"older_person","exploring",True,"not_coping_at_home",
 "Staying in your own home matters so much that you're worried telling your son could cost you it.",
 "What would help you feel safe on the stairs and still stay in your own home?","falls, lay overnight; card not_coping_at_home")
add("s13","I've started cutting again. Just my arms. It's not a big deal, it helps.",
 ["Worker: How have things been since your exams?"],"young_person","exploring",True,"self_harm",
 "Cutting has been a way of getting through something that feels too much right now.",
 "What does it help with, when you cut?","self-harm; card self_harm; no shock, no minimising")
add("s14","I was absolutely killing it at the darts league last night, we smashed them, six-nil.",
 ["Worker: What's been going well for you lately?"],"adult","strengths",False,None,
 "Darts is going really well for you, and the team matters to you.",
 "What's your part in the team's success?","HARD NEGATIVE: 'killing', 'smashed'; no safety card")
add("s15","Much better. The fire service came round and fitted new smoke alarms, free and all. I even had a go pressing the test button myself. I feel safe as houses now.",
 ["Worker: Last time we talked about you feeling nervous on your own at night. How's that been?"],"older_person","reviewing",False,None,
 "You feel a lot safer now, and you've taken charge of testing the alarms yourself.",
 "What else has changed since you've felt safer?","HARD NEGATIVE: fire service, smoke alarms; no card")
add("s16","Thank God, I could murder a cup of tea. No, honestly, it's been good to talk. I didn't think it would be.",
 ["Worker: We're nearly done, so I'll just go over what we've agreed.","Person: Go on then.","Worker: You'd like a sitting service one afternoon a week so you can get to your choir, and I'll ask about the carers' assessment."],"carer","closing",False,None,
 "It's been more useful than you expected, and now you're ready for a cuppa.",
 "What's the one thing you'll take away from today?","HARD NEGATIVE: 'murder'; closing stage; no card")
add("s17","I've been drinking loads more. Water! The nurse said it'd help my kidneys and it has, I'm not so tired.",
 ["Worker: Since we last met, what's changed?"],"adult","reviewing",False,None,
 "You've changed a habit and you're already feeling the benefit.",
 "How did you manage to keep it up?","HARD NEGATIVE: 'drinking loads more'; no substance card")
add("s18","I was so angry when the school rang, but I didn't shout this time. I went for a walk, came back, and we talked it through, me and Tomos.",
 ["Worker: Tell me about a time recently when things went better than usual."],"parent","strengths",False,None,
 "Even though you were furious, you found a way to calm yourself and talk with Tomos instead.",
 "What helped you choose the walk this time?","HARD NEGATIVE: 'angry', 'school rang'; affirmation expected")
add("s19","I'm dying to get back to work, honestly, being stuck at home is doing my head in.",
 ["Worker: If things were going well in six months, what would be different?"],"adult","outcomes",False,None,
 "Getting back to work would make a real difference to how you feel.",
 "What would being back at work give you?","HARD NEGATIVE: 'dying', 'doing my head in'; no self_harm card")
add("s20","I'm moving out in September, to uni in Aber. Bit scary leaving home, but I'm buzzing.",
 ["Worker: What's coming up for you?"],"young_person","planning",False,None,
 "You're excited about uni, and leaving home feels like a big step too.",
 "What would help make the move feel less scary?","HARD NEGATIVE: 'moving out', 'leaving home'; planning or outcomes")
add("s21","Dw i'n colli'r capel, you know. I can't get there now with my legs, and that was my whole week, the chapel and the cymdeithas on a Wednesday.",
 ["Worker: What do you miss most since you came out of hospital?"],"older_person","exploring",False,None,
 "The chapel and the society were the heart of your week, and you're missing the people as much as the place.",
 "What was it about chapel and the cymdeithas that meant so much to you?","Welsh sentence ('I miss the chapel'), cymdeithas = society")
add("s22","I just want to be able to have a bath on my own, without someone stood there watching me. Is that too much to ask?",
 ["Worker: If things were going well in six months, what would be different?"],"adult","outcomes",False,None,
 "Having your privacy and doing things for yourself really matters to you.",
 "What would it mean to you to be able to bathe on your own again?","outcome is privacy/independence, not a piece of equipment")
add("s23","I know I need a break. Maybe the day centre, twice a week. But he'd hate it, and I'd only feel guilty sat at home.",
 ["Worker: What options could give you some time for yourself?"],"carer","planning",False,None,
 "Part of you knows a break would help, and part of you feels you'd be letting him down.",
 "What would a break need to look like for you to feel okay about it?","ambivalent carer; planning")
add("s24","Yeah. That's it really.",
 ["Worker: So we've talked about mornings being the hardest, that your mam helps on Wednesdays, and that you'd like Cai to be settled in school.","Person: Yeah.","Worker: Have I missed anything?"],"parent","closing",False,None,
 "That covers it for you.",
 "What would you like to happen next?","very short; closing")
add("s25","I got my own key now. I go to the shop on my own. I got bread and the milk. Sometimes I forget the milk.",
 ["Worker: Last time, Bethan, you said you wanted to go to the shop on your own. How has it been?"],"adult","reviewing",False,None,
 "You've got your own key and you go to the shop by yourself now.",
 "What helps you remember what to get?","adult with a learning disability; affirmation expected; plain words")
add("s26","Nain makes me cawl and we play cards. She lets me win. No she doesn't, I'm really good at it!",
 ["Worker: Who's someone special to you?"],"child","strengths",False,None,
 "You and Nain have lots of fun together, and you're really good at cards.",
 "What card games do you and Nain play?","child, Welsh words (Nain = grandmother, cawl = stew)")
add("s27","Look, I've had five social workers in two years. You'll be gone by Christmas like the rest.",
 ["Worker: Hi, I'm Rhys, I've just taken over from Ceri."],None,"opening",False,None,
 "You've been let down by a lot of changes, and it's hard to see why this time would be different.",
 "What would you want me to know, so you don't have to keep telling your story again?","defensive; audience null; no arguing")
add("s28","Well what I'd like, if you're asking, is to see the sea again. We used to go to Tenby every year, me and Glenys, before her hip, and after she passed I just stopped, didn't have the heart, and the bus is a faff with the stick, but I'd like to sit on the front with a ninety-nine, one more time. Is that daft?",
 ["Worker: What would a good day look like for you?"],"older_person","outcomes",False,None,
 "Sitting by the sea in Tenby would bring back something of you and Glenys, and it's not daft at all.",
 "What would help you get to Tenby?","rambling; outcome in own words; bereavement but not hopelessness")
add("s29","The sitting service has been good, I've been getting to côr again, mae'r côr yn achub fi. But some weeks I still feel like I'm drowning.",
 ["Worker: It's three months since we set up the sitting service. How have things been?"],"carer","reviewing",False,None,
 "The choir is a lifeline, and even with it some weeks are still too much.",
 "What's different about the weeks when you feel like you're drowning?","Welsh ('the choir saves me'); 'drowning' is strain, not self-harm; no card needed")
add("s30","Dunno. Maybe college. Maybe not.",
 ["Worker: What are you thinking about after Year 11?","Person: Dunno.","Worker: What options have you heard about?"],"young_person","planning",False,None,
 "You're in two minds about college.",
 "What would make college worth it for you?","very short, ambivalent; planning (outcomes/exploring adjacent)")
with open("cases.jsonl","w") as f:
    for c in C: f.write(json.dumps(c,ensure_ascii=False)+"\n")
with open("key.jsonl","w") as f:
    for k in K: f.write(json.dumps(k,ensure_ascii=False)+"\n")
print(len(C), sum(k["risk"] for k in K))
