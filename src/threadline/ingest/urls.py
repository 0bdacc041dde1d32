"""Which source URLs a document may keep: only absolute ``http``/``https`` addresses.

A document's URL is shown as a "source" link. A ``javascript:``, ``data:`` or other
scheme in a hostile record's ``url``, an HTML page's canonical link or Markdown front
matter would run in the reader's browser when clicked, so it is dropped at ingest with
a warning, and checked again when a page is rendered.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: The only schemes a source link may have.
WEB_SCHEMES = ("http", "https")


def web_url(value: object) -> str | None:
    """``value`` when it is an absolute http(s) URL with a host, else None.

    Leading and trailing spaces are removed; control characters anywhere (which
    browsers strip, so ``java\\tscript:`` still runs) make the URL unacceptable.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or any(ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return None
    return url


def check_document_url(url: str | None, warnings: list[str]) -> str | None:
    """The URL a document keeps; a dropped one adds a warning to ``warnings``."""
    if url is None or url == "":
        return None
    kept = web_url(url)
    if kept is None:
        shown = repr(url[:60])
        warnings.append(f"source URL {shown} dropped: only http(s) URLs are kept")
    return kept
