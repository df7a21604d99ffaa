"""The web app so far: health, the ask API and page, guidance pages, errors and security headers."""

from __future__ import annotations

import pytest
from conftest import sign_in, web_config

from web import create_app


def config(tmp_path) -> dict:
    return web_config(tmp_path)


@pytest.fixture
def client(fake_runtime, tmp_path):
    fake_runtime.build_index()
    return sign_in(create_app(config(tmp_path), runtime=fake_runtime))


def test_healthz_reports_loaded_model_and_index(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ok"


def test_healthz_is_503_without_an_index(fake_runtime, tmp_path):
    client = sign_in(create_app(config(tmp_path), runtime=fake_runtime))
    assert client.get("/healthz").status_code == 503


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


def test_ask_page_escapes_the_question_and_links_sources(client):
    question = "<script>alert(1)</script> Is a walk-in shower an outcome?"
    html = client.get("/ask", query_string={"q": question}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert 'href="/guidance/showers#' in html


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


def test_guidance_markdown_is_sanitised(fake_runtime, tiny_corpus, tmp_path):
    page = tiny_corpus / "pages" / "cats.md"
    page.write_text(page.read_text() + '\n<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n')
    fake_runtime.build_index()
    client = sign_in(create_app(config(tmp_path), runtime=fake_runtime))
    html = client.get("/guidance/cats").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "onerror" not in html
