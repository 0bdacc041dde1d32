"""Corpus links as records, and the policy that combines what the rules propose.

Three rules propose links between entities of different stories: ``alias-v1`` (a short
form a story introduces), ``surname-v2`` (a bare surname, see
:mod:`threadline.resolve.surnames`) and ``match-v3`` (close spellings, see
:mod:`threadline.resolve.crossdoc`). The store reads the rows, the rules decide, and
:func:`combine` settles what they proposed together.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, replace

from threadline.resolve.crossdoc import NameMatch
from threadline.resolve.matcher import FeatureResult

ALIAS_RULE = "alias-v1"


@dataclass(frozen=True)
class Link:
    """The mentions of ``alias_entity`` belong to ``entity``, by ``rule``, learned at a span.

    Links by name similarity carry the matcher's ``score``, its ``algorithm`` and its
    ``features`` as the explanation.
    """

    alias_entity: str
    alias: str
    alias_type: str
    entity: str
    rule: str
    document: str | None = None
    start: int | None = None
    end: int | None = None
    score: float | None = None
    algorithm: str | None = None
    features: tuple[FeatureResult, ...] = ()


def alias_links(
    introductions: Iterable[tuple[str, str, str, int, int]],
    *,
    names: Mapping[str, tuple[str, str]],
    fixed: Container[str],
    closed: Container[str],
) -> dict[str, Link]:
    """``alias-v1``: each short form joins the one entity stories introduced it for.

    ``introductions`` are ``(alias entity, entity, document, start, end)`` in story
    order, the entity already followed through people's merges; the first introduction
    of a form is its evidence. A form introduced for two different entities joins
    neither. ``names`` gives each alias entity's name and type (entities without one
    are skipped); ``fixed`` entities never move; ``closed`` entities (split off, or
    gone) take no others in.
    """
    targets: dict[str, dict[str, tuple[str, int, int]]] = {}
    for alias, entity, document, start, end in introductions:
        targets.setdefault(alias, {}).setdefault(entity, (document, start, end))
    links = {}
    for alias, fulls in targets.items():
        if len(fulls) != 1 or alias in fixed or alias not in names:
            continue
        [(entity, span)] = fulls.items()
        if entity not in closed:
            name, type_ = names[alias]
            links[alias] = Link(alias, name, type_, entity, ALIAS_RULE, *span)
    return links


def match_link(match: NameMatch, alias: str, alias_type: str, rule: str) -> Link:
    """The link a name match makes, with the matcher's result as its explanation."""
    return Link(
        match.alias_entity,
        alias,
        alias_type,
        match.entity,
        rule,
        score=match.score,
        algorithm=match.algorithm,
        features=match.features,
    )


def combine(*proposals: dict[str, Link]) -> dict[str, Link]:
    """The links to keep, from the rules' proposals in order of trust.

    An entity proposed by several rules keeps the first rule's link (an alias a story
    defines is surer than a surname, a surname surer than a similar spelling). Chains
    are followed ("FATF" → "F.A.T.F." → "Financial Action Task Force" links "FATF" to
    the last), and links that would go round in a circle are dropped.
    """
    wanted: dict[str, Link] = {}
    for links in proposals:
        for alias, link in links.items():
            wanted.setdefault(alias, link)
    return follow_chains(wanted)


def follow_chains(links: dict[str, Link]) -> dict[str, Link]:
    """Point each link at the end of its chain; drop links that lead back to themselves."""
    result = {}
    for alias, link in links.items():
        seen, target = {alias}, link.entity
        while target in links and target not in seen:
            seen.add(target)
            target = links[target].entity
        if target not in seen:
            result[alias] = replace(link, entity=target)
    return result
