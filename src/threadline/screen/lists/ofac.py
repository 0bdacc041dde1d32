"""OFAC's Specially Designated Nationals list in its legacy CSV layout.

Four files without header rows, ``-0-`` meaning empty: ``sdn.csv`` (entries),
``alt.csv`` (aliases), ``add.csv`` (addresses) and ``sdn_comments.csv`` (the rest of
long remarks). OFAC puts dates of birth, nationalities and weak aliases in the free-text
remarks ("DOB 14 Jun 1975; nationality Syria; a.k.a. 'ABU ALI'"), so they are parsed
from there.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from threadline.screen.lists.base import (
    ListEntry,
    SanctionsList,
    country_codes,
    file_digest,
    require,
)

NAME = "us-ofac-sdn"
_TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", "": "Organization"}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_DATE = re.compile(r"(?:(\d{1,2}) )?(?:([A-Za-z]{3})[a-z]* )?(\d{4})")
_WEAK_AKA = re.compile(r"a\.k\.a\.,? '([^']+)'")


def _rows(path: Path) -> Iterator[list[str]]:
    if not path.exists():
        return
    raw = path.read_bytes().replace(b"\x1a", b"")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    for row in csv.reader(io.StringIO(text, newline="")):
        if row:
            yield [_value(cell) for cell in row]


def _value(cell: str) -> str:
    cell = cell.strip()
    return "" if cell == "-0-" else cell


def parse_dates(text: str) -> list[str]:
    """ISO dates from OFAC's "14 Jun 1975", "Jun 1975", "1975", "1960 to 1962" forms."""
    dates = []
    for day, month, year in _DATE.findall(text):
        month_no = _MONTHS.get(month[:3].lower()) if month else None
        if month_no and day:
            dates.append(f"{year}-{month_no:02d}-{int(day):02d}")
        elif month_no:
            dates.append(f"{year}-{month_no:02d}")
        else:
            dates.append(year)
    return dates


def _apply_remarks(entry: ListEntry, remarks: str) -> None:
    countries = []
    for part in remarks.split(";"):
        part = part.strip().rstrip(".")
        lower = part.lower().removeprefix("alt. ")
        if lower.startswith("dob "):
            entry.birth_dates.extend(parse_dates(part))
        elif lower.startswith(("nationality ", "citizen ")):
            countries.append(part.split(" ", 1)[1] if " " in part else "")
        entry.weak_aliases.extend(_WEAK_AKA.findall(part))
    entry.countries.extend(c for c in country_codes(countries) if c not in entry.countries)


def load_ofac(path: Path) -> SanctionsList:
    """Parse ``sdn.csv`` (or the folder that holds it) with its sibling files."""
    folder = path if path.is_dir() else path.parent
    sdn = folder / "sdn.csv" if path.is_dir() else path
    require(sdn.exists(), sdn, "no sdn.csv found")
    comments: dict[str, str] = {}
    for row in _rows(folder / "sdn_comments.csv"):
        if len(row) >= 2:
            comments[row[0]] = row[1]
    entries: dict[str, ListEntry] = {}
    remarks: dict[str, str] = {}
    for number, row in enumerate(_rows(sdn), 1):
        require(len(row) == 12, sdn, f"row {number} has {len(row)} columns, not OFAC's 12")
        require(row[0].isdigit(), sdn, f"row {number} has no numeric entry number")
        require(bool(row[1]), sdn, f"row {number} has no name")
        uid, name, kind, program = row[0], row[1], row[2].lower(), row[3]
        require(kind in _TYPES, sdn, f"row {number} has unknown type {kind!r}")
        entry = ListEntry(id=f"ofac-{uid}", schema=_TYPES[kind], name=name)
        entry.programs = [p.strip(" []") for p in program.split("] [") if p.strip(" []")]
        if kind == "vessel" and row[9]:
            entry.countries.extend(country_codes([row[9]]))
        remarks[uid] = row[11] + comments.get(uid, "")
        entry.remarks = remarks[uid] or None
        _apply_remarks(entry, remarks[uid])
        entries[uid] = entry
    require(bool(entries), sdn, "the file holds no entries")
    for row in _rows(folder / "alt.csv"):
        if len(row) >= 4 and row[0] in entries and row[3]:
            entries[row[0]].aliases.append(row[3])
    addresses: dict[str, list[str]] = defaultdict(list)
    for row in _rows(folder / "add.csv"):
        if len(row) >= 5 and row[0] in entries and row[4]:
            addresses[row[0]].append(row[4])
    for uid, names in addresses.items():
        entry = entries[uid]
        entry.countries.extend(c for c in country_codes(names) if c not in entry.countries)
    files = [sdn, folder / "alt.csv", folder / "add.csv", folder / "sdn_comments.csv"]
    return SanctionsList(
        name=NAME,
        title="US OFAC Specially Designated Nationals",
        format="ofac-csv",
        version=file_digest(*files),
        source=str(sdn),
        entries=list(entries.values()),
    )
