"""The few pieces of SQL that SQLite and PostgreSQL write differently, in one place.

Store modules write portable SQL with ``?`` placeholders and ask the store's
:class:`Dialect` (``store.dialect``) for everything else: inserts that keep or replace an
existing row, JSON aggregation, reading a JSON field, case-insensitive comparison and
full-text search (match, rank, snippet). Placeholders are rewritten by the PostgreSQL
store itself (:func:`to_format_placeholders`), so module SQL never spells them twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: What full-text snippets put around matched words (private-use characters that no
#: document contains unescaped; ``store.search.bracket_marks`` rewrites them).
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
#: A LIMIT both databases accept that means "no limit" (SQLite has no ``LIMIT ALL``).
NO_LIMIT = 9223372036854775807


@dataclass(frozen=True)
class Dialect:
    """How one database spells the non-portable parts of threadline's SQL."""

    name: str

    @property
    def postgres(self) -> bool:
        return self.name == "postgresql"

    def insert_ignore(self, table: str, columns: Sequence[str], rest: str = "") -> str:
        """``INSERT`` of one row of ``columns`` that does nothing when it would break a
        unique key. ``rest`` replaces ``VALUES (?, …)`` (for ``INSERT … SELECT``)."""
        body = f"{table} ({', '.join(_q(c) for c in columns)}) " + (rest or _values(columns))
        if self.postgres:
            return f"INSERT INTO {body} ON CONFLICT DO NOTHING"
        return f"INSERT OR IGNORE INTO {body}"

    def upsert(self, table: str, columns: Sequence[str], key: Sequence[str], rest: str = "") -> str:
        """``INSERT`` of one row of ``columns`` that replaces the row with the same ``key``;
        ``rest`` replaces ``VALUES (?, …)`` as for :meth:`insert_ignore`.

        SQLite deletes the old row and inserts the new one (its delete and insert triggers
        fire); PostgreSQL updates the row in place (its update triggers fire)."""
        cols = ", ".join(_q(c) for c in columns)
        source = rest or _values(columns)
        if not self.postgres:
            return f"INSERT OR REPLACE INTO {table} ({cols}) {source}"
        keys = ", ".join(_q(c) for c in key)
        sets = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in columns if c not in key)
        action = f"DO UPDATE SET {sets}" if sets else "DO NOTHING"
        return f"INSERT INTO {table} ({cols}) {source} ON CONFLICT ({keys}) {action}"

    def json_array(self, expression: str, *, distinct: bool = False) -> str:
        """An aggregate: the values of ``expression`` in a group as JSON array text."""
        inner = ("DISTINCT " if distinct else "") + expression
        if self.postgres:
            return f"coalesce(json_agg({inner})::text, '[]')"
        return f"json_group_array({inner})"

    def json_text(self, column: str, key: str) -> str:
        """The text of field ``key`` of the JSON object stored as text in ``column``."""
        if not key.isidentifier():
            raise ValueError(f"not a plain JSON key: {key!r}")
        if self.postgres:
            # PostgreSQL refuses to read a JSON object holding a \\u0000 escape (a NUL in
            # any value): read it as U+FFFD, as the store keeps NUL in plain text.
            return f"(replace({column}, '\\u0000', '\\ufffd')::json ->> '{key}')"
        return f"json_extract({column}, '$.{key}')"

    def equal_nocase(self, left: str, right: str) -> str:
        """``left = right`` ignoring case. SQLite's NOCASE folds ASCII letters only;
        PostgreSQL's ``lower`` folds every letter."""
        if self.postgres:
            return f"lower({left}) = lower({right})"
        return f"{left} = {right} COLLATE NOCASE"

    def fts_source(self) -> tuple[str, str]:
        """``(FROM clause, match condition)`` of a full-text search over documents ``d``;
        the search expression (:meth:`fts_expression`) is the one parameter, in whichever
        of the two holds a ``?``. The FROM clause also names ``f`` (SQLite) or ``q``
        (PostgreSQL), which :meth:`fts_rank` and :meth:`fts_snippet` use."""
        if self.postgres:
            return (
                "documents d CROSS JOIN to_tsquery('threadline_english', ?) AS q",
                "d.search_vector @@ q",
            )
        return ("documents_fts f JOIN documents d ON d.rowid = f.rowid", "documents_fts MATCH ?")

    def fts_filtered(self, where: str) -> tuple[str, str]:
        """``(FROM clause, condition)`` of the matches among documents ``d`` that pass
        ``where`` (``""`` for all), naming the match as :meth:`fts_source` does (``f`` or
        ``q``) but with no documents row on SQLite: the condition there checks each match
        against the set of filtered rowids, read from an index (``+`` keeps FTS5 from
        looking every one of them up). Counting 10,000 matches this way takes 2 ms where
        reading each matched document's row took 20 ms."""
        if self.postgres:
            source, match = self.fts_source()
            return source, f"{match} AND {where}" if where else match
        match = "documents_fts MATCH ?"
        if where:
            match += f" AND +f.rowid IN (SELECT d.rowid FROM documents d WHERE {where})"
        return "documents_fts f", match

    @property
    def fts_add(self) -> str:
        """A statement that adds the document whose id is its one parameter to the text
        index; ``""`` where the index keeps itself up to date (PostgreSQL)."""
        if self.postgres:
            return ""
        return (
            "INSERT INTO documents_fts (rowid, title, text)"
            " SELECT rowid, coalesce(title, ''), text FROM documents WHERE id = ?"
        )

    @property
    def fts_rebuild(self) -> str:
        """A statement that rebuilds the whole text index from the documents, or ``""``."""
        if self.postgres:
            return ""
        return "INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"

    @property
    def fts_key(self) -> str:
        """An increasing key of the matched document that the text index walks fastest."""
        return "d.seq" if self.postgres else "f.rowid"

    @property
    def fts_words(self) -> str:
        """A query for the indexed words (``term``) from its first parameter up to (not
        including) its second, at most its third many; ``""`` where prefixes need no
        rewriting (PostgreSQL's GIN index reads a prefix as one range)."""
        if self.postgres:
            return ""
        return "SELECT term FROM documents_fts_vocab WHERE term >= ? AND term < ? LIMIT ?"

    @property
    def fts_rank(self) -> str:
        """Relevance of the match, higher is better: BM25 (SQLite) or cover density
        (PostgreSQL); the two scales differ."""
        return "ts_rank_cd(d.search_vector, q)" if self.postgres else "-bm25(documents_fts)"

    @property
    def fts_snippet(self) -> str:
        """About 16 words of the text around the matches, each match between
        :data:`MARK_OPEN` and :data:`MARK_CLOSE`."""
        if self.postgres:
            options = (
                f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, MaxWords=16, MinWords=6,"
                " MaxFragments=1, ShortWord=0, FragmentDelimiter=…"
            )
            return f"ts_headline('threadline_english', d.text, q, '{options}')"
        return "snippet(documents_fts, 1, char(57344), char(57345), '…', 16)"

    def fts_expression(self, terms: Sequence[str]) -> str:
        """The search expression for parsed ``terms``: quoted words or phrases, a
        trailing ``*`` for a prefix, and the operators ``AND``/``OR``/``NOT``.

        On PostgreSQL it is ``to_tsquery`` text: each word single-quoted (``fts_terms``
        keeps letters, digits and ``_`` only), a phrase's words joined by ``<->``, a
        prefix written ``'word':*``, ``AND`` and adjacent terms joined by ``&``, ``OR`` by
        ``|`` and ``NOT`` as ``& !``, which bind as FTS5's do (NOT, then AND, then OR).
        Words are stemmed before matching, so ``laund*`` finds "laundered" and
        "laundering", and ``launderings*`` (stem "launder") finds "laundered" too."""
        if not self.postgres:
            return " ".join(terms)
        out: list[str] = []
        for term in terms:
            if term in ("AND", "OR", "NOT"):
                out.append({"AND": "&", "OR": "|", "NOT": "& !"}[term])
                continue
            if out and out[-1] not in ("&", "|", "& !"):
                out.append("&")
            words = term.rstrip("*").strip('"').split()
            star = ":*" if term.endswith("*") else ""
            out.append("(" + " <-> ".join(f"'{w}'{star}" for w in words) + ")")
        return " ".join(out).replace("& ! ", "& !")

    @property
    def columns_of(self) -> str:
        """A query for the column names (``name``) of the table given as its one parameter."""
        if self.postgres:
            return (
                "SELECT column_name AS name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = ?"
                " ORDER BY ordinal_position"
            )
        return "SELECT name FROM pragma_table_info(?)"

    def move_counter(self, table: str, column: str) -> str:
        """A statement (returning one row) that makes the next generated value of
        ``table.column`` follow the largest one stored; SQLite needs none (it uses rowid)."""
        if self.postgres:
            return (
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                f" coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)"
            )
        return "SELECT 1"

    @property
    def like_nocase(self) -> str:
        """The LIKE operator that ignores case (SQLite's LIKE already does, for ASCII)."""
        return "ILIKE" if self.postgres else "LIKE"


def _q(column: str) -> str:
    """A column name quoted when it is an SQL keyword both databases reserve."""
    return f'"{column}"' if column in {"end", "order", "default"} else column


def _values(columns: Sequence[str]) -> str:
    return "VALUES (" + ", ".join("?" for _ in columns) + ")"


def to_format_placeholders(sql: str) -> str:
    """``sql`` with each ``?`` placeholder written ``%s`` and each literal ``%`` doubled,
    as psycopg expects; question marks and percent signs inside quoted strings and
    identifiers stay as they are written."""
    out: list[str] = []
    quote = ""
    for char in sql:
        if quote:
            out.append("%%" if char == "%" else char)
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
            out.append(char)
        elif char == "?":
            out.append("%s")
        elif char == "%":
            out.append("%%")
        else:
            out.append(char)
    return "".join(out)


SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgresql")
