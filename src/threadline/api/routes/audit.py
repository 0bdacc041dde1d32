"""``/api/audit``: the audit trail of administration (admins only)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response

from threadline.access import get_store, require_admin
from threadline.api.routes.params import Page, page, send_total
from threadline.store.audit import AdminAction, count_actions, list_actions
from threadline.store.base import Store

router = APIRouter(tags=["users"], dependencies=[Depends(require_admin)])


@router.get("/audit")
def audit(
    response: Response, paging: Page = Depends(page), store: Store = Depends(get_store)
) -> list[AdminAction]:
    """Changes admins made (users, roles, grants, collections, sanctions lists), newest
    first: ``[{id, action, subject, detail, actor, reason, created_at}]``;
    ``X-Total-Count`` says how many in all."""
    send_total(response, count_actions(store))
    return list_actions(store, limit=paging.limit, offset=paging.offset)
