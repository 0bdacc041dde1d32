"""The network page's depth-2 view of a hub: the bounded neighbourhood against the old page.

    python benchmarks/bench_network_view.py                       # 20k entities / 200k edges
    python benchmarks/bench_network_view.py --entities 100000 --edges 1000000

Writes bench_graph.py's synthetic store (skewed degrees: a few hubs), builds the graph, picks
the most connected entity and times, on the same graph, what the page computes for a depth-2
view: before issue 13, every neighbour within two hops plus the whole two-hop ego network as
JSON (``neighbours`` + ``ego_network`` + ``graph_json``); now ``bounded_neighbourhood`` with
the page's cap (50) and ``graph_json`` of what it keeps. Reports medians and their ratio,
and how many entities each would hand to the browser to draw.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_graph import synthetic_store  # noqa: E402


def _median(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--edges", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)

    from threadline import graph as graphs
    from threadline.graph.bounded import bounded_neighbourhood
    from threadline.store import open_store

    path = str(Path(tempfile.mkdtemp(prefix="tl-bench-")) / "graph.db")
    synthetic_store(path, args.entities, args.edges)
    graph = graphs.build_graph(open_store(path))
    hub = max(graph.graph.degree, key=lambda pair: pair[1])[0]

    def before() -> int:
        graphs.neighbours(graph, hub, depth=2)
        return len(graphs.graph_json(graphs.ego_network(graph, hub, depth=2))["nodes"])

    def after() -> int:
        around = bounded_neighbourhood(graph, hub, depth=2, limit=args.limit)
        return len(graphs.graph_json(around.graph)["nodes"])

    old_s, new_s = _median(before, args.runs), _median(after, args.runs)
    print(
        f"graph: {graph.graph.number_of_nodes():,} entities, {graph.graph.number_of_edges():,}"
        f" links; hub degree {graph.graph.degree(hub):,}"
    )
    print(f"old depth-2 page work: {old_s:.3f} s median, {before():,} entities to draw")
    print(f"bounded (cap {args.limit}): {new_s:.4f} s median, {after():,} entities to draw")
    print(f"ratio old/bounded: {old_s / new_s:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
