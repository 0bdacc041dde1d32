from __future__ import annotations

import io
from pathlib import Path

from threadline.ingest import IngestFailure, iter_documents
from threadline.model import Document
from threadline.settings import Settings


def test_txt_text_is_decoded_content_with_only_crlf_changed(tmp_path: Path, ingest) -> None:
    raw = "Line one\r\nLine two\rstill two\n\n  indented\ttab \u00e9\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    [document] = ingest(tmp_path / "a.txt")
    assert isinstance(document, Document)
    assert document.text == "Line one\nLine two\rstill two\n\n  indented\ttab \u00e9\n"
    assert (document.source, document.format, document.title) == (
        str(tmp_path / "a.txt"),
        "txt",
        "a.txt",
    )
    assert document.collection == "default" and document.warnings == []


def test_utf8_bom_is_dropped(tmp_path: Path, ingest) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfHello")
    [document] = ingest(tmp_path / "bom.txt")
    assert isinstance(document, Document) and document.text == "Hello"


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path, ingest) -> None:
    (tmp_path / "wide.txt").write_bytes("Gang leader arrested in Kyiv.".encode("utf-16"))
    [document] = ingest(tmp_path / "wide.txt")
    assert isinstance(document, Document) and document.text == "Gang leader arrested in Kyiv."


def test_binary_file_renamed_txt_is_a_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 8)
    [failure] = ingest(tmp_path / "photo.txt")
    assert isinstance(failure, IngestFailure)
    assert failure.error.startswith("binary file")


def test_pdf_renamed_txt_says_to_rename_it(tmp_path: Path, ingest, make_pdf) -> None:
    (tmp_path / "report.txt").write_bytes(make_pdf("Hello"))
    [failure] = ingest(tmp_path / "report.txt")
    assert isinstance(failure, IngestFailure)
    assert "binary file" in failure.error and "rename it to .pdf" in failure.error


def test_empty_file_is_a_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\t\r\n")
    results = ingest(tmp_path / "empty.txt", tmp_path / "blank.md")
    assert [(r.path, r.error.split(":")[0]) for r in results if isinstance(r, IngestFailure)] == [
        (str(tmp_path / "empty.txt"), "empty file"),
        (str(tmp_path / "blank.md"), "empty file"),
    ]


def test_cp1252_file_is_decoded_correctly(fixtures: Path, ingest) -> None:
    [document] = ingest(fixtures / "ingest" / "cp1252.txt")
    assert isinstance(document, Document)
    assert document.text.startswith("Café owner José Muñoz told the court in São Paulo")
    assert "“protection” money – every month – to a gang.\nThe judge" in document.text
    assert document.metadata["encoding"] == "cp1252"
    assert len(document.warnings) == 1 and "guessed as cp1252" in document.warnings[0]


def test_english_with_one_latin1_sentence_is_cp1252_with_a_warning(tmp_path: Path, ingest) -> None:
    english = b"Interpol arrested a broker in Lyon on Monday, officials said. " * 20
    (tmp_path / "mixed.txt").write_bytes(
        english + "Le caf\xe9 \xe9tait ferm\xe9.".encode("latin-1")
    )
    [document] = ingest(tmp_path / "mixed.txt")
    assert document.text.endswith("Le café était fermé.")
    assert document.metadata["encoding"] == "cp1252"
    assert "guessed as cp1252" in document.warnings[0]


def test_utf8_with_a_few_bad_bytes_stays_utf8_with_a_warning(tmp_path: Path, ingest) -> None:
    text = "Café owner José Muñoz paid “protection” money in São Paulo. " * 10
    (tmp_path / "damaged.txt").write_bytes(text.encode("utf-8") + b"bad \xff\xfe bytes")
    [document] = ingest(tmp_path / "damaged.txt")
    assert document.text.startswith("Café owner José Muñoz")
    assert document.text.endswith("bad \ufffd\ufffd bytes")
    assert "undecodable bytes replaced (read as utf-8)" in document.warnings[0]


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path: Path, ingest) -> None:
    # Too little text for charset detection to be sure: replaced, never guessed silently.
    (tmp_path / "short.txt").write_bytes(b"caf\xe9")
    [document] = ingest(tmp_path / "short.txt")
    assert isinstance(document, Document)
    assert document.text == "caf\ufffd"
    assert len(document.warnings) == 1
    assert "undecodable bytes replaced" in document.warnings[0]
    assert "check the file's encoding" in document.warnings[0]


def test_unknown_extension_is_sniffed(tmp_path: Path, ingest) -> None:
    (tmp_path / "NOTES").write_text("Plain notes about a seizure.", encoding="utf-8")
    (tmp_path / "page.dat").write_text(
        "<!doctype html><html><body><p>Customs seized 40 kg.</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "dump.out").write_text('{"text": "A record."}', encoding="utf-8")
    formats = [d.format for d in ingest(tmp_path) if isinstance(d, Document)]
    assert formats == ["txt", "json", "html"]  # NOTES, dump.out, page.dat (sorted)


def test_file_above_max_file_bytes_is_refused(tmp_path: Path, ingest) -> None:
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    [failure] = ingest(tmp_path / "big.txt", max_file_bytes=1000)
    assert isinstance(failure, IngestFailure)
    assert (
        failure.error.startswith("file too large") and "THREADLINE_MAX_FILE_BYTES" in failure.error
    )


def test_stdin_is_read_for_dash(settings: Settings) -> None:
    stdin = io.BytesIO(b"Extradition hearing set for May.\r\n")
    [document] = list(iter_documents(["-"], settings=settings, collection="inbox", stdin=stdin))
    assert isinstance(document, Document)
    assert document.text == "Extradition hearing set for May.\n"
    assert (document.source, document.format, document.collection) == ("-", "txt", "inbox")


def test_stdin_format_is_sniffed(settings: Settings) -> None:
    stdin = io.BytesIO(b'{"text": "one"}\n{"text": "two"}\n')
    documents = list(iter_documents(["-"], settings=settings, stdin=stdin))
    assert [(d.text, d.format) for d in documents if isinstance(d, Document)] == [
        ("one", "json"),
        ("two", "json"),
    ]


def test_stdin_above_max_file_bytes_is_refused(settings: Settings) -> None:
    stdin = io.BytesIO(b'{"text": "' + b"x" * 5000 + b'"}')
    small = settings.with_(max_file_bytes=1000)
    [failure] = list(iter_documents(["-"], settings=small, stdin=stdin))
    assert isinstance(failure, IngestFailure) and failure.path == "-"
    assert failure.error.startswith("file too large")


def test_log_lines_that_start_like_json_are_text(tmp_path: Path, ingest) -> None:
    (tmp_path / "raid.log").write_text("[2024-03-05 10:00] raid started\n[10:05] done\n")
    [document] = ingest(tmp_path / "raid.log")
    assert isinstance(document, Document) and document.format == "txt"


def test_paths_may_be_path_objects_or_one_string(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    [from_path] = list(iter_documents([tmp_path / "a.txt"], settings=settings))  # type: ignore[list-item]
    [from_string] = list(iter_documents(str(tmp_path / "a.txt"), settings=settings))
    assert isinstance(from_path, Document) and isinstance(from_string, Document)
    assert from_path.source == from_string.source == str(tmp_path / "a.txt")
