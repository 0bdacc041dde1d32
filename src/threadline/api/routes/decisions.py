"""``/api/entities/{entity}/merge``, ``/split`` and ``/decisions``: people's resolution
decisions, with the entity page's rules (:mod:`threadline.services.decisions`).

An admin, or an analyst who may write to every collection the edit touches, may merge
and split; each decision needs a reason and records who and when.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from threadline.access import current_account, get_store
from threadline.services import decisions as edits
from threadline.services.profiles import readable_profile
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(prefix="/entities", tags=["decisions"])

Reason = Field(..., min_length=1, max_length=edits.MAX_REASON, description="Why (kept).")


class Merge(BaseModel):
    into: str = Field(..., min_length=1, max_length=500, description="Entity id or name.")
    reason: str = Reason


class Split(BaseModel):
    mention: str = Field(..., min_length=1, max_length=200, description="Mention id (men-…).")
    reason: str = Reason


def _outcome(store: Store, entity_id: str) -> dict[str, Any]:
    decisions = edits.history(store, entity_id)
    return {"entity": entity_id, "decision": decisions[0] if decisions else None}


@router.post("/{entity}/merge")
def merge(
    entity: str,
    body: Merge,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Merge ``entity`` into ``into``: ``{entity, decision}``, ``entity`` being the one that
    remains and ``decision`` the recorded ``{kind, subject, target, label, author, reason,
    created_at, …}``. Automatic links never undo it."""
    target = edits.merge(store, account, entity, body.into, body.reason)
    return _outcome(store, target)


@router.post("/{entity}/split")
def split(
    entity: str,
    body: Split,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Move one mention of ``entity`` into an entity of its own: ``{entity, decision}``,
    ``entity`` being the new one."""
    new_id = edits.split(store, account, entity, body.mention, body.reason)
    return _outcome(store, new_id)


@router.get("/{entity}/decisions")
def decisions(
    entity: str,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> list[dict[str, Any]]:
    """The merge/split decisions that changed the entity, newest first, with who, when
    and why (the entity page's history)."""
    profile = readable_profile(store, account, entity, evidence_limit=0)
    return edits.history(store, profile["id"])
