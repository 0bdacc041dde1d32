"""Migration 0700 (the store seam) upgrades a store made before it: the ``user`` columns
become ``user_name`` with their rows, relations get ``seq`` in their old order, and
recorded login failures keep counting (now with ids)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from threadline.store import auth as auth_store
from threadline.store import open_store
from threadline.store.migrations import migration_files
from threadline.store.relations import iter_edges


def _old_store(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, sql in migration_files():
        if name >= "0700":
            break
        conn.executescript(sql)
        conn.execute("INSERT INTO schema_migrations VALUES (?, '2026-01-01')", (name,))
    conn.executescript(
        """
        INSERT INTO users VALUES ('ana', 'analyst', 'x', '2026-01-01', 0);
        INSERT INTO collection_grants (user, collection, access) VALUES ('ana', 'alpha', 'read');
        INSERT INTO api_tokens (id, user, token_hash, created_at)
            VALUES ('tok-1', 'ana', 'hash', '2026-01-01');
        INSERT INTO login_failures (key, at) VALUES ('user:ana', 9e9), ('user:ana', 9e9);
        INSERT INTO documents (id, content_hash, source, chars, text, ingested_at)
            VALUES ('doc-1', 'h', 's', 4, 'A B.', '2026-01-01');
        INSERT INTO mentions (id, document, start, "end", text, type, entity, sentence_start,
            sentence_end, method) VALUES ('m1', 'doc-1', 0, 1, 'A', 'Person', 'ent-a', 0, 4, 't'),
            ('m2', 'doc-1', 2, 3, 'B', 'Person', 'ent-b', 0, 4, 't');
        INSERT INTO relations (id, document, type, source, target, start, "end", method)
            VALUES ('r2', 'doc-1', 'met', 'm1', 'm2', 0, 4, 't'),
                   ('r1', 'doc-1', 'met', 'm2', 'm1', 0, 4, 't');
        """
    )
    conn.commit()
    conn.close()


def test_old_store_upgrades_with_user_names_sequences_and_failures(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_store(path)
    with open_store(str(path)) as store:
        assert auth_store.get_account(store, "ana").grants == {"alpha": "read"}
        assert [t["user"] for t in auth_store.list_tokens(store, "ana")] == ["ana"]
        assert [edge[:2] for edge in iter_edges(store)] == [(1, "r2"), (2, "r1")]
        before = store.query_one("SELECT count(*) FROM login_failures")[0]
        ids = auth_store.claim_login_attempt(store, ["user:ana"])
        assert ids and ids[0] > 2
        auth_store.release_login_attempt(store, ids)
        assert store.query_one("SELECT count(*) FROM login_failures")[0] == before
