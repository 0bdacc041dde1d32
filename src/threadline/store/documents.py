"""Documents and everything extracted from them: the write path of the pipeline."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from threadline.model import NAME_MENTION, Extraction, Mention
from threadline.store._filters import collection_filter, paginate
from threadline.store.base import Store
from threadline.store.entities import entity_redirects, upsert_entities
from threadline.store.events import save_events
from threadline.store.links import save_aliases
from threadline.store.relations import save_relations

_DOC_INSERT = [
    "id",
    "content_hash",
    "title",
    "source",
    "author",
    "url",
    "date",
    "format",
    "collection",
    "chars",
    "text",
    "metadata",
    "ingested_at",
]
_MENTION_COLUMNS = [
    "id",
    "document",
    "start",
    "end",
    "text",
    "type",
    "entity",
    "canonical",
    "sentence_start",
    "sentence_end",
    "method",
    "kind",
    "antecedent",
    "rule",
]


def has_content(store: Store, content_hash: str) -> bool:
    """Whether a document with exactly this text is already stored."""
    row = store.query_one("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,))
    return row is not None


def document_addresses(store: Store) -> dict[str, str]:
    """``{id: url, else source}`` of every document (where a reader can find it)."""
    return {
        row["id"]: row["url"] or row["source"]
        for row in store.iterate("SELECT id, url, source FROM documents")
    }


def content_hashes(store: Store) -> set[str]:
    """The content hash of every stored document (sent to Dask workers to skip them)."""
    return {row["content_hash"] for row in store.iterate("SELECT content_hash FROM documents")}


def save_extraction(store: Store, extraction: Extraction) -> bool:
    """Store one document and its extraction in one transaction.

    Returns False (and writes nothing) when the same text is already stored, so an
    interrupted or repeated ingest never duplicates anything.
    """
    doc = extraction.document
    with store.transaction():
        changed = store.execute(
            store.dialect.insert_ignore("documents", _DOC_INSERT),
            (
                doc.id,
                doc.hash,
                doc.title,
                doc.source,
                doc.author,
                doc.url,
                doc.date,
                doc.format,
                doc.collection,
                len(doc.text),
                doc.text,
                json.dumps(doc.metadata, ensure_ascii=False, default=str),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        if not changed:
            return False
        if store.dialect.fts_add:
            store.execute(store.dialect.fts_add, (doc.id,))
        redirects = entity_redirects(store)
        for mention in extraction.mentions:
            if mention.entity in redirects:
                mention.entity = redirects[mention.entity]
        # Entities are named from proper names only: "he" or "the ministry" never names one.
        upsert_entities(store, [m for m in extraction.mentions if m.kind == NAME_MENTION])
        store.executemany(
            store.dialect.upsert("mentions", _MENTION_COLUMNS, ["id"]),
            [
                (
                    m.id,
                    m.document,
                    m.start,
                    m.end,
                    m.text,
                    m.type,
                    m.entity,
                    m.canonical,
                    m.sentence_start,
                    m.sentence_end,
                    m.method,
                    m.kind,
                    m.antecedent,
                    m.rule,
                )
                for m in _stored_mentions(store, extraction)
            ],
        )
        store.executemany(
            store.dialect.upsert(
                "roles",
                ["id", "document", "mention", "role", "start", "end", "organization"],
                ["id"],
            ),
            [
                (r.id, r.document, r.mention, r.role, r.start, r.end, r.organization)
                for r in extraction.roles
            ],
        )
        store.executemany(
            store.dialect.upsert(
                "quotes",
                ["id", "document", "start", "end", "text", "speaker", "speaker_mention"],
                ["id"],
            ),
            [
                (q.id, q.document, q.start, q.end, q.text, q.speaker, q.speaker_mention)
                for q in extraction.quotes
            ],
        )
        _save_relations(store, extraction)
        if extraction.events:
            save_events(store, extraction.events)
        save_aliases(store, extraction)  # after the mentions: uses their (merged) entity ids
    return True


def _stored_mentions(store: Store, extraction: Extraction) -> list[Mention]:
    """Resolved mentions; a pronoun or nominal only when its entity has a stored record
    (coreference may point at an antecedent that resolution left without an entity)."""
    named = {m.entity for m in extraction.mentions if m.kind == NAME_MENTION and m.entity}
    kept = []
    for m in extraction.mentions:
        if not m.entity:
            continue
        known = m.kind == NAME_MENTION or m.entity in named
        if known or store.query_one("SELECT 1 FROM entities WHERE id = ?", (m.entity,)):
            kept.append(m)
    return kept


def _save_relations(store: Store, extraction: Extraction) -> None:
    if extraction.relations:
        save_relations(store, extraction.relations)


_DOC_COLUMNS = "d.id, d.title, d.source, d.date, d.chars, d.collection"


def list_documents(
    store: Store,
    *,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Documents in ingest order: ``{id, title, source, date, chars, collection}``."""
    where, params = collection_filter(collections)
    rows = store.query(
        f"SELECT {_DOC_COLUMNS} FROM documents d WHERE {where} ORDER BY d.seq"
        + paginate(limit, offset),
        params,
    )
    return [dict(row) for row in rows]


def get_document(
    store: Store, doc_id: str, *, collections: Sequence[str] | None = None
) -> dict[str, Any] | None:
    """One document with its text and metadata, or None if absent or not readable."""
    where, params = collection_filter(collections)
    row = store.query_one(
        f"SELECT {_DOC_COLUMNS}, d.author, d.url, d.format, d.text, d.metadata, d.ingested_at"
        f" FROM documents d WHERE d.id = ? AND {where}",
        [doc_id, *params],
    )
    if row is None:
        return None
    result = dict(row)
    result["metadata"] = json.loads(result["metadata"] or "{}")
    return result


def count_documents(store: Store, collections: Sequence[str] | None = None) -> int:
    where, params = collection_filter(collections)
    row = store.query_one(f"SELECT count(*) AS n FROM documents d WHERE {where}", params)
    return int(row["n"]) if row else 0


def list_collections(store: Store) -> list[dict[str, Any]]:
    """Collections with their document counts (created empty ones count 0)."""
    rows = store.query(
        "SELECT name, SUM(n) AS documents FROM ("
        "SELECT collection AS name, count(*) AS n FROM documents GROUP BY collection"
        " UNION ALL SELECT name, 0 AS n FROM collections) AS c GROUP BY name ORDER BY name"
    )
    return [dict(r) for r in rows]
