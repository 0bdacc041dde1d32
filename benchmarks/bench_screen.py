"""Sanctions screening: threadline's matcher against nomenklatura's logic-v2, same pairs.

    .venv/bin/python benchmarks/bench_screen.py [--negatives 50000] [--pair-negatives 3000]

Needs ../shared/data (lists and name sets) and the ``bench`` extra (nomenklatura).
Measured in one run:

* quality on labelled pairs, scored by both matchers: UN-listed names as written and
  perturbed against their true UN entry; synthetic non-listed people against the
  entries threadline's index proposes for them (the hardest candidates); cross-script
  pairs; 80 spellings of one name against each other. Precision, recall, F1 at the
  default threshold 0.7 and a threshold sweep.
* speed: pairs/s of both on those pairs (one pass, cold caches), cold start (process
  start to first result) of both, and threadline's screening latency per name against
  UN alone and OFAC + UN, with the false-positive rate of full screening of the
  synthetic people.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
THRESHOLDS = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
Pair = dict[str, Any]  # {"group", "label", "query": {...}, "entry": {...}}


def clean_dob(value: str | None) -> str | None:
    """The date as given when valid, else its year (the name sets hold a few bad dates)."""
    from threadline.errors import ScreenError
    from threadline.screen.query import check_birth_date

    value = (value or "")[:10] or None
    try:
        return check_birth_date(value)
    except ScreenError:
        return value[:4] if value else None


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def build_pairs(
    store: Any, data: Path, pair_negatives: int
) -> tuple[list[Pair], list[dict[str, str]]]:
    from threadline.matching.normalize import name_form
    from threadline.screen.lists import read_list
    from threadline.screen.query import check_country
    from threadline.screen.search import screener_for

    un = read_list(data / "sanctions" / "un" / "UN_consolidated.xml")
    ofac = read_list(data / "sanctions" / "ofac-sdn-2019")
    entries = {e.id: e for e in [*un.entries, *ofac.entries]}
    by_tokens: dict[tuple[str, ...], str] = {}
    for entry in un.entries:
        for name in entry.names():
            by_tokens.setdefault(tuple(sorted(name_form(name).tokens)), entry.id)

    def query(row: dict[str, str]) -> dict[str, Any]:
        try:
            country = check_country(row.get("nationality") or None)
        except Exception:
            country = None
        dob = clean_dob(row.get("date_of_birth"))
        return {"name": row["full_name"], "schema": "Person", "birth_date": dob, "country": country}

    def entry_dict(entry_id: str) -> dict[str, Any]:
        e = entries[entry_id]
        return {
            "id": e.id,
            "schema": e.schema,
            "names": [e.name, *e.aliases],
            "weak": e.weak_aliases,
            "birth_dates": e.birth_dates,
            "countries": e.countries,
        }

    pairs: list[Pair] = []
    names = data / "names"
    untreated = read_csv(names / "yente_positives_un_untreated.csv")
    treated = read_csv(names / "yente_positives_un_treated.csv")
    unmatched = 0
    for plain, perturbed in zip(untreated, treated, strict=True):
        entry_id = by_tokens.get(tuple(sorted(name_form(plain["full_name"]).tokens)))
        if entry_id is None:
            unmatched += 1
            continue
        pairs.append(
            {
                "group": "un-as-written",
                "label": 1,
                "query": query(plain),
                "entry": entry_dict(entry_id),
            }
        )
        pairs.append(
            {
                "group": "un-perturbed",
                "label": 1,
                "query": query(perturbed),
                "entry": entry_dict(entry_id),
            }
        )
    print(
        f"UN positives: {len(pairs) // 2} rows tied to their entry, {unmatched} not found",
        file=sys.stderr,
    )
    lines = (names / "watchman_cross_script_pairs.csv").read_text(encoding="utf-8").splitlines()
    for values in csv.reader(x for x in lines if x.strip() and not x.startswith("#")):
        pairs.append(
            {
                "group": "cross-script",
                "label": 1,
                "query": {"name": values[0], "schema": "Person"},
                "entry": {"id": None, "schema": "Person", "names": [values[1]]},
            }
        )
    putin = [n.strip() for n in (names / "nomenklatura_putin_names.txt").read_text().splitlines()]
    putin = [n for n in putin if n]
    for i, left in enumerate(putin):
        for right in putin[i + 1 :]:
            pairs.append(
                {
                    "group": "putin-spellings",
                    "label": 1,
                    "query": {"name": left, "schema": "Person"},
                    "entry": {"id": None, "schema": "Person", "names": [right]},
                }
            )
    negatives = read_csv(names / "yente_negatives_global.csv")
    rng = random.Random(7)
    screener = screener_for(store)
    screener.refresh()
    from threadline.screen.query import make_query

    for row in rng.sample(negatives, pair_negatives):
        q = query(row)
        subject = make_query([q["name"]], schema="Person")
        for entry_id in screener.candidates(subject, limit=5):
            pairs.append(
                {"group": "negatives", "label": 0, "query": q, "entry": entry_dict(entry_id)}
            )
    return pairs, negatives


def score_threadline(
    pairs: list[Pair], algorithm: str, *, warm: bool = False
) -> tuple[list[float], tuple[float, float]]:
    """Scores of ``algorithm`` on the pairs and the (wall, CPU) seconds they took: with
    cold caches, or with ``warm`` after a first pass over the same pairs."""
    from threadline.matching import prepared, v2
    from threadline.matching.algorithms import make_pair, score_pair
    from threadline.matching.names import token_similarity
    from threadline.matching.normalize import ascii_name, name_form, schema_kind
    from threadline.matching.subject import Subject
    from threadline.screen.query import make_query

    caches = (
        name_form,
        ascii_name,
        token_similarity,
        v2.token_similarity,
        v2.organization_similarity,
        prepared.prepare,
        prepared.prepared,
    )
    for cache in caches:
        cache.cache_clear()
    scores: list[float] = []
    for _ in range(2 if warm else 1):
        scores = []
        start, cpu = time.perf_counter(), time.process_time()
        for pair in pairs:
            q, e = pair["query"], pair["entry"]
            query = make_query(
                [q["name"]],
                schema=q.get("schema"),
                birth_date=q.get("birth_date"),
                country=q.get("country"),
            )
            kind = schema_kind(e["schema"])
            entry = Subject(
                schema=e["schema"],
                names=tuple(name_form(n, kind) for n in e["names"]),
                weak_names=tuple(name_form(n, kind) for n in e.get("weak", [])),
                birth_dates=tuple(e.get("birth_dates", [])),
                countries=tuple(e.get("countries", [])),
            )
            pair_ = make_pair(query, entry, algorithm)
            scores.append(score_pair(pair_, algorithm, explain=False).score)
    return scores, (time.perf_counter() - start, time.process_time() - cpu)


def score_logic_v2(pairs: list[Pair]) -> tuple[list[float], tuple[float, float]]:
    from followthemoney import model
    from nomenklatura.matching import LogicV2
    from nomenklatura.matching.types import ScoringConfig

    config = ScoringConfig.defaults()
    built = []
    for n, pair in enumerate(pairs):
        q, e = pair["query"], pair["entry"]
        left = model.make_entity(q["schema"])
        left.id = f"q{n}"
        left.add("name", q["name"])
        left.add("birthDate", q.get("birth_date"))
        left.add("nationality", q.get("country"))
        right = model.make_entity(e["schema"])
        right.id = f"e{n}"
        right.add("name", e["names"][0])
        right.add("alias", e["names"][1:])
        right.add("weakAlias", e.get("weak", []))
        if e["schema"] == "Person":
            right.add("birthDate", e.get("birth_dates", []))
            right.add("nationality", e.get("countries", []))
        else:
            right.add("country", e.get("countries", []))
        built.append((left, right))
    LogicV2.compare(built[0][0], built[0][1], config)  # load its reference data first
    scores = [LogicV2.compare(left, right, config).score for left, right in built]
    # The timed pass is the second one: warm, like threadline's.
    start, cpu = time.perf_counter(), time.process_time()
    scores = [LogicV2.compare(left, right, config).score for left, right in built]
    return scores, (time.perf_counter() - start, time.process_time() - cpu)


def index_recall(store: Any, pairs: list[Pair]) -> dict[str, float]:
    """How often the candidate index proposes the true entry of a listed name, and how many
    candidates it proposes (the matcher can only find what the index proposes)."""
    from threadline.screen.query import make_query
    from threadline.screen.search import screener_for

    screener = screener_for(store)
    found, proposed, total = 0, 0, 0
    for pair in pairs:
        if pair["group"] not in ("un-as-written", "un-perturbed"):
            continue
        candidates = screener.candidates(make_query([pair["query"]["name"]], schema="Person"))
        found += pair["entry"]["id"] in candidates
        proposed += len(candidates)
        total += 1
    return {"recall": found / total, "mean_candidates": proposed / total}


def quality(
    pairs: list[Pair], scores: list[float], threshold: float, groups: set[str]
) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for pair, score in zip(pairs, scores, strict=True):
        if pair["group"] not in groups:
            continue
        hit = score >= threshold
        if pair["label"]:
            tp, fn = tp + hit, fn + (not hit)
        else:
            fp, tn = fp + hit, tn + (not hit)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "fp_rate": fp / (fp + tn) if fp + tn else 0.0,
    }


def recall(pairs: list[Pair], scores: list[float], group: str, threshold: float) -> float:
    hits = [s >= threshold for p, s in zip(pairs, scores, strict=True) if p["group"] == group]
    return sum(hits) / len(hits) if hits else 0.0


def cold_start(code: str) -> dict[str, float]:
    """Seconds from process start to first result: best of 5 runs, wall clock and CPU."""
    import resource

    wall, cpu = [], []
    for _ in range(5):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return {"wall": min(wall), "cpu": min(cpu)}


def screening_latency(store: Any, rows: list[dict[str, str]]) -> dict[str, float]:
    """Milliseconds per screened name (wall clock and CPU), median and 95th percentile."""
    from threadline.screen import screen_name

    screen_name(store, "warm up")
    wall, cpu = [], []
    for row in rows:
        start, start_cpu = time.perf_counter(), time.process_time()
        screen_name(store, row["full_name"], schema="Person")
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    wall.sort()
    cpu.sort()
    return {
        "median": statistics.median(wall) * 1000,
        "p95": wall[int(len(wall) * 0.95)] * 1000,
        "median_cpu": statistics.median(cpu) * 1000,
    }


def markdown(report: dict[str, Any]) -> str:
    """The figures as the "Sanctions screening" section of docs/benchmarks.md."""
    q = report["quality"]
    names = list(q)
    speed = report["pairs_per_second"]
    cold = report["cold_start_seconds"]
    lines = ["| measure (threshold 0.7) | " + " | ".join(names) + " |"]
    lines.append("|---" * (len(names) + 1) + "|")

    def row(label: str, cells: list[str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    for label, key in (("screening pairs", "screening_pairs"), ("all pairs", "all_pairs")):
        for metric in ("precision", "recall", "f1"):
            row(f"{label}: {metric}", [f"{q[n][key][metric]:.3f}" for n in names])
    row(
        "false-positive rate on negative pairs",
        [f"{q[n]['screening_pairs']['fp_rate']:.4f}" for n in names],
    )
    for group in q[names[0]]["recall"]:
        row(f"recall, {group}", [f"{q[n]['recall'][group]:.3f}" for n in names])
    for kind in ("cpu", "wall"):
        row(f"pairs/s warm ({kind} time)", [f"{speed[n][kind]:,.0f}" for n in names])
        row(f"cold start, s ({kind} time)", [f"{cold[n][kind]:.2f}" for n in names])
    lines += ["", "| threshold | " + " | ".join(f"{t}" for t in THRESHOLDS) + " |"]
    lines.append("|---" * (len(THRESHOLDS) + 1) + "|")
    for name, data in q.items():
        for metric in ("precision", "recall", "f1"):
            cells = " | ".join(f"{data['sweep'][str(t)][metric]:.3f}" for t in THRESHOLDS)
            lines.append(f"| {name} {metric} | {cells} |")
    return "\n".join(lines)


def screen_not_listed(store: Any) -> dict[str, Any]:
    """Heads of state and government, public figures and common organisation words
    (``benchmarks/name_bench/not_listed.csv``, on no list) screened with their schema:
    how many get a matching result, and which."""
    from threadline.screen import screen_name

    rows = read_csv(ROOT / "benchmarks" / "name_bench" / "not_listed.csv")
    hits = []
    for row in rows:
        results = screen_name(store, row["name"], schema=row["schema"] or None)["results"]
        hits += [f"{row['name']} ~ {r['name']} ({r['score']})" for r in results if r["match"]]
    return {"screened": len(rows), "matched": len(hits), "hits": hits}


def threadline_cold_start(algorithm: str) -> dict[str, float]:
    """Cold start of a threadline matcher: a fresh process to its first result."""
    return cold_start(
        "from threadline.matching import compare_names;"
        "compare_names('Vladimir Putin', 'PUTIN, Vladimir Vladimirovich',"
        f" algorithm='{algorithm}')"
    )


def speed_only(data: Path) -> dict[str, Any]:
    """Cold start and screening latency alone (``--speed-only``): the lists loaded, the
    same 1,000 names as the full run (500 synthetic people, 500 UN-listed names)."""
    from threadline.screen import ALGORITHMS, load_list
    from threadline.store import open_store

    report: dict[str, Any] = {
        "cold_start_seconds": {alg: threadline_cold_start(alg) for alg in ALGORITHMS}
    }
    with tempfile.TemporaryDirectory() as tmp:
        un_store = open_store(str(Path(tmp) / "un.db"))
        load_list(un_store, data / "sanctions" / "un" / "UN_consolidated.xml")
        store = open_store(str(Path(tmp) / "all.db"))
        for source in ("ofac-sdn-2019", "un/UN_consolidated.xml"):
            load_list(store, data / "sanctions" / source)
        negatives = read_csv(data / "names" / "yente_negatives_global.csv")
        rng = random.Random(11)
        sample = (
            rng.sample(negatives, 500)
            + read_csv(data / "names" / "yente_positives_un_treated.csv")[:500]
        )
        report["latency_ms"] = {
            "un": screening_latency(un_store, sample),
            "ofac+un": screening_latency(store, sample),
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--negatives",
        type=int,
        default=50_000,
        help="synthetic people screened for the false-positive rate",
    )
    parser.add_argument(
        "--pair-negatives",
        type=int,
        default=3000,
        help="synthetic people whose 5 best candidates become negative pairs",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--markdown", type=Path, help="print the tables of a --json file")
    parser.add_argument(
        "--speed-only",
        action="store_true",
        help="only threadline's cold start and latency per name (about a minute)",
    )
    args = parser.parse_args()
    if args.markdown:
        print(markdown(json.loads(args.markdown.read_text())))
        return
    sys.path.insert(0, str(ROOT / "src"))
    if args.speed_only:
        print(json.dumps(speed_only(args.data), indent=2))
        return
    from threadline.screen import ALGORITHM, ALGORITHMS, load_list, screen_name
    from threadline.store import open_store

    report: dict[str, Any] = {"algorithm": ALGORITHM}
    with tempfile.TemporaryDirectory() as tmp:
        un_store = open_store(str(Path(tmp) / "un.db"))
        load_list(un_store, args.data / "sanctions" / "un" / "UN_consolidated.xml")
        store = open_store(str(Path(tmp) / "all.db"))
        start = time.perf_counter()
        for source in ("ofac-sdn-2019", "un/UN_consolidated.xml"):
            load_list(store, args.data / "sanctions" / source)
        report["load_seconds"] = time.perf_counter() - start
        pairs, negatives = build_pairs(store, args.data, args.pair_negatives)
        runs = {alg: score_threadline(pairs, alg, warm=True) for alg in ALGORITHMS}
        runs["logic-v2"] = score_logic_v2(pairs)
        report["pairs"] = len(pairs)
        report["index"] = index_recall(store, pairs)
        report["pairs_per_second"] = {
            name: {"wall": len(pairs) / took[0], "cpu": len(pairs) / took[1]}
            for name, (_, took) in runs.items()
        }
        screening = {"un-as-written", "un-perturbed", "negatives"}
        everything = screening | {"cross-script", "putin-spellings"}
        report["quality"] = {
            name: {
                "screening_pairs": quality(pairs, scores, 0.7, screening),
                "all_pairs": quality(pairs, scores, 0.7, everything),
                "recall": {
                    g: recall(pairs, scores, g, 0.7) for g in sorted(everything - {"negatives"})
                },
                "sweep": {t: quality(pairs, scores, t, screening) for t in THRESHOLDS},
            }
            for name, (scores, _) in runs.items()
        }
        report["cold_start_seconds"] = {
            **{alg: threadline_cold_start(alg) for alg in ALGORITHMS},
            "logic-v2": cold_start(
                "from followthemoney import model\n"
                "from nomenklatura.matching import LogicV2\n"
                "from nomenklatura.matching.types import ScoringConfig\n"
                "a = model.make_entity('Person'); a.id = 'a'; a.add('name', 'Vladimir Putin')\n"
                "b = model.make_entity('Person'); b.id = 'b';"
                " b.add('name', 'PUTIN, Vladimir Vladimirovich')\n"
                "LogicV2.compare(a, b, ScoringConfig.defaults())"
            ),
        }
        rng = random.Random(11)
        sample = (
            rng.sample(negatives, 500)
            + read_csv(args.data / "names" / "yente_positives_un_treated.csv")[:500]
        )
        report["latency_ms"] = {
            "un": screening_latency(un_store, sample),
            "ofac+un": screening_latency(store, sample),
        }
        screened = rng.sample(negatives, min(args.negatives, len(negatives)))
        false_positives = 0
        start = time.perf_counter()
        for row in screened:
            dob = clean_dob(row.get("date_of_birth"))
            results = screen_name(
                store, row["full_name"], schema="Person", birth_date=dob, limit=1
            )["results"]
            false_positives += bool(results and results[0]["match"])
        report["negatives_screened"] = len(screened)
        report["negatives_fp_rate"] = false_positives / len(screened)
        report["negatives_seconds"] = time.perf_counter() - start
        report["not_listed"] = screen_not_listed(store)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
