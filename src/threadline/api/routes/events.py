"""``/api/events``: arrests, extraditions, sanctions, agreements…, each with its arguments,
trigger and evidence, from the collections the user may read."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Response
from typing_extensions import TypedDict

from threadline.access import current_account, get_store, readable
from threadline.api.routes.params import Page, page, send_total
from threadline.api.routes.search import DATE
from threadline.store import events as events_store
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.events import EventRecord

router = APIRouter(tags=["events"])


class EventPage(TypedDict):
    """One page of events and how many match in all (``total``), for paging."""

    total: int
    limit: int
    offset: int
    events: list[EventRecord]


@router.get("/events", response_model=EventPage)
def list_events(
    response: Response,
    type: list[str] | None = Query(None, description="Only these event types (arrest, …)."),
    entity: list[str] | None = Query(None, description="Only events with these entity ids."),
    collection: list[str] | None = Query(None, description="Only these collections."),
    date_from: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    date_to: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> EventPage:
    """Events in date order (undated last) with agents, targets and places resolved to
    entities, the trigger span and the evidence sentence; ``total`` counts every match (also
    sent as ``X-Total-Count``)."""
    scope = readable(account, collection)
    total = events_store.count_events(
        store, type=type, entity=entity, collections=scope, date_from=date_from, date_to=date_to
    )
    send_total(response, total)
    events = events_store.list_events(
        store,
        type=type,
        entity=entity,
        collections=scope,
        date_from=date_from,
        date_to=date_to,
        limit=paging.limit,
        offset=paging.offset,
    )
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "events": events}
