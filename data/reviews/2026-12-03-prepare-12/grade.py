import json
rows=[json.loads(l) for l in open('grades.jsonl')]
# question grades: idx -> (grade, ask, wrong_person, note)
Q={
1:(2,1,0,""),2:(1,1,0,"4yo is home not at school; ask about the 7yo"),3:(2,1,0,""),4:(1,1,0,"only once mum is alone - partner may be there"),5:(2,1,0,""),
8:(1,1,0,"he is on the ward, not being visited at home"),9:(1,1,0,"garbled own-words slot: 'want to your own chair'"),10:(2,1,0,""),11:(2,1,0,""),12:(2,1,0,""),13:(2,1,0,""),
16:(1,1,0,""),17:(2,1,0,""),18:(2,1,0,""),19:(0,0,0,"to a carer who just said 'I can't do this anymore' this is forced positivity"),20:(0,0,0,"near-duplicate of the 'own life apart from caring' question"),21:(2,1,0,""),
24:(2,1,0,""),25:(2,1,0,""),26:(1,1,0,"housing officer is in the room; ask about the tenancy directly"),27:(2,1,0,""),28:(0,0,0,"garbled own-words slot; 'what would another lecture be like for you' sounds sarcastic to a man who said he doesn't want one"),29:(2,1,0,""),
32:(1,1,0,"fine but no adaptation to Makaton/talker"),33:(1,1,0,"too abstract for a young man with LD/autism: simplify"),34:(0,0,0,"he has no job - invented"),35:(1,1,0,"abstract; needs simplifying/visuals"),36:(0,0,0,"garbled: 'You've talked about with trains'"),37:(0,0,0,"he has no job - invented; 'while this is sorted' meaningless"),
40:(2,1,0,""),41:(2,1,0,""),42:(2,1,0,""),43:(2,1,0,""),44:(1,1,0,"overlaps with 'where you live'; keep one"),45:(2,1,0,""),
48:(1,1,1,"usable with Ellie, but the sheet puts it to mum, who is not at the visit"),49:(0,0,1,"to mum (absent); core-group framing"),50:(0,0,1,"to mum (absent)"),51:(0,0,1,"to mum (absent)"),52:(0,0,1,"to mum (absent)"),53:(0,0,1,"school run, to absent mum, visit is at school with a 15yo"),54:(0,0,1,"to 'professionals' - head of year leaves"),55:(0,0,1,"to 'professionals'"),
58:(1,1,0,"worker is already doing the visit in Welsh; confirm rather than ask cold"),59:(2,1,0,""),60:(2,1,0,""),61:(2,1,0,""),62:(2,1,0,""),63:(0,0,0,"glib at a first visit to a man widowed in August; grief never mentioned"),64:(2,1,0,""),
67:(2,1,0,""),68:(2,1,0,""),69:(1,1,0,"a bit young for 12; 'who do you talk to when things are hard'"),70:(2,1,0,""),71:(1,1,0,"to a mum who said 'I'm not a bad mother' - reword to her MS/relapse, later in the visit"),72:(2,1,0,""),
75:(0,0,0,"it is a CIN review; the worker knows him - 'someone you have only just met' is wrong"),76:(2,1,0,""),77:(2,1,0,""),78:(2,1,0,""),79:(2,1,0,""),80:(2,1,0,""),81:(1,1,0,"ok for the 5yo, not the 3yo - use play"),82:(2,1,0,""),
85:(1,1,1,"usable with the 17yo, but addressed to stepdad"),86:(2,1,1,"right question, addressed to stepdad"),87:(0,0,1,"parenting question to stepdad; no children in this case"),88:(0,0,1,"parenting question to stepdad"),89:(0,0,1,"parenting question to stepdad"),90:(2,1,1,"usable with the young person; addressed to stepdad"),
93:(2,1,0,""),94:(2,1,0,""),95:(2,1,0,""),96:(2,1,0,""),97:(0,0,0,"no family in the note; she lives alone and neighbour referred"),
100:(2,1,0,""),101:(0,0,1,"carer question put to the 88-year-old who is the person being reviewed"),102:(0,0,1,"carer question put to the person being reviewed"),103:(2,1,0,""),104:(0,0,1,"carer question to the person being reviewed"),105:(1,1,1,"'own life' works for her if the 'what you do for them' frame is dropped"),106:(2,1,0,""),
109:(2,1,0,""),110:(1,1,0,""),111:(1,1,0,"he lost his job in August: 'how has losing your job hit things?'"),112:(2,1,0,""),113:(0,0,0,"HARMFUL to rapport: inverts his words - he said he does NOT want to talk about feelings"),114:(1,1,0,""),
117:(1,1,0,"plain language needed (mild LD)"),118:(1,1,0,"double-barrelled; split for plain language"),119:(2,1,0,""),120:(2,1,0,""),121:(1,1,0,"good, but only with Chloe alone - her mum is in the room"),122:(2,1,0,""),
}
# sheet: id -> (fit,opening,questions,traps,oars,safety, print, harmful, embarrassing, identifying, note)
S={
"p01":(2,2,1,2,2,2,1,0,0,0,"Strong DA handling: don't raise in front of partner, see mum alone, safe contact. Minor: 4yo marked 'not at the visit' though at home; no prompt to check bail conditions."),
"p02":(1,0,2,1,2,2,1,0,0,0,"Opening says 'since they came home' and 'at home' - meeting is on the ward pre-discharge. Hearing tip good but not linked to the speakerphone. No trap about daughter's residential view vs his wish (only generic 'assuming family'). Identifiers all redacted."),
"p03":(1,1,1,1,1,0,0,1,0,0,"HARMFUL OMISSION: 'some nights I just want it all to stop' not picked up - no self_harm card, no prompt to ask about thoughts of ending her life; only not_coping. No plan to speak to her away from husband. Strengths question forces positivity; duplicate question."),
"p04":(2,2,1,2,1,1,1,0,0,0,"Joint visit and no-lecture stance handled; 'judging the home' trap good. Safety misses the concrete: candles with electricity cut off, smoking, blocked exits. Garbled 'another lecture' question. 'HFSC' over-redacted to [NAME]. Phone redacted."),
"p05":(1,1,0,2,1,2,0,0,1,0,"Makaton and talker ignored - nothing about communication aids, time, visuals, charging the talker. Two questions invent a job he does not have; one garbled. 'Letting someone else answer' trap and the answer-for-them note do serve the worker's aim."),
"p06":(2,2,1,2,2,2,1,0,0,0,"Good review framing (person not service), disagreement trap for son's view, meals prompt. Nothing on why she sends lunchtime carers away; chapel dropped."),
"p07":(0,0,0,1,0,1,0,0,1,0,"MISLEADING: treats a school visit to a 15yo as a core group 'for mum' (who is not there) and professionals (who leave). Zero questions for Ellie. Exploitation card right (see alone, phone/money, who she spends time with) but no missing-episode/return-home prompts, nothing on repairing the first meeting or confidentiality limits."),
"p08":(1,2,1,2,1,1,0,0,0,0,"Active Offer well handled. But his wife's death (August) is never mentioned - no bereavement question, no low-mood/suicide prompt for a bereaved 71yo man drinking and losing weight. 'Awst' redacted as [NAME]. Son not recognised. 'drink or drugs' wording wrong for him."),
"p09":(1,1,1,1,2,1,1,0,0,0,"Good: time with Jac alone, child-friendly questions, leading-a-child trap. But 6yo sister listed as 'adult'; young-carer referral framed as child-safety safeguarding with '999' - will feed mum's 'not a bad mother' defensiveness; mum's own MS needs not asked."),
"p10":(1,1,2,2,1,1,1,0,0,0,"Good recovery questions and methadone/naloxone checks. But the actual new concern (alcohol at nursery pickup) has no prompt on how to raise it honestly and not in front of the kids. Worker's aim (more reflections) gets only the generic line. Opening question treats dad as a stranger."),
"p11":(0,1,0,1,1,1,0,0,1,0,"MISLEADING: sheet is 'For: stepdad (parent), at home' - the man who threw him out, not at the meeting; the 17yo is not recognised as the person; housing officer missing. Parenting questions. No exploitation/safety-of-sofa-surfing prompt beyond one check; 16/17 status as a child not noted. Email redacted."),
"p12":(1,2,1,2,2,0,0,1,0,0,"HARMFUL OMISSION: 'I won't be here by Christmas anyway' not explored - no self_harm card or health/mood question. Cats (central to what matters and to risk) not mentioned. Otherwise gentle and usable; capacity prompt sensible."),
"p13":(0,1,0,1,1,0,0,1,1,0,"HARMFUL: financial abuse cue (grandson 'looks after her card', no money) missed entirely - no exploitation card, no plan to see her alone though note says it's hard. The 88yo is cast as 'a relative (carer)' and asked carer questions; 'first visit' for an annual review. Active Offer present."),
"p14":(1,2,1,2,1,0,0,1,1,0,"HARMFUL: 'whats the point of any of it' missed - no self_harm card, no prompt to ask about suicide. Own-words question inverts him: 'You've said you want to talk about feelings'. Housing card good; money/benefits not asked though it's what he wants. NI number redacted."),
"p15":(1,0,1,1,1,2,1,0,0,0,"DA and pre-birth honesty prompts right. Opening 'you have come about the children and need to see them today' - unborn baby. Plain language / check understanding (the worker's explicit need) absent; no 'someone answers for them' note though her mum does the talking. People list duplicates dad/partner."),
}
for i,r in enumerate(rows):
    if r['kind']=='question':
        g,a,w,n=Q[i]; r['grade']=g; r['ask']=bool(a); r['wrong_person']=bool(w); r['note']=n
    elif r['kind']=='sheet':
        f,o,q,t,oa,s,p,h,e,idn,n=S[r['id']]
        r['criteria']=dict(fit=f,opening=o,questions=q,traps=t,oars=oa,safety=s)
        r['grade']=round((f+o+q+t+oa+s)/6)
        r['print']=bool(p); r['identifying']=bool(idn); r['note']=n
    elif r['kind']=='case':
        f,o,q,t,oa,s,p,h,e,idn,n=S[r['id']]
        r['harmful']=bool(h); r['embarrassing']=bool(e); r['satisfied']=bool(p); r['note']=n
missing=[i for i,r in enumerate(rows) if r['kind']=='question' and i not in Q]
assert not missing, missing
with open('grades.jsonl','w') as fo:
    for r in rows: fo.write(json.dumps(r,ensure_ascii=False)+"\n")
