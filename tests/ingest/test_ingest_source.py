from __future__ import annotations

import json
from pathlib import Path

from threadline.ingest.headline import headline_title
from threadline.ingest.markup import read_markup
from threadline.model import Document


def test_re3d_source_url_is_the_documents_source(tmp_path: Path, ingest) -> None:
    record = {"_id": "X1", "sourceUrl": "http://www.centcom.mil/a/b/", "text": "Some text."}
    (tmp_path / "docs.json").write_text(json.dumps(record), "utf-8")
    [document] = ingest(tmp_path / "docs.json")
    assert isinstance(document, Document)
    assert document.source == "http://www.centcom.mil/a/b/"
    assert document.url == "http://www.centcom.mil/a/b/"
    assert "sourceUrl" not in document.metadata


def test_non_web_address_is_not_the_source(tmp_path: Path, ingest) -> None:
    record = {"link": "javascript:alert(1)", "text": "Some text."}
    (tmp_path / "docs.json").write_text(json.dumps(record), "utf-8")
    [document] = ingest(tmp_path / "docs.json")
    assert isinstance(document, Document)
    assert document.source == str(tmp_path / "docs.json") and document.url is None
    assert document.metadata["link"] == "javascript:alert(1)"


def test_first_line_headline_is_the_title(tmp_path: Path, ingest) -> None:
    text = "Treasury Sanctions Leaders of the Acme Group\n\nWASHINGTON - Today the ...\n"
    (tmp_path / "release-0042.txt").write_text(text, "utf-8")
    [document] = ingest(tmp_path / "release-0042.txt")
    assert isinstance(document, Document)
    assert document.title == "Treasury Sanctions Leaders of the Acme Group"


def test_a_first_sentence_is_not_a_headline() -> None:
    assert headline_title("The Treasury sanctioned three men.\n\nMore text.") is None
    assert headline_title("January 30, 2013\n\nMore text.") is None
    assert headline_title("By Jane Doe\n\nMore text.") is None
    assert headline_title("Only a headline with nothing after") is None
    assert headline_title("# Money mules recruited online\n\nBody.") == (
        "Money mules recruited online"
    )


def test_json_record_without_title_takes_its_headline(tmp_path: Path, ingest) -> None:
    record = {"text": "Cartel boss extradited to Texas\n\nA court ruled ..."}
    (tmp_path / "r.json").write_text(json.dumps(record), "utf-8")
    [document] = ingest(tmp_path / "r.json")
    assert isinstance(document, Document) and document.title == "Cartel boss extradited to Texas"


def test_markdown_links_and_emphasis_in_txt_are_read_as_text(tmp_path: Path, ingest) -> None:
    text = "[Viktor Bout](https://example.org/bout_v) was **arrested** in *Bangkok*.\n"
    (tmp_path / "bout.txt").write_text(text, "utf-8")
    [document] = ingest(tmp_path / "bout.txt")
    assert isinstance(document, Document)
    assert document.text == "Viktor Bout was arrested in Bangkok.\n"
    assert document.metadata["markup"] == "markdown"
    assert document.metadata["links"] == [
        {"text": "Viktor Bout", "url": "https://example.org/bout_v"}
    ]


def test_plain_text_with_stars_and_underscores_is_unchanged() -> None:
    text = "5 * 3 * 2 is thirty; the file is snake_case_name.txt and [1] is a note."
    assert read_markup(text).text == text and not read_markup(text).changed
