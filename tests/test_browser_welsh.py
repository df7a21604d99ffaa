"""The Welsh interface in Debian's chromium (issue 14, point 5): the browser's language picks Cymraeg, the switch
keeps a choice, lang follows, axe-core finds nothing serious in Welsh, Welsh typed in is met with the truth, and a
screenshot of every screen in Welsh lands in test-artifacts/screenshots-cy/."""

from __future__ import annotations

import shutil

import pytest
from test_browser import AXE, VIEWPORTS, base_url, browser, signed_in_context, watched_page  # noqa: F401

from assistant.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow
WELSH = {"locale": "cy-GB"}  # Playwright sends Accept-Language: cy-GB,cy
SHOTS_CY = PROJECT_ROOT / "test-artifacts" / "screenshots-cy"
SAID = "I've kept the kids going to school every day this term, even on the bad days."
TRANSCRIPT = (PROJECT_ROOT / "data" / "labelled" / "transcripts" / "outcome_focused.txt")


@pytest.fixture
def welsh_page(browser):  # noqa: F811
    context = signed_in_context(browser, viewport={"width": 1280, "height": 900}, **WELSH)
    yield watched_page(context)
    context.close()


def lang(pg) -> str:
    return pg.evaluate("document.documentElement.lang")


def test_a_welsh_browser_gets_cymraeg_and_the_switch_keeps_english_across_pages(welsh_page, base_url):  # noqa: F811
    pg = welsh_page
    pg.goto(base_url + "/practise")
    assert lang(pg) == "cy" and pg.get_by_role("link", name="Ymarfer").is_visible()
    assert pg.get_by_role("heading", name="Ymarfer sgwrs").is_visible()
    with pg.expect_navigation():  # the switch reloads the same address, so the URL alone cannot tell it has landed
        pg.get_by_role("link", name="English").click()
    assert pg.url.endswith("/practise") and lang(pg) == "en-GB"
    assert pg.get_by_role("heading", name="Practise a conversation").is_visible()
    pg.goto(base_url + "/outcomes")  # the choice is kept in the session, whatever the browser asks
    assert lang(pg) == "en-GB" and pg.get_by_role("heading", name="Outcome or service?").is_visible()
    link = pg.get_by_role("link", name="Cymraeg")
    assert link.get_attribute("lang") == "cy" and link.get_attribute("hreflang") == "cy"
    with pg.expect_navigation():
        link.click()
    assert pg.url.endswith("/outcomes") and lang(pg) == "cy"
    assert pg.get_by_role("heading", name="Canlyniad neu wasanaeth?").is_visible()
    assert pg.errors == []


def test_an_english_browser_gets_english_until_it_chooses(browser, base_url):  # noqa: F811
    context = signed_in_context(browser, locale="en-GB")
    pg = context.new_page()
    pg.goto(base_url + "/")
    assert lang(pg) == "en-GB" and pg.get_by_role("link", name="Cymraeg").is_visible()
    context.close()


def test_practise_in_welsh_shows_welsh_controls_and_marks_english_suggestions(welsh_page, base_url):  # noqa: F811
    pg = welsh_page
    pg.goto(base_url + "/practise")
    pg.get_by_label("Geiriau'r person, neu'ch geiriau chi").fill(SAID)
    pg.get_by_role("button", name="Ychwanegu ac awgrymu").click()
    pg.wait_for_selector("#cards .card.suggestion")
    kinds = pg.locator("#cards .card-kind").all_text_contents()  # the style shows them in capitals
    assert kinds and all(k in ("cwestiwn agored", "adlewyrchiad syml", "adlewyrchiad cymhleth", "cadarnhad",
                               "crynodeb") for k in kinds), kinds
    assert pg.locator("#cards .card-text").first.get_attribute("lang") == "en"
    assert pg.locator("#stage-shown").inner_text().startswith("Cam: ")
    assert pg.locator("#turns .who").first.inner_text() == "Dywedodd y person"
    assert pg.get_by_role("button", name="Defnyddio hwn").first.is_visible()
    title = pg.locator("#conversation-select option:checked").inner_text()
    assert title.startswith("Ymarfer ") and "[NAME]" not in title  # a Welsh title is not taken for a name
    assert pg.errors == []


def test_welsh_typed_into_practise_is_said_to_be_unread(welsh_page, base_url):  # noqa: F811
    pg = welsh_page
    pg.goto(base_url + "/practise")
    pg.get_by_label("Geiriau'r person, neu'ch geiriau chi").fill("Dw i eisiau aros yn fy nghartref fy hun.")
    pg.get_by_role("button", name="Ychwanegu ac awgrymu").click()
    pg.wait_for_selector("#cards .note")
    assert "Dywedwyd hyn yn Gymraeg" in pg.locator("#cards").inner_text()
    reflections = "#cards .card.suggestion.simple-reflection, #cards .card.suggestion.complex-reflection"
    assert pg.locator(reflections).count() == 0


def test_a_welsh_outcome_statement_is_not_checked_and_the_page_says_why(welsh_page, base_url):  # noqa: F811
    pg = welsh_page
    pg.goto(base_url + "/outcomes")
    pg.get_by_label("Un datganiad ar bob llinell").fill("Dw i eisiau aros yn fy nghartref fy hun\n"
                                                       "Two visits a day from the care team")
    pg.get_by_role("button", name="Gwirio").click()
    pg.wait_for_selector(".card")
    text = pg.locator("main").inner_text()
    assert "Heb ei wirio: mae hwn yn Gymraeg" in text and "darllen Saesneg yn unig" in text
    assert "Gwasanaeth neu adnodd" in text and "%" in text  # the English statement is checked as before
    assert pg.locator(".outcome-unread").count() == 1 and "hyder" not in pg.locator(".outcome-unread").inner_text()


def test_a_welsh_transcript_in_reflect_is_refused_in_welsh(welsh_page, base_url):  # noqa: F811
    pg = welsh_page
    pg.goto(base_url + "/reflect")
    pg.fill("#transcript", "Worker: Bore da, Mrs Jones. Sut dych chi heddiw?\n"
                           "Person: Dw i wedi blino, a dweud y gwir.\n"
                           "Worker: Beth sy'n bwysig i chi ar hyn o bryd?\n"
                           "Person: Dw i eisiau aros yn fy nghartref fy hun.")
    pg.get_by_role("button", name="Dadansoddi").click()
    alert = pg.get_by_role("alert").filter(has_text="Gymraeg")
    assert "ni chafodd ei ddadansoddi" in alert.inner_text()
    assert pg.locator(".score").count() == 0


def welsh_axe(browser, url: str, setup=None) -> list[dict]:  # noqa: F811
    context = signed_in_context(browser, bypass_csp=True, **WELSH)
    pg = context.new_page()
    pg.goto(url)
    if setup:
        setup(pg)
    assert lang(pg) == "cy"
    pg.add_script_tag(path=str(AXE))
    result = pg.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    context.close()
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:3]}
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


def fill_practise(pg):
    pg.get_by_label("Geiriau'r person, neu'ch geiriau chi").fill(SAID)
    pg.get_by_role("button", name="Ychwanegu ac awgrymu").click()
    pg.wait_for_selector("#cards .card.suggestion")


def fill_reflect(pg):
    pg.fill("#transcript", TRANSCRIPT.read_text())
    pg.get_by_role("button", name="Dadansoddi").click()
    pg.wait_for_selector("svg.timeline", state="attached")  # a phone shows the turn-by-turn list instead


def fill_outcomes(pg):
    pg.get_by_label("Un datganiad ar bob llinell").fill("Two visits a day from the care team\n"
                                                       "I want to get back to chapel on Sundays\n"
                                                       "Dw i eisiau aros yn fy nghartref fy hun")
    pg.get_by_role("button", name="Gwirio").click()
    pg.wait_for_selector(".card")


def fill_prepare(pg):
    pg.fill("#context", "First visit after a police referral; mum is wary of us")
    pg.get_by_role("button", name="Creu'r daflen").click()
    pg.wait_for_selector(".sheet")


def fill_ask(pg):
    pg.fill("#q", "What is a personal outcome?")
    pg.locator("form.ask button[type=submit]").click()
    pg.wait_for_selector(".answer")


SCREENS = [("home", "/", None), ("practise", "/practise", None), ("practise-suggestions", "/practise", fill_practise),
           ("ask", "/ask", None), ("ask-answer", "/ask", fill_ask), ("prepare", "/prepare", None),
           ("prepare-sheet", "/prepare", fill_prepare), ("reflect", "/reflect", None),
           ("reflect-analysis", "/reflect", fill_reflect), ("outcomes", "/outcomes", None),
           ("outcomes-results", "/outcomes", fill_outcomes), ("guidance", "/guidance/", None),
           ("guidance-page", "/guidance/oars", None)]


@pytest.mark.parametrize("name, path, setup", SCREENS, ids=[s[0] for s in SCREENS])
def test_no_serious_accessibility_violations_in_welsh(browser, base_url, name, path, setup):  # noqa: F811
    assert welsh_axe(browser, base_url + path, setup) == []


def test_the_sign_in_page_is_welsh_and_accessible_before_signing_in(browser, base_url):  # noqa: F811
    context = browser.new_context(bypass_csp=True, **WELSH)
    pg = context.new_page()
    pg.goto(base_url + "/practise")
    assert "/login" in pg.url and lang(pg) == "cy" and pg.get_by_role("heading", name="Mewngofnodi").is_visible()
    pg.add_script_tag(path=str(AXE))
    result = pg.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")] == []
    context.close()


def test_screenshots_of_every_screen_in_welsh(browser, base_url):  # noqa: F811
    shutil.rmtree(SHOTS_CY, ignore_errors=True)
    SHOTS_CY.mkdir(parents=True)
    for name, path, setup in SCREENS:
        for label in ("desktop", "phone"):
            context = signed_in_context(browser, viewport=VIEWPORTS[label], **WELSH)
            pg = context.new_page()
            pg.goto(base_url + path)
            if setup:
                setup(pg)
            pg.screenshot(path=str(SHOTS_CY / f"{name}-{label}.png"), full_page=True)
            width = pg.evaluate("document.documentElement.scrollWidth")
            context.close()
            assert width <= VIEWPORTS[label]["width"] + 1, f"{name} in Welsh scrolls sideways at {label} width"
    assert len(list(SHOTS_CY.glob("*.png"))) == 2 * len(SCREENS)
