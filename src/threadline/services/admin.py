"""Administration, written once for the admin pages and the API: users and roles, grants,
collections, sanctions lists.

Each function checks that the account is an admin (else 403), makes the change and
records it in the audit trail (:mod:`threadline.store.audit`: who, when, what, and why
when a reason is given).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from threadline.access import Forbidden
from threadline.errors import UsageError
from threadline.screen import listadmin
from threadline.services.decisions import clean_reason
from threadline.services.lists import check_format, load_uploaded_list
from threadline.services.uploads import Upload
from threadline.settings import Settings
from threadline.store import auth as auth_store
from threadline.store.audit import record_action
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.store.collections import create_collection

#: What a grant may give; ``none`` takes access away.
ACCESS = ("read", "write", "none")


def check_admin(account: Account) -> None:
    """403 unless ``account`` is an admin: only admins administer."""
    if not account.is_admin:
        raise Forbidden(f"user {account.name!r} is not an admin; only admins may do this")


def _record(
    store: Store, account: Account, action: str, subject: str, detail: str | None, reason: str
) -> None:
    record_action(
        store, action, subject, actor=account.name, detail=detail,
        reason=clean_reason(reason, required=False),
    )  # fmt: skip


def add_user(
    store: Store, account: Account, name: str, password: str, role: str, reason: str = ""
) -> Account:
    """Create a user (see :func:`threadline.store.auth.add_user` for the name rules)."""
    check_admin(account)
    if len(name) > 100 or len(password) > 1000:
        raise UsageError("the user name (100) or password (1000 characters) is too long")
    created = auth_store.add_user(store, name.strip(), password, role)
    _record(store, account, "add_user", created.name, role, reason)
    return created


def set_role(store: Store, account: Account, name: str, role: str, reason: str = "") -> None:
    """Change a user's role; an admin never takes away their own admin role."""
    check_admin(account)
    if name == account.name and role != "admin":
        raise UsageError("you cannot take away your own admin role; ask another admin")
    auth_store.set_role(store, name, role)
    _record(store, account, "set_role", name, role, reason)


def set_access(
    store: Store, account: Account, user: str, collection: str, access: str, reason: str = ""
) -> bool:
    """Let ``user`` read or write ``collection``, or (``none``) take access away; False when
    there was no access to take away."""
    check_admin(account)
    if not collection.strip():
        raise UsageError("pick a collection to grant")
    if access not in ACCESS:
        raise UsageError(f"unknown access {access!r}; use one of {', '.join(ACCESS)}")
    if access == "none":
        changed = auth_store.revoke(store, user, collection)
    else:
        auth_store.grant(store, user, collection, access)
        changed = True
    _record(store, account, "grant", user, f"{collection}:{access}", reason)
    return changed


def new_collection(store: Store, account: Account, name: str, reason: str = "") -> str:
    """Create an empty collection, to grant before anything is uploaded to it."""
    check_admin(account)
    created = create_collection(store, name, author=account.name)
    _record(store, account, "create_collection", created, None, reason)
    return created


def load_list(
    store: Store,
    settings: Settings,
    account: Account,
    *,
    path: str | None = None,
    files: Sequence[Upload] = (),
    fmt: str | None = None,
    name: str | None = None,
    reason: str = "",
) -> dict[str, Any]:
    """Load (or replace) a sanctions list from a server ``path`` or uploaded ``files``."""
    check_admin(account)
    if path:
        summary = listadmin.load(store, path, settings, check_format(fmt), name or None)
    else:
        summary = load_uploaded_list(store, settings, files, fmt, name)
    _record(store, account, "load_list", summary["name"], summary["source"], reason)
    return summary


def reload_list(
    store: Store, settings: Settings, account: Account, name: str, reason: str = ""
) -> dict[str, Any]:
    """Load list ``name`` again from where it was loaded from."""
    check_admin(account)
    summary = listadmin.reload(store, name, settings)
    _record(store, account, "reload_list", name, summary["source"], reason)
    return summary


def delete_list(
    store: Store, settings: Settings, account: Account, name: str, reason: str = ""
) -> dict[str, Any]:
    """Remove list ``name`` and the hits found on it."""
    check_admin(account)
    summary = listadmin.delete(store, name, settings)
    _record(store, account, "delete_list", name, None, reason)
    return summary
