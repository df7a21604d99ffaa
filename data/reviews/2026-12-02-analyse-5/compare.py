import json, collections
gold=[json.loads(l) for l in open('gold.jsonl')]
outs={}
for l in open('outputs.jsonl'):
    d=json.loads(l); outs[d['id']]=d['output']
rows=[]
for g in gold:
    cid=g['file'][:-4]; u=outs[cid]['utterances'][g['line']-1]
    assert u['role']=='worker' and u['text']==g['text'], (g, u)
    rows.append((cid,g['line'],g['code'],u['primary'],u['codes'],g['text']))
for r in rows:
    if r[2]!=r[3]: print(f"{r[0]}:{r[1]:>2} gold={r[2]:<18} prod={r[3]:<18} {r[4]} | {r[5][:110]}")
print(sum(r[2]==r[3] for r in rows), len(rows))
