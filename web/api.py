"""The JSON API: parse, call the core, return the same objects as the CLI's --json."""

from __future__ import annotations

from importlib.resources import files

from flask import Blueprint, jsonify, request

from assistant.corpus import AUDIENCE_CHOICES, STAGES
from assistant.index import IndexUnavailable
from assistant.text import is_valid_unicode
from assistant.visit import AUDIENCE_IDS, VISIT_KINDS

from . import get_runtime

bp = Blueprint("api", __name__)


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@bp.errorhandler(ApiError)
def _api_error(error: ApiError):
    return jsonify(error=error.message), error.status


def json_body() -> dict:
    """The request's JSON object, or a 415/400 error."""
    if not request.is_json:
        raise ApiError(415, "send JSON with Content-Type: application/json")
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # absurdly deep nesting is bad JSON, not a server error
        data = None
    if not isinstance(data, dict):
        raise ApiError(400, "the body must be a JSON object")
    name = _field_with_invalid_unicode(data)
    if name is not None:
        raise ApiError(422, f"{name} holds text that is not valid Unicode (a lone surrogate such as \\ud800)")
    return data


def _field_with_invalid_unicode(data: dict) -> str | None:
    """The top-level field holding a lone surrogate anywhere inside it (keys too), or None; JSON's \\u escapes
    can spell one, but no page, file or database text can hold it."""
    for name, value in data.items():
        pending = [name, value]
        while pending:
            item = pending.pop()
            if isinstance(item, str) and not is_valid_unicode(item):
                return f"'{name}'" if is_valid_unicode(name) else "a field name"
            if isinstance(item, dict):
                pending.extend(item)
                pending.extend(item.values())
            elif isinstance(item, list):
                pending.extend(item)
    return None


def text_field(data: dict, name: str, limit: int) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(422, f"'{name}' must be a non-empty string")
    if len(value) > limit:
        raise ApiError(422, f"'{name}' is {len(value)} characters; the limit is {limit}")
    return " ".join(value.split())


@bp.get("/api/openapi.yaml")
def openapi():
    from flask import Response

    return Response((files("web") / "openapi.yaml").read_text(encoding="utf-8"), mimetype="application/yaml")


@bp.get("/healthz")
def healthz():
    rt = get_runtime()
    try:
        retriever = rt.retriever
    except IndexUnavailable as exc:
        return jsonify(status="unavailable", error=str(exc)), 503
    return jsonify(status="ok", model=rt.embedder.name, documents=len(retriever.index))


@bp.post("/api/ask")
def ask():
    data = json_body()
    rt = get_runtime()
    question = text_field(data, "question", rt.settings.max_question_chars)
    k = data.get("k", 5)
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= 20:
        raise ApiError(422, "'k' must be a whole number from 1 to 20")
    return jsonify(rt.ask(question, k=k).to_dict())


STAGE_DESCRIPTIONS = {
    "opening": "Introductions, purpose, trust, consent.",
    "exploring": "What is happening, what matters, hopes and fears, what is working and not.",
    "strengths": "Personal, family and community resources; times when things are different.",
    "outcomes": "What a good life looks like; agreeing personal outcomes in the person's words.",
    "planning": "Options, who does what, safety planning where there is risk.",
    "closing": "Summarise, check understanding, next steps.",
    "reviewing": "A later review: what has changed, how outcomes have evolved.",
}


def optional_stage(stage) -> str | None:
    """A canonical stage id, None when absent, or a 422."""
    if stage in (None, ""):
        return None
    if stage not in STAGES:
        raise ApiError(422, f"'stage' must be one of {', '.join(STAGES)}")
    return stage


def turns_field(data: dict, limit: int, most: int) -> list[dict]:
    turns = data.get("turns") or []
    if not isinstance(turns, list) or len(turns) > most:
        raise ApiError(422, f"'turns' must be a list of at most {most} {{speaker, text}} objects")
    out = []
    for n, turn in enumerate(turns, 1):
        if not isinstance(turn, dict) or turn.get("speaker") not in ("worker", "person"):
            raise ApiError(422, f"turn {n}: 'speaker' must be 'worker' or 'person'")
        text = turn.get("text")
        if not isinstance(text, str) or not text.strip() or len(text) > limit:
            raise ApiError(422, f"turn {n}: 'text' must be a non-empty string of at most {limit} characters")
        out.append({"speaker": turn["speaker"], "text": " ".join(text.split())})
    return out


@bp.post("/api/suggest")
def suggest():
    data = json_body()
    rt = get_runtime()
    limit = rt.settings.max_question_chars
    text = text_field(data, "text", limit)
    audience = data.get("audience") or None
    if audience not in (None, *AUDIENCE_CHOICES):
        raise ApiError(422, f"'audience' must be one of {', '.join(AUDIENCE_CHOICES)}")
    turns = turns_field(data, limit, rt.settings.max_context_turns)
    result = rt.suggest(text, turns, optional_stage(data.get("stage")), audience,
                        want_summary=data.get("summary") is True)
    return jsonify(result.to_dict())


@bp.post("/api/check")
def check():
    data = json_body()
    rt = get_runtime()
    return jsonify(rt.check(text_field(data, "text", rt.settings.max_question_chars)).to_dict())


@bp.post("/api/analyse")
def analyse():
    from assistant.transcript import TranscriptError

    data = json_body()
    rt = get_runtime()
    transcript = data.get("transcript")
    if not isinstance(transcript, str) or not transcript.strip():
        raise ApiError(422, "'transcript' must be a non-empty string")
    worker, most = data.get("worker"), rt.settings.max_worker_label_chars
    if worker is not None and (not isinstance(worker, str) or len(worker) > most):
        raise ApiError(422, f"'worker' must be a speaker label of at most {most} characters")
    try:
        result = rt.analyse_submitted(transcript, worker or None)
    except TranscriptError as exc:
        raise ApiError(422, str(exc)) from None
    return jsonify(result.to_dict())


@bp.post("/api/outcome")
def outcome():
    data = json_body()
    rt = get_runtime()
    return jsonify(rt.outcome(text_field(data, "statement", rt.settings.max_question_chars)).to_dict())


def optional_choice(data: dict, name: str, choices) -> str | None:
    """One of choices, None when absent or empty, or a 422."""
    value = data.get(name)
    if value in (None, ""):
        return None
    if value not in choices:
        raise ApiError(422, f"'{name}' must be one of {', '.join(choices)}")
    return value


@bp.post("/api/prepare")
def prepare():
    data = json_body()
    rt = get_runtime()
    context = text_field(data, "context", rt.settings.max_question_chars)
    sheet = rt.prepare(context, optional_choice(data, "audience", AUDIENCE_IDS),
                       optional_choice(data, "visit", VISIT_KINDS), optional_choice(data, "language", ("en", "cy")))
    return jsonify(sheet.to_dict())


@bp.get("/api/stages")
def stages():
    return jsonify(stages=[{"id": s, "description": STAGE_DESCRIPTIONS[s]} for s in STAGES])


@bp.get("/api/questions")
def questions():
    from assistant.corpus import SKILLS

    rt = get_runtime()
    stage = optional_stage(request.args.get("stage"))
    skill = request.args.get("skill") or None
    query = " ".join(request.args.get("q", "").split())[: rt.settings.max_question_chars]
    if skill and skill not in SKILLS:
        raise ApiError(422, f"'skill' must be one of {', '.join(SKILLS)}")
    if query:
        hits = rt.retriever.search(query, k=20, kind="question", stage=stage, skill=skill)
        docs = [h.document for h in hits]
    else:
        docs = [d for d in rt.retriever.index.documents if d.kind == "question"
                and (not stage or stage in d.stage) and (not skill or d.skill == skill)]
    return jsonify(questions=[{"id": d.id.removeprefix("question:"), "text": d.text, "stage": d.stage[0],
                               "skill": d.skill, "audience": d.audience[0], "topics": d.topics,
                               "purpose": d.purpose} for d in docs])
