"""Screening against the lists in the store: candidates from the index, then scoring.

A :class:`Screener` keeps, per store, the parsed entries it has already scored and the
token frequencies of the loaded lists; it notices when a list is loaded or replaced and
starts afresh.
"""

from __future__ import annotations

import heapq
import json
import math
import weakref
from typing import Any

from threadline.errors import ScreenError
from threadline.matching.algorithms import make_pair, score_pair
from threadline.matching.subject import Subject
from threadline.screen.index import COMMON_KEY_SHARE, token_keys, trigram_keys
from threadline.screen.loading import INDEX_VERSION, decode_forms
from threadline.store import screening as screening_store
from threadline.store.base import Store

#: Entries scored per query, at most (the best by index evidence).
CANDIDATES = 25
#: Below this many candidates from token keys, trigrams are looked up too.
MIN_CANDIDATES = 5
#: Candidates with less than this share of the best candidate's index evidence are dropped.
RELATIVE_BLOCK_FLOOR = 0.25
#: Results scoring below this are noise and are not reported.
MIN_SCORE = 0.3


class Screener:
    """Screens queries against the lists loaded in one store."""

    def __init__(self, store: Store) -> None:
        # A weak reference, so that a cached screener does not keep its store alive.
        self._store = weakref.ref(store)
        self._generation: tuple[Any, ...] | None = None
        self._entries: dict[str, Subject] = {}
        self.frequencies: dict[str, float] = {}
        self.total = 0

    @property
    def store(self) -> Store:
        store = self._store()
        if store is None:
            raise ScreenError("the database of this screener was closed; open it again")
        return store

    def refresh(self) -> None:
        generation = screening_store.lists_generation(self.store)
        if generation == self._generation:
            return
        if not generation[0]:
            raise ScreenError(
                "no sanctions lists are loaded; run `threadline lists load PATH` first"
            )
        stale = [
            row["name"]
            for row in screening_store.list_lists(self.store)
            if row["algorithm"] != INDEX_VERSION
        ]
        if stale:
            raise ScreenError(
                f"lists {', '.join(stale)} were indexed by an older algorithm; "
                f"re-load them with `threadline lists load` (index {INDEX_VERSION})"
            )
        self._generation = generation
        self._entries.clear()
        self.total = int(generation[2])
        counts = screening_store.token_counts(self.store)
        self.frequencies = {token: n / self.total for token, n in counts.items()}

    def candidates(self, query: Subject, limit: int = CANDIDATES) -> list[str]:
        """Entry ids sharing the rarest blocking keys with the query, best first."""
        key_tokens: dict[str, str] = {}
        for form in query.names:
            for token in form.tokens:
                for key in token_keys([token]):
                    key_tokens.setdefault(key, token)
            for key in token_keys(form.tokens):
                key_tokens.setdefault(key, "")
        scores = self._block(key_tokens, limit)
        if len(scores) < MIN_CANDIDATES:
            grams = {k: "" for f in query.names for k in trigram_keys(f.tokens)}
            for entry, value in self._block(grams, limit, rare_only=True).items():
                scores[entry] = scores.get(entry, 0.0) + value / 4
        best = heapq.nlargest(limit, scores, key=scores.__getitem__)
        # Entries sharing far less index evidence than the best cannot outscore it.
        floor = scores[best[0]] * RELATIVE_BLOCK_FLOOR if best else 0.0
        return [entry for entry in best if scores[entry] >= floor]

    def _block(
        self, key_tokens: dict[str, str], limit: int, rare_only: bool = False
    ) -> dict[str, float]:
        """The entries best supported by the usable keys, weighted by key rarity."""
        counts = screening_store.key_counts(self.store, sorted(key_tokens))
        cap = max(50, COMMON_KEY_SHARE * self.total)
        usable = [k for k, n in counts.items() if n <= cap]
        if not rare_only:
            covered = {key_tokens[k] for k in usable}
            usable += [
                k
                for k, t in key_tokens.items()
                if t and t not in covered and k == "t:" + t and k in counts
            ]
        weights = {key: math.log(1 + self.total / counts[key]) for key in usable}
        return dict(screening_store.ranked_entries(self.store, weights, limit))

    def entries(self, ids: list[str]) -> list[Subject]:
        missing = [i for i in ids if i not in self._entries]
        for row in screening_store.get_entries(self.store, missing):
            strong, weak = decode_forms(json.loads(row["forms"]))
            self._entries[row["id"]] = Subject(
                schema=row["schema"],
                names=strong,
                weak_names=weak,
                birth_dates=tuple(json.loads(row["birth_dates"])),
                countries=tuple(json.loads(row["countries"])),
                id=row["id"],
                list=row["list"],
                caption=row["name"],
            )
        return [self._entries[i] for i in ids if i in self._entries]

    def screen(
        self, query: Subject, *, limit: int, threshold: float, algorithm: str
    ) -> list[dict[str, Any]]:
        """Ranked results for ``query`` under ``algorithm``: the contract's result objects."""
        self.refresh()
        scored = []
        for entry in self.entries(self.candidates(query)):
            pair = make_pair(query, entry, algorithm, self.frequencies, self.total)
            result = score_pair(pair, algorithm, explain=False)
            if result.score >= MIN_SCORE:
                scored.append((result.score, entry.id or "", pair))
        scored.sort(key=lambda item: (-item[0], item[1]))
        results = []
        for _, _, pair in scored[:limit]:
            result = score_pair(pair, algorithm)
            results.append(
                {
                    "id": pair.entry.id,
                    "name": pair.entry.caption,
                    "list": pair.entry.list,
                    "schema": pair.entry.schema,
                    "score": result.score,
                    "match": result.score >= threshold,
                    "listing": self.listing(pair.entry.id or ""),
                    "explanation": result.explanation,
                }
            )
        return results

    def listing(self, entry_id: str) -> dict[str, Any]:
        """What the list says about an entry: list, programmes, entry id, birth dates,
        nationalities and aliases (shown with each result)."""
        data = screening_store.get_entry_data(self.store, entry_id) or {}
        entry = self._entries.get(entry_id)
        return {
            "list": entry.list if entry else None,
            "entry_id": data.get("id", entry_id),
            "programs": data.get("programs", []),
            "birth_dates": data.get("birth_dates", []),
            "countries": data.get("countries", []),
            "aliases": [*data.get("aliases", []), *data.get("weak_aliases", [])],
            "listed_on": data.get("listed_on"),
        }


_SCREENERS: weakref.WeakKeyDictionary[Store, Screener] = weakref.WeakKeyDictionary()


def screener_for(store: Store) -> Screener:
    """The screener of a store, kept while the store object lives."""
    screener = _SCREENERS.get(store)
    if screener is None:
        screener = _SCREENERS[store] = Screener(store)
    return screener
