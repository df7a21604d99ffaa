import json
from collections import Counter, defaultdict
key={}; rat={}
for l in open("key.jsonl"):
    r=json.loads(l)
    if "line" in r: key[(r["id"],r["line"])]=r["code"]
    else: rat[r["id"]]=r["rating"]
outs={json.loads(l)["id"]:json.loads(l)["output"] for l in open("outputs.jsonl")}
grp={"open_question":"question","closed_question":"question","simple_reflection":"reflection","complex_reflection":"reflection","summary":"reflection",
     "information":"therapist_input","advice":"therapist_input","confront":"therapist_input","affirmation":"other","other":"other"}
pairs=[]
for (cid,ln),g in key.items():
    u=outs[cid]["utterances"][ln-1]; assert u["role"]!="person" if "role" in u else True
    pairs.append((cid,ln,g,u["primary"]))
n=len(pairs); acc=sum(g==s for _,_,g,s in pairs)/n; gacc=sum(grp[g]==grp[s] for _,_,g,s in pairs)/n
print(f"utterances {n}; 10-code accuracy {acc:.3f} ({sum(g==s for _,_,g,s in pairs)}/{n}); 4-group {gacc:.3f} ({sum(grp[g]==grp[s] for _,_,g,s in pairs)}/{n})")
# kappa
def kappa(a,b):
    labs=set(a)|set(b); N=len(a); po=sum(x==y for x,y in zip(a,b))/N
    ca,cb=Counter(a),Counter(b); pe=sum(ca[l]*cb[l] for l in labs)/N/N; return (po-pe)/(1-pe)
print(f"Cohen kappa 10-code {kappa([p[2] for p in pairs],[p[3] for p in pairs]):.3f}; 4-group {kappa([grp[p[2]] for p in pairs],[grp[p[3]] for p in pairs]):.3f}")
def pr(code):
    tp=sum(g==code and s==code for *_,g,s in pairs); fp=sum(g!=code and s==code for *_,g,s in pairs); fn=sum(g==code and s!=code for *_,g,s in pairs)
    return tp,fp,fn
print("\n| code | gold n | system n | TP | precision | recall |\n|---|---|---|---|---|---|")
for c in grp:
    tp,fp,fn=pr(c); print(f"| {c} | {tp+fn} | {tp+fp} | {tp} | {tp/(tp+fp) if tp+fp else float('nan'):.2f} | {tp/(tp+fn) if tp+fn else float('nan'):.2f} |")
tp,fp,fn=pr("summary"); print(f"\nsummaries found (recall) {tp}/{tp+fn} = {tp/(tp+fn):.2f}; false summaries {fp}")
tp,fp,fn=pr("confront"); print(f"confront precision {tp}/{tp+fp} = {tp/(tp+fp):.2f}; recall {tp}/{tp+fn} = {tp/(tp+fn):.2f}")
print("\nconfusion (gold -> system), mismatches only:")
for (g,s),k in Counter((g,s) for *_,g,s in pairs if g!=s).most_common(): print(f"  {g} -> {s}: {k}")
# Spearman
ids=sorted(rat); sc={i:outs[i]["metrics"]["score"] for i in ids}
def ranks(v):
    srt=sorted(range(len(v)),key=lambda i:v[i]); r=[0]*len(v)
    i=0
    while i<len(v):
        j=i
        while j+1<len(v) and v[srt[j+1]]==v[srt[i]]: j+=1
        for k in range(i,j+1): r[srt[k]]=(i+j)/2+1
        i=j+1
    return r
a=[rat[i] for i in ids]; b=[sc[i] for i in ids]; ra,rb=ranks(a),ranks(b)
import statistics as st
ma,mb=st.mean(ra),st.mean(rb)
rho=sum((x-ma)*(y-mb) for x,y in zip(ra,rb))/ (sum((x-ma)**2 for x in ra)*sum((y-mb)**2 for y in rb))**0.5
print(f"\n| transcript | my rating | product score | rank mine | rank product |\n|---|---|---|---|---|")
for i,x,y,p,q in zip(ids,a,b,ra,rb): print(f"| {i} | {x} | {y} | {p:.0f} | {q:.0f} |")
print(f"Spearman rho = {rho:.3f} (n=7; sum d^2 = {sum((x-y)**2 for x,y in zip(ra,rb)):.0f}; rho = 1 - 6*sum d^2/(n(n^2-1)))")
print(f"mean |score - rating| = {st.mean(abs(x-y) for x,y in zip(a,b)):.1f}")
# per-transcript metric check vs gold
print("\n| transcript | worker lines | code agreement | confront gold/sys/hit | summaries gold/sys |\n|---|---|---|---|---|")
for i in ids:
    ps=[p for p in pairs if p[0]==i]
    cg=sum(p[2]=="confront" for p in ps); cs=sum(p[3]=="confront" for p in ps); ch=sum(p[2]==p[3]=="confront" for p in ps)
    sg=sum(p[2]=="summary" for p in ps); ss=sum(p[3]=="summary" for p in ps)
    print(f"| {i} | {len(ps)} | {sum(p[2]==p[3] for p in ps)}/{len(ps)} | {cg}/{cs}/{ch} | {sg}/{ss} |")
# feedback
rows=[json.loads(l) for l in open("grades.jsonl")]
fb=[r for r in rows if r["kind"]=="feedback"]
print(f"\nfeedback items {len(fb)}; mean grade {st.mean(r['grade'] for r in fb):.2f} of 2; graded 2 {sum(r['grade']==2 for r in fb)}; 1 {sum(r['grade']==1 for r in fb)}; 0 {sum(r['grade']==0 for r in fb)}; harmful {sum(r['harmful'] for r in fb)}; misleading {sum(r.get('misleading',False) for r in fb)}")
byk=defaultdict(list)
for r in fb:
    f=json.loads(r["text"]); byk[f["kind"]+("/"+f.get("code","") if f["kind"] in("missed","did_well") else "")].append(r["grade"])
print("| feedback kind | n | mean |\n|---|---|---|")
for k,v in sorted(byk.items()): print(f"| {k} | {len(v)} | {st.mean(v):.2f} |")
rw=[r for r in fb if "better" in json.loads(r["text"])]
print(f"rewrites ('better' fields): {len(rw)}; mean {st.mean(r['grade'] for r in rw):.2f}; texts: {set(json.loads(r['text'])['better'] for r in rw)}")
