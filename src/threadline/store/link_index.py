"""``match-v3`` over a store, pass after pass: recompute only what new names can change.

The tables of ``0760_link_index.sql`` keep what the last pass read and found (each
entity's name and flags, its index keys, the edges, the links proposed). A pass compares
the entities it reads now with them and hands the differences to
:mod:`threadline.resolve.incremental`, which says which edges and groups to recompute;
the other groups keep their links. :func:`rebuild_matches` recomputes everything (the
reference, after an upgrade or a change of settings). This module only reads and writes
rows: the decisions are :mod:`threadline.resolve`'s.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from threadline.resolve import blocking, fuller
from threadline.resolve.crossdoc import (
    MATCH_RULE,
    NameMatch,
    group_matches,
    score_pairs,
)
from threadline.resolve.incremental import (
    PART,
    MatchRow,
    common_among,
    crossed,
    index_keys,
    partner_pairs,
    reflagged,
    renamed,
)
from threadline.resolve.matcher import DEFAULT_ALGORITHM, FeatureResult, MatchResult
from threadline.store._filters import in_batches, in_clause
from threadline.store.base import Store

Rows = Mapping[str, MatchRow]
Pair = tuple[str, str]


def matches(
    store: Store, rows: Rows, *, threshold: float, fuller_names: bool
) -> dict[str, NameMatch]:
    """The links ``match-v3`` proposes for ``rows``, recomputing only what changed since the
    last pass (everything, when the last pass used other settings)."""
    params = _params(threshold, fuller_names)
    state = store.query_one("SELECT params FROM link_state")
    if state is None or state["params"] != params:
        return rebuild_matches(store, rows, threshold=threshold, fuller_names=fuller_names)
    old = {r["entity"]: _row(r) for r in store.query("SELECT * FROM link_names")}
    changed = renamed(old, rows)
    flagged = reflagged(old, rows, changed)
    if changed or flagged:
        dirty = _reindex(store, rows, changed, flagged)
        seeds = _rescore(store, rows, dirty, changed - rows.keys(), threshold, fuller_names)
        _regroup(store, rows, seeds | flagged, changed - rows.keys(), threshold, fuller_names)
    return _read_matches(store)


def rebuild_matches(
    store: Store, rows: Rows, *, threshold: float, fuller_names: bool
) -> dict[str, NameMatch]:
    """Recompute ``match-v3`` over every entity and keep its state for the next pass."""
    for table in ("link_names", "link_keys", "link_edges", "link_matches"):
        store.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
    _write_rows(store, rows, rows)
    keys = {id_: index_keys(*row[:2]) for id_, row in rows.items()}
    _write_keys(store, keys)
    plain = {id_: row[:2] for id_, row in rows.items()}
    entities = ((id_, *row) for id_, row in plain.items())
    pairs = blocking.candidate_pairs(entities, max_block=blocking.MAX_BLOCK)
    common = common_among(_counts(keys.values()), fuller.COMMON_PART)
    scored = score_pairs(plain, pairs, common, fuller=fuller_names)
    edges = [pair for pair, result in scored.items() if result.score >= threshold]
    _write_edges(store, edges)
    found = _group(rows, edges, common, threshold, fuller_names, scored)
    _write_matches(store, found.values())
    store.execute("UPDATE link_state SET params = ?", (_params(threshold, fuller_names),))
    return found


def _params(threshold: float, fuller_names: bool) -> str:
    """What the kept state depends on besides the names: rule, matcher, settings, cut-offs."""
    return json.dumps(
        [MATCH_RULE, DEFAULT_ALGORITHM, threshold, fuller_names]
        + [blocking.MAX_BLOCK, fuller.COMMON_PART]
    )


def _row(r: Any) -> MatchRow:
    return MatchRow(r["type"], r["name"], bool(r["stay"]), bool(r["absent"]))


def _reindex(store: Store, rows: Rows, names: set[str], flagged: set[str]) -> set[str]:
    """Write the new names, flags and keys of the entities renamed (``names``) or
    ``flagged``; return the entities whose edges must be recomputed (see
    :func:`.incremental.crossed`)."""
    changed = names | flagged
    old_keys = _keys_of(store, names)
    new_keys = {id_: index_keys(*rows[id_][:2]) for id_ in names & rows.keys()}
    touched = set().union(*old_keys.values(), *new_keys.values())
    before = _sizes(store, touched)
    _delete(store, "link_names", "entity", changed)
    _delete(store, "link_keys", "entity", names)
    _write_rows(store, rows, changed & rows.keys())
    _write_keys(store, new_keys)
    after = _sizes(store, touched)
    cut = crossed(before, after, max_block=blocking.MAX_BLOCK, common_part=fuller.COMMON_PART)
    # Members that left those keys are among ``names``.
    members = {x for ids in _members(store, cut).values() for x in ids}
    return (names | members) & rows.keys()


def _rescore(
    store: Store, rows: Rows, dirty: set[str], gone: set[str], threshold: float, fuller_names: bool
) -> set[str]:
    """Recompute the edges of ``dirty`` entities (and drop those of entities ``gone``);
    return the entities whose groups may change: these and their old neighbours."""
    ends = dirty | gone
    old_neighbours = {x for pair in _edges_of(store, ends) for x in pair}
    _delete(store, "link_edges", "a", ends)
    _delete(store, "link_edges", "b", ends)
    keys = _keys_of(store, dirty)
    sizes = _sizes(store, {k for ks in keys.values() for k in ks if not k.startswith(PART)})
    blocks = _members(store, {k for k, n in sizes.items() if n <= blocking.MAX_BLOCK})
    pairs = partner_pairs(dirty, rows, keys, blocks, max_block=blocking.MAX_BLOCK)
    common = _common(store, {x for pair in pairs for x in pair})
    plain = {x: rows[x][:2] for pair in pairs for x in pair}
    scored = score_pairs(plain, sorted(pairs), common, fuller=fuller_names)
    _write_edges(store, [pair for pair, result in scored.items() if result.score >= threshold])
    return (dirty | old_neighbours) & rows.keys()


def _regroup(
    store: Store, rows: Rows, seeds: set[str], gone: set[str], threshold: float, fuller_names: bool
) -> None:
    """Recompute the links of the groups containing ``seeds``; drop those of ``gone``."""
    members, edges, frontier = set(seeds), set[Pair](), set(seeds)
    while frontier:
        found = set(_edges_of(store, frontier))
        edges |= found
        frontier = {x for pair in found for x in pair} - members
        members |= frontier
    common = _common(store, members)
    group = {x: rows[x] for x in members}
    found_matches = _group(group, sorted(edges), common, threshold, fuller_names, None)
    _delete(store, "link_matches", "alias_entity", members | gone)
    _write_matches(store, found_matches.values())


def _group(
    rows: Rows,
    edges: Sequence[Pair],
    common: frozenset[str],
    threshold: float,
    fuller_names: bool,
    scored: Mapping[Pair, MatchResult] | None,
) -> dict[str, NameMatch]:
    return group_matches(
        {id_: row[:2] for id_, row in rows.items()},
        edges,
        threshold=threshold,
        fuller=fuller_names,
        common=common,
        stay={id_ for id_, row in rows.items() if row.stay},
        absent={id_ for id_, row in rows.items() if row.absent},
        scored=scored,
    )


def _keys_of(store: Store, entities: set[str]) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = defaultdict(set)
    for chunk in in_batches(entities):
        clause, values = in_clause("entity", chunk)
        for r in store.query(f"SELECT key, entity FROM link_keys WHERE {clause}", values):
            keys[r["entity"]].add(r["key"])
    return {e: keys.get(e, set()) for e in entities}


def _members(store: Store, keys: Iterable[str]) -> dict[str, set[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for chunk in in_batches(keys):
        clause, values = in_clause("key", chunk)
        for r in store.query(f"SELECT key, entity FROM link_keys WHERE {clause}", values):
            members[r["key"]].add(r["entity"])
    return members


def _sizes(store: Store, keys: Iterable[str]) -> dict[str, int]:
    """How many entities have each of ``keys`` (keys no entity has are left out)."""
    sizes = {}
    for chunk in in_batches(keys):
        clause, values = in_clause("key", chunk)
        sql = f"SELECT key, count(*) AS n FROM link_keys WHERE {clause} GROUP BY key"
        sizes.update({r["key"]: int(r["n"]) for r in store.query(sql, values)})
    return sizes


def _common(store: Store, entities: set[str]) -> frozenset[str]:
    """The common name parts among the parts of ``entities``."""
    parts = {k for ks in _keys_of(store, entities).values() for k in ks if k.startswith(PART)}
    return common_among(_sizes(store, parts), fuller.COMMON_PART)


def _counts(keys: Iterable[frozenset[str]]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for ks in keys:
        for k in ks:
            if k.startswith(PART):
                counts[k] += 1
    return counts


def _edges_of(store: Store, entities: Iterable[str]) -> list[Pair]:
    edges = []
    for chunk in in_batches(entities):
        clause_a, values = in_clause("a", chunk)
        clause_b, _ = in_clause("b", chunk)
        sql = f"SELECT a, b FROM link_edges WHERE {clause_a} OR {clause_b}"
        edges += [(r["a"], r["b"]) for r in store.query(sql, values + values)]
    return edges


def _delete(store: Store, table: str, column: str, values: Iterable[str]) -> None:
    for chunk in in_batches(values):
        clause, params = in_clause(column, chunk)
        store.execute(f"DELETE FROM {table} WHERE {clause}", params)  # noqa: S608


def _write_rows(store: Store, rows: Rows, ids: Iterable[str]) -> None:
    store.executemany(
        "INSERT INTO link_names (entity, type, name, stay, absent) VALUES (?, ?, ?, ?, ?)",
        [(i, rows[i].type, rows[i].name, int(rows[i].stay), int(rows[i].absent)) for i in ids],
    )


def _write_keys(store: Store, keys: Mapping[str, Iterable[str]]) -> None:
    rows = [(k, id_) for id_, ks in keys.items() for k in ks]
    store.executemany("INSERT INTO link_keys (key, entity) VALUES (?, ?)", rows)


def _write_edges(store: Store, edges: Iterable[Pair]) -> None:
    store.executemany("INSERT INTO link_edges (a, b) VALUES (?, ?)", list(edges))


def _write_matches(store: Store, found: Iterable[NameMatch]) -> None:
    store.executemany(
        "INSERT INTO link_matches (alias_entity, entity, score, algorithm, explanation)"
        " VALUES (?, ?, ?, ?, ?)",
        [(m.alias_entity, m.entity, m.score, m.algorithm, _features(m)) for m in found],
    )


def _features(match: NameMatch) -> str:
    return json.dumps([[f.name, f.score, f.weight, f.explanation] for f in match.features])


def _read_matches(store: Store) -> dict[str, NameMatch]:
    return {
        r["alias_entity"]: NameMatch(
            r["alias_entity"],
            r["entity"],
            r["score"],
            r["algorithm"],
            tuple(FeatureResult(*f) for f in json.loads(r["explanation"])),
        )
        for r in store.query("SELECT * FROM link_matches")
    }
