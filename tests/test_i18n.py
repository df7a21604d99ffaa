"""The Welsh interface (issue 14, point 5): every template and JavaScript string in the Welsh catalogue, the compiled
catalogue current, the Cymraeg/English switch kept in the session and defaulting from Accept-Language, the page's
lang, and Welsh typed into a screen met with the truth that the models read English."""

from __future__ import annotations

import json
import re

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from assistant.settings import PROJECT_ROOT

WEB = PROJECT_ROOT / "web"
CATALOGUES = WEB / "translations"
WELSH_PO = CATALOGUES / "cy" / "LC_MESSAGES" / "messages.po"
WELSH_MO = WELSH_PO.with_suffix(".mo")
KEYWORDS = DEFAULT_KEYWORDS | {"lazy_gettext": None}
SAID_IN_WELSH = "Dw i eisiau aros yn fy nghartref fy hun"


def extracted() -> dict[str, set[str]]:
    """What `pybabel extract` finds under web/ with babel.cfg: msgid -> the files it is in."""
    with (PROJECT_ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: dict[str, set[str]] = {}
    for filename, _line, message, _comments, _context in extract_from_dir(WEB, method_map, options_map,
                                                                          keywords=KEYWORDS):
        msgid = message if isinstance(message, str) else message[0]
        found.setdefault(msgid, set()).add(filename)
    return found


def welsh_catalogue():
    with WELSH_PO.open("rb") as handle:
        return read_po(handle, locale="cy")


def key(msgid) -> str:
    """A message's id, or a plural message's singular id (as extraction reports it)."""
    return msgid if isinstance(msgid, str) else msgid[0]


def text(string) -> tuple[str, ...]:
    return (string,) if isinstance(string, str) else tuple(string)


def test_every_template_python_and_javascript_string_has_a_welsh_translation():
    catalogue = {key(m.id): m for m in welsh_catalogue() if m.id}
    found = extracted()
    missing = sorted(m for m in found if m not in catalogue or not all(text(catalogue[m].string)))
    fuzzy = sorted(m for m in found if m in catalogue and catalogue[m].fuzzy)
    assert not missing, f"not in the Welsh catalogue (run `make translations` and translate): {missing[:10]}"
    assert not fuzzy, f"marked fuzzy, so they need a translator's look: {fuzzy[:10]}"


def test_the_catalogue_holds_no_string_the_interface_no_longer_uses():
    found = extracted()
    stale = sorted(key(m.id) for m in welsh_catalogue() if m.id and key(m.id) not in found)
    assert not stale, f"no longer in the interface (run `make translations`): {stale[:10]}"


def test_placeholders_and_markup_survive_translation():
    for message in welsh_catalogue():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        keys = set(re.findall(r"%\(\w+\)s", ids[0]))
        tags = sorted(re.findall(r"</?\w+", ids[0]))
        for string in strings:
            assert set(re.findall(r"%\(\w+\)s", string)) == keys, message.id
            assert sorted(re.findall(r"</?\w+", string)) == tags, message.id


def test_the_compiled_catalogue_is_the_po_file_compiled():
    with WELSH_MO.open("rb") as handle:
        compiled = {key(m.id): text(m.string) for m in read_mo(handle) if m.id}
    source = {key(m.id): text(m.string) for m in welsh_catalogue() if m.id and all(text(m.string)) and not m.fuzzy}
    assert compiled == source, "web/translations/cy/LC_MESSAGES/messages.mo is stale: run `make translations`"


_JINJA = [re.compile(p, re.S) for p in (r"{#.*?#}", r"{%-?\s*trans\b.*?endtrans\s*-?%}", r"{{.*?}}", r"{%.*?%}")]
_SHOWN_ATTRIBUTES = re.compile(r'\b(?:placeholder|aria-label|title|alt)="([^"]*)"')


@pytest.mark.parametrize("template", sorted(p.name for p in (WEB / "templates").glob("*.html")))
def test_templates_have_no_words_outside_gettext(template):
    source = (WEB / "templates" / template).read_text(encoding="utf-8")
    for pattern in _JINJA:
        source = pattern.sub(" ", source)
    shown = [value for value in _SHOWN_ATTRIBUTES.findall(source) if re.search(r"[A-Za-z]{2}", value)]
    text = re.sub(r"&\w+;", " ", re.sub(r"<[^>]*>", " ", source))
    words = re.findall(r"[A-Za-z]{2,}", text)
    assert not words and not shown, f"{template}: words not wrapped in _() or {{% trans %}}: {words[:8] or shown}"


# Literals app.js uses as code, not as words people read: selectors, paths, ids.
JS_NOT_WORDS = re.compile(r"^[\w.#:\[\]=*/-]+$")
_JS = re.compile(r"//[^\n]*|/\*.*?\*/|(\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)", re.S)


def js_strings(source: str):
    """(string literal's value, whether it is inside gettext()/N_() or a concatenation continuing one, the code
    just before it) for each literal outside comments."""
    wrapped = False
    for match in _JS.finditer(source):
        if not match.group(1):
            continue
        before = source[:match.start()].rstrip()
        if re.search(r"\b(?:gettext|N_)\($", before):
            wrapped = True
        elif not before.endswith("+"):
            wrapped = False
        yield match.group(1)[1:-1], wrapped, before[-40:]


def test_javascript_shows_no_words_outside_gettext():
    unwrapped = []
    for script in sorted((WEB / "static").glob("*.js")):
        for value, wrapped, before in js_strings(script.read_text(encoding="utf-8")):
            # a class name ("turn " + speaker) or a media query is code
            code = re.search(r"\bclass:$", before) or value.startswith("(") or value == "use strict"
            reads_as_words = re.search(r"[A-Za-z]{2,}[ ,.!?:;…]", value) and not JS_NOT_WORDS.match(value)
            if reads_as_words and not wrapped and not code:
                unwrapped.append(f"{script.name}: {value}")
    assert not unwrapped, "words app.js shows without gettext():\n" + "\n".join(unwrapped[:10])
    assert any(f.endswith("app.js") for files in extracted().values() for f in files), "app.js strings are extracted"


def html_lang(html: str) -> str:
    return re.search(r'<html lang="([^"]+)"', html).group(1)


@pytest.mark.parametrize("accept, lang, nav", [("cy-GB,cy;q=0.9,en;q=0.5", "cy", "Ymarfer"),
                                               ("en-GB,en;q=0.9", "en-GB", "Practise"),
                                               ("fr-FR", "en-GB", "Practise"),
                                               ("en;q=0.4,cy;q=0.8", "cy", "Ymarfer")])
def test_the_language_follows_the_browser_until_someone_chooses(client, accept, lang, nav):
    html = client.get("/", headers={"Accept-Language": accept}).get_data(as_text=True)
    assert html_lang(html) == lang and f">{nav}</a>" in html


def test_the_switch_is_kept_in_the_session_and_goes_back_to_the_same_page(client):
    welsh = {"Accept-Language": "cy"}
    page = client.get("/outcomes", headers=welsh).get_data(as_text=True)
    assert re.search(r'href="/language/en\?next=/outcomes" lang="en-GB" hreflang="en-GB">English</a>', page)
    response = client.get("/language/en?next=/outcomes", headers=welsh)
    assert response.status_code == 302 and response.headers["Location"].endswith("/outcomes")
    html = client.get("/outcomes", headers=welsh).get_data(as_text=True)
    assert html_lang(html) == "en-GB" and ">Cymraeg</a>" in html and 'lang="cy" hreflang="cy"' in html
    client.get("/language/cy")
    html = client.get("/outcomes", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert html_lang(html) == "cy" and "Allgofnodi" in html


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example"])
def test_the_switch_never_sends_anyone_off_the_site(client, target):
    response = client.get("/language/cy", query_string={"next": target})
    assert response.headers["Location"] == "/"


def test_an_unknown_language_is_404(client):
    assert client.get("/language/fr").status_code == 404


def test_welsh_chosen_before_signing_in_outlasts_signing_in_and_out(fake_runtime, tmp_path):
    from conftest import app_token, web_config

    from web import create_app

    app = create_app(web_config(tmp_path), runtime=fake_runtime)
    browser = app.test_client()
    login = browser.get("/language/cy?next=/login", follow_redirects=True).get_data(as_text=True)
    assert html_lang(login) == "cy" and "Mewngofnodi" in login
    browser.get(f"/login?token={app_token(app)}")
    assert html_lang(browser.get("/").get_data(as_text=True)) == "cy"
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', browser.get("/outcomes").get_data(as_text=True)).group(1)
    browser.post("/logout", data={"csrf_token": csrf})
    assert html_lang(browser.get("/login").get_data(as_text=True)) == "cy"


def test_a_welsh_page_carries_the_javascript_catalogue_as_json_and_an_english_page_none(client):
    from web.i18n import js_msgids

    html = client.get("/practise", headers={"Accept-Language": "cy"}).get_data(as_text=True)
    data = json.loads(re.search(r'<script type="application/json" id="messages">(.*?)</script>', html, re.S).group(1))
    assert set(js_msgids()) <= set(data) | {""} and data["open question"] == "cwestiwn agored"
    assert 'id="messages"' not in client.get("/practise", headers={"Accept-Language": "en"}).get_data(as_text=True)
    scripts = re.findall(r"<script[^>]*>", html)
    assert all('src="/static/' in s or 'type="application/json"' in s for s in scripts)  # nothing to run inline


def test_a_welsh_page_says_the_guidance_and_suggestions_stay_english(client):
    html = client.get("/guidance/", headers={"Accept-Language": "cy"}).get_data(as_text=True)
    assert "yn Saesneg" in html and '<ul class="pages" lang="en">' in html


def test_the_api_answers_in_english_whatever_the_browser_asks(client):
    english = client.get("/api/stages").get_json()
    welsh = client.get("/api/stages", headers={"Accept-Language": "cy"})
    assert welsh.status_code == 200 and welsh.get_json() == english
    missing = client.get("/api/nothing-here", headers={"Accept-Language": "cy"})
    assert missing.get_json() == {"error": "not found"}


def test_a_welsh_outcome_statement_is_not_given_an_english_models_verdict(client):
    data = client.post("/api/outcome", json={"statement": SAID_IN_WELSH}).get_json()
    assert data["language"] == "cy" and data["confidence"] == 0 and data["wellbeing"] == [] == data["prompts"]
    assert "reads English only" in data["note"] and data["kind"] in ("outcome", "service")


class ReadsEverything:
    """Classifiers that say what they were given, to show which words of a statement reach them."""

    def __init__(self):
        self.read: list[str] = []

    def outcome(self, vector, statement):
        self.read.append(statement)
        return "outcome", 0.9

    def wellbeing(self, vector):
        return ["home"]


@pytest.mark.parametrize("statement, read, language", [
    ("I want to stay in my own home", "I want to stay in my own home", "en"),
    ("I want to stay in my own home. Dw i eisiau aros yn fy nghartref fy hun.", "I want to stay in my own home.",
     "mixed"),
])
def test_an_english_statement_is_read_whole_and_a_mixed_one_by_its_english(fake_embedder, statement, read, language):
    from assistant.outcomes import check_outcome

    classifiers = ReadsEverything()
    result = check_outcome(statement, classifiers, fake_embedder)
    assert classifiers.read == [read] and result.language == language and result.prompts
    assert (result.note is None) == (language == "en")


def test_welsh_words_a_worker_plans_to_say_are_not_coded(client):
    data = client.post("/api/check", json={"text": "Ydych chi wedi bod yn cymryd eich tabledi?"}).get_json()
    assert data["language"] == "cy" and data["open_alternatives"] == [] and "reads English only" in data["why"]


def test_a_welsh_question_is_not_answered_from_english_passages(client):
    data = client.post("/api/ask", json={"question": "Beth yw canlyniad personol?"}).get_json()
    assert data["sources"] == [] and data["found"] is False and "in Welsh" in data["answer"]


WELSH_TRANSCRIPT = """Worker: Bore da, Mrs Jones. Sut dych chi heddiw?
Person: Dw i wedi blino, a dweud y gwir.
Worker: Beth sy'n bwysig i chi ar hyn o bryd?
Person: Dw i eisiau aros yn fy nghartref fy hun."""


def test_a_welsh_transcript_is_refused_with_the_reason_and_no_score(client):
    response = client.post("/api/analyse", json={"transcript": WELSH_TRANSCRIPT})
    assert response.status_code == 422 and "in Welsh" in response.get_json()["error"]
    assert "read English only" in response.get_json()["error"]


def test_welsh_turns_in_an_english_transcript_are_left_out_and_said_so():
    from assistant.analysis import english_turns
    from assistant.transcript import parse_transcript

    transcript = parse_transcript("Worker: What matters most to you at the moment?\n"
                                  "Person: Dw i eisiau aros yn fy nghartref fy hun.\n"
                                  "Worker: Staying in your own home matters a lot to you.\n"
                                  "Person: It does. I've been here forty years.")
    kept = english_turns(transcript)
    assert [t.line for t in kept.turns] == [1, 3, 4]
    assert "1 turn in Welsh (line 2) left out" in kept.warnings[-1] and "English only" in kept.warnings[-1]


def test_the_redaction_note_the_page_translates_is_the_one_the_core_writes():
    from assistant.redact import redaction_note
    from web.i18n import REDACTION_NOTE

    assert REDACTION_NOTE == redaction_note()
