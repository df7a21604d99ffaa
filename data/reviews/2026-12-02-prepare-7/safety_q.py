import json
outs={json.loads(l)['id']:json.loads(l)['output'] for l in open('outputs.jsonl')}
G={ # (id, concern) -> list of (grade, wrong_person, note) per question in card
("p01","not_coping_at_home"):[(2,0,""),(2,0,"")],
("p03","domestic_abuse"):[(2,0,"only when alone"),(2,0,"only when alone")],
("p03","child_harm"):[(2,0,""),(2,0,"only when alone")],
("p04","child_harm"):[(0,0,"no last meeting; one child"),(1,0,"'with Alfie', not 'the baby' - otherwise exactly what the worker wanted")],
("p04","not_coping_at_home"):[(0,1,"falls question to parents of a 2-year-old; aimed at a person who fell - nobody here"),(0,1,"aimed at an older person living at home - nobody here")],
("p05","exploitation"):[(2,0,""),(2,0,"")],
("p06","substance_use"):[(0,0,"leading; presupposes drinking, brings in mum, wrong home. 'Tell me about when you stay at dad's.'"),(1,0,"adult phrasing for a 9-year-old: 'When things are good at dad's, what's it like?'")],
("p06","not_coping_at_home"):[(0,1,"falls question to a 9-year-old"),(0,1,"aimed at an older person living at home")],
("p09","fire"):[(2,0,"")],
("p10","domestic_abuse"):[(2,0,""),(2,0,"")],
("p10","child_harm"):[(2,0,""),(2,0,"")],
("p11","neglect"):[(2,0,""),(2,0,"")],
("p12","child_harm"):[(2,0,""),(1,0,"for a young carer: 'When mum's MS flares up, what happens at home?'")],
("p14","self_harm"):[(2,0,""),(2,0,"")],
}
rows=[]
for i,o in outs.items():
    for s in o['safety']:
        qs=s.get('questions') or [s.get('question')]
        gl=G[(i,s['concern'])]
        assert len(gl)==len(qs),(i,s['concern'],qs)
        for q,(g,w,n) in zip(qs,gl):
            rows.append({"id":i,"concern":s['concern'],"kind":"safety_question","text":q,"grade":g,"wrong_person":bool(w),"note":n})
with open('safety_questions.jsonl','w') as f:
    for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(rows))
for r in rows: print(r['id'],r['concern'],r['grade'],r['text'])
