import json
rows=[json.loads(l) for l in open('grades.jsonl')]
gold=[json.loads(l) for l in open('gold.jsonl')]
pred=[r['text'].rsplit(' -> ',1)[1] for r in rows if r['kind']=='code']
G=[g['code'] for g in gold]
grp={'open_question':'Q','closed_question':'Q','simple_reflection':'R','complex_reflection':'R','summary':'R',
     'information':'T','advice':'T','confront':'T','affirmation':'O','other':'O'}
n=len(G)
acc=sum(p==g for p,g in zip(pred,G))/n
acc4=sum(grp[p]==grp[g] for p,g in zip(pred,G))/n
def found(c): return sum(1 for p,g in zip(pred,G) if g==c and p==c), sum(1 for g in G if g==c)
sf,st=found('summary'); af,at=found('affirmation')
tp=sum(1 for p,g in zip(pred,G) if p==g=='confront'); pp=sum(p=='confront' for p in pred); gp=G.count('confront')
qs=[(p,g) for p,g in zip(pred,G) if g in('open_question','closed_question')]
oq=sum(1 for p,g in qs if p==g=='open_question'); ot=sum(1 for p,g in qs if g=='open_question')
cq=sum(1 for p,g in qs if p==g=='closed_question'); ct=sum(1 for p,g in qs if g=='closed_question')
# spearman
ratings=json.load(open('ratings.json'))
score={}
for l in open('outputs.jsonl'):
    o=json.loads(l); out=o['output']; out=out[0] if isinstance(out,list) else out
    score[o['id']]=out['metrics']['score']
ids=sorted(ratings)
def rank(v):
    s=sorted(range(len(v)),key=lambda i:v[i]); r=[0]*len(v); i=0
    while i<len(s):
        j=i
        while j+1<len(s) and v[s[j+1]]==v[s[i]]: j+=1
        for k in range(i,j+1): r[s[k]]=(i+j)/2+1
        i=j+1
    return r
a=rank([ratings[i] for i in ids]); b=rank([score[i] for i in ids])
ma=sum(a)/len(a); mb=sum(b)/len(b)
rho=sum((x-ma)*(y-mb) for x,y in zip(a,b))/(sum((x-ma)**2 for x in a)*sum((y-mb)**2 for y in b))**.5
fbg=[r['grade'] for r in rows if r['kind']=='feedback']
harm=[r for r in rows if 'HARMFUL' in (r.get('note') or '')]
from collections import Counter
conf=Counter((g,p) for p,g in zip(pred,G) if p!=g)
print(f"| figure | value |\n|---|---|")
print(f"| 10-code strict accuracy | {sum(p==g for p,g in zip(pred,G))}/{n} = {acc:.0%} |")
print(f"| 4-group accuracy | {sum(grp[p]==grp[g] for p,g in zip(pred,G))}/{n} = {acc4:.0%} |")
print(f"| summaries found | {sf}/{st} (+{sum(1 for p,g in zip(pred,G) if p=='summary' and g!='summary')} false summary) |")
print(f"| confront precision | {tp}/{pp} = {tp/pp:.0%} |")
print(f"| confront recall | {tp}/{gp} = {tp/gp:.0%} |")
print(f"| affirmations found | {af}/{at} (false: {sum(1 for p,g in zip(pred,G) if p=='affirmation' and g!='affirmation')}) |")
print(f"| open questions coded open | {oq}/{ot} |")
print(f"| closed questions coded closed | {cq}/{ct} |")
print(f"| Spearman score vs my ratings (n=6) | {rho:.2f} |")
print(f"| feedback mean (0-2) | {sum(fbg)/len(fbg):.2f} (n={len(fbg)}) |")
print(f"| harmful feedback items | {len(harm)} |")
print()
for i in ids: print(i, 'mine', ratings[i], 'product', score[i])
print(conf.most_common())
