"""What ``ingest`` says when it is stopped: Ctrl-C, or a disk that filled up.

Every document is stored in its own transaction, so a stop never leaves half a
document; re-running the same command skips what is stored (as duplicates) and
ingests the rest. Both cases print one line with the count stored so far.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from threadline.cli.app import err
from threadline.errors import StoreError
from threadline.store import documents as docs_store
from threadline.store.base import Store

#: The exit status of a command stopped by Ctrl-C (128 + SIGINT), as shells expect.
EXIT_INTERRUPTED = 130


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) says the disk or database is full."""
    while exc is not None:
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return True
        if isinstance(exc, sqlite3.DatabaseError | StoreError) and "full" in str(exc).lower():
            return True
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return False


def _stored_since(store: Store, before: int) -> int:
    try:
        return docs_store.count_documents(store) - before
    except Exception:  # the store may be unreadable right now; the count is a courtesy
        return -1


@contextmanager
def ingest_guard(store: Store) -> Iterator[None]:
    """Turn Ctrl-C and a full disk during ingest into one line and an exit status."""
    before = docs_store.count_documents(store)
    try:
        yield
    except KeyboardInterrupt:
        stored = _stored_since(store, before)
        counted = f"{stored} new documents were stored" if stored >= 0 else "stored work is kept"
        err.print(
            f"interrupted: {counted}; nothing is half-stored. Re-run the same command to"
            " ingest the rest (stored documents are skipped as duplicates).",
            soft_wrap=True,
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        if not is_disk_full(exc):
            raise
        stored = _stored_since(store, before)
        err.print(
            f"[red]error:[/red] the disk is full: {max(stored, 0)} new documents were stored"
            " before it filled, and the store is consistent. Free space, then re-run the same"
            " command to resume.",
            markup=True,
            soft_wrap=True,
        )
        raise typer.Exit(2) from None
