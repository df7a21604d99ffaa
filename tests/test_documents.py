"""Uploaded transcript files: Word documents and the encodings Windows and meeting tools write."""

from __future__ import annotations

import pytest
from conftest import word_file

from assistant.documents import decode_text, read_transcript_file
from assistant.transcript import TranscriptError

TEXT = "Worker: What’s been going on for you?\nSiân: It’s been hard — café shifts.\n"




@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_text_files_in_the_usual_encodings_read_exactly(encoding):
    assert decode_text(TEXT.encode(encoding)) == TEXT


def test_a_word_plain_text_file_reads_its_curly_apostrophes():
    # Word's "Plain text" save on Windows: Windows-1252, where ’ is 0x92 (the "What�s").
    assert "What’s" in read_transcript_file("session.txt", "Worker: What’s up?\n".encode("cp1252"))


@pytest.mark.parametrize("data", [b"Worker: hi \x81\x8d", b"\x00\x01\x02binary"])
def test_bytes_that_are_no_known_text_are_one_clear_error(data):
    with pytest.raises(TranscriptError, match="UTF-8, UTF-16 or Windows-1252"):
        decode_text(data)


def test_a_docx_reads_one_paragraph_per_line():
    text = read_transcript_file("Session.DOCX", word_file(["SW: What matters to you?", "Dai: My dog."]))
    assert text.splitlines() == ["SW: What matters to you?", "Dai: My dog."]


@pytest.mark.parametrize("name, data, says", [("t.docx", b"not a zip", "could not be opened"),
                                              ("t.doc", b"\xd0\xcf\x11\xe0", "cannot be read here")])
def test_unreadable_word_files_say_what_to_do(name, data, says):
    with pytest.raises(TranscriptError, match=says):
        read_transcript_file(name, data)
