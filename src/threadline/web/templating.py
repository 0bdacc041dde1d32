"""Rendering pages: the Jinja2 environment and what every template can use."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from threadline.access import csrf_token
from threadline.ingest.urls import web_url

TEMPLATES = Path(__file__).resolve().parent / "templates"
templates = Jinja2Templates(directory=str(TEMPLATES))

#: Types shown with their own highlight colour (CSS classes ``t-<Type>``).
TYPE_LABELS = {
    "Person": "person",
    "Organization": "organization",
    "PublicBody": "public body",
    "Company": "company",
    "LegalEntity": "legal entity",
    "Location": "place",
    "Law": "law",
    "Operation": "operation",
    "CourtCase": "court case",
    "Date": "date",
    "Money": "money",
}


_SNIPPET_TOKEN = re.compile(r"\\(.)|\[|\]", re.DOTALL)


def snippet_html(snippet: str | None) -> Markup:
    """A search snippet with the matched words (between ``[`` and ``]``) marked; ``\\[``,
    ``\\]`` and ``\\\\`` are the document's own characters. Marks are always balanced."""
    parts: list[str] = []
    depth = 0
    position = 0
    text = snippet or ""
    for match in _SNIPPET_TOKEN.finditer(text):
        parts.append(str(escape(text[position : match.start()])))
        position = match.end()
        if match.group(1) is not None:
            parts.append(str(escape(match.group(1))))
        elif match.group(0) == "[" and depth == 0:
            parts.append("<mark>")
            depth = 1
        elif match.group(0) == "]" and depth == 1:
            parts.append("</mark>")
            depth = 0
    parts.append(str(escape(text[position:])))
    if depth:
        parts.append("</mark>")
    # text is escape()d; only <mark> tags added
    return Markup("".join(parts))  # nosec B704


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """The current query string with some parameters changed (None removes one)."""
    merged = {**params, **changes}
    pairs = []
    for key, value in merged.items():
        if value is None or value == "":
            continue
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, item))
    return urlencode(pairs)


templates.env.filters["snippet"] = snippet_html
templates.env.filters["web_url"] = web_url
templates.env.globals["TYPE_LABELS"] = TYPE_LABELS
templates.env.globals["query_string"] = query_string


def render(
    request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    """Render ``name`` with the signed-in account and its CSRF token in the context."""
    session_id = getattr(request.state, "session_id", None)
    values = {
        "account": getattr(request.state, "account", None),
        "csrf": csrf_token(request.app.state.secret, session_id) if session_id else "",
        **(context or {}),
    }
    return templates.TemplateResponse(request, name, values, status_code=status_code)
