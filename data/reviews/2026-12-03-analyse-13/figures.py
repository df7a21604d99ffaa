import json,collections
from scipy.stats import spearmanr
rows=[json.loads(l) for l in open('grades.jsonl')]
fb=[r for r in rows if r['kind']=='feedback']
code=[r for r in rows if r['kind']=='code']
G4={'open_question':'Q','closed_question':'Q','simple_reflection':'R','complex_reflection':'R','summary':'R','information':'TI','advice':'TI','confront':'TI','affirmation':'O','other':'O'}
n=len(code)
pred=lambda r:r['text'].rsplit('-> ',1)[1]
acc=sum(r['gold']==pred(r) for r in code)/n
acc_arg=sum(r['grade']>=1 for r in code)/n
acc4=sum(G4[r['gold']]==G4[pred(r)] for r in code)/n
print(f"10-code {acc:.3f} ({sum(r['gold']==pred(r) for r in code)}/{n}); counting 6 arguable as agreement {acc_arg:.3f}; 4-group {acc4:.3f} ({sum(G4[r['gold']]==G4[pred(r)] for r in code)}/{n})")
# per gold code recall
by=collections.defaultdict(lambda:[0,0])
for r in code: by[r['gold']][1]+=1; by[r['gold']][0]+=r['gold']==pred(r)
for k,(a,b) in sorted(by.items()): print(f"  {k}: {a}/{b}")
# per-transcript
for cid in sorted(set(r['id'] for r in code)):
    cs=[r for r in code if r['id']==cid]; print(' ',cid,f"{sum(r['gold']==pred(r) for r in cs)}/{len(cs)}")
tp=sum(r['gold']=='confront'==pred(r) for r in code); pc=sum(pred(r)=='confront' for r in code); gc=sum(r['gold']=='confront' for r in code)
print(f"confront P {tp}/{pc}={tp/pc:.3f} R {tp}/{gc}={tp/gc:.3f}")
# confront flagged in feedback (any missed/arc item quoting a gold-confront line)
gold_conf=[r['text'].rsplit(' -> ',1)[0] for r in code if r['gold']=='confront']
quoted=set(json.loads(r['text']).get('quote') for r in fb)
print('gold confronts quoted in any feedback item:',sum(q in quoted for q in gold_conf),'/',len(gold_conf))
st=sum(r['gold']=='summary'==pred(r) for r in code); sg=sum(r['gold']=='summary' for r in code); sp=sum(pred(r)=='summary' for r in code)
print(f"summaries found {st}/{sg}, predicted {sp}")
ratings={'an13_t1_fall_first_visit':85,'an13_t2_carer_assessment':68,'an13_t3_young_person_lecture':20,'an13_t4_hospital_discharge':22,'an13_t5_review_good':88,'an13_t6_police_referral_confront':12,'an13_t7_ld_own_flat':52}
scores={}
for l in open('outputs.jsonl'):
    o=json.loads(l); out=o['output']; out=out[0] if isinstance(out,list) else out; scores[o['id']]=out['metrics']['score']
ids=sorted(ratings); rho=spearmanr([ratings[i] for i in ids],[scores[i] for i in ids])
print('spearman',rho.statistic, [(i[5:8],ratings[i],scores[i]) for i in ids])
g=[r['grade'] for r in fb]; print(f"feedback mean {sum(g)/len(g):.2f} n={len(g)} ; 2s {sum(x==2 for x in g)} 1s {sum(x==1 for x in g)} 0s {sum(x==0 for x in g)}; harmful {sum(r['harmful'] for r in fb)}; misleading {sum(r['misleading'] for r in fb)}")
k=collections.defaultdict(list)
for r in fb: k[json.loads(r['text'])['kind']].append(r['grade'])
for kk,v in k.items(): print(f"  {kk}: n={len(v)} mean {sum(v)/len(v):.2f} 2s {sum(x==2 for x in v)/len(v):.0%}")
rw=[r['rewrite_grade'] for r in fb if 'rewrite_grade' in r]; print('rewrites',rw, sum(rw)/len(rw))
sq={'t1':[2,2,2,2],'t2':[0,0,1,1],'t3':[2,2,1,1],'t4':[2,1,1,2],'t5':[2,2,2,2],'t6':[1,2,2,2],'t7':[2,2,2,2]}
a=sum(sq.values(),[]); print('supervision questions mean',sum(a)/len(a),len(a),'0s',a.count(0))
allg=g+a; print('feedback+SQ mean',sum(allg)/len(allg))
