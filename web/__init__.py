"""The Flask app: an application factory with one blueprint per area (pages, guidance, JSON API, conversations)."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask, g, jsonify, request

from assistant.index import IndexUnavailable
from assistant.runtime import Runtime
from assistant.settings import Settings

from .auth import access_token
from .i18n import N_

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def _secret_key(instance: Path) -> str:
    """Generated once into the instance folder (0600); a read-only folder gets a per-process key instead."""
    from .auth import private_file, private_folder, read_private

    path = instance / "secret_key"
    try:
        return read_private(path)
    except OSError:
        pass
    try:
        private_folder(instance)
        return private_file(path, secrets.token_hex(32))
    except OSError:
        return secrets.token_hex(32)


def create_app(test_config: dict | None = None, runtime: Runtime | None = None) -> Flask:
    """Create the app; test_config overrides settings, runtime shares an already-loaded model and index."""
    settings = runtime.settings if runtime else Settings.from_env()
    instance = Path((test_config or {}).get("INSTANCE_DIR") or settings.instance_dir)
    app = Flask(__name__, instance_relative_config=True, instance_path=str(instance.resolve()))
    app.config.from_mapping(DATABASE=None, ACCESS_TOKEN=None,
                            SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_HTTPONLY=True,
                            SESSION_COOKIE_NAME="what_matters_session",
                            PERMANENT_SESSION_LIFETIME=timedelta(hours=12))
    if test_config:
        app.config.update(test_config)
    if not app.config["ACCESS_TOKEN"]:
        app.config["ACCESS_TOKEN"] = access_token(instance)
    app.config.setdefault("SECRET_KEY", None)
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = _secret_key(instance)
    if not app.config["DATABASE"]:
        app.config["DATABASE"] = str(instance / "conversations.sqlite3")
    if runtime is None:
        overrides = {k.lower(): v for k, v in (test_config or {}).items() if k.isupper() and
                     k.lower() in Settings.__dataclass_fields__}
        settings = Settings.from_env(**overrides)
        if not os.environ.get("ASSISTANT_BULK_THREADS"):
            settings = settings.with_(bulk_threads=settings.threads)  # see Settings.bulk_threads
        runtime = Runtime(settings)
    app.extensions["runtime"] = runtime
    if app.config.get("MAX_CONTENT_LENGTH") is None:
        app.config["MAX_CONTENT_LENGTH"] = runtime.settings.max_body_bytes

    from . import api, auth, conversations, guidance, i18n, pages

    i18n.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(guidance.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(conversations.bp)

    app.before_request(auth.check_access)

    @app.after_request
    def security_headers(response):
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.teardown_appcontext
    def close_store(_exc):
        store = g.pop("store", None)
        if store is not None:
            store.close()

    def _error(code: int, message: str):
        if request.path.startswith("/api/") or request.path == "/healthz":
            return jsonify(error=message), code
        return pages.error_page(code, message)

    # Marked for translation (N_): the error page shows them in the page's language, the API in English.
    for code, message in ((400, N_("bad request")), (401, N_("sign in first")), (403, N_("forbidden")),
                          (404, N_("not found")), (405, N_("method not allowed")), (413, N_("request body too large")),
                          (415, N_("unsupported media type")), (500, N_("internal error"))):
        app.register_error_handler(code, lambda error, code=code, message=message: _error(code, message))
    # No index yet (or an unreadable one) is the service being unavailable, and the message says what to run.
    app.register_error_handler(IndexUnavailable, lambda error: _error(503, str(error)))

    return app


def get_runtime() -> Runtime:
    from flask import current_app

    return current_app.extensions["runtime"]


def get_store():
    """The request's conversation store connection."""
    import sqlite3

    from flask import current_app

    from assistant.store import Store, StoreError

    if "store" not in g:
        try:
            g.store = Store(Path(current_app.config["DATABASE"]), get_runtime().settings)
        except (sqlite3.OperationalError, OSError):
            raise StoreError("the conversation store cannot be opened (read-only folder or disk full)") from None
    return g.store
