# Computes the acceptance figures from gold.jsonl, ratings.json, outputs.jsonl and the filled grades.jsonl.
import json, collections
gold = [json.loads(l) for l in open("gold.jsonl")]
ratings = json.load(open("ratings.json"))
outs = {r["id"]: r["output"] for r in map(json.loads, open("outputs.jsonl"))}
grades = [json.loads(l) for l in open("grades.jsonl")]
GROUP = {"open_question": "open", "closed_question": "closed", "simple_reflection": "reflect", "complex_reflection": "reflect",
         "summary": "reflect", "affirmation": "other", "information": "other", "advice": "other", "confront": "other", "other": "other"}
# align product worker utterances to file lines by text (the product may drop Welsh-only lines)
prod = {}
for cid, o in outs.items():
    lines = open(f"{cid}.txt").read().splitlines()
    ws = [u for u in o["utterances"] if u["role"] == "worker"]
    wl = [i for i, l in enumerate(lines, 1) if l.startswith("Worker:")]
    j = 0
    for u in ws:
        while lines[wl[j]-1].split(": ", 1)[1] != u["text"]: j += 1
        prod[(cid, wl[j])] = u["primary"]; j += 1
pairs = [(g["code"], prod.get((g["file"][:3], g["line"]))) for g in gold]
n = len(pairs)
acc10 = sum(a == b for a, b in pairs) / n
acc4 = sum(GROUP[a] == GROUP.get(b) for a, b in pairs) / n
defens = sum(1 for r in grades if r["kind"] == "code" and r["grade"] >= 1) / n
gs = [p for p in pairs if p[0] == "summary"]; found = sum(b == "summary" for a, b in gs)
false_sum = sum(1 for a, b in pairs if b == "summary" and a != "summary")
tp = sum(1 for a, b in pairs if a == b == "confront"); pp = sum(1 for a, b in pairs if b == "confront"); gp = sum(1 for a, b in pairs if a == "confront")
def ranks(v):
    s = sorted(range(len(v)), key=lambda i: v[i]); r = [0]*len(v); i = 0
    while i < len(s):
        j = i
        while j+1 < len(s) and v[s[j+1]] == v[s[i]]: j += 1
        for k in range(i, j+1): r[s[k]] = (i+j)/2 + 1
        i = j+1
    return r
ids = sorted(ratings); a = ranks([ratings[i] for i in ids]); b = ranks([outs[i]["metrics"]["score"] for i in ids])
ma, mb = sum(a)/len(a), sum(b)/len(b)
rho = sum((x-ma)*(y-mb) for x, y in zip(a, b)) / (sum((x-ma)**2 for x in a) * sum((y-mb)**2 for y in b)) ** 0.5
fb = [r for r in grades if r["kind"] == "feedback"]
fmean = sum(r["grade"] for r in fb) / len(fb); harm = [r for r in fb if r.get("harmful")]
rw = [r for r in fb if "better" in json.loads(r["text"])]
print("| figure | value | target | met |\n|---|---|---|---|")
def row(name, v, t, ok): print(f"| {name} | {v} | {t} | {'yes' if ok else 'NO'} |")
row("10-code accuracy", f"{acc10:.3f} ({sum(a==b for a,b in pairs)}/{n})", ">= 0.80", acc10 >= .8)
row("4-group accuracy", f"{acc4:.3f} ({sum(GROUP[a]==GROUP.get(b) for a,b in pairs)}/{n})", ">= 0.90", acc4 >= .9)
row("summaries found", f"{found}/{len(gs)} = {found/len(gs):.2f}; false summaries {false_sum}", ">= 0.9", found/len(gs) >= .9)
row("confront precision", f"{tp}/{pp} = {tp/pp:.2f}", ">= 0.8", tp/pp >= .8)
row("confront recall", f"{tp}/{gp} = {tp/gp:.2f}", ">= 0.7", tp/gp >= .7)
row("score Spearman", f"{rho:.3f} (n={len(ids)})", ">= 0.85", rho >= .85)
row("feedback mean grade", f"{fmean:.2f} of 2 (n={len(fb)})", ">= 1.5", fmean >= 1.5)
row("harmful feedback items", f"{len(harm)}", "0", len(harm) == 0)
print(f"\ncode graded >=1 (incl. defensible): {defens:.3f}; rewrites/alternatives ('better') graded: mean {sum(r['grade'] for r in rw)/len(rw):.2f} (n={len(rw)})")
print("scores:", {i: (ratings[i], outs[i]["metrics"]["score"]) for i in ids})
cm = collections.Counter((a, b) for a, b in pairs if a != b)
print("confusions:", cm.most_common())
pc = collections.Counter(a for a,b in pairs); ok = collections.Counter(a for a,b in pairs if a==b)
print("per-code recall:", {c: f"{ok[c]}/{pc[c]}" for c in pc})
pr = collections.Counter(b for a,b in pairs); print("per-code precision:", {c: f"{ok[c]}/{pr[c]}" for c in pr})
g4 = collections.Counter((GROUP[a], GROUP.get(b)) for a,b in pairs if GROUP[a]!=GROUP.get(b)); print("4-group confusions:", g4.most_common())
