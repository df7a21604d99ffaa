# Acceptance figures from gold.jsonl, ratings.json, outputs.jsonl and the filled grades.jsonl.
import json
from collections import Counter
gold = [json.loads(l) for l in open("gold.jsonl")]
ratings = json.load(open("ratings.json"))
out = {json.loads(l)["id"]: json.loads(l)["output"] for l in open("outputs.jsonl")}
rows = [json.loads(l) for l in open("grades.jsonl")]
pairs = []
for cid, o in out.items():
    w = [u for u in o["utterances"] if u["role"] == "worker"]
    g = [x for x in gold if x["file"] == cid + ".txt"]
    assert len(w) == len(g)
    for u, x in zip(w, g):
        assert u["text"] == x["text"]
        pairs.append((cid, x["line"], x["code"], u["primary"], u["codes"]))
GROUP = {"open_question": "open", "closed_question": "closed", "simple_reflection": "reflection",
         "complex_reflection": "reflection", "summary": "reflection"}
grp = lambda c: GROUP.get(c, "other")
n = len(pairs)
acc10 = sum(g == p for _, _, g, p, _ in pairs) / n
acc4 = sum(grp(g) == grp(p) for _, _, g, p, _ in pairs) / n
gs = [p for p in pairs if p[2] == "summary"]
found = sum(p[3] == "summary" for p in gs)
false_s = [p for p in pairs if p[3] == "summary" and p[2] != "summary"]
gc = [p for p in pairs if p[2] == "confront"]; pc = [p for p in pairs if p[3] == "confront"]
tp = sum(p[3] == "confront" for p in gc)
# confront anywhere in the product's codes list (secondary included)
pc_any = [p for p in pairs if "confront" in p[4]]; tp_any = sum("confront" in p[4] for p in gc)
def ranks(v):
    s = sorted(range(len(v)), key=lambda i: v[i]); r = [0] * len(v); i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and v[s[j + 1]] == v[s[i]]: j += 1
        for k in range(i, j + 1): r[s[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
ids = sorted(ratings)
a = ranks([out[i]["metrics"]["score"] for i in ids]); b = ranks([ratings[i] for i in ids])
ma, mb = sum(a) / len(a), sum(b) / len(b)
rho = sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** 0.5
fb = [r for r in rows if r["kind"] == "feedback"]
fmean = sum(r["grade"] for r in fb) / len(fb)
harm = [r for r in fb if r.get("harmful")]
codegr = [r["grade"] for r in rows if r["kind"] == "code"]
print("| figure | value | target | met |\n|---|---|---|---|")
def line(name, val, target, ok): print(f"| {name} | {val} | {target} | {'yes' if ok else 'NO'} |")
line("10-code accuracy (primary vs gold)", f"{acc10:.3f} ({sum(g == p for _, _, g, p, _ in pairs)}/{n})", ">= 0.80", acc10 >= 0.8)
line("4-group accuracy", f"{acc4:.3f} ({sum(grp(g) == grp(p) for _, _, g, p, _ in pairs)}/{n})", ">= 0.90", acc4 >= 0.9)
line("summaries found", f"{found}/{len(gs)} = {found/len(gs):.3f}; false summaries {len(false_s)}", ">= 0.9", found / len(gs) >= 0.9)
line("confront precision (primary)", f"{tp}/{len(pc)} = {tp/len(pc):.3f}", ">= 0.8", tp / len(pc) >= 0.8)
line("confront recall (primary)", f"{tp}/{len(gc)} = {tp/len(gc):.3f}", ">= 0.7", tp / len(gc) >= 0.7)
line("Spearman score vs my ratings", f"{rho:.3f} (n={len(ids)})", ">= 0.85", rho >= 0.85)
line("feedback mean grade", f"{fmean:.2f} (n={len(fb)})", ">= 1.5", fmean >= 1.5)
line("harmful feedback items", f"{len(harm)} (all in c04)", "0", len(harm) == 0)
print()
print(f"Also: code rows graded >= 1 (matches + defensible): {sum(x >= 1 for x in codegr)}/{len(codegr)} = {sum(x >= 1 for x in codegr)/len(codegr):.3f}; "
      f"confront in any code (secondary included): precision {tp_any}/{len(pc_any)}, recall {tp_any}/{len(gc)}")
print("\nPer-code (gold -> product primary):")
for c in sorted(set(p[2] for p in pairs)):
    xs = [p for p in pairs if p[2] == c]
    print(f"  {c:<18} n={len(xs):>2} agree={sum(p[3] == c for p in xs):>2}  product said: {dict(Counter(p[3] for p in xs if p[3] != c))}")
print("\nScores:", {i: (out[i]["metrics"]["score"], ratings[i]) for i in ids}, "(product, mine)")
print("Per-case 10-code accuracy:", {i: round(sum(p[2] == p[3] for p in pairs if p[0] == i) / sum(1 for p in pairs if p[0] == i), 2) for i in ids})
print("Confusions:")
for p in pairs:
    if p[2] != p[3]: print(f"  {p[0]} L{p[1]}: gold {p[2]} -> {p[3]} {p[4]}")
