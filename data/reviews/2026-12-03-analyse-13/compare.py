import json,collections
key=[json.loads(l) for l in open('key.jsonl')]
gold=collections.defaultdict(dict); rating={}
for k in key:
    if 'code' in k: gold[k['id']][k['line']]=k['code']
    else: rating[k['id']]=k['rating']
G4={'open_question':'Q','closed_question':'Q','simple_reflection':'R','complex_reflection':'R','summary':'R','information':'TI','advice':'TI','confront':'TI','affirmation':'O','other':'O'}
outs={}
for l in open('outputs.jsonl'):
    r=json.loads(l); outs[r['id']]=r['output']
pairs=[]
for cid,o in outs.items():
    o=o[0] if isinstance(o,list) else o
    if 'files' in o: o=o['files'][0]
    utt=o['utterances']
    lines=open(f'{cid}.txt').read().splitlines()
    # align: utterances in order with lines
    assert len(utt)==len(lines),(cid,len(utt),len(lines))
    for i,u in enumerate(utt,1):
        if i in gold[cid]:
            if u['speaker'].lower()!='worker': print('SPEAKER?',cid,i,u['speaker'])
            pairs.append((cid,i,gold[cid][i],u['primary'],u['text']))
        elif u['speaker'].lower()=='worker': print('EXTRA worker',cid,i,u)
    print(cid,'score',o['metrics']['score'],'rating',rating[cid],o['metrics'])
json.dump(pairs,open('pairs.json','w'))
n=len(pairs); acc=sum(g==p for _,_,g,p,_ in pairs)/n; acc4=sum(G4[g]==G4.get(p,'?') for _,_,g,p,_ in pairs)/n
print('n',n,'10-code acc %.3f'%acc,'4-group %.3f'%acc4)
gs=sum(g=='summary' for *_,g,p,_ in [(a,b,c,d,e) for a,b,c,d,e in pairs]); 
sf=sum(g=='summary' and p=='summary' for _,_,g,p,_ in pairs); sp=sum(p=='summary' for _,_,g,p,_ in pairs)
print('summaries gold',gs,'found',sf,'pred',sp)
tp=sum(g=='confront' and p=='confront' for _,_,g,p,_ in pairs); pc=sum(p=='confront' for _,_,g,p,_ in pairs); gc=sum(g=='confront' for _,_,g,p,_ in pairs)
print('confront tp',tp,'pred',pc,'gold',gc,'P %.3f R %.3f'%(tp/pc if pc else 0,tp/gc))
cm=collections.Counter((g,p) for _,_,g,p,_ in pairs)
for (g,p),c in sorted(cm.items()):
    if g!=p: print('  gold',g,'-> pred',p,c)
for cid,i,g,p,t in pairs:
    if g!=p: print('MISS',cid,i,g,'->',p,'|',t)
