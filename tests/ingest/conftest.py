# Fixtures for the ingest tests: `settings` is the default Settings; `ingest(*paths, **changes)`
# runs iter_documents to a list (settings changed by `changes`); `make_pdf(*lines)` builds a
# small one-page PDF whose text layer holds `lines` (no lines: a page with no text at all).
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from threadline.ingest import IngestFailure, iter_documents
from threadline.model import Document
from threadline.settings import Settings

Ingest = Callable[..., list[Document | IngestFailure]]


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def ingest(settings: Settings) -> Ingest:
    def run(*paths: str | Path, **changes: Any) -> list[Document | IngestFailure]:
        return list(iter_documents([str(p) for p in paths], settings=settings.with_(**changes)))

    return run


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return build_pdf


def build_pdf(*lines: str, title: str = "Seizure report", author: str = "Jane Reporter") -> bytes:
    """A minimal, valid PDF 1.4 file with a Helvetica text layer, built byte by byte."""
    shown = b" 0 -16 Td ".join(b"(" + _pdf_string(line) + b") Tj" for line in lines)
    content = b"BT /F1 12 Tf 72 720 Td " + shown + b" ET" if lines else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title (" + _pdf_string(title) + b") /Author (" + _pdf_string(author) + b")"
        b" /CreationDate (D:20240305103000Z) >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return out


def _pdf_string(text: str) -> bytes:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return escaped.encode("cp1252")
