"""The Flask app: an application factory with one blueprint per area."""

from __future__ import annotations

from flask import Flask, jsonify, request

from assistant.runtime import Runtime
from assistant.settings import Settings

MAX_BODY_BYTES = 256 * 1024

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)


def create_app(test_config: dict | None = None, runtime: Runtime | None = None) -> Flask:
    """Create the app; test_config overrides settings, runtime shares an already-loaded model and index."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(MAX_CONTENT_LENGTH=MAX_BODY_BYTES, JSON_SORT_KEYS=False)
    if test_config:
        app.config.update(test_config)
    if runtime is None:
        overrides = {k.lower(): v for k, v in (test_config or {}).items() if k.isupper() and
                     k.lower() in Settings.__dataclass_fields__}
        runtime = Runtime(Settings.from_env(**overrides))
    app.extensions["runtime"] = runtime

    from . import api, pages

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)

    @app.after_request
    def security_headers(response):
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.errorhandler(404)
    @app.errorhandler(405)
    @app.errorhandler(413)
    @app.errorhandler(500)
    def handle_error(error):
        code = getattr(error, "code", 500) or 500
        messages = {404: "not found", 405: "method not allowed", 413: "request body too large",
                    500: "internal error"}
        if request.path.startswith("/api/") or request.path == "/healthz":
            return jsonify(error=messages.get(code, "error")), code
        return pages.error_page(code, messages.get(code, "error"))

    return app


def get_runtime() -> Runtime:
    from flask import current_app

    return current_app.extensions["runtime"]
