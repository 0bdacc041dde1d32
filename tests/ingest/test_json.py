from __future__ import annotations

import json
from pathlib import Path

import pytest

from threadline.ingest import IngestFailure
from threadline.model import Document


def test_json_array_gives_one_document_per_record(fixtures: Path, ingest) -> None:
    path = fixtures / "ingest" / "records.json"
    first, second = ingest(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "Police in Madrid arrested eleven people."
    assert first.title == "Smuggling ring dismantled"
    assert first.author == "Ana Lima, Bruno Costa"
    assert first.date == "2024-01-15T09:00:00"
    assert first.url == first.source == "https://example.org/ring"
    assert first.metadata == {"record": 1, "id": "r1"}
    assert first.format == "json"
    # No url: the source is the path; an ambiguous date is kept raw, not guessed.
    assert second.text == "Prosecutors charged two brothers with money laundering."
    assert second.source == str(path)
    assert second.date is None
    detected = {"language": "en", "language_source": "detected", "language_method": "langid-v1"}
    assert second.metadata == {"record": 2, "id": "r2", "date_raw": "15/01/2024", **detected}


def test_json_single_object_is_one_document(tmp_path: Path, ingest) -> None:
    (tmp_path / "one.json").write_text(
        '{"content": "Interpol issued a red notice.", "link": "https://x.org/n",'
        ' "published": 1709634600}',
        encoding="utf-8",
    )
    [document] = ingest(tmp_path / "one.json")
    assert isinstance(document, Document)
    assert document.text == "Interpol issued a red notice."
    assert document.source == "https://x.org/n"
    assert document.date == "2024-03-05T10:30:00"


def test_json_that_is_not_an_object_is_a_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "number.json").write_text("42", encoding="utf-8")
    (tmp_path / "strings.json").write_text('["a", {"text": "kept"}]', encoding="utf-8")
    results = ingest(tmp_path / "number.json", tmp_path / "strings.json")
    assert isinstance(results[0], IngestFailure)
    assert results[0].path == str(tmp_path / "number.json")
    assert "is a number, not an object" in results[0].error
    assert isinstance(results[1], IngestFailure)
    assert results[1].path == f"{tmp_path / 'strings.json'}#record-1"
    assert "is a string, not an object" in results[1].error
    assert isinstance(results[2], Document) and results[2].text == "kept"


def test_json_record_without_text_is_a_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "notext.json").write_text('{"title": "Only a title", "text": "  "}')
    [failure] = ingest(tmp_path / "notext.json")
    assert isinstance(failure, IngestFailure)
    assert "no text" in failure.error and "'text'" in failure.error


def test_invalid_json_is_a_failure_with_its_position(tmp_path: Path, ingest) -> None:
    (tmp_path / "cut.json").write_text('[{"text": "a"}, {"text": ', encoding="utf-8")
    [failure] = ingest(tmp_path / "cut.json")
    assert isinstance(failure, IngestFailure)
    assert failure.error.startswith("invalid JSON at line 1, column")


def test_jsonl_bad_line_fails_alone(fixtures: Path, ingest) -> None:
    path = fixtures / "ingest" / "bad-line.jsonl"
    first, bad, third = ingest(path)
    assert isinstance(first, Document) and first.text == "First record."
    assert first.metadata == {"line": 1, "id": 1}
    assert isinstance(bad, IngestFailure)
    assert bad.path == f"{path}:line 2"
    assert bad.error.startswith("invalid JSON") and "fix or remove this line" in bad.error
    assert isinstance(third, Document) and third.text == "Third record."
    assert third.date == "2024-03-05" and third.metadata["line"] == 3


def test_json_lines_in_a_json_file_are_read_as_lines(tmp_path: Path, ingest) -> None:
    (tmp_path / "lines.json").write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    assert [d.text for d in ingest(tmp_path / "lines.json") if isinstance(d, Document)] == [
        "a",
        "b",
    ]


def test_record_text_is_kept_verbatim(tmp_path: Path, ingest) -> None:
    # Offsets annotated on a record's text (e.g. re3d's entity spans) must still hold.
    (tmp_path / "p.jsonl").write_text('{"text": "  One.\\r\\nTwo. "}\n', encoding="utf-8")
    [document] = ingest(tmp_path / "p.jsonl")
    assert isinstance(document, Document) and document.text == "  One.\r\nTwo. "


def test_record_text_as_paragraph_list_is_joined(tmp_path: Path, ingest) -> None:
    (tmp_path / "p.jsonl").write_text('{"body": ["One.", "Two."]}\n', encoding="utf-8")
    [document] = ingest(tmp_path / "p.jsonl")
    assert isinstance(document, Document) and document.text == "One.\n\nTwo."


@pytest.mark.shared
def test_re3d_documents_keep_their_annotated_text(shared_data: Path, ingest) -> None:
    # re3d's documents.json is mongoexport output (one object per line, named .json);
    # its entity offsets refer to `text`, so the text must come through unchanged.
    path = shared_data / "re3d" / "centcom" / "documents.json"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    documents = ingest(path)
    assert all(isinstance(d, Document) for d in documents)
    assert [d.text for d in documents] == [r["text"] for r in records]
    assert [d.title for d in documents] == [r["title"] for r in records]
    assert documents[0].metadata["_id"] == records[0]["_id"]
