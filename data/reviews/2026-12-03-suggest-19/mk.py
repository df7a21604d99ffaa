import json
C=[]; K=[]
def add(i,said,conv,aud,fine,stage,alt,concerns,refl,q,note=""):
    C.append({"id":i,"said":said,"conversation":conv,"audience":aud})
    K.append({"id":i,"group":fine,"expected_stage":stage,"adjacent_ok":alt,"safety_needed":bool(concerns),"concerns":concerns,"good_reflection":refl,"good_question":q,"note":note})
add("s19-01","I only let you in cos the police said I had to. I dont know what you lot want from me, my kids are fine.",
 ["Worker: Hi, I'm Sian from the children's team. Thanks for letting me in, I know this isn't easy.","Person: whatever"],
 "parent","parent in child protection, defensive","opening",["exploring"],[],
 "You didn't choose this visit and you're worried we've already made our minds up about you and the kids.",
 "What would you want me to understand about your children that the police report wouldn't tell me?","defensive; no explicit risk cue - card would be false alarm")
add("s19-02","Since Dai passed I don't bother cooking much, toast does me. The girl from the surgery said I've lost a lot of weight but I'm just not hungry.",
 [],"older_person","older person, bereaved, subtle self-neglect","exploring",["opening"],["neglect","not_coping_at_home"],
 "Cooking was something you did for the two of you, and without Dai there doesn't seem much point.",
 "What were mealtimes like when Dai was here?","subtle self-neglect; weight loss - card neglect or not_coping acceptable")
add("s19-03","Honestly I'm up three times a night with Mam, she wanders, last week she left the gas on and I only smelt it when I came down, and then I've got work at 7 and my brother's no help, he lives in Cardiff and just rings to tell me what I'm doing wrong, I'm just so tired, I can't keep doing this.",
 [],"carer","carer of parent with dementia, rambling","exploring",[],["fire","not_coping_at_home"],
 "You're carrying this on your own, night and day, and you've reached the point where it's not sustainable.",
 "What would need to change for you to be able to keep going?","gas left on = fire risk; carer breakdown")
add("s19-04","mum kicked me out again on friday, been on my mates sofa but his dad wants me gone by the weekend. its whatever.",
 [],"young_person","teenager (16?), homeless","exploring",[],["homelessness"],
 "You're saying 'whatever' but you've got a few days before you've nowhere to sleep.",
 "Where are you thinking of going after the weekend?","young person homeless - card required")
add("s19-05","Fine. He gets a bit loud when he's had a drink but he'd never touch the kids. I just keep out of his way and make sure they're upstairs.",
 ["Worker: Thanks for making time today. How are things at home at the moment?"],
 "parent","parent, minimised domestic abuse","exploring",[],["domestic_abuse","child_harm","substance_use"],
 "You've found ways to protect the children when he's been drinking - keeping them upstairs, keeping out of his way.",
 "What happens on the nights when he's had a drink?","minimised DA; card domestic_abuse primary")
add("s19-06","What's the point of making plans. Everyone would be better off without me to be honest.",
 [],"adult","adult with mental health needs, hopelessness","exploring",["outcomes"],["self_harm"],
 "Right now it feels so heavy that you can't see a future worth planning for.",
 "When you say everyone would be better off without you, are you having thoughts of ending your life?","must have self_harm card; direct asking is appropriate")
add("s19-07","I'm dying to get out into the garden again, the physio's been killing me but it's working.",
 [],"older_person","older person after hip op - HARD NEGATIVE","strengths",["outcomes","exploring"],[],
 "You're putting the work in with the physio because getting back into your garden really matters to you.",
 "What will be the first thing you do when you get back out there?","idioms 'dying'/'killing' - no card")
add("s19-08","We had the fire brigade round last month to fit the smoke alarms, they were lovely, checked everything and gave me a number to ring.",
 [],"older_person","older person - HARD NEGATIVE (fire mentioned, protective)","exploring",["strengths"],[],
 "You've already got people checking things are safe and you know who to call.",
 "Who else do you have around you that you can call on?","fire service safe and well visit - protective; no card")
add("s19-09","I want my own flat. With my own key.",
 ["Worker: What would a good life look like for you, Rhys?"],
 "adult","adult with a learning disability, short","outcomes",["exploring"],[],
 "Having your own key really matters - it's about being in charge of your own place.",
 "What would you do in your own flat that you can't do now?","")
add("s19-10","Dw i'n hoffi mynd i'r capel ar ddydd Sul, ond dw i ddim yn gallu cerdded yno nawr.",
 [],"older_person","older person, Welsh speaker (I like going to chapel on Sunday but I can't walk there now)","exploring",["outcomes","strengths"],[],
 "Chapel on a Sunday is important to you and losing the walk there has meant losing that. (ideally offered in Welsh or with Welsh acknowledged)",
 "What does going to chapel give you? / Beth mae mynd i'r capel yn ei olygu i chi?","Welsh sentence; no risk")
add("s19-11","Mae'n anodd, ond we're managing. Mam-gu's still got her sense of humour, she has us all in stitches.",
 [],"carer","family carer of grandmother, Welsh/English mix","strengths",["exploring"],[],
 "It's hard, but there's still a lot of laughter in the house and Mam-gu is still very much herself.",
 "What helps you all keep managing on the hard days?","strength should be affirmed")
add("s19-12","these older lads give me weed for free and sometimes i hold stuff for them, its not a big deal they look after me.",
 ["Worker: Who do you hang around with when you're not in school?","Person: just people from town","Worker: What do you like about being with them?"],
 "young_person","15yo, criminal exploitation / county lines","exploring",[],["exploitation","substance_use"],
 "They make you feel looked after - and at the same time they're asking you to hold things for them.",
 "What happens if you say no to holding something for them?","exploitation card required")
add("s19-13","I have a few cans at night once the kids are in bed, it's the only time I get to myself. Sometimes I don't hear the baby but my eldest sorts her.",
 [],"parent","single parent, substance use affecting care","exploring",[],["substance_use","child_harm","neglect"],
 "The evenings are the only bit of the day that's yours, and sometimes the drink means your eldest ends up looking after the baby.",
 "How old is your eldest, and what does she do when the baby wakes?","card substance_use or child_harm/neglect")
add("s19-14","Better than I thought. I'm getting to the lunch club on Tuesdays now with the community transport, I've made a friend there, Glenys.",
 ["Worker: It's been six months since we last sat down together. How have things been?"],
 "older_person","older person, review","reviewing",["strengths"],[],
 "You've gone from being stuck indoors to having somewhere to go and a new friend.",
 "How does what matters to you now compare to when we first met?","affirm the step")
add("s19-15","If my sister could have him one weekend a month I could maybe go back to my choir. But I'd need to ask her and she's got her own stuff going on.",
 ["Worker: We've talked about how tired you are. What would make the biggest difference?","Person: Just some time that's mine, I suppose.","Worker: What would you do with that time?","Person: I used to sing. Côr in the village. I haven't been in two years."],
 "carer","carer of adult son with disability, ambivalent","planning",["outcomes"],[],
 "You can see a way back to singing, and you're hesitant to ask your sister because you don't want to add to her load.",
 "How might you put it to your sister so it feels fair to both of you?","")
add("s19-16","Yeah that sounds about right. So what happens now, do I just wait to hear from you?",
 ["Worker: So we've talked about getting you back to the allotment and sorting the ramp.","Person: yeah and the bloody forms","Worker: And the benefits forms - your daughter's going to help with those.","Person: she said she would, yeah","Worker: Have I got that right?"],
 "adult","adult with physical disability, closing","closing",["planning"],[],
 "You want to know what happens next and who's doing what.",
 "What would you like to happen first, before we meet again?","summary / next steps")
add("s19-17","I smacked him with the belt, yes, but it was once, he'd been an absolute nightmare and my dad did it to me and I turned out fine.",
 ["Worker: The school told us Kai had a mark on his leg. Can you tell me what happened?"],
 "parent","father, child protection, physical chastisement with implement","exploring",[],["child_harm"],
 "You were at the end of your rope, and it's what was done to you growing up.",
 "What was it like for you, when your dad did that?","child_harm card required; no collusion ('turned out fine')")
add("s19-18","Dad's been in the same clothes for a week, there's nothing in the fridge and the carers keep not turning up. I only found out because the neighbour rang me.",
 [],"carer","adult daughter of older man, neglect by provider","exploring",[],["neglect","not_coping_at_home"],
 "You're shocked and worried - the care he's meant to have isn't happening and you weren't told.",
 "What would you want to see in place for your dad?","neglect card required")
add("s19-19","Part of me knows I should go back to the group, it did help, but the thought of walking in there after missing so many weeks... I don't know.",
 ["Worker: You mentioned the anxiety group earlier.","Person: Yeah. I stopped going in the summer."],
 "adult","adult with anxiety, ambivalent","exploring",["outcomes","strengths"],[],
 "The group helped, and it's the walking back in after a gap that feels hardest.",
 "What would make walking back in a bit easier?","change talk + sustain; no card")
add("s19-20","dunno. nothing.",
 ["Worker: What would make school better for you?"],
 "young_person","14yo, disengaged, short","exploring",["opening"],[],
 "It's hard to imagine school being any different.",
 "What's the least bad part of the school day?","very short; avoid more questions piling")
add("s19-21","I could kill my brother sometimes, he borrowed the car again without asking, but we're close really.",
 [],"adult","adult - HARD NEGATIVE (idiom)","exploring",["strengths"],[],
 "He drives you mad, and you're still close.",
 "What's he like to have around, when he isn't nicking the car?","no card")
add("s19-22","I had a bit of a tumble in the bathroom Tuesday, lay there till the morning till the carer came. I'm alright, don't make a fuss, I don't want to go in a home.",
 [],"older_person","older person lives alone, long lie after fall, minimising","exploring",[],["not_coping_at_home"],
 "Staying in your own home matters so much that you're worried telling me about the fall might put that at risk.",
 "What would help you feel safe at home so you can stay here?","not_coping card required")
add("s19-23","When his dad was around I'd never have coped but now I've got my own routine, I got them both to school every day this term.",
 ["Worker: What's been going well since we last met?"],
 "parent","mother, child in need plan","strengths",["reviewing"],[],
 "You've built your own routine and it's working - every single day this term.",
 "How did you manage to make that happen?","affirmation essential")
add("s19-24","I want to do a job like my friend Carys, at the café. I like making tea and talking to people.",
 ["Worker: What do you like doing in the day?","Person: Bowling. Day centre on Mondays.","Worker: And what would you like to be doing?"],
 "adult","adult with a learning disability","outcomes",["exploring"],[],
 "You'd like a job where you can chat with people, like Carys does.",
 "What do you think you'd be good at in a café?","plain language needed")
add("s19-25","Is this about putting me in a home? Because I'm telling you now I'm not going.",
 [],"older_person","older person, wary at first visit","opening",["exploring"],[],
 "You want to be clear from the start: your home is where you're staying.",
 "What would you like me to know about your home and what it means to you?","opening; reassurance of purpose; no card")
add("s19-26","My son handles all my money now, he's very good, he gives me twenty pound a week. He gets cross if I ask for more and says I'll only waste it.",
 ["Worker: Who helps you with things like shopping and bills?"],
 "older_person","older woman, possible financial abuse by son","exploring",[],["exploitation","domestic_abuse"],
 "Your son's taken over the money and asking for more of your own isn't easy.",
 "How do you feel about how your money is managed now?","financial abuse - either concern acceptable")
add("s19-27","I'm so done with this week, honestly, the bus didn't come, the benefits people lost my form again, I just want to crawl into bed and sleep for a year lol.",
 [],"adult","adult - HARD NEGATIVE (frustration, not hopelessness)","exploring",[],[],
 "It's been one thing after another and you're worn out with chasing.",
 "What would help most with the benefits form?","no card; rights / social_economic")
add("s19-28","At the start I said I wanted a break, but actually what I want now is to feel like I'm still his wife, not just his carer.",
 ["Worker: When we first met, you said respite was what you needed. How does that sit with you now?","Person: The respite's been good. Don't get me wrong."],
 "carer","wife caring for husband with MND, review","reviewing",["outcomes"],[],
 "The break helped, but what matters more now is getting back the marriage, not just the caring.",
 "What does being his wife, rather than his carer, look like on a good day?","evolving outcome")
add("s19-29","I don't like going to dad's house at the weekend. His girlfriend shouts and locks me in my room.",
 [],"child","8-9 year old child","exploring",[],["child_harm"],
 "Weekends at dad's feel scary, especially being locked in your room.",
 "Can you tell me about what happens when you're locked in your room?","child_harm card; child-friendly language")
add("s19-30","If he finds out I've spoken to you he'll go mad. I've got a bag at my mum's but I don't know where I'd go with the kids.",
 ["Worker: Thank you for telling me what happened on Saturday.","Person: I've never told anyone that.","Worker: That took a lot of courage. What would help you feel safer?","Person: I don't know. Him not being there."],
 "parent","mother disclosing domestic abuse, safety planning","planning",["exploring"],["domestic_abuse","homelessness"],
 "You've already started planning - the bag at your mum's - and the question is where you and the kids could be safe.",
 "Who else knows what's been happening, who could help if you needed to leave quickly?","DA card required")
with open("cases.jsonl","w") as f:
    for c in C: f.write(json.dumps(c,ensure_ascii=False)+"\n")
with open("key.jsonl","w") as f:
    for k in K: f.write(json.dumps(k,ensure_ascii=False)+"\n")
print(len(C), sum(k["safety_needed"] for k in K))
