"""Cross-document matching: two spellings of one name in different stories are one entity.

Keys join identical normalized names; this rule joins names that are *close*: "Виктор
Бут" in one story and "Viktor Bout" in another, "Sergei Ryabkov" and "Sergey
Ryabkov". Candidate pairs come from blocking (:mod:`threadline.resolve.blocking`), are
scored with the name matcher, and those at or above a threshold (the
``resolve_threshold`` setting) are merged; the matcher's features are stored as the
explanation. The functions take plain ``(id, type, name)`` rows, so the store applies
them without resolve knowing how entities are kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from threadline.errors import UsageError
from threadline.resolve.blocking import MAX_BLOCK, candidate_pairs
from threadline.resolve.comparable import comparable, is_latin
from threadline.resolve.fuller import common_parts, compare_fuller, name_parts
from threadline.resolve.keys import better_name
from threadline.resolve.matcher import FeatureResult, MatchResult, matcher_schema
from threadline.resolve.normalize import type_group
from threadline.resolve.scripts import compare_across_scripts

#: Versioned name of the rule, stored with every link it makes.
MATCH_RULE = "match-v3"


@dataclass(frozen=True)
class NameMatch:
    """``alias_entity`` is ``entity`` because their names scored ``score`` (≥ threshold)."""

    alias_entity: str
    entity: str
    score: float
    algorithm: str
    features: tuple[FeatureResult, ...]


def score(
    left: tuple[str, str],
    right: tuple[str, str],
    common: frozenset[str] = frozenset(),
    *,
    fuller: bool = True,
) -> MatchResult:
    """The result for two ``(type, name)`` entities, the same whichever comes first.

    The name with fewer parts is the matcher's query, the fuller one its entry (whose
    parts the query lacks count less, as a list's patronymics do); names in two scripts
    get the best of three comparisons (:func:`.scripts.compare_across_scripts`); for
    people, the fuller name is also compared without the parts the shorter one leaves
    out (:func:`.fuller.compare_fuller`, given the corpus's ``common`` name parts),
    unless ``fuller`` is off.
    """
    left, right = sorted((left, right), key=lambda e: (len(name_parts(e[1])), e[1]))
    schemas = (matcher_schema(left[0]), matcher_schema(right[0]))
    base = compare_across_scripts(left[1], right[1], schemas=schemas)
    if not fuller or type_group(left[0]) != "person" or base.score >= 1.0:
        return base
    result = compare_fuller(
        left[1], right[1], lambda a, b: compare_across_scripts(a, b, schemas=schemas), common
    )
    return result if result is not None and result.score > base.score else base


def common_person_parts(entities: Iterable[tuple[str, str, str]]) -> frozenset[str]:
    """The name parts common among the people of ``(id, type, name)`` entities (see
    :func:`.fuller.common_parts`)."""
    return common_parts(name for _, type_, name in entities if type_group(type_) == "person")


def check_threshold(threshold: float) -> float:
    """The threshold, or a usage error when it is not a score above 0 and at most 1."""
    if not 0.0 < threshold <= 1.0:
        raise UsageError(
            f"resolve threshold {threshold} is outside 0–1; set THREADLINE_RESOLVE_THRESHOLD"
            " to a score such as 0.88"
        )
    return threshold


def match_entities(
    entities: Iterable[tuple[str, str, str]],
    *,
    threshold: float,
    fuller: bool = True,
    stay: frozenset[str] = frozenset(),
    absent: frozenset[str] = frozenset(),
    max_block: int = MAX_BLOCK,
    pairs: Iterable[tuple[str, str]] | None = None,
) -> dict[str, NameMatch]:
    """Map entities to the entity they are the same as, by name similarity across the corpus.

    Candidate pairs scoring at least ``threshold`` form groups (see
    :func:`group_matches`). Entities in ``stay`` (people decided about them) never move,
    and a group containing one is joined to it. Entities in ``absent`` (their mentions
    already moved by an earlier link) can join a group but never be its target.
    ``pairs`` replaces blocking with the pairs given. With ``fuller`` off, people's
    names are compared in full (see :func:`score`).
    """
    check_threshold(threshold)
    rows = {id_: (type_, name) for id_, type_, name in entities}
    if pairs is None:
        pairs = candidate_pairs(((i, *row) for i, row in rows.items()), max_block=max_block)
    common = common_person_parts((i, *row) for i, row in rows.items())
    scored = score_pairs(rows, pairs, common, fuller=fuller)
    edges = [pair for pair, result in scored.items() if result.score >= threshold]
    return group_matches(
        rows,
        edges,
        threshold=threshold,
        fuller=fuller,
        common=common,
        stay=stay,
        absent=absent,
        scored=scored,
    )


def score_pairs(
    rows: Mapping[str, tuple[str, str]],
    pairs: Iterable[tuple[str, str]],
    common: frozenset[str],
    *,
    fuller: bool,
) -> dict[tuple[str, str], MatchResult]:
    """The matcher's result for each pair of ``(type, name)`` rows the rules let it score
    (:func:`~threadline.resolve.comparable.comparable`)."""
    return {
        (a, b): score(rows[a], rows[b], common, fuller=fuller)
        for a, b in pairs
        if comparable(rows[a], rows[b])
    }


def group_matches(
    rows: Mapping[str, tuple[str, str]],
    edges: Iterable[tuple[str, str]],
    *,
    threshold: float,
    fuller: bool,
    common: frozenset[str],
    stay: AbstractSet[str] = frozenset(),
    absent: AbstractSet[str] = frozenset(),
    scored: Mapping[tuple[str, str], MatchResult] | None = None,
) -> dict[str, NameMatch]:
    """The links of groups: ``edges`` (pairs scoring at least ``threshold``) join ``rows``
    into groups; each group's target is its best-written name (see ``better_name``),
    and each other member joins it only if its own score against the target reaches the
    threshold too, and the pair passes :func:`~threadline.resolve.comparable.comparable`,
    so a chain of small differences never joins two names that are far apart or that
    the rules keep apart. ``scored`` are results already known, by sorted id pair.
    Groups are independent of each other: the links of a group depend only on its
    members' rows, flags and the ``common`` name parts.
    """
    parent = {id_: id_ for id_ in rows}

    def root(id_: str) -> str:
        while parent[id_] != id_:
            parent[id_] = parent[parent[id_]]
            id_ = parent[id_]
        return id_

    for a, b in edges:
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for id_ in sorted(rows):
        groups.setdefault(root(id_), []).append(id_)
    known = scored or {}
    links: dict[str, NameMatch] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        target = _target([m for m in members if m not in absent] or members, rows, stay)
        for member in members:
            if member == target or member in stay or not comparable(rows[member], rows[target]):
                continue
            key = (min(member, target), max(member, target))
            result = known.get(key) or score(rows[key[0]], rows[key[1]], common, fuller=fuller)
            if result.score >= threshold:
                links[member] = NameMatch(
                    member, target, result.score, result.algorithm, tuple(result.features)
                )
    return links


def _target(members: list[str], rows: Mapping[str, tuple[str, str]], stay: AbstractSet[str]) -> str:
    """The member a group joins: one people decided about if any, else the best name,
    preferring names in Latin script (the corpus's language) to transliterated ones."""
    pool = [m for m in members if m in stay] or members
    pool = [m for m in pool if is_latin(rows[m][1])] or pool
    best = ""
    for member in pool:
        best = better_name(best, rows[member][1])
    return min(m for m in pool if rows[m][1] == best)
