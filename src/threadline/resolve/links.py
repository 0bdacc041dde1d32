"""Corpus links as records, and the policy that combines what the rules propose.

Three rules propose links between entities of different stories: ``alias-v1`` (a short
form a story introduces), ``surname-v2`` (a bare surname, see
:mod:`threadline.resolve.surnames`) and ``match-v1`` (close spellings, see
:mod:`threadline.resolve.crossdoc`). The store reads the rows, the rules decide, and
:func:`combine` settles what they proposed together.
"""

from __future__ import annotations

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
