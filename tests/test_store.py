"""The conversation store: a real SQLite file, migrations, redaction before storage, real deletion."""

from __future__ import annotations

import re
import sqlite3

import pytest

from assistant.redact import nhs_checksum_ok, redact
from assistant.store import MIGRATIONS, NotFound, Store, StoreError


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "c.sqlite3")
    yield s
    s.close()


def test_schema_is_migrated_in_wal_mode(store, tmp_path):
    db = sqlite3.connect(tmp_path / "c.sqlite3")
    latest = max(int(p.name.split("_", 1)[0]) for p in MIGRATIONS.glob("*.sql"))
    assert db.execute("PRAGMA user_version").fetchone()[0] == latest >= 2
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_turns_are_redacted_before_they_are_stored(store, tmp_path):
    c = store.create("Visit to Kelly")
    store.add_turn(c.id, "person", "Ring me on 07700 900123 or email kelly@example.com, I'm at CF10 1AA")
    raw = sqlite3.connect(tmp_path / "c.sqlite3").execute("SELECT text FROM turns").fetchone()[0]
    assert raw == "Ring me on [PHONE] or email [EMAIL], I'm at [POSTCODE]"
    assert store.get(c.id).turns[0]["text"] == raw


def test_list_rename_export_and_delete(store, tmp_path):
    first = store.create("First")
    second = store.create(None)
    store.add_turn(first.id, "worker", "What matters most to you?")
    assert {c.id for c in store.list()} == {first.id, second.id}
    assert store.rename(first.id, "Renamed").title == "Renamed"
    markdown = store.export_markdown(first.id)
    assert markdown.startswith("# Renamed") and "**Worker:** What matters most to you?" in markdown
    store.delete(first.id)
    with pytest.raises(NotFound):
        store.get(first.id)
    db = sqlite3.connect(tmp_path / "c.sqlite3")
    assert db.execute("SELECT count(*) FROM turns WHERE conversation_id = ?", (first.id,)).fetchone()[0] == 0


def test_unknown_ids_and_bad_speakers(store):
    with pytest.raises(NotFound):
        store.add_turn("0" * 16, "person", "hello")
    c = store.create("x")
    with pytest.raises(ValueError):
        store.add_turn(c.id, "robot", "hello")


def test_read_only_database_still_reads_but_writes_fail_clearly(tmp_path):
    path = tmp_path / "c.sqlite3"
    s = Store(path)
    c = s.create("kept")
    s.close()
    ro = Store.__new__(Store)
    ro.path = path
    ro.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    ro.db.row_factory = sqlite3.Row
    assert ro.get(c.id).title == "kept"
    with pytest.raises(StoreError, match="cannot be written"):
        ro.create("new")


@pytest.mark.parametrize("text, expected", [
    ("email jo.bloggs+care@council.gov.uk now", "email [EMAIL] now"),
    ("mobile 07700 900123", "mobile [PHONE]"),
    ("landline (029) 2087 1234", "landline [PHONE]"),
    ("call +44 7700 900 123", "call [PHONE]"),
    ("01792 123456 is the office", "[PHONE] is the office"),
    ("postcode SA1 1AA", "postcode [POSTCODE]"),
    ("lives at ll57 2dg", "lives at [POSTCODE]"),
    ("NHS number 943 476 5919", "NHS number [NHS NUMBER]"),
    ("NHS 9434765919", "NHS [NHS NUMBER]"),
    ("NI AB 12 34 56 C", "NI [NI NUMBER]"),
    ("ni number jk123456d", "ni number [NI NUMBER]"),
    ("DOB 01/02/1950", "DOB [DATE OF BIRTH]"),
    ("born on 3 March 1961", "born on [DATE OF BIRTH]"),
    ("date of birth: 12-11-2009", "date of birth: [DATE OF BIRTH]"),
])
def test_identifiers_are_redacted(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "See you at 10:30 on Tuesday", "It costs £1,250.50 a month", "She has 3 children aged 4, 7 and 9",
    "Room 101, flat 12", "Meet on 12/12/2026", "He walked 12000 steps", "Call me at half 3",
    "The score was 7 out of 10", "NHS 123 456 7890 is not valid", "Year 9 at school",
])
def test_look_alikes_are_left_alone(text):
    assert redact(text) == text


def test_nhs_checksum():
    assert nhs_checksum_ok("9434765919") and not nhs_checksum_ok("9434765918") and not nhs_checksum_ok("1111111111")


CASES = __import__("yaml").safe_load((__import__("pathlib").Path(__file__).parent / "data" /
                                       "redaction_cases.yaml").read_text())


@pytest.mark.parametrize("case", CASES["redact"], ids=lambda c: c["text"][:40])
def test_realistic_identifiers_are_redacted(case):
    assert redact(case["text"]) == case["expected"]


@pytest.mark.parametrize("text", CASES["keep"], ids=lambda t: t[:40])
def test_realistic_look_alikes_are_kept(text):
    assert redact(text) == text


def test_the_corpus_is_big_enough():
    assert len(CASES["redact"]) >= 50 and len(CASES["keep"]) >= 50


@pytest.mark.parametrize("title", ["Visit\nwith\tKim", "  Visit   with Kim \r\n"])
def test_titles_are_one_line_on_create_and_rename(store, title):
    created = store.create(title)
    assert created.title == "Visit with Kim"
    assert store.rename(created.id, "Second\n\n# visit").title == "Second # visit"


MARKUP = ["<script>alert(1)</script>", "[x](javascript:alert(1))", "# heading", "* bullet", "- item", "1. one",
          "**bold** _em_ `code`", "<a href='javascript:alert(1)'>x</a>", "![i](javascript:alert(1))",
          "<javascript:alert(1)>", "&lt;script&gt;", "> quote", "back\\slash \\[x\\](y)", "[ok] [x](javascript:y)"]


@pytest.mark.parametrize("payload", MARKUP)
def test_the_markdown_export_renders_what_people_typed_as_text(store, payload):
    import html

    import markdown

    c = store.create(payload)
    store.add_turn(c.id, "person", payload)
    rendered = markdown.markdown(store.export_markdown(c.id))  # unsanitised: the escaping alone must hold
    tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", rendered))
    assert tags <= {"h1", "p", "strong"}
    texts = [html.unescape(re.sub(r"<[^>]+>", "", line)) for line in rendered.splitlines()]
    assert texts[0] == payload and texts[-1] == f"Person: {payload}"
