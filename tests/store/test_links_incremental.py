"""Incremental corpus links (store/link_index.py): after every ingest, merge, split or
unlink, the links a pass makes equal those of a full recompute (``rebuild``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.backends import fresh_db_url
from tests.store.test_links import entity_of, ingest, story
from tests.store.test_links_match import HAMMOND, SCS
from threadline.model import Extraction
from threadline.resolve import blocking, fuller
from threadline.store import Store, open_store
from threadline.store.documents import save_extraction
from threadline.store.entities import merge_entities, split_mention
from threadline.store.links import link_corpus, list_links, save_aliases, unlink

PEOPLE = [
    "Viktor Bout",
    "Виктор Бут",
    "Victor Bout",
    "Viktor Anatolyevich Bout",
    "Viktor But",
    "Bout",
    "Joseph Kony",
    "Joseph Rao Kony",
    "Josef Kony",
    "Josef Rao Koni",
    "Kony",
    "Fidel Castro",
    "Raúl Castro",
    "Castro",
    "Ahmad Hasan",
    "Ahmad Hasan Ali",
    "Mohammad Hasan",
]
ORGS = ["Al Qaeda", "Al-Qaida", "Al Qaida", "FATF"]
FATF = "The Financial Action Task Force (FATF) met."


def make_story(names: list[str], alias: bool) -> Extraction:
    """A story naming each of ``names`` in a sentence of its own (and introducing FATF)."""
    text = " ".join(f"{name} was named in the report." for name in names)
    found = [(n, "Organization" if n in ORGS else "Person") for n in names]
    if alias:
        text = f"{FATF} {text}"
        found += [("Financial Action Task Force", "Organization"), ("FATF", "Organization")]
    return story(text, *sorted(set(found), key=lambda f: -len(f[0])))


def state(store: Store) -> list[Any]:
    """Every mention's entity, every entity, every link (with its score and evidence)."""
    links = [{k: v for k, v in r.items() if k != "created_at"} for r in list_links(store)]
    return [
        [tuple(r) for r in store.query("SELECT id, entity FROM mentions ORDER BY id")],
        [tuple(r) for r in store.query("SELECT id, type, name FROM entities ORDER BY id")],
        links,
    ]


def apply(stores: tuple[Store, Store], step: tuple[Any, ...]) -> None:
    """One step on both stores, then the corpus pass: incremental on the first, full on
    the second."""
    kind, *args = step
    for store in stores:
        if kind == "story":
            extraction = make_story(*args)
            if save_extraction(store, extraction):
                with store.transaction():
                    save_aliases(store, extraction)
        elif kind == "merge":
            ids = [r[0] for r in store.query("SELECT id FROM entities ORDER BY id")]
            if len(ids) > 1:
                source, target = ids[args[0] % len(ids)], ids[args[1] % len(ids)]
                if source != target:
                    merge_entities(store, source, target)
        elif kind == "split":
            ids = [r[0] for r in store.query("SELECT id FROM mentions ORDER BY id")]
            if ids:
                split_mention(store, ids[args[0] % len(ids)])
        else:
            aliases = sorted(r["alias_entity"] for r in list_links(store))
            if aliases:
                unlink(store, aliases[args[0] % len(aliases)])
    link_corpus(stores[0], threshold=0.88)
    link_corpus(stores[1], threshold=0.88, rebuild=True)


NAMES = st.lists(st.sampled_from(PEOPLE + ORGS), min_size=1, max_size=4, unique=True)
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("story"), NAMES, st.booleans()),
        st.tuples(st.just("merge"), st.integers(0, 99), st.integers(0, 99)),
        st.tuples(st.just("split"), st.integers(0, 999)),
        st.tuples(st.just("unlink"), st.integers(0, 99)),
    ),
    min_size=1,
    max_size=8,
)


@contextmanager
def two_stores(db_url: str, folder: Path) -> Iterator[tuple[Store, Store]]:
    """Two fresh stores on the backend of ``db_url``."""
    backend = "postgresql" if db_url.startswith("postgresql") else "sqlite"
    with ExitStack() as stack:
        urls = [stack.enter_context(fresh_db_url(backend, folder, f"{uuid4().hex}.db"))]
        urls.append(stack.enter_context(fresh_db_url(backend, folder, f"{uuid4().hex}.db")))
        stores = (open_store(urls[0]), open_store(urls[1]))
        try:
            yield stores
        finally:
            for store in stores:
                store.close()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS, max_block=st.sampled_from([2, 3, 64]), common=st.sampled_from([2, 3, 10]))
def test_incremental_links_equal_a_full_recompute_after_every_step(
    db_url: str, tmp_path: Path, steps: list[tuple[Any, ...]], max_block: int, common: int
) -> None:
    with pytest.MonkeyPatch.context() as patch, two_stores(db_url, tmp_path) as stores:
        # Small cut-offs make blocks and common name parts cross them often.
        patch.setattr(blocking, "MAX_BLOCK", max_block)
        patch.setattr(fuller, "COMMON_PART", common)
        for step in steps:
            apply(stores, step)
            assert state(stores[0]) == state(stores[1]), step


def test_a_crowd_of_namesakes_undoes_a_fuller_name_link(db_url: str, tmp_path: Path) -> None:
    with two_stores(db_url, tmp_path) as stores:
        apply(stores, ("story", ["Ahmad Hasan"], False))
        apply(stores, ("story", ["Ahmad Hasan Ali"], False))
        short = make_story(["Ahmad Hasan"], False).mentions[0]
        full = make_story(["Ahmad Hasan Ali"], False).mentions[0].entity
        assert entity_of(stores[0], short.id) == full  # a middle name left out
        # Ten people bear "Ahmad" and "Hasan" now: too many to compare "Ahmad Hasan" with
        # the shorter forms of fuller names.
        others = ("Karimi", "Rahimi", "Nasser", "Qasim", "Mansour", "Saleh")
        apply(stores, ("story", [f"Ahmad {s}" for s in others], False))
        apply(stores, ("story", [f"Hasan {s}" for s in others], False))
        apply(stores, ("story", ["Mohammad Ahmad Hasan", "Ahmad Hasan Yahya"], False))
        assert entity_of(stores[0], short.id) == short.entity
        assert state(stores[0]) == state(stores[1])


def test_a_pass_with_nothing_new_scores_nothing(store: Store, monkeypatch: Any) -> None:
    save_extraction(store, make_story(["Viktor Bout", "Joseph Kony"], False))
    save_extraction(store, make_story(["Виктор Бут", "Joseph Rao Kony"], False))
    assert link_corpus(store, threshold=0.88) == 2
    scored: list[Any] = []
    import threadline.store.link_index as link_index

    monkeypatch.setattr(link_index, "score_pairs", lambda *a, **k: scored.append(list(a)) or {})
    assert link_corpus(store, threshold=0.88) == 0
    # The pass after the links moved mentions sees the emptied entities' flags change
    # (no pair to score); the next sees nothing at all.
    assert all(not pairs for _, pairs, _ in scored)
    scored.clear()
    assert link_corpus(store, threshold=0.88) == 0
    assert scored == []


def test_a_merge_into_a_linked_entity_undoes_its_link_as_a_recompute_does(
    db_url: str, tmp_path: Path
) -> None:
    with two_stores(db_url, tmp_path) as stores:
        apply(stores, ("story", ["Viktor Bout"], False))
        apply(stores, ("story", ["Виктор Бут"], False))
        apply(stores, ("story", ["Kony"], False))
        russian = make_story(["Виктор Бут"], False).mentions[0].entity
        assert [r["alias_entity"] for r in list_links(stores[0])] == [russian]
        kony = make_story(["Kony"], False).mentions[0].entity
        for store in stores:  # a person's decision: only the flag of the linked entity changes
            merge_entities(store, kony, russian)
        apply(stores, ("story", ["Josef Kony"], False))
        assert list_links(stores[0]) == [] and state(stores[0]) == state(stores[1])


def test_a_new_story_naming_a_second_bearer_undoes_a_surname_link(store: Store) -> None:
    full = story("Bassel al-Assad founded the society in 1989.", ("Bassel al-Assad", "Person"))
    bare = story(HAMMOND, ("Assad", "Person"))
    assert ingest(store, full, bare) == 1
    assert entity_of(store, bare.mentions[0].id) == full.mentions[0].entity
    # Bassel's own story names his brother, untagged: the kept check is read again.
    assert ingest(store, story(SCS, ("Bassel al-Assad", "Person"))) == 1
    assert entity_of(store, bare.mentions[0].id) == bare.mentions[0].entity
