"""Conversations: list, create, open, rename, add turns, export as markdown, delete (JSON API)."""

from __future__ import annotations

import re

from flask import Blueprint, Response, jsonify, request

from assistant.store import KeyConflict, NotFound, StoreError

from . import get_runtime, get_store
from .api import ApiError, json_body

bp = Blueprint("conversations", __name__, url_prefix="/api/conversations")
_ID = re.compile(r"^[0-9a-f]{16}$")
_KEY = re.compile(r"^[\x21-\x7e]+$")  # printable ASCII, no spaces: what UUIDs and random tokens are made of


@bp.errorhandler(ApiError)
def _api_error(error: ApiError):
    return jsonify(error=error.message), error.status


@bp.errorhandler(StoreError)
def _store_error(error: StoreError):
    return jsonify(error=str(error)), 503


def _id(conversation_id: str) -> str:
    if not _ID.match(conversation_id):
        raise ApiError(404, "no such conversation")
    return conversation_id


def _found(call, *args):
    try:
        return call(*args)
    except NotFound:
        raise ApiError(404, "no such conversation") from None


def _title(data: dict, required: bool) -> str | None:
    title, most = data.get("title"), get_runtime().settings.max_title_chars
    if title is None and not required:
        return None
    if not isinstance(title, str) or (required and not title.strip()) or len(title) > most:
        raise ApiError(422, f"'title' must be a {'non-empty ' if required else ''}string of at most {most} characters")
    return title


@bp.get("")
def list_conversations():
    return jsonify(conversations=[c.to_dict() for c in get_store().list()])


@bp.post("")
def create():
    conversation = get_store().create(_title(json_body(), required=False))
    return jsonify({k: v for k, v in conversation.to_dict().items() if k in ("id", "title", "created")}), 201


@bp.get("/<conversation_id>")
def get(conversation_id: str):
    return jsonify(_found(get_store().get, _id(conversation_id)).to_dict(with_turns=True))


@bp.patch("/<conversation_id>")
def rename(conversation_id: str):
    title = _title(json_body(), required=True)
    return jsonify(_found(get_store().rename, _id(conversation_id), title).to_dict())


@bp.delete("/<conversation_id>")
def delete(conversation_id: str):
    _found(get_store().delete, _id(conversation_id))
    return jsonify(deleted=conversation_id)


@bp.post("/<conversation_id>/turns")
def add_turn(conversation_id: str):
    data = json_body()
    settings = get_runtime().settings
    speaker, text = data.get("speaker"), data.get("text")
    if speaker not in ("worker", "person"):
        raise ApiError(422, "'speaker' must be 'worker' or 'person'")
    if not isinstance(text, str) or not text.strip() or len(text) > settings.max_turn_chars:
        raise ApiError(422, f"'text' must be a non-empty string of at most {settings.max_turn_chars} characters")
    key = request.headers.get("Idempotency-Key")
    if key is not None and (len(key) > settings.max_idempotency_key_chars or not _KEY.match(key)):
        raise ApiError(422, f"'Idempotency-Key' must be 1 to {settings.max_idempotency_key_chars} printable ASCII "
                            "characters without spaces")
    try:
        turn = _found(get_store().add_turn, _id(conversation_id), speaker, text, key)
    except KeyConflict as exc:
        raise ApiError(409, str(exc)) from None
    return jsonify(turn), 201


def export_filename(title: str, conversation_id: str) -> str:
    """The conversation's title as a file name a user recognises: letters, digits and hyphens, ASCII."""
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:80].rstrip("-")
    return f"{slug or 'conversation-' + conversation_id}.md"


@bp.get("/<conversation_id>/export.md")
def export(conversation_id: str):
    store = get_store()
    text = _found(store.export_markdown, _id(conversation_id))
    name = export_filename(_found(store.get, conversation_id).title, conversation_id)
    return Response(text, mimetype="text/markdown",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
