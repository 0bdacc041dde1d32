"""Country names: "U.S.", "USA", "America" and "the United States" are one Location.

Names and codes come from rigour's territories data (the same data FollowTheMoney uses
for its ``country`` type), not from a table of our own. Two limits keep the rule safe:

- only whole countries and country-level territories are merged; a sub-national
  territory ("Texas") keeps its own name;
- a city that the data lists as a *place* of a country ("Brussels", "Caracas") is not
  merged into it: in the news a capital usually stands for its government, which is a
  different actor from the country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rigour.territories import lookup_territory
from rigour.territories.territory import Territory
from rigour.territories.util import normalize_territory_name

from threadline.resolve.normalize import clean_name

#: Codes written as an acronym ("US", "U.S.", "UAE"): 2–3 capital letters, dots allowed.
_CODE = re.compile(r"^(?:[A-Z]\.?){2,3}$")


def _is_place_of(territory: Territory, name: str) -> bool:
    wanted = normalize_territory_name(name)
    return any(normalize_territory_name(place) == wanted for place in territory.places)


@lru_cache(maxsize=4096)
def country_name(name: str) -> str | None:
    """The standard name of the country a Location mention names, or None.

    "U.S.", "US", "USA", "United States", "the United States of America" and "America"
    all give "United States"; "UK" and "Britain" give "United Kingdom". Capitals and
    other cities ("Washington", "Moscow", "Brussels") and regions ("Texas") give None
    and stay entities of their own.
    """
    cleaned = clean_name(name)
    if not cleaned:
        return None
    if not cleaned[0].isupper():
        return None  # "the island" is not Iceland ("Ísland"): a country is a proper name
    letters = cleaned.replace(".", "")
    if len(letters) <= 3 and not letters.isupper():
        return None  # "Us", "in", "it": short lower-case words are not country codes
    if letters.isupper() and not _CODE.match(cleaned):
        cleaned = cleaned.title()  # "MEXICO" in a headline is a name, not a code
    territory = lookup_territory(cleaned)
    if territory is None or "-" in territory.code or _is_place_of(territory, cleaned):
        return None
    return territory.name
