"""``threadline migrate``: copy a whole store into a new one (SQLite → PostgreSQL)."""

from __future__ import annotations

import typer

from threadline.cli.app import FormatOption, OutputFormat, app, emit_json, err, handle_errors
from threadline.store import open_store
from threadline.store.copy import copy_store


@app.command()
def migrate(
    source: str = typer.Option(
        ..., "--from", help="Store to copy: a SQLite path (or sqlite:///PATH) or a URL."
    ),
    target: str = typer.Option(
        ..., "--to", help="New, empty store: postgresql://USER@HOST/DB (or a SQLite path)."
    ),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Copy every document, extraction, decision, list and account into an empty store."""
    if source == target:
        raise typer.BadParameter("--from and --to name the same store")
    with handle_errors(), open_store(source) as old, open_store(target) as new:
        copied = copy_store(old, new, lambda table, rows: err.print(f"{table}: {rows} rows"))
    if fmt == OutputFormat.json:
        emit_json(copied)
    else:
        err.print(f"copied {sum(copied.values())} rows in {len(copied)} tables")
