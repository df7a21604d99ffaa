"""The JSON API over the real model and index: every endpoint returns the CLI's objects; bad input gets JSON errors."""

from __future__ import annotations

import pytest
from conftest import sign_in, web_config

from web import create_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(real_runtime, tmp_path_factory):
    return sign_in(create_app(web_config(tmp_path_factory.mktemp("api")), runtime=real_runtime))


def test_suggest_returns_the_contract_shape(client):
    response = client.post("/api/suggest", json={"text": "I'm exhausted but I keep going for the kids.",
                                                  "turns": [{"speaker": "worker", "text": "How are things?"}],
                                                  "unknown": "ignored"})
    data = response.get_json()
    assert response.status_code == 200
    assert set(data) >= {"stage", "stage_confidence", "reflections", "open_questions", "affirmations", "summary"}
    assert 1 <= len(data["open_questions"]) <= 3  # up to three; fewer when the bank holds nothing close
    assert all(set(q) >= {"text", "stage", "skill", "source"} for q in data["open_questions"])


def test_suggest_honours_a_chosen_stage(client):
    data = client.post("/api/suggest", json={"text": "We want to stay at home.", "stage": "planning"}).get_json()
    assert data["stage"] == "planning" and data["open_questions"]
    assert all(q["stage"] == "planning" for q in data["open_questions"])


@pytest.mark.parametrize("path, body, fields", [
    ("/api/check", {"text": "Did the argument upset the kids?"}, {"code", "open_alternatives", "why"}),
    ("/api/outcome", {"statement": "A walk-in shower"}, {"statement", "kind", "confidence", "wellbeing", "prompts"}),
    ("/api/prepare", {"context": "Review with a carer"}, {"context", "opening", "stages", "traps", "oars", "markdown"}),
    ("/api/analyse", {"transcript": "Worker: How are things?\nKelly: Hard.\nWorker: It sounds hard.\n"},
     {"utterances", "metrics", "feedback"}),
])
def test_each_endpoint_answers_with_its_object(client, path, body, fields):
    response = client.post(path, json=body)
    assert response.status_code == 200, response.get_json()
    assert set(response.get_json()) >= fields


def test_the_prepare_sheet_names_the_people_and_safety_cues(client):
    data = client.post("/api/prepare", json={"context": "First visit; dad says he hits mum when drunk"}).get_json()
    assert {"people", "safety"} <= set(data)
    assert {"domestic_abuse", "substance_use"} <= {c["concern"] for c in data["safety"]}
    assert all(set(p) >= {"who", "audience", "role"} for p in data["people"])


def test_prepare_options_override_and_are_validated(client):
    data = client.post("/api/prepare", json={"context": "Visit to talk things through", "audience": "carer",
                                             "visit": "review", "language": "cy"}).get_json()
    assert data["people"][0]["audience"] == "carer" and data["visit"]["kind"] == "review"
    assert data["active_offer"] and data["visit"]["language"] == "cy"
    response = client.post("/api/prepare", json={"context": "Visit", "visit": "lunch"})
    assert response.status_code == 422 and "visit" in response.get_json()["error"]


@pytest.mark.parametrize("path, body, status", [
    ("/api/suggest", {"text": ""}, 422),
    ("/api/suggest", {"text": "hi", "stage": "lunch"}, 422),
    ("/api/suggest", {"text": "hi", "turns": [{"speaker": "robot", "text": "x"}]}, 422),
    ("/api/suggest", {"text": "hi", "turns": "nope"}, 422),
    ("/api/check", {"text": ["a"]}, 422),
    ("/api/outcome", {}, 422),
    ("/api/prepare", {"context": "x" * 2001}, 422),
    ("/api/analyse", {"transcript": "Kelly: hi\nDarren: hi\n"}, 422),
    ("/api/analyse", {"transcript": 5}, 422),
])
def test_bad_requests_get_json_errors(client, path, body, status):
    response = client.post(path, json=body)
    assert response.status_code == status and set(response.get_json()) == {"error"}


def test_wrong_content_type_is_415(client):
    response = client.post("/api/suggest", data="text=hi", content_type="text/plain")
    assert response.status_code == 415 and "error" in response.get_json()


def test_stages_and_question_listing(client):
    stages = client.get("/api/stages").get_json()["stages"]
    assert [s["id"] for s in stages] == ["opening", "exploring", "strengths", "outcomes", "planning", "closing",
                                         "reviewing"]
    listed = client.get("/api/questions?stage=closing&skill=open_question").get_json()["questions"]
    assert len(listed) >= 40 and all(q["stage"] == "closing" and q["skill"] == "open_question" for q in listed)
    searched = client.get("/api/questions?q=school&stage=exploring").get_json()["questions"]
    assert searched and "school" in " ".join(q["text"].lower() for q in searched[:5])
    assert client.get("/api/questions?stage=lunch").status_code == 422


XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'


@pytest.mark.parametrize("path, body", [
    ("/api/ask", {"question": XSS + " what is an outcome"}),
    ("/api/suggest", {"text": XSS, "turns": [{"speaker": "worker", "text": XSS}]}),
    ("/api/check", {"text": XSS}),
    ("/api/outcome", {"statement": XSS}),
    ("/api/prepare", {"context": XSS}),
    ("/api/analyse", {"transcript": f"Worker: {XSS}\nKelly: {XSS}\n"}),
    ("/api/conversations", {"title": XSS}),
])
def test_hostile_text_in_every_field_is_returned_as_json_data(client, path, body):
    response = client.post(path, json=body)
    assert response.status_code in (200, 201)
    assert response.mimetype == "application/json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
