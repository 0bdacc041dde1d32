"""The collections a user may see, with their document counts and access level."""

from __future__ import annotations

from typing import Any

from threadline.store import documents as docs_store
from threadline.store.auth import Account
from threadline.store.base import Store


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


def writable_collections(store: Store, account: Account) -> list[str]:
    """Names of the collections the user may add documents to (admins: at least ``default``)."""
    names = [c["name"] for c in readable_collections(store, account) if c["access"] == "write"]
    return names or (["default"] if account.is_admin else [])
