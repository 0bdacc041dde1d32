"""The scores of tl-name-v1 and tl-name-v2 on a fixed set of pairs stay what they were
when recorded: speed work must not change them, and a change that does must say so (and
re-record them, or bump the algorithm's version)."""

from __future__ import annotations

import csv
from pathlib import Path

from threadline.matching import compare_names


def _recorded(fixtures: Path) -> list[dict[str, str]]:
    with (fixtures / "matching" / "scores.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_scores_on_recorded_pairs_are_unchanged(fixtures: Path) -> None:
    rows = _recorded(fixtures)
    assert len(rows) == 858
    changed = []
    for row in rows:
        for algorithm in ("tl-name-v1", "tl-name-v2"):
            got = compare_names(
                row["name1"],
                row["name2"],
                left_schema=row["schema"],
                right_schema=row["schema"],
                algorithm=algorithm,
            ).score
            if got != float(row[algorithm]):
                changed.append((algorithm, row["name1"], row["name2"], row[algorithm], got))
    assert changed == []


def test_scores_do_not_depend_on_the_order_pairs_are_compared_in(fixtures: Path) -> None:
    # Per-name features are cached: a pair scored after many others (warm caches) must
    # score as it does first thing (the recorded file was written in file order).
    rows = _recorded(fixtures)[::-1][:200]
    for row in rows:
        got = compare_names(
            row["name1"], row["name2"], left_schema=row["schema"], right_schema=row["schema"]
        ).score
        assert got == float(row["tl-name-v2"]), row


def test_scores_without_the_explanation_are_the_explained_scores(fixtures: Path) -> None:
    # The score-only path (screening, compare_names) adds the same features in the same
    # order as the explained one, also when birth dates and countries are known.
    from dataclasses import replace

    from threadline.matching.algorithms import make_pair, score_pair
    from threadline.screen.query import make_query

    evidence = [((), ()), (("1952-10-07",), ("ru",)), (("1960",), ("us",))]
    for number, row in enumerate(_recorded(fixtures)[:300]):
        query = make_query([row["name1"]], schema=row["schema"])
        entry = make_query([row["name2"]], schema=row["schema"])
        dates, countries = evidence[number % 3]
        query = replace(query, birth_dates=dates, countries=countries)
        entry = replace(entry, birth_dates=("1952-10-07",), countries=("ru",))
        for algorithm in ("tl-name-v1", "tl-name-v2"):
            fast = score_pair(make_pair(query, entry, algorithm), algorithm, explain=False)
            explained = score_pair(make_pair(query, entry, algorithm), algorithm)
            assert fast.score == explained.score, (algorithm, row)
