"""Which ``match-v3`` groups a few new or changed names can change (the incremental pass).

``match-v3`` (:mod:`threadline.resolve.crossdoc`) joins names through *edges*: blocked
pairs that score at or above the threshold. The links of a group depend only on its
members (their names, whether people decided about them, whether an earlier link
emptied them), the edges between them, and which name parts are common in the corpus.
So after a story adds or renames a few entities, only these can change:

- the edges of the entities whose name changed, came or went;
- the edges of every entity of a block that crossed the size cut-off
  (:data:`~threadline.resolve.blocking.MAX_BLOCK`): its pairs appear or vanish at once;
- the edges of every person bearing a name part whose count crossed the "common part"
  cut-off (:data:`~threadline.resolve.fuller.COMMON_PART`), which changes how shorter
  names compare with fuller ones;
- the groups containing any of those, or an entity whose flags changed, or an entity
  that had an edge to one of those before (a group may fall apart).

Every other group keeps its members, edges and links. The store keeps each entity's
*index keys* (its blocking keys, and ``part:`` plus each name part of a person) so that
blocks and part counts are read without reading every name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from threadline.resolve.blocking import blocking_keys, enough_overlap, token_keys
from threadline.resolve.normalize import name_tokens, type_group

#: Index keys that count the people bearing a name part (not blocking keys).
PART = "part:"


class MatchRow(NamedTuple):
    """What ``match-v3`` reads of one entity: its type and name, whether people decided
    about it (``stay``: it never moves) and whether an earlier link emptied it
    (``absent``: it never becomes a group's target)."""

    type: str
    name: str
    stay: bool
    absent: bool


def index_keys(type_: str, name: str) -> frozenset[str]:
    """An entity's blocking keys, plus ``part:`` and each part of a person's name."""
    keys = set(blocking_keys(type_, name))
    if type_group(type_) == "person":
        keys.update(PART + t for t in name_tokens(name, person=True))
    return frozenset(keys)


def renamed(old: Mapping[str, MatchRow], new: Mapping[str, MatchRow]) -> set[str]:
    """Entities that came, went, or changed type or name since the last pass."""
    return {
        id_
        for id_ in old.keys() | new.keys()
        if id_ not in old or id_ not in new or old[id_][:2] != new[id_][:2]
    }


def reflagged(
    old: Mapping[str, MatchRow], new: Mapping[str, MatchRow], names: AbstractSet[str]
) -> set[str]:
    """Entities not in ``names`` (those :func:`renamed`) whose ``stay`` or ``absent``
    flag changed."""
    return {id_ for id_ in old.keys() & new.keys() if old[id_] != new[id_]} - names


def crossed(
    before: Mapping[str, int], after: Mapping[str, int], *, max_block: int, common_part: int
) -> set[str]:
    """The index keys (with their number of entities before and after) whose size crossed
    a cut-off: a block that grew past ``max_block`` (or shrank back) makes or drops all
    its pairs; a name part that ``common_part`` people now bear (or no longer do)
    changes how names with it compare."""
    keys = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key, 0), after.get(key, 0)
        if key.startswith(PART):
            flip = (old >= common_part) != (new >= common_part)
        else:
            flip = (old <= max_block) != (new <= max_block)
        if flip:
            keys.add(key)
    return keys


def partner_pairs(
    entities: Iterable[str],
    rows: Mapping[str, MatchRow],
    keys: Mapping[str, AbstractSet[str]],
    blocks: Mapping[str, AbstractSet[str]],
    *,
    max_block: int,
) -> set[tuple[str, str]]:
    """The candidate pairs (sorted ids) of ``entities``, as blocking makes them over the
    whole corpus: a shared blocking key of at most ``max_block`` entities (``blocks``
    gives each key's members, ``keys`` each entity's keys) and enough name parts in
    common (:func:`~threadline.resolve.blocking.enough_overlap`)."""
    pairs = set()
    for entity in entities:
        mine = token_keys(*rows[entity][:2])
        for key in keys[entity]:
            block = blocks.get(key, frozenset())
            if key.startswith(PART) or len(block) > max_block:
                continue
            for other in block - {entity}:
                if enough_overlap(mine, token_keys(*rows[other][:2])):
                    pairs.add((min(entity, other), max(entity, other)))
    return pairs


def common_among(counts: Mapping[str, int], common_part: int) -> frozenset[str]:
    """The name parts (``part:`` keys with their number of bearers) that are common."""
    return frozenset(k[len(PART) :] for k, n in counts.items() if n >= common_part)
