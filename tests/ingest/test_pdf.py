from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from threadline.ingest import IngestFailure
from threadline.model import Document


def test_pdf_text_layer_and_metadata_are_read(tmp_path: Path, ingest, make_pdf) -> None:
    (tmp_path / "report.pdf").write_bytes(
        make_pdf("Europol dismantled a network in Spain.", "Twelve suspects (4 women) held.")
    )
    [document] = ingest(tmp_path / "report.pdf")
    assert isinstance(document, Document)
    assert (
        document.text == "Europol dismantled a network in Spain.\nTwelve suspects (4 women) held."
    )
    assert document.format == "pdf"
    assert document.title == "Seizure report" and document.author == "Jane Reporter"
    assert document.date == "2024-03-05T10:30:00"
    assert document.metadata["pages"] == 1


def test_truncated_pdf_is_a_failure(tmp_path: Path, ingest, make_pdf) -> None:
    whole = make_pdf("Europol dismantled a network in Spain.")
    (tmp_path / "half.pdf").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "no-end.pdf").write_bytes(whole[:-30])
    results = ingest(tmp_path / "half.pdf", tmp_path / "no-end.pdf")
    assert [type(r) for r in results] == [IngestFailure, IngestFailure]
    for failure in results:
        assert isinstance(failure, IngestFailure)
        assert failure.error.startswith("malformed or truncated PDF") and "qpdf" in failure.error


def test_malformed_pdf_is_a_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\x01 garbage obj << >> " * 40)
    (tmp_path / "fake.pdf").write_text("This is not a PDF at all.", encoding="utf-8")
    junk, fake = ingest(tmp_path / "junk.pdf", tmp_path / "fake.pdf")
    assert isinstance(junk, IngestFailure)
    assert junk.error.startswith("malformed or truncated PDF")
    assert isinstance(fake, IngestFailure) and fake.error.startswith("not a PDF")


def test_encrypted_pdf_is_a_failure_saying_to_decrypt(tmp_path: Path, ingest, make_pdf) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf("Secret ledger."))))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "locked.pdf").write_bytes(out.getvalue())
    [failure] = ingest(tmp_path / "locked.pdf")
    assert isinstance(failure, IngestFailure)
    assert failure.error.startswith("encrypted PDF") and "decrypt it first" in failure.error


def test_pdf_restricted_with_empty_password_is_read(tmp_path: Path, ingest, make_pdf) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf("Owner-restricted text."))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    (tmp_path / "restricted.pdf").write_bytes(out.getvalue())
    [document] = ingest(tmp_path / "restricted.pdf")
    assert isinstance(document, Document) and document.text == "Owner-restricted text."


def test_pdf_without_text_layer_says_to_run_ocr(tmp_path: Path, ingest, make_pdf) -> None:
    (tmp_path / "scan.pdf").write_bytes(make_pdf())
    [failure] = ingest(tmp_path / "scan.pdf")
    assert isinstance(failure, IngestFailure)
    assert failure.error.startswith("no text layer (scanned?); run OCR first")
