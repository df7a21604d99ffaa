import json
rows=[json.loads(l) for l in open('grades.jsonl')]
sq=[json.loads(l) for l in open('safety_questions.jsonl')]
sh=[r for r in rows if r['kind']=='sheet']; qs=[r for r in rows if r['kind']=='question']
crit=['fit','opening','questions','traps','oars','safety']
n=len(sh)
print("per-criterion means:", {c: round(sum(r[c] for r in sh)/n,2) for c in crit}, "overall", round(sum(r['grade'] for r in sh)/n,2))
print("print&take", sum(r['print_and_take'] for r in sh), "/", n)
def share(L,f): return sum(1 for r in L if f(r))/len(L)
for name,L in [("stage",qs),("card",sq),("all",qs+sq)]:
    print(name,len(L),"g2 %.0f%%"%(100*share(L,lambda r:r['grade']==2)),">=1 %.0f%%"%(100*share(L,lambda r:r['grade']>=1)),"wrong %d (%.1f%%)"%(sum(r['wrong_person'] for r in L),100*share(L,lambda r:r['wrong_person'])))
print("identifying:",[(r['id'],r['identifying_printed']) for r in sh if r['identifying_printed']])
for r in sh: print(r['id'],[r[c] for c in crit],r['grade'],r['print_and_take'])
