"""Login, logout and the account page (where a user makes API tokens)."""

from __future__ import annotations

import hmac
import secrets

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from threadline.access import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    Forbidden,
    TooManyAttempts,
    current_account,
    get_store,
)
from threadline.store import auth as auth_store
from threadline.store.auth import SESSION_DAYS, Account
from threadline.store.base import Store
from threadline.web.templating import render

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str:
    """Only local paths: an open redirect to another site would help phishing."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _login_page(request: Request, next_: str, error: str = "", status: int = 200) -> Response:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
    response = render(
        request,
        "login.html",
        {"login_csrf": token, "next": _safe_next(next_), "error": error},
        status_code=status,
    )
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict")
    return response


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:
    return _login_page(request, next)


@router.post("/login")
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    csrf: str = Form(""),
    next: str = Form("/"),
    store: Store = Depends(get_store),
) -> Response:
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(csrf, expected):
        raise Forbidden("the login form expired or came from another site; reload and try again")
    client = request.client.host if request.client else "unknown"
    keys = [f"user:{username.lower()}", f"ip:{client}"]
    claimed = auth_store.claim_login_attempt(store, keys)  # counted before the check
    if claimed is None:
        raise TooManyAttempts("too many failed logins; wait 15 minutes and try again")
    account = auth_store.check_password(store, username, password)
    if account is None:
        return _login_page(request, next, "Wrong user name or password.", status=401)
    auth_store.release_login_attempt(store, claimed)
    session_id = auth_store.create_session(store, account.name)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=SESSION_DAYS * 86400,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout(
    request: Request,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    session_id = getattr(request.state, "session_id", None)
    if session_id:
        auth_store.end_session(store, session_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


#: Carries a new token from the POST to the page it redirects to, once (then deleted).
# a cookie name, not a secret
NEW_TOKEN_COOKIE = "tl_new_token"  # nosec B105


@router.get("/account")
def account_page(
    request: Request,
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    tokens = auth_store.list_tokens(store, account.name)
    token_id, _, raw = request.cookies.get(NEW_TOKEN_COOKIE, "").partition(" ")
    mine = any(t["id"] == token_id and not t["revoked_at"] for t in tokens)
    new_token = {"id": token_id, "token": raw} if mine and raw.startswith("tl_") else None
    response = render(request, "account.html", {"tokens": tokens, "new_token": new_token})
    if NEW_TOKEN_COOKIE in request.cookies:
        response.delete_cookie(NEW_TOKEN_COOKIE, path="/account")
    response.headers["Cache-Control"] = "no-store"
    return response


@router.post("/account/tokens")
def new_token(
    request: Request,
    label: str = Form("", max_length=200),
    account: Account = Depends(current_account),
    store: Store = Depends(get_store),
) -> Response:
    """Post/redirect/get: reloading the page that follows shows the account, and never
    creates a second token. The new token is shown once, on that page."""
    token_id, raw = auth_store.create_token(store, account.name, label)
    response = RedirectResponse("/account", status_code=303)
    response.set_cookie(
        NEW_TOKEN_COOKIE,
        f"{token_id} {raw}",
        max_age=300,
        path="/account",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(
    token_id: str, account: Account = Depends(current_account), store: Store = Depends(get_store)
) -> Response:
    auth_store.revoke_token(store, token_id, user=account.name)
    return RedirectResponse("/account", status_code=303)
