import json,collections
gold=collections.defaultdict(dict)
for l in open('key.jsonl'):
    r=json.loads(l)
    if 'line' in r: gold[r['id']][r['line']]=r['code']
# defensible / adjacent code disagreements -> 1, else wrong -> 0
code_notes={
 ('t2',1):(1,"Gold other (structuring); information is defensible (MITI-style giving information about purpose)."),
 ('t2',4):(0,"Closed question ('How late, more than half an hour?' invites yes/no or a number), not open."),
 ('t2',5):(1,"'OK, I'll note that down' is procedural talk: other; information is a stretch but harmless."),
 ('t2',12):(0,"Closed, leading question, not a reflection: Mr Evans said 'It's food', not that he was happy. Would code closed_question."),
 ('t2',18):(1,"Procedural close: other; information defensible."),
 ('t3',1):(1,"Introduction with reason for visit: other/information both defensible."),
 ('t3',2):(0,"Arguing with the mother's view and correcting her ('I'd rather we didn't blame them') is confront, not neutral information."),
 ('t3',11):(0,"'You let me in.' is a simple reflection of her words (and it worked: she opened up). Coded other."),
 ('t3',13):(0,"Clearly a complex reflection (names exhaustion and the intrusion); coded advice - the turning point of the visit is lost."),
 ('t3',18):(0,"Threat of consequence (fine) is confront, coded information."),
 ('t4',2):(1,"Borderline simple/complex; I coded complex (adds 'you've had a lot of those'). Adjacent."),
 ('t4',4):(1,"Borderline: I coded simple; complex defensible."),
 ('t4',11):(1,"Double-sided reflection adding 'your own space': complex; simple is adjacent."),
 ('t4',12):(0,"Unsolicited warning about cannabis and tenancy: confront (warning), the moment Tyler got defensive. Coded information."),
 ('t5',1):(0,"Greeting/rapport: other, not information."),
 ('t5',2):(0,"Explaining the purpose of a carer's conversation is information, not a complex reflection."),
 ('t6',4):(0,"'You're looking after Dai really well' is an affirmation (names his care), coded simple reflection."),
 ('t6',6):(0,"'But Owain, it's really good for you... we agreed it' is arguing/insisting: confront. Coded information."),
 ('t6',10):(0,"A good complex reflection of his upset and frustration, coded confront - wrong and it then generates wrong feedback."),
 ('t6',15):(0,"'He's not really your friend... We've talked about this' is arguing with his account: confront. Coded information."),
 ('t6',17):(0,"'I'm going to need to talk to Bethan and my manager' is transparent information about next steps, not advice."),
 ('t6',18):(1,"Reassurance plus closed 'Shall we...?' question; advice (suggestion) defensible."),
}
fb={
19:(2,False,"Accurate and specific; I would say it as is (though the stronger moment to praise was 'Staying here... you're worried that telling people how hard it's been might put that at risk')."),
20:(2,False,"Right: a listening conversation throughout."),
21:(1,False,"Figure and MITI band are right, but 'below fair' unqualified on an excellent first visit is misleading without saying that 2 summaries and 3 complex reflections carried it; I'd add that context."),
22:(2,False,"Correct figure and band."),
23:(2,False,"Correct."),
24:(2,False,"Valid and important in Wales (Active Offer, More Than Just Words). 'Bore da' is not an offer of Welsh. Would give as is; could note the Welsh greeting as a good start."),
46:(2,False,"Correct and the key fact of this review."),
47:(1,False,"Right band, but the figure is inflated by a miscoding ('How late, more than half an hour?' as open); true figure 0%."),
48:(1,False,"Fair MI point but generic; misses that he had an unreported fall and 'I don't like to bother them' is the thing to explore. I'd say: reflect 'You don't like to bother anyone', ask what gets in the way of pressing it, and follow up the fall."),
49:(1,False,"Right that no summary was given; the 'better' is a template with '...'. I'd offer: 'Before we finish, can I check what I've heard: you used to be a chef on the ships, the day centre isn't for you, and you've been feeling low. What matters most to you for the next year?'"),
70:(1,False,"Band right, figure wrong (0.0): the worker did reflect twice ('You let me in', the exhaustion reflection) and those were the moments she opened up; saying 0 hides them."),
71:(2,False,"Approximately right (true 1/7)."),
72:(2,False,"Correct and I would give it; better still with 'Two other kids to get up at eight - so that just isn't possible'."),
73:(2,False,"Excellent: names the warning and suggests being honest about the worry then asking what she makes of it, which fits child-protection transparency."),
74:(1,False,"Right to flag it, but it's insisting/threat of consequence, not 'arguing with the person's account'; the why is mislabelled."),
75:(2,False,"Excellent - exactly what I'd say about the labelling."),
76:(0,True,"Harmful as framed: in a domestic abuse context (non-molestation order already breached once, she is not sleeping for fear he'll return, 'What's the point?' about police) it treats safety information as a style fault ('lands better when asked for... ask permission') and never names the risk. A supervisee could take from it that safety advice should wait to be asked. Should say: the safety message is right and must be given; give it with empathy and explore 'What's the point?' (past experience of police), do safety planning together, and follow the local safeguarding / domestic abuse procedure (e.g. DASH risk assessment, MARAC referral if high risk)."),
77:(2,False,"Correct - first visit, no Welsh offered."),
97:(1,False,"Good choice of a meaning-level reflection, but Tyler replied 'Don't get all deep on me' - a supervisor would say it overshot a little ('who you really are') and praise the light recovery 'Fair enough!'."),
98:(1,False,"'Little telling or warning' misses the cannabis warning and budgeting advice, the moment Tyler got defensive ('I said I've cut down'); 71% is fine but the arc should note the dip and the recovery by reflection."),
99:(2,False,"Correct figure and band."),
100:(1,False,"Figure off because two reflections were mis-split; my count is 60% (good)."),
101:(2,False,"Correct."),
102:(2,False,"Correct: unasked advice to someone with four pounds and no pan; I'd give as is."),
122:(2,False,"Exactly the reflection I would pick out."),
123:(2,False,"Good pick; (strictly this summary didn't end with a check question - the second one did)."),
124:(2,False,"Right."),
125:(2,False,"Right band (my count 1.0)."),
126:(2,False,"Right band."),
127:(2,False,"Correct."),
147:(1,False,"The turning point is right (volunteering advice, then 'be realistic'), but 'Started well (50%...)' is weak; it actually went off earlier with 'But Owain, it's really good for you... we agreed it', which the tool missed."),
148:(2,False,"Right band."),
149:(2,False,"Right band."),
150:(2,False,"Correct; it also overrides his own goal (paid work) - could say so."),
151:(2,False,"Good: right diagnosis and a usable reflection ('You don't want volunteering, and you want money')."),
152:(0,False,"Wrong and embarrassing: this is the best line in the review, a complex reflection of his upset and frustration, and the tool tells the worker it was confronting. Should say: 'Good complex reflection - it names his feelings and repairs the damage of the previous line.'"),
}
case={
't1':(False,False,True,"Coding 19/19 correct; score 92 matches my 92. Feedback fair and useful (Active Offer is a good catch). Only nit: R:Q 'below fair' without context."),
't2':(False,False,False,"Coding mostly right and score (25) low as it should be, but feedback misses the main teaching point: this 'review' reviews the services, not Mr Evans and his hopes. No missed opportunities with alternatives for 'I was a chef on the ships', 'nobody my age there', the unreported fall, low mood 'Not really', daughter's 'own troubles'. No strengths/deficit comment."),
't3':(True,False,False,"Good catch of 3 confronts (warning, threat, label) and score 14 right. But two more confronts missed ('duty to report... rather we didn't blame them', threat of a fine), both reflections miscoded so the turning point ('Nobody asks how I'm doing' after the exhaustion reflection) gets no credit, and the 999 advice item is harmful as framed (see item). No mention of the domestic abuse risk anywhere."),
't4':(False,False,False,"Score 78 a bit generous (mine 62) because the cannabis warning was coded information; so the key learning moment (warning -> defensiveness -> recovery by simple reflection 'You've cut down already') is missed and the arc claims 'little telling or warning'."),
't5':(False,False,True,"Very good: did_well picks are the ones I'd pick, score 91 vs my 90. Only miscode: purpose statement as complex reflection. No Active Offer note, though this is a first carer's conversation with a Welsh speaker ('Diolch yn fawr', Côr Meibion) - inconsistent with t1/t3."),
't6':(False,True,False,"Embarrassing: the worker's best line (complex reflection about the garden centre) is coded confront and criticised. Two real confronts missed ('it's really good for you... we agreed it', 'he's not really your friend... we've talked about this'). Nothing on the financial exploitation cue (£40 and his phone to 'the lad from the bus stop') - the worker did escalate, but a supervisor would discuss how to explore it without arguing. Score 24 vs my 40 (ordering vs t2 swapped)."),
}
rows=[json.loads(l) for l in open('grades.jsonl')]
k=collections.Counter()
for i,r in enumerate(rows):
    if r['kind']=='code':
        k[r['id']]+=1; n=k[r['id']]; g=gold[r['id']][n]
        pred=r['text'].rsplit(' -> ',1)[1].strip()
        if pred==g: r['grade']=2; r['note']=f"Correct ({g})."
        else:
            gr,nt=code_notes[(r['id'],n)]; r['grade']=gr; r['note']=f"Gold {g}, product {pred}. "+nt
        r['gold']=g
    elif r['kind']=='feedback':
        gr,h,nt=fb[i]; r['grade']=gr; r['harmful']=h; r['note']=nt
    elif r['kind']=='case':
        h,e,s,nt=case[r['id']]; r['harmful']=h; r['embarrassing']=e; r['satisfied']=s; r['note']=nt
open('grades.jsonl','w').write(''.join(json.dumps(r,ensure_ascii=False)+'\n' for r in rows))
print("ok")
