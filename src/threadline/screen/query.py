"""Turning what a user passes (name, schema, birth date, country) into a query
:class:`Subject`, with clear errors for input that cannot be screened."""

from __future__ import annotations

import re

from threadline.errors import ScreenError
from threadline.matching.normalize import check_name, name_form, schema_kind
from threadline.matching.subject import OBJECTS, ORGANIZATIONS, PERSON, Subject

SCHEMATA = (PERSON, "LegalEntity", *sorted(ORGANIZATIONS), *sorted(OBJECTS))
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def check_schema(schema: str | None) -> str | None:
    """The schema, or a :class:`ScreenError` listing the ones that can be screened."""
    if schema is None or schema == "":
        return None
    for known in SCHEMATA:
        if schema.lower() == known.lower():
            return known
    raise ScreenError(f"unknown schema {schema!r}; use one of {', '.join(SCHEMATA)}")


def check_birth_date(value: str | None) -> str | None:
    """A birth date as YYYY, YYYY-MM or YYYY-MM-DD, or a :class:`ScreenError`."""
    if value is None or value == "":
        return None
    found = _DATE.match(value.strip())
    year, month, day = found.groups() if found else (None, None, None)
    if not found or not 1 <= int(month or 1) <= 12 or not 1 <= int(day or 1) <= 31:
        raise ScreenError(f"birth date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return "-".join([year or "", *(f"{int(p):02d}" for p in (month, day) if p)])


def check_country(value: str | None) -> str | None:
    """A lowercase ISO country code from a code or a country name, or a :class:`ScreenError`."""
    if value is None or value.strip() == "":
        return None
    value = value.strip()
    if len(value) == 2 and value.isalpha():
        return value.lower()
    from rigour.territories import lookup_territory

    territory = lookup_territory(value)
    if territory is None:
        raise ScreenError(f"unknown country {value!r}; pass a two-letter code such as RU or IR")
    return territory.code.lower()


def make_query(
    names: list[str],
    *,
    schema: str | None = None,
    birth_date: str | None = None,
    country: str | None = None,
) -> Subject:
    """A query subject from one or more names of the same person or organization."""
    schema = check_schema(schema)
    kind = schema_kind(schema)
    forms = []
    for name in names:
        form = name_form(check_name(name), kind)
        if form not in forms:
            forms.append(form)
    dob = check_birth_date(birth_date)
    code = check_country(country)
    return Subject(
        schema=schema,
        names=tuple(forms),
        birth_dates=(dob,) if dob else (),
        countries=(code,) if code else (),
        caption=names[0],
    )
