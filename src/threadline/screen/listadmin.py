"""Managing sanctions lists: load, reload from where a list came from, delete.

Each change re-screens every extracted entity when the ``screen_on_ingest`` setting is
on (the default), so the hits shown on entity pages always follow the lists loaded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from threadline.errors import NotFoundError, ScreenError
from threadline.screen import load_list, screen_if_lists
from threadline.settings import Settings
from threadline.store import screening as screening_store
from threadline.store.base import Store


def _rescreen(store: Store, settings: Settings) -> dict[str, Any] | None:
    if not settings.screen_on_ingest:
        return None
    return screen_if_lists(store, threshold=settings.screen_threshold)


def load(
    store: Store,
    path: str,
    settings: Settings,
    fmt: str | None = None,
    name: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Load (or replace) the list at ``path``; the summary, with ``rescreened`` (the
    re-screening summary, or ``None`` when the setting is off). ``source`` is recorded
    instead of ``path`` (an upload's name, not its temporary path)."""
    summary = load_list(store, path, fmt, name, source=source)
    return {**summary, "rescreened": _rescreen(store, settings)}


def reload(store: Store, name: str, settings: Settings) -> dict[str, Any]:
    """Load list ``name`` again from the file or folder it was loaded from."""
    found = next((row for row in screening_store.list_lists(store) if row["name"] == name), None)
    if found is None:
        raise NotFoundError(f"no sanctions list {name!r}; `threadline lists` shows the loaded ones")
    source = Path(found["source"] or "")
    if found["format"] == "ofac-csv" and source.name.lower() == "sdn.csv":
        source = source.parent  # the OFAC loader reads the folder's alias and address files too
    if not found["source"] or not source.exists():
        raise ScreenError(
            f"list {name!r} was loaded from {found['source']!r}, which is gone;"
            " load it again from the new file"
        )
    given_name = name if found["format"] == "ftm" else None
    return load(store, str(source), settings, found["format"], given_name)


def delete(store: Store, name: str, settings: Settings) -> dict[str, Any]:
    """Remove list ``name`` and the hits found on it; ``{name, deleted, rescreened}``."""
    if not screening_store.delete_list(store, name):
        raise NotFoundError(f"no sanctions list {name!r}; `threadline lists` shows the loaded ones")
    return {"name": name, "deleted": True, "rescreened": _rescreen(store, settings)}
