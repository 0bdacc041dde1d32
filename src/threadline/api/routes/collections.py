"""``/api/collections``: the collections a user may read, with counts and access."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from threadline.api.auth import current_account, get_store
from threadline.store import documents as docs_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["collections"])


def readable_collections(store: Store, account: Account) -> list[dict[str, Any]]:
    """``[{name, documents, access}]`` for every collection the user may read."""
    counts = {c["name"]: c["documents"] for c in docs_store.list_collections(store)}
    names = set(counts) if account.is_admin else set(account.grants)
    return [
        {
            "name": name,
            "documents": counts.get(name, 0),
            "access": "write" if account.can_write(name) else "read",
        }
        for name in sorted(names)
    ]


@router.get("/collections")
def list_collections(
    account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> list[dict[str, Any]]:
    """Collections you may read: ``[{name, documents, access}]``."""
    return readable_collections(store, account)
