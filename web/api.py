"""The JSON API: parse, call the core, return the same objects as the CLI's --json."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from assistant.index import IndexUnavailable

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
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ApiError(400, "the body must be a JSON object")
    return data


def text_field(data: dict, name: str, limit: int) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(422, f"'{name}' must be a non-empty string")
    if len(value) > limit:
        raise ApiError(422, f"'{name}' is {len(value)} characters; the limit is {limit}")
    return " ".join(value.split())


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
