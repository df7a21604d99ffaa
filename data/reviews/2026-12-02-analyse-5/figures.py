import json, collections
gold=[json.loads(l) for l in open('gold.jsonl')]
outs={}
for l in open('outputs.jsonl'):
    d=json.loads(l); outs[d['id']]=d['output']
ratings=json.load(open('ratings.json'))
G4={'open_question':'open','closed_question':'closed','simple_reflection':'refl','complex_reflection':'refl','summary':'refl'}
g4=lambda c: G4.get(c,'other')
pairs=[]
for g in gold:
    cid=g['file'][:-4]; u=outs[cid]['utterances'][g['line']-1]
    pairs.append((cid,g['line'],g['code'],u['primary'],u['codes']))
n=len(pairs)
acc10=sum(a==b for _,_,a,b,_ in pairs)/n
acc4=sum(g4(a)==g4(b) for _,_,a,b,_ in pairs)/n
gs=[p for p in pairs if p[2]=='summary']; found=sum(p[3]=='summary' for p in gs)
falses=[p for p in pairs if p[3]=='summary' and p[2]!='summary']
gc=[p for p in pairs if p[2]=='confront']; pc=[p for p in pairs if p[3]=='confront']
tp=sum(p[3]=='confront' for p in gc)
anyc=sum('confront' in p[4] for p in gc)
print(f"10-code accuracy {acc10:.3f} ({sum(a==b for _,_,a,b,_ in pairs)}/{n})")
print(f"4-group accuracy {acc4:.3f} ({sum(g4(a)==g4(b) for _,_,a,b,_ in pairs)}/{n})")
print(f"summaries found {found}/{len(gs)} = {found/len(gs):.2f}; false summaries {len(falses)}: {[(p[0],p[1],p[2]) for p in falses]}")
print(f"confront precision {tp}/{len(pc)} = {tp/len(pc):.2f}; recall {tp}/{len(gc)} = {tp/len(gc):.2f}; (confront anywhere in codes: {anyc}/{len(gc)}); FPs {[(p[0],p[1],p[2]) for p in pc if p[2]!='confront']}; FNs {[(p[0],p[1],p[3]) for p in gc if p[3]!='confront']}")
# per-code confusion
conf=collections.Counter((a,b) for _,_,a,b,_ in pairs)
codes=sorted(set(a for _,_,a,_,_ in pairs)|set(b for _,_,_,b,_ in pairs))
print("per gold code: n, correct (recall)")
for c in codes:
    ng=sum(1 for p in pairs if p[2]==c); npd=sum(1 for p in pairs if p[3]==c); ok=conf[(c,c)]
    print(f"  {c:<19} gold {ng:>3}  prod {npd:>3}  agree {ok:>3}  recall {ok/ng if ng else 0:.2f}  precision {ok/npd if npd else 0:.2f}")
# spearman
def rank(xs):
    s=sorted(range(len(xs)), key=lambda i: xs[i]); r=[0]*len(xs); i=0
    while i<len(s):
        j=i
        while j+1<len(s) and xs[s[j+1]]==xs[s[i]]: j+=1
        for k in range(i,j+1): r[s[k]]=(i+j)/2+1
        i=j+1
    return r
ids=sorted(ratings); a=[ratings[i] for i in ids]; b=[outs[i]['metrics']['score'] for i in ids]
ra,rb=rank(a),rank(b); ma=sum(ra)/len(ra); mb=sum(rb)/len(rb)
num=sum((x-ma)*(y-mb) for x,y in zip(ra,rb)); den=(sum((x-ma)**2 for x in ra)*sum((y-mb)**2 for y in rb))**.5
print("scores (mine vs product):", list(zip(ids,a,b)))
print(f"Spearman {num/den:.3f}")
rows=[json.loads(l) for l in open('grades.jsonl')]
fb=[r for r in rows if r['kind']=='feedback']
print(f"feedback mean {sum(r['grade'] for r in fb)/len(fb):.2f} over {len(fb)}; harmful items {sum(1 for r in fb if r.get('harmful'))}")
rw=[r for r in fb if '\"better\"' in r['text']]
print(f"rewrites ('better') {len(rw)}, mean {sum(r['grade'] for r in rw)/len(rw):.2f}")
bykind=collections.defaultdict(list)
for r in fb: bykind[json.loads(r['text'])['kind']+('/'+json.loads(r['text']).get('metric','') if json.loads(r['text'])['kind']=='band' else '')].append(r['grade'])
for k,v in sorted(bykind.items()): print(f"  {k:<32} n={len(v):>2} mean {sum(v)/len(v):.2f}")
# gold-based per-case metrics
print("gold metrics per case vs product:")
for cid in ids:
    P=[p for p in pairs if p[0]==cid]
    o=sum(p[2]=='open_question' for p in P); c=sum(p[2]=='closed_question' for p in P)
    s=sum(p[2]=='simple_reflection' for p in P); x=sum(p[2]=='complex_reflection' for p in P); sm=sum(p[2]=='summary' for p in P)
    m=outs[cid]['metrics']
    print(f"  {cid} open%% {100*o/(o+c):.0f} (prod {m['percent_open']})  complex%% {100*x/(s+x) if s+x else 0:.0f} (prod {m['percent_complex']})  R:Q {(s+x+sm)/(o+c):.2f} (prod {m['reflection_to_question']})  confront {sum(p[2]=='confront' for p in P)} (prod {m['confront']})  affirm {sum(p[2]=='affirmation' for p in P)} (prod {m['affirmations']})")
