"""``make demo``: ingest the bundled sample and show what an analyst wants to see first.

Run as ``python -m threadline.demo [--db PATH] [--samples DIR]``. It goes through the
same importable functions as the CLI: ingest, then counts, top entities with their
roles, quotes with speakers, events (who did what to whom, where, when) and a full-text
search hit.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from threadline import settings as settings_module
from threadline.pipeline import ingest_paths
from threadline.store import open_store
from threadline.store.documents import count_documents
from threadline.store.entities import list_entities
from threadline.store.events import EventRecord, list_events
from threadline.store.evidence import list_quotes
from threadline.store.relations import list_relations
from threadline.store.search import search

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "centcom"
console = Console(highlight=False)


def run_demo(db: str, samples: Path, query: str = "Mosul airstrikes") -> None:
    settings = settings_module.load(db=db)
    store = open_store(db)
    console.rule("[bold]threadline demo")
    console.print(f"Ingesting the bundled sample [cyan]{samples}[/] into [cyan]{db}[/] …")
    started = time.perf_counter()
    report = ingest_paths(store, [str(samples)], settings=settings, collection="centcom")
    seconds = time.perf_counter() - started
    console.print(
        f"{report.ingested} documents ingested, {report.duplicates} already stored,"
        f" {len(report.failed)} failed ({seconds:.1f} s)"
    )
    counts = Table(title="What the corpus mentions")
    counts.add_column("type")
    counts.add_column("entities", justify="right")
    counts.add_column("mentions", justify="right")
    for type_ in ("Person", "Organization", "Location", "Law", "Date", "Money"):
        rows = list_entities(store, type=type_)
        counts.add_row(type_, str(len(rows)), str(sum(r["mention_count"] for r in rows)))
    console.print(f"{count_documents(store)} documents in the database")
    console.print(counts)

    people = Table(title="Most mentioned people and organizations, with their roles")
    for column in ("name", "type", "mentions", "roles", "also written"):
        people.add_column(column)
    top = list_entities(store, type="Person", limit=8) + list_entities(
        store, type="Organization", limit=6
    )
    for row in top:
        roles = sorted({r["role"] for r in row["roles"]})
        people.add_row(
            row["name"],
            row["type"],
            str(row["mention_count"]),
            "; ".join(roles[:3]),
            "; ".join(row["aliases"][:3]),
        )
    console.print(people)

    quotes = [q for q in list_quotes(store) if q["speaker"]][:4]
    console.rule("Quotes with their speakers")
    for quote in quotes:
        text = " ".join(quote["text"].split())
        text = text if len(text) < 220 else text[:219] + "…"
        console.print(f"[bold]{quote['speaker']}[/]: “{text}”  [dim]{quote['document']}[/]")

    console.rule("Relations, each with its evidence sentence")
    shown = 0
    for rel in list_relations(store):
        if rel["type"] == "located_in" or shown >= 5:
            continue
        shown += 1
        sentence = " ".join(rel["sentence"].split())
        console.print(
            f"[bold]{rel['source_name']}[/] —{rel['type']}→ [bold]{rel['target_name']}[/]"
            f"\n  [dim]{sentence[:200]}[/]"
        )

    _show_events(list_events(store))

    console.rule(f"Search: {query}")
    for hit in search(store, query, limit=3):
        console.print(f"[bold]{hit['title']}[/] [dim]{hit['document']}[/]\n  {hit['snippet']}")
    console.rule()
    console.print(
        f"Explore it: [cyan]threadline --db {db} entities[/], "
        f'[cyan]threadline --db {db} show "Joseph Votel"[/], '
        f'[cyan]threadline --db {db} search "ISIL"[/]'
    )
    store.close()


def _names(arguments: list[Any]) -> str:
    return ", ".join(dict.fromkeys(a["name"] or a["text"] for a in arguments)) or "–"


def _show_events(events: list[EventRecord]) -> None:
    """A table of the first events that have both someone who acted and someone acted on."""
    table = Table(title="Events: who did what to whom, where and when (rules events-v1)")
    for column in ("date", "event", "status", "agents", "targets", "places"):
        table.add_column(column)
    shown = [e for e in events if e["agents"] and (e["targets"] or e["places"])][:8]
    for event in shown:
        table.add_row(
            event["date"] or "–",
            f"{event['type']} (“{event['trigger']}”)",
            event["status"],
            _names(event["agents"]),
            _names(event["targets"]),
            _names(event["places"]),
        )
    console.print(f"{len(events)} events extracted")
    console.print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="demo/threadline.db")
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    args = parser.parse_args()
    run_demo(args.db, args.samples)


if __name__ == "__main__":
    main()
