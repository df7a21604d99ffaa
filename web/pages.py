"""The screens: Practise, Ask, Prepare, Reflect, Outcomes. Views parse, call the core and render."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import unquote_to_bytes

from flask import Blueprint, abort, make_response, render_template, request, session

from assistant.corpus import STAGES
from assistant.redact import redaction_note
from assistant.transcript import TranscriptError
from assistant.visit import AUDIENCE_IDS, AUDIENCE_LABELS, KIND_LABELS, VISIT_KINDS

from . import get_runtime, svg

bp = Blueprint("pages", __name__)
NOT_UNICODE = "the form held text that is not valid unicode (utf-8), so nothing was kept; please retype or re-save it"


def text_limit() -> int:
    """The longest text a field accepts: the same setting the CLI and the API use."""
    return get_runtime().settings.max_question_chars


def csrf_token() -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


@bp.app_context_processor
def _template_globals():
    return {"csrf_token": csrf_token, "stages": STAGES, "limits": get_runtime().settings,
            "redaction_note": redaction_note()}


@bp.before_request
def _check_csrf():
    if request.method == "POST":
        utf8 = _form_is_utf8()  # reads the raw body, so before request.form parses it
        sent = request.form.get("csrf_token", "")
        if not sent or not hmac.compare_digest(sent, session.get("csrf", "")):
            abort(400)
        if not utf8:
            return error_page(422, NOT_UNICODE)
    return None


def _form_is_utf8() -> bool:
    """Whether the posted form (uploads included: transcripts are text) is UTF-8. Werkzeug would quietly turn bad
    bytes into U+FFFD, so the raw body is checked; it stays cached for the form parser."""
    raw = request.get_data(cache=True)
    if request.mimetype == "application/x-www-form-urlencoded":
        raw = unquote_to_bytes(raw.replace(b"+", b" "))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def error_page(code: int, message: str):
    return render_template("error.html", code=code, message=message), code


@bp.get("/")
def home():
    return render_template("home.html")


@bp.get("/practise")
def practise():
    return render_template("practise.html")


@bp.route("/ask", methods=["GET", "POST"])
def ask():
    # The question comes by POST only, so it stays out of the address bar, the history and any access log.
    question = " ".join(request.form.get("q", "").split()) if request.method == "POST" else ""
    answer = error = None
    if request.method == "POST":
        limit = text_limit()
        if not question:
            error = "Type a question first."
        elif len(question) > limit:
            error = f"Please keep questions under {limit} characters."
        else:
            answer = get_runtime().ask(question)
    response = make_response(render_template("ask.html", question=question, answer=answer, error=error))
    if request.method == "POST":
        response.headers["Cache-Control"] = "no-store"  # the answer page holds the question: never cache it
    return response


@bp.route("/prepare", methods=["GET", "POST"])
def prepare():
    context = " ".join(request.form.get("context", "").split()) if request.method == "POST" else ""
    chosen = {name: request.form.get(name) or None for name in ("audience", "visit", "language")}
    allowed = {"audience": AUDIENCE_IDS, "visit": VISIT_KINDS, "language": ("en", "cy")}
    chosen = {name: value if value in allowed[name] else None for name, value in chosen.items()}
    sheet = error = None
    if request.method == "POST":
        if not context:
            error = "Describe the visit in a sentence or two."
        elif len(context) > text_limit():
            error = f"Please keep the description under {text_limit()} characters."
        else:
            sheet = get_runtime().prepare(context, chosen["audience"], chosen["visit"], chosen["language"])
    return render_template("prepare.html", context=context, sheet=sheet, error=error, chosen=chosen,
                           audiences=[(a, AUDIENCE_LABELS[a]) for a in AUDIENCE_IDS],
                           kinds=[(k, KIND_LABELS[k]) for k in VISIT_KINDS])


@bp.route("/reflect", methods=["GET", "POST"])
def reflect():
    transcript = worker = ""
    result = error = None
    if request.method == "POST":
        upload = request.files.get("file")
        transcript = request.form.get("transcript", "")
        rt = get_runtime()
        if upload and upload.filename:
            transcript = upload.read().decode("utf-8")  # checked to be UTF-8 before the view ran
        worker = request.form.get("worker", "").strip()[: rt.settings.max_worker_label_chars]
        if not transcript.strip():
            error = "Paste a transcript or choose a file: one turn per line, as 'Speaker: text'."
        else:
            try:
                result = rt.analyse_submitted(transcript, worker or None)
            except TranscriptError as exc:
                error = str(exc)[:1].upper() + str(exc)[1:] + "."
    charts = None
    if result:
        data = result.to_dict()
        charts = {"timeline": svg.timeline(data["utterances"]), "profile": svg.profile(result.metrics)}
    return render_template("reflect.html", transcript=transcript, worker=worker, result=result, charts=charts,
                           error=error, legend=svg.LABELS, colours=svg.COLOURS)


@bp.route("/outcomes", methods=["GET", "POST"])
def outcomes():
    text = request.form.get("statements", "") if request.method == "POST" else ""
    results = []
    error = None
    if request.method == "POST":
        statements = [" ".join(s.split()) for s in text.splitlines() if s.strip()][:50]
        if not statements:
            error = "Write one statement per line."
        elif any(len(s) > text_limit() for s in statements):
            error = f"Please keep each statement under {text_limit()} characters."
        else:
            rt = get_runtime()
            results = [rt.outcome(s) for s in statements]
    return render_template("outcomes.html", text=text, results=results, error=error)
