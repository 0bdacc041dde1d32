"""Resolve: give every mention an entity id, within a document and across documents.

Resolution is pure and per document: :func:`resolve_extraction` needs no shared state,
because the entity id of a mention is a hash of its normalized key
(:func:`entity_key`), so the same name in two stories gets the same id even when they
are resolved in different processes. The corpus-level rules, for a pass over stored
entities, are pure functions too: ``alias-v1`` (:mod:`threadline.resolve.links`),
``surname-v2`` (:func:`link_surnames` and :mod:`threadline.resolve.surnames`) and
``match-v3`` (:mod:`threadline.resolve.crossdoc`, scoring pairs from
:mod:`threadline.resolve.blocking` with the matcher in :mod:`threadline.resolve.matcher`).
"""

from __future__ import annotations

from threadline.resolve.corpus import link_surnames
from threadline.resolve.document import resolve_extraction
from threadline.resolve.keys import better_name, entity_id, entity_key


def prepare() -> None:
    """Load the reference data resolution uses (rigour's territory names), once per process.

    Takes a few seconds; worker processes call it at start so that the first document
    does not pay for it.
    """
    from threadline.resolve.countries import country_name

    country_name("France")


#: Stored with results so that output of older rules can be recognised.
RESOLVER_VERSION = "resolve-v1"

__all__ = [
    "RESOLVER_VERSION",
    "better_name",
    "entity_id",
    "entity_key",
    "link_surnames",
    "prepare",
    "resolve_extraction",
]
