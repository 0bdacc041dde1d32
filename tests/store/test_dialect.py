"""The dialect layer writes each database's own SQL, and no store module writes SQL only
SQLite understands (issue 12's store seam)."""

from __future__ import annotations

import re
from pathlib import Path

from threadline.store.dialect import POSTGRES, SQLITE, to_format_placeholders

STORE = Path(__file__).resolve().parents[2] / "src" / "threadline" / "store"


def test_placeholders_become_format_marks_outside_quotes_only() -> None:
    sql = "SELECT '?', \"a?b\", x LIKE '%' || ? FROM t WHERE y = ? AND z LIKE '50%'"
    assert to_format_placeholders(sql) == (
        "SELECT '?', \"a?b\", x LIKE '%%' || %s FROM t WHERE y = %s AND z LIKE '50%%'"
    )


def test_upsert_replaces_on_sqlite_and_updates_on_postgresql() -> None:
    columns = ["id", "start", "end"]
    assert SQLITE.upsert("t", columns, ["id"]) == (
        'INSERT OR REPLACE INTO t (id, start, "end") VALUES (?, ?, ?)'
    )
    assert POSTGRES.upsert("t", columns, ["id"]) == (
        'INSERT INTO t (id, start, "end") VALUES (?, ?, ?) ON CONFLICT (id)'
        ' DO UPDATE SET start = excluded.start, "end" = excluded."end"'
    )


def test_insert_ignore_and_json_and_case() -> None:
    assert SQLITE.insert_ignore("t", ["a"]) == "INSERT OR IGNORE INTO t (a) VALUES (?)"
    assert (
        POSTGRES.insert_ignore("t", ["a"]) == "INSERT INTO t (a) VALUES (?) ON CONFLICT DO NOTHING"
    )
    assert POSTGRES.json_array("m.text", distinct=True) == (
        "coalesce(json_agg(DISTINCT m.text)::text, '[]')"
    )
    assert SQLITE.json_text("d.metadata", "language") == "json_extract(d.metadata, '$.language')"
    assert POSTGRES.equal_nocase("a", "?") == "lower(a) = lower(?)"


def test_search_terms_become_tsquery_syntax_on_postgresql() -> None:
    terms = ['"cartel"', "AND", '"money laundering"', "OR", '"drugs"', "NOT", '"extradit"*']
    assert SQLITE.fts_expression(terms) == " ".join(terms)
    assert POSTGRES.fts_expression(terms) == (
        "('cartel') & ('money' <-> 'laundering') | ('drugs') & !('extradit':*)"
    )
    assert POSTGRES.fts_expression(['"a"', '"b"*']) == "('a') & ('b':*)"


def test_no_store_module_writes_sqlite_only_sql() -> None:
    sqlite_only = re.compile(
        r"INSERT OR |json_group_array|json_extract|COLLATE NOCASE|\browid\b|bm25\(|snippet\("
    )
    offenders = [
        path.name
        for path in STORE.glob("*.py")
        if path.name not in {"dialect.py", "sqlite.py"} and sqlite_only.search(path.read_text())
    ]
    assert offenders == []
