"""``/api/mentions`` and ``/api/quotes``: extraction results, each with document and span."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Response

from threadline.access import current_account, get_store, readable
from threadline.api.routes.params import Page, page, send_total
from threadline.store import evidence as evidence_store
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.totals import count_mentions, count_quotes

router = APIRouter(tags=["extraction"])


@router.get("/mentions")
def list_mentions(
    response: Response,
    document: str | None = Query(None, description="Only this document."),
    type: str | None = Query(None, description="Only this type (Organization includes kinds)."),
    entity: str | None = Query(None, description="Only mentions of this entity id."),
    collection: list[str] | None = Query(None, description="Only these collections."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """``[{document, start, end, text, type, entity}]``; ``text == document_text[start:end]``;
    ``X-Total-Count`` says how many match in all."""
    scope = readable(account, collection)
    total = count_mentions(store, document=document, type=type, entity=entity, collections=scope)
    send_total(response, total)
    return evidence_store.list_mentions(
        store,
        document=document,
        type=type,
        entity=entity,
        collections=scope,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.get("/quotes")
def list_quotes(
    response: Response,
    speaker: str | None = Query(None, description="Only quotes by this entity id."),
    document: str | None = Query(None, description="Only this document."),
    collection: list[str] | None = Query(None, description="Only these collections."),
    paging: Page = Depends(page),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """``[{speaker, speaker_id, text, document, start, end}]``; offsets span the quoted words;
    ``X-Total-Count`` says how many match in all."""
    scope = readable(account, collection)
    send_total(response, count_quotes(store, speaker=speaker, document=document, collections=scope))
    return evidence_store.list_quotes(
        store,
        speaker=speaker,
        document=document,
        collections=scope,
        limit=paging.limit,
        offset=paging.offset,
    )
