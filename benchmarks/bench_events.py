"""Speed of storing and reading events: save, one page with its total, an entity's events.

    python benchmarks/bench_events.py [--documents N]

Builds a fresh SQLite store of N short arrest stories (two events each, one with a
pronoun argument), spread over 4 collections and 100 arrested people; one agency (a hub)
is the agent of every arrest. Times: saving all documents (one transaction each), the
first page of 50 events with its total, a date-range page, the events of one person,
and the events of the hub, each for an everyone-reader and for a reader of one collection.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from threadline.model import Document, Event, Extraction, Mention
from threadline.store import open_store
from threadline.store.base import Store
from threadline.store.documents import save_extraction
from threadline.store.events import count_events, events_for_entity, list_events

TEMPLATE = (
    "Federal agents arrested {name} in Phoenix on {day} March {year}. "
    "He was extradited to Mexico in {year} after story {n}."
)


def story(n: int) -> Extraction:
    name = f"Suspect Number{n % 100}"
    year = 2000 + n % 25
    text = TEMPLATE.format(name=name, day=1 + n % 28, year=year, n=n)
    doc = Document(text, f"story-{n}.txt", date=f"{year}-03-28", collection=f"c{n % 4}")

    def men(words: str, type_: str, entity: str, kind: str = "name") -> Mention:
        at = text.index(words)
        return Mention(doc.id, at, at + len(words), words, type_, entity=entity, kind=kind)

    agents = men("Federal agents", "PublicBody", "ent-agency")
    person = men(name, "Person", f"ent-person-{n % 100}")
    he = men("He", "Person", person.entity or "", "pronoun")
    place = men("Phoenix", "Location", "ent-phoenix")
    events = []
    for type_, trigger, args in (
        ("arrest", "arrested", {"agents": [agents.id], "targets": [person.id]}),
        ("extradition", "extradited", {"targets": [he.id]}),
    ):
        at = text.index(trigger)
        event = Event(doc.id, type_, at, at + len(trigger), trigger, 0, len(text), **args)
        event.places, event.date = [place.id], f"{year}-03-{1 + n % 28:02d}"
        events.append(event)
    return Extraction(doc, [agents, person, he, place], events=events)


def timed(label: str, func: object) -> None:
    assert callable(func)
    start = time.perf_counter()
    result = func()
    size = result if isinstance(result, int) else len(result)
    print(f"{label:<48} {1000 * (time.perf_counter() - start):8.1f} ms  ({size})")


def run(store: Store, documents: int) -> None:
    start = time.perf_counter()
    for n in range(documents):
        save_extraction(store, story(n))
    elapsed = time.perf_counter() - start
    print(f"saved {documents} documents, {2 * documents} events: {elapsed:.1f} s")
    for scope, collections in (("everyone", None), ("one collection", ["c1"])):
        print(f"-- reader of {scope}")
        timed(
            "page of 50 events", lambda c=collections: list_events(store, collections=c, limit=50)
        )
        timed("total", lambda c=collections: count_events(store, collections=c))
        timed(
            "page of 50 in 2010-2012",
            lambda c=collections: list_events(
                store, collections=c, date_from="2010", date_to="2012", limit=50
            ),
        )
        timed(
            "one person's events",
            lambda c=collections: events_for_entity(store, "ent-person-5", collections=c),
        )
        timed(
            "hub's first 50 events",
            lambda c=collections: events_for_entity(store, "ent-agency", collections=c, limit=50),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--documents", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "b.db")) as store:
        run(store, args.documents)


if __name__ == "__main__":
    main()
