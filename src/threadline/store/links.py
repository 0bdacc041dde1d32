"""Corpus links: "FATF" and "Yellen" in one story join the entity another story names in full.

Stories are resolved one by one, so a story that only says "FATF" or "Yellen" keeps an
entity of its own. :func:`link_corpus` joins it to the full one by a versioned rule,
records the span the link was learned from, and :func:`unlink` undoes it for good:

``alias-v1``: a short form one story introduces ("the Financial Action Task Force
(FATF)", 'Joaquín Guzmán, known as "El Chapo"') holds for the whole corpus, unless two
stories introduce it for different entities.
``surname-v2``: a one-word person ("Yellen") is the one person in the corpus of that
surname ("Janet Yellen"); with Fidel and Raúl Castro known, or a second Assad named in
Bassel al-Assad's own story, "Castro" and "Assad" stay apart.
``match-v3``: close spellings of one name in different stories ("Виктор Бут", "Viktor
Bout") join when the name matcher scores them at or above ``resolve_threshold``; the
matcher's score and features are stored as the explanation.

People win: an entity a person merged (either side) or split off is never moved into
another, a split mention never moves, an undone link is never made again. Only links the
rules support now are kept (a second Castro undoes the first link), so the result does
not depend on the order stories arrived in. The rules' decisions are pure functions in
:mod:`threadline.resolve`; :mod:`threadline.store.link_rules` reads what they need.
See docs/resolution.md.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from threadline.errors import NotFoundError, UsageError
from threadline.model import Extraction
from threadline.resolve import entity_key
from threadline.resolve.introductions import story_aliases
from threadline.resolve.links import Link, combine
from threadline.store import link_rules
from threadline.store.base import Row, Store
from threadline.store.entities import entity_redirects

_SPLIT_MENTIONS = "SELECT subject FROM entity_decisions WHERE kind = 'split'"
Active = dict[str, Row]  # the links in force, by alias entity id


def save_aliases(store: Store, extraction: Extraction) -> int:
    """Record the short forms a story introduces, with the span that introduces each
    (see :func:`threadline.resolve.introductions.story_aliases`).

    Called inside the story's transaction, after its mentions are stored. Returns the
    number kept.
    """
    doc = extraction.document.id
    rows = [
        (i.alias_entity, i.alias, i.type, i.entity, doc, i.start, i.end)
        for i in story_aliases(extraction)
    ]
    store.executemany(
        store.dialect.upsert(
            "entity_aliases",
            ["alias_entity", "alias", "type", "entity", "document", "start", "end"],
            ["alias_entity", "document"],
        ),
        rows,
    )
    return len(rows)


def link_corpus(
    store: Store,
    *,
    threshold: float | None = None,
    fuller: bool | None = None,
    rebuild: bool = False,
) -> int:
    """Make the links the rules support now and undo those they no longer support.

    ``threshold`` is the score at which ``match-v3`` joins two names and ``fuller``
    whether it joins a name to a fuller one (defaults: the ``resolve_threshold`` and
    ``resolve_fuller_names`` settings). ``match-v3`` recomputes only the groups that
    names new or changed since the last pass can change; ``rebuild`` recomputes them
    all (the same links, at the cost of scoring the whole corpus). Safe to run after
    every ingest: a second run changes nothing. Returns the number of links made,
    changed or undone.
    """
    if threshold is None or fuller is None:
        from threadline.settings import load

        settings = load()
        threshold = settings.resolve_threshold if threshold is None else threshold
        fuller = settings.resolve_fuller_names if fuller is None else fuller
    with store.transaction():
        # One pass at a time (two ingests ending together): each reads what the last
        # one kept (store/link_index.py), so the second waits for the first to commit.
        store.execute("UPDATE link_state SET seq = seq")
        redirects = entity_redirects(store)
        blocked, split = _human_entities(store)
        fixed = blocked | split
        active = {r["alias_entity"]: r for r in store.query(_ACTIVE)}
        wanted = combine(
            link_rules.alias_links(store, redirects, fixed, split, active),
            link_rules.surname_links(store, fixed, split, active, rebuild=rebuild),
            link_rules.match_links(store, fixed, split, active, threshold, fuller, rebuild=rebuild),
        )
        changed = 0
        for alias, row in active.items():
            if alias not in wanted or wanted[alias].entity != row["entity"]:
                _restore(store, row)
                store.execute("DELETE FROM entity_links WHERE alias_entity = ?", (alias,))
                changed += alias not in wanted
        for link in wanted.values():
            old = active.get(link.alias_entity)
            if old is None or (old["entity"], old["rule"], old["score"]) != (
                link.entity,
                link.rule,
                link.score,
            ):
                _record(store, link)
                changed += 1
            _move(store, link)
        store.execute(_LINKED_UP_TO)
    return changed


_LINKED_UP_TO = "UPDATE link_state SET seq = (SELECT coalesce(max(seq), 0) FROM documents)"


def unlinked_documents(store: Store) -> list[str]:
    """Documents stored after the corpus links were last made: an ingest killed between
    storing them and its corpus step. They still need links (:func:`link_corpus`) and,
    with screening on ingest, screening."""
    rows = store.query(
        "SELECT id FROM documents WHERE seq > (SELECT seq FROM link_state) ORDER BY seq"
    )
    return [row[0] for row in rows]


def unlink(store: Store, alias_entity: str) -> int:
    """Undo an automatic link (by alias entity id or alias name) for good.

    The mentions it moved go back to the alias entity, except any a person has split
    off since; later passes never make this link again. Returns the mentions moved.
    """
    with store.transaction():
        rows = store.query(
            _ACTIVE + f" AND (alias_entity = ? OR {store.dialect.equal_nocase('alias', '?')})",
            (alias_entity, alias_entity),
        )
        if not rows:
            raise NotFoundError(f"no link for {alias_entity!r}; list them with `threadline links`")
        if len(rows) > 1:
            ids = ", ".join(r["alias_entity"] for r in rows)
            raise UsageError(f"{alias_entity!r} names several links ({ids}); give one id")
        moved = _restore(store, rows[0])
        store.execute(
            "UPDATE entity_links SET undone_at = ? WHERE alias_entity = ?",
            (_now(), rows[0]["alias_entity"]),
        )
    return moved


def list_links(store: Store, *, undone: bool = False) -> list[dict[str, Any]]:
    """Links in force (``undone``: also those people undid, with ``undone_at``), each with
    its rule, evidence span and text, and the number of mentions it moved. Links by name
    similarity also carry the matcher's ``score``, ``algorithm`` and ``explanation``
    (its features); the others have ``null`` there."""
    rows = store.query(
        "SELECT l.alias_entity, l.alias, l.alias_type AS type, l.entity, e.name, l.rule,"
        ' l.evidence_document AS document, l.evidence_start AS start, l.evidence_end AS "end",'
        " substr(d.text, l.evidence_start + 1, l.evidence_end - l.evidence_start) AS evidence,"
        " (SELECT count(*) FROM entity_link_mentions x WHERE x.alias_entity = l.alias_entity)"
        " AS mentions, l.score, l.algorithm, l.explanation, l.created_at, l.undone_at"
        " FROM entity_links l LEFT JOIN entities e ON e.id = l.entity"
        " LEFT JOIN documents d ON d.id = l.evidence_document"
        f" WHERE {'1 = 1' if undone else 'l.undone_at IS NULL'} ORDER BY l.rule, l.alias, l.entity"
    )
    return [{**r, "explanation": _features(r["explanation"])} for r in map(dict, rows)]


def _features(stored: str | None) -> list[dict[str, Any]] | None:
    return None if stored is None else list(json.loads(stored))


def _explanation(link: Link) -> str | None:
    if link.score is None:
        return None
    return json.dumps(
        [
            {"feature": f.name, "score": f.score, "weight": f.weight, "detail": f.explanation}
            for f in link.features
        ],
        ensure_ascii=False,
    )


_ACTIVE = "SELECT * FROM entity_links WHERE undone_at IS NULL"


def _human_entities(store: Store) -> tuple[set[str], set[str]]:
    """Entities a person merged (either side) or whose link a person undid; split-off ones."""
    undone = store.query("SELECT alias_entity FROM entity_links WHERE undone_at IS NOT NULL")
    blocked, split = {r["alias_entity"] for r in undone}, set[str]()
    for r in store.query("SELECT kind, subject, target FROM entity_decisions"):
        if r["kind"] == "merge":
            blocked.update((r["subject"], r["target"]))
        else:
            split.add(r["target"])
    return blocked, split


def _record(store: Store, link: Link) -> None:
    document, start, end = link.document, link.start, link.end
    if document is None:  # surname, match: the fullest mention of the target is the evidence
        row = store.query_one(
            'SELECT document, start, "end" FROM mentions WHERE entity = ?'
            " ORDER BY length(text) DESC, document, start LIMIT 1",
            (link.entity,),
        )
        document, start, end = (row["document"], row["start"], row["end"]) if row else (None,) * 3
    store.execute(
        store.dialect.upsert("entity_links", _LINK_COLUMNS, ["alias_entity"]),
        (link.alias_entity, link.alias, link.alias_type, link.entity, link.rule)
        + (document, start, end, link.score, link.algorithm, _explanation(link), _now()),
    )


_LINK_COLUMNS = [
    "alias_entity",
    "alias",
    "alias_type",
    "entity",
    "rule",
    "evidence_document",
    "evidence_start",
    "evidence_end",
    "score",
    "algorithm",
    "explanation",
    "created_at",
]


def _exists(store: Store, entity: str) -> bool:
    return store.query_one("SELECT 1 FROM entities WHERE id = ?", (entity,)) is not None


def _move(store: Store, link: Link) -> None:
    if not _exists(store, link.alias_entity):
        return  # nothing new since the last pass: new mentions recreate the entity
    store.execute(
        store.dialect.upsert(
            "entity_link_mentions",
            ["mention", "alias_entity"],
            ["mention"],
            f"SELECT id, ? FROM mentions WHERE entity = ? AND id NOT IN ({_SPLIT_MENTIONS})",
        ),
        (link.alias_entity, link.alias_entity),
    )
    store.execute(
        f"UPDATE mentions SET entity = ? WHERE entity = ? AND id NOT IN ({_SPLIT_MENTIONS})",
        (link.entity, link.alias_entity),
    )
    store.execute("DELETE FROM entities WHERE id = ?", (link.alias_entity,))


def _restore(store: Store, link: Row) -> int:
    alias = link["alias_entity"]
    moved = store.execute(
        "UPDATE mentions SET entity = ? WHERE id IN"
        " (SELECT mention FROM entity_link_mentions WHERE alias_entity = ?)"
        f" AND id NOT IN ({_SPLIT_MENTIONS})",
        (alias, alias),
    )
    store.execute("DELETE FROM entity_link_mentions WHERE alias_entity = ?", (alias,))
    if moved:
        type_, name = link["alias_type"], link["alias"]
        store.execute(
            store.dialect.insert_ignore("entities", ["id", "type", "name", "key"]),
            (alias, type_, name, entity_key(type_, name)),
        )
    return moved


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
