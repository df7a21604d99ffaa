"""The conversation store: a real SQLite file, migrations, redaction before storage, real deletion."""

from __future__ import annotations

import re
import sqlite3

import pytest

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


def database_bytes(path) -> bytes:
    """Every byte SQLite keeps for the database: the main file, the write-ahead log and the shared memory index."""
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal"),
                                               path.with_name(path.name + "-shm")) if p.exists())


def test_deleted_words_are_gone_from_the_database_and_its_wal_and_shm_files(tmp_path):
    path = tmp_path / "c.sqlite3"
    store = Store(path)
    kept = store.create("kept")
    store.add_turn(kept.id, "person", "Zanzibarquokka stays")
    gone = store.create("Titlemarmoset")
    store.add_turn(gone.id, "person", "Secretwombat told me about her brother")
    store.add_turn(gone.id, "worker", "Secretwombat again")
    store.add_turn(kept.id, "worker", "Zanzibarquokka is well")
    assert b"Secretwombat" in database_bytes(path) and b"Titlemarmoset" in database_bytes(path)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # as after a while: the words are in the main file too
    assert b"Secretwombat" in path.read_bytes()
    store.delete(gone.id)
    remaining = database_bytes(path)
    assert b"Zanzibarquokka" in remaining  # the reading works: what was kept is still found in the bytes
    assert b"Secretwombat" not in remaining and b"Titlemarmoset" not in remaining
    store.close()
    assert b"Secretwombat" not in database_bytes(path) and b"Titlemarmoset" not in database_bytes(path)
    assert Store(path).get(kept.id).turns[0]["text"] == "Zanzibarquokka stays"


def test_titles_are_redacted_in_the_store_on_create_and_rename(store, tmp_path):
    c = store.create("Visit, ring 07700 900123")
    store.rename(store.create("other").id, "Review kelly@example.com")
    raw = {row[0] for row in sqlite3.connect(tmp_path / "c.sqlite3").execute("SELECT title FROM conversations")}
    assert store.get(c.id).title.startswith("Visit, ring") and len(raw) == 2
    assert not any("07700" in t or "kelly@example.com" in t for t in raw), raw


@pytest.mark.parametrize("title", ["Visit\nto the\tflat", "  Visit   to the flat \r\n"])
def test_titles_are_one_line_on_create_and_rename(store, title):
    created = store.create(title)
    assert created.title == "Visit to the flat"
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
