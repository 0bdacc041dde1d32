"""``/api/relations``: typed, dated links between entities, each with its evidence."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Response

from threadline.access import current_account, get_store, readable
from threadline.api.routes.params import Page, page, send_total
from threadline.api.routes.search import DATE
from threadline.store import relations as relations_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["relations"])


@router.get("/relations")
def list_relations(
    response: Response,
    type: list[str] | None = Query(None, description="Only these relation types."),
    entity: list[str] | None = Query(None, description="Only relations touching these ids."),
    collection: list[str] | None = Query(None, description="Only these collections."),
    date_from: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    date_to: str | None = Query(None, pattern=DATE, description="YYYY[-MM[-DD]], inclusive."),
    order: Literal["document", "date"] = Query("document", description="Text or date order."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """``[{type, source, target, date, document, start, end, sentence, …}]`` (ids at ends);
    ``X-Total-Count`` says how many match in all."""
    filters: dict[str, Any] = {"type": type, "entity": entity, "date_from": date_from}
    filters |= {"date_to": date_to, "collections": readable(account, collection)}
    send_total(response, relations_store.count_relations(store, **filters))
    return relations_store.list_relations(
        store,
        **filters,
        order=order,
        limit=paging.limit,
        offset=paging.offset,
    )
