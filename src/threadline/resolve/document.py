"""Resolving one document: every mention of an :class:`Extraction` gets an entity id.

The rules run in this order, each a small function of its own module:

1. each mention's name is tidied (``normalize.clean_name``), a person's courtesy title
   dropped, a country named in its standard form (``countries.country_name``), an
   absolute date by its ISO value (``values.date_value``), and a
   mention written "Financial Action Task Force (FATF)" split into name and acronym;
2. a person's short form links to the one fuller name in the story, and a bare surname
   tagged as an organisation links to the one person of that surname (``within``);
3. an alias the story introduces ("… (FATF)", "known as …") links to its full name
   (``acronyms``), and the pair is recorded in ``extraction.aliases``;
4. mentions that end up with the same key (``keys.entity_key``) are one entity, named
   by the best of their names (``keys.better_name``).
"""

from __future__ import annotations

import hashlib

from threadline.model import DATE, LEGAL_ENTITY, LOCATION, ORGANIZATION, PERSON, Extraction, Mention
from threadline.resolve.acronyms import introduced_alias, split_inline
from threadline.resolve.countries import country_name
from threadline.resolve.keys import better_name, entity_id, entity_key
from threadline.resolve.normalize import clean_name, name_tokens, strip_honorific, type_group
from threadline.resolve.values import date_value
from threadline.resolve.within import is_mistyped_surname, link_short_forms, surname_index

#: Groups whose names are values, never aliases of each other.
_VALUE_GROUPS = frozenset({"date", "money"})
#: Types a tagger gives a bare surname by mistake (not PublicBody/Company, which come
#: from lists and legal-form rules).
_RETYPABLE = frozenset({ORGANIZATION, LEGAL_ENTITY})
Tokens = tuple[str, ...]


def base_name(mention: Mention) -> str:
    """The name a mention gives on its own, before looking at the rest of the story."""
    name = clean_name(mention.canonical or mention.text) or mention.text.strip()
    inline = split_inline(name)
    if inline is not None:
        name = inline[0]
    if mention.type == PERSON:
        name = strip_honorific(name)
    elif mention.type == LOCATION:
        name = country_name(name) or name
    elif mention.type == DATE:
        name = date_value(name) or name  # "12 March 2019" is named "2019-03-12"
    return name


def resolve_extraction(extraction: Extraction) -> None:
    """Set ``entity`` and ``canonical`` on every mention of one document, in place."""
    mentions = extraction.mentions
    names = {m.id: base_name(m) for m in mentions}
    target: dict[str, Mention] = {}
    target.update(_short_form_targets(mentions, names))
    by_id = {m.id: m for m in mentions}
    for alias_id, full in _alias_targets(extraction, names).items():
        alias = by_id[alias_id]
        target[alias_id] = full
        if (alias.id, full.id) not in extraction.aliases:
            extraction.aliases.append((alias.id, full.id))
        if type_group(alias.type) != type_group(full.type):
            alias.type = full.type  # "FATF" tagged as a place by the tagger is the body

    roots = {m.id: _root(m, target) for m in mentions}
    clusters: dict[str, str] = {}
    for m in mentions:
        root = roots[m.id]
        if root is m:
            key = entity_key(m.type, names[m.id])
            clusters[key] = better_name(clusters.get(key, ""), names[m.id])
    for m in mentions:
        root = roots[m.id]
        m.canonical = clusters[entity_key(root.type, names[root.id])]
        m.entity = _entity(root.type, m.canonical, extraction.document.id)


def _root(mention: Mention, target: dict[str, Mention]) -> Mention:
    seen = {mention.id}
    while mention.id in target and target[mention.id].id not in seen:
        mention = target[mention.id]
        seen.add(mention.id)
    return mention


def _entity(type_: str, name: str, document: str) -> str:
    if type_ == DATE and date_value(name) is None:
        # "Thursday" names a different day in every story: an entity of this story only.
        key = f"{entity_key(type_, name)}@{document}"
        return "ent-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return entity_id(type_, name)


def _short_form_targets(mentions: list[Mention], names: dict[str, str]) -> dict[str, Mention]:
    people = [m for m in mentions if m.type == PERSON]
    tokens = {m.id: tuple(name_tokens(names[m.id], person=True)) for m in people}
    first: dict[Tokens, Mention] = {}
    for m in people:
        first.setdefault(tokens[m.id], m)
    links = link_short_forms(tokens.values())
    targets = {m.id: first[links[tokens[m.id]]] for m in people if tokens[m.id] in links}
    surnames = surname_index(t for t in first if t not in links)
    for m in mentions:
        if m.type in _RETYPABLE:
            words = name_tokens(names[m.id], person=True)
            if is_mistyped_surname(names[m.id], words, surnames):
                targets[m.id] = first[surnames[words[0]]]
                m.type = PERSON  # "Votel" tagged as an organisation is Gen. Joseph Votel
    return targets


def _alias_targets(extraction: Extraction, names: dict[str, str]) -> dict[str, Mention]:
    """Ids of mentions of an alias the story introduces, each with the mention introducing it."""
    text = extraction.document.text
    introduced: dict[Tokens, list[Mention]] = {}
    for m in extraction.mentions:
        if type_group(m.type) in _VALUE_GROUPS:
            continue
        inline = split_inline(m.text)
        alias = inline[1] if inline else introduced_alias(text, m.end, names[m.id])
        if alias:
            introduced.setdefault(tuple(name_tokens(alias)), []).append(m)
    result: dict[str, Mention] = {}
    for m in extraction.mentions:
        if type_group(m.type) in _VALUE_GROUPS:
            continue
        fulls = introduced.get(tuple(name_tokens(names[m.id])), [])
        keys = {entity_key(f.type, names[f.id]) for f in fulls}
        if len(keys) == 1 and all(f.id != m.id for f in fulls):
            result[m.id] = fulls[0]  # one alias for two different names is left alone
    return result
