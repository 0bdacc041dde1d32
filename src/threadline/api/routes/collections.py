"""``/api/collections``: the collections a user may read, with counts and access."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from threadline.access import current_account, get_store
from threadline.services.collections import readable_collections
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["collections"])


@router.get("/collections")
def list_collections(
    account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> list[dict[str, Any]]:
    """Collections you may read: ``[{name, documents, access}]``."""
    return readable_collections(store, account)
