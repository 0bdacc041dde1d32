"""The network a user may see: cached per set of readable collections, refreshed on use.

Networks are cached on the app per set of collections and refreshed incrementally (only
relations stored since the last request are read), so a query costs a walk, not a rebuild.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from threadline import graph as graphs
from threadline.access import readable
from threadline.graph.bounded import Neighbourhood, bounded_neighbourhood
from threadline.graph.build import EntityGraph
from threadline.store import documents as docs_store
from threadline.store.auth import Account
from threadline.store.base import Store

_lock = threading.Lock()

#: Entities drawn at first, and the most "show more" may ask for.
CAP = 50
MAX_CAP = 800


def network(
    state: Any, store: Store, account: Account, *, co_mentions: bool = False
) -> EntityGraph:
    """The cached, refreshed network of the collections ``account`` may read.

    ``state`` is the app's state object (``request.app.state``), which holds the cache."""
    scope = readable(account)
    key = (None if scope is None else tuple(scope), co_mentions)
    with _lock:
        cache: dict[Any, EntityGraph] = state.__dict__.setdefault("graphs", {})
        graph = cache.get(key)
        if graph is None:
            graph = cache[key] = graphs.build_graph(
                store, collections=scope, co_mentions=co_mentions
            )
        else:
            graph.refresh()
        return graph


def readable_evidence(
    store: Store, account: Account, items: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Only the evidence items whose document the user may read."""
    if account.is_admin:
        return list(items)
    scope = readable(account)
    ok = {
        doc
        for doc in {item["document"] for item in items}
        if docs_store.get_document(store, doc, collections=scope)
    }
    return [item for item in items if item["document"] in ok]


def drawn_network(
    state: Any,
    store: Store,
    account: Account,
    start: str,
    *,
    depth: int = 1,
    co_mentions: bool = False,
    types: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = CAP,
) -> Neighbourhood:
    """The network page's drawing around entity id ``start``: the capped, filtered
    neighbourhood (:mod:`threadline.graph.bounded`) of the network ``account`` may read.

    The page and every export of it (``/export/network``) use this one function, so what is
    downloaded is what is drawn."""
    graph = network(state, store, account, co_mentions=co_mentions)
    return bounded_neighbourhood(
        graph, start, depth=depth, limit=limit, types=types, date_from=date_from, date_to=date_to
    )
