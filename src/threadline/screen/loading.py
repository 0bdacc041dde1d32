"""Loading a sanctions list into the store: parse, normalise names, index, replace."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from threadline.matching.normalize import NameForm, name_form, schema_kind
from threadline.screen.index import entry_keys
from threadline.screen.lists import read_list
from threadline.store import screening as screening_store
from threadline.store.base import Store

#: Version of the stored name forms and index keys. Every algorithm reads the same
#: stored forms (v2 prepares them further in memory), so lists need re-loading only
#: when this changes.
INDEX_VERSION = "tl-name-v1"


def _forms(names: list[str], kind: str, seen: set[tuple[str, ...]]) -> list[NameForm]:
    forms = []
    for name in names:
        form = name_form(name, kind)
        if form.tokens and form.tokens not in seen:
            seen.add(form.tokens)
            forms.append(form)
    return forms


def load_list(
    store: Store,
    path: str | Path,
    fmt: str | None = None,
    name: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Parse the list at ``path`` and store it, replacing its previous version atomically.
    ``source`` replaces the recorded file path (an upload is not recorded by its
    temporary path).

    The file is parsed completely before the store is touched, so a malformed file raises
    :class:`~threadline.errors.ScreenError` and leaves what was loaded before intact.
    Returns the stored list's summary (name, title, format, version, entries …).
    """
    parsed = read_list(path, fmt, name)
    rows: list[dict[str, Any]] = []
    keys: list[tuple[str, str]] = []
    for entry in parsed.entries:
        kind = schema_kind(entry.schema)
        seen: set[tuple[str, ...]] = set()
        strong = _forms([entry.name, *entry.aliases], kind, seen)
        weak = _forms(entry.weak_aliases, kind, seen)
        if not strong and not weak:
            continue
        forms = [_encode(f, False) for f in strong] + [_encode(f, True) for f in weak]
        keys += [(key, entry.id) for key in entry_keys([*strong, *weak])]
        rows.append(
            {
                "id": entry.id,
                "schema": entry.schema,
                "name": entry.name,
                "forms": forms,
                "birth_dates": sorted(set(entry.birth_dates)),
                "countries": entry.countries,
                "data": entry.as_dict(),
            }
        )
    info = {
        "name": parsed.name,
        "title": parsed.title,
        "format": parsed.format,
        "version": parsed.version,
        "source": source or parsed.source,
        "algorithm": INDEX_VERSION,
    }
    screening_store.replace_list(store, info, rows, keys)
    return {**info, "entries": len(rows)}


def _encode(form: NameForm, weak: bool) -> list[Any]:
    return [form.original, " ".join(form.tokens), " ".join(form.removed), form.skeletal, weak]


def decode_forms(data: list[list[Any]]) -> tuple[tuple[NameForm, ...], tuple[NameForm, ...]]:
    """(strong, weak) name forms of a stored entry."""
    strong: list[NameForm] = []
    weak: list[NameForm] = []
    for original, tokens, removed, skeletal, is_weak in data:
        form = NameForm(original, tuple(tokens.split()), tuple(removed.split()), bool(skeletal))
        (weak if is_weak else strong).append(form)
    return tuple(strong), tuple(weak)
