"""The conversation store: one SQLite file (WAL mode, numbered migrations). Identifiers are redacted before
anything is written; deleting a conversation removes its rows, and the space they used is wiped."""

from __future__ import annotations

import os
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.resources import files
from pathlib import Path

from .redact import redact, redaction_note
from .settings import Settings
from .text import escape_markdown

MIGRATIONS = files("assistant") / "migrations"  # package data, so an installed wheel migrates too


class NotFound(LookupError):
    pass


class KeyConflict(ValueError):
    """An Idempotency-Key already names a different turn in the conversation."""


class StoreError(RuntimeError):
    """The database cannot be written (read-only folder, disk full); reads still work."""


@dataclass
class Conversation:
    id: str
    title: str
    created: str
    updated: str = ""
    turns: list[dict] = field(default_factory=list)

    def to_dict(self, with_turns: bool = False) -> dict:
        out = {"id": self.id, "title": self.title, "created": self.created, "updated": self.updated}
        return out | {"turns": self.turns} if with_turns else out


def _turn(row: sqlite3.Row) -> dict:
    return {"id": row["id"], "speaker": row["speaker"], "text": row["text"], "created": row["created"]}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def make_private(path: Path) -> None:
    """The database owner-only (0600) from the start; SQLite gives its -wal and -shm files the same mode.

    Files left looser by an older version are tightened too."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    except OSError:
        return  # a read-only folder: reads may still work, writes raise StoreError
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if name.stat().st_mode & 0o077:
                name.chmod(0o600)
        except OSError:
            pass


def connect(path: Path) -> sqlite3.Connection:
    """A connection with WAL, foreign keys and a busy timeout, migrated to the latest schema."""
    make_private(Path(path))
    db = sqlite3.connect(str(path), timeout=10.0, isolation_level=None, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA secure_delete = ON")
    try:
        db.execute("PRAGMA journal_mode = WAL")
        migrate(db)
    except sqlite3.OperationalError:
        pass  # a read-only database still serves reads; writes will raise StoreError
    return db


def migrate(db: sqlite3.Connection) -> int:
    """Apply numbered migrations not yet applied; returns the schema version."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for path in sorted((p for p in MIGRATIONS.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name):
        number = int(path.name.split("_", 1)[0])
        if number > version:
            db.executescript("BEGIN;" + path.read_text(encoding="utf-8") + f"; PRAGMA user_version = {number}; COMMIT;")
            version = number
    return version


class Store:
    """Conversations and their turns."""

    settings = Settings()  # the limits (title and turn length) unless the app passes its own

    def __init__(self, path: Path, settings: Settings | None = None):
        self.path = Path(path)
        self.settings = settings or self.settings
        self.db = connect(self.path)

    def close(self) -> None:
        self.db.close()

    def _write(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        for attempt in range(5):
            try:
                return self.db.execute(sql, params)
            except sqlite3.OperationalError as exc:
                message = str(exc).lower()
                if "locked" in message or "busy" in message:
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise StoreError("the conversation store cannot be written just now (read-only or disk full)") \
                    from None
        raise StoreError("the conversation store is busy; please try again")

    def create(self, title: str | None = None) -> Conversation:
        now = _now()
        conversation = Conversation(secrets.token_hex(8), self._title(title or "") or f"Conversation {now[:10]}",
                                    now, now)
        self._write("INSERT INTO conversations (id, title, created, updated) VALUES (?, ?, ?, ?)",
                    (conversation.id, conversation.title, now, now))
        return conversation

    def _title(self, title: str) -> str:
        # One line: a title is a heading in the export and an option in a list.
        return redact(" ".join(title.split())[: self.settings.max_title_chars])

    def _read(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            raise StoreError("the conversation store cannot be read just now") from None

    def list(self) -> list[Conversation]:
        rows = self._read("SELECT * FROM conversations ORDER BY updated DESC, created DESC")
        return [Conversation(r["id"], r["title"], r["created"], r["updated"]) for r in rows]

    def get(self, conversation_id: str) -> Conversation:
        rows = self._read("SELECT * FROM conversations WHERE id = ?", (conversation_id,))
        if not rows:
            raise NotFound(conversation_id)
        row = rows[0]
        turns = [_turn(t) for t in
                 self._read("SELECT * FROM turns WHERE conversation_id = ? ORDER BY id", (conversation_id,))]
        return Conversation(row["id"], row["title"], row["created"], row["updated"], turns)

    def rename(self, conversation_id: str, title: str) -> Conversation:
        cursor = self._write("UPDATE conversations SET title = ?, updated = ? WHERE id = ?",
                             (self._title(title), _now(), conversation_id))
        if cursor.rowcount == 0:
            raise NotFound(conversation_id)
        return self.get(conversation_id)

    def add_turn(self, conversation_id: str, speaker: str, text: str, key: str | None = None) -> dict:
        """Store one turn, redacted; returns it as stored. A key already used for the same turn in this
        conversation returns that turn instead of storing it again; used for a different turn, KeyConflict."""
        if speaker not in ("worker", "person"):
            raise ValueError("speaker must be 'worker' or 'person'")
        clean = redact(" ".join(text.split())[: self.settings.max_turn_chars])
        now = _now()
        self._write("BEGIN IMMEDIATE")
        try:
            exists = self.db.execute("SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            if not exists:
                raise NotFound(conversation_id)
            earlier = key is not None and self.db.execute(
                "SELECT * FROM turns WHERE conversation_id = ? AND idempotency_key = ?", (conversation_id, key)
            ).fetchone()
            if earlier:
                self.db.execute("ROLLBACK")
                if (earlier["speaker"], earlier["text"]) != (speaker, clean):
                    raise KeyConflict("that Idempotency-Key was already used for a different turn")
                return _turn(earlier)
            cursor = self.db.execute("INSERT INTO turns (conversation_id, speaker, text, created, idempotency_key) "
                                     "VALUES (?, ?, ?, ?, ?)", (conversation_id, speaker, clean, now, key))
            self.db.execute("UPDATE conversations SET updated = ? WHERE id = ?", (now, conversation_id))
            self.db.execute("COMMIT")
        except sqlite3.OperationalError:
            self._rollback()
            raise StoreError("the conversation store cannot be written just now (read-only or disk full)") from None
        except BaseException:
            self._rollback()
            raise
        return {"id": cursor.lastrowid, "speaker": speaker, "text": clean, "created": now}

    def _rollback(self) -> None:
        try:
            self.db.execute("ROLLBACK")
        except sqlite3.OperationalError:
            pass

    def delete(self, conversation_id: str) -> None:
        """Remove the conversation and its turns from the database (not just hidden)."""
        cursor = self._write("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        if cursor.rowcount == 0:
            raise NotFound(conversation_id)
        self._write("PRAGMA wal_checkpoint(TRUNCATE)")

    def export_markdown(self, conversation_id: str) -> str:
        """The conversation as markdown; what people typed is escaped, so it stays text when the file is rendered."""
        c = self.get(conversation_id)
        lines = [f"# {escape_markdown(c.title)}", "", f"Started {c.created}. {redaction_note()}", ""]
        for turn in c.turns:
            who = "Worker" if turn["speaker"] == "worker" else "Person"
            lines.append(f"**{who}:** {escape_markdown(turn['text'])}")
            lines.append("")
        return "\n".join(lines)
