"""The synthetic news-shaped corpus the API and store benchmarks share, and a PostgreSQL
server for them.

Documents of ~12 sentences (~1,900 characters) in 5 collections, names drawn from 3,000
entities with a Zipf-like skew (a few hubs appear in thousands of documents, as "United
States" does), 2 mentions, 0.25 relations and 0.1 quotes per sentence. :func:`fill`
writes them with the store's own ``save_extraction`` (no spaCy), ``batch`` documents per
transaction. :func:`postgres_url` gives a fresh schema on a given server or on a
throwaway cluster (scripts/postgres-cluster.sh).
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from threadline.model import Document, Extraction, Mention, Quote, Relation
from threadline.store.base import Store
from threadline.store.documents import save_extraction

ROOT = Path(__file__).resolve().parent.parent
FIRST = [
    "Ana",
    "Boris",
    "Carlos",
    "Dmitri",
    "Elena",
    "Farid",
    "Gloria",
    "Hassan",
    "Ivan",
    "Joaquin",
    "Karim",
    "Lucia",
    "Mikhail",
    "Nadia",
    "Omar",
    "Pavel",
    "Rosa",
    "Sergei",
]
LAST = [
    "Guzman",
    "Petrov",
    "Haddad",
    "Moreno",
    "Volkov",
    "Rahimi",
    "Castro",
    "Orlov",
    "Mendez",
    "Sokolov",
    "Nasser",
    "Herrera",
    "Ivanova",
    "Zapata",
    "Karimov",
    "Luna",
]
ORGS = ["Cartel", "Brotherhood", "Network", "Trading Company", "Holdings", "Clan", "Group"]
PLACES = [
    "Lyon",
    "Sinaloa",
    "Odesa",
    "Tangier",
    "Rotterdam",
    "Medellin",
    "Dubai",
    "Lagos",
    "Antwerp",
    "Manila",
    "Valencia",
    "Tbilisi",
    "Panama",
    "Cali",
    "Istanbul",
]
VERBS = [
    "met",
    "paid",
    "was arrested with",
    "smuggled cocaine for",
    "laundered money for",
    "was extradited with",
    "financed",
    "supplied weapons to",
]
QUERIES = [
    "cartel",
    "laundered money",
    '"smuggled cocaine"',
    "extradit*",
    "Guzman",
    "Rotterdam AND cocaine",
    "weapons NOT Lyon",
    "Petrov Dubai",
    "brotherhood",
    "arrested",
    "Sokolov",
    "financed network",
    "Medellin OR Cali",
    "police said",
]


def _entities(n: int, rng: random.Random) -> list[tuple[str, str]]:
    names: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(names) < n:
        kind = rng.random()
        if kind < 0.6:
            name, type_ = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.randint(1, 99)}", "Person"
        elif kind < 0.9:
            name, type_ = (
                f"{rng.choice(LAST)} {rng.choice(ORGS)} {rng.randint(1, 99)}",
                "Organization",
            )
        else:
            name, type_ = f"{rng.choice(PLACES)} {rng.randint(1, 99)}", "Location"
        if name not in seen:
            seen.add(name)
            names.append((name, type_))
    return names


def _document(
    i: int, entities: list[tuple[str, str]], weights: list[float], rng: random.Random
) -> Extraction:
    sentences: list[tuple[str, list[tuple[int, int, int]]]] = []
    for _ in range(12):
        a, b = rng.choices(range(len(entities)), weights, k=2)
        verb, place = rng.choice(VERBS), rng.choice(PLACES)
        head = entities[a][0]
        middle = f" {verb} "
        tail = entities[b][0]
        text = f"{head}{middle}{tail} near {place}, police said in a statement on case {i}."
        spans = [
            (0, len(head), a),
            (len(head) + len(middle), len(head) + len(middle) + len(tail), b),
        ]
        sentences.append((text, spans))
    text = " ".join(s for s, _ in sentences)
    doc = Document(
        text=text,
        source=f"bench/{i}.txt",
        title=f"Case {i}: {sentences[0][0][:40]}",
        date=f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        collection=f"c{i % 5}",
    )
    ex = Extraction(doc)
    offset = 0
    for s_index, (sentence, spans) in enumerate(sentences):
        made = []
        for start, end, e in spans:
            name, type_ = entities[e]
            m = Mention(
                doc.id,
                offset + start,
                offset + end,
                name,
                type_,
                offset,
                offset + len(sentence),
                entity=f"ent-bench-{e}",
            )
            ex.mentions.append(m)
            made.append(m)
        if s_index % 4 == 0 and made[0].entity != made[1].entity:
            ex.relations.append(
                Relation(
                    doc.id, "met", made[0].id, made[1].id, offset, offset + len(sentence), doc.date
                )
            )
        if s_index % 10 == 3:
            ex.quotes.append(
                Quote(
                    doc.id,
                    made[1].end + 1,
                    made[1].end + 20,
                    text[made[1].end + 1 : made[1].end + 20],
                    made[0].text,
                    made[0].id,
                )
            )
        offset += len(sentence) + 1
    return ex


def corpus(docs: int) -> list[Extraction]:
    """The first ``docs`` documents of the corpus (the same for every backend)."""
    rng = random.Random(7)
    entities = _entities(3000, rng)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(entities))]
    return [_document(i, entities, weights, rng) for i in range(docs)]


def fill(store: Store, docs: int, batch: int = 500) -> float:
    """Write the corpus, ``batch`` documents per transaction; returns documents per second."""
    rng = random.Random(7)
    entities = _entities(3000, rng)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(entities))]
    started = time.perf_counter()
    for first in range(0, docs, batch):
        with store.transaction():
            for i in range(first, min(first + batch, docs)):
                save_extraction(store, _document(i, entities, weights, rng))
    return docs / (time.perf_counter() - started)


def postgres_url(given: str, folder: Path) -> tuple[str, Callable[[], None]]:
    """A URL of a fresh schema on ``given`` (else on a throwaway cluster started in
    ``folder``) and a function that drops it (and stops the cluster)."""
    import psycopg

    started = not given
    if started:
        script = ROOT / "scripts" / "postgres-cluster.sh"
        run = subprocess.run(["sh", str(script), "start", str(folder)], capture_output=True)
        given = run.stdout.decode().strip()
        if not given:
            sys.exit(f"no PostgreSQL: {run.stderr.decode().strip()}")
    schema = "bench_" + uuid.uuid4().hex[:12]
    with psycopg.connect(given, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        with psycopg.connect(given, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")
        if started:
            script = ROOT / "scripts" / "postgres-cluster.sh"
            subprocess.run(["sh", str(script), "stop", str(folder)])

    joiner = "&" if "?" in given else "?"
    return f"{given}{joiner}options=-csearch_path%3D{schema},public", drop
