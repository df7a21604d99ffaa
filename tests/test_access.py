"""Access in local mode: the token, sign-in, Bearer for the API, loopback Host only, matching Origin, private files."""

from __future__ import annotations

import socket
import sqlite3
import stat
from pathlib import Path

import pytest
from conftest import app_token, run_cli, sign_in, web_config

from assistant.store import Store
from web import create_app


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def app(fake_runtime, tmp_path):
    fake_runtime.build_index()
    return create_app(web_config(tmp_path), runtime=fake_runtime)


def test_without_credentials_the_api_is_401_json_and_pages_go_to_sign_in(app):
    client = app.test_client()
    for method, path in (("get", "/api/conversations"), ("post", "/api/ask"), ("get", "/api/stages"),
                         ("get", "/api/openapi.yaml")):
        response = getattr(client, method)(path, json={"question": "What is OARS?"} if method == "post" else None)
        assert response.status_code == 401, path
        assert "sign in" in response.get_json()["error"]
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    for path in ("/", "/practise", "/guidance/", "/reflect"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path
    assert client.get("/healthz").status_code == 200


def test_a_bearer_token_opens_the_api_and_a_wrong_one_does_not(app):
    client = app.test_client()
    good = {"Authorization": f"Bearer {app_token(app)}"}
    assert client.post("/api/conversations", json={"title": "t"}, headers=good).status_code == 201
    assert client.get("/api/conversations", headers=good).status_code == 200
    for bad in ("Bearer nope", "Bearer ", "Basic " + app_token(app), app_token(app)):
        assert client.get("/api/conversations", headers={"Authorization": bad}).status_code == 401, bad


def test_the_sign_in_link_sets_a_strict_http_only_cookie_and_drops_the_token_from_the_url(app):
    client = app.test_client()
    response = client.get(f"/login?token={app_token(app)}&next=/practise")
    assert response.status_code == 302 and response.headers["Location"] == "/practise"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "token" not in response.headers["Location"]
    assert client.get("/practise").status_code == 200
    assert client.get("/api/conversations").status_code == 200
    client.post("/logout")
    assert client.get("/practise").status_code == 302


def test_a_wrong_token_is_refused_and_sign_in_never_redirects_off_site(app):
    client = app.test_client()
    response = client.get("/login?token=guess")
    assert response.status_code == 401 and "not right" in response.get_data(as_text=True)
    assert client.get("/practise").status_code == 302
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = client.get(f"/login?token={app_token(app)}&next={target}")
        assert response.headers["Location"] == "/", target


def test_the_token_can_be_pasted_into_the_sign_in_form(app):
    client = app.test_client()
    page = client.get("/login?next=/reflect").get_data(as_text=True)
    assert 'name="token"' in page
    response = client.post("/login", data={"token": app_token(app), "next": "/reflect"})
    assert response.status_code == 302 and response.headers["Location"] == "/reflect"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:5000", "127.0.0.1.evil.example", "10.0.0.5:5000",
                                  "localhost.evil.example", "0.0.0.0:5000"])
def test_a_rebinding_host_is_refused_even_with_the_token(app, host):
    client = sign_in(app)
    headers = {"Host": host, "Authorization": f"Bearer {app_token(app)}"}
    response = client.get("/api/conversations", headers=headers)
    assert response.status_code == 400 and "127.0.0.1" in response.get_json()["error"]
    assert client.get("/practise", headers={"Host": host}).status_code == 400
    assert client.get("/healthz", headers={"Host": host}).status_code == 400


@pytest.mark.parametrize("host", ["127.0.0.1:5000", "localhost:5001", "[::1]:5000", "localhost"])
def test_loopback_hosts_are_served(app, host):
    headers = {"Host": host, "Authorization": f"Bearer {app_token(app)}"}
    assert app.test_client().get("/api/conversations", headers=headers).status_code == 200


def test_a_cross_origin_request_is_refused_and_a_matching_origin_is_not(app):
    client = sign_in(app)
    token = {"Authorization": f"Bearer {app_token(app)}"}
    evil = client.post("/api/conversations", json={}, headers=token | {"Origin": "http://evil.example"})
    assert evil.status_code == 403
    spoofed = client.post("/api/conversations", json={},
                          headers=token | {"Host": "localhost:5000", "Origin": "http://localhost:5001"})
    assert spoofed.status_code == 403
    same = client.post("/api/conversations", json={},
                       headers=token | {"Host": "localhost:5000", "Origin": "http://localhost:5000"})
    assert same.status_code == 201
    assert client.post("/api/conversations", json={}, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.get("/api/conversations").get_json()["conversations"].__len__() == 1


def test_the_token_and_folder_are_owner_only_and_the_token_is_kept(app, fake_runtime, tmp_path):
    instance = Path(app.instance_path)
    assert mode(instance) == 0o700
    assert mode(instance / "access_token") == 0o600
    assert len(app_token(app)) >= 40
    again = create_app(web_config(tmp_path), runtime=fake_runtime)
    assert app_token(again) == app_token(app) == again.config["ACCESS_TOKEN"]


def test_loose_modes_left_by_an_older_version_are_tightened(fake_runtime, tmp_path):
    instance = tmp_path / "instance"
    instance.mkdir(mode=0o755)
    instance.chmod(0o755)
    (instance / "access_token").write_text("an-old-token-from-before")
    (instance / "access_token").chmod(0o644)
    app = create_app(web_config(tmp_path), runtime=fake_runtime)
    assert app_token(app) == "an-old-token-from-before"
    assert mode(instance) == 0o700 and mode(instance / "access_token") == 0o600


def test_the_database_and_its_wal_and_shm_are_0600_from_the_start(tmp_path):
    path = tmp_path / "new-folder" / "conversations.sqlite3"
    store = Store(path)
    cid = store.create("modes").id
    store.add_turn(cid, "person", "something said")
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert name.exists() and mode(name) == 0o600, name
    assert mode(path.parent) == 0o700
    store.close()


def test_an_existing_world_readable_database_is_tightened(tmp_path):
    path = tmp_path / "conversations.sqlite3"
    sqlite3.connect(path).close()
    path.chmod(0o644)
    Store(path).close()
    assert mode(path) == 0o600


def test_serve_refuses_a_network_host(capsys):
    for host in ("0.0.0.0", "192.168.1.4", "::"):
        code, out, err = run_cli(["serve", "--host", host], capsys)
        assert code == 2 and len(err.strip().splitlines()) == 1 and "network" in err, host


def test_serve_on_a_busy_port_says_how_to_fix_it(capsys, real_env):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, out, err = run_cli(["serve", "--port", str(port)], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "already in use" in err and f"--port {port + 1}" in err


def test_sign_in_url_prints_the_link_for_this_install(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("ASSISTANT_INSTANCE_DIR", str(tmp_path / "inst"))
    code, out, _ = run_cli(["sign-in-url", "--port", "5001"], capsys)
    token = (tmp_path / "inst" / "access_token").read_text().strip()
    assert code == 0 and out.strip() == f"http://127.0.0.1:5001/login?token={token}"
    assert mode(tmp_path / "inst") == 0o700
