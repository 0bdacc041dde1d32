from __future__ import annotations

from pathlib import Path

from threadline.ingest import IngestFailure
from threadline.ingest.htmltext import parse_html
from threadline.model import Document


def test_html_boilerplate_is_stripped_and_metadata_read(fixtures: Path, ingest) -> None:
    [document] = ingest(fixtures / "ingest" / "article.html")
    assert isinstance(document, Document)
    assert document.format == "html"
    assert "Mexican authorities extradited the alleged leader" in document.text
    assert "Juan Pérez" in document.text and "major blow to the organization" in document.text
    for boilerplate in ("Subscribe", "luxury watches", "All rights reserved", "Privacy", "Cancún"):
        assert boilerplate not in document.text
    assert "dataLayer" not in document.text
    assert document.title == "Cartel leader extradited to the United States"
    assert document.author == "Jane Reporter"
    assert document.date == "2024-03-05"
    assert document.url == "https://news.example.com/2024/03/05/cartel-leader-extradited"
    assert document.metadata["og_url"] == "https://news.example.com/amp/cartel-leader-extradited"
    assert document.source == str(fixtures / "ingest" / "article.html")


def test_truncated_html_still_gives_text(tmp_path: Path, fixtures: Path, ingest) -> None:
    page = (fixtures / "ingest" / "article.html").read_bytes()
    cut = page.index(b"faces charges") + len(b"faces char")
    (tmp_path / "cut.html").write_bytes(page[:cut])
    [document] = ingest(tmp_path / "cut.html")
    assert isinstance(document, Document)
    assert "Mexican authorities extradited" in document.text
    assert document.text.rstrip().endswith("faces char")


def test_malformed_html_gives_text(tmp_path: Path, ingest) -> None:
    markup = (
        "<html><head><title>Raid</title><body><div><p>Police raided a warehouse in"
        " Lagos <b>and <i>seized</b> weapons</i>.<p>Three men were held</td></span>"
        "<<p>>&nbsp;&amp; questioned"
    )
    (tmp_path / "bad.html").write_text(markup, encoding="utf-8")
    [document] = ingest(tmp_path / "bad.html")
    assert isinstance(document, Document)
    assert "Police raided a warehouse in Lagos" in document.text
    assert "Three men were held" in document.text


def test_html_without_text_is_a_clear_failure(tmp_path: Path, ingest) -> None:
    (tmp_path / "app.html").write_text(
        "<html><head><script>render()</script></head><body><div id='root'></div></body></html>",
        encoding="utf-8",
    )
    [failure] = ingest(tmp_path / "app.html")
    assert isinstance(failure, IngestFailure)
    assert failure.error.startswith("no text found in this HTML page")


def test_page_trafilatura_finds_nothing_in_falls_back_to_plain_text(tmp_path: Path, ingest) -> None:
    (tmp_path / "table.htm").write_text(
        "<table><tr><th>Name</th><td>Arrested in Lima</td></tr></table>",
        encoding="utf-8",
    )
    [document] = ingest(tmp_path / "table.htm")
    assert isinstance(document, Document)
    assert document.text == "Name Arrested in Lima"
    assert document.metadata["extraction"] == "plain"


def test_declared_legacy_charset_is_honoured(tmp_path: Path, ingest) -> None:
    markup = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Détenu</title></head><body><article><p>Le procès de M. Müller, accusé de"
        " blanchiment, s'est ouvert à Genève lundi. Le parquet réclame douze ans de prison"
        " ferme pour l'ancien banquier.</p></article></body></html>"
    )
    (tmp_path / "latin.html").write_bytes(markup.encode("latin-1"))
    [document] = ingest(tmp_path / "latin.html")
    assert isinstance(document, Document)
    assert "Le procès de M. Müller, accusé de blanchiment" in document.text
    assert document.warnings == []


def test_fallback_parser_keeps_block_lines_and_head_metadata() -> None:
    text, head = parse_html(
        "<head><title>T</title><link rel='canonical' href='https://x/a'><style>p{}</style>"
        "<body><p>One</p><script>x()</script><p>Two <b>bold</b></p><footer>F</footer>"
    )
    assert text == "One\nTwo bold"
    assert head == {"title": "T", "canonical": "https://x/a"}


def test_several_html_authors_are_joined_with_commas(tmp_path: Path, ingest) -> None:
    paragraph = "<p>Investigators traced the payments through shell companies in Cyprus.</p>"
    (tmp_path / "two.html").write_text(
        '<html><head><meta name="author" content="Ana Lima; Bruno Costa"></head>'
        f"<body><article>{paragraph * 4}</article></body></html>",
        encoding="utf-8",
    )
    [document] = ingest(tmp_path / "two.html")
    assert isinstance(document, Document) and document.author == "Ana Lima, Bruno Costa"
