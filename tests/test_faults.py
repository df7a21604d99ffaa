"""Faults done for real: a server killed mid-burst, an index build killed part-way, an index swapped under running
searches, two processes writing one conversation, a read-only or full disk under the conversation store."""

from __future__ import annotations

import http.client
import json
import multiprocessing
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import CORPUS, sign_in, web_config, write_page

from assistant import index as index_mod
from assistant.runtime import Runtime
from assistant.settings import Settings
from assistant.store import Store, StoreError

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(url: str, body: dict | None = None, method: str | None = None, timeout: float = 10,
            token: str = "") -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"} | ({"Authorization": f"Bearer {token}"} if token else {})
    req = urllib.request.Request(url, data=data, method=method or ("POST" if body is not None else "GET"),
                                 headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def start_server(index_dir: Path, instance: Path, port: int) -> subprocess.Popen:
    env = os.environ | {"ASSISTANT_INDEX_DIR": str(index_dir), "ASSISTANT_CORPUS_DIR": str(CORPUS),
                        "ASSISTANT_INSTANCE_DIR": str(instance)}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if request(f"http://127.0.0.1:{port}/healthz", timeout=2)[0] == 200:
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("server did not start")


def test_server_killed_mid_burst_loses_no_acknowledged_turn(real_index_dir, tmp_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(real_index_dir, tmp_path / "instance", port)
    token = (tmp_path / "instance" / "access_token").read_text().strip()  # as a user would find it
    acknowledged: list[str] = []
    try:
        status, created = request(base + "/api/conversations", {"title": "burst"}, token=token)
        assert status == 201
        cid = created["id"]
        stop = threading.Event()

        def writer(n: int) -> None:
            for i in range(1000):
                if stop.is_set():
                    return
                text = f"writer {n} turn {i}"
                try:
                    status, _ = request(f"{base}/api/conversations/{cid}/turns", {"speaker": "person", "text": text},
                                        timeout=5, token=token)
                except (OSError, http.client.HTTPException):
                    return  # the server died mid-reply (a reset, or a body cut short): that turn was never acknowledged
                if status == 201:
                    acknowledged.append(text)

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 120
        while len(acknowledged) < 60:
            assert time.monotonic() < deadline, f"only {len(acknowledged)} turns were acknowledged in time"
            time.sleep(0.02)
        server.send_signal(signal.SIGKILL)
        server.wait(10)
        stop.set()
        for t in threads:
            t.join(10)
    finally:
        if server.poll() is None:
            server.kill()
    server = start_server(real_index_dir, tmp_path / "instance", port)
    try:
        status, conversation = request(f"{base}/api/conversations/{cid}", token=token)
        stored = {t["text"] for t in conversation["turns"]}
        assert status == 200 and set(acknowledged) <= stored
    finally:
        server.kill()
        server.wait(10)
    db = sqlite3.connect(tmp_path / "instance" / "conversations.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def wait_for_progress_part_way(proc: subprocess.Popen, deadline: float) -> bool:
    """Read the child's stderr until its progress bar shows some but not all texts embedded (or the deadline)."""
    import os as _os
    import re
    import select

    buffer = b""
    while time.monotonic() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stderr], [], [], 0.2)
        if ready:
            buffer = (buffer + _os.read(proc.stderr.fileno(), 4096))[-4096:]
            counts = [(int(a), int(b)) for a, b in re.findall(rb"(\d+)/(\d+) \[", buffer)]
            if any(0 < done < total for done, total in counts):
                return True
    return False


def test_index_build_killed_part_way_leaves_the_old_index_serving(real_index_dir, real_embedder, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(real_index_dir, index_dir)
    before = index_mod.current_path(index_dir)
    env = os.environ | {"ASSISTANT_INDEX_DIR": str(index_dir), "ASSISTANT_CORPUS_DIR": str(CORPUS)}
    # Without --json the build draws its progress ("n/total") on stderr: a part-way count is the sync point.
    build = subprocess.Popen([sys.executable, "-m", "assistant", "index", "build", "--force"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = wait_for_progress_part_way(build, deadline=time.monotonic() + 120)
    build.send_signal(signal.SIGKILL)
    build.wait(10)
    build.stderr.close()
    assert seen, "the build finished or stopped before it could be killed part-way"
    assert build.returncode == -signal.SIGKILL
    assert index_mod.current_path(index_dir) == before
    loaded = index_mod.load(index_dir)
    assert len(loaded) > 500
    state = index_mod.status(index_dir, CORPUS, real_embedder.name)
    assert state.fresh
    done = subprocess.run([sys.executable, "-m", "assistant", "index", "build", "--json"], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["documents"] == len(loaded)


def test_a_rebuilt_index_is_picked_up_atomically_by_a_running_process(real_index_dir, real_embedder, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    index_dir = tmp_path / "index"
    shutil.copytree(real_index_dir, index_dir)
    rt = Runtime(Settings(corpus_dir=corpus, index_dir=index_dir), real_embedder)
    sizes_seen: set[int] = set()
    errors: list[Exception] = []
    stop = threading.Event()

    def searcher() -> None:
        while not stop.is_set():
            try:
                retriever = rt.retriever
                hits = retriever.search("a brand new page about allotments", k=3, kind="page")
                assert len(retriever.index.documents) == len(retriever.index.vectors)
                sizes_seen.add(len(retriever.index))
                assert hits
            except Exception as exc:  # noqa: BLE001 - any failure is what this test looks for
                errors.append(exc)

    before = len(rt.retriever.index)
    thread = threading.Thread(target=searcher)
    thread.start()
    write_page(corpus, "allotments", "Allotments", {"Growing": "The allotment matters to Gwen. " * 30})
    rt.build_index()
    time.sleep(0.5)
    stop.set()
    thread.join(10)
    assert errors == []
    assert len(rt.retriever.index) > before
    assert rt.retriever.search("allotment", k=1, kind="page")[0].document.page == "allotments"
    assert sizes_seen <= {before, len(rt.retriever.index)}


def _write_turns(path: str, who: str, n: int, out) -> None:
    store = Store(Path(path))
    cid = store.list()[0].id
    failures = 0
    for i in range(n):
        try:
            store.add_turn(cid, "worker" if who == "a" else "person", f"{who} {i}")
        except StoreError:
            failures += 1
    out.put(failures)


def test_two_processes_writing_one_conversation_lose_nothing(tmp_path):
    path = tmp_path / "c.sqlite3"
    store = Store(path)
    cid = store.create("shared").id
    results = multiprocessing.get_context("spawn").Queue()
    workers = [multiprocessing.get_context("spawn").Process(target=_write_turns, args=(str(path), who, 150, results))
               for who in ("a", "b")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [results.get(timeout=5) for _ in workers] == [0, 0]
    texts = {t["text"] for t in store.get(cid).turns}
    assert texts == {f"{who} {i}" for who in "ab" for i in range(150)}


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_is_a_clear_error_and_keeps_what_was_stored(small_disk, fake_runtime):
    from web import create_app

    client = sign_in(create_app(web_config(small_disk.parent, DATABASE=str(small_disk / "c.sqlite3")),
                                runtime=fake_runtime))
    cid = client.post("/api/conversations", json={"title": "full"}).get_json()["id"]
    stored, status = 0, 201
    while status == 201 and stored < 5000:
        response = client.post(f"/api/conversations/{cid}/turns", json={"speaker": "person", "text": "x" * 4000})
        status = response.status_code
        stored += status == 201
    assert status == 503 and "cannot be written" in response.get_json()["error"]
    assert stored > 0
    assert len(client.get(f"/api/conversations/{cid}").get_json()["turns"]) == stored
    assert client.get("/").status_code == 200


def test_a_read_only_instance_still_answers_reads(small_disk, fake_runtime):
    from web import create_app

    fake_runtime.build_index()
    path = small_disk / "c.sqlite3"
    store = Store(path)
    cid = store.create("kept").id
    store.add_turn(cid, "person", "something said")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.execute("PRAGMA journal_mode = DELETE")
    store.close()
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
    client = sign_in(create_app(web_config(small_disk.parent, DATABASE=str(path)), runtime=fake_runtime))
    assert client.get(f"/api/conversations/{cid}").get_json()["turns"][0]["text"] == "something said"
    response = client.post(f"/api/conversations/{cid}/turns", json={"speaker": "person", "text": "more"})
    assert response.status_code == 503 and "cannot be written" in response.get_json()["error"]
    assert client.post("/api/ask", json={"question": "Is a shower an outcome?"}).status_code == 200
    assert client.get("/ask?q=shower").status_code == 200
