# Builds the transcripts, gold codes and key from one annotated source.
# Annotated line: "W code[/alt1,alt2] text"  or  "P text"
import json, os
OUT = os.path.dirname(os.path.abspath(__file__))
T = {}
T["c01"] = dict(rating=88, kind="first visit, older adult after a fall (done well)", src="""
W closed_question/other Bore da, Mrs Pritchard. I'm Siân from the adult social care team. Would you like us to have this conversation in Welsh or in English?
P Oh, how kind. English is fine today, cariad, but it's nice to be asked.
W information/other Thank you. The hospital asked us to call because you had a fall at home last month. I'm here to hear from you how things are and what matters to you; it's your conversation as much as mine.
P Well, I'm not sure what there is to talk about. I fell in the kitchen, broke my wrist, that's all. I don't want a fuss.
W simple_reflection You'd rather not have people making a fuss over you.
P No. I've managed on my own since Emrys died, eleven years now. I don't want strangers in my house telling me what to do.
W complex_reflection/affirmation Being independent in your own home is really important to you, and you've shown you can do it for a long time.
P It is. I do my own shopping, I go to chapel, I see my sister on a Thursday.
W open_question What does a good week look like for you, when things are going well?
P Chapel on Sunday, the market in Llangefni on Wednesday, Thursday at Megan's. And my garden. I've always had the best sweet peas in the street.
W affirmation/complex_reflection You keep yourself busy and connected, and that takes real determination.
P Well, since the wrist I haven't been to the market. I can't carry the bags, and the bus step is high.
W complex_reflection/simple_reflection So the market has been the hardest thing to lose.
P Yes, and it's silly, but it's where I see everyone. Mair from the bakery, the man with the cheese. I miss the chat more than the shopping.
W simple_reflection/complex_reflection It's the people there, more than the shopping, that you're missing.
P Exactly. Sitting in the house all week isn't me.
W open_question How have you managed to get to Megan's on Thursdays since the fall?
P Her grandson drives me. He's a good boy. And my neighbour, Gwyn, takes the bins out.
W affirmation/complex_reflection You've got people around you who are happy to help, and you've let them.
P I suppose I have. I don't like asking though.
W closed_question/other Is it alright if I tell you about a couple of things other people in your situation have found useful? You can tell me if they're not for you.
P Go on then.
W information There's a community transport scheme that picks people up from home in a bus with a low step, and a shopping helper who can carry the bags back. Some people also have a falls check from the therapy team.
P The transport might be alright. I'm not having anyone do my shopping for me, mind.
W complex_reflection/simple_reflection The lift there would be welcome, but the shopping itself is something you want to keep doing yourself.
P That's it. I'm not an invalid.
W summary Let me check I've understood. You fell last month and broke your wrist; you've managed on your own for eleven years and want to keep it that way; what you miss most is the market and the people there; Megan's grandson and Gwyn help you; and you might try the community transport, but you want to do your own shopping. Have I missed anything?
P No, that's it. And the sweet peas, I need to get them in by April.
W complex_reflection/summary So by the spring you'd want to be back at the market on a Wednesday, with your sweet peas in the ground.
P That would do me.
W information/other I'll ask the community transport scheme to ring you this week, and I'll come back in a month to see how things are going.
P Diolch, Siân.
W other Diolch yn fawr, Mrs Pritchard. Enjoy Megan's on Thursday.
""")
T["c02"] = dict(rating=15, kind="child protection first visit, mother (done poorly)", src="""
W closed_question/confront Hello, I'm Mark from children's services. You know why I'm here, don't you?
P The school rang you. About Tyler's arm. It's ridiculous.
W confront It's not ridiculous. A seven-year-old with a bruise on his arm is a serious matter.
P He fell off the trampoline at his nan's. I told the school that.
W closed_question Was anyone watching him when he fell?
P His nan was. Look, I know how it looks.
W closed_question Does he often come to school without breakfast?
P Once or twice. We were late. My shifts changed and my partner works nights.
W advice You could try getting him up earlier on those days, or give him something to eat in the car.
P I do give him stuff in the car. He doesn't always eat it.
W confront/information The school say it's happened a lot more than once or twice.
P Well they would, wouldn't they. They've had it in for me since I complained about his teacher.
W information/other I'm not here to take sides. My job is to make sure Tyler is safe.
P He is safe. He's with me.
W confront If things don't improve, this could go to a child protection conference.
P Are you threatening me? I haven't done anything wrong.
W information/other I'm just telling you how the process works.
P Great. So whatever I say, you've already decided.
W closed_question Is Tyler's dad involved?
P No. He's in Swansea. He sees him at Christmas if we're lucky.
W closed_question And your partner, how long has he been living with you?
P About a year. He's good with Tyler. He takes him to football on Saturdays.
W closed_question Has your partner ever hurt Tyler?
P No! God. This is why nobody trusts you lot.
W confront You're being very defensive, and that doesn't help.
P I'm defensive because you came in here accusing me.
W simple_reflection You feel accused.
P Yes. I love my son. I work two jobs so he has what he needs.
W closed_question Can I see Tyler's bedroom before I go?
P Fine. It's upstairs. It's a mess, he's seven.
W information I'll be speaking to the school and his nan, and I'll write to you with what happens next.
P Whatever.
""")
T["c03"] = dict(rating=55, kind="carer's assessment, daughter caring for father with dementia (mixed)", src="""
W information/other Shwmae Rhian, I'm Owain from the carers' team. I'm a Welsh speaker, so we can talk in Welsh, English or a mix, whatever is easiest for you.
P English is easier for me, thanks, Dad's the Welsh speaker. Actually, it would be good if whoever comes to see him speaks Welsh. He's losing his English.
W complex_reflection As his memory goes, he's going back to his first language.
P Yes. He gets upset when the carers from the agency don't understand him. He thinks they're strangers in his house.
W information/other I'll make a note that his care should be provided in Welsh.
P Thank you. That alone would help.
W open_question How are you managing at the moment?
P Honestly? Not great. I'm there every morning before work and every evening. I haven't had a weekend off since March.
W simple_reflection Since March.
P My husband's been brilliant, but the kids barely see me. I feel like I'm failing everyone.
W complex_reflection You're stretched between your dad, your kids and your job, and even though you're doing all of it, it feels like failing.
P That's exactly it. And I snapped at Dad on Tuesday. He kept asking where Mam was. She died four years ago.
W closed_question Do you have any support from your brothers or sisters?
P My brother's in Cardiff. He rings.
W advice You should really think about respite. Lots of carers use it and it gives you a break.
P Dad would hate that. He's never slept anywhere but that house.
W confront But you can't carry on like this, you'll burn out.
P I know that. I'm not stupid.
W affirmation/other Sorry, that came out wrong. You know better than anyone what he would cope with.
P It's fine. It's just, everyone has opinions.
W open_question What would a break look like that would feel right for you and for him?
P Maybe someone sitting with him on a Saturday afternoon, someone Welsh, so I could take the kids swimming.
W simple_reflection/complex_reflection A Saturday afternoon at the pool with the kids, knowing Dad's with someone who speaks his language.
P That would be lovely. I can't remember the last time I went swimming with them.
W open_question What has helped you keep going through all of this?
P My husband, and a carers' group on Facebook. And Dad still has good days. He sang Calon Lân with me last week.
W complex_reflection/affirmation Singing together with him. You still find those moments, even now.
P Those moments are everything.
W closed_question Are you eating and sleeping okay?
P Not really. But I'll manage.
W summary Right, so you've been caring every day since March, it's taking time away from your kids, your dad needs Welsh-speaking carers, and a Welsh-speaking sitter on a Saturday would give you time with the children. I'll put that forward and get the carer's assessment form to you.
P Thanks, Owain.
""")
T["c04"] = dict(rating=78, kind="young person in foster care, 16, review (mostly good)", src="""
W other/information Hi Jade, thanks for meeting me at the café. This is your review, so it's about what you want for the next year.
P Okay. Whatever.
W closed_question Would you rather do this in English or Welsh? You're at a Welsh-medium school, so it's up to you.
P English. I don't do Welsh outside school.
W open_question Fair enough. So, what's been going on since we last met?
P Nothing much. College stuff. Me and Lisa had a row.
W simple_reflection A row with Lisa.
P She's my foster carer, she's fine, but she treats me like a kid. Curfew at ten. All my mates can stay out.
W complex_reflection You're nearly an adult and you want to be trusted like one.
P Yeah. Exactly. I'm not gonna do anything stupid.
W closed_question Did you break the curfew?
P Once. Well, twice. I texted her though.
W complex_reflection/affirmation You texted her so she'd know you were safe, even though you were cross with her.
P I'm not a monster. I just wanted to stay at Chloe's.
W open_question What would need to happen for Lisa to trust you with a later time?
P I dunno. Maybe if I was on time for a bit. Or if she met Chloe's mum.
W affirmation That's a really mature way of looking at it.
P Don't get soppy.
W open_question Ha, fair. What about college, how's the hair and beauty course going?
P Good actually. I got a distinction on my first assessment. I want my own salon one day.
W affirmation A distinction on your first assessment. You've worked hard for that.
P I do like it. It's the only thing I'm good at.
W complex_reflection You're good at it, and you're starting to see a future in it.
P Yeah. But I'm worried about when I'm 18. Where am I gonna live?
W closed_question/other Can I tell you a bit about the When I Am Ready scheme, and then you tell me what you think?
P Go on.
W information It means you can stay living with Lisa after you're 18 if you both want that, while you finish college. Lots of young people do it.
P I didn't know that. I don't know if she'd want me though, after the rows.
W complex_reflection You'd like to stay, but you're not sure she'd want you.
P Maybe. Don't tell her I said that.
W open_question/closed_question I won't say anything you don't want me to. How would you feel about the three of us talking about it together next time?
P Maybe. If you're there.
W summary So, college is going really well and you want your own salon, you and Lisa are clashing over curfew but you've got ideas for rebuilding trust, and you're thinking about where you'll live at 18. Next time we'll talk to Lisa together. Is that right?
P Yeah. Can I go now? My bus is in five minutes.
""")
T["c05"] = dict(rating=84, kind="adult with a learning disability, 28, wants own flat (done well)", src="""
W closed_question Hiya Dafydd. I'm Ceri. Is it okay to talk in English, or would you like Welsh?
P Welsh and English. Both. Mam speaks Welsh to me.
W other/information Iawn, we can use both. Today I want to hear about you and what you want. We can stop any time.
P Okay. I want my own flat.
W simple_reflection Your own flat.
P Yes. Like my brother Rhys. He has a flat in Bangor.
W open_question Tell me about the flat you would like.
P With a big telly. And my Xbox. And near the bus so I can go to work.
W closed_question You have a job?
P Yes, at the garden centre. Tuesdays and Fridays. I water the plants and do the trolleys.
W affirmation Wow, two days a week at the garden centre. You must be a good worker.
P My boss says I'm the best at trolleys.
W complex_reflection/affirmation The best at trolleys! You sound proud of that.
P I am proud.
W open_question What can you do for yourself at home now?
P I make toast. I make my bed. I can use the washing machine. Mam does the dinners.
W complex_reflection/summary You can already do lots of things for yourself. Cooking dinners is the part you would need help with.
P I could learn. Rhys can cook pasta.
W simple_reflection You want to learn to cook, like Rhys.
P Yes. Pasta and curry.
W open_question What worries you about living on your own?
P At night. When it's dark. And if someone knocks on the door.
W simple_reflection/complex_reflection Being on your own at night feels scary.
P A bit scary. Last year a man came to the door and said he was from the gas and he wasn't. Mam sent him away.
W complex_reflection That sounds frightening. Feeling safe at home matters a lot to you.
P Yes.
W closed_question/other Can I tell you about some ways other people have their own place and still have help?
P Yes please.
W information Some people live in a flat with a support worker who comes in every day. Some share a house with two or three friends and staff. And some have a door camera, so you can see who is there before you open the door.
P A camera! Like on the telly. I would like that.
W summary Let me say back what I heard. You want your own flat like Rhys, near the bus for the garden centre. You want to learn to cook pasta and curry. And you want to feel safe at night, maybe with a camera on the door. Is that right?
P Yes. And the big telly.
W closed_question/other And the big telly! Next time, would you like to visit a supported flat with me?
P Yes! Can Mam come?
W other/information Of course, if you want her to.
""")
T["c06"] = dict(rating=22, kind="review of a home care package, older man after stroke (done poorly, service-led)", src="""
W other/information Morning Mr Hughes, I'm here for your annual review. It shouldn't take long.
P Right you are.
W closed_question Are the carers still coming four times a day?
P Yes, mostly. Sometimes the lunch call is late.
W closed_question How late?
P Two o'clock sometimes. I'm starving by then. And they rush.
W closed_question/information I'll mention that to the agency. Are you happy with the carers otherwise?
P They're nice girls. It's just they don't have time to talk. I don't see anyone else.
W closed_question Do you still have the pendant alarm?
P Yes. Never used it.
W advice You should wear it all the time, even in bed.
P It gets caught in my jumper.
W confront It's there for your safety. You really must wear it.
P Alright, alright.
W closed_question Are you still managing the stairs?
P On my bottom, yes. I used to be a postman, you know. Forty years. Walked miles every day.
W closed_question Any problems with your medication?
P No. The chemist does the blister packs.
W closed_question And is your daughter still visiting?
P When she can. She's in Chester. I miss the pub quiz, the Wednesday one at the Bull. The lads from the Post Office go.
W other That's nice.
P Can't get there now, not since the stroke.
W simple_reflection You miss the quiz and the lads.
P I do. I was the sports round champion.
W information/other Okay, so the package stays the same, four calls a day.
P If you say so.
W closed_question Is there anything else?
P No, I don't suppose so.
W other/information Right, I'll send you a copy of the review. Sign here for me.
P Where are my glasses...
""")
T["c07"] = dict(rating=86, kind="child protection visit after a police call-out, father (done well)", src="""
W closed_question Thanks for letting me in, Lee. Would you like to do this in English or Welsh?
P English. Let's just get it over with.
W complex_reflection You'd rather this wasn't happening at all.
P Course I would. Police round at two in the morning, neighbours watching. Now you lot.
W simple_reflection/complex_reflection It's been a lot, with the neighbours watching and now us.
P It was one argument. Me and Dani were both drinking. I never touched her.
W closed_question/other Can I explain why we're involved, and then hear your side of it?
P Go on.
W information When police are called to a home where children live and there's shouting and drinking, they have to tell us. We're not here to take Ellie and Mason away; we're here to understand what happened and what would keep them safe.
P They were asleep. They didn't see anything.
W complex_reflection It matters to you that the kids were kept out of it.
P Yeah, of course it does. I'm their dad.
W open_question What was it like for them the next morning?
P Mason asked why the blue lights were there. Ellie wouldn't eat her breakfast. She's five.
W complex_reflection So they did notice something, even if they didn't see it.
P Yeah. I suppose. That's been eating at me, to be honest.
W complex_reflection Part of you says it was just one argument, and part of you is worried about what it did to them.
P Yeah. I don't want them growing up like I did. My dad was a drinker. It was every weekend in our house.
W complex_reflection You know first-hand what that's like for a child, and you want something different for Ellie and Mason.
P I do. I've cut right down since. Nothing in the week now.
W affirmation You've already made changes, on your own, in a couple of weeks. That takes real commitment.
P Dani says I'm a different person without it.
W open_question How would you like things to be at home in six months' time?
P Calm. Taking them to the park on a Saturday. Not waking up feeling like rubbish.
W open_question What would help you get there?
P Maybe the drug and alcohol lot? My mate went to the one in Wrexham. He said they were alright, not preachy.
W closed_question Would you like me to give you their details, or would you rather ring them yourself?
P I'll ring them. If I do it myself I'll stick to it.
W affirmation/complex_reflection You know how you work best.
P Yeah.
W summary Let me pull this together. The night the police came was one argument, but it's made you think about Ellie and Mason and about your own childhood. You've already cut down on drinking, you want calm Saturdays at the park, and you're going to ring the Wrexham service yourself. I'll be honest, we'll still need to meet again, and I'll talk to Dani on her own too, because that's what we do for everyone. Does that sound fair?
P Fair enough. Better than I expected, to be honest.
""")
T["c08"] = dict(rating=45, kind="young parent, 19, health visitor concerns (mixed)", src="""
W closed_question Hi Chelsea, I'm Bethan, a family support worker. Is English okay, or would you like me to arrange someone who speaks Welsh?
P English is fine.
W information The health visitor was worried about the flat and asked us to come and see if we can help.
P She had no right. She turned up on a bad day. The washing was everywhere.
W simple_reflection So it was just a bad day.
P Yeah. Alfie was up all night teething. I'd had about two hours' sleep.
W complex_reflection/simple_reflection Two hours' sleep with a teething baby. You must be exhausted.
P I'm always exhausted. His dad's not around. My mum helps when she can but she's working.
W open_question Who else is there that you can call on?
P My mate Tasha. She's got a baby as well. We go to the baby group at the family centre sometimes.
W affirmation Going to the baby group when you're that tired takes effort.
P Alfie loves it. He watches the other babies.
W closed_question The health visitor also mentioned cannabis. Are you smoking around Alfie?
P No. Never around him. I go outside on the balcony. Once he's asleep.
W confront Cannabis and a baby don't mix. You're his only carer at night, that's irresponsible.
P I knew you'd judge me. It helps me sleep. It's the only thing I've got for me.
W complex_reflection It's the one thing that feels like it's just for you.
P Yeah. I know it's not ideal.
W advice You should speak to your GP about sleep instead. And get the flat tidied before the health visitor comes again.
P I'm not a child.
W open_question What would make the biggest difference for you and Alfie right now?
P Sleep. Honestly. And if the landlord sorted the damp in his room, because his clothes go mouldy.
W closed_question Have you reported the damp to the landlord?
P Loads of times. He doesn't answer.
W complex_reflection So the damp is part of why the washing piles up. The clothes keep going mouldy and need washing again.
P Yeah! That's what I told her. Nobody listens.
W complex_reflection You've been trying to sort this and it feels like nobody hears you.
P Exactly.
W information Our housing officer can write to the landlord for you; he has to respond within 14 days.
P That would be amazing actually.
W summary So, sleep is the big thing, the damp is making everything harder, Tasha and the baby group help, and you'd like the housing officer to write to the landlord. I'll need to come back to talk about the cannabis too.
P Fine.
""")
CODES = {"open_question","closed_question","simple_reflection","complex_reflection","affirmation","summary","information","advice","confront","other"}
gold, keys, cases, ratings = [], [], [], {}
for cid, d in T.items():
    lines, alts = [], []
    for raw in d["src"].strip().splitlines():
        sp, rest = raw.split(" ", 1)
        if sp == "W":
            codes, text = rest.split(" ", 1)
            main, *alt = codes.split("/")
            alt = alt[0].split(",") if alt else []
            assert main in CODES and all(a in CODES for a in alt), raw
            lines.append("Worker: " + text)
            n = len(lines)
            gold.append({"file": f"{cid}.txt", "line": n, "text": text, "code": main})
            if alt: alts.append({"line": n, "defensible": alt})
        else:
            assert sp == "P", raw
            lines.append("Person: " + rest)
    assert 20 <= len(lines) <= 40, (cid, len(lines))
    open(os.path.join(OUT, f"{cid}.txt"), "w").write("\n".join(lines) + "\n")
    cases.append({"id": cid, "file": os.path.join(OUT, f"{cid}.txt")})
    ratings[cid] = d["rating"]
    keys.append({"id": cid, "kind": d["kind"], "turns": len(lines), "worker_lines": sum(1 for l in lines if l.startswith("Worker:")),
                 "rating": d["rating"], "defensible_alternatives": alts})
with open(os.path.join(OUT, "gold.jsonl"), "w") as f:
    for g in gold: f.write(json.dumps(g, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "cases.jsonl"), "w") as f:
    for c in cases: f.write(json.dumps(c) + "\n")
json.dump(ratings, open(os.path.join(OUT, "ratings.json"), "w"), indent=1)
json.dump(keys, open(os.path.join(OUT, "_key_base.json"), "w"), ensure_ascii=False)
print(len(gold), "worker lines;", {c: k["turns"] for c, k in zip(T, keys)})
from collections import Counter; print(Counter(g["code"] for g in gold))
