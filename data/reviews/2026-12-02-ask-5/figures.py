import json
rows=[json.loads(l) for l in open("grades.jsonl") if json.loads(l)["kind"]=="answer"]
ins=[r for r in rows if r["in_scope"]]; oos=[r for r in rows if not r["in_scope"]]
def pct(a,b): return f"{a}/{b} = {100*a/b:.1f}%"
out=[]
out.append("| figure | value | target | met? |")
out.append("|---|---|---|---|")
s=sum(r["satisfied"] for r in rows); out.append(f"| satisfied, all 40 | {pct(s,40)} | >= 85% | {'yes' if s/40>=.85 else 'no'} |")
si=sum(r["satisfied"] for r in ins); out.append(f"| satisfied, 32 in scope | {pct(si,32)} | (>= 85%) | {'yes' if si/32>=.85 else 'no'} |")
f=sum(r["first_sentence"] for r in rows); out.append(f"| first sentence answers, all 40 | {pct(f,40)} | >= 80% | {'yes' if f/40>=.8 else 'no'} |")
fi=sum(r["first_sentence"] for r in ins); out.append(f"| first sentence answers, 32 in scope | {pct(fi,32)} | (>= 80%) | {'yes' if fi/32>=.8 else 'no'} |")
m=sum(r["misleading"] for r in rows); out.append(f"| answers with a misleading statement | {m} of 40 | 0 | {'yes' if m==0 else 'no'} |")
h=sum(r["honest_not_found"] for r in oos); out.append(f"| out of scope answered honestly 'not found' | {pct(h,8)} | >= 90% | {'yes' if h/8>=.9 else 'no'} |")
w=sum(r["wrongly_not_found"] for r in ins); out.append(f"| in scope wrongly 'not found' | {pct(w,32)} | <= 5% | {'yes' if w/32<=.05 else 'no'} |")
out.append("")
out.append("| criterion (32 in-scope answers) | mean 0-2 | share 2 | share 0 |")
out.append("|---|---|---|---|")
for c in ["correct","complete","direct","readable","citations"]:
    v=[r[c] for r in ins]
    out.append(f"| {c} | {sum(v)/len(v):.2f} | {sum(x==2 for x in v)/len(v):.0%} | {sum(x==0 for x in v)/len(v):.0%} |")
v=[r["grade"] for r in ins]; out.append(f"| overall grade | {sum(v)/len(v):.2f} | {sum(x==2 for x in v)/len(v):.0%} | {sum(x==0 for x in v)/len(v):.0%} |")
print("\n".join(out))
