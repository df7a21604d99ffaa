"""The shipped OpenAPI description checked against the running app by schemathesis, and hypothesis fuzzing of
every endpoint: never a 5xx, never a stack trace, always the documented error shape."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow
schemathesis = pytest.importorskip("schemathesis")
hypothesis = pytest.importorskip("hypothesis")
from conftest import app_token, sign_in, web_config  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

from web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def app(real_runtime, tmp_path_factory):
    return create_app(web_config(tmp_path_factory.mktemp("openapi"), TESTING=False), runtime=real_runtime)


def test_the_app_conforms_to_its_openapi_description(app):
    signed_in = {"Authorization": f"Bearer {app_token(app)}"}
    schema = schemathesis.openapi.from_wsgi("/api/openapi.yaml", app, headers=signed_in)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=15, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            # Schema-valid input can still be meaningless (a transcript with no worker turn gets a clear 422), so
            # the positive-data check is left out; every other check, server errors included, applies.
            headers = {"Authorization": f"Bearer {app_token(app)}"}
            if case.body is not None:
                headers["Content-Type"] = "application/json"
            case.call_and_validate(headers=headers,
                                   excluded_checks=[positive_data_acceptance])

        try:
            check()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {str(exc).splitlines()[0][:300]}")
    assert failures == []


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children,
                                                                                              max_size=4),
                           max_leaves=12)
ENDPOINTS = ["/api/ask", "/api/suggest", "/api/check", "/api/analyse", "/api/outcome", "/api/prepare",
             "/api/conversations"]
FIELDS = {"/api/ask": "question", "/api/suggest": "text", "/api/check": "text", "/api/analyse": "transcript",
          "/api/outcome": "statement", "/api/prepare": "context", "/api/conversations": "title"}


@pytest.mark.parametrize("path", ENDPOINTS)
def test_arbitrary_json_never_breaks_an_endpoint(app, path):
    client = sign_in(app)

    field = FIELDS[path]
    with_text = st.fixed_dictionaries({field: st.text(max_size=3000)}, optional={"extra": JSON_VALUES})

    @settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(body=st.one_of(JSON_VALUES, st.fixed_dictionaries({field: JSON_VALUES}), with_text))
    def check(body):
        response = client.post(path, data=json.dumps(body), content_type="application/json")
        assert response.status_code < 500, (body, response.get_data(as_text=True)[:200])
        data = response.get_json()
        assert response.mimetype == "application/json" and data, response.get_data(as_text=True)[:200]
        if response.status_code >= 400:
            assert set(data) == {"error"} and "Traceback" not in data["error"]

    check()


@pytest.mark.parametrize("path", ENDPOINTS)
def test_hostile_strings_and_deep_nesting(app, path):
    client = sign_in(app)
    nested: object = "x"
    for _ in range(2000):
        nested = [nested]
    bodies = [{FIELDS[path]: "\x00\x01\x1b[31m\u202e\ufeff" + "é" * 50}, {FIELDS[path]: "x" * 1_000_000},
              {FIELDS[path]: nested}, {FIELDS[path]: {"$gt": ""}}]
    for body in bodies:
        try:
            raw = json.dumps(body)
        except RecursionError:
            raw = "[" * 5000 + "]" * 5000
        response = client.post(path, data=raw, content_type="application/json")
        assert response.status_code < 500
        assert set(response.get_json()) <= {"error"} or response.status_code in (200, 201)


@given(text=st.text(max_size=200))
@settings(max_examples=60, deadline=None, derandomize=True)
def test_transcript_parsing_never_crashes(text):
    from assistant.transcript import TranscriptError, parse_transcript

    try:
        parsed = parse_transcript(text)
    except TranscriptError:
        return
    assert parsed.worker_turns


@given(text=st.text(max_size=300))
@settings(max_examples=200, deadline=None, derandomize=True)
def test_redaction_and_reflections_take_any_text(text):
    from assistant.redact import redact
    from assistant.reflections import complex_reflection, simple_reflection

    once = redact(text)
    assert redact(once) == once  # what is left after redaction has nothing more to redact
    if text.strip():
        assert not (simple_reflection(text) or "").endswith("?") and not (complex_reflection(text) or "").endswith("?")
