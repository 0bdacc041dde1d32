"""``threadline serve`` (web UI + API) and the accounts behind it: ``users`` and ``tokens``."""

from __future__ import annotations

import sys
from typing import Any

import typer

from threadline.cli.app import (
    FormatOption,
    OutputFormat,
    app,
    context,
    emit,
    err,
    handle_errors,
    out,
)
from threadline.settings import Settings
from threadline.store import auth as auth_store
from threadline.store.audit import command_line_actor, record_action
from threadline.store.base import Store

users_app = typer.Typer(
    help="Manage users, their roles and collection grants.", no_args_is_help=True
)
tokens_app = typer.Typer(help="Create, list and revoke API tokens.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(tokens_app, name="tokens")


@app.command()
def serve(
    ctx: typer.Context,
    host: str = typer.Option(None, "--host", help="Address to bind (default 127.0.0.1)."),
    port: int = typer.Option(None, "--port", help="Port to listen on (default 8080)."),
) -> None:
    """Serve the web UI and the JSON API (docs at /docs) over the database."""
    import uvicorn

    from threadline.app import create_app

    with handle_errors():
        settings = context(ctx).settings()
        settings = settings.with_(host=host or settings.host, port=port or settings.port)
        application = create_app(settings)
    err.print(f"threadline on http://{settings.host}:{settings.port}/ (Ctrl-C stops)")
    uvicorn.Server(server_config(application, settings)).run()


def server_config(application: Any, settings: Settings) -> Any:
    """uvicorn's configuration: proxy headers are believed only from ``trusted_proxies``
    (uvicorn alone would believe any from 127.0.0.1, so a local client could spoof its
    address past the per-address login limit)."""
    import uvicorn

    proxies = settings.trusted_proxies.strip()
    return uvicorn.Config(
        application,
        host=settings.host,
        port=settings.port,
        log_level="warning",
        proxy_headers=bool(proxies),
        forwarded_allow_ips=proxies or None,
    )


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    value: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)
    return value


def _audit(store: Store, action: str, subject: str, detail: str | None) -> None:
    """Keep the change in the admin audit trail, as made from the command line."""
    record_action(store, action, subject, actor=command_line_actor(), detail=detail)


@users_app.command("add")
def users_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name (used to log in)."),
    role: str = typer.Option("analyst", "--role", help="admin, analyst or viewer."),
    password_stdin: bool = typer.Option(
        False, "--password-stdin", help="Read the password from stdin instead of prompting."
    ),
) -> None:
    """Create a user; the password (8+ characters) is stored as an argon2 hash."""
    with handle_errors(), context(ctx).store() as store:
        password = _read_password(password_stdin)
        created = auth_store.add_user(store, name, password, role)
        _audit(store, "add_user", created.name, role)
    err.print(f"user {name!r} ({role}) created")


@users_app.command("list")
def users_list(ctx: typer.Context, fmt: OutputFormat = FormatOption) -> None:
    """Users with their roles and collection grants."""
    with handle_errors(), context(ctx).store() as store:
        users = auth_store.list_users(store)
    rows = [{**u, "grants": [f"{c}:{a}" for c, a in u["grants"].items()]} for u in users]
    emit(users if fmt == OutputFormat.json else rows, fmt, ["name", "role", "grants", "created_at"])


@users_app.command("grant")
def users_grant(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name."),
    collection: str = typer.Argument(..., help="Collection name."),
    write: bool = typer.Option(False, "--write", help="Also let the user add documents."),
) -> None:
    """Let a user read (or, with --write, also write) a collection."""
    access = "write" if write else "read"
    with handle_errors(), context(ctx).store() as store:
        auth_store.grant(store, name, collection, access)
        _audit(store, "grant", name, f"{collection}:{access}")
    err.print(f"{name!r} may now {access} {collection!r}")


@users_app.command("revoke")
def users_revoke(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name."),
    collection: str = typer.Argument(..., help="Collection name."),
) -> None:
    """Take away a user's access to a collection."""
    with handle_errors(), context(ctx).store() as store:
        changed = auth_store.revoke(store, name, collection)
        _audit(store, "grant", name, f"{collection}:none")
    err.print(f"{name!r} no longer reads {collection!r}" if changed else "nothing to revoke")


@users_app.command("role")
def users_role(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name."),
    role: str = typer.Argument(..., help="admin, analyst or viewer."),
) -> None:
    """Change a user's role."""
    with handle_errors(), context(ctx).store() as store:
        auth_store.set_role(store, name, role)
        _audit(store, "set_role", name, role)
    err.print(f"{name!r} is now {role}")


@tokens_app.command("create")
def tokens_create(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User the token acts as."),
    label: str = typer.Option("", "--label", help="What the token is for."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Create an API token and print it (only this once; only its hash is stored)."""
    with handle_errors(), context(ctx).store() as store:
        token_id, raw = auth_store.create_token(store, name, label)
    if fmt == OutputFormat.json:
        emit({"id": token_id, "token": raw}, fmt)
    else:
        err.print(f"token {token_id} for {name!r}; send it as 'Authorization: Bearer TOKEN':")
        out.print(raw)


@tokens_app.command("list")
def tokens_list(
    ctx: typer.Context,
    user: str = typer.Option(None, "--user", help="Only this user's tokens."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """API tokens (id, user, label, dates); never the tokens themselves."""
    with handle_errors(), context(ctx).store() as store:
        tokens = auth_store.list_tokens(store, user)
    emit(tokens, fmt, ["id", "user", "label", "created_at", "last_used_at", "revoked_at"])


@tokens_app.command("revoke")
def tokens_revoke(
    ctx: typer.Context, token_id: str = typer.Argument(..., help="Token id (tok-…).")
) -> None:
    """Revoke a token; requests that use it are refused from now on."""
    with handle_errors(), context(ctx).store() as store:
        auth_store.revoke_token(store, token_id)
    err.print(f"token {token_id} revoked")
