"""Fill grades.jsonl from the reviewer's table below (prepare panel, reviewer 14)."""
import json
# question row index -> (grade 0-2, would_ask, wrong_person, note)
Q = {
1:(1,1,0,"therapy-ish for a woman who 'doesnt want strangers'; usable"),2:(2,1,0,""),3:(2,1,0,""),4:(2,1,0,""),5:(2,1,0,""),6:(2,1,0,""),
9:(2,1,0,""),10:(1,1,0,"vague"),11:(1,1,0,"only once she is alone"),12:(2,1,0,""),13:(2,1,0,""),14:(2,1,0,"safe contact matters in DA"),
17:(2,1,0,""),18:(2,1,0,""),19:(1,1,0,"he has already said garden centre: ask about that job"),20:(2,1,0,""),21:(1,1,0,"'them' -> say Rhodri"),22:(1,1,0,"'them' -> say Rhodri"),
25:(2,1,0,""),26:(2,1,0,""),27:(2,1,0,""),28:(1,1,0,"odd for a carer at the end of his tether"),29:(2,1,0,""),30:(1,1,0,"assumes he still has friends he sees"),
33:(2,1,0,""),34:(2,1,0,""),35:(2,1,0,""),36:(1,1,0,"abstract for an 11-year-old"),37:(2,1,0,""),
40:(2,1,0,""),41:(1,1,0,"he has just moved in: 'about your flat'"),42:(0,0,0,"exactly the 'social worker talk' he hates"),
43:(0,0,0,"wrong: this is his first flat, he has not lived alone before"),44:(1,1,0,"he already has the place"),45:(2,1,0,""),
48:(1,1,0,"self-referral, first contact"),49:(0,0,0,"EMBARRASSING: the worker's own note echoed as a question, 'whats' typo and all (source worker-aim)"),
50:(2,1,0,""),51:(1,1,0,"chapel is the point; 'lifts your mood' off"),52:(1,1,0,"they have lots of friends; not what they asked about"),53:(2,1,0,""),
56:(2,1,0,""),57:(2,1,0,""),58:(2,1,0,""),59:(2,1,0,""),60:(2,1,0,""),61:(2,1,0,""),62:(2,1,0,""),
65:(1,1,0,""),66:(2,1,0,""),67:(1,1,0,"vague"),68:(2,1,0,""),69:(2,1,0,""),70:(2,1,0,"good given 'don't tell my parents'"),
73:(1,1,0,"abstract through a family interpreter"),74:(2,1,0,""),75:(2,1,0,""),76:(1,1,0,""),77:(1,1,0,"abstract"),78:(2,1,0,""),
81:(1,1,0,"he didn't ask for us and may have had no contact"),82:(2,1,0,""),83:(1,1,0,"vague"),84:(1,1,0,""),85:(1,1,0,"generic"),86:(2,1,0,""),
89:(2,1,0,""),90:(1,1,0,"too direct this early with a guarded 15-year-old"),91:(2,1,0,""),92:(1,1,0,""),93:(2,1,0,""),
96:(2,1,0,""),97:(2,1,0,"(source id says dementia; text fits MS)"),98:(1,1,0,"she gets little help yet"),99:(2,1,0,"fits ex-teacher"),100:(1,1,0,"generic"),
101:(2,1,0,"fits 'not ready to give up'"),102:(1,1,0,"'them' -> Barbara"),103:(1,1,0,"'them' -> Barbara"),
106:(2,1,0,""),107:(2,1,0,""),108:(1,1,0,"'your child', repeats the previous one"),109:(2,1,0,""),110:(2,1,0,""),111:(2,1,0,""),
114:(1,1,1,"easy-read opener meant for Aled, put to his 88-year-old dad"),115:(1,1,1,"easy-read question for Aled put to dad"),
116:(1,1,0,"fine for dad as carer"),117:(1,1,1,"easy-read question for Aled put to dad"),118:(1,1,1,"easy-read question for Aled put to dad"),
119:(1,1,0,"crisis framing"),120:(0,0,1,"put to the sister, who is not at the visit"),121:(0,0,1,"put to the sister, who is not at the visit"),
}
# sheet: fit, opening, questions, traps, oars, safety, print, identifying leak, note
S = {
"p01":(2,2,2,2,2,2,1,"town names only (Tregaron, Cardiff)","good: falls/long lie, meals, her choice; phone redacted"),
"p02":(2,2,2,2,2,1,1,"none of the listed identifiers","misses the bail breach (his car outside most nights); 'health check / joint visit with GP or DN' does not fit a police joint visit; assumes a safety plan exists; prints the DA referral text on a sheet carried into the house"),
"p03":(2,2,2,2,2,2,1,"none","best sheet: easy read, mam answering for him, review of the person not the 12 hours"),
"p04":(2,1,2,2,2,2,1,"first name 'nerys' left unredacted","asks directly about thoughts of self-harm and risk to Nerys; NI redacted; 'Australia' over-redacted to [NAME]"),
"p05":(1,1,2,2,2,1,1,"child's first name 'tyler'/'Tyler' printed twice with age 11 and the allegation","nothing on the strategy discussion / s47 decision or on not alerting dad before Tyler is seen; no preparation for the home visit with dad and Jade; football/minecraft unused"),
"p06":(1,1,1,1,2,2,1,"none (dob redacted; town Wrexham)","exploitation card good; two questions assume he has lived alone / does not yet have the flat; 'social worker talk' not heeded; plumbing course ignored"),
"p07":(1,1,1,1,2,2,0,"none","couple treated as one 'person'; garden/chapel/transport never asked; worker's note echoed as a question; correctly no safety cards"),
"p08":(1,2,2,1,2,1,1,"first name 'dilys' left unredacted","fire/hoarding handled well; LPA for finance only (nephew cannot decide where she lives) not mentioned; neglect card asks about 'meals and keeping warm at the moment' of a woman on a ward; the cat is not mentioned"),
"p09":(2,2,2,1,2,2,1,"first name 'sam' left unredacted (email redacted)","direct suicide question, safety plan, helplines; assumes a CPN exists; limits of confidentiality vs 'don't tell my parents' not spelled out"),
"p10":(1,2,1,2,2,2,1,"none","tells the worker to book an interpreter when they said none was available (no telephone-interpreting fallback); no question about what she now does for herself; Priya's own view/needs not prepared"),
"p11":(1,1,1,1,2,0,0,"none (NHS no. redacted)","two kitchen fires and bottles in the garden missed: no fire card, no substance-use card; bereavement not mentioned; no doorstep plan for a man who didn't ask for us"),
"p12":(1,2,1,2,2,2,1,"none","CSE card good; foster carers not listed and 'carers want to talk to me first' not handled; labelled first visit (third meeting); art/dog/nan unused"),
"p13":(1,1,2,2,2,1,1,"first names 'keith', 'barbara' left unredacted","'she's quite low' gets no mood check; invents 'school staff (professional)' from 'used to be a teacher'; trap 'starting with the service' answers the worker's 'forms' worry"),
"p14":(1,1,2,2,2,1,1,"first names 'Alfie' (8-week baby), 'chloe's', 'Chloe' printed; address and postcode redacted","DA and baby-seen checks good; no postnatal mood check despite exhaustion; damp/mould for an 8-week baby not raised; template 'the children' / 'the partner' for an ex on the phone"),
"p15":(0,1,0,1,1,0,0,"first name 'aled' printed three times","WRONG PERSON: sheet is 'For: dad (88)'; Aled is not in the people list; his easy-read questions go to dad; questions for the absent sister; autism (eye contact, routine, trains) ignored; no card for 'dad shouts at aled' or for a frail, forgetful carer; 'first visit' (it is the 2nd)"),
}
CASE = {  # harmful, embarrassing
"p02":(True,False,"potentially harmful: the printable sheet reproduces the DA referral verbatim ('neighbours say his car is outside most nights', \"she said to the PC 'it was nothing, i fell'\") for a visit where the alleged abuser may be present"),
"p07":(False,True,"'Tell me what matters and whats out there locally.' printed as a suggested question"),
"p11":(False,True,"safety section lists neglect but not two kitchen fires"),
"p15":(False,True,"whole sheet is for the wrong person; the person with a learning disability has no questions"),
}
rows = [json.loads(l) for l in open("grades.jsonl", encoding="utf-8")]
for n, r in enumerate(rows):
    if r["kind"] == "question":
        g, ask, wrong, note = Q[n]
        r.update(grade=g, would_ask=bool(ask), wrong_person=bool(wrong), note=note)
    elif r["kind"] == "sheet":
        f, o, q, t, oa, s, p, ident, note = S[r["id"]]
        r.update(grade=round((f + o + q + t + oa + s) / 6), fit=f, opening=o, questions=q, traps=t, oars=oa, safety=s,
                 would_print=bool(p), identifying=ident, note=note)
    elif r["kind"] == "case":
        h, e, note = CASE.get(r["id"], (False, False, ""))
        r.update(harmful=h, embarrassing=e, satisfied=bool(S[r["id"]][6]), note=note or S[r["id"]][8])
assert all(n in Q for n, r in enumerate(rows) if r["kind"] == "question") and len(Q) == sum(r["kind"] == "question" for r in rows)
with open("grades.jsonl", "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
# panel figures
sheets = [r for r in rows if r["kind"] == "sheet"]; qs = [r for r in rows if r["kind"] == "question"]
print("| criterion | mean (0-2) |\n|---|---|")
for c in ("fit", "opening", "questions", "traps", "oars", "safety"):
    print(f"| {c} | {sum(r[c] for r in sheets)/len(sheets):.2f} |")
print(f"\nwould print and take: {sum(r['would_print'] for r in sheets)} of {len(sheets)}")
print(f"questions would ask: {sum(r['would_ask'] for r in qs)} of {len(qs)} = {sum(r['would_ask'] for r in qs)/len(qs):.1%}")
print(f"questions graded 2: {sum(r['grade']==2 for r in qs)} of {len(qs)} = {sum(r['grade']==2 for r in qs)/len(qs):.1%}")
print(f"wrong-person questions: {sum(r['wrong_person'] for r in qs)} of {len(qs)} = {sum(r['wrong_person'] for r in qs)/len(qs):.1%}")
risk = [r for r in sheets if r["id"] not in ("p03", "p07", "p10")]
print(f"safety mean on risk contexts ({len(risk)}): {sum(r['safety'] for r in risk)/len(risk):.2f}")
