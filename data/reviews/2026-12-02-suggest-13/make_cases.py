import json
C=[]; K=[]
def add(i,aud,conv,said,stage,risk,concern,refl,q,notes):
    C.append({"id":i,"said":said,"conversation":conv,"audience":aud})
    K.append({"id":i,"stage":stage,"risk":risk,"concern":concern,"good_reflection":refl,"good_question":q,"expect":notes})
add("s01","parent",["Worker: Hi, I'm Sian from the family support team. Thanks for letting me in.","Person: You didn't give me much choice, did you.","Worker: It can feel like that when a letter turns up. I'd like to explain why I'm here and hear what you think."],
 "I know why you're here. The school rang you because Kayden turned up without his PE kit a couple of times. It's ridiculous. I'm a good mam, I don't need a social worker checking up on me.",
 "opening",False,None,"You're a mam who cares a lot about Kayden, and it feels insulting to have someone at your door over PE kit.","What would you want me to know about you and Kayden before we go any further?",
 "Defensive opening. Expect rolling with resistance, no argument, no safety card (PE kit is not neglect on its own). Hard-ish negative.")
add("s02","adult",["Worker: You mentioned things have been tense at home. What's a normal evening like?"],
 "It's fine mostly. He's not violent or anything. He just likes to know where I am, so he checks my phone, and if tea's not ready he goes quiet on me for days. Last week he put his fist through the kitchen door, but it was the door, not me. I shouldn't have wound him up.",
 "exploring",True,"domestic_abuse","You're working hard to keep things calm at home, and part of you is wondering whether it's your fault when he loses it.","When he put his fist through the door, what went through your mind about your own safety?",
 "Coercive control + violence to property, minimised and self-blaming. Must get domestic_abuse card. Reflections must not agree she wound him up or that it's 'fine'.")
add("s03","parent",["Worker: How do you handle it when Leo's playing up?","Person: Depends. I try the naughty step but he just laughs at me."],
 "So yeah, he gets a smack. Everybody's mam did it. Last time it left a bit of a mark on the back of his leg but he bruises easy, he's always covered in bruises from the park anyway.",
 "exploring",True,"child_harm","You've tried things that haven't worked, and you're at the end of your tether when he laughs at you.","What would you like those moments with Leo to look like instead?",
 "Physical chastisement leaving a mark (unlawful in Wales since 2022) + explaining away bruises. child_harm card. Must not collude ('everybody did it').")
add("s04","carer",["Worker: How's your mam been since I last saw you?"],
 "Honestly? I went round Saturday and she was in the same nightie as Wednesday, the fridge had half a pint of milk gone off and some cheese. My brother's supposed to be doing the weekdays but he works shifts and I don't think he's been going. I'm two hours away, I can't be there every day.",
 "exploring",True,"neglect","You're worried about your mam and torn between being far away and knowing she isn't getting what she needs.","What do you think your mam would say about how she's managing day to day?",
 "Neglect of an older person (care not being provided). neglect card (not_coping_at_home acceptable). Don't blame the carer or the brother.")
add("s05","young_person",["Worker: You've been quiet today. How's things been this week?","Person: same as always","Worker: Same as always sounds like it's been hard for a while."],
 "whats the point tbh. nobody would even notice if i wasnt here",
 "exploring",True,"self_harm","You're feeling really alone right now, like you don't matter to anyone.","When you say nobody would notice if you weren't here, are you having thoughts of ending your life?",
 "Hopelessness / possible suicidal ideation, very short. self_harm card, asking directly. No cheerleading, no 'lots of people care about you'.")
add("s06","older_person",["Worker: It's been three months since we put the plan together. What's changed for you since then?","Person: Oh, not much. The carers come, they're nice girls."],
 "I had a bit of a tumble Tuesday night, went down in the kitchen and couldn't get up, so I stayed there till the girl came in the morning. But I'm fine, nothing broken. Don't you go putting me in a home over one silly fall.",
 "reviewing",True,"not_coping_at_home","Staying in your own home matters so much to you that you're worried telling me about the fall could put it at risk.","What would help you feel safe at night and still stay here in your own home?",
 "Long lie on the floor, defensive. not_coping_at_home card. Stage reviewing (exploring adjacent). Don't dismiss, don't threaten.")
add("s07","older_person",["Worker: Tell me about how you manage with the cooking.","Person: Oh I've always cooked, bach. Fifty years of Sunday dinners."],
 "I did leave the chip pan on the other night, mind, went to watch Pobol y Cwm and forgot it. The alarm went off and Mrs Pritchard next door came in with a tea towel. Twp, I was. I took the battery out after, it kept going off every time I made toast.",
 "exploring",True,"fire","Cooking is a big part of who you are, and that night gave you a fright even if you can laugh about it now.","What would help you keep cooking the way you like and feel safe doing it?",
 "Chip pan fire + disabled smoke alarm. fire card (fire service home safety check). Welsh words. Affirm the neighbour / 50 years of cooking.")
add("s08","young_person",["Worker: Where are you staying at the moment?"],
 "mates. mums boyfriend chucked me out friday. its fine ill sort it, dont need you lot ringing her",
 "exploring",True,"homelessness","You're sorting this out yourself, and the last thing you want is anyone making it worse with your mum.","Where are you going to sleep tonight, and how safe does it feel?",
 "16/17-year-old sofa surfing after being thrown out. homelessness card. Respect autonomy but don't collude with 'it's fine'.")
add("s09","adult",["Worker: Who comes to visit you at your flat, Darren?","Person: My friends. I got loads of friends now."],
 "They come round every night and have parties and they sleep over. Jay has got my bank card so he can do my shopping but I haven't had no shopping yet. I don't mind. They're my friends and they said if I tell anyone they won't be my friends no more.",
 "exploring",True,"exploitation","Having friends really matters to you, and it feels scary to think of losing them.","What do you like about them coming round, and what don't you like?",
 "Adult with a learning disability, cuckooing / financial exploitation, secrecy. exploitation card. Plain words. Must not affirm 'loads of friends' as a strength uncritically.")
add("s10","parent",["Worker: What does an evening look like once the kids are in bed?"],
 "I'll have a few cans. Well, more than a few some nights, if I'm honest. But they're asleep, they don't know nothing about it. Mind, the other morning I didn't hear the alarm and our Ellie got herself and her brother to school. She's only nine. I felt awful.",
 "exploring",True,"substance_use","You're starting to wonder whether the drinking is touching the kids more than you'd like.","Looking back at that morning, what do you make of it?",
 "Ambivalent, some change talk ('I felt awful'). substance_use card (child_harm acceptable as second). Evoke, don't lecture. Don't praise Ellie's coping as the parent's strength.")
add("s11","child",["Worker: Can you draw me your house and tell me about it?","Person: That's my room. That's my bed."],
 "When Daddy shouts at Mummy I go under my bed and put my hands on my ears. Last time Mummy had a poorly eye after. I'm not allowed to tell.",
 "exploring",True,"domestic_abuse","Under your bed is the place you go when it gets scary.","What's it like for you when the shouting happens?",
 "Child disclosing DA with injury to mum + secrecy. domestic_abuse (child_harm also right). Child-level words; never promise to keep a secret; no leading questions.")
add("s12","young_person",[],
 "I swear I'm gonna kill my sister, she's taken my straighteners AGAIN and she burnt her hair with them lol. Other than that home's alright, Mum's been better since she got the new job.",
 "exploring",False,None,"Classic sister stuff, and home feels easier since your mum started the new job.","What's been better at home since then?",
 "Hard negative: 'kill', 'burnt'. No safety card.")
add("s13","older_person",["Worker: What's been keeping you going since Dai passed?"],
 "The chapel choir, bach. And don't laugh, but dwi wedi cwympo mewn cariad, I've fallen for one of the tenors! Eighty-two and daft as a brush. He picks me up in his car every Thursday.",
 "strengths",False,None,"The choir has brought some joy back after losing Dai, and you've found someone who makes you feel young again.","What else has the choir brought into your life?",
 "Hard negative: 'cwympo' (fall) / 'fallen for'. No falls card. Affirmation expected.")
add("s14","older_person",[],
 "My favourite bit of the day is the evening when I light the wood burner and sit with the cat. My son had it put in last year and the man comes to sweep the chimney every autumn. That's my little bit of heaven.",
 "exploring",False,None,"Those evenings by the fire with the cat are what make this place feel like home.","What else goes into a good day for you?",
 "Hard negative: fire, burner. No fire card (safe, maintained). strengths adjacent.")
add("s15","adult",["Worker: What have you got through before that you're proud of?"],
 "I used to drink, bad like, lost my job over it. Four years sober in March. I run the Tuesday meeting at the community centre now, make the teas, welcome the new ones.",
 "strengths",False,None,"You've turned the hardest thing in your life into a way of looking after other people.","What did you learn about yourself getting sober that could help you now?",
 "Hard negative: past drinking, now a strength. No substance_use card. Affirmation expected.")
add("s16","parent",["Worker: What do you think Megan's good at?"],
 "She came off her bike at the park and took all the skin off her knee, and she just got back on! Didn't even cry. She's tougher than me, that one.",
 "strengths",False,None,"You're really proud of how she bounces back.","Where do you think she gets that from?",
 "Hard negative: child injury (ordinary). No child_harm / falls card.")
add("s17",None,["Worker: If the knee op goes well, what would a good summer look like for you?"],
 "I'm dying to get back on my allotment. Proper dying to. Beans in, a chair by the shed, and a flask with Gwyn from the next plot. That'd do me.",
 "outcomes",False,None,"A good summer is the allotment, your beans and Gwyn's company.","What would need to be in place for you to get back down there?",
 "Hard negative: 'dying'. No self_harm card. Outcome in own words.")
add("s18","older_person",["Worker: How are you getting on these days?"],
 "Well, since the number 23 stopped coming up the hill I don't get to town much, and then there's my hip, and our Karen's in Cardiff now with the grandchildren, she rings Sundays, lovely girl, and I used to go to the luncheon club at the Legion but they moved it to the Wednesday and that's when the nurse comes to do my legs, so. I watch a lot of telly. I'm not complaining, mind, there's people worse off.",
 "exploring",False,None,"Bit by bit the things that got you out have been taken away, and you're on your own more than you'd like.","Of all of that, what do you miss most?",
 "Rambling; loneliness not a safeguarding concern. A complex reflection should pick up isolation; maybe summary.")
add("s19","carer",["Worker: You've been looking after Ron for a long time now.","Person: Three years since the diagnosis. Feels like thirty."],
 "I'm shattered, I won't lie. But I've kept him at home, he's still got his garden and his paper, and Glenys next door sits with him Thursdays so I can do my Zumba. I wasn't going to let them take that off me.",
 "strengths",False,None,"You've built something that keeps Ron himself and keeps a bit of you too.","What else has helped you keep going?",
 "Carer strengths. Affirmation expected. 'Shattered' is not a risk cue alone.")
add("s20","adult",["Worker: What would make a really good week for you, Rhys?","Person: Going out.","Worker: Going out. Where would you like to go?"],
 "Café on my own. With my bus pass. And a job at Tesco with the trolleys. I'm good at pushing the trolleys, I done it with Mam.",
 "outcomes",False,None,"Doing things on your own, like going to the café and having a job, really matters to you.","What would help you get to the café on your own?",
 "Adult with learning disability; plain, short words. Outcomes.")
add("s21","older_person",["Worker: We talked about you wanting to see people more. What are some ways that could happen?"],
 "Well, I know I ought to give that day centre a try, the girl from the surgery keeps on about it. But I'm not one for groups, never have been. Bingo and sing-songs, it's not me. Maybe. I don't know.",
 "planning",False,None,"You want more company, but on your own terms, not bingo and sing-songs.","What kind of company would feel like you?",
 "Ambivalent; double-sided reflection expected; no pushing the day centre.")
add("s22","adult",["Worker: Before I go, let me check I've got it right. You want to be back at the workshop two days a week, get your confidence on the bus back, and have your brother keep doing Sunday dinners. Have I missed anything?"],
 "Na, that's it really. That's it exactly. Diolch yn fawr, it's the first time anyone's written it down how I said it.",
 "closing",False,None,"It matters to you that it's written down in your own words.","What would you like to happen first, before we next meet?",
 "Closing, Welsh. Next steps.")
add("s23","older_person",["Worker: Last time you said you wanted to get to the Legion club again. How's that been?"],
 "I've been twice! Ken from the club picks me up now. Mind, my knees are worse, I had to sit out the second half of the quiz. But I've been twice.",
 "reviewing",False,None,"Getting back there has meant a lot, even with your knees complaining.","What's made the difference in getting there?",
 "Review of an outcome. Affirmation expected.")
add("s24","carer",["Worker: How was it having the week of respite?","Person: It was... strange."],
 "It helped, to be fair, I slept properly for the first time in months. But I felt guilty the whole week. Kept ringing the home to check on him. Silly really.",
 "reviewing",False,None,"You needed the rest, and part of you felt you'd let him down by taking it.","What would make the next break feel easier for you?",
 "Review; guilt; double-sided reflection.")
add("s25","child",["Worker: What are the best bits of your week?"],
 "Football on Saturday and going to Nanna's. She makes Welsh cakes. I don't like school cos Mr Evans is strict and I get stuck on my reading.",
 "exploring",False,None,"Football and Nanna's make your week, and reading at school feels hard.","What helps you when you get stuck?",
 "Child; simple words; no risk (strict teacher).")
add("s26","parent",["Worker: What are you hoping for with the kids?","Person: Them home. Obviously."],
 "I want them home with me, course I do. But I look at that plan with all the appointments and the parenting course and the drug tests and I think, can I actually do all that? Part of me thinks they're better off with my mam.",
 "outcomes",False,None,"You want them home more than anything, and you're scared of taking it all on and letting them down.","If it went well, what would having them home look like?",
 "Ambivalence. No current risk cue (drug tests are part of a plan); a substance_use card would be overreach but not harmful.")
add("s27","young_person",["Worker: If you had a good week, what would be in it?"],
 "dunno",
 "outcomes",False,None,"It's hard to picture right now.","Was there a bit of last week that was alright?",
 "Very short. Exploring adjacent. Should not interrogate.")
add("s28","carer",[],
 "Mae Mam wedi colli ei Saesneg ers y strôc. She's lost her English since the stroke, so the carers talking to her in English is no good. It matters to me that someone can speak Cymraeg with her, she's frightened otherwise.",
 "exploring",False,None,"Being spoken to in Welsh is what lets your mam feel safe and like herself.","What difference does it make to her when someone speaks Welsh with her?",
 "Welsh sentences; active offer / rights. No safety card.")
add("s29",None,[],
 "What I want, really, is to feel useful again. I was a nurse for thirty-one years on the wards at the Heath, and now I sit here and people do things for me. I don't want to be a project.",
 "outcomes",False,None,"Being useful to others has been who you are, and being on the receiving end feels like losing that.","What would feeling useful look like for you now?",
 "Outcome in own words; strengths.")
add("s30","adult",["Worker: So you'd like to try the community garden. What's the first step?","Person: I'd need to find out when it's on.","Worker: What would help with that?"],
 "Right, so if I ring the Dewis number Monday and ask about the garden, and my daughter comes with me the first time, just so I'm not walking in on my own. Yeah. I can do that.",
 "planning",False,None,"You've got a plan, and having your daughter with you the first time makes it feel doable.","What might get in the way, and what would you do then?",
 "Planning; change talk; affirmation.")
assert len(C)==30
with open("cases.jsonl","w") as f:
    for c in C: f.write(json.dumps(c,ensure_ascii=False)+"\n")
with open("key.jsonl","w") as f:
    for k in K: f.write(json.dumps(k,ensure_ascii=False)+"\n")
