"""Practise as a chat, Reflect with real transcripts and the small things (issue 14), in Debian's chromium: double
clicks, Ctrl+Enter, a phone's scroll position, reopening, uploads, code corrections, print and phone views."""

# The module-scoped server, browser and page fixtures are test_browser's, imported by name (so F811 on their use).
# ruff: noqa: F811
from __future__ import annotations

import pytest
from conftest import word_file
from test_browser import SHOTS, axe_violations, base_url, browser, page, signed_in_context, sync_api  # noqa: F401

pytestmark = pytest.mark.slow
expect = sync_api.expect
PHONE = {"width": 375, "height": 800}
SAID = "I've kept the kids going to school every day this term, even on the bad days."


def send(pg, text: str, speaker: str = "They said") -> None:
    pg.get_by_label(speaker).check()
    pg.get_by_label("Their words, or yours").fill(text)
    pg.get_by_role("button", name="Add and suggest").click()


def settled(pg) -> None:
    """Wait until the request the page is running has finished (the send button comes back)."""
    expect(pg.locator("#send-button")).to_be_enabled()


def stored_turns(pg, base: str) -> list[dict]:
    cid = pg.locator("#conversation-select").input_value()
    return pg.request.get(f"{base}/api/conversations/{cid}").json()["turns"]


def test_a_double_click_saves_one_turn_and_the_button_waits_for_the_answer(page, base_url):
    held = []
    page.route("**/api/suggest", lambda route: held.append(route))
    page.goto(base_url + "/practise")
    page.get_by_label("Their words, or yours").fill(SAID)
    page.locator("#send-button").dblclick()
    while not held:
        page.wait_for_timeout(50)
    expect(page.locator("#send-button")).to_be_disabled()
    expect(page.locator("#summarise-button")).to_be_disabled()
    page.wait_for_timeout(300)  # a second click had its chance to send
    held[0].continue_()
    page.wait_for_selector("#cards .card.suggestion")
    settled(page)
    assert len(held) == 1 and len(stored_turns(page, base_url)) == 1
    assert page.locator("#turns > li").count() == 1
    assert page.evaluate("document.activeElement.id") == "turn-text"  # focus is back in the box
    assert page.errors == []


def test_ctrl_enter_sends_and_an_i_said_turn_keeps_its_code_beside_it(page, base_url):
    page.goto(base_url + "/practise")
    page.get_by_label("Their words, or yours").fill(SAID)
    page.get_by_label("Their words, or yours").press("Control+Enter")
    page.wait_for_selector("#cards .card.suggestion")
    settled(page)
    page.get_by_label("I said").check()
    page.get_by_label("Their words, or yours").fill("Did the argument upset the kids?")
    page.get_by_label("Their words, or yours").press("Control+Enter")
    expect(page.locator("#turns > li.worker .turn-code")).to_have_text("closed question")
    settled(page)
    assert page.evaluate("document.activeElement.id") == "turn-text"
    # The person's turn keeps its suggestions, collapsed, after the next turn has replaced the panel.
    kept = page.locator("#turns > li.person details.turn-suggestions")
    assert kept.count() == 1 and kept.get_attribute("open") is None
    kept.locator("summary").click()
    assert kept.locator(".card.suggestion").count() >= 1
    assert page.errors == []


def test_use_this_adds_a_suggested_question_as_something_i_said(page, base_url):
    page.goto(base_url + "/practise")
    send(page, "I just want to get back to the allotment on a Saturday.")
    question = page.locator("#cards .card.open-question").first
    text = question.locator(".card-text").inner_text()
    question.get_by_role("button", name="Use this").click()
    expect(page.locator("#turns > li")).to_have_count(2)
    expect(page.locator("#turns > li.worker .turn-code")).to_have_text("open question")
    assert page.locator("#turns > li.worker .what").inner_text() == text
    settled(page)
    assert [t["speaker"] for t in stored_turns(page, base_url)] == ["person", "worker"]


def test_changing_the_stage_or_the_person_suggests_again_at_once(page, base_url):
    page.goto(base_url + "/practise")
    send(page, "Since my fall my daughter says I can't cope, but I still walk to the shop every day.")
    expect(page.locator("#audience-shown")).to_contain_text("older person (worked out from their words")
    expect(page.locator("#stage-shown")).to_contain_text("(detected")
    settled(page)
    calls = []
    page.on("request", lambda r: calls.append(r.post_data_json) if r.url.endswith("/api/suggest") else None)
    page.get_by_label("Stage of the conversation").select_option("outcomes")
    expect(page.locator("#stage-shown")).to_have_text("Stage: outcomes (set by you)")
    settled(page)
    page.get_by_label("Who the person is").select_option("carer")
    expect(page.locator("#audience-shown")).to_have_text("Person: carer (set by you)")
    settled(page)
    assert [(c["stage"], c.get("audience")) for c in calls] == [("outcomes", None), ("outcomes", "carer")]
    assert page.locator("#turns > li").count() == 1  # suggesting again adds no turn
    assert page.errors == []


def test_on_a_phone_the_newest_suggestions_come_into_view(browser, base_url):
    context = signed_in_context(browser, viewport=PHONE)
    pg = context.new_page()
    pg.goto(base_url + "/practise")
    send(pg, SAID)
    pg.wait_for_selector("#cards .card.suggestion")
    settled(pg)
    pg.wait_for_timeout(300)
    box = pg.locator("#cards .card.suggestion").first.bounding_box()
    assert 0 <= box["y"] < PHONE["height"] - 40, box  # on screen, not 1,100 px below it
    assert pg.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


def test_a_long_conversation_scrolls_above_an_input_that_stays_put_and_reopens_whole(page, base_url):
    page.goto(base_url + "/practise")
    top_empty = page.evaluate("document.getElementById('turn-text').getBoundingClientRect().top + scrollY")
    response = page.request.post(f"{base_url}/api/conversations", data={"title": "Thirty turns"})
    assert response.status == 201, response.text()
    created = response.json()
    for n in range(15):
        for speaker, text in (("worker", f"What has helped this week, part {n}?"),
                              ("person", f"My sister came round on day {n} and we went to the park.")):
            added = page.request.post(f"{base_url}/api/conversations/{created['id']}/turns",
                                      data={"speaker": speaker, "text": text})
            assert added.status == 201, added.text()
    page.reload()
    page.wait_for_selector(f"#conversation-select option[value='{created['id']}']", state="attached")
    page.get_by_label("Open a conversation").select_option(created["id"])
    expect(page.locator("#status")).to_have_text("Opened Thirty turns.", timeout=60_000)
    assert page.locator("#turns > li").count() == 30
    top_full = page.evaluate("document.getElementById('turn-text').getBoundingClientRect().top + scrollY")
    assert abs(top_full - top_empty) < 5, (top_empty, top_full)  # the box did not move down the page ...
    bottom = page.evaluate("document.getElementById('turn-text').getBoundingClientRect().bottom + scrollY")
    assert bottom <= 900  # ... and is on the first screen, not 3,180 px down
    log = page.locator("#chat-log")
    assert log.evaluate("e => e.scrollHeight > e.clientHeight && e.scrollTop + e.clientHeight >= e.scrollHeight - 2")
    # Reopened: its stage, the suggestions for the person's last words, and each of my turns with its code.
    expect(page.locator("#stage-shown")).to_contain_text("(detected")
    assert page.locator("#cards .card.suggestion").count() >= 1
    assert page.locator("#turns > li.worker .turn-code").count() == 15
    assert page.errors == []


def test_rename_export_delete_are_disabled_until_a_conversation_is_open_and_export_is_named(page, base_url):
    page.goto(base_url + "/practise")
    expect(page.locator("#rename-button")).to_be_disabled()
    expect(page.locator("#delete-button")).to_be_disabled()
    assert page.locator("#export-link").get_attribute("href") is None
    assert page.locator("#export-link").get_attribute("aria-disabled") == "true"
    send(page, SAID)
    settled(page)
    expect(page.locator("#rename-button")).to_be_enabled()
    with page.expect_download() as download:
        page.locator("#export-link").click()
    name = download.value.suggested_filename
    assert name.startswith("practice-") and name.endswith(".md") and "conversation-" not in name


def test_a_server_that_cannot_be_reached_says_so_and_try_again_works(page, base_url):
    page.goto(base_url + "/practise")
    page.route("**/api/suggest", lambda route: route.abort("connectionrefused"))
    send(page, SAID)
    expect(page.locator("#status")).to_contain_text("not answering")
    assert "Failed to fetch" not in page.locator("#status").inner_text()
    page.unroute("**/api/suggest")
    page.locator("#status").get_by_role("button", name="Try again").click()
    page.wait_for_selector("#cards .card.suggestion")
    settled(page)
    assert len(stored_turns(page, base_url)) == 1  # trying again suggested; it did not save the turn twice


def test_empty_panels_say_what_will_appear_and_the_example_fills_the_box(page, base_url):
    page.goto(base_url + "/practise")
    assert "Suggestions appear here" in page.locator("#cards").inner_text()
    page.get_by_role("button", name="Try an example").click()
    assert page.get_by_label("Their words, or yours").input_value() == SAID
    assert page.evaluate("document.activeElement.id") == "turn-text"


def test_no_page_asks_for_anything_that_is_not_there(page, base_url):
    missing = []
    page.on("response", lambda r: missing.append(r.url) if r.status == 404 else None)
    for path in ("/", "/practise", "/reflect", "/outcomes"):
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    assert missing == []
    assert page.request.get(base_url + "/favicon.ico").status == 200


# --- Reflect ------------------------------------------------------------------------------------------------

SESSION = ["SW: Are you sleeping ok?", "Mrs Evans: Not really. What’s the point.",
           "SW: It sounds like the nights are long.", "Mrs Evans: They are. My son comes on Sundays.",
           "SW: What would make the nights easier?", "Mrs Evans: Someone to talk to, maybe."]




@pytest.mark.parametrize("name, mime, data", [
    ("session.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", word_file(SESSION)),
    ("session.txt", "text/plain", "\r\n".join(SESSION).encode("cp1252")),
])
def test_reflect_analyses_a_word_file_and_a_windows_text_file(page, base_url, name, mime, data):
    page.goto(base_url + "/reflect")
    page.set_input_files("#file", files=[{"name": name, "mimeType": mime, "buffer": data}])
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("svg.timeline")
    coded = page.locator(".coded").inner_text()
    assert "What’s the point." in coded and "�" not in coded
    assert page.locator(".steps li").count() == len(SESSION)
    assert page.get_by_label("Transcript", exact=True).input_value().startswith("SW: Are you sleeping ok?")


def test_a_supervisor_corrects_a_code_and_the_profile_follows(page, base_url):
    page.goto(base_url + "/reflect")
    page.get_by_label("Transcript", exact=True).fill("\n".join(SESSION))
    page.get_by_role("button", name="Analyse").click()
    before = page.locator("#metric-open").inner_text()
    assert page.get_by_label("Code for turn 1").input_value() == "closed_question"
    page.get_by_label("Code for turn 1").select_option("open_question")
    page.get_by_role("button", name="Update the profile with my codes").click()
    page.wait_for_selector("#corrected-note")
    after = page.locator("#metric-open").inner_text()
    assert before != after and "2 (100.0%)" in after
    assert page.get_by_label("Code for turn 1").input_value() == "open_question"
    assert "(corrected)" in page.locator(".coded li").first.inner_text()


def test_a_named_worker_is_picked_from_the_speakers_found(page, base_url):
    page.goto(base_url + "/reflect")
    page.get_by_label("Transcript", exact=True).fill("Ffion: What matters to you?\nDai: My dog.\n"
                                                      "Ffion: Your dog matters a lot.\n")
    page.get_by_role("button", name="Analyse").click()
    alert = page.get_by_role("alert").inner_text()
    assert "Which speaker is the worker?" in alert and "--worker" not in page.content()
    page.get_by_label("Who is the worker?").select_option("Ffion")
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_selector("svg.timeline")


def test_a_file_over_the_limit_is_refused_on_the_page_and_the_typed_text_stays(page, base_url):
    page.goto(base_url + "/reflect")
    page.get_by_label("Transcript", exact=True).fill("SW: Kept text.\nDai: Yes.")
    page.set_input_files("#file", files=[{"name": "big.txt", "mimeType": "text/plain",
                                          "buffer": b"SW: hello\n" * 210_000}])
    expect(page.locator("#reflect-limit")).to_contain_text("the largest this page takes is 1.0 MB")
    page.get_by_role("button", name="Analyse").click()  # the file was dropped; the typed text is analysed
    page.wait_for_selector("svg.timeline")
    assert page.get_by_label("Transcript", exact=True).input_value() == "SW: Kept text.\nDai: Yes."


def test_reflect_on_a_phone_and_in_print_reads_without_colour(browser, base_url):
    context = signed_in_context(browser, viewport=PHONE)
    pg = context.new_page()
    pg.goto(base_url + "/reflect?example=1")
    pg.get_by_role("button", name="Analyse").click()
    pg.wait_for_selector(".steps")
    assert pg.locator(".steps").is_visible() and not pg.locator("svg.timeline").is_visible()
    labels = [text.split()[-1] for text in pg.locator(".steps li").all_inner_texts()]
    # Each turn has a text label, not just a colour; the person's turns are "P".
    assert set(labels) <= {"OQ", "CQ", "SR", "CR", "S", "A", "I", "Ad", "C", "O", "P"}
    assert labels[1::2] == ["P"] * (len(labels) // 2)
    pg.emulate_media(media="print")
    assert pg.locator(".steps").is_visible() and pg.locator(".legend .abbr").first.is_visible()
    colour = "e => getComputedStyle(e).borderTopColor"
    assert pg.locator(".steps .step-person").first.evaluate(colour) != pg.locator(".steps li").first.evaluate(colour)
    assert not pg.locator(".code-choice").first.is_visible() and pg.locator(".coded .print-only").first.is_visible()
    assert "no reflections" not in pg.locator("table.metrics").inner_text()
    context.close()


@pytest.mark.parametrize("path, field", [("/reflect?example=1", "#transcript"), ("/outcomes?example=1", "#statements")])
def test_try_an_example_fills_the_form(page, base_url, path, field):
    page.goto(base_url + path.split("?")[0])
    page.get_by_role("link", name="Try an example").click()
    assert page.locator(field).input_value().strip()


def with_turns(pg):
    send(pg, SAID)
    pg.wait_for_selector("#cards .card.suggestion")
    settled(pg)


def analysed(pg):
    pg.get_by_role("button", name="Analyse").click()
    pg.wait_for_selector("svg.timeline", state="attached")  # a phone shows the labelled steps instead


@pytest.mark.parametrize("path, setup", [("/practise", with_turns), ("/reflect?example=1", analysed)],
                         ids=["practise-chat", "reflect-analysed"])
def test_filled_screens_have_no_serious_accessibility_violations(browser, base_url, path, setup):
    assert axe_violations(browser, base_url + path, setup) == []


def test_screenshots_of_the_filled_screens(browser, base_url):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, path, setup in (("practise-chat", "/practise", with_turns), ("reflect-analysed", "/reflect?example=1",
                                                                           analysed)):
        for label, viewport in (("desktop", {"width": 1280, "height": 900}), ("phone", PHONE)):
            context = signed_in_context(browser, viewport=viewport)
            pg = context.new_page()
            pg.goto(base_url + path)
            setup(pg)
            pg.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
            if name == "reflect-analysed":
                pg.emulate_media(media="print")
                pg.screenshot(path=str(SHOTS / f"{name}-print-{label}.png"), full_page=True)
            assert pg.evaluate("document.documentElement.scrollWidth") <= viewport["width"] + 1, (name, label)
            context.close()
        assert (SHOTS / f"{name}-phone.png").stat().st_size > 10_000
