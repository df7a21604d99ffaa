import json
key={};rat={}
for l in open('key.jsonl'):
    r=json.loads(l)
    if 'line' in r: key[(r['id'],r['line'])]=r['code']
    else: rat[r['id']]=r['rating']
pred={};score={}
for l in open('outputs.jsonl'):
    r=json.loads(l);o=r['output'];k=0;score[r['id']]=o['metrics']['score']
    for u in o['utterances']:
        if u['role']=='worker': k+=1; pred[(r['id'],k)]=u['primary']
assert set(pred)==set(key)
n=len(key)
acc=sum(pred[x]==key[x] for x in key)/n
brief={'open_question':'Q','closed_question':'Q','simple_reflection':'R','complex_reflection':'R','affirmation':'AS','summary':'AS','other':'O','information':'O','advice':'O','confront':'O'}
annomi={'open_question':'question','closed_question':'question','simple_reflection':'reflection','complex_reflection':'reflection','summary':'reflection','information':'input','advice':'input','confront':'input','affirmation':'other','other':'other'}
g1=sum(brief[pred[x]]==brief[key[x]] for x in key)/n
g2=sum(annomi[pred[x]]==annomi[key[x]] for x in key)/n
def pr(c):
    tp=sum(pred[x]==c and key[x]==c for x in key); p=sum(pred[x]==c for x in key); g=sum(key[x]==c for x in key)
    return tp,p,g
s=pr('summary'); c=pr('confront')
def rank(d):
    v=sorted(d,key=lambda i:d[i]); return {i:v.index(i)+1 for i in v}  # no ties here
ids=sorted(rat); assert len(set(rat.values()))==len(rat) and len(set(score.values()))==len(score)
ra,rb=rank(rat),rank(score); m=len(ids)
rho=1-6*sum((ra[i]-rb[i])**2 for i in ids)/(m*(m*m-1))
fg=[json.loads(l)['grade'] for l in open('grades.jsonl') if json.loads(l)['kind']=='feedback']
print(f"n worker lines {n}")
print(f"10-code accuracy {acc:.3f} ({sum(pred[x]==key[x] for x in key)}/{n})")
print(f"4-group (brief grouping: Q / R / affirm+summary / other+info+advice+confront) {g1:.3f}")
print(f"4-group (PRODUCT.md AnnoMI mapping: question / reflection+summary / input / affirmation+other) {g2:.3f}")
print(f"summaries found {s[0]}/{s[2]} = {s[0]/s[2]:.2f}; summary precision {s[0]}/{s[1]}")
print(f"confront precision {c[0]}/{c[1]} = {c[0]/c[1]:.3f}; recall {c[0]}/{c[2]} = {c[0]/c[2]:.3f}")
print("scores", {i:(rat[i],score[i]) for i in ids})
print(f"Spearman {rho:.3f}")
print(f"feedback mean {sum(fg)/len(fg):.2f} over {len(fg)}; zeros {fg.count(0)}")
import collections
conf=collections.Counter((key[x],pred[x]) for x in key if key[x]!=pred[x]); print(conf)
