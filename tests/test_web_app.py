"""The web app over the real model: every screen, conversations, CSRF, same-origin JSON, escaping."""

from __future__ import annotations

import re
import sqlite3

import pytest
from conftest import sign_in, web_config, word_file

from web import create_app

pytestmark = pytest.mark.slow
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def app(real_runtime, tmp_path_factory):
    return create_app(web_config(tmp_path_factory.mktemp("web")), runtime=real_runtime)


@pytest.fixture
def client(app):
    return sign_in(app)


def token(client, path="/prepare") -> str:
    html = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.mark.parametrize("path", ["/", "/practise", "/ask", "/prepare", "/reflect", "/outcomes", "/guidance/",
                                  "/guidance/oars"])
def test_every_screen_renders_with_navigation(client, path):
    response = client.get(path)
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    for mode in ("Practise", "Ask", "Prepare", "Reflect", "Outcomes"):
        assert f">{mode}</a>" in html
    assert "<script src=\"/static/app.js\"" in html and "<script>" not in html


def test_conversation_lifecycle(client, app):
    created = client.post("/api/conversations", json={"title": "Visit to Mrs Pritchard"})
    assert created.status_code == 201 and set(created.get_json()) == {"id", "title", "created"}
    cid = created.get_json()["id"]
    turn = client.post(f"/api/conversations/{cid}/turns", json={"speaker": "person",
                                                                "text": "My number is 07700 900123"})
    assert turn.status_code == 201 and turn.get_json()["text"] == "My number is [PHONE]"
    assert [c["id"] for c in client.get("/api/conversations").get_json()["conversations"]].count(cid) == 1
    assert client.get(f"/api/conversations/{cid}").get_json()["turns"][0]["speaker"] == "person"
    assert client.patch(f"/api/conversations/{cid}", json={"title": "Renamed"}).get_json()["title"] == "Renamed"
    export = client.get(f"/api/conversations/{cid}/export.md")
    assert export.mimetype == "text/markdown" and "**Person:** My number is [PHONE]" in export.get_data(as_text=True)
    assert client.delete(f"/api/conversations/{cid}").status_code == 200
    assert client.get(f"/api/conversations/{cid}").status_code == 404
    db = sqlite3.connect(app.config["DATABASE"])
    assert db.execute("SELECT count(*) FROM turns WHERE conversation_id = ?", (cid,)).fetchone()[0] == 0


@pytest.mark.parametrize("method, path, body, status", [
    ("get", "/api/conversations/0123456789abcdef", None, 404),
    ("get", "/api/conversations/../../etc", None, 404),
    ("delete", "/api/conversations/nope", None, 404),
    ("post", "/api/conversations/0123456789abcdef/turns", {"speaker": "person", "text": "hi"}, 404),
    ("post", "/api/conversations", {"title": 5}, 422),
])
def test_conversation_errors_are_json(client, method, path, body, status):
    response = getattr(client, method)(path, json=body) if body is not None else getattr(client, method)(path)
    assert response.status_code == status and "error" in response.get_json()


def test_bad_turns_are_rejected(client):
    cid = client.post("/api/conversations", json={}).get_json()["id"]
    assert client.post(f"/api/conversations/{cid}/turns", json={"speaker": "robot", "text": "x"}).status_code == 422
    assert client.post(f"/api/conversations/{cid}/turns", json={"speaker": "person"}).status_code == 422
    assert client.post(f"/api/conversations/{cid}/turns", data="x", content_type="text/plain").status_code == 415


def test_cross_origin_posts_are_refused(client):
    response = client.post("/api/suggest", json={"text": "hi"}, headers={"Origin": "http://evil.example"})
    assert response.status_code == 403 and response.get_json() == {"error": "cross-origin requests are not allowed"}
    same = client.post("/api/suggest", json={"text": "hi there"}, headers={"Origin": "http://localhost"})
    assert same.status_code == 200


def test_forms_need_the_csrf_token(client):
    assert client.post("/prepare", data={"context": "First visit"}).status_code == 400
    response = client.post("/prepare", data={"context": "First visit to a carer", "csrf_token": token(client)})
    assert response.status_code == 200 and "Traps to avoid" in response.get_data(as_text=True)


def test_reflect_draws_svg_charts_and_feedback(client):
    # A closed question with a safe open version, so a missed opportunity is shown with its better line.
    transcript = ("Worker: Are you sleeping ok?\nDai: No.\nWorker: You need to take them.\n"
                  "Dai: I forget, I'm tired.\nWorker: It sounds like you're worn out.\n")
    html = client.post("/reflect", data={"transcript": transcript, "csrf_token": token(client, "/reflect")}
                       ).get_data(as_text=True)
    assert '<svg class="timeline"' in html and '<svg class="profile"' in html, html[html.find('<main'):][:1500]
    assert "Missed opportunity" in html and "Questions for supervision" in html
    assert "Advice and information" in html and "lower it" in html  # the score says what moves it


def test_reflect_shows_safety_advice_under_safety_not_as_a_missed_opportunity(client):
    transcript = ("Worker: How have the nights been since he left?\n"
                  "Ceri: He was banging on the door at two in the morning, shouting he'd kill me.\n"
                  "Worker: If he comes back, ring 999 straight away, the order means they will come.\n"
                  "Ceri: They took ages last time.\n")
    html = client.post("/reflect", data={"transcript": transcript, "csrf_token": token(client, "/reflect")}
                       ).get_data(as_text=True)
    feedback = html[html.find('<ul class="feedback">'):]
    feedback = feedback[:feedback.find("</ul>")]
    item = next(li for li in feedback.split("<li")[1:] if "ring 999" in li)
    assert "Safety" in item and "Missed opportunity" not in item, item


def test_reflect_accepts_an_uploaded_file_and_explains_bad_ones(client):
    import io

    data = {"csrf_token": token(client, "/reflect"), "file": (io.BytesIO(b"Kelly: hi\nDarren: hi\n"), "t.txt")}
    response = client.post("/reflect", data=data, content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    # No command-line words on a web page: the worker is picked from the speakers the file holds.
    assert response.status_code == 422 and "Which speaker is the worker?" in html and "--worker" not in html
    assert '<option value="Kelly"' in html and '<option value="Darren"' in html
    assert "Kelly: hi" in html  # the file's text is kept in the box, ready to analyse again


def test_outcomes_screen_checks_a_list(client):
    html = client.post("/outcomes", data={"statements": "A walk-in shower\nI want to wash without help",
                                          "csrf_token": token(client, "/outcomes")}).get_data(as_text=True)
    assert "Service or resource" in html and "Personal outcome" in html


@pytest.mark.parametrize("path, field", [("/prepare", "context"), ("/reflect", "transcript"),
                                         ("/outcomes", "statements")])
def test_user_text_is_escaped_on_every_screen(client, path, field):
    value = f"Worker: {XSS}\nKelly: {XSS}" if field == "transcript" else XSS
    html = client.post(path, data={field: value, "csrf_token": token(client, path)}).get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_stored_xss_comes_back_as_json_data(client):
    cid = client.post("/api/conversations", json={"title": XSS}).get_json()["id"]
    client.post(f"/api/conversations/{cid}/turns", json={"speaker": "person", "text": XSS})
    response = client.get(f"/api/conversations/{cid}")
    assert response.mimetype == "application/json" and response.get_json()["turns"][0]["text"] == XSS


def test_browser_fetch_metadata_decides_same_origin(client):
    cross = client.post("/api/suggest", json={"text": "hi"}, headers={"Sec-Fetch-Site": "cross-site",
                                                                       "Origin": "null"})
    assert cross.status_code == 403
    same = client.post("/api/suggest", json={"text": "hi there"}, headers={"Sec-Fetch-Site": "same-origin",
                                                                            "Origin": "null"})
    assert same.status_code == 200




SESSION = ["SW: Are you sleeping ok?", "Mrs Evans: Not really. What’s the point.",
           "SW: It sounds like the nights are long.", "Mrs Evans: They are."]


@pytest.mark.parametrize("name, data", [
    ("session.docx", word_file(SESSION)),
    ("session.txt", "\r\n".join(SESSION).encode("cp1252")),  # Word's "plain text" on Windows
    ("session.vtt", ("WEBVTT\n\n" + "".join(
        f"{n}\n00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000\n<v {line.split(': ')[0]}>{line.split(': ', 1)[1]}</v>\n\n"
        for n, line in enumerate(SESSION, 1))).encode("utf-8")),
])
def test_reflect_reads_word_windows_and_caption_files(client, name, data):
    import io

    response = client.post("/reflect", data={"csrf_token": token(client, "/reflect"), "file": (io.BytesIO(data), name)},
                           content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and '<svg class="timeline"' in html
    assert "What’s the point." in html and "�" not in html
    assert html.count('<li class="step step-') == 4


def test_a_supervisor_correction_changes_the_code_and_the_measures(client):
    transcript = "\n".join(SESSION)
    first = client.post("/reflect", data={"transcript": transcript, "csrf_token": token(client, "/reflect")}
                        ).get_data(as_text=True)
    assert re.search(r'<option value="closed_question" selected>', first)
    assert re.search(r'<tr id="metric-open"><th scope="row">Open questions</th><td>0 \(0.0%\)', first)
    corrected = client.post("/reflect", data={"transcript": transcript, "csrf_token": token(client, "/reflect"),
                                              "action": "correct", "code-0": "open_question",
                                              "code-2": "simple_reflection"}).get_data(as_text=True)
    assert re.search(r'<tr id="metric-open"><th scope="row">Open questions</th><td>1 \(100.0%\)', corrected)
    assert re.search(r"Includes your corrections to [12] codes?\.", corrected) and "(corrected)" in corrected
    # The same codes without the Update button are a fresh analysis.
    fresh = client.post("/reflect", data={"transcript": transcript, "csrf_token": token(client, "/reflect"),
                                          "action": "analyse", "code-0": "open_question"}).get_data(as_text=True)
    assert "(corrected)" not in fresh


def test_no_reflections_shows_no_band_for_complex_reflections(client):
    html = client.post("/reflect", data={"transcript": "Worker: Are you ok?\nDai: Yes.\n",
                                         "csrf_token": token(client, "/reflect")}).get_data(as_text=True)
    assert "no reflections yet" in html and "0.0% below fair" not in html and "below fair (fair 40%" not in html


def test_a_named_worker_is_chosen_from_the_speakers_found(client):
    transcript = "Ffion: What matters to you?\nDai: My dog.\nFfion: Your dog matters a lot.\n"
    html = client.post("/reflect", data={"transcript": transcript, "worker": "Ffion",
                                         "csrf_token": token(client, "/reflect")}).get_data(as_text=True)
    assert '<option value="Ffion" selected>' in html and '<svg class="timeline"' in html


def test_an_upload_over_the_body_limit_is_the_reflect_page_with_a_clear_message(real_runtime, tmp_path):
    import io

    client = sign_in(create_app(web_config(tmp_path, MAX_CONTENT_LENGTH=4096), runtime=real_runtime))
    response = client.post("/reflect", data={"csrf_token": token(client, "/reflect"),
                                             "file": (io.BytesIO(b"Worker: hi\n" * 1000), "big.txt")},
                           content_type="multipart/form-data")
    html = response.get_data(as_text=True)
    assert response.status_code == 413 and "<h1>Reflect on a conversation</h1>" in html
    assert "the largest upload this page takes" in html and 'id="transcript"' in html


def test_the_favicon_is_served_to_anyone(app):
    for path in ("/favicon.ico", "/static/favicon.svg"):
        response = app.test_client().get(path)
        assert response.status_code == 200 and response.mimetype == "image/svg+xml"
        response.close()
    assert 'rel="icon"' in sign_in(app).get("/").get_data(as_text=True)


def test_an_export_is_named_after_the_conversation_title(client):
    cid = client.post("/api/conversations", json={"title": "First visit: the garden & the dog’s walk"}).get_json()["id"]
    export = client.get(f"/api/conversations/{cid}/export.md")
    assert export.headers["Content-Disposition"] == 'attachment; filename="first-visit-the-garden-the-dogs-walk.md"'


@pytest.mark.parametrize("audience", ["older_person", "adult", "carer", "parent", "child", "young_person", "any"])
def test_suggest_takes_every_audience_the_practise_screen_offers(client, audience):
    response = client.post("/api/suggest", json={"text": "Since my fall I don't go out much.", "audience": audience})
    data = response.get_json()
    assert response.status_code == 200
    assert data["audience_source"] == "chosen" and data["audience"] == (None if audience == "any" else audience)


@pytest.mark.parametrize("body", [{"text": "hi", "audience": "pensioner"}, {"text": "hi", "audience": 3}])
def test_suggest_refuses_an_unknown_audience_with_json(client, body):
    response = client.post("/api/suggest", json=body)
    assert response.status_code == 422 and "'audience' must be one of" in response.get_json()["error"]


def test_an_older_persons_daughter_never_makes_them_a_parent(client):
    data = client.post("/api/suggest", json={"text": "My daughter says I can't cope since the fall, but I manage."}
                       ).get_json()
    assert data["audience"] == "older_person" and data["audience_source"] == "inferred"
    kids = client.post("/api/suggest", json={"text": "My daughter won't go to school and I'm at my wits' end."}
                       ).get_json()
    assert kids["audience"] == "parent"


def test_a_guidance_page_names_the_source_it_was_written_from(client):
    offer = client.get("/guidance/active-offer-welsh").get_data(as_text=True)
    assert "using-welsh-at-work" in offer and "not from the Social Care Wales outcomes guidance" in offer
    assert "understanding-an-outcomes-approach" not in offer
    oars = client.get("/guidance/oars").get_data(as_text=True)
    assert "understanding-an-outcomes-approach" in oars and "Written from" not in oars
