from __future__ import annotations

import json
from pathlib import Path

from threadline.ingest.dateline import byline_date, date_from_text, dateline_date
from threadline.model import Document


def test_byline_date_alone_on_a_line_dates_the_document() -> None:
    text = "Moscow cancels crime pact\n\nJanuary 30, 2013\n\nRussia said on Wednesday ..."
    assert date_from_text(text) == "2013-01-30"


def test_labelled_and_authored_bylines_are_read() -> None:
    assert byline_date("Posted on January 30, 2013 by Jane Doe") == "2013-01-30"
    assert byline_date("By Jane Doe | 30 January 2013 10:45 GMT") == "2013-01-30"
    assert byline_date("Wednesday, Jan. 30, 2013") == "2013-01-30"
    assert byline_date("Updated: 2013-01-30") == "2013-01-30"


def test_date_then_separator_at_a_lines_start_is_read() -> None:
    assert byline_date("September 17, 2013 | Successful launch of the app") == "2013-09-17"
    assert byline_date("January 30, 2013 — The Treasury Department said today ...") == (
        "2013-01-30"
    )


def test_a_date_below_the_first_paragraph_is_not_the_documents() -> None:
    body = "Financial fraud comes in all shapes and sizes. " * 5
    text = f"The Case of the Corrupt Coin Dealer\n\n{body}\n\nJun 05, 2015 10:00 AM\n\nNext story"
    assert date_from_text(text) is None


def test_dateline_before_the_first_sentence_is_read() -> None:
    assert dateline_date("MOSCOW, January 30, 2013 — Russia said") == "2013-01-30"
    assert dateline_date("WASHINGTON, Jan. 30, 2013 (Reuters) - The United States") == (
        "2013-01-30"
    )


def test_dateline_without_year_leaves_the_document_undated() -> None:
    assert date_from_text("WASHINGTON, Jan. 30 (Reuters) - The United States said") is None


def test_dateline_without_year_takes_the_byline_date() -> None:
    text = "By Jane Doe, January 30, 2013\n\nWASHINGTON, Jan. 30 (Reuters) - The US said"
    assert date_from_text(text) == "2013-01-30"


def test_date_inside_a_sentence_is_not_the_document_date() -> None:
    text = "On Jan. 8, 2013, Coalition forces conducted 34 strikes against ISIL.\n\nMore."
    assert date_from_text(text) is None
    assert byline_date("The agreement was signed on September 25, 2002 in Moscow") is None


def test_undated_text_file_gets_its_byline_date(tmp_path: Path, ingest) -> None:
    path = tmp_path / "pact.txt"
    path.write_text("Moscow cancels pact\n\nJanuary 30, 2013\n\nRussia said ...\n", "utf-8")
    [document] = ingest(path)
    assert isinstance(document, Document)
    assert document.date == "2013-01-30"
    assert document.metadata["date_source"] == "text"


def test_metadata_date_wins_over_the_text(tmp_path: Path, ingest) -> None:
    record = {"text": "January 30, 2013\n\nRussia said ...", "date": "2014-02-01"}
    (tmp_path / "r.json").write_text(json.dumps(record), "utf-8")
    [document] = ingest(tmp_path / "r.json")
    assert isinstance(document, Document)
    assert document.date == "2014-02-01" and "date_source" not in document.metadata
