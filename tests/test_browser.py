"""End-to-end flows in a real headless Chromium (Debian's package, driven by Playwright), an axe-core scan of each
screen, and screenshots at desktop and phone width written to test-artifacts/screenshots/."""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
from pathlib import Path

import pytest
from conftest import app_token, web_config

from assistant.settings import PROJECT_ROOT
from web.auth import sign_in_url

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 800},
             "narrow-320": {"width": 320, "height": 700}, "zoom-200": {"width": 640, "height": 450}}
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists() or not AXE.exists():
    pytest.skip("browser tests need Debian's chromium and node_modules/axe-core (.ci/run installs both)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(real_runtime, tmp_path_factory):
    from waitress.server import create_server

    from web import create_app

    app = create_app(web_config(tmp_path_factory.mktemp("browser"), TESTING=False), runtime=real_runtime)
    server = create_server(app, host="127.0.0.1", port=free_port(), threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"
    SIGN_IN["url"] = sign_in_url("127.0.0.1", server.effective_port, app_token(app))
    yield base
    server.close()


SIGN_IN: dict[str, str] = {}


def signed_in_context(browser, **options):
    """A browser context that has opened the sign-in link, as a user does after `assistant serve` prints it."""
    context = browser.new_context(**options)
    pg = context.new_page()
    pg.goto(SIGN_IN["url"])
    assert "token=" not in pg.url, "the token must leave the address bar after sign-in"
    pg.close()
    return context


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def watched_page(context):
    """A new page of the context whose script errors and dialogs are collected in page.errors."""
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    pg.errors = errors
    return pg


@pytest.fixture
def page(browser):
    context = signed_in_context(browser, viewport={"width": 1280, "height": 900}, bypass_csp=False)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    yield watched_page(context)
    context.close()


def axe_violations(browser, url: str, setup=None) -> list[dict]:
    """Serious or critical axe-core violations on a page, after setup(page) if given (axe is injected from the local
    npm package)."""
    context = signed_in_context(browser, bypass_csp=True)
    pg = context.new_page()
    pg.goto(url)
    if setup:
        setup(pg)
    pg.add_script_tag(path=str(AXE))
    result = pg.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    context.close()
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def screenshot(browser, url: str, name: str, setup=None) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    # 320 px is the narrowest phone; 640 px is a 1280 px screen at 200% zoom.
    for label, viewport in VIEWPORTS.items():
        context = signed_in_context(browser, viewport=viewport)
        pg = context.new_page()
        pg.goto(url)
        if setup:
            setup(pg)
        pg.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
        width = pg.evaluate("document.documentElement.scrollWidth")
        context.close()
        assert width <= viewport["width"] + 1, f"{name} scrolls sideways at {label} width ({width}px)"


def test_a_browser_without_the_link_is_sent_to_sign_in_and_the_token_signs_it_in(browser, base_url):
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(base_url + "/practise")
    assert "/login" in pg.url and pg.get_by_role("heading", name="Sign in").is_visible()
    pg.fill("#token", "not-the-token")
    pg.click("button[type=submit]")
    assert pg.get_by_role("alert").is_visible()
    pg.fill("#token", SIGN_IN["url"].split("token=", 1)[1])
    pg.click("button[type=submit]")
    assert pg.url.endswith("/practise")
    cookie = next(c for c in context.cookies() if c["name"] == "what_matters_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    pg.click("text=Sign out")
    pg.goto(base_url + "/practise")
    assert "/login" in pg.url
    context.close()


def test_practise_flow(page, base_url, browser):
    page.goto(base_url + "/practise")
    page.get_by_label("Their words, or yours").fill("I've kept the kids going to school every day this term, even "
                                                     "on the bad days.")
    page.get_by_role("button", name="Add and suggest").click()
    page.wait_for_selector("#cards .card.suggestion")
    cards = page.locator("#cards")
    assert cards.get_by_text("affirmation", exact=True).count() == 1
    assert page.locator(".card.suggestion").count() >= 1  # the affirmation; a reflection that repeats it is not shown
    assert "Safety first" not in cards.inner_text()
    assert "Stage:" in page.locator("#stage-shown").inner_text()
    assert page.locator("#turns > li").count() == 1

    page.get_by_label("I said").check()
    page.get_by_label("Their words, or yours").fill("Did the argument upset the kids?")
    page.get_by_role("button", name="Add and suggest").click()
    page.wait_for_selector("text=open alternative")
    assert "closed question" in cards.inner_text()
    assert "How did the kids seem after the argument?" in cards.inner_text()

    page.get_by_role("button", name="Summarise so far").click()
    page.wait_for_selector("text=Have I got that right?")
    page.locator("#cards .card.suggestion .copy").first.click()
    assert page.locator("#conversation-select option").count() == 2  # "New" and the saved one
    assert page.errors == []


def test_a_risk_in_the_persons_words_puts_the_safety_card_first(page, base_url):
    page.goto(base_url + "/practise")
    page.get_by_label("Their words, or yours").fill("When he's had a drink he hits me. The kids are asleep mostly.")
    page.get_by_role("button", name="Add and suggest").click()
    page.wait_for_selector("#cards .card-safety")
    headings = page.locator("#cards h3").all_inner_texts()
    assert headings[0] == "Safety first"
    assert "safeguarding procedure" in page.locator("#cards .card-safety").first.inner_text()
    assert "Affirmation" not in headings
    assert page.errors == []


def test_practise_survives_hostile_text(page, base_url):
    page.goto(base_url + "/practise")
    page.get_by_label("Their words, or yours").fill('<img src=x onerror="alert(1)"><script>alert(2)</script> hi')
    page.get_by_role("button", name="Add and suggest").click()
    page.wait_for_selector("#turns > li")
    page.wait_for_function("document.querySelector('#stage-shown').textContent.includes('Stage:')")
    assert page.locator("#turns img").count() == 0 and page.locator("#cards script").count() == 0
    assert "<script>" in page.locator("#turns > li").first.inner_text()  # shown as text, never run
    assert page.errors == []


def test_ask_flow_posts_the_question_and_each_citation_opens_its_sentence_highlighted(page, base_url):
    page.goto(base_url + "/ask")
    page.get_by_label("Your question").fill("Is a walk-in shower a personal outcome?")
    page.get_by_role("button", name="Ask").click()
    page.wait_for_selector(".answer")
    assert "[1]" in page.locator("#answer-text").inner_text()
    assert "walk-in" not in page.url and "?" not in page.url  # the question went by POST
    # Cited sources come first, in citation order.
    numbers = [int(n) for n in page.locator("#answer-text a.cite").all_inner_texts() for n in [n.strip("[]")]]
    assert list(dict.fromkeys(numbers)) == list(range(1, max(numbers) + 1))
    link = page.locator("#answer-text a.cite").first
    anchor = link.get_attribute("href").split("#", 1)[1]
    answer = page.locator("#answer-text").inner_text()
    with page.expect_navigation():
        link.click()
    target = page.locator(f"[id='{anchor}']")
    assert target.count() == 1
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")  # highlighted
    assert " ".join(target.inner_text().split()[1:]) in answer  # the sentence the answer quoted


def test_source_links_open_the_heading(page, base_url):
    ask(page, base_url, "What does OARS stand for?")
    link = page.locator(".sources a").first
    href = link.get_attribute("href")
    with page.expect_navigation():
        link.click()
    anchor = href.split("#", 1)[1]
    assert page.locator(f"[id='{anchor}']").count() == 1


def ask(pg, base_url: str, question: str) -> None:
    """Ask on the Ask screen as a user would (the form posts; no question travels in the URL)."""
    pg.goto(base_url + "/ask")
    pg.get_by_label("Your question").fill(question)
    pg.get_by_role("button", name="Ask").click()
    pg.wait_for_selector(".answer")


def test_prepare_flow(page, base_url):
    page.goto(base_url + "/prepare")
    page.get_by_label("About the visit").fill("First visit after a police referral; mum is wary of us")
    page.get_by_role("button", name="Make the sheet").click()
    page.wait_for_selector(".sheet")
    text = page.locator(".sheet").inner_text()
    assert "Traps to avoid" in text and "OARS reminder" in text and "A suggested opening" in text


def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_the_longest_preparation_sheets_print_on_one_a4_page(page, base_url, real_runtime):
    rows = [json.loads(line) for name in ("prepare_contexts.jsonl", "prepare_review_cases.jsonl")
            for line in (PROJECT_ROOT / "data" / "dev" / name).read_text(encoding="utf-8").splitlines() if line]
    longest_context = max(rows, key=lambda r: len(r["context"]))["context"]
    longest_sheet = max((r["context"] for r in rows), key=lambda c: len(real_runtime.prepare(c).to_markdown()))
    for context in dict.fromkeys([longest_context, longest_sheet]):
        page.goto(base_url + "/prepare")
        page.get_by_label("About the visit").fill(context)
        page.get_by_role("button", name="Make the sheet").click()
        page.wait_for_selector(".sheet")
        page.emulate_media(media="print")
        printed = page.locator("body").inner_text()
        assert "Notes" in printed and "Prepared " in printed and "http" in printed
        assert "Make the sheet" not in printed and "Copy" not in printed
        pdf = page.pdf(format="A4", print_background=True)
        SHOTS.mkdir(parents=True, exist_ok=True)
        (SHOTS.parent / f"prepare-{len(context)}.pdf").write_bytes(pdf)
        assert _pdf_pages(pdf) == 1, (context, _pdf_pages(pdf))
        page.emulate_media(media="screen")


def test_reflect_flow(page, base_url):
    transcript = (PROJECT_ROOT / "data" / "labelled" / "transcripts" / "risk_led.txt").read_text()
    page.goto(base_url + "/reflect")
    page.get_by_label("Transcript", exact=True).fill(transcript)
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("svg.timeline")
    assert page.locator("svg.timeline rect").count() == len([ln for ln in transcript.splitlines() if ln.strip()])
    assert page.locator("svg.profile").count() == 1
    assert "Missed opportunity" in page.locator(".feedback").inner_text()


def test_outcomes_flow(page, base_url):
    page.goto(base_url + "/outcomes")
    page.get_by_label("One statement per line").fill("Two visits a day from the care team\n"
                                                      "I want to get back to chapel on Sundays")
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector(".card")
    text = page.locator("main").inner_text()
    assert "Service or resource" in text and "Personal outcome" in text


@pytest.mark.parametrize("path", ["/", "/practise", "/ask", "/prepare", "/reflect", "/outcomes",
                                  "/guidance/oars"])
def test_no_serious_accessibility_violations(browser, base_url, path):
    assert axe_violations(browser, base_url + path) == []


def test_no_serious_accessibility_violations_in_an_answer_or_a_highlighted_sentence(browser, base_url):
    assert axe_violations(browser, base_url + "/ask", lambda pg: ask(pg, base_url, "What does OARS stand for?")) == []

    def open_citation(pg):
        ask(pg, base_url, "What does OARS stand for?")
        pg.locator("#answer-text a.cite").first.click()
        pg.wait_for_load_state()

    assert axe_violations(browser, base_url + "/ask", open_citation) == []


def test_keyboard_can_reach_the_main_controls(page, base_url):
    page.goto(base_url + "/practise")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    reached = set()
    for _ in range(30):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id || document.activeElement.textContent"))
    assert {"turn-text", "stage-select", "conversation-select"} <= reached


def test_screenshots_of_each_mode(browser, base_url):
    def fill_reflect(pg):
        pg.fill("#transcript", (PROJECT_ROOT / "data" / "labelled" / "transcripts" / "outcome_focused.txt")
                .read_text())
        pg.click("text=Analyse")
        pg.wait_for_selector("svg.timeline", state="attached")  # narrow screens show the labelled steps instead

    shutil.rmtree(SHOTS, ignore_errors=True)  # count this run's screenshots, not an earlier run's
    modes = (("home", "/", None), ("practise", "/practise", None),
             ("ask", "/ask", lambda pg: ask(pg, base_url, "What is a personal outcome?")),
             ("prepare", "/prepare", None),
             ("reflect", "/reflect", fill_reflect), ("outcomes", "/outcomes", None))
    for name, path, setup in modes:
        screenshot(browser, base_url + path, name, setup)
    assert sorted(p.name for p in SHOTS.glob("*.png")) == sorted(f"{name}-{label}.png" for name, _, _ in modes
                                                                 for label in VIEWPORTS)


PAYLOADS = [line for line in (Path(__file__).parent / "data" / "xss_payloads.txt").read_text().splitlines() if line]


def test_xss_payloads_never_execute_in_the_chat(page, base_url):
    page.goto(base_url + "/practise")
    # Ends in a number: Playwright would call a function left as the last value.
    page.evaluate("window.__pwned = 0; window.alert = () => { window.__pwned += 1; }; 0")
    for payload in PAYLOADS:
        page.get_by_label("Their words, or yours").fill(payload[:2000])
        page.get_by_role("button", name="Add and suggest").click()
        sync_api.expect(page.locator("#status")).not_to_have_text("Thinking…")
        assert page.evaluate("window.__pwned") == 0, payload
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") == 0
    assert page.errors == []  # no dialog opened, no script error
    for selector in ("#turns img", "#turns script", "#turns svg", "#turns iframe", "#cards img", "#cards script",
                     "#cards iframe", "#cards svg"):
        assert page.locator(selector).count() == 0, selector
    assert page.locator("#turns > li").count() == len(PAYLOADS)


@pytest.mark.parametrize("path, field", [("/prepare", "context"), ("/outcomes", "statements")])
def test_xss_payloads_never_execute_in_server_rendered_screens(page, base_url, path, field):
    for payload in PAYLOADS[:20]:
        page.goto(base_url + path)
        page.fill(f"#{field}", payload)
        page.locator("main form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator("main script, main iframe, main img[onerror], main svg[onload]").count() == 0
    assert page.errors == []


def test_outcome_prompts_can_be_copied(page, base_url):
    page.goto(base_url + "/outcomes")
    page.get_by_label("One statement per line").fill("A stairlift")
    page.get_by_role("button", name="Check").click()
    button = page.locator(".prompts button").first
    button.click()
    sync_api.expect(button).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == "What would having a stairlift make possible for you?"


def test_practise_retries_a_turn_whose_answer_was_lost_and_it_is_stored_once(page, base_url):
    keys: list[str] = []

    def lose_the_first_answer(route):
        keys.append(route.request.headers.get("idempotency-key", ""))
        if len(keys) == 1:
            route.fetch()  # the server stores the turn ...
            route.abort("connectionreset")  # ... but its acknowledgement never arrives
        else:
            route.continue_()

    page.route("**/api/conversations/*/turns", lose_the_first_answer)
    page.goto(base_url + "/practise")
    page.get_by_label("I said").check()
    page.get_by_label("Their words, or yours").fill("What matters most to you?")
    page.get_by_role("button", name="Add and suggest").click()
    page.wait_for_selector("text=Your words are coded below.")
    cid = page.locator("#conversation-select").input_value()
    stored = page.request.get(f"{base_url}/api/conversations/{cid}").json()["turns"]
    assert len(keys) == 2 and keys[0] == keys[1] != ""
    assert [t["text"] for t in stored] == ["What matters most to you?"]
    assert page.locator("#turns > li").count() == 1 and page.errors == []
