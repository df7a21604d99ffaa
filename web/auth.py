"""Access in local mode (PRODUCT.md "Access"): a per-install token, a sign-in link that sets a session cookie,
Bearer tokens for API clients, loopback Host headers only and a matching Origin. /healthz stays open."""

from __future__ import annotations

import hmac
import os
import re
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from flask import Blueprint, current_app, jsonify, redirect, render_template, request, session, url_for

from .i18n import N_

bp = Blueprint("auth", __name__)

TOKEN_FILE = "access_token"
LOOPBACK_HOST = re.compile(r"^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$", re.I)
OPEN_ENDPOINTS = {"api.healthz", "auth.login", "static", "i18n.choose", "pages.favicon"}


def private_folder(folder: Path) -> Path:
    """Create the folder owner-only (0700), or tighten it if it already exists."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        folder.chmod(0o700)
    return folder


def private_file(path: Path, content: str) -> str:
    """Create an owner-only (0600) file holding content, atomically and never over an existing one.

    Two processes starting at once (gunicorn workers) agree on whichever file landed first."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(content)
        os.link(tmp, path)  # fails if the file exists: a link, unlike rename, never replaces it
    except FileExistsError:
        return read_private(path)
    finally:
        tmp.unlink(missing_ok=True)
    return content


def read_private(path: Path) -> str:
    """An existing secret file's content, its mode tightened to 0600 if it was looser."""
    if path.stat().st_mode & 0o077:
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def access_token(instance: Path) -> str:
    """This install's access token, made once (random, 0600) in the instance folder."""
    path = private_folder(instance) / TOKEN_FILE
    if path.exists():
        token = read_private(path)
        if token:
            return token
        path.unlink()
    return private_file(path, secrets.token_urlsafe(32))


def sign_in_url(host: str, port: int, token: str) -> str:
    """The link printed at start: opening it signs a browser in."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/login?token={token}"


def is_loopback(host: str) -> bool:
    """Whether a --host value is a loopback address (the only kind local mode serves on)."""
    return host.lower() in ("127.0.0.1", "localhost", "::1", "[::1]")


def _token_matches(sent: str | None) -> bool:
    expected = current_app.config["ACCESS_TOKEN"]
    return bool(sent) and hmac.compare_digest(sent.encode(), expected.encode())


def _bearer() -> str | None:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def _is_api() -> bool:
    return request.path.startswith("/api/") or request.path == "/healthz"


def _refuse(status: int, message: str):
    if _is_api():
        response = jsonify(error=message)
        response.status_code = status
        if status == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="what-matters"'
        return response
    from .pages import error_page

    return error_page(status, message)


def _origin_ok() -> bool:
    # Browsers send Sec-Fetch-Site on every request, and "Origin: null" on form posts under Referrer-Policy
    # no-referrer; a request from another site (same-site included: another port is another origin) is refused.
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return True
    parts = urlsplit(origin)
    return parts.scheme == "http" and parts.netloc.lower() == request.headers.get("Host", "").lower()


def check_access():
    """Before every request: a loopback Host, a matching Origin, then a signed-in session or a Bearer token."""
    if not LOOPBACK_HOST.match(request.headers.get("Host", "")):
        return _refuse(400, N_("this server answers only on 127.0.0.1, localhost or [::1]"))
    if not _origin_ok():
        return _refuse(403, N_("cross-origin requests are not allowed"))
    if request.endpoint in OPEN_ENDPOINTS:
        return None
    if session.get("signed_in") or _token_matches(_bearer()):
        return None
    if _is_api():
        return _refuse(401, "sign in first: send 'Authorization: Bearer <token>' (the token is in the instance "
                            "folder's access_token file)")
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def safe_next(target: str | None) -> str:
    """Only a path on this site (never //host or a scheme) may follow sign-in."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("pages.home")


def _clear_session() -> None:
    """A fresh session that keeps only the interface language (chosen on the sign-in page, say)."""
    language = session.get("lang")
    session.clear()
    if language:
        session["lang"] = language


@bp.route("/login", methods=["GET", "POST"])
def login():
    token = request.args.get("token") if request.method == "GET" else request.form.get("token", "").strip()
    target = safe_next(request.values.get("next"))
    if token is None:
        if session.get("signed_in"):
            return redirect(target)
        return render_template("login.html", next=target, wrong=False)
    if not _token_matches(token):
        return render_template("login.html", next=target, wrong=True), 401
    _clear_session()
    session["signed_in"] = True
    session.permanent = True
    return redirect(target)  # the token leaves the address bar and the history entry


@bp.post("/logout")
def logout():
    _clear_session()
    return redirect(url_for("auth.login"))
