"""FollowTheMoney entity JSON, one object per line (any OpenSanctions export).

Only entities of a schema that can be screened (people, organizations, vessels,
aircraft) become list entries; addresses, sanctions and other linked records are
skipped. Parsed as plain JSON, so loading does not need the ``followthemoney`` library.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from threadline.screen.lists.base import (
    OBJECT_SCHEMATA,
    ORGANIZATION_SCHEMATA,
    ListEntry,
    SanctionsList,
    file_digest,
    require,
)

_SCREENED = {"Person", "LegalEntity", *ORGANIZATION_SCHEMATA, *OBJECT_SCHEMATA}
_COUNTRY_PROPS = ("nationality", "citizenship", "country", "jurisdiction", "flag")


def _values(props: dict[str, Any], key: str) -> list[str]:
    value = props.get(key) or []
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def _entry(list_name: str, record: dict[str, Any]) -> ListEntry | None:
    schema = record.get("schema")
    props = record.get("properties") or {}
    if schema not in _SCREENED or not isinstance(props, dict):
        return None
    names = _values(props, "name")
    if not names:
        return None
    countries: list[str] = []
    for key in _COUNTRY_PROPS:
        countries += [c.lower() for c in _values(props, key) if c.lower() not in countries]
    return ListEntry(
        id=f"{list_name}-{record.get('id')}",
        schema=str(schema),
        name=names[0],
        aliases=names[1:] + _values(props, "alias") + _values(props, "previousName"),
        weak_aliases=_values(props, "weakAlias"),
        birth_dates=[d[:10] for d in _values(props, "birthDate")],
        countries=countries,
        programs=_values(props, "program") + _values(props, "topics"),
        listed_on=(record.get("first_seen") or None),
        remarks=" ".join(_values(props, "notes")) or None,
    )


def load_ftm(path: Path, name: str | None = None) -> SanctionsList:
    """Parse an entities file; the list is named after the file unless ``name`` is given."""
    list_name = name or path.name.split(".")[0]
    entries: list[ListEntry] = []
    last_change = ""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                require(False, path, f"line {number} is not JSON ({exc.msg})")
            require(isinstance(record, dict), path, f"line {number} is not a JSON object")
            require("schema" in record, path, f"line {number} has no FtM 'schema'")
            require(bool(record.get("id")), path, f"line {number} has no 'id'")
            last_change = max(last_change, str(record.get("last_change") or ""))
            if (entry := _entry(list_name, record)) is not None:
                entries.append(entry)
    require(bool(entries), path, "no person, organization, vessel or aircraft entities found")
    return SanctionsList(
        name=list_name,
        title=list_name,
        format="ftm",
        version=last_change[:19] or file_digest(path),
        source=str(path),
        entries=entries,
    )
