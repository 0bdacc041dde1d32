"""Language detection for documents that declare none (issue 13): declared wins, short or
unsure texts get no guess, and every guess carries its method."""

from __future__ import annotations

import json
from pathlib import Path

from threadline.ingest.language import METHOD, add_language, detect_language
from threadline.model import Document

ENGLISH = (
    "The Treasury Department sanctioned three companies on Tuesday for laundering money"
    " for the cartel, officials said in a statement."
)
SPANISH = (
    "El Departamento del Tesoro sancionó el martes a tres empresas por lavar dinero para"
    " el cártel, según dijeron los funcionarios en un comunicado."
)
RUSSIAN = (
    "Министерство финансов во вторник ввело санкции против трёх компаний, которые"
    " отмывали деньги для картеля, говорится в заявлении."
)


def test_paragraphs_are_detected_with_the_method_tag() -> None:
    guesses = [detect_language(text) for text in (ENGLISH, SPANISH, RUSSIAN)]
    assert [g.code if g else None for g in guesses] == ["en", "es", "ru"]
    assert all(g is not None and g.probability >= 0.9 and g.method == METHOD for g in guesses)


def test_short_texts_get_no_guess() -> None:
    assert detect_language("Hello") is None
    assert detect_language("Janet Yellen") is None
    assert detect_language("U.S. Treasury sanctions Joaquin Guzman") is None
    assert detect_language("12345 67890 " * 20) is None  # no letters at all


def test_declared_language_wins_over_the_text() -> None:
    document = Document(text=ENGLISH, source="x.html", metadata={"language": "fr"})
    add_language(document)
    assert document.metadata == {"language": "fr", "language_source": "declared"}


def test_undeclared_document_gets_the_detected_language() -> None:
    document = Document(text=SPANISH, source="x.txt")
    add_language(document)
    assert document.metadata == {
        "language": "es",
        "language_source": "detected",
        "language_method": METHOD,
    }
    short = Document(text="Hola", source="y.txt")
    add_language(short)
    assert "language" not in short.metadata


def test_ingested_plain_text_and_html_without_lang_are_detected(tmp_path: Path, ingest) -> None:
    (tmp_path / "nota.txt").write_text(SPANISH, encoding="utf-8")
    (tmp_path / "page.html").write_text(
        f"<html><body><article><p>{RUSSIAN}</p><p>{RUSSIAN}</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "declared.html").write_text(
        f'<html lang="de"><body><article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>',
        encoding="utf-8",
    )
    record = {"id": "r1", "language": "pt", "text": ENGLISH}
    (tmp_path / "record.json").write_text(json.dumps(record), encoding="utf-8")
    found = {Path(d.source).name: d.metadata for d in ingest(tmp_path)}
    assert found["nota.txt"]["language"] == "es"
    assert found["nota.txt"]["language_source"] == "detected"
    assert found["page.html"]["language"] == "ru"
    assert found["declared.html"]["language"] == "de"
    assert found["declared.html"]["language_source"] == "declared"
    assert found["record.json"]["language"] == "pt"
    assert found["record.json"]["language_source"] == "declared"
