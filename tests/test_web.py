"""The web app so far: health, the ask API and page, guidance pages, errors and security headers."""

from __future__ import annotations

import re
import sqlite3

import pytest
import yaml

from assistant.settings import PROJECT_ROOT


def test_healthz_reports_loaded_model_and_index(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"


def test_healthz_is_503_without_an_index(fake_runtime, make_client):
    assert make_client(fake_runtime).get("/healthz").status_code == 503


def test_asking_before_any_index_is_built_is_a_503_saying_what_to_run(fake_runtime, make_client):
    response = make_client(fake_runtime).post("/api/ask", json={"question": "Is a shower an outcome?"})
    assert response.status_code == 503
    assert set(response.get_json()) == {"error"} and "assistant index build" in response.get_json()["error"]
    client = make_client(fake_runtime)
    page = client.post("/ask", data={"q": "shower", "csrf_token": csrf_of(client)})
    assert page.status_code == 503 and "Traceback" not in page.get_data(as_text=True)


def test_api_ask_returns_the_cli_json_shape(client):
    response = client.post("/api/ask", json={"question": "Is a shower an outcome?", "k": 2, "extra": 1})
    data = response.get_json()
    assert response.status_code == 200
    assert set(data) >= {"question", "answer", "sources"} and len(data["sources"]) == 2


@pytest.mark.parametrize("kwargs, status", [
    ({"data": "question=hi", "content_type": "application/x-www-form-urlencoded"}, 415),
    ({"data": "{not json", "content_type": "application/json"}, 400),
    ({"json": ["a list"]}, 400),
    ({"json": {}}, 422),
    ({"json": {"question": "   "}}, 422),
    ({"json": {"question": 42}}, 422),
    ({"json": {"question": "x" * 2001}}, 422),
    ({"json": {"question": "ok", "k": "5"}}, 422),
    ({"data": "{\"question\": \"" + "x" * 1_100_000 + "\"}", "content_type": "application/json"}, 413),
])
def test_api_ask_rejects_bad_requests_with_json_errors(client, kwargs, status):
    response = client.post("/api/ask", **kwargs)
    assert response.status_code == status
    assert set(response.get_json()) == {"error"}


def test_unknown_api_route_is_json_404(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404 and response.get_json() == {"error": "not found"}


def csrf_of(client) -> str:
    """The form token the ask page hands out to this client's session."""
    html = client.get("/ask").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_ask_page_escapes_the_question_and_links_each_citation_to_its_sentence(client):
    question = "<script>alert(1)</script> Is a walk-in shower an outcome?"
    response = client.post("/ask", data={"q": question, "csrf_token": csrf_of(client)})
    html = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="/guidance/showers#' in html
    assert response.headers["Cache-Control"] == "no-store"
    cites = re.findall(r'<a class="cite" href="/guidance/([a-z0-9-]+)#(s-[0-9a-f]+)"[^>]*>\[(\d+)\]</a>', html)
    assert cites and cites[0][2] == "1"
    for slug, anchor, _ in cites:  # the guidance page holds the sentence under that id
        assert f'id="{anchor}"' in client.get(f"/guidance/{slug}").get_data(as_text=True)


def test_the_ask_page_takes_questions_by_post_only(client):
    html = client.get("/ask", query_string={"q": "Is a walk-in shower an outcome?"}).get_data(as_text=True)
    assert 'method="post"' in html and 'class="answer' not in html
    assert client.post("/ask", data={"q": "Is a walk-in shower an outcome?"}).status_code == 400  # no form token


def test_guidance_page_renders_headings_with_anchors(client):
    html = client.get("/guidance/showers").get_data(as_text=True)
    assert '<h2 id="a-shower-is-a-service">' in html


@pytest.mark.parametrize("path", ["/guidance/..%2Fpyproject", "/guidance/nope", "/guidance/../../etc/passwd",
                                  "/guidance/%00"])
def test_guidance_viewer_only_serves_corpus_pages(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "Traceback" not in response.get_data(as_text=True)


def test_every_response_has_security_headers(client):
    for path in ("/", "/ask", "/healthz", "/api/nothing"):
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"


def test_guidance_markdown_is_sanitised(fake_runtime, tiny_corpus, make_client):
    page = tiny_corpus / "pages" / "cats.md"
    page.write_text(page.read_text() + '\n<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n')
    fake_runtime.build_index()
    client = make_client(fake_runtime)
    html = client.get("/guidance/cats").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "onerror" not in html


def openapi_k() -> dict:
    spec = yaml.safe_load((PROJECT_ROOT / "web" / "openapi.yaml").read_text(encoding="utf-8"))
    body = spec["paths"]["/api/ask"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return body["properties"]["k"]


def test_the_documented_bounds_of_k_are_accepted(client):
    bounds = openapi_k()
    for k in (bounds["minimum"], bounds["maximum"]):
        response = client.post("/api/ask", json={"question": "Is a shower an outcome?", "k": k})
        assert response.status_code == 200, (k, response.get_json())


@pytest.mark.parametrize("k", [0, -1, 21, 1000, 10**30, 2.5, True, None, [5], "5"])
def test_k_outside_the_documented_range_is_a_422(client, k):
    assert openapi_k() == {"type": "integer", "minimum": 1, "maximum": 20}
    response = client.post("/api/ask", json={"question": "Is a shower an outcome?", "k": k})
    assert response.status_code == 422
    assert response.get_json() == {"error": "'k' must be a whole number from 1 to 20"}


def form_token(client, path: str = "/prepare") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_a_form_post_with_the_session_token_is_accepted(client):
    token = form_token(client)
    response = client.post("/prepare", data={"context": "First visit to a carer", "csrf_token": token})
    assert response.status_code == 200 and "Traps to avoid" in response.get_data(as_text=True)


@pytest.mark.parametrize("sent", [None, "", "forged", "x" * 43])
def test_a_missing_or_forged_csrf_token_is_refused(client, sent):
    real = form_token(client)  # the session holds a real token; the post sends something else
    data = {"context": "First visit to a carer"} | ({"csrf_token": sent} if sent is not None else {})
    assert sent != real
    response = client.post("/prepare", data=data)
    assert response.status_code == 400 and "Traps to avoid" not in response.get_data(as_text=True)


def test_a_token_from_another_session_is_refused(client, fake_runtime, make_client):
    other = form_token(make_client(fake_runtime))
    form_token(client)
    assert client.post("/prepare", data={"context": "First visit", "csrf_token": other}).status_code == 400


IDENTIFIERS = "Kelly 07700 900123 kelly@example.com CF10 1AA"


def test_titles_are_redacted_when_created_and_renamed(client, tmp_path):
    created = client.post("/api/conversations", json={"title": f"Visit {IDENTIFIERS}"})
    assert created.status_code == 201
    cid = created.get_json()["id"]
    renamed = client.patch(f"/api/conversations/{cid}", json={"title": f"Review {IDENTIFIERS}"})
    assert renamed.status_code == 200
    titles = [created.get_json()["title"], renamed.get_json()["title"],
              client.get(f"/api/conversations/{cid}").get_json()["title"]]
    assert titles[0].startswith("Visit [NAME]") and titles[1].startswith("Review [NAME]") and titles[2] == titles[1]
    stored = sqlite3.connect(tmp_path / "conversations.sqlite3").execute("SELECT title FROM conversations").fetchall()
    for title in titles + [row[0] for row in stored]:
        for identifier in ("Kelly", "07700 900123", "kelly@example.com", "CF10 1AA"):
            assert identifier not in title, title


def test_stored_markup_comes_back_as_the_same_json_data(client):
    payload = '<img src=x onerror=alert(1)> I\'ve looked after my mum for years'
    cid = client.post("/api/conversations", json={"title": payload}).get_json()["id"]
    turn = client.post(f"/api/conversations/{cid}/turns", json={"speaker": "person", "text": payload})
    assert turn.status_code == 201
    response = client.get(f"/api/conversations/{cid}")
    assert response.mimetype == "application/json" and response.headers["X-Content-Type-Options"] == "nosniff"
    data = response.get_json()
    assert data["title"] == payload and [t["text"] for t in data["turns"]] == [payload]
    export = client.get(f"/api/conversations/{cid}/export.md")
    assert export.mimetype == "text/markdown" and "Content-Disposition" in export.headers


def test_a_running_app_serves_an_index_built_by_another_process(client, fake_runtime, tiny_corpus, tmp_path):
    import time

    from conftest import write_page
    from test_index import run_child

    before = client.get("/healthz").get_json()["documents"]
    write_page(tiny_corpus, "allotments", "Allotments", {"Growing": "The allotment matters to Gwen. " * 30})
    child = run_child(fake_runtime.settings.index_dir, tiny_corpus, "none", tmp_path / "unused")
    assert child.wait(60) == 0
    deadline = time.monotonic() + 15
    while client.get("/healthz").get_json()["documents"] == before:
        assert time.monotonic() < deadline, "the running app never picked up the new build"
        time.sleep(0.1)
    assert client.get("/healthz").get_json()["documents"] > before
    answer = client.post("/api/ask", json={"question": "Does the allotment matter to Gwen?"}).get_json()
    assert answer["sources"] and answer["sources"][0]["page"] == "allotments"


def test_tests_cannot_reach_the_network():
    import socket

    from pytest_socket import SocketConnectBlockedError

    # TEST-NET-1 is never routed: without the guard this would time out with a plain OSError instead.
    with pytest.raises(SocketConnectBlockedError), pytest.warns(UserWarning, match="192.0.2.1"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


@pytest.mark.parametrize("headers, allowed", [
    ({}, True),
    ({"Origin": "http://localhost"}, True),
    ({"Origin": "http://localhost/"}, True),
    ({"Origin": "null"}, True),
    ({"Sec-Fetch-Site": "same-origin", "Origin": "null"}, True),
    ({"Sec-Fetch-Site": "none"}, True),
    ({"Origin": "http://evil.example"}, False),
    ({"Origin": "http://localhost.evil.example"}, False),
    ({"Sec-Fetch-Site": "cross-site", "Origin": "null"}, False),
    ({"Sec-Fetch-Site": "same-site", "Origin": "http://localhost"}, False),
])
def test_only_same_origin_writes_are_accepted(client, headers, allowed):
    response = client.post("/api/conversations", json={"title": "origin check"}, headers=headers)
    if allowed:
        assert response.status_code == 201
    else:
        assert response.status_code == 403
        assert response.get_json() == {"error": "cross-origin requests are not allowed"}
        assert "origin check" not in str(client.get("/api/conversations").get_json())


def test_cross_origin_form_posts_get_the_error_page(client):
    response = client.post("/prepare", data={"context": "x", "csrf_token": form_token(client)},
                           headers={"Origin": "http://evil.example"})
    assert response.status_code == 403 and "Traceback" not in response.get_data(as_text=True)


def test_every_response_forbids_framing_sniffing_and_caching(client):
    for response in (client.get("/"), client.get("/healthz"), client.post("/api/conversations", json={})):
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Cache-Control"] == "no-store"
        assert "camera=()" in response.headers["Permissions-Policy"]
        assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")


def test_every_guidance_sentence_has_an_anchor_a_citation_can_open():
    from assistant.corpus import load_pages, page_sentences, sentence_anchor
    from web.guidance import render_page_html

    for page in load_pages(PROJECT_ROOT / "guidance_corpus"):
        sentences = page_sentences(page)
        html = render_page_html(page.body, sentences)
        missing = [s for s in sentences if f'id="{sentence_anchor(s)}"' not in html]
        assert missing == [], (page.slug, missing[:3])
        assert "<script" not in html
