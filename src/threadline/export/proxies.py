"""Building FtM entities: cleaned proxies and country codes, shared by the exporters."""

from __future__ import annotations

from typing import Any

from followthemoney import model, registry
from followthemoney.proxy import EntityProxy

from threadline.resolve.countries import country_name


def make(schema: str, id_: str, **properties: Any) -> EntityProxy:
    """An FtM entity with cleaned values; empty and invalid values are left out."""
    proxy = model.make_entity(schema)
    proxy.id = id_
    for prop, values in properties.items():
        if values is not None and values != []:
            proxy.add(prop, values)
    return proxy


def country_code(name: str) -> str | None:
    """The FtM country code of a Location that is a country ("U.S." → "us"), else None."""
    country = country_name(name)
    return registry.country.clean(country) if country else None
