"""The UN Security Council Consolidated List (XML): individuals and entities.

Aliases carry a quality ("Good", "Low", "a.k.a.", "f.k.a."); "Low" aliases are kept as
weak aliases. Names in their original script (``NAME_ORIGINAL_SCRIPT``) are aliases too,
which is what lets an Arabic-script query match a Latin-script listing.
"""

from __future__ import annotations

# types and ParseError only, parsing uses defusedxml
import xml.etree.ElementTree as ET  # nosec B405
from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse as safe_parse

from threadline.screen.lists.base import ListEntry, SanctionsList, country_codes, require

NAME = "un-sc-consolidated"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def _text(element: ET.Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _birth_dates(record: ET.Element) -> list[str]:
    dates: list[str] = []
    for dob in record.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        if date := _text(dob, "DATE"):
            dates.append(date[:10])
        elif year := _text(dob, "YEAR"):
            dates.append(year)
        start, end = _text(dob, "FROM_YEAR"), _text(dob, "TO_YEAR")
        if start.isdigit() and end.isdigit() and 0 <= int(end) - int(start) <= 10:
            dates.extend(str(y) for y in range(int(start), int(end) + 1))
    return dates


def _entry(record: ET.Element, schema: str, alias_tag: str, address_tag: str) -> ListEntry:
    name = " ".join(p for p in (_text(record, tag) for tag in _NAME_PARTS) if p)
    entry = ListEntry(
        id=f"un-{_text(record, 'DATAID')}",
        schema=schema,
        name=name,
        listed_on=_text(record, "LISTED_ON") or None,
        remarks=_text(record, "COMMENTS1") or None,
    )
    for alias in record.findall(alias_tag):
        alias_name = _text(alias, "ALIAS_NAME")
        if not alias_name:
            continue
        if _text(alias, "QUALITY").lower() == "low":
            entry.weak_aliases.append(alias_name)
        else:
            entry.aliases.append(alias_name)
    if original := _text(record, "NAME_ORIGINAL_SCRIPT"):
        entry.aliases.append(original)
    entry.programs = [p for p in [_text(record, "UN_LIST_TYPE")] if p]
    entry.birth_dates = _birth_dates(record)
    countries = [(v.text or "") for v in record.findall("NATIONALITY/VALUE")]
    countries += [_text(a, "COUNTRY") for a in record.findall(address_tag)]
    entry.countries = country_codes(countries)
    return entry


def load_un(path: Path) -> SanctionsList:
    """Parse the consolidated list XML file at ``path``."""
    try:
        root = safe_parse(path).getroot()
    except DefusedXmlException as exc:
        require(False, path, f"XML with entity or DTD declarations is refused ({exc!r})")
        raise  # unreachable: require raised
    except ET.ParseError as exc:
        require(False, path, f"not well-formed XML ({exc})")
        raise  # unreachable: require raised
    require(root.tag == "CONSOLIDATED_LIST", path, f"root element is <{root.tag}>, not the UN's")
    entries = [
        _entry(r, "Person", "INDIVIDUAL_ALIAS", "INDIVIDUAL_ADDRESS")
        for r in root.iterfind("INDIVIDUALS/INDIVIDUAL")
    ]
    entries += [
        _entry(r, "Organization", "ENTITY_ALIAS", "ENTITY_ADDRESS")
        for r in root.iterfind("ENTITIES/ENTITY")
    ]
    require(bool(entries), path, "the file holds no individuals or entities")
    for entry in entries:
        require(entry.id != "un-", path, f"an entry named {entry.name!r} has no DATAID")
        require(bool(entry.name), path, f"entry {entry.id} has no name")
    generated = root.get("dateGenerated", "")
    return SanctionsList(
        name=NAME,
        title="UN Security Council Consolidated List",
        format="un-xml",
        version=generated[:10] or "unknown",
        source=str(path),
        entries=entries,
    )
