"""``/api/me``, ``/api/tokens`` and ``/api/users``: accounts, API tokens and grants."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from threadline.access import current_account, get_store, require_admin
from threadline.services import admin
from threadline.services.decisions import MAX_REASON
from threadline.store import auth as auth_store
from threadline.store.auth import Account
from threadline.store.base import Store

router = APIRouter(tags=["users"])

Role = Literal["admin", "analyst", "viewer"]


class NewToken(BaseModel):
    label: str = Field("", max_length=200, description="What the token is for.")


Reason = Field("", max_length=MAX_REASON, description="Why (kept in the audit trail).")


class NewUser(BaseModel):
    name: str = Field(..., min_length=1, max_length=100)
    password: str = Field(..., min_length=8, max_length=1000)
    role: Role = "analyst"
    reason: str = Reason


class NewRole(BaseModel):
    role: Role
    reason: str = Reason


class Grant(BaseModel):
    access: Literal["read", "write"] = "read"
    reason: str = Reason


@router.get("/me")
def me(account: Account = Depends(current_account)) -> dict[str, Any]:
    """Who you are: ``{name, role, grants}`` (admins read and write every collection)."""
    return {"name": account.name, "role": account.role, "grants": account.grants}


@router.get("/tokens")
def list_tokens(
    account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> list[dict[str, Any]]:
    """Your API tokens (admins: everyone's); never the token itself."""
    return auth_store.list_tokens(store, None if account.is_admin else account.name)


@router.post("/tokens", status_code=201)
def create_token(
    body: NewToken, account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> dict[str, str]:
    """A new API token for yourself: ``{id, token}``. The token is shown only this once."""
    token_id, raw = auth_store.create_token(store, account.name, body.label)
    return {"id": token_id, "token": raw}


@router.delete("/tokens/{token_id}")
def revoke_token(
    token_id: str, account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> dict[str, str]:
    """Revoke a token of yours (admins: anyone's); requests with it fail from now on."""
    auth_store.revoke_token(store, token_id, user=None if account.is_admin else account.name)
    return {"id": token_id, "status": "revoked"}


@router.get("/users", dependencies=[Depends(require_admin)])
def list_users(store: Store = Depends(get_store)) -> list[dict[str, Any]]:
    """Every user with role and grants (admin only)."""
    return auth_store.list_users(store)


@router.post("/users", status_code=201)
def add_user(
    body: NewUser, account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> dict[str, Any]:
    """Create a user (admin only)."""
    created = admin.add_user(store, account, body.name, body.password, body.role, body.reason)
    return {"name": created.name, "role": created.role, "grants": {}}


@router.put("/users/{name}/role")
def set_role(
    name: str,
    body: NewRole,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Change a user's role (admin only; never your own admin role)."""
    admin.set_role(store, account, name, body.role, body.reason)
    return {"name": name, "role": body.role}


@router.put("/users/{name}/grants/{collection}")
def grant(
    name: str,
    collection: str,
    body: Grant,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Let a user read, or read and write, a collection (admin only)."""
    admin.set_access(store, account, name, collection, body.access, body.reason)
    return {"user": name, "collection": collection, "access": body.access}


@router.delete("/users/{name}/grants/{collection}")
def revoke(
    name: str,
    collection: str,
    reason: str = Query("", max_length=MAX_REASON, description="Why (kept in the audit trail)."),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> dict[str, Any]:
    """Take away a user's access to a collection (admin only)."""
    revoked = admin.set_access(store, account, name, collection, "none", reason)
    return {"user": name, "collection": collection, "revoked": revoked}
