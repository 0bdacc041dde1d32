"""Which reader a file needs: by extension, checked against its first bytes."""

from __future__ import annotations

import json
import os
import re

from threadline.errors import IngestError

#: Extensions threadline reads, and the reader each one selects.
EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".pdf": "pdf",
}

#: What the first bytes of a file say it is, whatever its name.
_MAGIC = {
    b"%PDF-": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx/.epub)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
    b"\x7fELF": "a program",
}
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<!--)", re.IGNORECASE)
_HTML_TAGS = re.compile(rb"<(p|div|article|br|h[1-6]|span|a|title|meta)[\s>/]", re.IGNORECASE)
_SUPPORTED = "threadline reads .txt, .md, .html, .json, .jsonl and .pdf"


def detect_format(name: str, head: bytes, *, complete: bool = True) -> str:
    """The reader for a file called ``name`` that starts with ``head``.

    One of ``txt``, ``md``, ``html``, ``json``, ``jsonl``, ``pdf``. The extension decides
    when it is known, unless the content contradicts it (a ``.txt`` that is really a PDF
    or binary is refused); an unknown extension is decided from the content alone.
    ``complete`` says whether ``head`` is the whole file.
    Raises :class:`IngestError` for binary files.
    """
    ext = os.path.splitext(name)[1].lower()
    fmt = EXTENSIONS.get(ext)
    if head.startswith(b"%PDF-"):
        if fmt in (None, "pdf"):
            return "pdf"
        raise IngestError(f"binary file: this {ext} file is really a PDF; rename it to .pdf")
    if fmt == "pdf":
        raise IngestError("not a PDF: the file does not start with %PDF-; check what it is")
    reason = binary_reason(head)
    if reason:
        raise IngestError(f"binary file ({reason}); {_SUPPORTED}")
    return fmt or _sniff_text(head, complete)


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` looks like the start of a binary file, or ``None`` when it looks like text.

    NUL bytes or many control characters mean binary, except in UTF-16/32 text that
    starts with a byte-order mark.
    """
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return f"looks like {kind}"
    if head.startswith(_TEXT_BOMS):
        return None
    if b"\x00" in head:
        return "contains NUL bytes; if it is UTF-16 text, convert it to UTF-8"
    sample = head[:8192]
    controls = sum(1 for byte in sample if byte < 32 and byte not in b"\t\n\r\f\v\x08\x1b")
    if sample and controls / len(sample) > 0.05:
        return "mostly control characters"
    return None


def _sniff_text(head: bytes, complete: bool) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start[:1] in (b"{", b"["):
        return _sniff_json(start, complete)
    if _HTML_START.match(start) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    if start.startswith(b"---\n") or start.startswith(b"---\r\n") or start.startswith(b"# "):
        return "md"
    return "txt"


def _sniff_json(start: bytes, complete: bool) -> str:
    """``json`` or ``jsonl`` when the text parses as JSON as far as it goes, else ``txt``
    (a log line such as ``[2024-03-05 10:00] …`` starts like JSON too)."""
    text = start.decode("utf-8", errors="ignore")
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            first = text.split("\n", 1)[0]
            return "jsonl" if first.strip().startswith("{") and _parses(first) else "txt"
        ran_out = error.msg.startswith("Unterminated string") or error.pos >= len(text) - 1
        return "json" if ran_out and not complete else "txt"
    return "json"


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
