import json
# (id, kind) -> list of (grade, note) in order of appearance
G={
("s01","reflection_simple"):[(2,"rolls with resistance, respects independence")],
("s01","open_question"):[(1,"clunky echo ', always have been,'; otherwise fine")],
("s01","stage"):[(2,"")],
("s02","safety"):[(2,"right concern; direct, calm suicide question")],
("s02","stage"):[(2,"")],
("s03","reflection_simple"):[(1,"parrots the least important clause; misses work pressure")],
("s03","open_question"):[(1,"asks about mornings she has just described; bedtimes ok")],
("s03","stage"):[(2,"")],
("s04","reflection_simple"):[(1,"flat; misses what the club means to him")],
("s04","stage"):[(2,"")],
("s05","safety"):[(2,"right concern (coercive control); good question")],
("s05","stage"):[(2,"")],
("s06","reflection_simple"):[(1,"acceptable but reflects coping, not the marks")],
("s06","safety"):[(2,"right concern; open non-leading question")],
("s06","stage"):[(2,"")],
("s07","reflection_simple"):[(1,"long parrot; misses the removed battery")],
("s07","safety"):[(2,"right concern; generic but fine question; check_first covers alarms")],
("s07","stage"):[(0,"planning; she is describing what happened -> exploring")],
("s08","reflection_simple"):[(2,"")],
("s08","safety"):[(2,"right concern; question targets the Friday deadline")],
("s08","stage"):[(2,"")],
("s09","safety"):[(2,"right concern (CCE); good question on 'holding stuff'")],
("s09","stage"):[(2,"")],
("s10","reflection_simple"):[(2,"non-judgemental")],
("s10","safety"):[(1,"substance_use right but no child_harm card; question ignores 'dont hear him wake up' (check_first does mention children)")],
("s10","stage"):[(2,"")],
("s11","reflection_simple"):[(0,"HARMFUL: worker voices 'it don't matter really does it' - sounds like agreeing her self-neglect doesn't matter; no card for self-neglect/hopelessness after bereavement")],
("s11","stage"):[(2,"")],
("s12","reflection_simple"):[(2,"")],
("s12","safety"):[(1,"right concern; question 'When you say nothing broken, what happens then?' is garbled")],
("s12","stage"):[(2,"")],
("s13","reflection_complex"):[(0,"EMBARRASSING: turns a proud achievement into a burden ('a lot to carry by yourself')")],
("s13","open_question"):[(2,"")],
("s13","affirmation"):[(1,"'You done' -> 'You did'; 'took courage' generic")],
("s13","stage"):[(2,"")],
("s14","reflection_simple"):[(2,"")],
("s14","reflection_complex"):[(2,"")],
("s14","open_question"):[(1,"past tense; in outcomes stage better to ask what would help get back to capel")],
("s14","stage"):[(2,"")],
("s15","reflection_simple"):[(2,"")],
("s15","stage"):[(2,"")],
("s16","reflection_complex"):[(1,"good double-sided; 'all them people' -> 'all those people'; ends on sustain side")],
("s16","stage"):[(2,"")],
("s17","reflection_simple"):[(1,"'this knee' -> 'your knee'")],
("s17","stage"):[(2,"")],
("s18","reflection_simple"):[(2,"")],
("s18","stage"):[(2,"")],
("s19","reflection_simple"):[(0,"EMBARRASSING: pronoun error 'whatever the school told me' - implies the school told the worker she is a bad mother; inflammatory with a defensive parent")],
("s19","open_question"):[(1,"ignores her 'so whats this about'; straight to the referral topic")],
("s19","stage"):[(1,"exploring; opening expected (purpose/trust)")],
("s20","reflection_simple"):[(2,"misses hiraeth/language, but fine as simple")],
("s20","stage"):[(1,"opening; exploring expected")],
("s21","affirmation"):[(1,"'That's a big step' doesn't fit an established network")],
("s21","stage"):[(0,"planning; strengths expected")],
("s22","reflection_simple"):[(2,"")],
("s22","open_question"):[(0,"garbled ('your nans' - the nan's dog) and steers the child away from the disclosure about shouting at night; no safety card")],
("s22","stage"):[(2,"")],
("s23","reflection_simple"):[(2,"")],
("s23","stage"):[(2,"")],
("s24","reflection_simple"):[(2,"misses coleg/uncle strength")],
("s24","stage"):[(2,"")],
("s25","safety"):[(2,"right concern despite minimising; good question")],
("s25","stage"):[(2,"")],
("s26","reflection_simple"):[(2,"")],
("s26","safety"):[(0,"EMBARRASSING false positive: suicide question to a woman saying she feels more like herself and did the raffle")],
("s26","stage"):[(2,"")],
("s27","safety"):[(1,"right concern (financial); question about 'stopping with you' misses the card/gas money")],
("s27","stage"):[(2,"")],
("s28","stage"):[(2,"conf 0.08; nothing else produced")],
("s29","reflection_simple"):[(1,"parrot; misses 'i dont sleep' and the locked door")],
("s29","safety"):[(1,"right concern; question 'what happens then' after she said police bring him back; locked door/hidden key (fire exit, restriction) not picked up")],
("s29","stage"):[(2,"")],
("s30","reflection_simple"):[(0,"EMBARRASSING: pronouns garbled ('ill go doctors bout your sleep', 'you meet again')")],
("s30","stage"):[(2,"")],
}
CASE={ # harmful, embarrassing, satisfied, note
"s11":(True,False,False,"no card for self-neglect/hopelessness; only suggestion echoes 'it don't matter really does it'"),
"s13":(False,True,False,"complex reflection frames achievement as a burden"),
"s19":(False,True,False,"'whatever the school told me' - could inflame a defensive parent"),
"s22":(False,False,False,"missed card: child hides under duvet when parents shout at night; question steers to football"),
"s26":(False,True,False,"false self_harm card on a positive review"),
"s30":(False,True,False,"garbled pronouns in the only suggestion"),
}
SAT={"s01","s05","s06","s08","s09","s14","s25"}
rows=[json.loads(l) for l in open("grades.jsonl")]
used={}
for r in rows:
    if r["kind"]=="case":
        h,e,s,n=CASE.get(r["id"],(False,False,r["id"] in SAT,""))
        r["harmful"],r["embarrassing"],r["satisfied"],r["note"]=h,e,s,n
        continue
    k=(r["id"],r["kind"]); i=used.get(k,0); used[k]=i+1
    g,n=G[k][i]; r["grade"]=g; r["note"]=n
assert all(used.get(k,0)==len(v) for k,v in G.items()), [k for k,v in G.items() if used.get(k,0)!=len(v)]
open("grades.jsonl","w").write("".join(json.dumps(r,ensure_ascii=False)+"\n" for r in rows))
print("ok",sum(1 for r in rows if r.get("grade") is None and r["kind"]!="case"))
