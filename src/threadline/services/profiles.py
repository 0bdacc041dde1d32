"""One entity's sourced profile, as the user may see it."""

from __future__ import annotations

from typing import Any

from threadline.access import readable
from threadline.errors import NotFoundError
from threadline.store import entities as entities_store
from threadline.store import evidence as evidence_store
from threadline.store.auth import Account
from threadline.store.base import Store


def readable_profile(
    store: Store,
    account: Account,
    id_or_name: str,
    *,
    evidence_limit: int | None = 200,
    evidence_offset: int = 0,
) -> dict[str, Any]:
    """The profile with evidence from readable collections only; 404 when there is none.

    Evidence comes a page at a time: ``evidence_limit`` rows from ``evidence_offset``
    (``mention_count`` is the total)."""
    found = entities_store.find_entity(store, id_or_name)
    profile = (
        evidence_store.entity_profile(
            store,
            found["id"],
            collections=readable(account),
            evidence_limit=evidence_limit,
            evidence_offset=evidence_offset,
        )
        if found
        else None
    )
    if profile is None or (not account.is_admin and not profile["mention_count"]):
        raise NotFoundError(f"no entity {id_or_name!r} in the collections you may read")
    return profile
