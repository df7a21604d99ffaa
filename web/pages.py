"""The screens: Practise, Ask, Prepare, Reflect, Outcomes. Views parse, call the core and render."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import unquote_to_bytes

from flask import Blueprint, abort, current_app, make_response, render_template, request, session
from flask_babel import gettext

from assistant.corpus import STAGES
from assistant.redact import redaction_note
from assistant.transcript import TranscriptError
from assistant.visit import AUDIENCE_IDS, AUDIENCE_LABELS, KIND_LABELS, VISIT_KINDS

from . import get_runtime, svg
from .i18n import N_

bp = Blueprint("pages", __name__)
NOT_UNICODE = N_("the form held text that is not valid unicode (utf-8), so nothing was kept; please retype or re-save "
                 "it")


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
            "redaction_note": gettext(redaction_note())}


@bp.before_request
def _check_csrf():
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if request.method == "POST" and limit and (request.content_length or 0) > limit and \
            request.endpoint == "pages.reflect":
        return reflect_too_large()
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
    if request.mimetype == "multipart/form-data":
        # Uploaded files are decoded by assistant.documents (Word, Windows-1252, ...); the typed fields must be
        # UTF-8, and the parser marks bad bytes in them as U+FFFD, which the raw body then does not hold.
        replaced = any("\ufffd" in value for value in request.form.values())
        return not replaced or "\ufffd".encode() in raw
    if request.mimetype == "application/x-www-form-urlencoded":
        raw = unquote_to_bytes(raw.replace(b"+", b" "))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def error_page(code: int, message: str):
    """The error page, its message in the page's language when the catalogue has it (they are marked with N_)."""
    return render_template("error.html", code=code, message=gettext(message)), code


@bp.get("/favicon.ico")
def favicon():
    """Browsers ask for /favicon.ico before they read the page's icon link; the same icon, never a 404."""
    from importlib.resources import files

    from flask import Response

    return Response((files("web") / "static" / "favicon.svg").read_bytes(), mimetype="image/svg+xml",
                    headers={"Cache-Control": "max-age=86400"})


@bp.get("/")
def home():
    return render_template("home.html")


@bp.get("/practise")
def practise():
    return render_template("practise.html", audiences=[(a, AUDIENCE_LABELS[a]) for a in AUDIENCE_IDS])


@bp.route("/ask", methods=["GET", "POST"])
def ask():
    # The question comes by POST only, so it stays out of the address bar, the history and any access log.
    question = " ".join(request.form.get("q", "").split()) if request.method == "POST" else ""
    answer = error = None
    if request.method == "POST":
        limit = text_limit()
        if not question:
            error = gettext("Type a question first.")
        elif len(question) > limit:
            error = gettext("Please keep questions under %(limit)s characters.", limit=limit)
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
            error = gettext("Describe the visit in a sentence or two.")
        elif len(context) > text_limit():
            error = gettext("Please keep the description under %(limit)s characters.", limit=text_limit())
        else:
            sheet = get_runtime().prepare(context, chosen["audience"], chosen["visit"], chosen["language"])
    return render_template("prepare.html", context=context, sheet=sheet, error=error, chosen=chosen,
                           audiences=[(a, AUDIENCE_LABELS[a]) for a in AUDIENCE_IDS],
                           kinds=[(k, KIND_LABELS[k]) for k in VISIT_KINDS])


REFLECT_EXAMPLE = """SW: Hi Mr Evans, thanks for seeing me. What would you like to get out of today?
Mr Evans: I just want to stay in my own home, that's all.
SW: Staying in your own home matters a lot to you.
Mr Evans: It does. I've been here forty years. But since the fall my daughter worries.
SW: Have you been taking your tablets?
Mr Evans: Mostly. I forget sometimes.
SW: You've kept going on your own through a hard few months, and you still walk to the shop every day.
Mr Evans: I do. I like seeing people there.
SW: What would help you keep doing that?
Mr Evans: Maybe someone to come with me on the bad days."""
OUTCOMES_EXAMPLE = "Two visits a day from the care team\nI want to get back to chapel on Sundays\nA walk-in shower"


def _corrections() -> dict[int, str]:
    """A supervisor's codes for worker turns, sent as code-<turn index> fields with the "Update" button."""
    from assistant.analysis import WORKER_CODES

    if request.form.get("action") != "correct":
        return {}
    return {int(name[5:]): value for name, value in request.form.items()
            if name.startswith("code-") and name[5:].isdigit() and value in WORKER_CODES}


@bp.route("/reflect", methods=["GET", "POST"])
def reflect():
    from assistant.analysis import WORKER_CODES, WelshTranscript
    from assistant.documents import read_transcript_file
    from assistant.transcript import NoWorkerTurns, speakers_in

    rt = get_runtime()
    transcript = REFLECT_EXAMPLE if request.args.get("example") else ""
    worker = ""
    result = error = None
    speakers: list[str] = []
    if request.method == "POST":
        upload = request.files.get("file")
        transcript = request.form.get("transcript", "")
        worker = request.form.get("worker", "").strip()[: rt.settings.max_worker_label_chars]
        try:
            if upload and upload.filename:
                transcript = read_transcript_file(upload.filename, upload.read())
            if not transcript.strip():
                error = gettext("Paste a transcript or choose a file: one turn per line, as 'Speaker: text'.")
            else:
                result = rt.analyse_submitted(transcript, worker or None, _corrections())
        except NoWorkerTurns as exc:
            speakers = exc.speakers
            error = gettext("Which speaker is the worker? No label says so (such as 'Worker', 'SW' or 'Social "
                            "worker'). Choose the worker from the speakers found, then analyse again.")
        except WelshTranscript:
            error = gettext("This transcript is in Welsh. The models read English only, so it was not analysed: no "
                            "codes, score or feedback would be worth trusting.")
        except TranscriptError as exc:
            error = str(exc)[:1].upper() + str(exc)[1:] + "."
        if not speakers and transcript.strip() and len(transcript) <= rt.settings.max_transcript_chars:
            speakers = speakers_in(transcript)
    charts = None
    if result:
        data = result.to_dict()
        charts = {"timeline": svg.timeline(data["utterances"]), "profile": svg.profile(result.metrics)}
    page = render_template("reflect.html", transcript=transcript, worker=worker, result=result, charts=charts,
                           error=error, speakers=speakers, legend=svg.labels(), abbreviations=svg.abbreviations(),
                           codes=WORKER_CODES, max_bytes=current_app.config["MAX_CONTENT_LENGTH"])
    return page, 422 if error and request.method == "POST" else 200


def reflect_too_large():
    """The Reflect page again, saying how big a file may be, instead of a bare 413 (the body is never read)."""
    from assistant.analysis import WORKER_CODES

    limit = current_app.config["MAX_CONTENT_LENGTH"]
    error = gettext("That was more than %(size)s MB, the largest upload this page takes. Split the transcript into "
                    "parts, or save it as plain text (a Word file holds more than its words).",
                    size=f"{limit / 1024 / 1024:g}")
    return render_template("reflect.html", transcript="", worker="", result=None, charts=None, error=error,
                           speakers=[], legend=svg.labels(), abbreviations=svg.abbreviations(), codes=WORKER_CODES,
                           max_bytes=limit), 413


@bp.route("/outcomes", methods=["GET", "POST"])
def outcomes():
    text = request.form.get("statements", "") if request.method == "POST" else (
        OUTCOMES_EXAMPLE if request.args.get("example") else "")
    results = []
    error = None
    if request.method == "POST":
        statements = [" ".join(s.split()) for s in text.splitlines() if s.strip()][:50]
        if not statements:
            error = gettext("Write one statement per line.")
        elif any(len(s) > text_limit() for s in statements):
            error = gettext("Please keep each statement under %(limit)s characters.", limit=text_limit())
        else:
            rt = get_runtime()
            results = [rt.outcome(s) for s in statements]
    return render_template("outcomes.html", text=text, results=results, error=error)
