"""The typer application and what every command shares.

Commands live in one module per domain (``documents.py``, ``screen.py``, ``graph.py`` …);
each parses its options and calls one importable function, then prints with
:func:`emit`. Global ``--db`` comes before the command.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from threadline import settings as settings_module
from threadline.errors import ThreadlineError, UsageError
from threadline.store import Store, open_store

app = typer.Typer(
    name="threadline",
    help="Turn reporting on transnational organized crime into a sourced, searchable network.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Human output goes to stdout; progress, logs and warnings always to stderr.
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = typer.Option(OutputFormat.table, "--format", help="table (for people) or json.")


@dataclass
class Context:
    """What the global options set up for every command."""

    db: str

    def settings(self) -> settings_module.Settings:
        return settings_module.load(db=self.db)

    def store(self, *, readonly: bool = False) -> Store:
        return open_store(self.db, readonly=readonly)


@app.callback()
def _global(
    ctx: typer.Context,
    db: str = typer.Option(
        None,
        "--db",
        help="Database path (default: $THREADLINE_DB, else ./threadline.db).",
        show_default=False,
    ),
) -> None:
    ctx.obj = Context(db=db or os.environ.get("THREADLINE_DB") or "threadline.db")


def context(ctx: typer.Context) -> Context:
    obj = ctx.find_root().obj
    assert isinstance(obj, Context)
    return obj


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn threadline errors into a one-line message and the contract's exit codes."""
    try:
        yield
    except UsageError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True)
        raise typer.Exit(2) from None
    except ThreadlineError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True)
        raise typer.Exit(2) from None


def emit_json(value: Any) -> None:
    """Print exactly one JSON value on stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, default=str))
    sys.stdout.write("\n")
    sys.stdout.flush()


def emit_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    *,
    title: str | None = None,
    formatters: dict[str, Callable[[Any], str]] | None = None,
) -> None:
    """Print rows as a rich table for people."""
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column)
    formatters = formatters or {}
    for row in rows:
        table.add_row(
            *[formatters[c](row.get(c)) if c in formatters else _cell(row.get(c)) for c in columns]
        )
    out.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def emit(
    value: Any,
    fmt: OutputFormat,
    columns: Sequence[str] = (),
    *,
    title: str | None = None,
) -> None:
    """JSON for scripts, a table for people."""
    if fmt == OutputFormat.json:
        emit_json(value)
    elif isinstance(value, list):
        emit_table(value, columns, title=title)
    else:
        out.print(value)
