"""Timelines: relations and events ordered by date, for one entity, several, or the corpus.

Each item is a relation with its date, where the date came from (``text``, ``relative``
to the document date, or the ``document`` date itself), both entities and the evidence
sentence. ``date_from``/``date_to`` take ISO prefixes (``2019``, ``2019-03``,
``2019-03-12``) and are inclusive at the precision given: ``--to 2019`` keeps all of 2019.
With two or more entities, the timeline holds every relation of any of them, and the
relations between them are flagged ``between: true``. Undated relations are left out.
:func:`event_timeline` gives the dated events of the same entities and period the same
way (see ``threadline events``); the web timeline shows both, interleaved by date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from threadline.store.base import Store
from threadline.store.events import EventRecord, list_events
from threadline.store.relations import list_relations


def timeline(
    store: Store,
    *,
    entities: Sequence[str] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    types: Sequence[str] | None = None,
    collections: Sequence[str] | None = None,
    include_negated: bool = True,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Dated relations in date order (then document order)."""
    rows = list_relations(
        store,
        type=list(types) if types else None,
        entity=list(entities) if entities else None,
        collections=collections,
        date_from=date_from or "0",
        date_to=date_to,
        order="date",
        limit=limit,
    )
    wanted = set(entities)
    items = []
    for row in rows:
        if row["negated"] and not include_negated:
            continue
        if len(wanted) > 1:
            row["between"] = row["source"] in wanted and row["target"] in wanted
        items.append(row)
    return items


def event_timeline(
    store: Store,
    *,
    entities: Sequence[str] = (),
    date_from: str | None = None,
    date_to: str | None = None,
    types: Sequence[str] | None = None,
    collections: Sequence[str] | None = None,
    limit: int | None = None,
) -> list[EventRecord]:
    """Dated events in date order: those with any of ``entities`` among their arguments
    (all events when none is given); undated events are left out."""
    return list_events(
        store,
        type=list(types) if types else None,
        entity=list(entities) if entities else None,
        collections=collections,
        date_from=date_from or "0",
        date_to=date_to,
        limit=limit,
    )
