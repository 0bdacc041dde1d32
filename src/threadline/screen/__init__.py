"""Sanctions screening: list loaders, a candidate index in the store, and the
explainable name matcher of :mod:`threadline.matching` (default :data:`ALGORITHM`).

The public functions here are what the CLI, the API and the web UI call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from threadline.errors import ScreenError
from threadline.matching.algorithms import (
    ALGORITHMS,
    DEFAULT_ALGORITHM,
    FEATURES_V2,
    check_algorithm,
    make_pair,
    score_pair,
)
from threadline.model import ORGANIZATION_KINDS, PERSON
from threadline.screen.query import make_query

if TYPE_CHECKING:
    from pathlib import Path

    from threadline.store.base import Store

MAX_LIMIT = 1000
ALGORITHM = DEFAULT_ALGORITHM
FEATURES = FEATURES_V2


def load_list(
    store: Store,
    path: str | Path,
    fmt: str | None = None,
    name: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Parse the list at ``path`` (OFAC CSV, UN XML or FtM JSON lines; sniffed when ``fmt``
    is None) and store it, replacing its previous version atomically. A malformed file
    raises :class:`ScreenError` and leaves what was loaded before intact. ``source``,
    when given, is recorded instead of the path."""
    from threadline.screen.loading import load_list as load

    return load(store, path, fmt, name, source)


def _threshold(threshold: float | None) -> float:
    if threshold is None:
        from threadline.settings import load

        return load().screen_threshold
    if not 0.0 <= threshold <= 1.0:
        raise ScreenError(f"threshold {threshold} is outside 0–1; pass a score such as 0.7")
    return threshold


def screen_name(
    store: Store,
    name: str,
    *,
    schema: str | None = None,
    birth_date: str | None = None,
    country: str | None = None,
    limit: int = 10,
    threshold: float | None = None,
    aliases: Iterable[str] = (),
    algorithm: str | None = None,
) -> dict[str, Any]:
    """Screen one name against the loaded lists: ``{"algorithm", "query", "results"}``."""
    name_algorithm = check_algorithm(algorithm)
    if not 1 <= limit <= MAX_LIMIT:
        raise ScreenError(f"limit {limit} is outside 1–{MAX_LIMIT}; pass a smaller --limit")
    cut = _threshold(threshold)
    from threadline.screen.search import screener_for

    query = make_query([name, *aliases], schema=schema, birth_date=birth_date, country=country)
    results = screener_for(store).screen(
        query, limit=limit, threshold=cut, algorithm=name_algorithm
    )
    return {
        "algorithm": name_algorithm,
        "query": {
            "name": query.caption,
            "aliases": list(aliases),
            "schema": query.schema,
            "birth_date": birth_date,
            "country": query.countries[0] if query.countries else None,
            "threshold": cut,
            "limit": limit,
        },
        "results": results,
    }


def compare_names(
    name1: str,
    name2: str,
    schema: str | None = None,
    *,
    threshold: float | None = None,
    algorithm: str | None = None,
) -> dict[str, Any]:
    """Compare two names directly: ``{"algorithm", "score", "match", "explanation"}``."""
    cut = _threshold(threshold)
    name_algorithm = check_algorithm(algorithm)
    left = make_query([name1], schema=schema)
    right = make_query([name2], schema=schema)
    result = score_pair(make_pair(left, right, name_algorithm), name_algorithm)
    return {
        "algorithm": name_algorithm,
        "score": result.score,
        "match": result.score >= cut,
        "explanation": result.explanation,
    }


def compare_pairs(
    rows: Iterable[tuple[str, str, str | None]],
    *,
    threshold: float | None = None,
    algorithm: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Score many (name1, name2, schema) pairs; bad rows give score 0 and an ``error``."""
    cut = _threshold(threshold)
    name_algorithm = check_algorithm(algorithm)
    for name1, name2, schema in rows:
        row: dict[str, Any] = {"name1": name1, "name2": name2, "schema": schema or ""}
        try:
            left = make_query([name1], schema=schema)
            right = make_query([name2], schema=schema)
        except ScreenError as exc:
            yield {**row, "score": 0.0, "match": False, "error": exc.message}
            continue
        pair = make_pair(left, right, name_algorithm)
        score = score_pair(pair, name_algorithm, explain=False).score
        yield {**row, "score": score, "match": score >= cut}


def screen_extracted(
    store: Store,
    progress: Callable[[int, int], None] | None = None,
    *,
    threshold: float | None = None,
    documents: Sequence[str] | None = None,
    algorithm: str | None = None,
) -> dict[str, Any]:
    """Screen every extracted Person and Organization (with its aliases) and store the
    matching results as hits, shown by ``threadline show``. Returns a summary.

    With ``documents``, only the entities mentioned in those documents are screened
    (what screening on ingest does for new documents)."""
    from threadline.store import screening as screening_store

    cut = _threshold(threshold)
    name_algorithm = check_algorithm(algorithm)
    entities = screening_store.screenable_entities(store, (PERSON, *ORGANIZATION_KINDS), documents)
    matched = hits = skipped = 0
    for done, entity in enumerate(entities, 1):
        schema = PERSON if entity["type"] == PERSON else "Organization"
        try:
            outcome = screen_name(
                store,
                entity["name"],
                schema=schema,
                aliases=entity["aliases"],
                threshold=cut,
                algorithm=name_algorithm,
            )
        except ScreenError:
            if not screening_store.list_lists(store):
                raise
            skipped += 1
            continue
        found = [r for r in outcome["results"] if r["match"]]
        screening_store.replace_hits(store, entity["id"], found, name_algorithm)
        matched += bool(found)
        hits += len(found)
        if progress is not None:
            progress(done, len(entities))
    return {
        "algorithm": name_algorithm,
        "screened": len(entities) - skipped,
        "skipped": skipped,
        "matched": matched,
        "hits": hits,
        "threshold": cut,
    }


def screen_if_lists(
    store: Store, *, threshold: float | None = None, documents: Sequence[str] | None = None
) -> dict[str, Any] | None:
    """:func:`screen_extracted` when any list is loaded, else ``None`` (nothing to screen
    against is not an error when screening runs by itself, on ingest or list changes)."""
    from threadline.store import screening as screening_store

    if not screening_store.list_lists(store):
        return None
    return screen_extracted(store, threshold=threshold, documents=documents)


__all__ = [
    "ALGORITHM",
    "ALGORITHMS",
    "FEATURES",
    "compare_names",
    "compare_pairs",
    "load_list",
    "screen_extracted",
    "screen_if_lists",
    "screen_name",
]
