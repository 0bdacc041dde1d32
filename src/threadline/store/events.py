"""Events: the SQL that saves them with their arguments and reads them back with evidence.

Arguments keep mention ids (names, pronouns or nominals); the entity of each is
``mentions.entity`` at read time, so merging or splitting entities changes what events
show without rewriting them. A restricted reader sees only events of documents in
collections they may read, and argument names drawn only from mentions they may read.
The operation an event belongs to (its ``operation`` attribute, a mention of an
``Operation`` entity) is kept in ``event_operations`` and read back as ``operations``,
so an operation's page lists its events.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from functools import reduce
from typing import Any

# typing_extensions' TypedDict: FastAPI (pydantic) needs it for response models on 3.11.
from typing_extensions import TypedDict

from threadline.model import Event
from threadline.resolve import better_name
from threadline.store._filters import collection_filter, in_clause, paginate
from threadline.store.base import Store
from threadline.store.event_operations import operation_clause, operation_rows, save_operations

#: Argument roles, in the order an event lists them.
ROLES = ("agent", "target", "place")
#: Date order, undated last; then text order.
_ORDER = "ev.date IS NULL, ev.date, ev.document, ev.trigger_start, ev.id"


class EventArgument(TypedDict):
    """One argument: the mention as written and the entity it resolves to."""

    mention: str
    text: str
    kind: str  # name, pronoun or nominal
    start: int
    end: int
    entity: str | None
    type: str | None  # the entity's type (Person, Location, Law…)
    name: str | None  # the entity's name as this reader may see it


class EventRecord(TypedDict):
    """An event with its arguments and evidence (``sentence`` is the evidence text)."""

    id: str
    type: str
    status: str
    document: str
    title: str | None
    trigger: str
    trigger_start: int
    trigger_end: int
    start: int
    end: int
    sentence: str
    date: str | None
    date_text: str | None
    date_source: str | None
    method: str
    attributes: dict[str, Any]
    agents: list[EventArgument]
    targets: list[EventArgument]
    places: list[EventArgument]
    operations: list[EventArgument]  # the named operation it is part of, if any


def save_events(store: Store, events: Sequence[Event]) -> None:
    """Insert a new document's events and their arguments; call inside its transaction.

    The caller stores each document once (by content hash), so plain INSERTs never meet
    an existing row; an event repeated within one extraction is stored once.
    """
    unique = list({event.id: event for event in events}.values())
    store.executemany(
        "INSERT INTO events (id, document, type, status, trigger_start, trigger_end, trigger,"
        ' start, "end", date, date_text, date_source, method, attributes)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.id,
                e.document,
                e.type,
                e.status,
                e.trigger_start,
                e.trigger_end,
                e.trigger,
                e.start,
                e.end,
                e.date,
                e.date_text,
                e.date_source,
                e.method,
                json.dumps(e.attributes, ensure_ascii=False, default=str),
            )
            for e in unique
        ],
    )
    store.executemany(
        "INSERT INTO event_arguments (event, role, mention, position) VALUES (?, ?, ?, ?)",
        [
            (e.id, role, mention, position)
            for e in unique
            for role, mentions in zip(ROLES, (e.agents, e.targets, e.places), strict=True)
            for position, mention in enumerate(mentions)
        ],
    )
    save_operations(store, unique)


def _where(
    *,
    type: str | Sequence[str] | None,
    entity: str | Sequence[str] | None,
    collections: Sequence[str] | None,
    date_from: str | None,
    date_to: str | None,
) -> tuple[str, list[Any]]:
    where, params = collection_filter(collections)
    if type:
        clause, values = in_clause("ev.type", [type] if isinstance(type, str) else list(type))
        where, params = f"{where} AND {clause}", params + values
    if entity:
        clause, values = in_clause("a.entity", [entity] if isinstance(entity, str) else entity)
        part_of, more = operation_clause([entity] if isinstance(entity, str) else entity)
        where += (
            f" AND (ev.id IN (SELECT a.event FROM event_arguments a WHERE {clause})"
            f" OR ev.id IN ({part_of}))"
        )
        params += values + more
    if date_from:
        where += " AND ev.date IS NOT NULL AND substr(ev.date, 1, ?) >= ?"
        params += [len(date_from), date_from]
    if date_to:
        where += " AND ev.date IS NOT NULL AND substr(ev.date, 1, ?) <= ?"
        params += [len(date_to), date_to]
    return where, params


def list_events(
    store: Store,
    *,
    type: str | Sequence[str] | None = None,
    entity: str | Sequence[str] | None = None,
    collections: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[EventRecord]:
    """Events in date order (undated last, then by document and trigger), with arguments.

    ``entity`` keeps events where any argument mention (name, pronoun or nominal)
    resolves to one of the entities. ``date_from``/``date_to`` are ISO prefixes,
    inclusive at the precision given (``2023`` keeps all of 2023); they drop undated events.
    """
    where, params = _where(
        type=type, entity=entity, collections=collections, date_from=date_from, date_to=date_to
    )
    # Page the ids first, then read the columns (and cut the sentences) of that page only.
    page = f"SELECT ev.id{_from(entity)} {where} ORDER BY {_ORDER}" + paginate(limit, offset)
    rows = store.query(
        "SELECT ev.id, ev.type, ev.status, ev.document, d.title, ev.trigger, ev.trigger_start,"
        ' ev.trigger_end, ev.start, ev."end", substr(d.text, ev.start + 1, ev."end" - ev.start)'
        " AS sentence, ev.date, ev.date_text, ev.date_source, ev.method, ev.attributes"
        f" FROM ({page}) page JOIN events ev ON ev.id = page.id"
        f" JOIN documents d ON d.id = ev.document ORDER BY {_ORDER}",
        params,
    )
    arguments = _arguments(store, [row["id"] for row in rows], collections)
    return [_record(row, arguments.get(row["id"], {})) for row in rows]


def _from(entity: object) -> str:
    """FROM events and documents; for an entity, CROSS JOIN makes SQLite read its few events
    first, not every readable document (63 ms at 100k); PostgreSQL refuses ON there."""
    join = "CROSS JOIN documents d WHERE" if entity else "JOIN documents d ON"
    return f" FROM events ev {join} d.id = ev.document" + (" AND" if entity else " WHERE")


def count_events(
    store: Store,
    *,
    type: str | Sequence[str] | None = None,
    entity: str | Sequence[str] | None = None,
    collections: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> int:
    """How many events :func:`list_events` would give without paging."""
    where, params = _where(
        type=type, entity=entity, collections=collections, date_from=date_from, date_to=date_to
    )
    row = store.query_one(f"SELECT count(*) AS n{_from(entity)} {where}", params)
    return int(row["n"]) if row else 0


def events_for_entity(
    store: Store,
    entity_id: str,
    *,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
) -> list[EventRecord]:
    """Events with the entity among their arguments (any of its mentions), or in the
    operation it is, by date."""
    return list_events(store, entity=entity_id, collections=collections, limit=limit)


def _arguments(
    store: Store, event_ids: Sequence[str], collections: Sequence[str] | None
) -> dict[str, dict[str, list[EventArgument]]]:
    result: dict[str, dict[str, list[EventArgument]]] = defaultdict(lambda: defaultdict(list))
    rows: list[Any] = []
    for chunk_start in range(0, len(event_ids), 500):
        clause, values = in_clause("a.event", list(event_ids[chunk_start : chunk_start + 500]))
        rows += store.query(
            'SELECT a.event, a.role, a.mention, m.text, m.kind, m.start, m."end", m.entity,'
            " coalesce(e.type, m.type) AS type FROM event_arguments a"
            " JOIN mentions m ON m.id = a.mention LEFT JOIN entities e ON e.id = m.entity"
            f" WHERE {clause} ORDER BY a.event, a.role, a.position",
            values,
        )
        rows += operation_rows(store, event_ids[chunk_start : chunk_start + 500])
    names = entity_names(store, sorted({r["entity"] for r in rows if r["entity"]}), collections)
    for r in rows:
        argument: EventArgument = {
            "mention": r["mention"],
            "text": r["text"],
            "kind": r["kind"],
            "start": r["start"],
            "end": r["end"],
            "entity": r["entity"],
            "type": r["type"],
            "name": names.get(r["entity"]),
        }
        result[r["event"]][r["role"]].append(argument)
    return result


def entity_names(
    store: Store, entity_ids: Sequence[str], collections: Sequence[str] | None
) -> dict[str, str]:
    """The name of each entity as a reader of ``collections`` may see it.

    Everyone-readers get the stored name; a restricted reader gets the best of the proper
    names (never pronouns or nominals) in mentions they may read, so no name leaks from
    another collection. An entity with no such mention gets no name.
    """
    names: dict[str, str] = {}
    for chunk_start in range(0, len(entity_ids), 500):
        chunk = list(entity_ids[chunk_start : chunk_start + 500])
        if collections is None:
            clause, values = in_clause("id", chunk)
            for row in store.query(f"SELECT id, name FROM entities WHERE {clause}", values):
                names[row["id"]] = row["name"]
            continue
        forms: dict[str, list[str]] = defaultdict(list)
        clause, values = in_clause("entity", chunk)
        where, params = collection_filter(collections, "collection")
        rows = store.query(
            # entity_names holds the proper-name forms only, per collection.
            f"SELECT DISTINCT entity, name FROM entity_names WHERE {clause}"
            f" AND {where} ORDER BY entity, name",
            values + params,
        )
        for row in rows:
            forms[row["entity"]].append(row["name"])
        names.update({entity: reduce(better_name, found) for entity, found in forms.items()})
    return names


def _record(row: Any, arguments: dict[str, list[EventArgument]]) -> EventRecord:
    return {
        "id": row["id"],
        "type": row["type"],
        "status": row["status"],
        "document": row["document"],
        "title": row["title"],
        "trigger": row["trigger"],
        "trigger_start": row["trigger_start"],
        "trigger_end": row["trigger_end"],
        "start": row["start"],
        "end": row["end"],
        "sentence": row["sentence"],
        "date": row["date"],
        "date_text": row["date_text"],
        "date_source": row["date_source"],
        "method": row["method"],
        "attributes": json.loads(row["attributes"] or "{}"),
        "agents": arguments.get("agent", []),
        "targets": arguments.get("target", []),
        "places": arguments.get("place", []),
        "operations": arguments.get("operation", []),
    }
