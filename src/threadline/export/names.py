"""Which FollowTheMoney name property each surface form of an entity belongs in.

FtM separates strong aliases (``alias``: another full name), weak ones (``weakAlias``:
a form too short to identify the entity alone, like a bare surname) and abbreviations
(``abbreviation``: "FATF"). Screening tools match on ``name`` and ``alias`` but treat
weak aliases with care, so the split matters to whoever loads the export.
"""

from __future__ import annotations

from collections.abc import Iterable

from threadline.model import PERSON
from threadline.resolve.normalize import clean_name, name_tokens, strip_honorific


def is_abbreviation(form: str) -> bool:
    """A short all-capitals word such as "FATF", "CJNG" or "MS-13"."""
    letters = [c for c in form if c.isalpha()]
    return " " not in form and 2 <= len(form) <= 10 and bool(letters) and form.isupper()


def name_properties(type_: str, name: str, surfaces: Iterable[str]) -> dict[str, list[str]]:
    """The ``alias``, ``weakAlias`` and ``abbreviation`` values of an entity.

    Each surface form is tidied (leading "the", possessive and, for people, courtesy
    titles dropped); forms that differ from the name only in case are left out. A
    person's shorter form made of words of the full name ("Yellen" for "Janet Yellen")
    is a weak alias; an organisation's all-capitals short form is an abbreviation;
    anything else is an alias.
    """
    result: dict[str, list[str]] = {"alias": [], "weakAlias": [], "abbreviation": []}
    seen = {name.casefold()}
    full = set(name_tokens(name, person=type_ == PERSON))
    for surface in surfaces:
        form = clean_name(surface)
        if type_ == PERSON:
            form = strip_honorific(form)
        if not form or form.casefold() in seen:
            continue
        seen.add(form.casefold())
        tokens = set(name_tokens(form, person=type_ == PERSON))
        if type_ == PERSON and tokens < full:
            result["weakAlias"].append(form)
        elif type_ != PERSON and is_abbreviation(form):
            result["abbreviation"].append(form)
        else:
            result["alias"].append(form)
    return {prop: sorted(values) for prop, values in result.items() if values}
