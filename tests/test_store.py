"""The conversation store: a real SQLite file, migrations, redaction before storage, real deletion."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.store import NotFound, Store, StoreError


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "c.sqlite3")
    yield s
    s.close()


def test_schema_is_migrated_in_wal_mode(store, tmp_path):
    db = sqlite3.connect(tmp_path / "c.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
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
