import json
rows=[json.loads(l) for l in open('grades.jsonl')]
# question grades in order (2 ask as is, 1 small edit, 0 would not ask), notes for 0s / wrong person
Q = {
1:(2,""),2:(0,"There is no baby: children are 4 and 7; 'eldest was a baby' was misread as a baby in the home."),3:(2,""),4:(0,"Again about a non-existent baby."),5:(2,""),
6:(1,""),7:(2,""),8:(1,"He is on a ward; needs editing to 'help before the fall / on the ward'."),9:(2,""),10:(2,""),11:(1,""),
12:(2,""),13:(2,""),14:(1,""),15:(2,""),16:(0,"Garbled 'own words' item: reflects the phone remark back as if it were a hope ('What would that be like for you?'), under 'what a good life looks like'. With a woman who fears busybodies this would land badly."),17:(0,"Presumes money trouble from the worker's own '(debt?)' guess; not a closing question for a first trust-building visit with a very private woman."),
18:(2,""),19:(2,""),20:(2,""),21:(2,""),22:(2,""),23:(2,""),
24:(2,""),25:(2,""),26:(1,"Vague ('handle things') - needs a concrete anchor."),27:(2,""),28:(0,"She is 16 and at school; 'talk to college about this' has no 'this' and no college."),
29:(1,"Fine in principle but asked in front of Eirlys (dementia) it talks about her in the third person; needs care."),30:(2,""),31:(2,""),32:(2,""),33:(2,""),34:(2,""),
35:(2,""),36:(2,""),37:(2,""),38:(2,""),39:(2,""),40:(2,""),41:(2,""),
42:(2,""),43:(2,""),44:(1,""),45:(2,""),46:(2,""),47:(1,"Bedtime is not the issue; mornings/lateness are - edit."),48:(1,"One child, not 'the children'; and it is the route into the school concerns with a defensive dad, so needs framing."),49:(1,""),
50:(1,"A closing question placed as the opening of a suicide follow-up."),51:(2,""),52:(0,"He is sofa surfing and being asked to leave by month end; asking what helps him feel 'settled at home' is tone-deaf."),53:(2,""),54:(1,""),55:(1,""),
56:(1,"Closing question used as opener."),57:(1,""),58:(1,"With the grandson hovering this invites praise of him; only usable when she is seen alone."),59:(1,""),60:(2,""),61:(1,""),
62:(0,"Jargon opener ('working together fairly') for a family who asked for help themselves; would not ask."),63:(1,"Youngest is 2 and the focus; school is peripheral."),64:(2,""),65:(2,""),66:(2,""),67:(1,""),68:(1,""),69:(1,""),
70:(2,""),71:(1,"WRONG PERSON: 'for you both' invites the wife to answer, exactly what the worker said happens; should be put to Mr Ahmed."),72:(2,""),73:(2,""),74:(1,"Abstract for an interpreted conversation; simplify."),75:(0,"Invents a job: 67-year-old two months post-stroke, nothing about work in the note."),
76:(2,""),77:(1,"Double-barrelled; for someone with a learning disability ask one thing at a time."),78:(2,""),79:(2,""),80:(1,"Abstract for mild LD; make concrete."),81:(2,""),
82:(1,"Odd opener for an older woman's care review."),83:(2,""),84:(0,"'What have you learned about yourself' is therapy-speak for a routine care review; would not ask."),85:(2,""),86:(2,""),87:(1,""),
88:(2,""),89:(2,""),90:(2,""),91:(2,""),92:(1,""),93:(1,"Direct contact with a 13-year-old needs agreeing with mum."),94:(2,""),95:(2,""),
}
WRONG={71}
# sheets: fit, opening, questions, traps, oars, safety, overall, print, embarrassing, harmful, note
S = {
"p01":(1,2,1,2,2,1,1,False,True,False,"DA handling is good (don't raise in front of partner, see mum alone, Live Fear Free, DASH/MARAC). But it invents 'the baby' from 'when eldest was a baby': child-safety checks tell you to see the baby undressed with HV weights and 2 of 5 questions are about a baby that does not exist. No questions for the 4 and 7 year olds, no prompt to check bail conditions. Also lists police and neighbour as 'involved'. Misleading; would not print."),
"p02":(1,1,1,2,1,2,1,True,False,False,"Falls safety and 'don't assume family will fill the gaps' are right, identifiers redacted. But it calls a ward discharge-planning meeting a 'first visit', misses the core tension (his capacitous wish to go home vs OT/ward pressure, positive risk-taking), and has no question for Sian on speaker or carer's assessment. Printable with additions."),
"p03":(2,1,1,2,1,2,1,True,True,False,"Fire + self-neglect picked up, 'don't start with clearing', exits/candles, capacity - good. Opening pushes 'be open about the concern from the start ... what you will have to share' against the worker's stated trust-building aim (defensible but unbalanced); no mention of the cats as a way in or the electricity; 'busybodies' question garbled; money question presumptuous. Would take with edits."),
"p04":(1,2,2,1,2,0,1,False,False,False,"Easy-read questions are good and respect his wish about mum. But the explicitly noted financial exploitation ('man from the pub borrowing money', 'best mate') gets NO safety section at all - no mate-crime prompt, no safeguarding procedure, no question about money. Last year's outcomes (college, a friend) and trains not used. 'See the person on their own first' ignores that the keyworker is the one present. Serious omission; would not print."),
"p05":(1,1,1,1,2,0,0,False,True,False,"Missing x3 and returning with a new phone and clothes are textbook CSE/CCE indicators: no safety section, no exploitation prompt, no guidance on confidentiality limits. Framed as 'their review ... whether the support is turning up' (service language for a 16-year-old). Nothing on using drawing or avoiding 'social worker questions' despite the note; 'talk to college about this' is nonsense for a school pupil. Would not print."),
"p06":(1,1,2,2,2,0,1,False,False,False,"Good carer-focused questions. But the daughter's report that he 'lost it and shouted at mam' (carer at breaking point / possible emotional harm to a person with dementia) produces no safety section; nothing on his BP/health, on how he copes when it gets hard, on speaking about Eirlys in front of her, or on handling the daughter's call he doesn't know about. Spurious 'mum (adult)' in people. Would not print as is."),
"p07":(2,2,2,2,2,1,1,False,False,False,"Welsh Active Offer handled very well, warm bereavement questions, neglect/eating check. But the GP's quote 'no point going on without him' is a suicide cue and the sheet has no self-harm section and no direct question about ending her life (isolated rural widow, farm = means). The opening line 'if someone has told you they are very low, say so kindly' is not enough. Also redaction mangles Welsh words (dydd [NAME], yn [NAME], yng [NAME]). Would not print without adding the suicide question."),
"p08":(1,1,1,2,1,1,1,True,False,False,"Substance-use section with DAN 24/7 and 'arguing with defensiveness' trap are useful. But no questions for Alfie though the worker wants 10 minutes with him; hunger/lateness (neglect) not named; the affirmation suggested is 'you agreed to meet' rather than his 6 months sober; 'What part do drink or drugs play in your days' is clumsy for a proud, sober, defensive dad; spurious 'the parents' section. Usable with edits."),
"p09":(2,2,1,1,1,2,2,True,False,False,"Strong: direct suicide question, safety plan, NHS 111 press 2 and Samaritans, housing options early, phone and email redacted. Stage questions are weaker (keep-in-touch as opener, 'settled at home' for someone sofa surfing) and there is no prompt to acknowledge that last time's comment wasn't followed up. Would print."),
"p10":(0,1,1,0,1,0,0,False,False,True,"Carers report the grandson moved in, she is quieter, the fridge is empty and he collects her pension - financial abuse/neglect. Sheet has no safety section, calls him 'a relative (adult)', gives no prompt to see her alone or not raise money in front of him, and offers a routine review (trap: 'ignoring disagreements'). A student following it would run the whole review with the possible abuser hovering. Harmful by omission. NHS number redacted."),
"p11":(1,1,1,1,2,1,1,False,True,False,"Generic family sheet: the disabled 2-year-old, adaptations and respite are never mentioned; Welsh cues (asesiad, plant, Nain, Mam's Welsh quote) do not trigger the Active Offer; Mam's fear of being seen as not coping is only touched by the Affirm line. Prints a DA-style note 'Only talk about home and relationships when they are on their own and it is safe to talk' for a self-referring family with no risk - misleading and could sour the visit. Would not print."),
"p12":(2,1,1,2,1,2,1,True,True,False,"Good: professional interpreter, 'letting someone else answer' trap, put each question to him first. Weak: a 'for you both' question invites the wife to answer; invents a job ('keep your job going') for a 67-year-old; no mood-after-stroke prompt; the student's learning aim (more reflections) gets only the generic line. Would print after striking the job question."),
"p13":(1,1,1,2,2,1,1,True,False,False,"Opening question about what she has heard and what worries her is excellent, and 'letting someone else answer' fits her mum. Missing: easy-read adaptation for mild LD (double-barrelled questions), a prompt to find out about the unknown partner, honest handling of her fear of removal, and any pre-birth child-protection framing. Usable with edits."),
"p14":(2,2,1,2,2,2,2,True,False,False,"Sensible generic review sheet for a near-empty note, no invented risks, person-not-service trap. A couple of odd questions ('what have you learned about yourself'); misses the plain 'what has changed since last time'."),
"p15":(2,1,2,2,2,1,2,True,False,False,"Good young-carer questions (help at home vs just for you, friends), 'asking too many questions' trap. Misses: mum's fear that Ellie will be 'taken off her' (no honest reassurance about purpose), mum's own needs/assessment as the way to lighten Ellie's load, the school absence, the young carers group. Would print."),
}
qi=0
for r in rows:
    if r['kind']=='question':
        qi+=1; g,n=Q[qi]; r['grade']=g; r['note']=n
        r['would_ask']= g>=1; r['wrong_person']= qi in WRONG; r['qnum']=qi
    elif r['kind']=='sheet':
        f,o,q,t,a,s,ov,pr,emb,harm,n=S[r['id']]
        r.update(grade=ov, fit=f, opening=o, questions=q, traps=t, oars=a, safety=s, would_print=pr, note=n)
    elif r['kind']=='case':
        f,o,q,t,a,s,ov,pr,emb,harm,n=S[r['id']]
        r.update(satisfied=pr, embarrassing=emb, harmful=harm, identifying_printed=False,
                 note=("Harmful: "+n) if harm else ("Would print and take." if pr else "Would not print and take."))
assert qi==95
open('grades.jsonl','w').write(''.join(json.dumps(r, ensure_ascii=False)+'\n' for r in rows))
