"""What each corpus-link rule is given to read: the SQL behind ``alias-v1``, ``surname-v2``
and ``match-v3``.

The decisions are :mod:`threadline.resolve`'s pure functions; this module only reads
rows and hands them over. ``blocked`` entities (a person merged them, or undid their
link) never move; ``split`` entities (a person split them off) neither move nor take
others in. ``active`` are the links in force, so that an entity whose mentions a link
already moved still counts (it no longer has mentions of its own).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from threadline.model import ORGANIZATION_KINDS, PERSON
from threadline.resolve import link_surnames
from threadline.resolve import links as resolve_links
from threadline.resolve.crossdoc import MATCH_RULE, check_threshold
from threadline.resolve.incremental import MatchRow
from threadline.resolve.links import Link, match_link
from threadline.resolve.normalize import name_tokens
from threadline.resolve.surnames import SURNAME_RULE, names_other_bearer
from threadline.store import link_index
from threadline.store._filters import in_batches, in_clause
from threadline.store.base import Row, Store

Active = dict[str, Row]  # the links in force, by alias entity id
HAS_MENTIONS = "EXISTS (SELECT 1 FROM mentions m WHERE m.entity = {})"


def alias_links(
    store: Store, redirects: dict[str, str], blocked: set[str], split: set[str], active: Active
) -> dict[str, Link]:
    """``alias-v1``: short forms stories introduced, each joined to its full name."""
    rows = store.query(
        "SELECT a.*, e.name, e.type AS alias_type,"
        f" {HAS_MENTIONS.format('a.alias_entity')} AS present"
        " FROM entity_aliases a JOIN documents d ON d.id = a.document"
        " LEFT JOIN entities e ON e.id = a.alias_entity ORDER BY d.seq, a.start"
    )
    names = {a: (r["alias"], r["alias_type"]) for a, r in active.items()}
    names.update({r["alias_entity"]: (r["name"], r["alias_type"]) for r in rows if r["present"]})
    intros = [
        (r["alias_entity"], redirects.get(r["entity"], r["entity"]), r["document"])
        + (r["start"], r["end"])
        for r in rows
    ]
    gone = {e for _, e, *_ in intros if not exists(store, e)}
    return resolve_links.alias_links(intros, names=names, fixed=blocked, closed=split | gone)


def _entities(
    store: Store, types: tuple[str, ...], rule: str, active: Active
) -> tuple[list[tuple[str, str, str]], set[str]]:
    """``(id, type, name)`` of entities of ``types`` with mentions, plus those an earlier
    ``rule`` link emptied; and the ids of the first kind."""
    marks = ", ".join("?" * len(types))
    sql = f"SELECT id, type, name FROM entities e WHERE type IN ({marks}) AND {{}}"
    rows = store.query(sql.format(HAS_MENTIONS.format("e.id")), types)
    present = {r["id"] for r in rows}
    gone = [
        (a, r["alias_type"], r["alias"])
        for a, r in active.items()
        if r["rule"].split("-")[0] == rule.split("-")[0] and a not in present
    ]
    return [(r["id"], r["type"], r["name"]) for r in rows] + gone, present


def surname_links(
    store: Store, blocked: set[str], split: set[str], active: Active, *, rebuild: bool = False
) -> dict[str, Link]:
    """``surname-v2``: bare surnames joined to the one person of that surname, unless that
    person's own stories name a second bearer of it. Whether they do is read again only
    when that person's mentions changed since the last pass (or with ``rebuild``)."""
    people, present = _entities(store, (PERSON,), SURNAME_RULE, active)
    names = {id_: name for id_, _, name in people}
    checks = {}
    for alias, full in link_surnames(people).items():
        if alias in blocked or full in split or full not in present:
            continue
        [surname] = name_tokens(names[alias], person=True)
        checks[alias] = (full, surname, tuple(name_tokens(names[full], person=True)))
    if rebuild:
        store.execute("DELETE FROM link_surname_checks")
    shared = _second_bearers(store, set(checks.values()))
    return {
        alias: Link(alias, names[alias], PERSON, full, SURNAME_RULE)
        for alias, (full, surname, tokens) in checks.items()
        if not shared[full, surname, tokens]
    }


Check = tuple[str, str, tuple[str, ...]]  # full-name entity, surname, its name's tokens


def _second_bearers(store: Store, checks: set[Check]) -> dict[Check, bool]:
    """Whether a story naming each entity names someone else of the surname (see
    :func:`~threadline.resolve.surnames.names_other_bearer`). Stories never change, so
    the answer is kept with the entity's mention spans and read again only when those
    changed (``link_surname_checks``)."""
    spans = _spans(store, {full for full, _, _ in checks})
    kept = {
        (r["entity"], r["surname"]): (r["fingerprint"], bool(r["shared"]))
        for chunk in in_batches({full for full, _, _ in checks})
        for r in store.query(
            "SELECT * FROM link_surname_checks WHERE " + in_clause("entity", chunk)[0], chunk
        )
    }
    result, fresh = {}, []
    for check in checks:
        full, surname, tokens = check
        print_ = _fingerprint(tokens, spans.get(full, {}))
        known = kept.get((full, surname))
        if known is not None and known[0] == print_:
            result[check] = known[1]
            continue
        result[check] = _shared(store, spans.get(full, {}), surname, list(tokens))
        fresh.append((full, surname, print_, int(result[check])))
    store.executemany(
        store.dialect.upsert(
            "link_surname_checks",
            ["entity", "surname", "fingerprint", "shared"],
            ["entity", "surname"],
        ),
        fresh,
    )
    return result


def _spans(store: Store, entities: set[str]) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Each entity's mention spans, by document."""
    spans: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    for chunk in in_batches(entities):
        clause, values = in_clause("entity", chunk)
        sql = f'SELECT entity, document, start, "end" FROM mentions WHERE {clause}'
        for row in store.query(sql, values):
            spans[row["entity"]][row["document"]].append((row["start"], row["end"]))
    return spans


def _fingerprint(tokens: tuple[str, ...], spans: dict[str, list[tuple[int, int]]]) -> str:
    text = json.dumps([SURNAME_RULE, tokens, sorted((d, sorted(s)) for d, s in spans.items())])
    return hashlib.sha256(text.encode()).hexdigest()


def _shared(
    store: Store, spans: dict[str, list[tuple[int, int]]], surname: str, tokens: list[str]
) -> bool:
    """Whether a story with these spans of a person names someone else of ``surname``."""
    for document, own in spans.items():
        story = store.query_one("SELECT text FROM documents WHERE id = ?", (document,))
        if story is not None and names_other_bearer(story["text"], surname, own, tokens):
            return True
    return False


def match_links(
    store: Store,
    blocked: set[str],
    split: set[str],
    active: Active,
    threshold: float,
    fuller: bool = True,
    *,
    rebuild: bool = False,
) -> dict[str, Link]:
    """``match-v3``: people and organisations whose names the matcher scores at or above
    ``threshold``, joined to the best-written name of their group. An entity whose link
    a person undid takes no part: joining the group the other way round would undo the
    person's decision. Only the groups that changed since the last pass are recomputed
    (:mod:`threadline.store.link_index`), or every group with ``rebuild``."""
    check_threshold(threshold)
    types = (PERSON, *ORGANIZATION_KINDS, "LegalEntity")
    found, present = _entities(store, types, MATCH_RULE, active)
    undone = {r["alias_entity"] for r in store.query(_UNDONE)}
    rows = {
        id_: MatchRow(type_, name, id_ in blocked, id_ not in present)
        for id_, type_, name in found
        if id_ not in split and id_ not in undone
    }
    compute = link_index.rebuild_matches if rebuild else link_index.matches
    matches = compute(store, rows, threshold=threshold, fuller_names=fuller)
    return {
        alias: match_link(match, rows[alias].name, rows[alias].type, MATCH_RULE)
        for alias, match in matches.items()
        if exists(store, match.entity)
    }


_UNDONE = "SELECT alias_entity FROM entity_links WHERE undone_at IS NOT NULL"


def exists(store: Store, entity: str) -> bool:
    """Whether an entity row exists."""
    return store.query_one("SELECT 1 FROM entities WHERE id = ?", (entity,)) is not None
