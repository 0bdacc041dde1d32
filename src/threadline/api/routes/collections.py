"""``/api/collections``: the collections a user may read, with counts and access; admins
create empty ones."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from threadline.access import current_account, get_store
from threadline.services import admin
from threadline.services.collections import readable_collections
from threadline.services.decisions import MAX_REASON
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["collections"])


@router.get("/collections")
def list_collections(
    account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> list[dict[str, Any]]:
    """Collections you may read: ``[{name, documents, access}]``."""
    return readable_collections(store, account)


class NewCollection(BaseModel):
    name: str = Field(..., min_length=1, max_length=100)
    reason: str = Field("", max_length=MAX_REASON, description="Why (kept in the audit trail).")


@router.post("/collections", status_code=201)
def create_collection(
    body: NewCollection,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Create an empty collection, to grant before anything is uploaded (admin only):
    ``{name, documents, access}``."""
    name = admin.new_collection(store, account, body.name, body.reason)
    return {"name": name, "documents": 0, "access": "write"}
