import json, collections
key=[json.loads(l) for l in open('key.jsonl')]
gold=collections.defaultdict(dict); rating={}
for k in key:
    if 'line' in k: gold[k['id']][k['line']]=k['code']
    else: rating[k['id']]=k['rating']
outs={}
for l in open('outputs.jsonl'):
    o=json.loads(l); outs[o['id']]=o['output']
G4={'open_question':'Q','closed_question':'Q','simple_reflection':'R','complex_reflection':'R','summary':'R',
    'information':'I','advice':'I','confront':'I','affirmation':'O','other':'O'}
tot=ok10=ok4=0; conf=collections.Counter(); pairs=[]
gs=ps=0; tpc=fpc=fnc=0; gsum=psum=0
for tid,o in outs.items():
    w=[u for u in o['utterances'] if u['role']=='worker']
    assert len(w)==len(gold[tid]), (tid,len(w),len(gold[tid]))
    for i,u in enumerate(w,1):
        g=gold[tid][i]; p=u['primary']; tot+=1
        ok10+= g==p; ok4+= G4[g]==G4.get(p,'?')
        if g!=p: pairs.append((tid,i,g,p,u['text'][:90], u.get('codes')))
        if g=='summary': gsum+=1; psum+= p=='summary'
        if p=='confront' and g=='confront': tpc+=1
        elif p=='confront': fpc+=1
        elif g=='confront': fnc+=1
        conf[(g,p)]+=1
print(f"n={tot} 10-code acc={ok10/tot:.3f} 4-group acc={ok4/tot:.3f}")
print(f"summaries found {psum}/{gsum}; confront TP={tpc} FP={fpc} FN={fnc} P={tpc/max(1,tpc+fpc):.2f} R={tpc/max(1,tpc+fnc):.2f}")
# also product's 'codes' containing summary/confront
for p in pairs: print(p)
import statistics
ids=list(outs)
sc=[outs[i]['metrics']['score'] for i in ids]; rt=[rating[i] for i in ids]
def rank(x):
    s=sorted(range(len(x)),key=lambda i:x[i]); r=[0]*len(x)
    i=0
    while i<len(s):
        j=i
        while j+1<len(s) and x[s[j+1]]==x[s[i]]: j+=1
        for k in range(i,j+1): r[s[k]]=(i+j)/2+1
        i=j+1
    return r
def pearson(a,b):
    ma,mb=statistics.mean(a),statistics.mean(b)
    return sum((x-ma)*(y-mb) for x,y in zip(a,b))/ (sum((x-ma)**2 for x in a)*sum((y-mb)**2 for y in b))**.5
for i in ids: print(i, 'score', outs[i]['metrics']['score'], 'rating', rating[i], outs[i]['metrics'])
print('spearman', round(pearson(rank(sc),rank(rt)),3))
cm=collections.Counter()
