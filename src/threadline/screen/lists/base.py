"""What every list loader produces: a :class:`SanctionsList` of :class:`ListEntry` records.

Loaders parse the whole file before anything is stored, so a malformed file raises
:class:`~threadline.errors.ScreenError` and leaves the previously loaded version intact.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from threadline.errors import ScreenError

#: FtM schemata a list entry can have, grouped by what they may match.
ORGANIZATION_SCHEMATA = frozenset({"Organization", "Company", "PublicBody"})
OBJECT_SCHEMATA = frozenset({"Vessel", "Airplane", "Vehicle"})


@dataclass
class ListEntry:
    """One designated person, organization, vessel or aircraft on a sanctions list."""

    id: str
    schema: str
    name: str
    aliases: list[str] = field(default_factory=list)
    #: Low-quality aliases (OFAC's quoted a.k.a.s in remarks, UN "Low" quality).
    weak_aliases: list[str] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)  # YYYY, YYYY-MM or YYYY-MM-DD
    #: Nationalities, citizenships and address countries as lowercase ISO codes.
    countries: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    listed_on: str | None = None
    remarks: str | None = None

    def names(self) -> list[str]:
        """The primary name and all aliases, without duplicates, primary first."""
        seen: dict[str, None] = {}
        for name in [self.name, *self.aliases, *self.weak_aliases]:
            if name and name.strip():
                seen.setdefault(name.strip(), None)
        return list(seen)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SanctionsList:
    """A parsed list file: its name, version (date or content hash) and entries."""

    name: str
    title: str
    format: str
    version: str
    source: str
    entries: list[ListEntry]


def require(condition: bool, path: Path | str, problem: str) -> None:
    """Raise a :class:`ScreenError` about ``path`` unless ``condition`` holds."""
    if not condition:
        raise ScreenError(
            f"{path}: {problem}. Check that it is an unmodified copy of the published list; "
            "the previously loaded version (if any) is unchanged."
        )


def file_digest(*paths: Path) -> str:
    """A short content hash of the files, used as the version when a list carries no date."""
    digest = hashlib.sha256()
    for path in paths:
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def country_codes(values: list[str]) -> list[str]:
    """Lowercase ISO codes for country names or codes; unknown names are dropped."""
    from rigour.territories import lookup_territory

    codes: dict[str, None] = {}
    for value in values:
        value = value.strip().strip(".")
        if not value:
            continue
        territory = lookup_territory(value)
        if territory is not None:
            codes.setdefault(territory.code.lower(), None)
    return list(codes)
