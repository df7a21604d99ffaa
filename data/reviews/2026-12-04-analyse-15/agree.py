import json
from collections import defaultdict
G={'open_question':'q','closed_question':'q','simple_reflection':'r','complex_reflection':'r','summary':'r','information':'i','advice':'i','confront':'i','affirmation':'o','other':'o'}
key=defaultdict(dict); rating={}
for l in open('key.jsonl'):
    k=json.loads(l)
    if 'rating' in k: rating[k['id']]=k['rating']
    else: key[k['id']][k['line']]=k['code']
n=e=g=0; tp=fp=fn=0; sumk=sumf=0; score={}; rows=[]
for l in open('outputs.jsonl'):
    r=json.loads(l); o=r['output']; tid=r['id']
    w=[u for u in o['utterances'] if u['role']=='worker']
    assert len(w)==len(key[tid]),(tid,len(w),len(key[tid]))
    score[tid]=o['metrics']['score']
    for i,u in enumerate(w,1):
        gold=key[tid][i]; pred=u['primary']; n+=1; e+=gold==pred; g+=G[gold]==G.get(pred)
        if gold=='confront' and pred=='confront': tp+=1
        elif pred=='confront': fp+=1
        elif gold=='confront': fn+=1
        if gold=='summary': sumk+=1; sumf+=pred=='summary'
        rows.append((tid,i,gold,pred,u['codes'],u['text'][:90]))
print(f'10-code {e}/{n} = {e/n:.3f}; 4-group {g}/{n} = {g/n:.3f}')
print(f'confront tp={tp} fp={fp} fn={fn} precision={tp/(tp+fp) if tp+fp else float("nan"):.3f} recall={tp/(tp+fn):.3f}')
print(f'summaries found {sumf}/{sumk}')
ids=sorted(score); import statistics
def rank(v):
    s=sorted(range(len(v)),key=lambda i:v[i]); rk=[0]*len(v); i=0
    while i<len(s):
        j=i
        while j+1<len(s) and v[s[j+1]]==v[s[i]]: j+=1
        for t in range(i,j+1): rk[s[t]]=(i+j)/2+1
        i=j+1
    return rk
a=rank([score[i] for i in ids]); b=rank([rating[i] for i in ids])
ma,mb=statistics.mean(a),statistics.mean(b)
rho=sum((x-ma)*(y-mb) for x,y in zip(a,b))/(sum((x-ma)**2 for x in a)*sum((y-mb)**2 for y in b))**.5
for i in ids: print(i,'score',score[i],'my rating',rating[i])
print(f'Spearman {rho:.3f}')
print('\nMISMATCHES')
for r in rows:
    if r[2]!=r[3]: print(r)
