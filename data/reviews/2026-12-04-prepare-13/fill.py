import json
# question grades: row index -> (grade 0-2, wrong_person, note). ask = grade >= 1
Q = {
1:(2,0,""),2:(2,0,""),3:(2,0,"fine if Dean absent"),4:(2,0,""),5:(2,0,""),6:(2,0,""),
9:(1,0,"heavy as a first question for an exhausted carer"),10:(2,0,""),11:(2,0,""),12:(1,0,"a bit quirky for someone at breaking point"),
13:(1,0,"'You've talked about strangers' - she has not said it in this visit; it is the referral's quote"),14:(2,0,""),
17:(1,0,"he is already home (follow-up)"),18:(2,0,""),19:(1,0,"'your first day and night at home' - discharge already happened; re-time"),20:(2,0,"right person: son"),21:(2,0,"right person: son"),
24:(2,1,"easy-read question meant for Rhys, put to mum"),25:(2,1,"meant for Rhys, put to mum"),26:(1,0,"ok for mum"),27:(2,1,"'Who helps you?' easy-read, meant for Rhys, put to mum"),28:(2,1,"meant for Rhys, put to mum"),29:(2,1,"consent to share is Rhys's (24, adult), not mum's"),
32:(2,0,""),33:(0,0,"EMBARRASSING: worker's own note lifted as a question: 'Tell me what matters to you not just tick the package.'"),34:(1,0,"it's the choir she misses, not 'the chapel'"),35:(2,0,""),36:(2,0,""),37:(1,0,"'the plan' - jargon-ish"),
40:(2,0,""),41:(1,0,"pitched at a young child (sheet thinks she is 6)"),42:(2,0,""),43:(1,0,"young-child pitch"),44:(1,0,"to a mum afraid of being judged a bad mum, lead with strengths"),45:(2,0,""),
48:(1,0,""),49:(2,0,""),50:(0,0,"he lives in his mum's spare room: 'staying in your own home' is the wrong premise"),51:(2,0,""),52:(2,0,""),53:(1,0,"jargon: 'safety plan built on your own strengths'"),
56:(2,0,"good for a care-experienced mum"),57:(2,0,""),58:(2,0,""),59:(2,0,""),60:(2,0,""),61:(0,0,"'Which parts of today would you like your children to know about?' - one baby of 8 months; nonsense here"),
64:(1,0,"odd first line on a doorstep; ok for a wary man"),65:(2,0,""),66:(2,0,""),
69:(2,0,""),70:(2,0,""),71:(1,0,"generic"),72:(2,0,""),73:(2,0,""),74:(2,0,""),
77:(2,0,"should be offered to Eirlys too"),78:(0,1,"EMBARRASSING: 'caring for your daughter' - Idris cares for his wife"),79:(2,0,"ok for Idris as carer"),80:(2,0,""),81:(1,0,"presumes groups/services; they 'dont want fuss'"),82:(0,1,"'what you do for your daughter' - wrong cared-for person"),83:(2,0,""),
86:(2,0,""),87:(0,0,"lives with parents; the worry is the future, not 'staying in your own home'"),88:(1,0,"abstract for an anxious autistic man; offer in writing"),89:(0,0,"presumes lost interests; he games and knows buses"),90:(1,0,"abstract"),
93:(2,1,"sheet addresses 'the person (adult, 22)' = the grandson, the alleged abuser"),94:(1,1,"generic; as printed, to the 22-year-old"),95:(2,1,"as printed, to the 22-year-old"),96:(2,1,"as printed, to the 22-year-old"),97:(2,1,"as printed, to the 22-year-old"),98:(1,1,"as printed, to the 22-year-old"),
101:(1,0,"long for mild aphasia"),102:(2,0,"lifted from worker's aim but works here"),103:(1,0,"double question, long for aphasia; wife at work"),104:(1,0,"vague 'that difficult time'"),105:(2,0,""),
108:(0,0,"abstract ('working together fairly') for a shattered parent"),109:(1,0,"'When your direct payments were working' - they are working"),110:(2,0,""),111:(1,0,""),112:(0,0,"'What would a good PA be like for you?' - they have a PA they rate; implies replacing Carys"),113:(2,0,"good for a shattered mum"),114:(1,0,"generic, plural children"),115:(1,0,""),
}
# sheet: fit, opening, questions, traps, oars, safety, print, identifying, note
S = {
"p01":(2,2,1,2,2,2,1,1,"Strong DV/child card, tailored opening ('do not raise the abuse in front of the partner'). No questions for Tyler/Mia despite 'plan to hear the children'. IDENTIFYING: street address '14 heol y bryn' printed with names (postcode and mobile redacted)."),
"p02":(1,1,1,2,2,2,1,0,"Carer identified correctly, good carer-breakdown card. Misses the note's key point: see Gwen without Alun; daughter on speaker not planned; 'cant do this much longer' and crying not explored as mood."),
"p03":(1,2,1,1,1,2,1,0,"Falls + self-neglect cards good, 'let the person speak first' re son. Deafness (left side) ignored; only 3 questions for Mr Evans, discharge questions mistimed for a follow-up."),
"p04":(0,1,0,1,1,2,0,0,"WRONG PERSON: 'For: mum (parent)'. Rhys (24, LD) is absent from the sheet; his easy-read questions are printed 'For mum'. Nothing on own flat/day centre/trains. Exploitation card itself good."),
"p05":(2,2,1,2,2,2,1,0,"Good review framing and 'Reviewing the service' trap; no false safety card. EMBARRASSING: 'Tell me what matters to you not just tick the package.' lifted from the worker's note."),
"p06":(1,1,1,2,2,1,0,0,"Parse errors printed: 'the young carer (child, 6)' (Ffion is 13; Cai is 6) and 'the sibling (adult)' (Cai, 6). Questions pitched at a small child; nothing on what caring involves, meds, school, tiredness, art/dog. Mum's fear only in OARS reflect."),
"p07":(2,2,1,2,2,2,1,0,"Excellent suicide card: ask directly, safety plan, NHS 111 press 2, Samaritans, DAN 24/7. 'What matters to you about staying in your own home?' to a man in his mum's spare room. Privacy from mum not planned."),
"p08":(2,2,1,2,2,2,1,1,"Good child + alcohol cards ('see the baby awake'), right opener for a care-experienced mum. 'your children to know about' for one baby. IDENTIFYING: 'dob baby 14/03/2026' printed unredacted."),
"p09":(2,2,1,1,2,1,1,0,"Doorstep mode recognised well (short call, come back). Fire card ok but hoarding/self-neglect, smoking in bed and removed batteries not named; rapport via radios/engineering missed; no 'don't comment on the clutter' trap."),
"p10":(1,1,2,1,1,1,0,0,"HARMFUL: Jade (17) is treated as an adult: 'For: the person (adult)', housing card says 'any notice, its dates, and what the landlord or housing officer has said' and 'involve the council's housing options team' - a homeless 17-year-old is a child (children's services / joint protocol); 'older lads... in a car' not framed as child sexual exploitation. Mum's boyfriend printed as 'the partner'. Questions themselves good."),
"p11":(0,1,0,1,1,2,0,0,"WRONG PERSON: 'For: the husband (carer)'; nothing for Eirlys, the person referred; no dementia adaptation. EMBARRASSING: 'Walk me through how you came to be caring for your daughter.' Active Offer section good."),
"p12":(1,1,1,1,1,2,0,0,"Tom (30) labelled 'older person'. None of the note's adjustments: written questions, may stay in his room, parents talking over him; parents' future worry not planned; interests ignored ('Which interests would you like to pick up again?')."),
"p13":(0,0,1,1,1,1,0,0,"HARMFUL: 'For: the person (adult, 22)' - the sheet is addressed to the grandson, the alleged abuser; the opening says 'be open about the concern from the start' though Ryan answers the door and stays in the room (the card below says the opposite). Mr Lewis's Parkinson's/communication ignored. 'QQ123456C' printed (an invalid HMRC example prefix, so not counted)."),
"p14":(1,1,1,1,0,2,0,0,"Nothing on driving or work (the thing he wants), no 'short questions' adaptation despite 'finds long questions hard'. OARS is the resistant-person template: 'You've made time for this even though it wasn't your idea', 'You're wondering what this visit might lead to' - wrong for this man. Traps are safeguarding boilerplate."),
"p15":(1,2,1,2,2,1,0,0,"'For: mum (parent)': Osian is absent from his own review; no tablet/AAC plan. 'school staff' invented. 'What would a good PA be like for you?' when they rate Carys. Lowri 'shattered', holidays 'hell': no carer's assessment or holiday plan."),
}
CASE = { # harmful, embarrassing
"p04":(0,1),"p05":(0,1),"p06":(0,1),"p10":(1,1),"p11":(0,1),"p12":(0,1),"p13":(1,1),
}
rows=[json.loads(l) for l in open("grades.jsonl")]
for i,r in enumerate(rows):
    if r["kind"]=="question":
        g,w,n=Q[i]; r["grade"]=g; r["ask"]=g>=1; r["wrong_person"]=bool(w); r["note"]=n
    elif r["kind"]=="sheet":
        f,o,q,t,oa,s,p,idf,n=S[r["id"]]
        r.update(fit=f,opening=o,questions=q,traps=t,oars=oa,safety=s,print_and_take=bool(p),identifying=bool(idf),note=n)
        r["grade"]=round((f+o+q+t+oa+s)/6)
    else:
        h,e=CASE.get(r["id"],(0,0)); r["harmful"]=bool(h); r["embarrassing"]=bool(e)
        r["satisfied"]=S[r["id"]][6]==1; r["note"]="satisfied = would print and take it"
assert all(i in Q for i,r in enumerate(rows) if r["kind"]=="question")
with open("grades.jsonl","w") as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
sh=[r for r in rows if r["kind"]=="sheet"]; qs=[r for r in rows if r["kind"]=="question"]
print("print and take:",sum(r["print_and_take"] for r in sh),"of",len(sh))
for c in ("fit","opening","questions","traps","oars","safety"):
    print(c, round(sum(r[c] for r in sh)/len(sh),2))
print("ask:",sum(r["ask"] for r in qs),"/",len(qs), f"{sum(r['ask'] for r in qs)/len(qs):.1%}")
wp=sum(r["wrong_person"] for r in qs); print("wrong person:",wp,"/",len(qs),f"{wp/len(qs):.1%}")
wp2=sum(r["wrong_person"] for r in qs if r["id"]!="p13"); print("wrong person excl p13 header case:",wp2,f"{wp2/len(qs):.1%}")
print("identifying sheets:",[r["id"] for r in sh if r["identifying"]])
