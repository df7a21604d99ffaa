import json
key={json.loads(l)['id']:json.loads(l) for l in open('key.jsonl')}
out={json.loads(l)['id']:json.loads(l)['output'] for l in open('outputs.jsonl')}
# id: (grade, correct, complete, direct, readable, citations, satisfied, first_sentence, misleading, harmful, embarrassing, note)
G={
"q01":(2,2,1,2,2,2,True,True,False,False,False,"Good definition in the first sentence; would add that it is not a service and can be about keeping something, not only achieving."),
"q02":(1,2,1,1,1,2,True,False,False,False,False,"Defines services only; never says what an outcome is (what the person wants to achieve, in their words). 'the group' and 'the shower' have no antecedent because the example names were dropped. I would say: 'An outcome is the difference the person wants in their life, in their words; a service is an input that may help get there, e.g. the parenting group vs a calmer home.'"),
"q03":(1,2,1,2,1,2,True,True,False,False,False,"Right answer (No, a day centre place is a service) but stops at the definition; the retrieved worked example for a day centre ('I want to have people to talk to and a reason to get dressed properly') and 'ask what it is for' were not used. Last sentence is filler; 'No: ... takes part in: ...' reads awkwardly."),
"q04":(2,2,2,2,2,2,True,True,False,False,False,""),
"q05":(1,2,0,1,2,2,False,False,False,False,False,"One sentence that ignores the hard part of the question ('when they cant really say what they want'). Retrieved passages had the answer: outcomes surface through open questions ('what would a good week look like?'), reflecting back, checking with the person over two or three conversations; for people who communicate without words, record what you observed and who helped interpret, and do not present your interpretation as their quote."),
"q06":(0,1,0,0,1,2,False,False,False,False,True,"Asked for an older person living alone; got a young person and his brother, and a carer who wants to swim. Opens with no framing. Retrieved passages held fitting examples ('I want to keep walking Bryn down to the harbour every morning', 'I want to stay in my own house and still feel like the one who runs it', 'I want to get back to my own home, get my confidence back')."),
"q07":(2,2,2,2,2,2,True,True,False,False,False,""),
"q08":(2,2,1,2,2,2,True,True,False,False,False,"Good; could add that it builds on strengths, uses OARS and leads to agreeing outcomes."),
"q09":(2,2,2,2,2,2,True,True,False,False,False,""),
"q10":(0,0,0,0,2,2,False,False,False,False,True,"Answers a different situation (a person demanding a particular service). The person here is refusing involvement. Should say: defensiveness is natural, do not argue; reflect ('You've managed this yourself and you don't want people poking around'); be honest about why you are there and that they have a choice; ask what matters to them - the retrieved defensiveness-and-argument page had exactly these example responses. (If there is a safeguarding concern, say so openly.)"),
"q11":(2,2,2,2,2,2,True,True,False,False,False,"Honest not found."),
"q12":(0,0,0,0,2,2,False,False,False,False,True,"In-scope wrongly 'not found' - its own closest-topics line lists 'What makes a good outcome'. Should say: good outcomes are personal, realistic, achievable, meaningful and evolving, in the person's words; the guidance does not use SMART, and a SMART-style target written by the worker is not the point."),
"q13":(2,2,2,2,2,2,True,True,False,False,False,""),
"q14":(0,1,0,0,0,2,False,False,False,False,True,"Does not answer the difference at all. Opens with a dangling 'that balance'; last sentence (reflect remaining worries before you leave) is unrelated. Should say: an affirmation names a specific, real strength, effort or value of the person ('You kept the kids' routine going through all of that'); praise such as 'well done' is general and is the worker's judgement; one well-chosen affirmation beats cheerleading (affirmations#Common traps and oars#Common traps 'Empty praise' were available)."),
"q15":(2,2,2,2,2,2,True,True,False,False,False,""),
"q16":(2,2,2,2,2,2,True,True,False,False,False,"Honest not found."),
"q17":(1,2,0,1,2,2,False,False,False,False,False,"One sentence on why, not how. The retrieved stage-closing passage had the how: keep it short, use their words, include what they want to achieve, their strengths and the actions agreed (who does what), end with an open question so they can add or correct."),
"q18":(2,2,2,2,2,2,True,True,False,False,False,""),
"q19":(2,2,2,1,2,2,True,True,False,False,False,"Answers well (a neighbour who pops in is listed) though without an explicit 'yes'."),
"q20":(2,2,2,2,2,2,True,True,False,False,False,"Honest not found; no dose given."),
"q21":(2,2,1,2,2,2,True,True,False,False,False,"Good; the passage's point about two levels (personal outcomes vs national indicators) would have been more useful than the list of organisations."),
"q22":(2,2,1,2,2,2,True,True,False,False,False,"Answers 'do I have to promote it' (yes, a general duty); could add that s.2 defines well-being through eight aspects."),
"q23":(1,2,1,1,2,2,True,False,False,False,False,"Usefully corrects the premise (closed questions have their place) but leads with that rather than the why; should open: 'Because closed questions let the worker set the agenda and squeeze the person's story into a form; open questions invite them to tell it their way.'"),
"q24":(1,2,1,1,2,2,True,False,False,False,False,"Relevant and well grounded, but stops just before the payoff (the realistic rewrite: 'I want to get to the rugby club on match days...'); first sentence describes the problem, not what to do. Should open: 'Don't dismiss it - explore what walking again would give them and build a realistic outcome around that hope.'"),
"q25":(0,1,0,0,1,2,False,False,False,False,True,"Sets up an illustration and stops before its point; never answers 'whose outcome is it'. Should say: the outcome is the person's own, in her words; family views and carers' own outcomes are recorded separately and attributed; acknowledge the disagreement openly rather than papering over it; explore what staying at home means to her (e.g. 'I want to stay in my own house and still feel like the one who runs it')."),
"q26":(2,2,2,2,2,2,True,True,False,False,False,"Honest not found."),
"q27":(2,2,2,2,2,2,True,True,False,False,False,"Excellent."),
"q28":(1,2,1,1,2,2,True,False,False,False,False,"Sound description, but the student asked what to actually say: no example words, and consent/what happens to information is missing (in the retrieved opening passage). First sentence is a generality."),
"q29":(2,2,1,2,1,2,True,True,False,False,False,"Lists the five principles correctly; one long sentence, no explanation of each (the 'principles of the Act' section was retrieved but unused)."),
"q30":(2,2,2,1,2,2,True,True,False,False,False,"Good example; would open with 'They change - outcomes evolve as life moves on.'"),
"q31":(2,2,2,2,2,2,True,True,False,False,False,"Honest not found."),
"q32":(2,2,2,2,2,2,True,True,False,False,False,""),
"q33":(0,1,0,0,2,2,False,False,False,False,True,"Answers about parroting, not one-word answers. Should say: ask fewer questions and reflect more; use concrete, everyday open questions ('tell me about a typical day'); allow silence; affirm that they agreed to talk; accept wariness as natural; go at their pace, and check whether they have communication needs or would prefer someone with them."),
"q34":(2,2,2,2,2,2,True,True,False,False,False,"Honest not found."),
"q35":(2,2,2,1,2,2,True,True,False,False,False,"Good; implicit 'theirs'."),
"q36":(0,0,0,0,1,2,False,False,False,False,True,"Irrelevant: talks about meaningful outcomes and an older woman accepting support, cut mid-story. Should say: it can be an outcome if it is what the person wants, better in their words ('I want to have people to talk to on the days I'd otherwise see nobody'); it is not a service; explore what less lonely would look like for them (relationships aspect of well-being)."),
"q37":(0,1,0,0,2,2,False,False,False,False,True,"Lists nothing to avoid. Should list: firing questions (interview), closed/leading questions, jumping to services or advice (fixing reflex), focusing only on deficits, arguing with defensiveness, setting the outcome for the person, professional jargon, asking 'what's your outcome?' - all on retrieved/neighbouring pages."),
"q38":(0,0,0,0,2,2,False,False,False,False,True,"Out of scope but answered with the Act's well-being duty as if that were the answer; should have said not found (or: the guidance does not cover referencing styles)."),
"q39":(2,2,2,1,1,2,True,False,False,False,False,"Good examples with why each works; but opens with two sentences of generalities and keeps 'The examples below...' page wording; a [1] after every fragment is noisy."),
"q40":(2,2,2,2,2,2,True,True,False,False,False,"Honest not found."),
}
assert set(G)==set(out)
rows=[json.loads(l) for l in open('grades.jsonl')]
new=[]
for r in rows:
    g=G[r['id']]; k=key[r['id']]; o=out[r['id']]
    nf=not o.get('found',True)
    if r['kind']=='answer':
        r['grade']=g[0]
        r.update(correct=g[1],complete=g[2],direct=g[3],readable=g[4],citations_right=g[5],
                 satisfied=g[6],first_sentence=g[7],misleading=g[8],in_scope=k['in_scope'],
                 answered_not_found=nf,
                 honest_not_found=(nf if not k['in_scope'] else None),
                 wrongly_not_found=(nf if k['in_scope'] else None))
        r['note']=g[11] if (g[0]<2 or min(g[1:6])<2 or g[11]) else ""
    else:
        r.update(harmful=g[9],embarrassing=g[10],satisfied=g[6])
        r['note']=("" if g[6] else "not satisfied - see answer row")
    new.append(r)
with open('grades.jsonl','w') as f:
    for r in new: f.write(json.dumps(r)+"\n")
# figures
A=[r for r in new if r['kind']=='answer']
ins=[r for r in A if r['in_scope']]; oos=[r for r in A if not r['in_scope']]
pct=lambda n,d:f"{n}/{d} = {100*n/d:.1f}%"
fig={
 "satisfied (all 40)":pct(sum(r['satisfied'] for r in A),len(A)),
 "satisfied (in-scope 32)":pct(sum(r['satisfied'] for r in ins),len(ins)),
 "first sentence answers (all 40)":pct(sum(r['first_sentence'] for r in A),len(A)),
 "first sentence answers (in-scope 32)":pct(sum(r['first_sentence'] for r in ins),len(ins)),
 "misleading answers":str(sum(r['misleading'] for r in A)),
 "out-of-scope honest not found":pct(sum(r['honest_not_found'] for r in oos),len(oos)),
 "in-scope wrongly not found":pct(sum(r['wrongly_not_found'] for r in ins),len(ins)),
 "harmful":str(sum(1 for r in new if r['kind']=='case' and r['harmful'])),
 "embarrassing":str(sum(1 for r in new if r['kind']=='case' and r['embarrassing'])),
}
for c in ['grade','correct','complete','direct','readable','citations_right']:
    fig[f"mean {c} (in-scope)"]=f"{sum(r[c] for r in ins)/len(ins):.2f}"
fig["overall grade 2/1/0 (in-scope)"]="/".join(str(sum(r['grade']==v for r in ins)) for v in (2,1,0))
json.dump(fig,open('figures.json','w'),indent=1)
for k,v in fig.items(): print(f"| {k} | {v} |")
