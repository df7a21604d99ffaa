# Compare product primary codes with reviewer gold; compute review figures.
import json, os
from collections import Counter, defaultdict
D = os.path.dirname(os.path.abspath(__file__))
GROUP = {"open_question": "question", "closed_question": "question",
         "simple_reflection": "reflection", "complex_reflection": "reflection", "summary": "reflection",
         "information": "input", "advice": "input", "confront": "input",
         "other": "other", "affirmation": "other"}
gold = [json.loads(l) for l in open(os.path.join(D, "gold.jsonl"))]
gcode = {(g["file"], g["line"]): g for g in gold if "code" in g}
grating = {g["file"]: g["rating"] for g in gold if "rating" in g}
pairs, scores = [], {}
for l in open(os.path.join(D, "outputs.jsonl")):
    o = json.loads(l); fn = o["id"] + ".txt"; out = o["output"]
    scores[fn] = out["metrics"]["score"]
    for i, u in enumerate(out["utterances"], 1):
        if u["role"] != "worker": continue
        g = gcode[(fn, i)]
        assert g["text"] == u["text"], (fn, i)
        pairs.append((fn, i, g["code"], u["primary"], u["text"]))
assert len(pairs) == len(gcode)
n = len(pairs)
acc10 = sum(g == p for _, _, g, p, _ in pairs) / n
acc4 = sum(GROUP[g] == GROUP[p] for _, _, g, p, _ in pairs) / n
def found(code):
    gs = [x for x in pairs if x[2] == code]
    return sum(x[3] == code for x in gs), len(gs)
sf, sn = found("summary"); af, an = found("affirmation")
tp = sum(g == p == "confront" for _, _, g, p, _ in pairs)
pp = sum(p == "confront" for _, _, _, p, _ in pairs)
gp = sum(g == "confront" for _, _, g, _, _ in pairs)
qs = [x for x in pairs if x[2] in ("open_question", "closed_question")]
oc_right = sum(x[2] == x[3] for x in qs)
qs_q = [x for x in qs if x[3] in ("open_question", "closed_question")]
oc_right_given_q = sum(x[2] == x[3] for x in qs_q)
# per-code recall / precision
per = {}
for c in GROUP:
    g_ = sum(x[2] == c for x in pairs); p_ = sum(x[3] == c for x in pairs); t_ = sum(x[2] == c == x[3] for x in pairs)
    per[c] = (t_, g_, p_)
conf = Counter((g, p) for _, _, g, p, _ in pairs if g != p)
# Spearman with average ranks
def ranks(v):
    s = sorted(range(len(v)), key=lambda i: v[i]); r = [0.0] * len(v); i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and v[s[j + 1]] == v[s[i]]: j += 1
        for k in range(i, j + 1): r[s[k]] = (i + j) / 2 + 1
        i = j + 1
    return r
files = sorted(scores)
a = ranks([scores[f] for f in files]); b = ranks([grating[f] for f in files])
ma, mb = sum(a) / len(a), sum(b) / len(b)
rho = sum((x - ma) * (y - mb) for x, y in zip(a, b)) / (sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b)) ** 0.5
res = {
    "worker_utterances": n,
    "acc10": round(acc10, 3), "acc4": round(acc4, 3),
    "summaries_found": f"{sf}/{sn}", "affirmations_found": f"{af}/{an}",
    "confront_precision": f"{tp}/{pp}" + (f" = {tp/pp:.2f}" if pp else ""),
    "confront_recall": f"{tp}/{gp} = {tp/gp:.2f}",
    "open_closed_on_gold_questions": f"{oc_right}/{len(qs)} = {oc_right/len(qs):.2f}",
    "open_closed_when_product_also_says_question": f"{oc_right_given_q}/{len(qs_q)} = {oc_right_given_q/len(qs_q):.2f}",
    "spearman": round(rho, 3),
    "score_vs_rating": {f: (scores[f], grating[f]) for f in files},
}
if __name__ == "__main__":
    print(json.dumps(res, indent=1))
    print("per code (agree, gold n, product n):")
    for c, v in per.items(): print(f"  {c:20s} {v}")
    print("confusions (gold -> product):")
    for (g, p), k in conf.most_common(): print(f"  {g} -> {p}: {k}")
    print("disagreements:")
    for fn, i, g, p, t in pairs:
        if g != p: print(f"  {fn}:{i} gold={g} product={p} | {t}")
