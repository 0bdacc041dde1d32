"""Capitals that act stand for their state: "*Moscow* has cancelled a crime-fighting
agreement with *Washington*" is Russia cancelling an agreement with the United States.

A Location mention that names a capital (``data/events/capitals.txt``: the capital and
its country's ISO code; rigour names the country) and acts in an event (an agent, or a
party of an agreement) or undergoes a sanction gets the country as its canonical form,
so resolution files it under the state. The same capital as a place ("arrested in
Moscow") keeps its own name.
"""

from __future__ import annotations

from functools import cache

from rigour.territories import get_territory

from threadline.extract.vocabulary import table
from threadline.model import LOCATION, Event, Mention


@cache
def capitals() -> dict[str, str]:
    """Capital (lower case) → the name of its country."""
    found = {}
    for *words, code in table("events/capitals"):
        territory = get_territory(code)
        if territory is not None:
            found[" ".join(words)] = territory.name
    return found


def _acting(event: Event) -> list[str]:
    ids = event.agents + list(event.attributes.get("parties", []))
    return ids + event.targets if event.type == "sanction" else ids


def name_states(events: list[Event], mentions: list[Mention]) -> None:
    """Give capitals that act in ``events`` their country as canonical form, in place."""
    by_id = {m.id: m for m in mentions}
    for event in events:
        for mention_id in _acting(event):
            mention = by_id.get(mention_id)
            if mention is None or mention.type != LOCATION or mention.kind != "name":
                continue
            country = capitals().get(mention.text.lower().strip())
            if country is not None:
                mention.canonical = country
