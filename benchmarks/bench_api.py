"""p95 latency of the API's search, entity profile and hub neighbours (10,000 documents).

    .venv/bin/python benchmarks/bench_api.py [--docs 10000] [--requests 300]

The store is synthetic but shaped like news: 10,000 documents of ~12 sentences (~1,900
characters) in 5 collections, names drawn from 3,000 entities with a Zipf-like skew (a
few hubs appear in thousands of documents, as "United States" does), 2 mentions, 0.25
relations and 0.1 quotes per sentence. It is written once with the store's own
``save_extraction`` into ``.bench/api-<docs>.db`` and reused. Requests go through the
FastAPI app in process (``TestClient``: routing, auth, SQL, JSON; no network), as an
admin (all collections) and as an analyst granted 2 of the 5 collections, after a warm-up.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient

from threadline.app import create_app
from threadline.model import Document, Extraction, Mention, Quote, Relation
from threadline.settings import Settings
from threadline.store import auth as auth_store
from threadline.store import open_store
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


def build(path: Path, docs: int) -> None:
    rng = random.Random(7)
    entities = _entities(3000, rng)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(entities))]
    started = time.perf_counter()
    with open_store(str(path)) as store:
        for i in range(docs):
            save_extraction(store, _document(i, entities, weights, rng))
        auth_store.add_user(store, "admin", "bench-password", "admin")
        auth_store.add_user(store, "analyst", "bench-password", "analyst")
        auth_store.grant(store, "analyst", "c0", "read")
        auth_store.grant(store, "analyst", "c1", "write")
    print(f"built {path} in {time.perf_counter() - started:.0f} s")


def measure(client: TestClient, token: str, urls: list[str]) -> list[float]:
    headers = {"Authorization": f"Bearer {token}"}
    for url in urls[:10]:
        client.get(url, headers=headers)
    times = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 404), (url, response.status_code)
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"{statistics.median(ordered):.1f} | {p95:.1f} | {ordered[-1]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    path = ROOT / ".bench" / f"api-{args.docs}.db"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        build(path, args.docs)
    rng = random.Random(11)
    app = create_app(Settings(db=str(path), secret_key="bench"))
    store = app.state.store
    tokens = {u: auth_store.create_token(store, u, "bench")[1] for u in ("admin", "analyst")}
    ranked = [
        r["id"]
        for r in store.query(
            "SELECT entity AS id FROM mentions GROUP BY entity ORDER BY count(*) DESC"
        )
    ]
    hubs, rest = ranked[:20], ranked[20:]
    searches = [f"/api/search?q={rng.choice(QUERIES)}&limit=20" for _ in range(args.requests)]
    profiles = [
        f"/api/entities/{rng.choice(hubs) if rng.random() < 0.2 else rng.choice(rest)}"
        for _ in range(args.requests)
    ]
    neighbours = [f"/api/graph/neighbours/{rng.choice(hubs)}" for _ in range(args.requests)]
    top = ranked[0]
    top_mentions = store.query_one("SELECT count(*) AS n FROM mentions WHERE entity = ?", (top,))
    print(f"{args.docs} documents; most mentioned entity has {top_mentions['n']} mentions")
    print("| request | user | median ms | p95 ms | max ms |")
    print("|---|---|---:|---:|---:|")
    with TestClient(app) as client:
        for label, urls in (
            ("search (20 hits)", searches),
            ("entity profile", profiles),
            ("hub neighbours (100 strongest)", neighbours),
        ):
            for user in ("admin", "analyst"):
                print(f"| {label} | {user} | {summary(measure(client, tokens[user], urls))} |")


if __name__ == "__main__":
    main()
