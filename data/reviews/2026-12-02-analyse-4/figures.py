# Computes the acceptance figures from gold.jsonl, ratings.json, outputs.jsonl and the filled grades.jsonl.
import json
from collections import Counter
G4 = {"open_question": "open", "closed_question": "closed", "simple_reflection": "reflection",
      "complex_reflection": "reflection", "summary": "reflection"}
g4 = lambda c: G4.get(c, "other")
gold = {}
for l in open("gold.jsonl"):
    g = json.loads(l); gold.setdefault(g["file"][:3], []).append(g)
ratings = json.load(open("ratings.json"))
pairs, scores = [], {}
for l in open("outputs.jsonl"):
    o = json.loads(l); cid = o["id"]
    wu = [u for u in o["output"]["utterances"] if u["role"] == "worker"]
    assert len(wu) == len(gold[cid])
    scores[cid] = o["output"]["metrics"]["score"]
    for g, u in zip(gold[cid], wu):
        assert g["text"] == u["text"]
        pairs.append((cid, g["line"], g["code"], u["primary"], u["codes"]))
n = len(pairs)
acc10 = sum(g == p for _, _, g, p, _ in pairs) / n
acc4 = sum(g4(g) == g4(p) for _, _, g, p, _ in pairs) / n
gs = [x for x in pairs if x[2] == "summary"]
found = sum(x[3] == "summary" for x in gs)
false_sum = [x for x in pairs if x[3] == "summary" and x[2] != "summary"]
tp = sum(1 for x in pairs if x[2] == "confront" and x[3] == "confront")
pp = sum(1 for x in pairs if x[3] == "confront")
gp = sum(1 for x in pairs if x[2] == "confront")
any_tp = sum(1 for x in pairs if x[2] == "confront" and "confront" in x[4])
any_pp = sum(1 for x in pairs if "confront" in x[4])
def rank(v):
    s = sorted(range(len(v)), key=lambda i: v[i]); r = [0]*len(v); i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and v[s[j+1]] == v[s[i]]: j += 1
        for k in range(i, j+1): r[s[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
ids = sorted(ratings)
a, b = rank([ratings[i] for i in ids]), rank([scores[i] for i in ids])
ma, mb = sum(a)/len(a), sum(b)/len(b)
rho = sum((x-ma)*(y-mb) for x, y in zip(a, b)) / (sum((x-ma)**2 for x in a) * sum((y-mb)**2 for y in b)) ** 0.5
rows = [json.loads(l) for l in open("grades.jsonl")]
fbr = [r for r in rows if r["kind"] == "feedback"]
fbmean = sum(r["grade"] for r in fbr) / len(fbr)
harm = [r for r in fbr if r.get("harmful")]
cm = Counter((g, p) for _, _, g, p, _ in pairs if g != p)
per_code = {}
for c in sorted(set(x[2] for x in pairs)):
    xs = [x for x in pairs if x[2] == c]; per_code[c] = (len(xs), sum(x[3] == c for x in xs))
pred = Counter(x[3] for x in pairs)
res = {
 "worker_lines": n, "acc10": round(acc10, 3), "acc4": round(acc4, 3),
 "summaries_found": f"{found}/{len(gs)}", "summaries_found_share": round(found/len(gs), 3), "false_summaries": len(false_sum),
 "confront_precision": f"{tp}/{pp} = {tp/pp:.2f}", "confront_recall": f"{tp}/{gp} = {tp/gp:.2f}",
 "confront_any_code_precision": f"{any_tp}/{any_pp}", "confront_any_code_recall": f"{any_tp}/{gp}",
 "spearman": round(rho, 3), "scores": {i: (ratings[i], scores[i]) for i in ids},
 "feedback_items": len(fbr), "feedback_mean": round(fbmean, 3), "feedback_harmful": len(harm),
 "per_code_recall": {c: f"{k}/{m}" for c, (m, k) in per_code.items()},
 "per_code_precision": {c: f"{sum(1 for x in pairs if x[3]==c and x[2]==c)}/{pred[c]}" for c in sorted(pred)},
 "confusions": cm.most_common(),
}
print(json.dumps(res, indent=1))
json.dump(res, open("figures.json", "w"), indent=1)
