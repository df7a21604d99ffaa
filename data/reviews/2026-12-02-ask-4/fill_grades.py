import json
# id: (correct, complete, direct, readable, citations, satisfied, first_sentence, misleading, grade, harmful, embarrassing, note)
G = {
"q01": (2,1,2,2,2, True, True, False, 2, False, False,
 "Good. Would add one line from the glossary: it is what the person wants to achieve or keep, and it is not a service (a care package or shower is an input)."),
"q02": (2,1,0,1,2, False, False, False, 1, False, False,
 "Never says what the difference is: it opens with why mixing them up is a problem and ends on a dangling 'Keeping outcomes and inputs apart has the opposite effect.' I would say: 'An outcome is what the person wants to achieve in their life, in their own words; a service or resource (home care, a day centre, a shower) is an input that may help them get there, but never the outcome itself.' The retrieved 'Examples of services and resources' passage said exactly this."),
"q03": (2,1,2,2,2, True, True, False, 2, False, False,
 "Right, and it answers in the first sentence. Left out the worked example in source [2] ('A day centre place. \"I want to have people to talk to and a reason to get dressed properly...\"') and the next step: ask what the place would make possible."),
"q04": (1,0,0,1,2, False, False, False, 0, False, True,
 "No yes/no answer, and the story about the older woman stops halfway ('On paper, an outcome about \"accepting support\" looks tidy.'), so the point never comes. I would say: 'Yes, it can be: it describes a change the person wants in their life, not a service. Make it personal and in their words, e.g. \"I want people to talk to on the days I'd otherwise see nobody\"; it touches relationships and emotional well-being.'"),
"q05": (2,2,2,2,2, True, True, False, 2, False, False, "Exactly right and short."),
"q06": (2,1,2,2,2, False, True, False, 1, False, False,
 "Explains the skill well, but the student asked 'what does it sound like' and gets no example. The cited passage goes straight on to \"'You're worried about how your dad will cope' is a reflection\", and source [5] has simple and complex pairs. The answer stops one sentence short of the example."),
"q07": (2,1,1,1,2, True, False, False, 1, False, False,
 "Usable examples, but there are four sentences of preamble first (including 'The examples below could be used at different points...'), and it is not tailored to a first visit. The opening-stage questions in source [3] ('What have you been told about why I'm here?', 'How would you like us to do this today?') fit better. I would lead with 3-5 opening questions."),
"q08": (1,0,0,2,2, False, False, False, 0, False, True,
 "Does not list the well-being areas at all: it describes the Act in general. A student needs the eight aspects of s.2: physical and mental health and emotional well-being; protection from abuse and neglect; education, training and recreation; domestic, family and personal relationships; contribution made to society; securing rights and entitlements; social and economic well-being; suitability of living accommodation. Source [4] even says 'eight aspects in section 2' but the list never appears."),
"q09": (2,1,2,2,2, True, True, False, 2, False, False,
 "A good short definition. Could add the three levels of strengths (personal, family and friends, community) from source [3]."),
"q10": (2,2,2,2,2, True, True, False, 2, False, False, "Clear and accurate."),
"q11": (2,2,2,2,2, True, True, False, 2, False, False, "Good: a clear 'No', then why, then how to build up to it."),
"q12": (2,1,2,2,2, True, True, False, 2, False, False,
 "Gives the five qualities at once. A line on each (e.g. achievable = built on strengths and resources; evolving = expected to change) would make it complete."),
"q13": (1,0,1,1,2, False, False, False, 0, False, True,
 "Misses the real question (the person can't say what they want) and includes a stray sentence about 'every example on this page'. I would say: outcomes often start vague and get sharper over two or three conversations; use concrete questions about daily life; for people who communicate without words, record what you observed and who helped interpret it, and don't present your interpretation as their quote; involve people who know them or an advocate; read it back to check. Sources [3], [4] and [5] had most of this."),
"q14": (2,1,1,2,2, False, False, False, 1, False, False,
 "Normalises defensiveness, which is right, but never says what to say. I would add: don't argue or insist; reflect what their words tell you they value ('You've managed on your own a long time and you don't want people taking over'); be honest about why you are there; stress that choices are theirs. The 'Example responses' and 'Rolling with it' sections cover this."),
"q15": (2,1,1,2,2, False, False, False, 1, False, False,
 "Only half of a 'difference' question: it describes the complex reflection but never defines the simple one, and gives no example pair. I would say: 'A simple reflection repeats or rephrases what the person said; a complex one adds meaning, such as a feeling, a value or a link. E.g. \"I'm sick of people telling me what to do\": simple \"You've had enough of being told\"; complex \"You want people to ask what you think first\".'"),
"q16": (2,1,1,2,2, False, False, False, 1, False, False,
 "One sentence that says why, not how. The sources had the how: keep it short, use the person's words, include what they want, their strengths and the actions agreed, and end with an open check such as 'What have I missed?' rather than 'Is that right?'. Leave time for it rather than doing it at the door."),
"q17": (2,2,2,2,2, True, True, False, 2, False, False, "Excellent: definition, contrast with praise, and an example."),
"q18": (2,1,1,2,2, False, False, False, 1, False, False,
 "Describes the old service-checking review but never says what a review is for. The first sentence alone could even be read as 'yes'. I would say: 'No: a review looks again with the person at how their life is going, whether their outcomes are being reached and whether they still fit; checking the service is at most a small part of it.' Sources [2] and [4] say this."),
"q19": (2,2,2,1,2, True, True, False, 2, False, False,
 "Right. The third sentence ('It is also an opportunity for providers...') refers to a review that has not been mentioned and should be cut. The Red Lion quiz example from source [2] would make it clearer."),
"q20": (2,2,2,2,2, True, True, False, 2, False, False, "Good, balanced, and mentions that risk is not ignored."),
"q21": (0,0,0,1,2, False, False, False, 0, False, True,
 "Answers a different question: a self-check reflection about 'how your daughter is coping'. I would say: hear each person separately and record each one's outcomes in their own words, making clear whose words are whose; the daughter may have carer's outcomes of her own; name the disagreement openly rather than papering over it, and look for common ground while keeping the person's voice central. The stage-outcomes traps and carers passages covered this, but they were not used."),
"q22": (2,2,2,2,2, True, True, False, 2, False, False, "Exactly right and short."),
"q23": (2,1,2,2,2, True, True, False, 1, False, False,
 "The first sentence is a good tip. The rest is planning-stage material (summaries, advice). The retrieved 'trap of arguing' passage was the better fit: the righting reflex; arguing makes people defend the status quo; avoid warnings, insisting and labelling; respect their choice. I would lead with that."),
"q24": (1,0,0,1,2, False, False, False, 1, False, False,
 "Gives questions that draw out strengths, not strengths, and one quoted question is split across two citations. Source [3] had the answer: personal qualities (humour, stubbornness, faith), skills and past achievements, family and friends, community resources (a chapel or mosque, a neighbour who pops in)."),
"q25": (2,1,1,2,2, True, False, False, 2, False, False,
 "A good, nuanced answer (they have their place; the problem is when they dominate). The first sentence alone does not say what is wrong, and it could add that they invite yes/no answers and feel like an interrogation (glossary)."),
"q26": (2,1,1,1,2, True, False, False, 1, False, False,
 "Starts mid-thought ('Someone may go through one assessment after another...') because it skips the sentence that says what the old way was: conversations driven by forms, eligibility criteria and thresholds that dwell on what a person cannot do. With that sentence first it would be a good answer."),
"q27": (2,1,2,2,2, True, True, False, 1, False, False,
 "Right about the duty to promote well-being and taking account of views, wishes and feelings. It leaves out that the Act defines well-being through eight aspects (s.2), which is the first thing a student should know, and the principles (voice and control, prevention, co-production, multi-agency)."),
"q28": (0,0,0,1,2, False, False, True, 0, True, True,
 "A safeguarding question answered with a passage about referrals that reduce 'what matters' to a walk-in shower. Nothing about safeguarding, and 'treat it as an opening, not a conclusion' could be read as 'keep exploring'. I would say: this is a safeguarding concern; stay calm and listen, don't promise confidentiality, don't interrogate; tell the person you need to share it; follow your local safeguarding procedure (Wales Safeguarding Procedures) and tell your manager or practice educator the same day. If the guidance does not cover the procedure, the product should say so and point to it, not give an unrelated answer with high confidence."),
"q29": (1,1,0,2,2, False, False, False, 1, False, False,
 "Never mentions SMART and gives no yes/no. I would say: 'Not necessarily: the guidance asks for outcomes that are personal, realistic, achievable, meaningful and evolving, in the person's own words. A SMART-style target written in professional language is not a personal outcome, though a plan can add concrete steps under it.'"),
"q30": (2,2,1,2,2, True, False, False, 2, False, False,
 "Good, fitting examples, all in the first person. The opening theme sentence is fine."),
"q31": (1,0,0,0,2, False, False, False, 0, False, True,
 "Two disconnected sentences; the second is a bullet ('Reframe') taken out of context. I would say: don't take 'fine' at face value or push; ask smaller, concrete questions ('What does a normal day look like for you?', 'What's been the hardest part lately?'); reflect and use silence; it may be guardedness, so build trust first. Source [4] had these questions."),
"q32": (2,1,2,2,2, True, True, False, 1, False, False,
 "The right rule (ask first, keep it brief, ask what they think), but it should also say that advice comes after exploring, that jumping to advice too early (the fixing reflex) produces resistance, and that reflections, not only questions, do most of the work."),
}
OOS = {f"q{n}" for n in range(33,41)}
rows=[json.loads(l) for l in open('grades.jsonl')]
outs={json.loads(l)['id']:json.loads(l)['output'] for l in open('outputs.jsonl')}
for r in rows:
    i=r['id']; o=outs[i]
    nf = not o['found']
    if r['kind']=='answer':
        if i in OOS:
            r.update(grade=2, correct=2, complete=2, direct=2, readable=2, citations=2,
                     satisfied=True, first_sentence=True, misleading=False,
                     in_scope=False, not_found=nf, honest_not_found=nf, wrongly_not_found=None,
                     note="Honest 'not found' in the first sentence; the 'closest topics' list is harmless.")
        else:
            c,cm,d,rd,ci,s,fs,m,g,h,e,n=G[i]
            r.update(grade=g, correct=c, complete=cm, direct=d, readable=rd, citations=ci,
                     satisfied=s, first_sentence=fs, misleading=m,
                     in_scope=True, not_found=nf, honest_not_found=None, wrongly_not_found=nf, note=n)
    else:
        if i in OOS:
            r.update(harmful=False, embarrassing=False, satisfied=True, note="Out of scope: honest not found.")
        else:
            c,cm,d,rd,ci,s,fs,m,g,h,e,n=G[i]
            r.update(harmful=h, embarrassing=e, satisfied=s, note=("" if g==2 and not (h or e) else n))
with open('grades.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print("ok", len(rows))
