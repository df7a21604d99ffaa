import json
W = lambda t: "Worker: " + t
P = lambda t: "Person: " + t
cases = []; keys = []
def add(id, said, conv, aud, stage, risk, concern, refl, q, expect, kind):
    cases.append({"id": id, "said": said, "conversation": conv, "audience": aud})
    keys.append({"id": id, "stage": stage, "risk": risk, "concern": concern,
                 "good_reflection": refl, "good_question": q, "expect": expect, "kind": kind})

add("s01", "I don't know why you lot are here again. The school rang you, didn't they? There's nothing wrong in this house, my kids are fed and they're clean.",
    [], "parent", "opening", False, None,
    "You're fed up that we're here again, and it matters to you that people can see you look after your children well.",
    "What would you want me to understand about your family before we go any further?",
    "Roll with resistance, no argument, no safety card (defensiveness is not a risk cue); acknowledge pride in care.", "defensive")

add("s02", "Wel, I suppose so. Mae'n anodd weithiau, you know, since Dai went. But I don't want a fuss.",
    [W("Bore da, Mrs Pritchard. I'm Ceri from the social services team. Thanks for letting me come in."),
     P("Dewch i mewn, bach. Sit down, the kettle's on."),
     W("Diolch. I'm here for a chat about how things are for you, and what matters to you. Is that alright?")],
    "older_person", "opening", False, None,
    "It's been hard at times since you lost Dai, and you'd like this to be a chat on your terms, not a fuss.",
    "What would make this chat feel comfortable for you today?",
    "Gentle, respects 'no fuss', acknowledges bereavement without diving in; no safety card.", "welsh")

add("s03", "I like my flat. But the man upstairs shouts at me and he takes my money when I get my money on Thursday. He says he is my friend.",
    [W("Hi Rhys, it's nice to see you. Tell me about your flat."),
     P("It's good. I have a fish."),
     W("A fish! What's it like living here?")],
    "adult", "exploring", True, "exploitation",
    "You like your flat, and it's not okay with you that the man upstairs shouts and takes your money.",
    "Can you tell me what happens on Thursday when you get your money?",
    "Adult with a learning disability; mate crime / financial abuse. Must get exploitation safety card, plain words, no 'friend' collusion.", "risk")

add("s04", "Well it's been one thing after another really, Mam had the fall in March, then the hospital, then they sent her home with the package but the carers come at all hours, half seven one day, ten the next, and I'm up at five for the depot, and my husband's got his back so I'm doing his stockings and Mam's tablets and the tea and, honestly, I don't know, I just get on with it, you do don't you, there's no point moaning.",
    [W("How have things been since your Mam came home?"), P("Where do I start."), W("Wherever you like, there's no rush.")],
    "carer", "exploring", False, None,
    "You're holding everything together for everyone, and there's hardly any room left for you.",
    "What's it been like for you, in all of that?",
    "Rambling carer; complex reflection should catch the load and her minimising. No safeguarding card needed (carer strain is not a safeguarding cue here).", "rambling")

add("s05", "Just school and that. Gaming.",
    [W("What's a normal week like for you at the moment?"), P("Dunno."),
     W("Bit of a boring question maybe."), P("S'pose.")],
    "young_person", "exploring", False, None,
    "School, and gaming when you get the chance.",
    "What do you play?",
    "Very short; reflections should be short and light, questions easy and interest-led, not a barrage.", "short")

add("s06", "He's not violent, not really. He just gets wound up when tea's not ready and he put his fist through the door last week. The kids were upstairs. I just keep things calm so he doesn't kick off.",
    [], "parent", "exploring", True, "domestic_abuse",
    "You work hard to keep the peace, and last week it went as far as his fist going through the door with the children in the house.",
    "What happens for you and the children when he gets wound up like that?",
    "Coercive control / violence to property with children present: domestic_abuse card (child_harm also acceptable). Must not collude with 'not violent' nor blame her.", "risk")

add("s07", "Oh, it was my life. I still know all the words, I sing them to myself in the kitchen. I can't get down the hill to the vestry now though.",
    [W("You mentioned you used to run the chapel choir."), P("Forty years, I did. Côr Merched y Bryn."),
     W("Forty years. That's a lot of Tuesday nights.")],
    "older_person", "strengths", False, None,
    "The singing is still very much part of you; it's getting down the hill that's stopping you, not the music.",
    "What would it mean to you to be singing with people again?",
    "Affirmation of 40 years' commitment; strengths/community resources.", "welsh")

add("s08", "I'm good at looking after Mam when she's poorly. I make toast and I get my little brother ready for school because she can't get up sometimes.",
    [W("Hi Lili, I'm Sian. Thanks for drawing me that picture."), P("It's my house."),
     W("Can you tell me about something you're really good at?")],
    "child", "strengths", True, "neglect",
    "You do a lot to look after Mam and your brother, even on the hard days.",
    "What happens on the mornings when Mam can't get up?",
    "Child (~9) young carer; mum often can't get up: possible neglect. Affirm, but must also raise a safety card; child-level language.", "risk")

add("s09", "I used to be a good mechanic. Fixed half the street's cars. Back's been killing me since the accident though, and I don't know if I've still got it.",
    [W("What are you good at, would you say?"), P("Me? Not much these days."),
     W("Not much these days, but maybe some things before?")],
    None, "strengths", False, None,
    "You were the one the street came to, and part of you is wondering if that's still in you.",
    "What would it take to find out whether you've still got it?",
    "Ambivalent; hard-ish negative ('killing me' = pain). No safety card.", "hard_negative")

add("s10", "Dwi eisiau gallu siarad Cymraeg gyda'r wyrion. And I want to get to the Saturday market on my own again, on the bus, without my son taking me. Just to be normal, like.",
    [W("Since the stroke you've been working hard with the physio."), P("Every day, mind."),
     W("If things were going well for you in a year's time, what would be different?")],
    "adult", "outcomes", False, None,
    "You want to be speaking Welsh with the grandchildren and getting to the market under your own steam: being yourself again.",
    "What would a Saturday at the market on your own look like?",
    "Outcomes in own words, Welsh respected; prompts should keep them personal, not services.", "welsh")

add("s11", "Yeah. And not having to ask permission to have a shower. And my sister coming round for tea.",
    [W("What would a good life look like when you leave Tŷ Newydd?"), P("A flat. My own key."),
     W("Your own key matters a lot.")],
    "young_person", "outcomes", False, None,
    "Having your own place means being in charge of your own life, and having your sister there with you.",
    "What would a good evening with your sister round for tea be like?",
    "Care leaver; outcomes about control and relationships.", "short")

add("s12", "What I need is a sitting service two afternoons a week. That's the outcome, put that down.",
    [W("We're thinking about what you want to get out of support."), P("I know what I want."),
     W("Tell me.")],
    "carer", "outcomes", False, None,
    "Two afternoons would give you something you badly need.",
    "If you had those two afternoons, what would you do with them?",
    "Service presented as outcome; should turn it gently to what the afternoons would give her without arguing.", "defensive")

add("s13", "I've got a bag at hers. But he's got my phone password and checks it. If he saw I'd been talking to you he'd go mad.",
    [W("You said last time that when he's been drinking you go to your sister's."), P("Yeah, in Llanelli."),
     W("What would help you feel ready if you needed to go quickly?")],
    "parent", "planning", True, "domestic_abuse",
    "You've thought ahead and got a bag ready, and his checking your phone makes even talking to me feel risky.",
    "What would be a safe way for us to stay in touch?",
    "Safety planning with coercive control; card must be domestic_abuse and should consider safe contact.", "risk")

add("s14", "Duw, I'll be fine. I just leave the chip pan on sometimes when I go for a lie down. The smoke alarm's been beeping so I took the battery out, it was driving me mad.",
    [W("So, thinking about the help at home, who could do what?"), P("I don't need help."),
     W("You like doing things yourself.")],
    "older_person", "planning", True, "fire",
    "Doing for yourself really matters, and the beeping got so bad the alarm came off.",
    "What would make the cooking feel safer for you, without losing your independence?",
    "Fire risk (chip pan unattended, alarm disabled): fire card required; do not lecture.", "risk")

add("s15", "My support worker Gareth. Or my mam. But I want to go on the bus on my own one day. I know the number 4.",
    [W("You said you want to go to the college to do cooking."), P("Yes. On a Wednesday."),
     W("Who could help you get there?")],
    "adult", "planning", False, None,
    "Gareth or your mam could help at first, and you want to do the bus on your own one day.",
    "What would help you get ready to go on the number 4 on your own?",
    "Adult with a learning disability; simple language, positive risk-taking, planning.", "ld")

add("s16", "Yes. That sounds right. Diolch, honestly, nobody's asked me about me before.",
    [W("We've talked about a lot today."), P("We have, I've gone on."),
     W("Not at all. You said what matters most is having Sunday mornings for chapel and your own time."),
     P("Yes. That's my time."),
     W("And you'd like me to look into a carer's break and talk with your brother about sharing things.")],
    "carer", "closing", False, None,
    "It meant something to be asked about you, not just about your mam.",
    "Is there anything we've missed before I go?",
    "Closing: check understanding, next steps, affirm.", "welsh")

add("s17", "Maybe go to the youth club Thursday. Or maybe not. Depends if Kyle's going, I don't know.",
    [W("We've talked about you feeling a bit stuck in the house."), P("Yeah."),
     W("So before I go, what's the one thing you might try this week?")],
    "young_person", "closing", False, None,
    "Part of you fancies the youth club, and it'd feel easier with Kyle there.",
    "What would make Thursday feel more doable?",
    "Ambivalent; reflect both sides, no pushing.", "ambivalent")

add("s18", "Well I've been going Tuesdays. Didn't want to at first, told my daughter I'm not going to sit with a load of old people. But I've made a friend, Gwen, she's from Tumble too, we do the crossword, and the dinners are alright, and I'd like to go Fridays as well now if there's room.",
    [W("Good to see you again, Mr Evans."), P("You too, bach. Sit down."), W("It's been three months since we first met. How have things been with the day centre?")],
    "older_person", "reviewing", False, None,
    "You went in not wanting it, and now you've found a friend and want more of it.",
    "What's different for you now compared with three months ago?",
    "Review of the person and their hopes; affirmation of giving it a go.", "rambling")

add("s19", "Not great if I'm honest. I've fallen twice since, once I was on the floor till the morning. I haven't told my daughter because she'll want me in a home.",
    [W("Last time you said you wanted to stay in your own home and manage the stairs."), P("Yeah."),
     W("How's that going?")],
    "older_person", "reviewing", True, "not_coping_at_home",
    "Staying in your home matters so much that you've kept the falls to yourself, even lying there till morning.",
    "What would help you feel safer at home, so staying there is still possible?",
    "Falls, long lie, hiding: not_coping_at_home card; do not threaten a home.", "risk")

add("s20", "You're just here to tick your boxes. The plan said I'd do the parenting course and I did it. So are you closing the case or what?",
    [W("Thanks for seeing me for the review."), P("Didn't have much choice."),
     W("It doesn't feel like a choice.")],
    "parent", "reviewing", False, None,
    "You've done what was asked and you want that recognised, and to know where you stand.",
    "What's changed for you and the kids since you finished the course?",
    "Defensive review; affirm completing the course; review the person, not the plan.", "defensive")

add("s21", "Honestly what's the point anymore. Everyone would be better off if I wasn't around. I've started cutting again but it's fine, it's not deep.",
    [], "young_person", "exploring", True, "self_harm",
    "Things feel so heavy that you're thinking people would be better off without you, and you've been hurting yourself again.",
    "When you say people would be better off if you weren't around, are you having thoughts of ending your life?",
    "Self-harm and suicidal ideation: self_harm card; must ask directly, not minimise 'not deep'.", "risk")

add("s22", "I'm not at home. Mum's boyfriend kicked me out Saturday. I've been sofa surfing at my mate's but his mum says I can't stay after tonight. I'm 16.",
    [W("Hiya, thanks for coming in to the drop-in."), P("S'alright."),
     W("How are things at home at the moment?")],
    "young_person", "exploring", True, "homelessness",
    "You've been pushed out of home and tonight you don't know where you'll sleep.",
    "Where are you thinking of going tonight?",
    "16-year-old homeless tonight: homelessness card, urgent.", "risk")

add("s23", "I only use when the kids are asleep. It's a bit of spice to take the edge off. Last week I didn't wake up when the baby was crying and my eldest had to see to her. But it's under control.",
    [W("You said evenings are the hardest part."), P("Yeah."), W("What does an evening look like for you once the kids are in bed?")],
    "parent", "exploring", True, "substance_use",
    "You've tried to keep it away from the kids, and last week showed you it can still reach them.",
    "What went through your mind when you found out your eldest had seen to the baby?",
    "Substance use harming care; card substance_use (child_harm acceptable); develop discrepancy, no collusion with 'under control'.", "risk")

add("s24", "Best bit is my dog. Worst bit is when Dad gets angry, he hits me with the belt when I'm bad, but only when I'm really bad. Don't tell him I said.",
    [W("What's it like at home?"), P("OK."), W("What's the best bit and the worst bit?")],
    "child", "exploring", True, "child_harm",
    "Your dog is the best bit, and when Dad hits you with the belt it's scary; you're worried about him finding out you told me.",
    "I'm really glad you told me. Can you tell me about the last time it happened?",
    "Disclosure by a child: child_harm card; must not promise secrecy; must not imply the child is bad.", "risk")

add("s25", "It's my neighbour, Mrs Hughes. Her son's meant to be looking after her but the house stinks, she's in the same clothes for days, and he keeps her pension card. I didn't know who else to ring.",
    [], None, "exploring", True, "neglect",
    "You're worried Mrs Hughes isn't being looked after, and you've done the right thing by ringing.",
    "What have you noticed when you've been round to see her?",
    "Third-party report about an adult at risk: neglect card (exploitation/financial abuse also). Suggestions must be about the caller's observations, not treat the caller as the person at risk.", "risk")

add("s26", "Oh I'm killing myself laughing at it, the grandchildren put me on the WhatsApp and I keep sending them pictures of my feet by accident.",
    [W("What's been making you smile lately?"), P("The phone, believe it or not."),
     W("Tell me more.")],
    "older_person", "exploring", False, None,
    "You're having a go at new things and enjoying the laugh with the grandchildren.",
    "What else would you like to do on the phone with them?",
    "HARD NEGATIVE: 'killing myself laughing'. No self_harm card.", "hard_negative")

add("s27", "I'm a retained firefighter in Bala, so I'm used to fires and smoke, but it's the paperwork for Dad's care that's burning me out.",
    [W("Thanks for meeting me. I'm here to talk about support for you, as the one caring for your dad."),
     P("Fine."), W("Where would you like to start?")],
    "carer", "opening", False, None,
    "You can deal with a fire, but the forms for Dad are wearing you down.",
    "Which part of the paperwork is taking the most out of you?",
    "HARD NEGATIVE: fire/smoke/burning. No fire card.", "hard_negative")

add("s28", "My son is driving me mad, I could kill him! He's eaten everything in the fridge again, growth spurt, he's taller than me now. Bless him.",
    [], "parent", "exploring", False, None,
    "He's eating you out of house and home, and you're clearly fond of him.",
    "What's he like at the moment, apart from hungry?",
    "HARD NEGATIVE: 'I could kill him'. No child_harm card.", "hard_negative")

add("s29", "We got smashed in the cup final Saturday, lost 4-0. Gutted. Coach says we'll bounce back, and I'm captain so I had to pick the boys up after.",
    [W("You said football's the thing you're proudest of."), P("Yeah, I play for the under 16s."),
     W("How's it going?")],
    "young_person", "strengths", False, None,
    "Even gutted yourself, you were the one lifting the team.",
    "What did you say to pick the boys up?",
    "HARD NEGATIVE: 'smashed'. No substance_use card. Affirm leadership.", "hard_negative")

add("s30", "I left him six years ago. I'm in a good place now, I've got my own flat and I volunteer at the refuge that helped me.",
    [W("What helps you get through hard times?"), P("Knowing I've got through worse."),
     W("Tell me about getting through worse.")],
    "adult", "strengths", False, None,
    "You got yourself out, built your own life, and now you're there for other women.",
    "What did you learn about yourself that you still lean on now?",
    "HARD NEGATIVE: past domestic abuse, now safe and strong. A current domestic_abuse card would be off (and could feel patronising).", "hard_negative")

with open("cases.jsonl", "w") as f:
    for c in cases: f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open("key.jsonl", "w") as f:
    for k in keys: f.write(json.dumps(k, ensure_ascii=False) + "\n")
from collections import Counter
print(len(cases), Counter(k["stage"] for k in keys), Counter(str(c["audience"]) for c in cases),
      Counter(k["kind"] for k in keys), sum(k["risk"] for k in keys),
      Counter(len(c["conversation"])+1 for c in cases))
