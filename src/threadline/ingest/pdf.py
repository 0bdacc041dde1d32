"""PDF files: the text layer, page by page, with the document information's metadata.

Pages are joined with a blank line. A PDF without a text layer (a scan) is refused
with a message that says to run OCR first, rather than stored as an empty document.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from threadline.errors import IngestError
from threadline.ingest.metadata import normalize_date
from threadline.ingest.text import normalize_newlines
from threadline.model import Document

_REPAIR = "repair or re-save it (e.g. `qpdf in.pdf out.pdf`) and ingest it again"


def read_pdf(data: bytes, source: str, name: str) -> Document:
    """A document from the bytes of a PDF file.

    Encrypted PDFs open when the password is empty (owner-only restrictions); other
    encrypted, malformed or truncated files raise :class:`IngestError`.
    """
    from pypdf import PdfReader

    try:
        with _quiet():
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not _decrypt(reader):
                raise IngestError(
                    "encrypted PDF: it needs a password; decrypt it first"
                    " (e.g. `qpdf --password=… --decrypt in.pdf out.pdf`)"
                )
            pages = [_page_text(page) for page in reader.pages]
            unreadable = [str(n) for n, text in enumerate(pages, start=1) if text is None]
            info = _info(reader)
    except IngestError:
        raise
    except Exception as error:  # pypdf raises many kinds of error on broken files
        detail = " ".join(str(error).split())[:200] or type(error).__name__
        raise IngestError(f"malformed or truncated PDF ({detail}); {_REPAIR}") from None
    text = normalize_newlines("\n\n".join((page or "").strip("\n") for page in pages)).strip()
    if not text:
        raise IngestError(
            f"no text layer (scanned?); run OCR first (e.g. `ocrmypdf {name} out.pdf`)"
            " and ingest the result"
        )
    metadata: dict[str, Any] = {"pages": len(pages)}
    raw_date = info.get("date")
    date = normalize_date(raw_date)
    if raw_date and date is None:
        metadata["date_raw"] = str(raw_date)
    warnings = []
    if unreadable:
        warnings.append(
            f"{name}: the text of page(s) {', '.join(unreadable)} could not be read and is"
            f" missing; {_REPAIR}"
        )
    return Document(
        text=text,
        source=source,
        title=info.get("title") or None,
        author=info.get("author") or None,
        date=date,
        format="pdf",
        metadata=metadata,
        warnings=warnings,
    )


def _decrypt(reader: Any) -> bool:
    """Try the empty password; ``False`` when the PDF needs a real one."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # missing crypto support reads as "cannot decrypt"
        return False


def _page_text(page: Any) -> str | None:
    """The page's text (``""`` when it has none), or ``None`` when it cannot be read."""
    try:
        return str(page.extract_text() or "")
    except Exception:  # one unreadable page must not lose the others
        return None


def _info(reader: Any) -> dict[str, Any]:
    """Title, author and creation date from the PDF's document information, if any."""
    try:
        meta = reader.metadata
    except Exception:  # broken metadata is not worth losing the text over
        return {}
    if not meta:
        return {}
    values: dict[str, Any] = {}
    for key, attribute in (("title", "title"), ("author", "author")):
        value = getattr(meta, attribute, None)
        if isinstance(value, str) and value.strip():
            values[key] = " ".join(value.split())
    try:
        values["date"] = meta.creation_date
    except Exception:  # an unparseable date stays raw
        values["date"] = meta.get("/CreationDate")
    return values


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf logs every repair it makes; those are not the user's concern."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)
