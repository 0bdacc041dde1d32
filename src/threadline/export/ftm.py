"""Export the stored network as FollowTheMoney entities: one JSON object a line.

The output loads in any FtM tool (``ftm validate``, Aleph, yente, nomenklatura). What
becomes what, and why:

- a document → ``Article`` (title, author, publishedAt, sourceUrl or fileName,
  contentHash (SHA-1, as FtM expects), bodyText, and the names of the people,
  organisations, places and laws it mentions, and ``processingAgent`` naming the
  versions of the rules that produced it);
- a Person, Organization, PublicBody, Company or LegalEntity → the FtM schema of the
  same name, with ``name`` and its other surface forms (see :mod:`.names`); so is a
  CourtCase ("the Bout case");
- an Operation ("Operation Sea Breeze") → an ``Event`` (see :mod:`.events`);
- each entity named in a document → one ``Mention`` (document, the names used,
  ``resolved`` entity, ``detectedSchema``, ``contextCountry``): FtM's own record of "this
  document names that entity", which keeps every fact traceable to its source;
- a Location → no entity of its own: FtM has no schema for a place as an actor
  (``Address`` is a postal address). Countries become the Article's ``detectedCountry``
  codes and every place its ``locationMentioned``; capitals stay names, never their
  country;
- a Law → the Article's ``keywords`` (FtM has no schema for laws or treaties);
- Dates and Money → nothing: they are values, not entities;
- a person's role → ``Position`` (named by the role; ``organization`` when the text names
  the body) held through an ``Occupancy`` whose ``proof`` is the Article; the role of a
  holder that is not a person, in a named organisation → ``Membership`` with ``role``;
- a relation → the interval schema :func:`threadline.graph.ftm.relations_to_ftm` picks
  (Membership, Payment, Associate, UnknownLink …), with the Article as ``proof``;
- an event → ``Event``, an agreement an event concerns → ``Contract`` (see
  :mod:`.events`);
- pronoun and nominal mentions ("he", "the ministry") → never names or aliases;
- quotes → nothing (FtM has no schema for them).

Ids: entities and Articles keep their threadline ids (``ent-…``, ``doc-…``); the records
made here get stable ids from their parts (``mention-…``, ``position-…``, …).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy

from threadline import __version__
from threadline.export.events import events_to_ftm
from threadline.export.names import name_properties
from threadline.export.proxies import country_code, make
from threadline.graph.ftm import relations_to_ftm
from threadline.model import (
    COMPANY,
    COURT_CASE,
    LAW,
    LEGAL_ENTITY,
    LOCATION,
    ORGANIZATION,
    ORGANIZATION_KINDS,
    PERSON,
    PUBLIC_BODY,
    stable_id,
)
from threadline.resolve import RESOLVER_VERSION
from threadline.store import ftm_rows
from threadline.store.base import Store

#: Versioned, because users store what it writes.
FTM_EXPORT_VERSION = "ftm-v1"
#: Written on every Article, so a reader knows which rules produced it.
PROCESSING_AGENT = f"threadline {__version__} ({RESOLVER_VERSION}, {FTM_EXPORT_VERSION})"
#: Entity types that are FtM schemata of their own.
ACTOR_TYPES = (PERSON, ORGANIZATION, PUBLIC_BODY, COMPANY, LEGAL_ENTITY)
#: Entity types exported as entities of the FtM schema of the same name.
SCHEMA_TYPES = (*ACTOR_TYPES, COURT_CASE)
#: FtM's limit on one text value; longer bodies are split into several values.
TEXT_CHUNK = 60_000


def export_ftm(store: Store, fh: TextIO) -> int:
    """Write the whole store as FtM entity JSON lines to ``fh``; returns how many."""
    count = 0
    for proxy in iter_ftm(store):
        fh.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
        fh.write("\n")
        count += 1
    return count


def iter_ftm(store: Store) -> Iterator[EntityProxy]:
    """The FtM entities of the store: Articles, actors, Mentions, roles, relations, then
    events (and the agreements they concern)."""
    named = _names_by_document(store)
    yield from _articles(store, named)
    yield from _actors(store)
    yield from _mentions(store, named)
    yield from _roles(store)
    for data in relations_to_ftm(store):
        yield model.get_proxy(data)
    yield from events_to_ftm(store)


def split_text(text: str, size: int = TEXT_CHUNK) -> list[str]:
    """Text in parts of at most ``size`` characters, cut at whitespace where possible."""
    parts: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", size // 2, size)
        cut = size if cut < 0 else cut
        parts.append(text[:cut])
        text = text[cut:]
    return [*parts, text] if text else parts


def _names_by_document(store: Store) -> dict[str, list[tuple[str, str]]]:
    named: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in ftm_rows.document_entity_names(store):
        named[row["document"]].append((row["type"], row["name"]))
    return named


def _articles(store: Store, named: dict[str, list[tuple[str, str]]]) -> Iterator[EntityProxy]:
    for row in ftm_rows.articles(store):
        yield article_proxy(dict(row), named.get(row["id"], []))


def article_proxy(row: dict[str, Any], names: list[tuple[str, str]]) -> EntityProxy:
    """The ``Article`` of one document row (id, title, source, author, url, date, text),
    with the (type, name) pairs of what it mentions."""
    source = row["source"] or ""
    is_url = re.match(r"https?://", source) is not None
    return make(
        "Article",
        row["id"],
        title=row["title"],
        author=row["author"],
        publishedAt=row["date"],
        sourceUrl=row["url"] or (source if is_url else None),
        fileName=None if is_url or source == "-" else os.path.basename(source),
        contentHash=hashlib.sha1(row["text"].encode("utf-8"), usedforsecurity=False).hexdigest(),
        bodyText=split_text(row["text"]),
        peopleMentioned=[n for t, n in names if t == PERSON],
        companiesMentioned=[n for t, n in names if t in ORGANIZATION_KINDS],
        locationMentioned=[n for t, n in names if t == LOCATION],
        detectedCountry=[c for t, n in names if t == LOCATION and (c := country_code(n))],
        keywords=[n for t, n in names if t == LAW],
        processingAgent=PROCESSING_AGENT,
    )


def _actors(store: Store) -> Iterator[EntityProxy]:
    surfaces: dict[str, set[str]] = defaultdict(set)
    for row in ftm_rows.mention_forms(store):
        forms = surfaces[row["entity"]]  # every mentioned entity is exported…
        if row["kind"] == "name":  # …named only by proper names, never "he"
            forms.add(row["text"])
    for row in ftm_rows.entities_of_types(store, SCHEMA_TYPES):
        if row["id"] not in surfaces:
            continue  # merged away: no mention points at it any more
        names = name_properties(row["type"], row["name"], surfaces[row["id"]])
        yield make(row["type"], row["id"], name=row["name"], **names)


def _mentions(store: Store, named: dict[str, list[tuple[str, str]]]) -> Iterator[EntityProxy]:
    # Mention.resolved takes legal entities only, so a CourtCase has no Mention
    for row in ftm_rows.names_per_document(store, ACTOR_TYPES):
        countries = [
            c for t, n in named.get(row["document"], []) if t == LOCATION and (c := country_code(n))
        ]
        yield make(
            "Mention",
            stable_id("mention", row["document"], row["entity"]),
            document=row["document"],
            name=sorted(json.loads(row["texts"])),
            resolved=row["entity"],
            detectedSchema=row["type"],
            contextCountry=countries,
        )


def _roles(store: Store) -> Iterator[EntityProxy]:
    made: dict[str, EntityProxy] = {}
    for row in ftm_rows.role_holders(store):
        role = " ".join(row["role"].split())
        org = row["org"] if row["org_type"] in ORGANIZATION_KINDS else None
        if row["holder_type"] == PERSON:
            scope = org or row["holder"]  # without a body, one person's post is their own
            post_id = stable_id("position", role.casefold(), scope)
            made.setdefault(post_id, make("Position", post_id, name=role, organization=org))
            holding_id = stable_id("occupancy", row["holder"], post_id)
            holding = made.setdefault(
                holding_id, make("Occupancy", holding_id, holder=row["holder"], post=post_id)
            )
        elif org and row["holder_type"] in ACTOR_TYPES:
            holding_id = stable_id("membership", row["holder"], org, role.casefold())
            holding = made.setdefault(
                holding_id,
                make("Membership", holding_id, member=row["holder"], organization=org, role=role),
            )
        else:
            continue
        holding.add("proof", row["document"])
    yield from made.values()
