"""Search with a ranking window: only the most recently stored matches are ranked."""

from __future__ import annotations

from threadline.model import Document, Extraction
from threadline.store import Store
from threadline.store.documents import save_extraction
from threadline.store.search import search


def _save(store: Store, text: str, source: str) -> str:
    doc = Document(text=text, source=source, title=source)
    save_extraction(store, Extraction(doc))
    return doc.id


def test_window_ranks_only_the_newest_matches(store: Store) -> None:
    best = _save(store, "cartel cartel cartel cartel laundering", "old-best.txt")
    newer = [_save(store, f"the cartel was named in report {i}", f"n{i}.txt") for i in range(5)]
    everything = search(store, "cartel", limit=10)
    assert everything[0]["document"] == best
    windowed = search(store, "cartel", limit=10, window=3)
    assert {h["document"] for h in windowed} == set(newer[-3:])
    wide = search(store, "cartel", limit=10, window=100)
    assert {h["document"] for h in wide} == {h["document"] for h in everything}
    assert wide[0]["document"] == best


def test_window_applies_after_the_collection_filter(store: Store) -> None:
    mine = Document(text="cartel money in Lyon", source="mine.txt", collection="mine")
    save_extraction(store, Extraction(mine))
    for i in range(4):
        _save(store, f"cartel report {i}", f"other{i}.txt")
    hits = search(store, "cartel", window=2, collections=["mine"])
    assert [h["document"] for h in hits] == [mine.id]
