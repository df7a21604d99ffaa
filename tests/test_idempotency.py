"""Turn writes with an Idempotency-Key: a client's retry after a lost acknowledgement stores the turn once, also
across a server killed and restarted in between."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import sign_in, web_config

from assistant.store import MIGRATIONS, Store
from web import create_app


@pytest.fixture
def client(fake_runtime, tmp_path):
    """A signed-in test client on the fake runtime."""
    return sign_in(create_app(web_config(tmp_path), runtime=fake_runtime))


def post_turn(client, cid, text, key=None, speaker="person"):
    headers = {"Idempotency-Key": key} if key is not None else {}
    return client.post(f"/api/conversations/{cid}/turns", json={"speaker": speaker, "text": text}, headers=headers)


@pytest.fixture
def cid(client):
    return client.post("/api/conversations", json={}).get_json()["id"]


def stored(client, cid):
    return client.get(f"/api/conversations/{cid}").get_json()["turns"]


def test_a_retry_with_the_same_key_stores_the_turn_once_and_returns_it(client, cid):
    first = post_turn(client, cid, "My email is kim@example.com", key="k-1")
    again = post_turn(client, cid, "My email is kim@example.com", key="k-1")
    assert first.status_code == again.status_code == 201
    assert again.get_json() == first.get_json()
    assert [t["id"] for t in stored(client, cid)] == [first.get_json()["id"]]


def test_different_keys_store_two_turns(client, cid):
    post_turn(client, cid, "I walk the dog", key="k-1")
    post_turn(client, cid, "I walk the dog", key="k-2")
    assert [t["text"] for t in stored(client, cid)] == ["I walk the dog", "I walk the dog"]


@pytest.mark.parametrize("speaker, text", [("person", "Something else"), ("worker", "I walk the dog")])
def test_the_same_key_for_a_different_turn_is_409_and_stores_nothing(client, cid, speaker, text):
    post_turn(client, cid, "I walk the dog", key="k-1")
    response = post_turn(client, cid, text, key="k-1", speaker=speaker)
    assert response.status_code == 409 and set(response.get_json()) == {"error"}
    assert [t["text"] for t in stored(client, cid)] == ["I walk the dog"]


def test_a_key_belongs_to_one_conversation(client, cid):
    other = client.post("/api/conversations", json={}).get_json()["id"]
    assert post_turn(client, cid, "hello", key="same").status_code == 201
    assert post_turn(client, other, "hello", key="same").status_code == 201
    assert len(stored(client, cid)) == len(stored(client, other)) == 1


@pytest.mark.parametrize("key", ["has space", "x" * 201, "é"])
def test_a_malformed_key_is_422(client, cid, key):
    response = client.post(f"/api/conversations/{cid}/turns", json={"speaker": "person", "text": "hi"},
                           headers={"Idempotency-Key": key.encode("utf-8").decode("latin-1")})
    assert response.status_code == 422 and set(response.get_json()) == {"error"}
    assert stored(client, cid) == []


def test_a_database_from_before_keys_keeps_its_turns(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript((MIGRATIONS / "0001_conversations.sql").read_text() + "; PRAGMA user_version = 1;")
    old.execute("INSERT INTO conversations VALUES ('a' || hex(randomblob(7)), 'old', 'x', 'x')")
    cid = old.execute("SELECT id FROM conversations").fetchone()[0]
    old.execute("INSERT INTO turns (conversation_id, speaker, text, created) VALUES (?, 'person', 'kept', 'x')",
                (cid,))
    old.commit()
    old.close()
    store = Store(path)
    try:
        assert [t["text"] for t in store.get(cid).turns] == ["kept"]
        store.add_turn(cid, "person", "new", key="k")
        assert [t["text"] for t in store.get(cid).turns] == ["kept", "new"]
    finally:
        store.close()


# --- a real server, killed between the write and the client's retry -------------------------------------------

SERVER = ("import sys, waitress; from web import create_app; "
          "waitress.serve(create_app(), host='127.0.0.1', port=int(sys.argv[1]), threads=2, _quiet=True)")


TOKEN: dict[str, str] = {}  # the install's access token, read from its instance folder as a user would


def call(url: str, body: dict | None = None, headers: dict | None = None) -> tuple[int, dict]:
    auth = {"Authorization": f"Bearer {TOKEN['value']}"} if TOKEN else {}
    request = urllib.request.Request(url, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"} | auth | (headers or {}))
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def start(port: int, instance, tmp_path) -> subprocess.Popen:
    env = os.environ | {"ASSISTANT_INSTANCE_DIR": str(instance), "ASSISTANT_INDEX_DIR": str(tmp_path / "index"),
                        "PYTHONPATH": os.pathsep.join(sys.path)}
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    for _ in range(300):  # tries, not a time limit: the server answers once it is listening
        try:
            if (instance / "access_token").exists():
                TOKEN["value"] = (instance / "access_token").read_text().strip()
                if call(f"http://127.0.0.1:{port}/api/conversations")[0] == 200:
                    return server
        except OSError:
            pass
        time.sleep(0.1)
    server.kill()
    raise RuntimeError("the server did not start")


@pytest.mark.slow
def test_a_retry_after_the_server_was_killed_stores_the_turn_once(tmp_path):
    from test_faults import free_port

    port, instance = free_port(), tmp_path / "instance"
    base = f"http://127.0.0.1:{port}/api/conversations"
    server = start(port, instance, tmp_path)
    try:
        cid = call(base, {"title": "retry"})[1]["id"]
        status, first = call(f"{base}/{cid}/turns", {"speaker": "person", "text": "We lost the flat"},
                             {"Idempotency-Key": "turn-1"})
        assert status == 201
    finally:
        server.send_signal(signal.SIGKILL)
        server.wait(10)
    server = start(port, instance, tmp_path)
    try:
        status, again = call(f"{base}/{cid}/turns", {"speaker": "person", "text": "We lost the flat"},
                             {"Idempotency-Key": "turn-1"})
        turns = call(f"{base}/{cid}")[1]["turns"]
    finally:
        server.kill()
        server.wait(10)
    assert status == 201 and again == first
    assert [t["text"] for t in turns] == ["We lost the flat"]
