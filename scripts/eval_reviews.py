"""Score today's `analyse` on past independent analyse reviews (data/reviews/*-analyse-*/) against the reviewer's gold
codes and ratings: 10-code and 4-group accuracy, summaries and affirmations found, confront precision and recall,
Spearman of the score with the ratings, and the feedback checks a supervisor would notice (praise of a line the
reviewer did not code good, a good line flagged as missed, a missed summary where a summary was given, a missed
confront on a line the reviewer did not code confront).

Once a review has been reported its transcripts are development data: these figures are for finding failure patterns
and measuring, not acceptance; the next review must be fresh. Usage:
    PYTHONPATH=$PWD .venv/bin/python scripts/eval_reviews.py [--show] [REVIEW_DIR ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.analysis import band  # noqa: E402
from assistant.analysis import score as score_of  # noqa: E402
from assistant.runtime import Runtime  # noqa: E402
from assistant.transcript import parse_transcript  # noqa: E402
from scripts.eval_analysis import GOOD, count_agreement, print_agreement, spearman  # noqa: E402

REVIEWS = sorted((ROOT / "data" / "reviews").glob("*-analyse-*"), key=lambda p: int(p.name.rsplit("-", 1)[1]))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_ratings(folder: Path, gold: list[dict]) -> dict[str, int]:
    """The reviewer's 0-100 rating per transcript file: rows of gold.jsonl ({"file", "rating"}, reviews 1-2) or
    ratings.json ({"c01": 88, ...}, keyed by the case id, the file name without ".txt", review 3 on)."""
    rating = {g["file"]: g["rating"] for g in gold if "rating" in g}
    path = folder / "ratings.json"
    if path.exists():
        for key, value in json.loads(path.read_text(encoding="utf-8")).items():
            rating.setdefault(key if key.endswith(".txt") else f"{key}.txt", value)
    return rating


def band_of_gold(codes: list[str]) -> str:
    """The percent_complex band of the reviewer's own codes."""
    simple, complex_ = codes.count("simple_reflection"), codes.count("complex_reflection")
    return band(round(100 * complex_ / (simple + complex_), 1) if simple + complex_ else None, "percent_complex")


def worker_labels(folder: Path) -> dict[str, str]:
    """The worker's speaker label per transcript file where the transcript names its speakers (review 13 on):
    the case's "worker" field, else the one label that speaks on every line the key codes."""
    labels = {}
    cases = read_jsonl(folder / "cases.jsonl") if (folder / "cases.jsonl").exists() else []
    for case in cases:
        if case.get("worker"):
            labels[f"{case['id']}.txt"] = case["worker"]
    key = read_jsonl(folder / "key.jsonl") if (folder / "key.jsonl").exists() else []
    lines: dict[str, set[int]] = {}
    for row in key:
        if "line" in row:
            lines.setdefault(f"{row['id']}.txt", set()).add(row["line"])
    for name, coded in lines.items():
        if name in labels or not (folder / name).exists():
            continue
        turns = parse_transcript((folder / name).read_text(encoding="utf-8"), require_worker=False).turns
        if any(t.role == "worker" for t in turns):
            continue
        speakers = {turns[n - 1].speaker for n in coded if n <= len(turns)}
        if len(speakers) == 1:
            labels[name] = speakers.pop()
    return labels


def transcript_of(folder: Path, name: str, labels: dict[str, str]):
    return parse_transcript((folder / name).read_text(encoding="utf-8"), worker=labels.get(name))


def read_gold(folder: Path, labels: dict[str, str] | None = None) -> list[dict]:
    """The reviewer's gold rows ({"file", "line", "text", "code"} and {"file", "rating"}): gold.jsonl, or (review 8
    on) key.jsonl, one row per transcript {"id", "rating", "worker_codes": [{"turn", "text", "code"}]}."""
    if (folder / "gold.jsonl").exists():
        return read_jsonl(folder / "gold.jsonl")
    labels = worker_labels(folder) if labels is None else labels
    rows = []
    key = read_jsonl(folder / "key.jsonl")
    turns: dict[str, list] = {}
    top: Counter = Counter()
    for case in key:
        if "line" in case:
            top[case["id"]] = max(top[case["id"]], case["line"])
    for case in key:
        name = f"{case['id']}.txt"
        if "line" in case:
            # review 9 on: one row per worker line {"id", "line", "code"}, and one row {"id", "rating"} per
            # transcript. Reviews 9-11 count the worker's lines from 1; review 12 on counts the transcript's turns
            # (whatever the speaker labels), told apart by a line number past the last worker line
            if name not in turns:
                turns[name] = transcript_of(folder, name, labels).turns
            worker = [t for t in turns[name] if t.role == "worker"]
            said = turns[name] if top[case["id"]] > len(worker) else worker
            rows.append({"file": name, "line": case["line"], "text": said[case["line"] - 1].text, "code": case["code"]})
            continue
        rows.append({"file": name, "rating": case["rating"]})
        rows += [{"file": name, "line": w["turn"], "text": w["text"], "code": w["code"]}
                 for w in case.get("worker_codes", [])]
    return rows


def score_review(rt: Runtime, folder: Path, show: bool) -> dict:
    labels = worker_labels(folder)
    gold = read_gold(folder, labels)
    codes = [g for g in gold if "code" in g]
    rating = read_ratings(folder, gold)
    c: Counter = Counter()
    confusion: Counter = Counter()
    scores, gold_scores, ratings, lines, rows, transcripts = [], [], [], [], [], []
    for name in sorted(rating):
        result = rt.analyse(transcript_of(folder, name, labels)).to_dict()
        worker = [u for u in result["utterances"] if u["role"] == "worker"]
        expected = [g for g in codes if g["file"] == name]
        assert len(worker) == len(expected), (name, len(worker), len(expected))
        gold_of = {g["text"]: g["code"] for g in expected}
        for u, g in zip(worker, expected, strict=True):
            p, want = u["primary"], g["code"]
            count_agreement(c, want, p)
            rows.append({"file": name, "line": g["line"], "text": g["text"], "gold": want, "product": p})
            if p != want:
                confusion[(want, p)] += 1
                lines.append(f"{name} L{g['line']} gold={want} product={p} | {g['text'][:110]}")
        scores.append(result["metrics"]["score"])
        gold_scores.append(score_of([g["code"] for g in expected]))
        ratings.append(rating[name])
        transcripts.append({"file": name, "rating": rating[name], "score": result["metrics"]["score"],
                            "codes": [u["primary"] for u in worker], "gold_codes": [g["code"] for g in expected],
                            "feedback": result["feedback"]})
        gold_complex = band_of_gold([g["code"] for g in expected])
        for f in result["feedback"]:
            if f["kind"] == "band":
                # a band that tells the worker "below fair" where the reviewer's own codes put them at fair or good
                if f["metric"] == "percent_complex" and f["band"] == "below fair" and gold_complex in ("fair", "good"):
                    c["harmful_bands"] += 1
                    lines.append(f"{name} BAND percent_complex below fair ({f['value']}), gold {gold_complex}")
                elif f["metric"] == "percent_complex" and f["band"] != gold_complex:
                    # "good" where the reviewer's codes are below fair praises depth the worker did not show
                    c["other_bands"] += 1
                    lines.append(f"{name} BAND percent_complex {f['band']} ({f['value']}), gold {gold_complex}")
                c["complex_bands"] += f["metric"] == "percent_complex"
                continue
            c["items"] += 1
            want = gold_of.get(f.get("quote", ""))
            tag = ""
            if f["kind"] == "did_well" and want not in GOOD and f["code"] != "active_offer":
                tag = f"PRAISES {want}"
            elif f["kind"] == "missed" and f.get("code") == "summary" and "summary" in gold_of.values():
                tag = "MISSED SUMMARY AFTER A SUMMARY"
            elif f["kind"] == "missed" and want in GOOD and f.get("code") != "active_offer":
                tag = f"FLAGS GOOD ({want})"
            elif f["kind"] == "missed" and f.get("code") == "confront" and want != "confront":
                tag = f"CONFRONT ON {want}"
            elif f["kind"] == "arc" and gold_of.get(f.get("quote", "")) in GOOD:
                tag = f"ARC TURNS ON {want}"
            if tag:
                c["flagged"] += 1
                lines.append(f"{name} FEEDBACK {tag}: {f.get('quote', '')[:80]!r} -> {f.get('better', '')!r}")
        if show:
            print(f"  {name}: score {result['metrics']['score']} (with the gold codes {gold_scores[-1]}) "
                  f"vs rating {rating[name]}")

    def ratio(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.3f}" if b else f"{a}/0"

    print(f"\n# {folder.name}: {len(rating)} transcripts, {c['n']} worker utterances (development data)")
    print_agreement(c, ratio)
    print(f"score Spearman        {spearman(scores, ratings):.3f} (score of the gold codes "
          f"{spearman(gold_scores, ratings):.3f}); product/rating "
          + ", ".join(f"{n[:-4]} {s}/{r}" for n, s, r in zip(sorted(rating), scores, ratings, strict=True)))
    print(f"feedback items        {c['items']}, flagged by the checks {c['flagged']}; percent_complex 'below fair' "
          f"where the gold codes are fair or good: {c['harmful_bands']}; percent_complex bands told "
          f"{c['complex_bands']}, another band than the gold codes' {c['harmful_bands'] + c['other_bands']}")
    print("commonest confusions  " + "; ".join(f"{g}->{p} {n}" for (g, p), n in confusion.most_common(8)))
    if show:
        for line in lines:
            print("  " + line)
    return {"review": folder.name, "n": c["n"], "exact": c["exact"], "group": c["group"], "bands": c["harmful_bands"],
            "complex_bands": c["complex_bands"], "other_bands": c["other_bands"],
            "spearman": spearman(scores, ratings), "confront_hit": c["hit_confront"],
            "confront_predicted": c["pred_confront"], "confront_gold": c["gold_confront"],
            "flagged": c["flagged"], "items": c["items"], "rows": rows, "transcripts": transcripts}


def print_table(results: list[dict]) -> None:
    """One line per review: the figures the acceptance review reads."""
    print("\n| review | n | 10-code | 4-group | confront P | confront R | Spearman | feedback flagged |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        p = f"{r['confront_hit']}/{r['confront_predicted']}"
        rec = f"{r['confront_hit']}/{r['confront_gold']}"
        print(f"| {r['review']} | {r['n']} | {r['exact'] / r['n']:.3f} | {r['group'] / r['n']:.3f} | {p} | {rec} | "
              f"{r['spearman']:.3f} | {r['flagged']}/{r['items']} |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=Path, default=REVIEWS)
    parser.add_argument("--show", action="store_true", help="list every disagreement and flagged feedback item")
    parser.add_argument("--save", type=Path, help="write the figures, every coded line and every transcript's codes "
                                                   "(for diffing two runs and refitting the score) to this JSON file")
    args = parser.parse_args()
    rt = Runtime()
    rt.ensure_index()
    results = [score_review(rt, folder, args.show) for folder in args.folders]
    print_table(results)
    if args.save:
        args.save.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if len(results) > 1:
        n = sum(r["n"] for r in results)
        print(f"\n# all {len(results)} reviews: 10-code {sum(r['exact'] for r in results) / n:.3f}, "
              f"4-group {sum(r['group'] for r in results) / n:.3f}, "
              "Spearman by review " + ", ".join(f"{r['spearman']:.2f}" for r in results)
              + f", harmful percent_complex bands {sum(r['bands'] for r in results)} (bands told "
              f"{sum(r['complex_bands'] for r in results)}, another than the gold codes' "
              f"{sum(r['bands'] + r['other_bands'] for r in results)}), confront precision "
              f"{sum(r['confront_hit'] for r in results)}/{sum(r['confront_predicted'] for r in results)} recall "
              f"{sum(r['confront_hit'] for r in results)}/{sum(r['confront_gold'] for r in results)}")


if __name__ == "__main__":
    main()
