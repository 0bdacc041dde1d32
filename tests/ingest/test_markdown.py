from __future__ import annotations

from pathlib import Path

from threadline.ingest import IngestFailure
from threadline.ingest.markdown import parse_front_matter
from threadline.model import Document


def test_markdown_front_matter_is_stripped_and_used(fixtures: Path, ingest) -> None:
    [document] = ingest(fixtures / "ingest" / "front-matter.md")
    assert isinstance(document, Document)
    assert document.format == "md"
    assert document.text == (
        "# A heading that is not the title\n\n"
        "Belgian customs seized 2.3 tonnes of cocaine hidden in a banana shipment.\n"
    )
    assert document.title == "Port of Antwerp seizure"
    assert document.author == "Ana Lima, Bruno Costa"
    assert document.date == "2023-11-02"
    assert document.metadata["tags"] == ["cocaine", "ports"]


def test_markdown_without_front_matter_takes_first_heading_as_title(tmp_path: Path, ingest) -> None:
    text = "Intro line.\n\n# Money mules recruited online\n\nBody *with* markdown.\n"
    (tmp_path / "post.md").write_text(text, encoding="utf-8")
    [document] = ingest(tmp_path / "post.md")
    assert isinstance(document, Document)
    assert document.title == "Money mules recruited online"
    assert document.text == text.replace("*with*", "with")


def test_markdown_with_only_front_matter_is_empty(tmp_path: Path, ingest) -> None:
    (tmp_path / "stub.md").write_text("---\ntitle: Stub\n---\n\n", encoding="utf-8")
    [failure] = ingest(tmp_path / "stub.md")
    assert isinstance(failure, IngestFailure) and failure.error.startswith("empty file")


def test_unreadable_front_matter_date_is_kept_raw(tmp_path: Path, ingest) -> None:
    (tmp_path / "d.md").write_text("---\ndate: sometime in spring\n---\nText.\n", encoding="utf-8")
    [document] = ingest(tmp_path / "d.md")
    assert isinstance(document, Document)
    assert document.date is None and document.metadata["date_raw"] == "sometime in spring"


def test_front_matter_parser_reads_simple_yaml() -> None:
    block = "title: 'Quoted: yes'\ncount: 3\ndraft: false\nkeys: [a, \"b\"]\nlist:\n- x\n- y\n"
    assert parse_front_matter(block) == {
        "title": "Quoted: yes",
        "count": 3,
        "draft": False,
        "keys": ["a", "b"],
        "list": ["x", "y"],
    }
