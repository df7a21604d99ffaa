"""Guidance pages: markdown rendered, then sanitised; headings carry the anchors citations link to."""

from __future__ import annotations

import html as html_lib
import re

import markdown
import nh3
from flask import Blueprint, abort, current_app, render_template

from assistant.corpus import Corpus, page_sentences, sentence_anchor
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


def render_page_html(body: str, sentences: list[str] | None = None) -> str:
    """Markdown to HTML, then sanitised; headings get the anchors that citations link to, and each of the page's
    sentences a span whose anchor a citation of that sentence opens (highlighted by CSS :target)."""
    html = markdown.markdown(body, extensions=["tables", "sane_lists"])

    def add_id(match: re.Match) -> str:
        level, inner = match.group(1), match.group(2)
        return f'<h{level} id="{slugify(re.sub("<[^>]+>", "", inner))}">{inner}</h{level}>'

    html = re.sub(r"<h([1-4])>(.*?)</h\1>", add_id, html)
    if sentences:
        html = mark_sentences(html, sentences)
    return nh3.clean(html, tags=_ALLOWED_TAGS | {"span"},
                     attributes={"a": {"href"}, "h1": {"id"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"},
                                 "span": {"id", "class"}},
                     url_schemes={"http", "https"}, link_rel="noopener noreferrer")


_BLOCK = re.compile(r"<(p|li|td|th)>(.*?)</\1>", re.S)
_TAG = re.compile(r"<(/?)([a-z0-9]+)[^>]*>")


def _plain(inner: str) -> tuple[str, list[tuple[int, int]]]:
    """The text of an HTML fragment with runs of white space as one space, and each character's span in it."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(inner):
        if inner[i] == "<":
            i = inner.find(">", i) + 1 or len(inner)
            continue
        end = i + 1
        text = inner[i]
        if inner[i] == "&":
            stop = inner.find(";", i)
            if 0 < stop - i <= 10:
                end, text = stop + 1, html_lib.unescape(inner[i:stop + 1])
        if text.isspace():
            if chars and chars[-1] == " ":
                i = end
                continue
            text = " "
        chars.append(text)
        spans.append((i, end))
        i = end
    return "".join(chars), spans


def _balanced(inner: str, start: int, end: int) -> tuple[int, int] | None:
    """The range widened over the tags that open just before it or close just after it, if it is then balanced."""
    while True:
        stack: list[str] = []
        unopened = None
        for tag in _TAG.finditer(inner, start, end):
            if tag.group(1):
                if stack and stack[-1] == tag.group(2):
                    stack.pop()
                elif not stack:
                    unopened = tag.group(2)
                    break
                else:
                    return None
            else:
                stack.append(tag.group(2))
        if unopened is None and not stack:
            return start, end
        if unopened is not None:
            opener = re.search(rf"<{unopened}[^>]*>$", inner[:start])
            if not opener:
                return None
            start = opener.start()
        else:
            closer = re.match(rf"</{stack[-1]}>", inner[end:])
            if not closer:
                return None
            end += closer.end()


def mark_sentences(html: str, sentences: list[str]) -> str:
    """Wrap each sentence found in a paragraph, item or cell in <span class="sentence" id="s-...">."""
    remaining = list(dict.fromkeys(" ".join(s.split()) for s in sentences))

    def wrap_block(match: re.Match) -> str:
        inner = match.group(2)
        plain, spans = _plain(inner)
        cuts: list[tuple[int, int, str]] = []
        for sentence in list(remaining):
            found = plain.find(sentence)
            if found < 0 and sentence.endswith("."):  # the index ends a list item that has no full stop with one
                sentence_text = sentence[:-1]
                found = plain.find(sentence_text) if sentence_text else -1
            else:
                sentence_text = sentence
            if found < 0:
                continue
            last = found + len(sentence_text) - 1
            widened = _balanced(inner, spans[found][0], spans[last][1])
            if widened and not any(a < widened[1] and widened[0] < b for a, b, _ in cuts):
                cuts.append((*widened, sentence_anchor(sentence)))
                remaining.remove(sentence)
        for start, end, anchor in sorted(cuts, reverse=True):
            inner = f'{inner[:start]}<span class="sentence" id="{anchor}">{inner[start:end]}</span>{inner[end:]}'
        return f"<{match.group(1)}>{inner}</{match.group(1)}>"

    return _BLOCK.sub(wrap_block, html)


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
    return render_template("guidance.html", page=found, html=render_page_html(found.body, page_sentences(found)))
