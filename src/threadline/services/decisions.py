"""Merge and split, each with its reason, kept as an audit trail: written once for the entity
page and the API.

Who may edit an entity: an admin, or an analyst who may write to every collection whose
documents mention it (a merge touches both entities' collections; a split, the collection
of the one mention). Viewers never edit. Every decision records who, when and why
(``entity_decisions``); the entity's history lists them, and a merged-away entity's
address leads to the one that remains.
"""

from __future__ import annotations

from typing import Any

from threadline.access import check_write, require_writer
from threadline.errors import NotFoundError, UsageError
from threadline.services.profiles import readable_profile
from threadline.store import decisions as decisions_store
from threadline.store import entities as entities_store
from threadline.store.auth import Account
from threadline.store.base import Store

#: A reason longer than this is refused (it is shown on the entity page).
MAX_REASON = 1000


def clean_reason(value: str | None, *, required: bool = True) -> str | None:
    """The reason with its white space tidied; a clear error when a required reason is
    missing or any reason is longer than :data:`MAX_REASON` characters."""
    reason = " ".join((value or "").split())
    if not reason and required:
        raise UsageError("say why: a merge or split needs a reason, shown in the entity's history")
    if len(reason) > MAX_REASON:
        raise UsageError(f"the reason is too long; keep it under {MAX_REASON} characters")
    return reason or None


def may_edit(store: Store, account: Account, entity_ids: list[str]) -> bool:
    """Whether ``account`` may merge or split these entities (see the module docstring)."""
    if account.role == "viewer":
        return False
    collections = decisions_store.entity_collections(store, entity_ids)
    return all(account.can_write(c) for c in collections)


def history(store: Store, entity_id: str) -> list[dict[str, Any]]:
    """The decisions that changed ``entity_id``, newest first: ``{id, kind, subject,
    target, origin, label, author, reason, created_at}``."""
    return decisions_store.decisions_for(store, entity_id)


def merge(store: Store, account: Account, entity: str, into: str, reason: str | None) -> str:
    """Merge ``entity`` into ``into`` (ids or names the user may read); the id that remains."""
    why = clean_reason(reason)
    require_writer(account)
    source = readable_profile(store, account, entity, evidence_limit=0)
    target = readable_profile(store, account, into.strip(), evidence_limit=0)
    if source["id"] == target["id"]:
        raise UsageError(f"{source['name']!r} and {into!r} are already one entity")
    for collection in decisions_store.entity_collections(store, [source["id"], target["id"]]):
        check_write(account, collection)
    entities_store.merge_entities(
        store, source["id"], target["id"], author=account.name, reason=why
    )
    return str(target["id"])


def split(store: Store, account: Account, entity: str, mention: str, reason: str | None) -> str:
    """Move ``mention`` of ``entity`` into an entity of its own; the new entity's id."""
    why = clean_reason(reason)
    require_writer(account)
    profile = readable_profile(store, account, entity, evidence_limit=0)
    owner = decisions_store.mention_owner(store, mention)
    if owner is None or owner["entity"] != profile["id"]:
        raise NotFoundError(f"no mention {mention!r} of {profile['name']!r}")
    check_write(account, owner["collection"])
    return entities_store.split_mention(store, mention, author=account.name, reason=why)
