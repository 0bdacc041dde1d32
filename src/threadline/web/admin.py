"""Administration pages (admins only): users and their grants, collections, and the audit
trail of every admin change.

Every change is a form POST (CSRF-checked) answered by a redirect back to the page with
a short notice, so reloading the page never repeats the change.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from threadline.access import Forbidden, current_account, get_store
from threadline.services import admin
from threadline.store import auth as auth_store
from threadline.store import documents as docs_store
from threadline.store.audit import count_actions, list_actions
from threadline.store.auth import Account
from threadline.store.base import Store
from threadline.web.templating import render


def require_admin_page(account: Account = Depends(current_account)) -> Account:
    """Dependency: the signed-in account, which must be an admin (else 403)."""
    if not account.is_admin:
        raise Forbidden("only an admin may use the administration pages")
    return account


router = APIRouter(include_in_schema=False, dependencies=[Depends(require_admin_page)])

#: What a redirect's ``done`` parameter says on the page it leads to.
NOTICES = {
    "user": "Created user {name}.",
    "role": "Changed the role of {name}.",
    "grant": "Updated {name}'s access.",
    "revoke": "Took away {name}'s access.",
    "collection": "Created collection {name}.",
}


def back(path: str, done: str, name: str) -> RedirectResponse:
    """Redirect (303) to ``path`` with a notice of what was done to ``name``."""
    return RedirectResponse(f"{path}?{urlencode({'done': done, 'name': name})}", status_code=303)


def notice(request: Request) -> str | None:
    """The notice a redirect asked the page to show, if any."""
    template = NOTICES.get(request.query_params.get("done", ""))
    return template.format(name=request.query_params.get("name", "")) if template else None


@router.get("/admin")
def admin_home() -> Response:
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/admin/users")
def users_page(request: Request, store: Store = Depends(get_store)) -> Response:
    collections = [c["name"] for c in docs_store.list_collections(store)]
    context = {
        "users": auth_store.list_users(store),
        "collections": collections,
        "notice": notice(request),
    }
    return render(request, "admin_users.html", context)


@router.post("/admin/users")
def add_user(
    name: str = Form(""),
    password: str = Form(""),
    role: str = Form("analyst"),
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    created = admin.add_user(store, account, name, password, role)
    return back("/admin/users", "user", created.name)


@router.post("/admin/users/{name}/role")
def set_role(
    name: str,
    role: str = Form(...),
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    admin.set_role(store, account, name, role)
    return back("/admin/users", "role", name)


@router.post("/admin/grants")
def grant(
    user: str = Form(...),
    collection: str = Form(...),
    access: str = Form("read"),
    reason: str = Form(""),
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    admin.set_access(store, account, user, collection, access, reason)
    return back("/admin/users", "revoke" if access == "none" else "grant", user)


@router.get("/admin/collections")
def collections_page(request: Request, store: Store = Depends(get_store)) -> Response:
    context = {"collections": docs_store.list_collections(store), "notice": notice(request)}
    return render(request, "admin_collections.html", context)


@router.post("/admin/collections")
def add_collection(
    name: str = Form(..., max_length=200),
    account: Account = Depends(require_admin_page),
    store: Store = Depends(get_store),
) -> Response:
    created = admin.new_collection(store, account, name)
    return back("/admin/collections", "collection", created)


#: Changes listed per page of the audit trail.
AUDIT_PAGE = 100


@router.get("/admin/audit")
def audit_page(
    request: Request,
    offset: int = Query(0, ge=0, le=10_000_000),
    store: Store = Depends(get_store),
) -> Response:
    """Who changed what and when (and why, when they said), newest first."""
    context = {
        "actions": list_actions(store, limit=AUDIT_PAGE, offset=offset),
        "total": count_actions(store),
        "offset": offset,
        "page": AUDIT_PAGE,
    }
    return render(request, "admin_audit.html", context)
