"""Charts drawn on the server as inline SVG: the conversation timeline and the OARS profile. All text escaped."""

from __future__ import annotations

from flask_babel import gettext
from markupsafe import Markup, escape

from .i18n import N_

COLOURS = {
    "open_question": "#1b6ca8", "closed_question": "#8aa9c9", "simple_reflection": "#2e8b57",
    "complex_reflection": "#145a32", "summary": "#6c3483", "affirmation": "#b9770e", "information": "#707b7c",
    "advice": "#a04000", "confront": "#b03a2e", "other": "#bdc3c7", "person": "#e5e8e8",
}
LABELS = {
    "open_question": N_("Open question"), "closed_question": N_("Closed question"),
    "simple_reflection": N_("Simple reflection"), "complex_reflection": N_("Complex reflection"),
    "summary": N_("Summary"), "affirmation": N_("Affirmation"), "information": N_("Information"),
    "advice": N_("Advice"), "confront": N_("Confronting"), "other": N_("Other"), "person": N_("Person speaking"),
}
# Short text labels, so the timeline and legend read without colour (in print, on a phone, for colour-blind eyes).
ABBREVIATIONS = {
    "open_question": N_("OQ"), "closed_question": N_("CQ"), "simple_reflection": N_("SR"),
    "complex_reflection": N_("CR"), "summary": N_("S"), "affirmation": N_("A"), "information": N_("I"),
    "advice": N_("Ad"), "confront": N_("C"), "other": N_("O"), "person": N_("P"),
}


LIGHT = {"closed_question", "other", "person"}  # fills dark text reads on


def labels() -> dict[str, str]:
    """The codes' names in the page's language."""
    return {code: gettext(text) for code, text in LABELS.items()}


def abbreviations() -> dict[str, str]:
    """The codes' short labels in the page's language."""
    return {code: gettext(text) for code, text in ABBREVIATIONS.items()}


def timeline(utterances: list[dict], width: int = 640, height: int = 36) -> Markup:
    """One coloured bar per turn, in order, with a title on each bar for screen readers and tooltips, and the code's
    short label on it when the bar is wide enough to hold one."""
    n = max(1, len(utterances))
    bar = width / n
    parts = [f'<svg class="timeline" role="img" viewBox="0 0 {width} {height}" width="100%" '
             f'aria-labelledby="timeline-title"><title id="timeline-title">'
             + str(escape(gettext("Timeline of the conversation, %(n)s turns, coloured by code", n=len(utterances))))
             + "</title>"]
    names, short = labels(), abbreviations()
    for i, u in enumerate(utterances):
        code = u["primary"] if u["role"] == "worker" else "person"
        y, h = (0, height) if u["role"] == "worker" else (height * 0.45, height * 0.55)
        parts.append(f'<rect x="{i * bar:.2f}" y="{y:.1f}" width="{max(bar - 1, 1):.2f}" height="{h:.1f}" '
                     f'fill="{COLOURS.get(code, "#999")}"><title>{i + 1}. {escape(names.get(code, code))}: '
                     f'{escape(u["text"][:120])}</title></rect>')
        if bar >= 16:
            parts.append(f'<text x="{i * bar + bar / 2:.2f}" y="{height - 5}" font-size="10" text-anchor="middle" '
                         f'fill="{"#1b1b1b" if code in LIGHT else "#ffffff"}" aria-hidden="true">'
                         f'{escape(short.get(code, ""))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def profile(metrics: dict, width: int = 640) -> Markup:
    """Horizontal bars for the OARS counts."""
    rows = [(gettext("Open questions"), metrics["open_questions"], "open_question"),
            (gettext("Closed questions"), metrics["closed_questions"], "closed_question"),
            (gettext("Reflections"), metrics["reflections"], "complex_reflection"),
            (gettext("Affirmations"), metrics["affirmations"], "affirmation"),
            (gettext("Summaries"), metrics["summaries"], "summary"),
            (gettext("Confronting"), metrics["confront"], "confront"),
            (gettext("Advice"), metrics.get("advice", 0), "advice")]
    top = max([1] + [v for _, v, _ in rows])
    row_h, label_w = 26, 150
    height = row_h * len(rows)
    parts = [f'<svg class="profile" role="img" viewBox="0 0 {width} {height}" width="100%" '
             f'aria-labelledby="profile-title"><title id="profile-title">'
             + str(escape(gettext("OARS profile: %(counts)s",
                                  counts=", ".join(f"{label} {value}" for label, value, _ in rows)))) + "</title>"]
    for i, (label, value, code) in enumerate(rows):
        y = i * row_h
        w = (width - label_w - 40) * value / top
        parts.append(f'<text x="0" y="{y + 17}" font-size="14" fill="#1b1b1b">{escape(label)}</text>'
                     f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{COLOURS[code]}"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 17}" font-size="14" fill="#1b1b1b">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
