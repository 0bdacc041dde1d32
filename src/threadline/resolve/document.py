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
   by the best of their names (``keys.better_name``);
5. a pronoun or nominal linked to a name ("he", "the cartel") is filed under that
   name's entity (``coref``); it takes no part in steps 1–4.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from threadline.model import DATE, LEGAL_ENTITY, LOCATION, ORGANIZATION, PERSON, Extraction, Mention
from threadline.resolve.acronyms import introduced_alias, split_inline
from threadline.resolve.coref import file_under_antecedents, is_linked
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
    """Set ``entity`` and ``canonical`` on every mention of one document, in place.

    A linked pronoun or nominal whose antecedent cannot be found keeps ``entity`` unset.
    """
    linked = [m for m in extraction.mentions if is_linked(m)]
    if linked:
        # the same aliases list: pairs found among the names are recorded on extraction
        named = replace(extraction, mentions=[m for m in extraction.mentions if not is_linked(m)])
        _resolve_names(named)
        file_under_antecedents(extraction.mentions)
    else:
        _resolve_names(extraction)


def _resolve_names(extraction: Extraction) -> None:
    mentions = extraction.mentions
    names = [base_name(m) for m in mentions]
    # Mentions are handled by their position in the list: ids are hashes, costly to redo.
    target = _short_form_targets(mentions, names)
    for alias, full in _alias_targets(extraction, names).items():
        target[alias] = full
        pair = (mentions[alias].id, mentions[full].id)
        if pair not in extraction.aliases:
            extraction.aliases.append(pair)
        if type_group(mentions[alias].type) != type_group(mentions[full].type):
            # "FATF" tagged as a place by the tagger is the body it stands for.
            mentions[alias].type = mentions[full].type

    roots = [_root(i, target) for i in range(len(mentions))]
    keys = [entity_key(m.type, name) for m, name in zip(mentions, names, strict=True)]
    clusters: dict[str, str] = {}
    document = extraction.document.id  # a hash of the whole text: compute it once
    for i, root in enumerate(roots):
        if root == i:
            clusters[keys[i]] = better_name(clusters.get(keys[i], ""), names[i])
    for m, root in zip(mentions, roots, strict=True):
        m.canonical = clusters[keys[root]]
        m.entity = _entity(mentions[root].type, m.canonical, document)


def _root(index: int, target: dict[int, int]) -> int:
    seen = {index}
    while index in target and target[index] not in seen:
        index = target[index]
        seen.add(index)
    return index


def _entity(type_: str, name: str, document: str) -> str:
    if type_ == DATE and date_value(name) is None:
        # "Thursday" names a different day in every story: an entity of this story only.
        key = f"{entity_key(type_, name)}@{document}"
        return "ent-" + hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
    return entity_id(type_, name)


def _short_form_targets(mentions: list[Mention], names: list[str]) -> dict[int, int]:
    """Positions of people's short forms (and mistyped surnames), each with its full name's."""
    tokens = {
        i: tuple(name_tokens(names[i], person=True))
        for i, m in enumerate(mentions)
        if m.type == PERSON
    }
    first: dict[Tokens, int] = {}
    for i, words in tokens.items():
        first.setdefault(words, i)
    links = link_short_forms(tokens.values())
    targets = {i: first[links[words]] for i, words in tokens.items() if words in links}
    surnames = surname_index(words for words in first if words not in links)
    for i, m in enumerate(mentions):
        if m.type in _RETYPABLE:
            one = name_tokens(names[i], person=True)
            if is_mistyped_surname(names[i], one, surnames):
                targets[i] = first[surnames[one[0]]]
                m.type = PERSON  # "Votel" tagged as an organisation is Gen. Joseph Votel
    return targets


def _alias_targets(extraction: Extraction, names: list[str]) -> dict[int, int]:
    """Positions of mentions of an alias the story introduces, each with the introducer's."""
    text = extraction.document.text
    introduced: dict[Tokens, list[int]] = {}
    for i, m in enumerate(extraction.mentions):
        if type_group(m.type) in _VALUE_GROUPS:
            continue
        inline = split_inline(m.text)
        alias = inline[1] if inline else introduced_alias(text, m.end, names[i])
        if alias:
            introduced.setdefault(tuple(name_tokens(alias)), []).append(i)
    # One alias introduced for two different names is ambiguous and left alone.
    unique = {
        alias: fulls[0]
        for alias, fulls in introduced.items()
        if len({entity_key(extraction.mentions[f].type, names[f]) for f in fulls}) == 1
    }
    introducers = {f for fulls in introduced.values() for f in fulls}
    result: dict[int, int] = {}
    for i, m in enumerate(extraction.mentions):
        if type_group(m.type) in _VALUE_GROUPS or i in introducers:
            continue
        full = unique.get(tuple(name_tokens(names[i])))
        if full is not None:
            result[i] = full
    return result
