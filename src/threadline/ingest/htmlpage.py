"""HTML pages: the article text without navigation, ads and footers, with its metadata.

trafilatura does the boilerplate removal and reads title, author and date; the page's
own ``<link rel="canonical">`` (else ``og:url``) gives the URL. When trafilatura finds
nothing (tiny or broken pages) a plain-text extraction of the page is used instead.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from threadline.errors import IngestError
from threadline.ingest.htmltext import parse_html
from threadline.ingest.metadata import join_authors, normalize_date
from threadline.ingest.text import decode, normalize_newlines
from threadline.model import Document

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
#: trafilatura metadata kept in ``Document.metadata`` when present.
_KEEP = ("sitename", "hostname", "description", "categories", "tags", "language", "pagetype")


def read_html(data: bytes, source: str, name: str) -> Document:
    """A document from the bytes of an HTML page.

    ``text`` is the main content as trafilatura extracts it (one paragraph a line),
    or, failing that, the visible text outside navigation, footers and scripts.
    Raises :class:`IngestError` when the page has no text at all.
    """
    markup, encoding, warnings = _decode_page(data, name)
    fallback_text, head = parse_html(markup)
    extracted = _trafilatura(markup)
    text = normalize_newlines(extracted.get("text") or "").strip()
    method = "trafilatura"
    if not text:
        text, method = fallback_text.strip(), "plain"
    if not text:
        raise IngestError(
            "no text found in this HTML page; check that it is an article and not an empty"
            " page or one that builds its content with JavaScript"
        )
    metadata: dict[str, Any] = {"extraction": method}
    metadata.update({k: extracted[k] for k in _KEEP if extracted.get(k)})
    if head.get("og_url"):
        metadata["og_url"] = head["og_url"]
    if head.get("lang"):
        metadata["language"] = head["lang"]  # declared by the page: it wins over a guess
    if encoding not in ("utf-8", "utf-8-sig"):
        metadata["encoding"] = encoding
    raw_date = extracted.get("date")
    date = normalize_date(raw_date)
    if raw_date and date is None:
        metadata["date_raw"] = raw_date
    return Document(
        text=text,
        source=source,
        title=extracted.get("title") or head.get("title"),
        author=join_authors(_split_authors(extracted.get("author"))),
        date=date,
        url=head.get("canonical") or head.get("og_url") or extracted.get("url"),
        format="html",
        metadata=metadata,
        warnings=warnings,
    )


def _decode_page(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode with the page's declared charset when it is not UTF-8, else as any text."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        charset = declared.group(1).decode("ascii").lower()
        if charset not in ("utf-8", "utf8"):
            try:
                return normalize_newlines(data.decode(charset)), charset, []
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common; detect instead
    decoded = decode(data, name)
    return decoded.text, decoded.encoding, decoded.warnings


def _trafilatura(markup: str) -> dict[str, Any]:
    """trafilatura's text and metadata as a dict; empty when it finds nothing or fails."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its warnings are not ours
    try:
        result = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception:  # any failure in a third-party parser means "use the fallback"
        return {}
    if result is None:
        return {}
    values = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return {key: value for key, value in values.items() if value not in (None, "", [])}


def _split_authors(value: Any) -> Any:
    """trafilatura joins several authors with "; "; threadline joins them with ", "."""
    if isinstance(value, str) and ";" in value:
        return [name for name in value.split(";") if name.strip()]
    return value
