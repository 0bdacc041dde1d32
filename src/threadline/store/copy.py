"""Copy a whole store into another, empty one (``threadline migrate --from … --to …``).

Every table a person or the pipeline writes is copied row by row, parents first, in one
transaction per table; identity counters are moved past the copied numbers. Tables and
columns the target derives itself are not copied but rebuilt by the target's own
triggers and generated columns as the rows arrive: the per-entity indexes and counts
(``entity_documents``, ``entity_names``, ``entity_counts``, ``relation_counts``,
``quote_counts``), the full-text index and the entity ids copied onto relations, quotes,
roles and event arguments. The copy ends by checking that every copied table holds as
many rows in the target as in the source.
"""

from __future__ import annotations

from collections.abc import Callable

from threadline.errors import UsageError
from threadline.store.base import Store

#: Copied tables, each after the tables it refers to.
TABLES = (
    "documents",
    "entities",
    "mentions",
    "roles",
    "quotes",
    "relations",
    "events",
    "event_arguments",
    "event_operations",
    "entity_decisions",
    "entity_aliases",
    "entity_links",
    "entity_link_mentions",
    "collections",
    "screen_lists",
    "screen_entries",
    "screen_index",
    "screen_keys",
    "screen_hits",
    "users",
    "collection_grants",
    "api_tokens",
    "sessions",
    "login_failures",
    "auth_secrets",
    "admin_actions",
)
#: Columns the target computes itself (triggers), never copied.
DERIVED = {
    "relations": {"source_entity", "target_entity", "doc_seq"},
    "quotes": {"speaker_entity", "doc_seq"},
    "roles": {"entity", "doc_seq"},
    "event_arguments": {"entity"},
}
#: Sequence columns whose counters must move past the copied values.
COUNTERS = (
    ("documents", "seq"),
    ("relations", "seq"),
    ("entity_decisions", "id"),
    ("login_failures", "id"),
    ("admin_actions", "id"),
)
BATCH = 1000


def copy_store(
    source: Store, target: Store, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Copy every table of ``source`` into ``target`` (which must hold no documents, users
    or lists); returns ``{table: rows copied}``."""
    if any(_count(target, table) for table in ("documents", "users", "screen_lists")):
        raise UsageError("the target store is not empty; migrate into a new database (or schema)")
    copied = {}
    for table in TABLES:
        columns = [
            c
            for c in _columns(source, table)
            if c in set(_columns(target, table)) and c not in DERIVED.get(table, set())
        ]
        copied[table] = _copy_table(source, target, table, columns)
        if progress:
            progress(table, copied[table])
    for table, column in COUNTERS:
        target.query(target.dialect.move_counter(table, column))
    if target.dialect.fts_rebuild:
        target.execute(target.dialect.fts_rebuild)
    _copy_link_state(source, target)
    for table, rows in copied.items():
        if _count(target, table) != rows:
            raise UsageError(f"the copy of {table} is incomplete; drop the target and try again")
    return copied


def _copy_table(source: Store, target: Store, table: str, columns: list[str]) -> int:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({marks})"
    order = " ORDER BY seq" if "seq" in columns else ""
    total = 0
    batch: list[tuple[object, ...]] = []
    with target.transaction():
        for row in source.iterate(f"SELECT {names} FROM {table}{order}"):
            batch.append(tuple(row))
            if len(batch) >= BATCH:
                target.executemany(insert, batch)
                total, batch = total + len(batch), []
        target.executemany(insert, batch)
    return total + len(batch)


def _copy_link_state(source: Store, target: Store) -> None:
    """The copy's corpus links are as far along as the source's: the target's migration
    made its one row (seq 0, no documents yet), so it is updated, not inserted."""
    row = source.query_one("SELECT seq FROM link_state")
    if row is not None:
        target.execute("UPDATE link_state SET seq = ?", (row[0],))


def _columns(store: Store, table: str) -> list[str]:
    return [row[0] for row in store.query(store.dialect.columns_of, (table,))]


def _count(store: Store, table: str) -> int:
    row = store.query_one(f"SELECT count(*) FROM {table}")
    return int(row[0]) if row else 0
