"""`make load`: the app under gunicorn with 2 workers on 127.0.0.1, driven from this second process by 20 and then
50 concurrent clients for 60 s each with a mix of suggest, ask, check, analyse and conversation writes.

Prints requests/s, p50/p95/p99 and errors per endpoint, and resident memory per worker. Loopback only; every loop
is bounded in time and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.bench import percentile  # noqa: E402

PEOPLE = [json.loads(line)["text"] for line in (ROOT / "data/labelled/person_turns.jsonl").read_text().splitlines()]
QUESTIONS = ["Is a walk-in shower a personal outcome?", "What is a complex reflection?", "How should a review work?",
             "What are the eight aspects of well-being?", "Why do risk-led conversations damage trust?"]
WORKER = ["Did the argument upset the kids?", "What matters most to you?", "You need to take your tablets.",
          "It sounds like you're worn out.", "Are you sleeping ok?"]
TRANSCRIPT = "\n".join((ROOT / "data/labelled/transcripts/outcome_focused.txt").read_text().splitlines()[:12])
MIX = [("suggest", 45), ("ask", 20), ("check", 20), ("write", 12), ("analyse", 3)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


TOKEN: dict[str, str] = {}  # the access token, read from the instance folder as a user would


def headers() -> dict[str, str]:
    return {"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN['value']}"}


def post(url: str, body: dict, timeout: float = 30) -> int:
    """One blocking request, for setting up and warming the server."""
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers())
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


async def send(port: int, path: str, body: dict, timeout: float = 30) -> int:
    """POST JSON over a fresh connection (gunicorn's sync workers close each one) and return the status."""
    payload = json.dumps(body).encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {TOKEN['value']}\r\n"
            f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n").encode()
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), timeout)
        try:
            writer.write(head + payload)
            response = await asyncio.wait_for(reader.read(), timeout)
        finally:
            writer.close()
        return int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else 0
    except (OSError, ValueError, IndexError, asyncio.TimeoutError):
        return 0


def drive(port: int, clients: int, seconds: float, conversation: str) -> dict:
    """Closed-loop clients with no think time: each sends its next request as soon as the last one is answered.

    The clients are coroutines in one event loop, so the generator spends little of the CPU it shares with the
    server, and none of it on threads contending for the GIL.
    """
    stats: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    names = [n for n, w in MIX for _ in range(w)]

    async def client(seed: int, deadline: float) -> None:
        rng = random.Random(seed)
        while time.monotonic() < deadline:
            name = rng.choice(names)
            if name == "suggest":
                # A unique suffix: every text is new to the server's per-turn cache, as a new conversation's would be.
                path, body, ok = "/api/suggest", {"text": f"{rng.choice(PEOPLE)} ({seed}-{rng.random():.6f})"}, 200
            elif name == "ask":
                path, body, ok = "/api/ask", {"question": rng.choice(QUESTIONS)}, 200
            elif name == "check":
                path, body, ok = "/api/check", {"text": rng.choice(WORKER)}, 200
            elif name == "write":
                path, body, ok = f"/api/conversations/{conversation}/turns", {"speaker": "person",
                                                                              "text": rng.choice(PEOPLE)}, 201
            else:
                path, body, ok = "/api/analyse", {"transcript": TRANSCRIPT}, 200
            started = time.perf_counter()
            status = await send(port, path, body)
            stats[name].append(time.perf_counter() - started)
            if status != ok:
                errors[name] += 1

    async def run() -> float:
        started = time.monotonic()
        await asyncio.gather(*(client(i, started + seconds) for i in range(clients)))
        return time.monotonic() - started

    cpu = time.process_time()
    wall = asyncio.run(run())
    cpu = time.process_time() - cpu
    total = sum(len(v) for v in stats.values())
    return {
        "clients": clients, "seconds": round(wall, 1), "requests": total, "requests_per_s": round(total / wall, 1),
        "errors": sum(errors.values()), "generator_cpu_percent": round(100 * cpu / wall, 1),
        "endpoints": {name: {"requests": len(v), "errors": errors[name], "p50_ms": round(percentile(v, 50) * 1000, 1),
                             "p95_ms": round(percentile(v, 95) * 1000, 1), "p99_ms": round(percentile(v, 99) * 1000, 1)}
                      for name, v in sorted(stats.items())},
    }


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, nargs="+", default=[20, 50])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    port = free_port()
    instance = Path(os.environ.get("TMPDIR", "/tmp")) / f"wm-load-{port}"
    env = os.environ | {"ASSISTANT_INSTANCE_DIR": str(instance), "ASSISTANT_THREADS": "1", "OMP_NUM_THREADS": "1"}
    # One torch/FAISS thread per worker: 2 workers on 2 cores, no oversubscription and no lock between them.
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-w", str(args.workers), "-b", f"127.0.0.1:{port}",
                               "--timeout", "120", "web:create_app()"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        ready = 0
        while time.monotonic() < deadline and ready < 2 * args.workers:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=60) as response:
                    ready += response.status == 200
            except OSError:
                time.sleep(0.5)
        TOKEN["value"] = (instance / "access_token").read_text().strip()
        req = urllib.request.Request(base + "/api/conversations", data=b'{"title": "load"}', headers=headers())
        with urllib.request.urlopen(req) as response:
            conversation = json.loads(response.read())["id"]
        for _ in range(20):  # warm every worker
            post(base + "/api/suggest", {"text": "warming up"})
        runs = [drive(port, clients, args.seconds, conversation) for clients in args.clients]
        workers = [int(p) for p in subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True,
                                                   text=True).stdout.split()]
        report = {"workers": {str(pid): rss_mb(pid) for pid in workers}, "runs": runs}
        for run in runs:
            print(f"{run['clients']} clients: {run['requests_per_s']} req/s, {run['errors']} errors "
                  f"(the load generator used {run['generator_cpu_percent']}% of one core)")
            for name, e in run["endpoints"].items():
                print(f"  {name:8s} n={e['requests']:5d} err={e['errors']:3d} p50={e['p50_ms']:7.1f} ms "
                      f"p95={e['p95_ms']:7.1f} ms p99={e['p99_ms']:7.1f} ms")
        print("resident memory per worker (MB):", report["workers"])
        print(json.dumps(report))
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)


if __name__ == "__main__":
    main()
