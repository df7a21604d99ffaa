"""Uploaded transcript files as text: Word documents (.docx, read with python-docx) and plain text or WebVTT in
the encodings Windows and meeting tools write (UTF-8 with or without a BOM, UTF-16 with a BOM, Windows-1252)."""

from __future__ import annotations

import codecs
import io

from .transcript import TranscriptError

TEXT_SUFFIXES = (".txt", ".vtt", ".srt", ".text", ".md")
UNREADABLE = ("the file is not text this can read (UTF-8, UTF-16 or Windows-1252); save it as plain text or as a "
              "Word .docx file and choose it again")


def decode_text(data: bytes) -> str:
    """The text of a plain-text file: a BOM decides; else UTF-8 if it is valid, else Windows-1252 (Word's and
    Notepad's "ANSI"); TranscriptError for anything else, never silently replaced characters."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise TranscriptError(UNREADABLE) from None
    if b"\x00" in data[:4096]:
        raise TranscriptError(UNREADABLE)  # binary, or UTF-16 without its BOM
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise TranscriptError(UNREADABLE) from None
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise TranscriptError(UNREADABLE)
    return text


def docx_text(data: bytes) -> str:
    """The paragraphs of a Word document (tables' cells too, row by row), one per line."""
    from zipfile import BadZipFile

    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (BadZipFile, KeyError, ValueError) as exc:
        raise TranscriptError("the Word file could not be opened; save it again as .docx or as plain text") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(": ".join(cell.text.strip() for cell in row.cells if cell.text.strip()))
    return "\n".join(lines)


def read_transcript_file(filename: str, data: bytes) -> str:
    """The text of an uploaded transcript, by its name's suffix: .docx is a Word document, anything else text."""
    name = filename.lower()
    if name.endswith(".docx"):
        return docx_text(data)
    if name.endswith((".doc", ".rtf", ".pdf", ".odt")):
        raise TranscriptError("this file type cannot be read here; save it as a Word .docx file or as plain text")
    return decode_text(data)
