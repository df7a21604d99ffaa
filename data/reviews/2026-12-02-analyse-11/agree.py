import json,collections
gold=collections.defaultdict(dict); rating={}
for l in open('key.jsonl'):
    r=json.loads(l)
    if 'rating' in r: rating[r['id']]=r['rating']
    else: gold[r['id']][r['line']]=r['code']
G={'open_question':'questions','closed_question':'questions','simple_reflection':'reflections','complex_reflection':'reflections',
   'affirmation':'affirm_summary','summary':'affirm_summary','information':'other_info_advice_confront','advice':'other_info_advice_confront',
   'confront':'other_info_advice_confront','other':'other_info_advice_confront'}
n=c10=c4=0; conf=collections.Counter(); score={}
tp=fp=fn=0; sg=sf=0; mism=[]
for l in open('outputs.jsonl'):
    r=json.loads(l); t=r['id']; o=r['output']; score[t]=o['metrics']['score']
    w=[u for u in o['utterances'] if u['speaker'].lower().startswith('worker') or u.get('speaker')=='worker']
    assert len(w)==len(gold[t]),(t,len(w),len(gold[t]),[u['speaker'] for u in o['utterances']][:4])
    for k,u in enumerate(w,1):
        g=gold[t][k]; p=u['primary']; n+=1; c10+=g==p; c4+=G[g]==G.get(p,p)
        conf[(g,p)]+=1
        if g!=p: mism.append((t,k,g,p,u['text'][:90]))
        if p=='confront' and g=='confront': tp+=1
        elif p=='confront': fp+=1
        elif g=='confront': fn+=1
        if g=='summary': sg+=1; sf+= p=='summary'
print(f"worker lines {n}; 10-code acc {c10/n:.3f} ({c10}/{n}); 4-group acc {c4/n:.3f} ({c4}/{n})")
print(f"summaries found {sf}/{sg} = {sf/sg:.2f}")
print(f"confront TP {tp} FP {fp} FN {fn}; precision {tp/(tp+fp) if tp+fp else float('nan'):.2f} recall {tp/(tp+fn):.2f}")
ids=sorted(score)
def rank(v):
    s=sorted(range(len(v)),key=lambda i:v[i]); r=[0]*len(v); i=0
    while i<len(s):
        j=i
        while j+1<len(s) and v[s[j+1]]==v[s[i]]: j+=1
        for m in range(i,j+1): r[s[m]]=(i+j)/2+1
        i=j+1
    return r
a=rank([score[i] for i in ids]); b=rank([rating[i] for i in ids])
ma=sum(a)/len(a); mb=sum(b)/len(b)
rho=sum((x-ma)*(y-mb) for x,y in zip(a,b))/(sum((x-ma)**2 for x in a)*sum((y-mb)**2 for y in b))**.5
print("scores:",{i:(score[i],rating[i]) for i in ids}, f"Spearman {rho:.3f}")
print("mismatches:")
for m in mism: print(" ",m)
