"""Short forms a story introduces for a name, for the corpus rule ``alias-v1``.

"the Financial Action Task Force (FATF)", "(also known as ISIL)", 'Joaquín Guzmán,
known as "El Chapo"': each says that, in this story, the short form names the same
entity as the full name. :func:`story_aliases` lists them with the span that says so;
the store keeps them, and ``alias-v1`` (:func:`threadline.resolve.links.alias_links`)
applies them to stories that only use the short form.
"""

from __future__ import annotations

from dataclasses import dataclass

from threadline.model import Extraction, Mention
from threadline.resolve.acronyms import introduced_alias, split_inline
from threadline.resolve.keys import entity_id
from threadline.resolve.normalize import clean_name, type_group

_VALUE_GROUPS = frozenset({"date", "money"})
_CLOSING = ")]\"'\u201d\u2019"


@dataclass(frozen=True)
class Introduction:
    """A story says ``alias`` is ``entity``, at ``start``–``end`` (the full name and the
    words introducing the alias); ``alias_entity`` is the entity the bare alias would be."""

    alias_entity: str
    alias: str
    type: str
    entity: str
    start: int
    end: int


def story_aliases(extraction: Extraction) -> list[Introduction]:
    """The short forms a resolved story introduces, one per alias entity.

    A form the story introduces for two different entities says nothing and is left
    out, as is a form that is already the full name's own entity.
    """
    text = extraction.document.text
    found: dict[str, dict[str, Introduction]] = {}

    def add(alias: str, full: Mention, end: int) -> None:
        name = clean_name(alias)
        alias_entity = entity_id(full.type, name)
        if full.entity and name and alias_entity != full.entity:
            intro = Introduction(alias_entity, name, full.type, full.entity, full.start, end)
            found.setdefault(alias_entity, {}).setdefault(full.entity, intro)

    for m in sorted(extraction.mentions, key=lambda m: m.start):
        if type_group(m.type) in _VALUE_GROUPS:
            continue
        inline = split_inline(m.text)
        alias = inline[1] if inline else introduced_alias(text, m.end, m.canonical or m.text)
        if alias:
            add(alias, m, m.end if inline else introduction_end(text, m.end, alias))
    by_id = {m.id: m for m in extraction.mentions}
    for alias_id, full_id in extraction.aliases:
        if alias_id in by_id and full_id in by_id:
            add(by_id[alias_id].text, by_id[full_id], by_id[full_id].end)
    return [next(iter(f.values())) for f in found.values() if len(f) == 1]


def introduction_end(text: str, start: int, alias: str) -> int:
    """Where the words introducing an alias end: "… (FATF)" ends after the bracket."""
    at = text.find(alias, start)
    if at < 0:
        return start
    end = at + len(alias)
    return end + 1 if end < len(text) and text[end] in _CLOSING else end
