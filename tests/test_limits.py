"""Limits declared once in Settings and what the API, the forms, openapi.yaml and the CLI do at and past them;
text that is not valid Unicode is refused everywhere with one clear line and nothing stored."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from conftest import run_cli, sign_in, web_config

from assistant.runtime import Runtime
from assistant.settings import PROJECT_ROOT, Settings
from web import create_app

TRANSCRIPT = "Worker: How are things at home?\nKelly: Hard since the fall.\n"


@pytest.fixture
def make_client(fake_runtime, tmp_path):
    """A signed-in test client on the fake runtime, with some settings changed."""
    fake_runtime.build_index()

    def make(**settings):
        runtime = Runtime(fake_runtime.settings.with_(**settings), fake_runtime.embedder) if settings \
            else fake_runtime
        return sign_in(create_app(web_config(tmp_path), runtime=runtime))

    return make


@pytest.fixture
def client(make_client):
    return make_client()


def test_openapi_limits_are_the_settings():
    spec = yaml.safe_load((PROJECT_ROOT / "web" / "openapi.yaml").read_text(encoding="utf-8"))
    paths = spec["paths"]

    def body(path, method="post"):
        return paths[path][method]["requestBody"]["content"]["application/json"]["schema"]["properties"]

    s = Settings()
    documented = {
        "max_question_chars": [spec["components"]["schemas"]["Text"]["maxLength"],
                               paths["/api/questions"]["get"]["parameters"][2]["schema"]["maxLength"]],
        "max_context_turns": [body("/api/suggest")["turns"]["maxItems"]],
        "max_transcript_chars": [body("/api/analyse")["transcript"]["maxLength"]],
        "max_worker_label_chars": [body("/api/analyse")["worker"]["maxLength"]],
        "max_title_chars": [body("/api/conversations")["title"]["maxLength"],
                            body("/api/conversations/{id}", "patch")["title"]["maxLength"]],
        "max_turn_chars": [body("/api/conversations/{id}/turns")["text"]["maxLength"]],
        "max_idempotency_key_chars": [paths["/api/conversations/{id}/turns"]["post"]["parameters"][0]["schema"]
                                      ["maxLength"]],
    }
    assert {name: [getattr(s, name)] * len(values) for name, values in documented.items()} == documented


def test_an_analyse_body_over_the_body_limit_is_413(client):
    response = client.post("/api/analyse", data=json.dumps({"transcript": "Worker: hi\n" * 100_000}),
                           content_type="application/json")
    assert response.status_code == 413 and set(response.get_json()) == {"error"}


@pytest.mark.parametrize("transcript, says", [
    ("Worker: " + "x" * (Settings().max_transcript_chars - 8), None),  # at the limit: analysed (no 422 for size)
    ("Worker: " + "x" * (Settings().max_transcript_chars - 7), "characters; the limit is"),
    ("Worker: hi\n" * (Settings().max_transcript_turns + 1), "turns"),
])
def test_analyse_refuses_transcripts_past_the_reflect_caps(make_client, transcript, says):
    # A budget of zero stops any analysis at its first step, so the at-limit case is cheap yet passes the caps.
    response = make_client(analysis_budget_seconds=0.0).post("/api/analyse", json={"transcript": transcript})
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert (says in error) if says else "seconds to analyse here" in error


def test_an_analysis_over_its_time_budget_is_a_clear_422(make_client):
    response = make_client(analysis_budget_seconds=0.0).post("/api/analyse", json={"transcript": TRANSCRIPT})
    assert response.status_code == 422
    assert "split it into parts" in response.get_json()["error"]


def test_the_reflect_form_reads_the_same_caps(make_client):
    client = make_client(max_transcript_chars=50)
    html = client.get("/reflect").get_data(as_text=True)
    # The limit is stated, not enforced by a maxlength that would cut a pasted transcript short in silence.
    assert "Up to 50 characters" in html and 'data-max-chars="50"' in html
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    response = client.post("/reflect", data={"csrf_token": csrf, "transcript": TRANSCRIPT * 3})
    assert "the limit is 50" in response.get_data(as_text=True)


def test_practise_page_tells_the_client_how_many_turns_of_context_to_send(make_client):
    html = make_client(max_context_turns=7).get("/practise").get_data(as_text=True)
    assert 'data-max-context-turns="7"' in html


LONE = "\\ud800"  # as it is spelled inside JSON
SURROGATE_BODIES = [
    ("post", "/api/ask", '{"question": "hi %s"}'),
    ("post", "/api/suggest", '{"text": "%s"}'),
    ("post", "/api/suggest", '{"text": "ok", "turns": [{"speaker": "person", "text": "a%s"}]}'),
    ("post", "/api/suggest", '{"text": "ok", "extra": {"deep": [["%s"]]}}'),
    ("post", "/api/check", '{"text": "%s"}'),
    ("post", "/api/analyse", '{"transcript": "Worker: hi %s"}'),
    ("post", "/api/analyse", '{"transcript": "Worker: hi", "worker": "%s"}'),
    ("post", "/api/outcome", '{"statement": "%s"}'),
    ("post", "/api/prepare", '{"context": "%s"}'),
    ("post", "/api/conversations", '{"title": "%s"}'),
    ("post", "/api/conversations", '{"%s": "key"}'),
    ("patch", "/api/conversations/{id}", '{"title": "%s"}'),
    ("post", "/api/conversations/{id}/turns", '{"speaker": "person", "text": "I %s"}'),
]


@pytest.mark.parametrize("method, path, body", SURROGATE_BODIES)
def test_a_lone_surrogate_anywhere_in_json_is_422_and_nothing_is_stored(client, method, path, body):
    cid = client.post("/api/conversations", json={"title": "kept"}).get_json()["id"]
    response = getattr(client, method)(path.format(id=cid), data=body % LONE, content_type="application/json")
    assert response.status_code == 422
    assert "not valid Unicode" in response.get_json()["error"]
    conversations = client.get("/api/conversations").get_json()["conversations"]
    assert [c["title"] for c in conversations] == ["kept"]
    assert client.get(f"/api/conversations/{cid}").get_json()["turns"] == []


def _csrf(client, path):
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_a_form_post_with_invalid_utf8_is_refused_with_a_clear_page(client):
    csrf = _csrf(client, "/prepare")
    response = client.post("/prepare", data=f"csrf_token={csrf}&context=visit%ED%A0%80mum",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 422
    assert "not valid unicode" in response.get_data(as_text=True).lower()


def test_an_uploaded_transcript_in_no_known_encoding_is_refused(client):
    import io

    csrf = _csrf(client, "/reflect")
    # Bytes that are neither UTF-8 nor Windows-1252 (0x81 and 0x8d are unassigned there).
    response = client.post("/reflect", data={"csrf_token": csrf, "file": (io.BytesIO(b"Worker: hi \x81\x8d"),
                                                                           "t.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 422
    assert "not text this can read (utf-8, utf-16 or windows-1252)" in response.get_data(as_text=True).lower()


def test_a_typed_field_with_invalid_utf8_beside_an_upload_is_refused(client):
    csrf = _csrf(client, "/reflect")
    boundary = "b0undary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n{csrf}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"transcript\"\r\n\r\n").encode() + \
        b"Worker: hi \xed\xa0\x80\r\n" + f"--{boundary}--\r\n".encode()
    response = client.post("/reflect", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 422
    assert "not valid unicode" in response.get_data(as_text=True).lower()


@pytest.mark.parametrize("argv, stdin", [
    (["check", "Did you \udc80?"], None),
    (["check"], "fine\nDid you \ud800?\n"),
    (["analyse", "-"], "Worker: hi \ud800\n"),
])
def test_cli_text_that_is_not_unicode_is_one_line_and_exit_2(argv, stdin, capsys, monkeypatch):
    code, out, err = run_cli(argv, capsys, stdin=stdin, monkeypatch=monkeypatch)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "not valid Unicode" in err
