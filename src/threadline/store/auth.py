"""Users, roles, collection grants, API tokens and browser sessions.

Passwords are hashed with argon2 (``argon2-cffi``); API tokens and session ids are
random 256-bit strings of which only the SHA-256 is stored, so a copy of the database
gives no working credential. Roles: ``admin`` reads and writes everything and manages
users; ``analyst`` reads the collections granted and writes those granted ``write``;
``viewer`` only reads the collections granted, whatever the grant says.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from threadline.errors import AuthError, NotFoundError, UsageError
from threadline.store.base import Store
from threadline.store.usernames import look_alike_key, normalize_user_name

ROLES = ("admin", "analyst", "viewer")
ACCESS = ("read", "write")
SESSION_DAYS = 7
#: Failed logins allowed per user name and per client address in LOGIN_WINDOW seconds.
LOGIN_LIMIT = 5
LOGIN_WINDOW = 15 * 60

_hasher = PasswordHasher()
# A real hash to verify against when the user does not exist, so timing does not tell.
_DUMMY_HASH = _hasher.hash("threadline-no-such-user")


@dataclass(frozen=True)
class Account:
    """A signed-in user and what they may do."""

    name: str
    role: str
    grants: dict[str, str] = field(default_factory=dict)  # collection -> read|write

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def readable(self) -> list[str] | None:
        """Collections this user may read; ``None`` means all of them (admins)."""
        return None if self.is_admin else sorted(self.grants)

    def can_write(self, collection: str) -> bool:
        if self.is_admin:
            return True
        return self.role == "analyst" and self.grants.get(collection) == "write"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def add_user(store: Store, name: str, password: str, role: str = "analyst") -> Account:
    """Create a user; the password is stored as an argon2 hash. The name is normalised
    (see :mod:`threadline.store.usernames`); look-alikes of existing names are refused."""
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    name = normalize_user_name(name)
    if len(password) < 8:
        raise UsageError("a user needs a non-empty name and a password of at least 8 characters")
    key = look_alike_key(name)
    for row in store.query("SELECT name FROM users"):
        if look_alike_key(row["name"]) == key:
            raise UsageError(f"user {row['name']!r} already exists; pick another name")
    store.execute(
        "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)",
        (name, role, _hasher.hash(password), _now()),
    )
    return Account(name, role)


def get_account(store: Store, name: str) -> Account | None:
    """The enabled user called ``name`` with their grants, or None."""
    row = store.query_one("SELECT name, role FROM users WHERE name = ? AND disabled = 0", (name,))
    if row is None:
        return None
    grants = store.query(
        "SELECT collection, access FROM collection_grants WHERE user_name = ?", (name,)
    )
    return Account(row["name"], row["role"], {g["collection"]: g["access"] for g in grants})


def list_users(store: Store) -> list[dict[str, Any]]:
    """Every user with role, creation time and grants (never the hash)."""
    users = store.query("SELECT name, role, created_at, disabled FROM users ORDER BY name")
    grants = store.query(
        "SELECT user_name, collection, access FROM collection_grants ORDER BY collection"
    )
    return [
        {
            "name": u["name"],
            "role": u["role"],
            "created_at": u["created_at"],
            "disabled": bool(u["disabled"]),
            "grants": {g["collection"]: g["access"] for g in grants if g["user_name"] == u["name"]},
        }
        for u in users
    ]


def _require_user(store: Store, name: str) -> None:
    if not store.query_one("SELECT 1 FROM users WHERE name = ?", (name,)):
        raise NotFoundError(f"no user {name!r}; see `threadline users list`")


def set_role(store: Store, name: str, role: str) -> None:
    if role not in ROLES:
        raise UsageError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    _require_user(store, name)
    store.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))


def grant(store: Store, name: str, collection: str, access: str = "read") -> None:
    """Let ``name`` read (or read and write) ``collection``."""
    if access not in ACCESS:
        raise UsageError(f"unknown access {access!r}; use read or write")
    _require_user(store, name)
    store.execute(
        "INSERT INTO collection_grants (user_name, collection, access) VALUES (?, ?, ?)"
        " ON CONFLICT (user_name, collection) DO UPDATE SET access = excluded.access",
        (name, collection, access),
    )


def revoke(store: Store, name: str, collection: str) -> bool:
    """Take away ``name``'s access to ``collection``; False when there was none."""
    _require_user(store, name)
    changed = store.execute(
        "DELETE FROM collection_grants WHERE user_name = ? AND collection = ?", (name, collection)
    )
    return changed > 0


def check_password(store: Store, name: str, password: str) -> Account | None:
    """The account when ``password`` is right, else None (same cost either way)."""
    row = store.query_one(
        "SELECT password_hash FROM users WHERE name = ? AND disabled = 0", (name,)
    )
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    if _hasher.check_needs_rehash(row["password_hash"]):
        store.execute(
            "UPDATE users SET password_hash = ? WHERE name = ?", (_hasher.hash(password), name)
        )
    return get_account(store, name)


def login_allowed(store: Store, keys: list[str]) -> bool:
    """False while any key (user name, client address) has too many recent failures."""
    since = time.time() - LOGIN_WINDOW
    for key in keys:
        row = store.query_one(
            "SELECT count(*) AS n FROM login_failures WHERE key = ? AND at > ?", (key, since)
        )
        if row and row["n"] >= LOGIN_LIMIT:
            return False
    return True


def claim_login_attempt(store: Store, keys: list[str]) -> list[int] | None:
    """Count one attempt against every key before the password is checked, atomically.

    None when a key already has too many recent failures. Otherwise the attempt is
    recorded as a failure (so concurrent attempts all count) and its row ids are
    returned: :func:`release_login_attempt` removes them when the password was right.
    """
    now = time.time()
    with store.transaction():
        store.execute("DELETE FROM login_failures WHERE at < ?", (now - LOGIN_WINDOW,))
        if not login_allowed(store, keys):
            return None
        ids = []
        for key in keys:
            row = store.query_one(
                "INSERT INTO login_failures (key, at) VALUES (?, ?) RETURNING id", (key, now)
            )
            ids.append(int(row["id"]) if row else 0)
    return ids


def release_login_attempt(store: Store, ids: list[int]) -> None:
    """Forget a claimed attempt whose password was right."""
    store.executemany("DELETE FROM login_failures WHERE id = ?", [(i,) for i in ids])


def create_token(store: Store, name: str, label: str = "") -> tuple[str, str]:
    """A new API token for ``name``: ``(token id, token)``; the token is not stored."""
    _require_user(store, name)
    raw = "tl_" + secrets.token_urlsafe(32)
    token_id = "tok-" + secrets.token_hex(6)
    store.execute(
        "INSERT INTO api_tokens (id, user_name, label, token_hash, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (token_id, name, label, _digest(raw), _now()),
    )
    return token_id, raw


def revoke_token(store: Store, token_id: str, *, user: str | None = None) -> None:
    """Revoke a token (only one of ``user``'s when given); it stops working at once."""
    sql = "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"
    params: list[Any] = [_now(), token_id]
    if user is not None:
        sql += " AND user_name = ?"
        params.append(user)
    if not store.execute(sql, params):
        raise NotFoundError(f"no active token {token_id!r}; see `threadline tokens list`")


def list_tokens(store: Store, user: str | None = None) -> list[dict[str, Any]]:
    """Tokens (id, user, label, dates), never the token or its hash."""
    sql = (
        'SELECT id, user_name AS "user", label, created_at, last_used_at, revoked_at'
        " FROM api_tokens"
    )
    rows = store.query(
        sql + (" WHERE user_name = ?" if user else "") + " ORDER BY created_at, id",
        (user,) if user else (),
    )
    return [dict(r) for r in rows]


def account_for_token(store: Store, raw: str) -> Account | None:
    """The account an API token belongs to, or None if unknown or revoked."""
    row = store.query_one(
        "SELECT id, user_name FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL",
        (_digest(raw),),
    )
    if row is None:
        return None
    store.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", (_now(), row["id"]))
    return get_account(store, row["user_name"])


def create_session(store: Store, name: str) -> str:
    """A new browser session for ``name``; returns the session id for the cookie."""
    raw = secrets.token_urlsafe(32)
    expires = datetime.now(UTC) + timedelta(days=SESSION_DAYS)
    store.execute(
        "INSERT INTO sessions (id_hash, user_name, created_at, expires_at) VALUES (?, ?, ?, ?)",
        (_digest(raw), name, _now(), expires.isoformat(timespec="seconds")),
    )
    return raw


def account_for_session(store: Store, raw: str) -> Account | None:
    row = store.query_one(
        "SELECT user_name FROM sessions WHERE id_hash = ? AND expires_at > ?",
        (_digest(raw), _now()),
    )
    return get_account(store, row["user_name"]) if row else None


def end_session(store: Store, raw: str) -> None:
    store.execute("DELETE FROM sessions WHERE id_hash = ?", (_digest(raw),))


def secret_key(store: Store, configured: str = "") -> str:
    """The configured secret, else one generated once and kept in the database."""
    if configured:
        return configured
    row = store.query_one("SELECT value FROM auth_secrets WHERE name = 'session'")
    if row:
        return str(row["value"])
    store.execute(
        store.dialect.insert_ignore("auth_secrets", ["name", "value"], "VALUES ('session', ?)"),
        (secrets.token_urlsafe(32),),
    )
    row = store.query_one("SELECT value FROM auth_secrets WHERE name = 'session'")
    if row is None:
        raise AuthError("cannot store the session secret; set THREADLINE_SECRET_KEY")
    return str(row["value"])
