# Agreement of the product's primary codes with the pre-registered gold (key.jsonl), by worker-line order.
import json
key={};rating={}
for l in open('key.jsonl'):
    r=json.loads(l)
    if 'line' in r: key[(r['id'],r['line'])]=r['code']
    else: rating[r['id']]=r['rating']
pred={};score={}
for l in open('outputs.jsonl'):
    r=json.loads(l);o=r['output'];k=0
    for u in o['utterances']:
        if u['role']=='worker': k+=1; pred[(r['id'],k)]=u['primary']
    score[r['id']]=o['metrics']['score']
assert set(pred)==set(key)
G={'open_question':'questions','closed_question':'questions','simple_reflection':'reflections','complex_reflection':'reflections',
   'affirmation':'affirm/summary','summary':'affirm/summary'}
g=lambda c:G.get(c,'other/info/advice/confront')
ks=sorted(key);n=len(ks)
acc=sum(key[k]==pred[k] for k in ks)/n
acc4=sum(g(key[k])==g(pred[k]) for k in ks)/n
def pr(c):
    tp=sum(key[k]==c and pred[k]==c for k in ks); p=sum(pred[k]==c for k in ks); t=sum(key[k]==c for k in ks)
    return tp,p,t
stp,sp,st=pr('summary'); ctp,cp,ct=pr('confront')
# Spearman (no ties here)
ids=sorted(rating)
def ranks(v):
    s=sorted(ids,key=lambda i:v[i]); return {i:s.index(i)+1 for i in ids}
ra,rb=ranks(rating),ranks(score); m=len(ids)
rho=1-6*sum((ra[i]-rb[i])**2 for i in ids)/(m*(m*m-1))
fb=[json.loads(l) for l in open('grades.jsonl')]; fb=[r for r in fb if r['kind']=='feedback']
fm=sum(r['grade'] for r in fb)/len(fb); harm=sum(bool(r.get('harmful')) for r in fb)
print(f"worker lines {n}")
print(f"10-code accuracy {acc:.3f}\n4-group accuracy {acc4:.3f}")
print(f"summaries found {stp}/{st} = {stp/st:.2f} (product predicted {sp} summaries, precision {stp/sp:.2f})")
print(f"confront precision {ctp}/{cp} = {ctp/cp:.2f}, recall {ctp}/{ct} = {ctp/ct:.2f}")
print(f"Spearman score vs rating {rho:.3f}  ", {i:(rating[i],score[i]) for i in ids})
print(f"feedback mean {fm:.2f} of 2 over {len(fb)} items, harmful {harm}")
from collections import Counter
print("per-code recall:", {c:f"{sum(key[k]==c and pred[k]==c for k in ks)}/{sum(key[k]==c for k in ks)}" for c in sorted(set(key.values()))})
print("confusions:", Counter((key[k],pred[k]) for k in ks if key[k]!=pred[k]).most_common())
