"""The interface language: Cymraeg or English. Template and JavaScript strings come from the gettext catalogues in
web/translations (pybabel extract/update/compile: `make translations`); the choice is kept in the session and,
until someone makes it, follows the browser's Accept-Language. Guidance content and model output stay English."""

from __future__ import annotations

import functools
from importlib.resources import files

from flask import Blueprint, Flask, abort, redirect, request, session
from flask_babel import Babel, get_locale, gettext

bp = Blueprint("i18n", __name__)

LANGUAGES = {"cy": "Cymraeg", "en": "English"}  # the switch shows each in its own language
HTML_LANG = {"cy": "cy", "en": "en-GB"}
DEFAULT = "en"
# How app.js marks a string for translation; `pybabel extract` reads the same keyword (babel.cfg).
JS_KEYWORDS = {"gettext": None, "N_": None}


def N_(message: str) -> str:
    """Marks a string for `pybabel extract` where it is defined; it is translated where it is shown (gettext_noop)."""
    return message


# Names of the product's canonical ids (PRODUCT.md) as the interface shows them. The core keeps its ids and English
# words; templates show these through the `label` filter and app.js through gettext() on the English label.
LABELS = {
    # conversation stages
    "opening": N_("opening"), "exploring": N_("exploring"), "strengths": N_("strengths"), "outcomes": N_("outcomes"),
    "planning": N_("planning"), "closing": N_("closing"), "reviewing": N_("reviewing"),
    # worker codes
    "open_question": N_("open question"), "closed_question": N_("closed question"),
    "simple_reflection": N_("simple reflection"), "complex_reflection": N_("complex reflection"),
    "affirmation": N_("affirmation"), "summary": N_("summary"), "information": N_("information"),
    "advice": N_("advice"), "confront": N_("confront"), "other": N_("other"),
    # person tags
    "strength": N_("strength"), "what_matters": N_("what matters"), "concern": N_("concern"), "emotion": N_("emotion"),
    "change_talk": N_("change talk"), "sustain_talk": N_("sustain talk"), "person": N_("person"),
    # safety concerns
    "domestic_abuse": N_("domestic abuse"), "child_harm": N_("child harm"), "neglect": N_("neglect"),
    "self_harm": N_("self harm"), "not_coping_at_home": N_("not coping at home"), "fire": N_("fire"),
    "homelessness": N_("homelessness"), "exploitation": N_("exploitation"), "substance_use": N_("substance use"),
    # well-being aspects (Social Services and Well-being (Wales) Act 2014, s.2)
    "health": N_("health"), "protection": N_("protection"), "learning": N_("learning"),
    "relationships": N_("relationships"), "contribution": N_("contribution"), "rights": N_("rights"),
    "social_economic": N_("social and economic well-being"), "home": N_("home"),
    # who the person is, and kinds of visit
    "adult": N_("adult"), "older_person": N_("older person"), "carer": N_("carer"), "parent": N_("parent"),
    "child": N_("child"), "young_person": N_("young person"), "any": N_("professional"),
    "first_visit": N_("first visit"), "assessment": N_("assessment"), "review": N_("review"),
    "core_group": N_("core group"), "discharge": N_("hospital discharge"), "follow_up": N_("follow-up"),
    # bands of a measure
    "good": N_("good"), "fair": N_("fair"), "below fair": N_("below fair"), "n/a": N_("n/a"),
}


# assistant.redact.redaction_note() word for word (tests/test_i18n.py holds them together), so the page can show it
# in Welsh.
REDACTION_NOTE = N_("People's names, street addresses, email addresses, phone numbers, postcodes, NHS numbers, "
                    "National Insurance numbers, dates of birth, bank details, card numbers, case numbers and hospital "
                    "numbers are replaced by placeholders such as [NAME] before anything is saved.")


def label(value: str | None) -> str:
    """An id (or band) as the interface names it in the page's language; an unknown one with its underscores gone."""
    if value is None:
        return ""
    known = LABELS.get(value)
    return gettext(known) if known is not None else str(value).replace("_", " ")


def interface_language() -> str:
    """The session's choice, else the best of the browser's Accept-Language, else English."""
    chosen = session.get("lang")
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(LANGUAGES, default=DEFAULT)


def current_language() -> str:
    locale = get_locale()
    return locale.language if locale and locale.language in LANGUAGES else DEFAULT


@functools.cache
def js_msgids() -> tuple[str, ...]:
    """Every string the JavaScript passes to gettext(), read from the shipped scripts once per process."""
    from babel.messages.extract import extract

    found: dict[str, None] = {}
    for script in sorted((files("web") / "static").iterdir(), key=lambda p: p.name):
        if script.name.endswith(".js"):
            with script.open("rb") as handle:
                for _line, message, _comments, _context in extract("javascript", handle, keywords=JS_KEYWORDS):
                    found[message] = None
    return tuple(found)


def js_messages() -> dict[str, str]:
    """The JavaScript's strings (and the id labels it shows, keyed by their English) in the page's language, rendered
    into the page as JSON: no extra request, no CDN."""
    if current_language() == DEFAULT:
        return {}
    out = {msgid: gettext(msgid) for msgid in js_msgids()}
    out |= {english: gettext(english) for english in LABELS.values()}
    return {english: text for english, text in out.items() if text != english}


def language_links() -> list[dict]:
    """The switch: a link for each language other than the page's, back to the same page."""
    here = request.full_path.rstrip("?") if request.endpoint != "i18n.choose" else "/"
    return [{"code": code, "name": name, "lang": HTML_LANG[code], "next": here}
            for code, name in LANGUAGES.items() if code != current_language()]


@bp.get("/language/<code>")
def choose(code: str):
    """Keep the chosen language in the session and go back to the page the switch was on."""
    from .auth import safe_next

    if code not in LANGUAGES:
        abort(404)
    session["lang"] = code
    return redirect(safe_next(request.args.get("next")))


def init_app(app: Flask) -> None:
    # trimmed: a {% trans %} block's line breaks and indentation are not part of its message (babel.cfg says the same)
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    Babel(app, locale_selector=interface_language)
    app.register_blueprint(bp)
    app.jinja_env.filters["label"] = label

    @app.context_processor
    def _language_globals():
        language = current_language()
        return {"page_lang": HTML_LANG[language], "ui_language": language, "language_links": language_links,
                "js_messages": js_messages}
