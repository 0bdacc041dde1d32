"""Who is asking, and may they: authentication and authorization for every route.

Scripts send ``Authorization: Bearer <token>``; browsers carry a session cookie set by
the login page. A request authenticated by cookie that changes anything must also carry
the CSRF token of its session (hidden form field ``csrf`` or header ``X-CSRF-Token``),
so another site cannot make a signed-in browser write.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from fastapi import Depends, Request

from threadline.errors import AuthError
from threadline.store import auth as auth_store
from threadline.store.auth import Account
from threadline.store.base import Store

SESSION_COOKIE = "tl_session"
LOGIN_CSRF_COOKIE = "tl_login_csrf"
CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class NotSignedIn(AuthError):
    """No valid credential came with the request (HTTP 401)."""

    code = "TL051"


class Forbidden(AuthError):
    """The user is signed in but may not do this (HTTP 403)."""

    code = "TL052"


class TooManyAttempts(AuthError):
    """Too many failed logins from this user name or address (HTTP 429)."""

    code = "TL053"


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def csrf_token(secret: str, session_id: str) -> str:
    """The CSRF token that goes with one browser session (HMAC, nothing stored)."""
    return hmac.new(secret.encode(), b"csrf:" + session_id.encode(), hashlib.sha256).hexdigest()


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def authenticate(request: Request) -> Account | None:
    """The account behind the request's token or session cookie, or None."""
    store = get_store(request)
    token = _bearer(request)
    if token is not None:
        request.state.via = "token"
        return auth_store.account_for_token(store, token)
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        request.state.via = "session"
        request.state.session_id = session_id
        return auth_store.account_for_session(store, session_id)
    return None


async def current_account(request: Request) -> Account:
    """Dependency: the signed-in account; 401 without one; CSRF checked for cookie writes."""
    cached = getattr(request.state, "account", None)
    if isinstance(cached, Account):
        return cached
    account = authenticate(request)
    if account is None:
        raise NotSignedIn("sign in first: log in at /login, or send 'Authorization: Bearer TOKEN'")
    if request.method not in _SAFE_METHODS and request.state.via == "session":
        await _check_csrf(request)
    request.state.account = account
    return account


async def _check_csrf(request: Request) -> None:
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf")
        sent = value if isinstance(value, str) else None
    expected = csrf_token(request.app.state.secret, request.state.session_id)
    if not sent or not hmac.compare_digest(sent, expected):
        raise Forbidden("the form has expired or came from another site; reload and try again")


def require_admin(account: Account = Depends(current_account)) -> Account:
    if not account.is_admin:
        raise Forbidden("only an admin may manage users")
    return account


def require_writer(account: Account = Depends(current_account)) -> Account:
    """Viewers never write, whatever their grants say."""
    if account.role == "viewer":
        raise Forbidden(f"user {account.name!r} is a viewer and may not change anything")
    return account


def readable(account: Account, requested: Sequence[str] | None = None) -> list[str] | None:
    """The collections a query may touch: those requested (or all) that the user may read."""
    allowed = account.readable()
    if not requested:
        return allowed
    if allowed is None:
        return list(requested)
    return [c for c in requested if c in allowed]


def check_write(account: Account, collection: str) -> None:
    if not account.can_write(collection):
        raise Forbidden(
            f"user {account.name!r} may not write to collection {collection!r};"
            " ask an admin for `threadline users grant --write`"
        )
