import json, collections
D="/work/main/data/reviews/2026-12-01-analyse-2/"
G={"question":{"open_question","closed_question"},"reflection":{"simple_reflection","complex_reflection","summary"},
   "input":{"information","advice","confront"},"other":{"other","affirmation"}}
grp=lambda c: next((k for k,v in G.items() if c in v),None)
gold=[json.loads(l) for l in open(D+"gold.jsonl")]
gcodes=collections.defaultdict(list); rating={}
for g in gold:
    if "code" in g: gcodes[g["file"][:3]].append(g)
    else: rating[g["file"][:3]]=g["rating"]
pairs=[]; scores={}
for l in open(D+"outputs.jsonl"):
    d=json.loads(l); o=d["output"]
    wu=[u for u in o["utterances"] if u["role"]=="worker"]
    gl=gcodes[d["id"]]
    assert len(wu)==len(gl),(d["id"],len(wu),len(gl))
    for u,g in zip(wu,gl):
        assert u["text"].strip()==g["text"], (u["text"],g["text"])
        pairs.append((d["id"],g["line"],g["text"],g["code"],u["primary"],u["codes"]))
    scores[d["id"]]=o["metrics"]["score"]
n=len(pairs)
acc=sum(g==p for *_,g,p,_ in pairs)/n
gacc=sum(grp(g)==grp(p) for *_,g,p,_ in pairs)/n
def found(code):
    gs=[p for p in pairs if p[3]==code]; return sum(p[4]==code for p in gs),len(gs)
sf=found("summary"); af=found("affirmation")
ptp=sum(1 for p in pairs if p[3]=="confront" and p[4]=="confront")
pp=sum(1 for p in pairs if p[4]=="confront"); gp=sum(1 for p in pairs if p[3]=="confront")
q=[p for p in pairs if p[3] in ("open_question","closed_question")]
qok=sum(p[3]==p[4] for p in q); qq=[p for p in q if p[4] in ("open_question","closed_question")]
# spearman
ids=sorted(scores)
def rank(xs):
    s=sorted(range(len(xs)),key=lambda i:xs[i]); r=[0]*len(xs); i=0
    while i<len(s):
        j=i
        while j+1<len(s) and xs[s[j+1]]==xs[s[i]]: j+=1
        for k in range(i,j+1): r[s[k]]=(i+j)/2+1
        i=j+1
    return r
a=rank([scores[i] for i in ids]); b=rank([rating[i] for i in ids])
ma=sum(a)/len(a); mb=sum(b)/len(b)
rho=sum((x-ma)*(y-mb) for x,y in zip(a,b))/(sum((x-ma)**2 for x in a)*sum((y-mb)**2 for y in b))**.5
out=[]
out.append(f"worker utterances: {n}")
out.append(f"10-code accuracy: {acc:.3f} ({sum(g==p for *_,g,p,_ in pairs)}/{n})")
out.append(f"4-group accuracy: {gacc:.3f} ({sum(grp(g)==grp(p) for *_,g,p,_ in pairs)}/{n})")
out.append(f"summaries found: {sf[0]}/{sf[1]}")
out.append(f"affirmations found: {af[0]}/{af[1]}")
out.append(f"confront precision: {ptp}/{pp} = {ptp/pp if pp else float('nan'):.3f}; recall: {ptp}/{gp} = {ptp/gp:.3f}")
out.append(f"open vs closed on gold questions: exact {qok}/{len(q)}; of those the product coded as a question, right type {sum(p[3]==p[4] for p in qq)}/{len(qq)}")
for c in ["open_question","closed_question"]:
    x=found(c); out.append(f"  {c} found: {x[0]}/{x[1]}")
out.append("per file: "+", ".join(f"{i} score {scores[i]} vs rating {rating[i]}" for i in ids))
out.append(f"Spearman(score, rating) = {rho:.3f}")
# per-file accuracy
for i in ids:
    ps=[p for p in pairs if p[0]==i]; out.append(f"  {i}: 10-code {sum(p[3]==p[4] for p in ps)}/{len(ps)}, group {sum(grp(p[3])==grp(p[4]) for p in ps)}/{len(ps)}")
# confusion
cm=collections.Counter((p[3],p[4]) for p in pairs if p[3]!=p[4])
out.append("disagreements (gold -> product): "+"; ".join(f"{g}->{p} x{c}" for (g,p),c in cm.most_common()))
# per-code recall
for c in sorted({p[3] for p in pairs}):
    x=found(c); pc=sum(1 for p in pairs if p[4]==c); out.append(f"  {c}: recall {x[0]}/{x[1]}, predicted {pc}")
print("\n".join(out))
open(D+"figures.txt","w").write("\n".join(out)+"\n")
with open(D+"disagreements.txt","w") as f:
    for p in pairs:
        if p[3]!=p[4]: f.write(f"{p[0]} L{p[1]} gold={p[3]} product={p[4]} codes={p[5]} | {p[2]}\n")
json.dump([list(p) for p in pairs],open(D+"pairs.json","w"),ensure_ascii=False)
