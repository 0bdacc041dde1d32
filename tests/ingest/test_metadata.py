from __future__ import annotations

from datetime import UTC, date, datetime

from threadline.ingest.metadata import join_authors, normalize_date


def test_dates_are_normalised_to_iso() -> None:
    cases = {
        "2024-03-05": "2024-03-05",
        "2024-3-5": "2024-03-05",
        "2024/03/05": "2024-03-05",
        "20240305": "2024-03-05",
        "2024-03": "2024-03",
        "2024": "2024",
        "2024-03-05T10:30:00Z": "2024-03-05T10:30:00",
        "2024-03-05 10:30": "2024-03-05T10:30:00",
        "2024-03-05T10:30:00.123+02:00": "2024-03-05T10:30:00",
        "Tue, 05 Mar 2024 10:30:00 GMT": "2024-03-05T10:30:00",
        "March 5, 2024": "2024-03-05",
        "Tuesday, March 5, 2024": "2024-03-05",
        "5 Mar. 2024": "2024-03-05",
        "Sept 30 2023": "2023-09-30",
        "March 2024": "2024-03",
        2024: "2024",
        1709634600: "2024-03-05T10:30:00",
        1709634600000: "2024-03-05T10:30:00",
        date(2024, 3, 5): "2024-03-05",
        datetime(2024, 3, 5, 10, 30, tzinfo=UTC): "2024-03-05T10:30:00",
    }
    assert {raw: normalize_date(raw) for raw in cases} == cases


def test_unreadable_or_ambiguous_dates_give_none() -> None:
    for raw in ("05/03/2024", "2024-02-30", "last Tuesday", "", None, True, "March 40, 2024", 7):
        assert normalize_date(raw) is None, raw


def test_authors_are_joined() -> None:
    assert join_authors(["Ana Lima", " Bruno  Costa "]) == "Ana Lima, Bruno Costa"
    assert join_authors([{"name": "Ana Lima"}, {"name": "Reuters"}]) == "Ana Lima, Reuters"
    assert join_authors("Jane Reporter") == "Jane Reporter"
    assert join_authors([]) is None and join_authors(None) is None
