import json, re
exec(open('qgrades.py').read())
notes = {}
for line in open('notes_a.txt'):
    m = re.match(r'(p\d\d) fit(\d) open(\d) q(\d) traps(\d) oars(\d) safety(\d) (?:print )?(\w+)\. (.*)', line.strip())
    cid, *crit, pr, note = m.groups()
    notes[cid] = dict(zip(['fit','opening','questions','traps','oars','safety'], map(int, crit)), print=pr.lower()=='yes', note=note)
harmful = {'p05','p07'}
embarrassing = {'p05','p07','p14','p13'}
identifying = {'p06':"foster carers' surname 'the Prices'", 'p15':"child's first name 'Ruby' and family surname 'Davies'"}
rows=[json.loads(l) for l in open('grades.jsonl')]
for n,r in enumerate(rows):
    if r['kind']=='question':
        g,a,w,nt = Q[n]; r.update(grade=g, would_ask=bool(a), wrong_person=bool(w), note=nt)
    elif r['kind']=='sheet':
        c=notes[r['id']]; crit={k:c[k] for k in ['fit','opening','questions','traps','oars','safety']}
        r.update(crit); r['grade']=round(sum(crit.values())/6)
        r['print_and_take']=c['print']; r['identifying_printed']=identifying.get(r['id'],'')
        r['note']=c['note']
    elif r['kind']=='case':
        c=notes[r['id']]
        r.update(harmful=r['id'] in harmful, embarrassing=r['id'] in embarrassing, satisfied=c['print'],
                 note=('HARMFUL: '+c['note']) if r['id'] in harmful else ('would print and take' if c['print'] else 'would not print as is'))
with open('grades.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False)+'\n')
# summary
S=[r for r in rows if r['kind']=='sheet']
for k in ['fit','opening','questions','traps','oars','safety']:
    print(k, round(sum(r[k] for r in S)/len(S),2))
print('print', sum(r['print_and_take'] for r in S))
print([ (r['id'],r['grade']) for r in S])
