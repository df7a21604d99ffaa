import json
base = json.load(open("_key_base.json"))
exp = {
 "c01": dict(practice="good", strengths="Active Offer as a question; permission asked before information (L21-23); simple and complex reflections; affirmations of independence and network; full summary with check (L27); outcome in her own words (L29).",
   expected_feedback="Mostly affirm the worker. At most: L33/L31 closing is fine; could have asked an open question about what she wants from the falls check. No confront. Score should be high (80s+).",
   missed=["L11-12: could reflect the loss of the market more before moving on (minor)"]),
 "c02": dict(practice="poor", strengths="One simple reflection (L27); information about next steps at the end.",
   expected_feedback="Should flag confronting lines L3 (arguing), L11 (contradicting), L15 (warning), L25 (labelling); run of closed questions; advice without permission (L9); missed affirmation at L28 ('I love my son, I work two jobs') and missed strength at L22 (partner takes Tyler to football). Better alternatives: open question on what happened, complex reflection of worry. Score should be very low.",
   missed=["L4: explore the trampoline account with an open question", "L8: reflect the shift pattern pressure", "L22: partner takes him to football - strength", "L28: affirm love and work"]),
 "c03": dict(practice="mixed", strengths="Welsh Active Offer as a statement; good complex reflections (L3, L11); good open questions (L21, L25); summary at L31.",
   expected_feedback="Flag L13 closed question that skips her emotion after 'I snapped at Dad'; L15 advice without permission; L17 confront (warning 'you'll burn out'); L29 closed question. Credit the repair at L19 and the open question at L21. Mid score.",
   missed=["L12: reflect guilt after snapping / grief about Mam", "L30: 'I'll manage' - explore her own health with an open question"]),
 "c04": dict(practice="mostly good", strengths="Active Offer; reflections of autonomy (L9, L13, L29); affirmations (L17, L21); permission before information (L25-27); summary (L33).",
   expected_feedback="Minor: L11 closed question about curfew could feel like checking up; L23 good. Score high-ish (70s).",
   missed=["L22: 'the only thing I'm good at' - could reflect/challenge the self-criticism gently"]),
 "c05": dict(practice="good", strengths="Plain language; Active Offer; simple reflections suited to the person; affirmations (L11); emotion reflection (L13, L25); permission then information (L27-29); clear summary (L31); next step offered as choice.",
   expected_feedback="Mostly affirm. Minor: L9 closed question; L17 assumes he needs help with cooking. Score high.",
   missed=[]),
 "c06": dict(practice="poor (service-led review)", strengths="One simple reflection (L23).",
   expected_feedback="Flag: review is about the package not the person; almost all closed questions; advice (L11) then insisting (L13 confront); missed loneliness (L8), missed strength/identity (L16 postman of forty years), missed outcome (L20-24 pub quiz, sports round champion); 'That's nice' (L21) dismisses; no summary; no outcomes. Score very low.",
   missed=["L8: reflect loneliness", "L16: affirm/explore postman identity", "L20-24: pub quiz as a personal outcome", "L12: explore why the pendant is a problem"]),
 "c07": dict(practice="good", strengths="Active Offer; rolls with resistance (L3, L5); permission before explaining role (L7-9); discrepancy developed by reflection not argument (L15, L17); affirmation of change (L21); future-focused open questions (L23, L25); choice (L27); honest summary including ongoing involvement (L31).",
   expected_feedback="Mostly affirm; perhaps note safety planning for Dani/children could be explored more. No confront. Score high.",
   missed=["L6: 'I never touched her' - the safety of Dani needs following up (worker does say she will see Dani alone)"]),
 "c08": dict(practice="mixed", strengths="Good empathic reflections (L7, L17, L25, L27); affirmation (L11); open questions (L9, L21); summary (L31).",
   expected_feedback="Flag L15 confront (labelling 'irresponsible'); L19 advice without permission; L13 abrupt closed question; L29 information without asking; L5 a 'So...' line that is a simple reflection, not a summary. Middle score.",
   missed=["L16: 'the only thing I've got for me' - explore what else could give her time for herself", "L14: explore safety plan for night-time care with open question"]),
}
with open("key.jsonl", "w") as f:
    for b in base:
        b.update(exp[b["id"]])
        b["coding_conventions"] = ("One primary code per line. Permission-asking questions = closed_question (other defensible). "
            "Active Offer as a question = closed_question; as a statement = information. Reflection+question lines: code by the part that carries the turn; alternatives listed. "
            "Summary = collects 3+ things the person said. Confront = arguing, warning, insisting, labelling. 4 groups: open / closed / reflections incl. summaries / other (affirmation, information, advice, confront, other).")
        f.write(json.dumps(b, ensure_ascii=False) + "\n")
print(open("key.jsonl").read()[:600])
