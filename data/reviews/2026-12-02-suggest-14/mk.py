import json
C=[]; K=[]
def add(i,said,conv,aud,stage,risk,kind,note=""):
    C.append({"id":i,"said":said,"conversation":conv,"audience":aud})
    K.append({"id":i,"stage":stage,"risk":risk,"kind":kind,"expect":note})
add("s01","I don't know why you lot are here. The school had no business ringing you.",
 ["Worker: Hi, I'm Rhian from the children's team. Thanks for letting me in."],"parent","opening","none","defensive, 2 turns","reflect the upset without arguing; explain purpose; ask what would help")
add("s02","Fine.",[],"older_person","opening","none","very short, single","gentle opener, not a barrage")
add("s03","Mam's always done everything herself, she'd hate strangers in the house, but since Dad went she just sits there. I'm up from Cardiff every weekend and I can't keep doing it, but I feel awful even saying that.",
 ["Worker: Thanks for meeting me. Can you tell me a bit about how things are for your mam at the moment?"],"carer","exploring","none","ambivalent carer","complex reflection of guilt vs limits")
add("s04","He grabbed me by the throat last week. It's not like him, it's the drink. I don't want him in trouble, I just want it to stop.",
 ["Worker: How have things been at home since we last spoke?","Person: Up and down.","Worker: Up and down. What's been happening on the down days?"],"adult","exploring","domestic_abuse","risk DA (strangulation) + substance","safety card domestic_abuse; no victim blaming")
add("s05","Sometimes I just think everyone would be better off without me. I'm only a burden on my daughter.",
 ["Worker: You mentioned you've not been sleeping.","Person: No. Not really. Lots going round my head."],"older_person","exploring","self_harm","risk hopelessness","safety card self_harm; ask directly and kindly")
add("s06","I could murder a paned right now, honestly. It's been one of those days with the twins.",
 ["Worker: Shall we start with how the week's been?"],"parent","opening","none","hard negative (murder idiom, Welsh word)","no safety card")
add("s07","I'm on my mate's sofa at the minute, been there three weeks, his mum says I've got to go by Friday. I'm seventeen, I'm not going back to my stepdad's.",
 ["Worker: Where are you staying at the moment?"],"young_person","exploring","homelessness","risk homeless 17yo","homelessness card")
add("s08","Well I've fallen a couple of times getting to the toilet in the night, but I got myself up, I always do. I'm not going in a home, I'll tell you that now.",
 ["Worker: How are you managing around the house these days?","Person: Oh, fine, fine.","Worker: Fine. Tell me what a usual day looks like."],"older_person","exploring","not_coping_at_home","risk falls + defensive","not_coping card; reflect independence")
add("s09","He's been getting lifts from these older lads, he comes back with new trainers and a phone I never bought him, and he's gone till three in the morning. He says they're just his mates.",
 ["Worker: You said you were worried about Kieran.","Person: I am. I'm worried sick.","Worker: Tell me what's been worrying you most."],"parent","exploring","exploitation","risk CCE","exploitation card")
add("s10","I put the chip pan on and went for a lie down and the next thing the smoke alarm was going. The fire brigade said I was lucky. I still like to do my own chips mind.",
 ["Worker: You mentioned something happened in the kitchen?"],"older_person","exploring","fire","risk fire","fire card; respect wish to cook")
add("s11","The baby cries and cries and I just can't cope, last night I shook her to make her stop, not hard, just to stop her.",
 ["Worker: How are nights going with the baby?","Person: Awful. She doesn't sleep.","Worker: It sounds exhausting."],"parent","exploring","child_harm","risk child harm (shaking)","child_harm card, immediate")
add("s12","We go through a bottle of vodka most nights, me and Gary, but the kids are in bed by then so it doesn't affect them. They're fed and at school every day.",
 ["Worker: What does an evening at home look like?","Person: Normal. Tea, telly, bed.","Worker: Tell me more about after the kids go to bed."],"parent","exploring","substance_use","risk substance use harming care, minimising","substance_use card")
add("s13","There's no food in the fridge and he's been in the same clothes all week, the carers don't turn up half the time and Dad won't ring anyone.",
 ["Worker: You rang the office about your dad."],"carer","exploring","neglect","risk neglect","neglect card")
add("s14","I fell out with my sister at Christmas, we haven't spoken since, it's doing my head in to be honest.",
 ["Worker: Who's around you these days?"],"adult","exploring","none","hard negative (fell)","no falls card")
add("s15","Ha, the grandkids are killing me, I'm up at six doing the school run every morning. Wouldn't have it any other way though.",
 ["Worker: What keeps you busy?"],"older_person","strengths","none","hard negative (killing), strength","affirmation, no card")
add("s16","I burnt the toast this morning and the alarm went off and Dewi thought it was hilarious. We had Weetabix instead.",
 ["Worker: How are mornings going now you've got the new routine?"],"adult","reviewing","none","hard negative (burnt, alarm)","no fire card")
add("s17","My nan taught me to cook when I was little. I do the Sunday dinner for all of us now, even my brothers come.",
 ["Worker: What are you good at?","Person: Dunno. Nothing really.","Worker: Nothing comes to mind straight away.","Person: Well...."],"young_person","strengths","none","strengths after self-deprecation","affirm skill, family")
add("s18","When I was at the chapel choir I felt like myself. I haven't been since my hip. Mrs Pugh next door still asks after me.",
 ["Worker: Can you remember a time when things felt better?"],"older_person","strengths","none","strengths, community, Welsh cultural","reflect identity; ask about getting back")
add("s19","I just want to be able to get to the Co-op on my own and have a chat with the girls on the till. That's it really. I don't want a fuss.",
 ["Worker: If things were going well for you in six months, what would that look like?"],"adult","outcomes","none","outcomes","reflect as own-words outcome")
add("s20","I'd like my son to come home from the foster placement, obviously. But I know I've got to sort myself out first, the flat and the drinking. Maybe. I dunno if I can.",
 ["Worker: What would a good outcome be for you?","Person: Him home.","Worker: Him home is what matters most.","Person: Yeah."],"parent","outcomes","substance_use","ambivalent change talk, child looked after, drinking","substance card optional; complex reflection of change talk")
add("s21","A care package, that's what I want. Someone in the mornings.",
 ["Worker: What would you like to come out of today?"],"older_person","outcomes","none","service not outcome","reflect/ask what the morning help would make possible")
add("s22","Maybe my sister could have the kids on Tuesdays when I'm at college. And I could ask the Flying Start lady about the nursery place.",
 ["Worker: We talked about wanting to finish your course.","Person: Yeah, I really want to.","Worker: What might help make that possible?"],"parent","planning","none","planning, options","affirm ideas; who does what")
add("s23","If he turns up again drunk I'll ring my brother and go to his. I've got a bag packed under the bed.",
 ["Worker: Last time you said you were frightened when Lee comes round.","Person: I am, still.","Worker: What have you thought about doing if it happens again?"],"adult","planning","domestic_abuse","risk DA planning stage","DA card; affirm safety planning")
add("s24","So you'll ring the OT and I'll speak to my daughter about the bathroom. Is that right?",
 ["Worker: We've covered a lot today.","Person: We have, my head's spinning.","Worker: Let's make sure we've got the next steps right."],"older_person","closing","none","closing, check understanding","summary, next steps")
add("s25","No, I think that's everything. Diolch, cariad, it's been nice to talk to someone who listens.",
 ["Worker: Is there anything we haven't covered?"],"older_person","closing","none","closing, Welsh","affirm, summary")
add("s26","It's been better since I started going to the men's shed. I go Tuesdays and Thursdays. I still get low on Sundays though.",
 ["Worker: It's been three months since we set your outcomes. How's it been?"],"adult","reviewing","none","review, progress + ongoing","reflect change, explore Sundays")
add("s27","Well the carers still come, yes, twice a day, so that's all fine I suppose. But I don't get out. I haven't been out since the summer.",
 ["Worker: We're here to review how things are going.","Person: Right.","Worker: How have things been since the last review?"],"older_person","reviewing","none","review: service vs person","reflect not getting out; review the person")
add("s28","Honestly it's all a mess, right, because first there was the thing with the landlord and the damp, and then my hours got cut at Tesco, and then my car failed its MOT, and my mother's been on at me about the kids' school shoes, and I haven't even had time to think about the appointment with the doctor about my back, and the ex keeps messaging, not nasty just annoying, and I'm like, when do I get a minute?",
 ["Worker: So how have the last few weeks been?","Person: Where do I start.","Worker: Wherever feels right."],"parent","exploring","none","rambling, many stressors, no clear risk","complex reflection of overwhelm; prioritise")
add("s29","I've stopped taking the tablets because they make me feel like a zombie. I'm not going to do anything stupid, I'm just fed up of feeling nothing. My cat keeps me going.",
 ["Worker: How's your mood been?","Person: Flat.","Worker: Flat.","Person: Yeah.","Worker: Tell me more about flat."],"adult","exploring","self_harm","risk low mood, meds stopped, protective factor; ambiguous","self_harm card reasonable; explore gently")
add("s30","Dad just shouts, that's all. He doesn't hit us. Me and my sister stay in our room when he's like that. I'm fine, I don't need anyone.",
 ["Worker: Thanks for talking with me, Cerys. What's home like?","Person: It's OK.","Worker: OK. What's a good day at home like?","Person: When Dad's at work.","Worker: When Dad's at work is a good day."],"child","exploring","child_harm","risk child emotional harm/DA exposure","child_harm or domestic_abuse card")
open("cases.jsonl","w").write("".join(json.dumps(c,ensure_ascii=False)+"\n" for c in C))
open("key.jsonl","w").write("".join(json.dumps(k,ensure_ascii=False)+"\n" for k in K))
print(len(C), sum(k["risk"]!="none" for k in K))
