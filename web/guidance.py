"""Guidance pages: markdown rendered, then sanitised; headings carry the anchors citations link to."""

from __future__ import annotations

import re

import markdown
import nh3
from flask import Blueprint, abort, current_app, render_template

from assistant.corpus import Corpus
from assistant.text import slugify

from . import get_runtime

bp = Blueprint("guidance", __name__)

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")
_ALLOWED_TAGS = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "strong", "em", "blockquote", "code", "a", "hr",
                 "table", "thead", "tbody", "tr", "th", "td", "br"}


def corpus() -> Corpus:
    cached = current_app.extensions.get("corpus")
    if cached is None:
        cached = current_app.extensions["corpus"] = Corpus.load(get_runtime().settings.corpus_dir)
    return cached


def render_page_html(body: str) -> str:
    """Markdown to HTML, then sanitised; headings get the anchors that citations link to."""
    html = markdown.markdown(body, extensions=["tables", "sane_lists"])

    def add_id(match: re.Match) -> str:
        level, inner = match.group(1), match.group(2)
        return f'<h{level} id="{slugify(re.sub("<[^>]+>", "", inner))}">{inner}</h{level}>'

    html = re.sub(r"<h([1-4])>(.*?)</h\1>", add_id, html)
    return nh3.clean(html, tags=_ALLOWED_TAGS, attributes={"a": {"href"}, "h1": {"id"}, "h2": {"id"},
                                                           "h3": {"id"}, "h4": {"id"}},
                     url_schemes={"http", "https"}, link_rel="noopener noreferrer")


@bp.get("/guidance/")
def index():
    return render_template("guidance_index.html", pages=corpus().pages)


@bp.get("/guidance/<slug>")
def page(slug: str):
    if not _SLUG.match(slug):
        abort(404)
    found = corpus().page(slug)
    if found is None:
        abort(404)
    return render_template("guidance.html", page=found, html=render_page_html(found.body))
