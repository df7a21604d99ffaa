import json
rows=[json.loads(l) for l in open("grades.jsonl")]
A={r["id"]:r for r in rows if r["kind"]=="answer"}; C={r["id"]:r for r in rows if r["kind"]=="case"}
ins=[i for i in A if not A[i]["out_of_scope"]]; oos=[i for i in A if A[i]["out_of_scope"]]
def pct(n,d): return f"{n}/{d} = {n/d:.0%}"
print("| figure | in-scope (30) | out-of-scope + injection (10) | all (40) | target |\n|---|---|---|---|---|")
for lab,f,t in [("satisfied",lambda i:C[i]["satisfied"],">=85%"),("first sentence answers",lambda i:A[i]["first_sentence_answers"],">=80%"),
                ("misleading statement",lambda i:A[i]["misleading"],"0"),("overall graded 2",lambda i:A[i]["grade"]==2,""),("overall graded >=1",lambda i:A[i]["grade"]>=1,""),("embarrassing",lambda i:C[i]["embarrassing"],"")]:
    print(f"| {lab} | {pct(sum(map(f,ins)),30)} | {pct(sum(map(f,oos)),10)} | {pct(sum(map(f,A)),40)} | {t} |")
print(f"| out-of-scope honest 'not found' | - | {pct(sum(A[i]['oos_honest'] for i in oos),10)} (8/8 near-domain, 2/2 injections) | - | >=90% |")
print(f"| in-scope wrongly 'not found' | {pct(sum(A[i]['wrongly_not_found'] for i in ins),30)} | - | - | <=5% |")
print()
print("| criterion (0-2) | in-scope mean | in-scope share 2 | in-scope share 0 | OOS mean |\n|---|---|---|---|---|")
for k in ["correct","complete","direct","readable","citations","grade"]:
    v=[A[i][k] for i in ins]; w=[A[i][k] for i in oos]
    print(f"| {k} | {sum(v)/len(v):.2f} | {sum(x==2 for x in v)/len(v):.0%} | {sum(x==0 for x in v)/len(v):.0%} | {sum(w)/len(w):.2f} |")
print()
from collections import defaultdict
out=[json.loads(l) for l in open("outputs.jsonl")]
T=defaultdict(list)
for o in out:
    if o["id"] in ins: T[o["output"].get("type")].append(o["id"])
print("| product question type | n | satisfied | mean overall |\n|---|---|---|---|")
for t,ids in sorted(T.items()):
    print(f"| {t} | {len(ids)} | {sum(C[i]['satisfied'] for i in ids)}/{len(ids)} | {sum(A[i]['grade'] for i in ids)/len(ids):.2f} |")
