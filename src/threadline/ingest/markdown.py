"""Markdown files: YAML front matter → metadata; links and emphasis read as their text."""

from __future__ import annotations

import re
from typing import Any

from threadline.ingest.markup import apply_markup
from threadline.ingest.metadata import join_authors, normalize_date
from threadline.ingest.text import Decoded, require_text
from threadline.model import Document

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")


def read_markdown(decoded: Decoded, source: str) -> Document:
    """A document from a decoded markdown file.

    A leading ``---`` front-matter block is removed from the text; its ``title``,
    ``author``/``authors``, ``date`` and ``url`` fill the document and its other keys go
    to ``metadata``. Without a title, the first ``# heading`` is the title. Links and
    emphasis are read as their text (:mod:`threadline.ingest.markup`); headings,
    lists and other lines are kept as written.
    """
    text = decoded.text
    front: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        front = parse_front_matter(match.group(1) or "")
        text = text[match.end() :].lstrip("\n")
    require_text(text)
    metadata: dict[str, Any] = {}
    text = apply_markup(text, metadata)
    title = _string(front.get("title"))
    if not title:
        heading = _HEADING.search(text)
        title = heading.group(1).strip() if heading else None
    raw_date = front.get("date", front.get("published"))
    mapped = {"title", "author", "authors", "date", "published", "url", "canonical_url"}
    metadata.update({k: v for k, v in front.items() if k not in mapped})
    date = normalize_date(raw_date)
    if raw_date is not None and date is None:
        metadata["date_raw"] = raw_date
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        metadata["encoding"] = decoded.encoding
    return Document(
        text=text,
        source=source,
        title=title,
        author=join_authors(front.get("author", front.get("authors"))),
        date=date,
        url=_string(front.get("url", front.get("canonical_url"))),
        format="md",
        metadata=metadata,
        warnings=list(decoded.warnings),
    )


def parse_front_matter(block: str) -> dict[str, Any]:
    """The simple YAML that front matter uses: ``key: value``, quoted strings, ``[a, b]``
    lists and ``- item`` lists under a key. Anything fancier is kept as a raw string."""
    result: dict[str, Any] = {}
    key: str | None = None
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s+-\s*(.*)$", line) or re.match(r"^-\s+(.*)$", line)
        if item and key is not None:
            current = result.get(key)
            values = current if isinstance(current, list) else []
            values.append(_scalar(item.group(1)))
            result[key] = values
            continue
        match = _KEY.match(line)
        if not match:
            continue
        key, raw = match.group(1), match.group(2).strip()
        if raw.startswith("[") and raw.endswith("]"):
            result[key] = [_scalar(v) for v in raw[1:-1].split(",") if v.strip()]
        else:
            result[key] = _scalar(raw) if raw else None
    return result


def _scalar(raw: str) -> Any:
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    raw = re.sub(r"\s+#.*$", "", raw)
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if re.fullmatch(r"-?\d+", raw):
        return int(raw)
    return raw


def _string(value: Any) -> str | None:
    if value is None or isinstance(value, list | dict):
        return None
    text = str(value).strip()
    return text or None
