"""Relations and graph speed: relation extraction cost, and graph queries at scale.

    python benchmarks/bench_graph.py                      # both parts, 100k entities / 1M edges
    python benchmarks/bench_graph.py --entities 10000 --edges 100000 --skip-extraction

Part 1 parses the re3d development texts (or the bundled samples) once with threadline's
pipeline and times, on the same parsed Docs, the foundation's extraction
(``nlp.pipe`` + mentions/roles/quotes) against ``find_relations`` and the co-mention
baseline: relation extraction's cost is reported as a ratio of the foundation's.

Part 2 writes a synthetic store (N entities, one mention each, M relations between random
mentions with a skewed degree distribution, 1,000 documents), builds the graph from it and
times neighbours at depth 2, shortest paths with their evidence, degree centrality and
betweenness sampled from ``--sample`` sources; with peak memory (RSS) of the process.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data"))
TYPES = ("met", "paid", "leads", "member_of", "attacked", "located_in", "sanctioned", "funded")


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def texts() -> list[str]:
    found = []
    for path in sorted((SHARED / "re3d").glob("*/documents.json")):
        found += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    if not found:
        for path in sorted((ROOT / "samples").rglob("*.json")):
            record = json.loads(path.read_text())
            found.append(record.get("text") or record.get("body") or "")
    return [t for t in found if t]


def bench_extraction() -> dict[str, float]:
    from threadline import model
    from threadline.extract import extraction as extraction_module
    from threadline.extract.pipeline import load_pipeline
    from threadline.extract.relations import co_mentions, find_relations
    from threadline.settings import load

    corpus = texts()
    nlp = load_pipeline(load())
    nlp("warm up the pipeline.")
    saved = extraction_module.find_relations
    extraction_module.find_relations = lambda doc, extraction: []  # the foundation alone
    try:
        started = time.perf_counter()
        docs = list(nlp.pipe(corpus, batch_size=32))
        parse = time.perf_counter() - started
        started = time.perf_counter()
        documents = [model.Document(text=t, source=str(i)) for i, t in enumerate(corpus)]
        extractions = [
            extraction_module.extract_document(d, doc)
            for d, doc in zip(docs, documents, strict=True)
        ]
        base_extract = time.perf_counter() - started
    finally:
        extraction_module.find_relations = saved
    started = time.perf_counter()
    count = sum(len(find_relations(d, e)) for d, e in zip(docs, extractions, strict=True))
    relations = time.perf_counter() - started
    started = time.perf_counter()
    co = sum(len(co_mentions(e)) for e in extractions)
    baseline = time.perf_counter() - started
    base = parse + base_extract
    return {
        "documents": len(corpus),
        "characters": sum(len(t) for t in corpus),
        "foundation_s": round(base, 3),
        "relations_s": round(relations, 3),
        "relations_ratio": round(relations / base, 4),
        "relations_found": count,
        "co_mention_s": round(baseline, 4),
        "co_mentions_found": co,
    }


def synthetic_store(path: str, entities: int, edges: int, seed: int = 7) -> float:
    from threadline.store import open_store

    rng = random.Random(seed)
    store = open_store(path)
    started = time.perf_counter()
    text = "Synthetic evidence sentence for a benchmark relation. " * 4
    with store.transaction():
        store.executemany(
            "INSERT INTO documents (id, content_hash, source, date, collection, chars, text,"
            " ingested_at) VALUES (?, ?, 'bench', ?, 'bench', ?, ?, '2026-01-01')",
            [(f"doc-{i}", f"h{i}", f"20{10 + i % 15}-01-01", len(text), text) for i in range(1000)],
        )
        store.executemany(
            "INSERT INTO entities (id, type, name, key) VALUES (?, 'Person', ?, ?)",
            [(f"ent-{i}", f"Entity {i}", f"entity {i}") for i in range(entities)],
        )
        store.executemany(
            'INSERT INTO mentions (id, document, start, "end", text, type, entity,'
            " sentence_start, sentence_end, method) VALUES (?, ?, 0, 9, 'Synthetic', 'Person',"
            " ?, 0, 54, 'bench')",
            [(f"men-{i}", f"doc-{i % 1000}", f"ent-{i}") for i in range(entities)],
        )

        def endpoint() -> int:  # skewed: a few hubs, a long tail
            return (
                min(entities - 1, int(rng.paretovariate(1.2)) - 1)
                if rng.random() < 0.2
                else (rng.randrange(entities))
            )

        batch = []
        for i in range(edges):
            a, b = endpoint(), endpoint()
            if a == b:
                b = (b + 1) % entities
            batch.append(
                (
                    f"rel-{i}",
                    f"doc-{i % 1000}",
                    TYPES[i % len(TYPES)],
                    f"men-{a}",
                    f"men-{b}",
                    f"20{10 + i % 15}-0{1 + i % 9}-1{i % 10}",
                )
            )
            if len(batch) == 100_000:
                _insert(store, batch)
                batch = []
        _insert(store, batch)
    store.close()
    return time.perf_counter() - started


def _insert(store, batch) -> None:  # type: ignore[no-untyped-def]
    store.executemany(
        'INSERT INTO relations (id, document, type, source, target, start, "end", date,'
        " date_source, method) VALUES (?, ?, ?, ?, ?, 0, 54, ?, 'text', 'bench-v1')",
        batch,
    )


def bench_graph(entities: int, edges: int, sample: int | None, queries: int) -> dict[str, object]:
    from threadline import graph as graph_lib
    from threadline.errors import NotFoundError
    from threadline.graph.analysis import WORK_BUDGET
    from threadline.store import open_store

    folder = tempfile.mkdtemp(prefix="tl-bench-")
    path = str(Path(folder) / "graph.db")
    write_s = synthetic_store(path, entities, edges)
    store = open_store(path)
    before = rss_mb()
    started = time.perf_counter()
    graph = graph_lib.build_graph(store)
    build_s = time.perf_counter() - started
    graph_mb = rss_mb() - before
    rng = random.Random(11)
    nodes = list(graph.graph.nodes)

    def timed(fn) -> list[float]:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(queries):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return times

    n2 = timed(lambda: graph_lib.neighbours(graph, rng.choice(nodes), depth=2))
    sizes = [len(graph_lib.neighbours(graph, rng.choice(nodes), depth=2)) for _ in range(queries)]

    def path_query() -> None:
        with contextlib.suppress(NotFoundError):  # disconnected pairs count too
            graph_lib.shortest_path(graph, rng.choice(nodes), rng.choice(nodes))

    paths = timed(path_query)
    started = time.perf_counter()
    graph_lib.centrality(graph, measure="degree", limit=20)
    degree_s = time.perf_counter() - started
    started = time.perf_counter()
    graph_lib.centrality(graph, measure="betweenness", limit=20, sample=sample)
    between_s = time.perf_counter() - started
    if sample is None:
        sample = max(20, WORK_BUDGET // graph.graph.number_of_edges())
    with store.transaction():
        _insert(
            store,
            [
                (f"rel-new-{i}", "doc-0", "met", f"men-{i}", f"men-{i + 1}", None)
                for i in range(1000)
            ],
        )
    started = time.perf_counter()
    graph.refresh()
    refresh_s = time.perf_counter() - started
    result = {
        "entities": entities,
        "relations": edges,
        "graph_nodes": graph.graph.number_of_nodes(),
        "graph_edges": graph.graph.number_of_edges(),
        "store_write_s": round(write_s, 1),
        "build_s": round(build_s, 1),
        "graph_rss_mb": round(graph_mb),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "neighbours2_median_ms": round(statistics.median(n2) * 1000, 1),
        "neighbours2_max_ms": round(max(n2) * 1000, 1),
        "neighbours2_median_size": int(statistics.median(sizes)),
        "path_median_ms": round(statistics.median(paths) * 1000, 1),
        "path_max_ms": round(max(paths) * 1000, 1),
        "degree_s": round(degree_s, 2),
        "betweenness_sample": sample,
        "betweenness_s": round(between_s, 1),
        "refresh_1000_s": round(refresh_s, 3),
    }
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(path + suffix).unlink(missing_ok=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument(
        "--sample", type=int, default=None, help="Betweenness sources (default: sized)."
    )
    parser.add_argument("--queries", type=int, default=20, help="Queries timed per kind.")
    parser.add_argument("--skip-extraction", action="store_true")
    parser.add_argument("--skip-graph", action="store_true")
    args = parser.parse_args(argv)
    result: dict[str, object] = {}
    if not args.skip_extraction:
        result["extraction"] = bench_extraction()
        print(json.dumps(result["extraction"]), file=sys.stderr)
    if not args.skip_graph:
        result["graph"] = bench_graph(args.entities, args.edges, args.sample, args.queries)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
