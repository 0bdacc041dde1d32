"""``/api/relations``: typed, dated links between entities, each with its evidence."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query

from threadline.access import current_account, get_store, readable
from threadline.api.routes.params import Page, page
from threadline.api.routes.search import DATE
from threadline.store import relations as relations_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["relations"])


@router.get("/relations")
def list_relations(
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
    """``[{type, source, target, date, document, start, end, sentence, …}]`` (ids at ends)."""
    return relations_store.list_relations(
        store,
        type=type,
        entity=entity,
        collections=readable(account, collection),
        date_from=date_from,
        date_to=date_to,
        order=order,
        limit=paging.limit,
        offset=paging.offset,
    )
