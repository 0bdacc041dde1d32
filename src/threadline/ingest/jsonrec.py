"""JSON and JSON Lines: one document per record.

A record is an object with its text under ``text``, ``body`` or ``content`` (kept
exactly as given, so character offsets made on it elsewhere still hold), and
optionally ``title``, ``author``/``authors``, ``date``/``published_at``/``published``,
``url``/``sourceUrl``/``link`` and ``id``. A bad record is one failure; the other records
go through.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from threadline.errors import IngestError
from threadline.ingest.failure import IngestFailure
from threadline.ingest.headline import headline_title
from threadline.ingest.metadata import join_authors, normalize_date
from threadline.ingest.text import decode
from threadline.model import Document

TEXT_KEYS = ("text", "body", "content")
TITLE_KEYS = ("title", "headline")
AUTHOR_KEYS = ("author", "authors", "byline")
DATE_KEYS = ("date", "published_at", "published", "publication_date", "datePublished")
URL_KEYS = ("url", "sourceUrl", "source_url", "link")
#: Longer strings in a record's other fields are left out of ``metadata``.
MAX_META_CHARS = 2000


def read_json(data: bytes, path: str) -> Iterator[Document | IngestFailure]:
    """The records of a ``.json`` file: one object, or an array of objects.

    A file that is really JSON Lines (one object per line) is read as such.
    """
    decoded = decode(data, path)
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and decoded.text.lstrip().startswith("{"):
            lines = (line.encode("utf-8") for line in decoded.text.split("\n"))
            yield from read_jsonl(lines, path)
            return
        raise IngestError(
            f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg};"
            " fix the file or check that it is complete"
        ) from None
    if isinstance(value, dict):
        yield record_document(value, path)
    elif isinstance(value, list):
        for number, item in enumerate(value, start=1):
            try:
                yield record_document(item, path, {"record": number})
            except IngestError as error:
                yield IngestFailure(f"{path}#record-{number}", error.message)
    else:
        raise IngestError(
            f"the JSON value is {_kind(value)}, not an object or an array of objects;"
            " give each document as an object with a 'text' field"
        )


def read_jsonl(lines: Iterable[bytes], path: str) -> Iterator[Document | IngestFailure]:
    """The records of a JSON Lines file, one line at a time (memory stays bounded)."""
    for number, raw in enumerate(lines, start=1):
        label = f"{path}:line {number}"
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        warnings: list[str] = []
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", errors="replace")
            warnings.append(f"{label}: undecodable bytes replaced; save the file as UTF-8")
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestFailure(label, f"invalid JSON: {error.msg}; fix or remove this line")
            continue
        try:
            document = record_document(value, path, {"line": number})
        except IngestError as error:
            yield IngestFailure(label, error.message)
            continue
        document.warnings.extend(warnings)
        yield document


def record_document(record: Any, path: str, where: dict[str, int] | None = None) -> Document:
    """The document for one JSON record; :class:`IngestError` when it is not one.

    ``source`` is the record's web address (``url``, ``sourceUrl``, ``source_url`` or
    ``link``; only ``http(s)://`` ones) when it has one, else ``path``. Without a
    ``title``, a headline on the text's first line is the title. ``metadata`` holds
    ``where`` (the record's position in its file), the fields not mapped to the
    document's own (``id`` among them; long or nested values left out) and
    ``date_raw`` when the date could not be read.
    """
    if not isinstance(record, dict):
        raise IngestError(
            f"the record is {_kind(record)}, not an object; give each document as an object"
            " with a 'text' field"
        )
    text_key = next((k for k in TEXT_KEYS if _text(record.get(k))), None)
    if text_key is None:
        raise IngestError(
            "the record has no text: put the document's text in a 'text', 'body' or"
            " 'content' field (a string)"
        )
    # Verbatim (no newline changes): annotations made on a record's text keep their offsets.
    text = _text(record[text_key]) or ""
    url = next((u for k in URL_KEYS if (u := _web_address(record.get(k)))), None)
    raw_date = next((record[k] for k in DATE_KEYS if record.get(k) not in (None, "")), None)
    date = normalize_date(raw_date)
    metadata: dict[str, Any] = dict(where or {})
    used = {*TEXT_KEYS, *TITLE_KEYS, *AUTHOR_KEYS, *DATE_KEYS}
    for key, value in record.items():
        if key not in used and (key not in URL_KEYS or value != url) and _small(value):
            metadata[key] = value
    if raw_date is not None and date is None:
        metadata["date_raw"] = raw_date
    return Document(
        text=text,
        source=url or path,
        title=_first_string(record, TITLE_KEYS) or headline_title(text),
        author=join_authors(next((record[k] for k in AUTHOR_KEYS if record.get(k)), None)),
        date=date,
        url=url,
        format="json",
        metadata=metadata,
    )


def _text(value: Any) -> str | None:
    """A text field's string; a list of paragraphs is joined with blank lines."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "\n\n".join(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def _web_address(value: Any) -> str | None:
    """``value`` when it is an ``http://`` or ``https://`` address (other schemes are
    not shown as links and stay in the record's fields)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if value.lower().startswith(("http://", "https://")) else None


def _first_string(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _small(value: Any) -> bool:
    if isinstance(value, str):
        return len(value) <= MAX_META_CHARS
    if isinstance(value, list):
        return len(value) <= 100 and all(_small(v) and not isinstance(v, list) for v in value)
    return value is None or isinstance(value, int | float | bool)


def _kind(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "a number", float: "a number"}
    if value is None:
        return "null"
    if isinstance(value, list):
        return "an array"
    return names.get(type(value), type(value).__name__)
