"""Collections created by name before any document is ingested into them."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from threadline.errors import UsageError
from threadline.store.base import Store

#: A collection name: a letter or digit, then letters, digits, spaces, ``.``, ``_``, ``-``.
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$")


def create_collection(store: Store, name: str, *, author: str | None = None) -> str:
    """Create collection ``name``; :class:`UsageError` when the name is not allowed or
    the collection exists (with documents or created before)."""
    name = name.strip()
    if not NAME.match(name):
        raise UsageError(
            f"{name!r} is not a collection name: use up to 100 letters, digits, spaces,"
            " '.', '_' or '-', starting with a letter or digit"
        )
    with store.transaction():
        taken = store.query_one(
            "SELECT name FROM collections WHERE name = ?"
            " UNION SELECT collection FROM documents WHERE collection = ?",
            (name, name),
        )
        if taken is not None:
            raise UsageError(f"collection {name!r} already exists")
        store.execute(
            "INSERT INTO collections (name, created_by, created_at) VALUES (?, ?, ?)",
            (name, author, datetime.now(UTC).isoformat(timespec="seconds")),
        )
    return name
