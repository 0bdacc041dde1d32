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

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from threadline.errors import UsageError
from threadline.resolve.blocking import MAX_BLOCK, candidate_pairs
from threadline.resolve.keys import better_name
from threadline.resolve.matcher import FeatureResult, MatchResult, compare_names, matcher_schema
from threadline.resolve.normalize import name_tokens, type_group

#: Versioned name of the rule, stored with every link it makes.
MATCH_RULE = "match-v1"


@dataclass(frozen=True)
class NameMatch:
    """``alias_entity`` is ``entity`` because their names scored ``score`` (≥ threshold)."""

    alias_entity: str
    entity: str
    score: float
    algorithm: str
    features: tuple[FeatureResult, ...]


def comparable(left: tuple[str, str], right: tuple[str, str]) -> bool:
    """Whether two ``(type, name)`` entities may be joined by name similarity at all.

    Both must be people, or both organisations (of any kind); see also
    :func:`is_logographic`, :func:`adds_leading_name` and :func:`adds_words`. A
    one-word person name is never joined to a longer one by similarity: "Assad" is not
    "Bassel al-Assad" because the letters fit; which full name a bare surname stands
    for is the surname rule's decision, made on the whole corpus.
    """
    group = type_group(left[0])
    if group != type_group(right[0]) or (is_logographic(left[1]) and is_logographic(right[1])):
        return False
    if group == "person":
        a, b = name_tokens(left[1], person=True), name_tokens(right[1], person=True)
        sizes = {len(a), len(b)}
        if 0 in sizes or (1 in sizes and sizes != {1}):
            return False
        return not adds_leading_name(a, b) and not adds_leading_name(b, a)
    return not adds_words(name_tokens(left[1]), name_tokens(right[1]))


def adds_words(left: list[str], right: list[str]) -> bool:
    """Whether one organisation's name is the other's with words added: another body.

    "Royal Jordanian Air Force" is not the "Royal Air Force", the "United Nations
    Security Council Committee" is not the Council, and "al-Qaida in Iraq" is not
    al-Qaida, however similar the letters.
    """
    a, b = set(left), set(right)
    return a != b and (a < b or b < a)


def adds_leading_name(short: list[str], full: list[str]) -> bool:
    """Whether ``full`` is ``short`` with other given names in front: another person.

    Where names carry the father's name, "Qusay Saddam Hussein al-Tikriti" is Saddam
    Hussein al-Tikriti's son and "Atiqullah Wali Mohammad" is Wali Mohammad's, so a
    name is never joined by similarity to the same name with a name put in front of it.
    A name with more parts after or inside ("Joaquín Guzmán Loera", "Sergei
    Alexeyevich Ryabkov") can still join.
    """
    return 1 <= len(short) < len(full) and full[len(full) - len(short) :] == short


def score(left: tuple[str, str], right: tuple[str, str]) -> MatchResult:
    """The matcher's result for two ``(type, name)`` entities."""
    return compare_names(
        left[1],
        right[1],
        left_schema=matcher_schema(left[0]),
        right_schema=matcher_schema(right[0]),
    )


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
    stay: frozenset[str] = frozenset(),
    absent: frozenset[str] = frozenset(),
    max_block: int = MAX_BLOCK,
    pairs: Iterable[tuple[str, str]] | None = None,
) -> dict[str, NameMatch]:
    """Map entities to the entity they are the same as, by name similarity across the corpus.

    Candidate pairs scoring at least ``threshold`` form groups; each group's target is
    its best-written name (see ``better_name``), and each other member joins it only if
    its own score against the target reaches the threshold too, so a chain of small
    differences never joins two names that are far apart. Entities in ``stay`` (people
    decided about them) never move, and a group containing one is joined to it.
    Entities in ``absent`` (their mentions already moved by an earlier link) can join a
    group but never be its target. ``pairs`` replaces blocking with the pairs given.
    """
    check_threshold(threshold)
    rows = {id_: (type_, name) for id_, type_, name in entities}
    scored: dict[tuple[str, str], MatchResult] = {}
    parent = {id_: id_ for id_ in rows}

    def root(id_: str) -> str:
        while parent[id_] != id_:
            parent[id_] = parent[parent[id_]]
            id_ = parent[id_]
        return id_

    if pairs is None:
        pairs = candidate_pairs(((i, *row) for i, row in rows.items()), max_block=max_block)
    for a, b in pairs:
        if not comparable(rows[a], rows[b]):
            continue
        result = scored[a, b] = score(rows[a], rows[b])
        if result.score >= threshold:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for id_ in sorted(rows):
        groups.setdefault(root(id_), []).append(id_)
    links: dict[str, NameMatch] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        target = _target([m for m in members if m not in absent] or members, rows, stay)
        for member in members:
            if member == target or member in stay:
                continue
            key = (min(member, target), max(member, target))
            result = scored.get(key) or score(rows[key[0]], rows[key[1]])
            if result.score >= threshold:
                links[member] = NameMatch(
                    member, target, result.score, result.algorithm, result.features
                )
    return links


_LOGOGRAPHIC = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")


def is_logographic(name: str) -> bool:
    """Whether a name is written in Chinese characters, Hangul or Japanese kana.

    Two such names are never joined by similarity: these scripts have no spelling
    variants, and their transliterations blur different names together ("兵 郑" and
    "兵 张" become "bing zheng" and "bing zhang"). Written the same, they share a key.
    """
    return any(unicodedata.name(c, "").startswith(_LOGOGRAPHIC) for c in name if c.isalpha())


def is_latin(name: str) -> bool:
    """Whether every letter of a name is a Latin letter ("Joaquín Guzmán", not "Виктор Бут")."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


def _target(members: list[str], rows: dict[str, tuple[str, str]], stay: frozenset[str]) -> str:
    """The member a group joins: one people decided about if any, else the best name,
    preferring names in Latin script (the corpus's language) to transliterated ones."""
    pool = [m for m in members if m in stay] or members
    pool = [m for m in pool if is_latin(rows[m][1])] or pool
    best = ""
    for member in pool:
        best = better_name(best, rows[member][1])
    return min(m for m in pool if rows[m][1] == best)
