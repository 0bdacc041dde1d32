"""Full-text search over documents (SQLite FTS5 or PostgreSQL tsvector), safe for any
user string.

A user's query is never passed to the database as-is: :func:`fts_terms` rebuilds it from
words, quoted phrases, trailing ``*`` prefixes and the operators ``AND``/``OR``/``NOT``,
so unbalanced quotes or parentheses, ``:``, ``^`` or ``NEAR(`` cannot cause a syntax
error. Words are implicitly ANDed. The store's dialect writes the terms in its
database's query language (:meth:`threadline.store.dialect.Dialect.fts_expression`,
which says where PostgreSQL's differs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from threadline.store._filters import EVERYTHING, document_filter, in_clause, paginate
from threadline.store.base import Store
from threadline.store.dialect import MARK_CLOSE, MARK_OPEN

_TOKEN = re.compile(r'"([^"]*)"|(\w+)(\*?)', re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT"}
MAX_QUERY_TERMS = 32
#: A longer prefix standing for more indexed words than this stays a prefix query.
MAX_PREFIX_WORDS = 16


def fts_query(user_query: str) -> str:
    """An FTS5 expression equivalent to what the user meant; ``""`` when nothing is searchable.

    >>> fts_query('cartel AND "money laundering" extradit* (')
    '"cartel" AND "money laundering" "extradit"*'
    """
    return " ".join(fts_terms(user_query))


def search_expression(store: Store, user_query: str) -> str:
    """What the store's full-text index is asked for ``user_query``; ``""`` for nothing."""
    return store.dialect.fts_expression(expand_prefixes(store, fts_terms(user_query)))


def expand_prefixes(store: Store, terms: list[str]) -> list[str]:
    """``terms`` with each prefix of 4 or more ASCII letters (``"extradit"*``) written as
    the indexed words it stands for, ``("extradited" OR "extradition")``, when there are at
    most :data:`MAX_PREFIX_WORDS` of them; the same documents match. SQLite's FTS5
    merges a prefix's every matching document before it can rank any, but reads ``OR``
    of words newest first and stops at the search window. Shorter prefixes use the
    prefix index (migration 0710); PostgreSQL needs no rewriting."""
    if not store.dialect.fts_words:
        return terms
    out = []
    for term in terms:
        word = term[1:-2].lower()
        if not (term.endswith('"*') and len(word) >= 4 and word.isascii() and word.isalnum()):
            out.append(term)
            continue
        after = word[:-1] + chr(ord(word[-1]) + 1)  # the first string past the prefix
        rows = store.query(store.dialect.fts_words, (word, after, MAX_PREFIX_WORDS + 1))
        found = [r["term"] for r in rows]
        if not found or len(found) > MAX_PREFIX_WORDS:
            out.append(term)
        else:
            out.append("(" + " OR ".join('"' + w.replace('"', '""') + '"' for w in found) + ")")
    return out


def fts_terms(user_query: str) -> list[str]:
    """The quoted words and phrases (``*`` for a prefix) and operators of a user query."""
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
    return parts


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
    expression = search_expression(store, query)
    if not expression:
        return []
    where, params = document_filter(
        collections,
        dialect=store.dialect,
        date_from=date_from,
        date_to=date_to,
        entity_type=entity_type,
        language=language,
    )
    # Rank first, then cut snippets for the page alone: a snippet for every match before
    # sorting cost more than the ranking itself.
    dialect = store.dialect
    source, match = dialect.fts_filtered("" if where == EVERYTHING else where)
    key = dialect.fts_key
    candidates = f"SELECT {key} AS doc_row, {dialect.fts_rank} AS score FROM {source} WHERE {match}"
    if window > 0:  # newest matches first: the index walks backwards and stops
        candidates += f" ORDER BY {key} DESC LIMIT {int(window)}"
    ranked = store.query(
        f"SELECT doc_row, score FROM ({candidates}) AS c ORDER BY score DESC, doc_row DESC"
        + paginate(limit, offset),
        [expression, *params],
    )
    if not ranked:
        return []
    clause, values = in_clause(key, [r["doc_row"] for r in ranked])
    source, match = dialect.fts_source()
    rows = store.query(
        f"SELECT {key} AS doc_row, d.id AS document, d.title, d.date, d.collection, d.source,"
        f" {dialect.fts_snippet} AS snippet FROM {source} WHERE {match} AND {clause}",
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


def bracket_marks(snippet: str | None) -> str:
    """A snippet with matched words between ``[`` and ``]``; a literal ``[``, ``]`` or
    ``\\`` of the document is written ``\\[``, ``\\]``, ``\\\\``, so marks stay balanced."""
    text = (snippet or "").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    return text.replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]")
