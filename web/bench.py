"""Server-side timings for the bench: time to first byte of each page and the cost of the HTTP layer on suggest."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from assistant.bench import latency, percentile

PAGES = ("/", "/practise", "/ask", "/prepare", "/reflect", "/outcomes", "/guidance/", "/guidance/oars")
ASKED = "What is a personal outcome?"  # the answer page is a POST (the question stays out of the URL)


def bench_web(rt, inputs: list[str], repeats: int = 20) -> dict:
    """p50/p95 per page through the WSGI app, and POST /api/suggest against the core call it wraps."""
    from . import create_app

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app({"SECRET_KEY": "bench", "DATABASE": str(Path(tmp) / "bench.sqlite3"),
                          "INSTANCE_DIR": str(Path(tmp) / "instance")}, runtime=rt)
        client = app.test_client()
        # Signed in as a user is, so every page and the API answer for real rather than redirect or 401.
        if client.get(f"/login?token={app.config['ACCESS_TOKEN']}").status_code != 302:
            raise RuntimeError("bench could not sign in")
        pages = {}
        for path in PAGES:
            client.get(path)  # warm
            times = []
            for _ in range(repeats):
                t = time.perf_counter()
                response = client.get(path, buffered=False)
                next(iter(response.response), b"")  # first byte
                times.append(time.perf_counter() - t)
                response.close()
            pages[path] = latency(times)
        with client.session_transaction() as session:
            form = {"q": ASKED, "csrf_token": session.get("csrf", "")}
        client.post("/ask", data=form)  # warm
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            response = client.post("/ask", data=form, buffered=False)
            next(iter(response.response), b"")
            times.append(time.perf_counter() - t)
            if response.status_code != 200:
                raise RuntimeError(f"bench: POST /ask answered {response.status_code}")
            response.close()
        pages["POST /ask"] = latency(times)
        http, core = [], []
        for text in inputs:
            t = time.perf_counter()
            rt.suggest(text)
            core.append(time.perf_counter() - t)
            t = time.perf_counter()
            client.post("/api/suggest", json={"text": text})
            http.append(time.perf_counter() - t)
    return {
        "page_ttfb": pages,
        "api_suggest": latency(http),
        "core_suggest": latency(core),
        "api_overhead_p50_ms": round((percentile(http, 50) - percentile(core, 50)) * 1000, 2),
    }
