"""Full-text search over documents (SQLite FTS5), safe for any user string.

A user's query is never passed to FTS5 as-is: :func:`fts_query` rebuilds it from
words, quoted phrases, trailing ``*`` prefixes and the operators ``AND``/``OR``/``NOT``,
so unbalanced quotes or parentheses, ``:``, ``^`` or ``NEAR(`` cannot cause a syntax
error. Words are implicitly ANDed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from threadline.store._filters import document_filter, in_clause, paginate
from threadline.store.base import Store

_TOKEN = re.compile(r'"([^"]*)"|(\w+)(\*?)', re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT"}
MAX_QUERY_TERMS = 32


def fts_query(user_query: str) -> str:
    """An FTS5 expression equivalent to what the user meant; ``""`` when nothing is searchable.

    >>> fts_query('cartel AND "money laundering" extradit* (')
    '"cartel" AND "money laundering" "extradit"*'
    """
    parts: list[str] = []
    pending_op: str | None = None
    for match in _TOKEN.finditer(user_query[:2000]):
        phrase, word, star = match.groups()
        if word and word in _OPERATORS:
            pending_op = word if parts else None
            continue
        text = phrase if phrase is not None else word
        words = re.findall(r"\w+", text or "", re.UNICODE)
        if not words:
            continue
        term = '"' + " ".join(words) + '"' + ("*" if star and word else "")
        if pending_op:
            parts.append(pending_op)
            pending_op = None
        parts.append(term)
        if sum(1 for p in parts if p not in _OPERATORS) >= MAX_QUERY_TERMS:
            break
    return " ".join(parts)


def search(
    store: Store,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    collections: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    entity_type: str | None = None,
    language: str | None = None,
    window: int = 0,
) -> list[dict[str, Any]]:
    """Documents matching ``query``, best first: ``{document, title, snippet, score, …}``.

    ``score`` is FTS5's BM25 relevance turned positive (higher is better); ``snippet``
    is written as :func:`bracket_marks` says. The filters are those of
    :func:`threadline.store._filters.document_filter`. With ``window`` > 0, only the
    ``window`` most recently stored matching documents (that pass the filters) are
    ranked: exact for rarer queries, and for a query matching most of a large corpus it
    keeps a page in tens of milliseconds instead of ranking every match (setting
    ``search_window``; 0 ranks every match).
    """
    expression = fts_query(query)
    if not expression:
        return []
    where, params = document_filter(
        collections,
        date_from=date_from,
        date_to=date_to,
        entity_type=entity_type,
        language=language,
    )
    # Rank first (bm25 only), then cut snippets for the page alone: snippet() on every
    # match before sorting cost more than the ranking itself.
    join = "" if where == "1" else " JOIN documents d ON d.rowid = f.rowid"
    candidates = (
        "SELECT f.rowid AS doc_row, -bm25(documents_fts) AS score FROM documents_fts f"
        f"{join} WHERE documents_fts MATCH ? AND {where}"
    )
    if window > 0:  # newest matches first: FTS5 walks rowids backwards and stops
        candidates += f" ORDER BY f.rowid DESC LIMIT {int(window)}"
    ranked = store.query(
        f"SELECT doc_row, score FROM ({candidates}) ORDER BY score DESC" + paginate(limit, offset),
        [expression, *params],
    )
    if not ranked:
        return []
    clause, values = in_clause("f.rowid", [r["doc_row"] for r in ranked])
    rows = store.query(
        "SELECT f.rowid AS doc_row, d.id AS document, d.title, d.date, d.collection, d.source,"
        " snippet(documents_fts, 1, char(57344), char(57345), '…', 16) AS snippet"
        " FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
        f" WHERE documents_fts MATCH ? AND {clause}",
        [expression, *values],
    )
    found = {r["doc_row"]: r for r in rows}
    return [
        {**_hit(found[r["doc_row"]]), "score": float(r["score"])}
        for r in ranked
        if r["doc_row"] in found
    ]


def _hit(row: Any) -> dict[str, Any]:
    hit = {k: row[k] for k in ("document", "title", "date", "collection", "source")}
    return {**hit, "snippet": bracket_marks(row["snippet"])}


#: What FTS5 puts around matched words before :func:`bracket_marks` rewrites them.
_OPEN, _CLOSE = "\ue000", "\ue001"


def bracket_marks(snippet: str | None) -> str:
    """A snippet with matched words between ``[`` and ``]``; a literal ``[``, ``]`` or
    ``\\`` of the document is written ``\\[``, ``\\]``, ``\\\\``, so marks stay balanced."""
    text = (snippet or "").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return text.replace(_OPEN, "[").replace(_CLOSE, "]")
