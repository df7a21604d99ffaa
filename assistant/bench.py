"""The project's benchmark: model load, cold and warm index builds, ask and query-embedding latency, memory."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .evaluation import load_eval_questions
from .settings import Settings

PREFIXES = ("", "Quick question: ", "As a student, ", "In a home visit, ", "For supervision: ")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = q / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def latency(values: list[float]) -> dict[str, float]:
    """p50/p95 in milliseconds."""
    return {"p50_ms": round(percentile(values, 50) * 1000, 2), "p95_ms": round(percentile(values, 95) * 1000, 2)}


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux); 0 where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def bench_questions(corpus_dir: Path, n: int) -> list[str]:
    """n varied student-style questions drawn from the evaluation set."""
    base = [item["question"] for item in load_eval_questions(corpus_dir)] or ["What is a personal outcome?"]
    out = []
    for i in range(n):
        q = base[i % len(base)]
        prefix = PREFIXES[(i // len(base)) % len(PREFIXES)]
        out.append(prefix + (q[0].lower() + q[1:] if prefix else q))
    return out


def timed_beside_embedding(call: Callable, inputs: list[str], embedder) -> tuple[list[float], list[float]]:
    """Seconds per call and per embedding of the same input, interleaved so machine noise hits both alike."""
    for text in inputs[:5]:  # warm caches
        call(text)
    call_times, embed_times = [], []
    for text in inputs:
        t = time.perf_counter()
        embedder.embed([text])
        embed_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        call(text)
        call_times.append(time.perf_counter() - t)
    return call_times, embed_times


def bench_conversation(rt, embedder, settings: Settings, log: Callable[[str], None], web_bench=None) -> dict:
    """suggest over 200 varied person inputs, analysis of a 100-utterance transcript, coder throughput."""
    from .classifiers import read_jsonl
    from .locations import LABELLED
    from .transcript import parse_transcript

    inputs = [row["text"] for row in read_jsonl(LABELLED / "person_turns.jsonl")]
    suggest_times, embed_times = timed_beside_embedding(rt.suggest, (inputs * 2)[:200], embedder)
    web = web_bench(rt, inputs[:100]) if web_bench else {}
    log("suggest timed")

    lines = []
    for name in ("outcome_focused.txt", "risk_led.txt", "carer_review_good.txt", "carer_review_poor.txt"):
        lines += [ln for ln in (LABELLED / "transcripts" / name).read_text().splitlines() if ln.strip()]
    transcript_text = "\n".join(lines[:100])
    transcript = parse_transcript(transcript_text, None)
    rt.analyse(transcript)  # warm
    analysis_times = []
    for _ in range(5):
        t = time.perf_counter()
        rt.analyse(parse_transcript(transcript_text, None))
        analysis_times.append(time.perf_counter() - t)
    from .analysis import coder_items

    items = coder_items(transcript)
    t = time.perf_counter()
    rt.coder.code_many(embedder, items)
    coder_s = time.perf_counter() - t
    log("analysis timed")
    suggest_p50, embed_p50 = percentile(suggest_times, 50), percentile(embed_times, 50)
    return {
        "suggest": latency(suggest_times),
        "suggest_embed_query": latency(embed_times),
        "suggest_to_embed_p50_ratio": round(suggest_p50 / embed_p50, 2) if embed_p50 else None,
        "analysis_100_utterances_s": round(statistics.median(analysis_times), 3),
        "coder": type(rt.coder).__name__,  # ContextCoder: the fine-tuned int8 ONNX one; Coder: the linear one
        "coder_utterances": len(items),
        "coder_utterances_per_s": round(len(items) / coder_s, 1) if coder_s else None,
        **web,
    }


def run_bench(settings: Settings, queries: int = 200, log: Callable[[str], None] = lambda m: None,
              web_bench=None) -> dict:
    """Every figure the issues ask for, measured in one process run; web_bench, when given, times the web layer
    too (the core cannot import Flask itself)."""
    from .index import build
    from .runtime import Runtime

    started = time.perf_counter()
    rt = Runtime(settings)
    embedder = rt.embedder  # the configured backend, as the product runs it
    embedder.embed(["warm up"])
    model_load = time.perf_counter() - started
    log(f"model loaded in {model_load:.1f}s")

    rt.ensure_index()
    rt.warm()  # as `assistant serve` does before its first request
    retriever = rt.retriever
    questions = bench_questions(settings.corpus_dir, queries)
    ask_times, embed_times = timed_beside_embedding(rt.ask, questions, embedder)
    memory = rss_mb()
    log(f"answered {len(questions)} questions")
    extra = bench_conversation(rt, embedder, settings, log, web_bench)

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        cold = build(Path(tmp), settings.corpus_dir, embedder, settings.batch_size, force=True)
        cold_s = time.perf_counter() - t
        t = time.perf_counter()
        warm = build(Path(tmp), settings.corpus_dir, embedder, settings.batch_size)
        warm_s = time.perf_counter() - t
    log("builds timed")

    ask_p50 = percentile(ask_times, 50)
    embed_p50 = percentile(embed_times, 50)
    return {
        "model": embedder.name,
        "documents": len(retriever.index),
        "model_load_s": round(model_load, 2),
        "index_build_cold_s": round(cold_s, 2),
        "index_build_cold_embedded": cold.embedded,
        "index_build_warm_s": round(warm_s, 3),
        "index_build_warm_embedded": warm.embedded,
        "queries": len(questions),
        "ask": latency(ask_times),
        "embed_query": latency(embed_times),
        "ask_to_embed_p50_ratio": round(ask_p50 / embed_p50, 2) if embed_p50 else None,
        "rss_mb_after_queries": memory,
        **extra,
        "median_of": "single run; compare ratios measured in the same run",
        "total_s": round(time.perf_counter() - started, 1),
    }
