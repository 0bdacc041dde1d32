"""How the entity page shows evidence and roles, and how a document shows a highlight."""

from __future__ import annotations

from threadline.web.evidence import group_evidence, group_roles, marked_sentence
from threadline.web.highlight import document_html


def _row(document: str, start: int, end: int, sentence_start: int, sentence: str) -> dict:
    return {
        "document": document,
        "title": document.upper(),
        "start": start,
        "end": end,
        "sentence_start": sentence_start,
        "sentence": sentence,
        "kind": "name",
    }


def test_mentions_in_one_sentence_are_one_evidence_item() -> None:
    sentence = "Lind paid Lind.\n\n"
    rows = [_row("d1", 10, 14, 10, sentence), _row("d1", 20, 24, 10, sentence)]
    rows.append(_row("d2", 0, 4, 0, "Lind left."))
    items = group_evidence(rows)
    assert [len(i["mentions"]) for i in items] == [2, 1]
    assert str(items[0]["html"]) == "<mark>Lind</mark> paid <mark>Lind</mark>."
    assert items[0]["sentence_end"] == 10 + len("Lind paid Lind.")  # no trailing blank lines


def test_marked_sentence_escapes_and_marks_overlaps_once() -> None:
    assert (
        str(marked_sentence("<b>A B</b>", [(3, 6), (3, 4)]))
        == "&lt;b&gt;<mark>A B</mark>&lt;/b&gt;"
    )


def test_roles_repeated_in_a_document_or_in_case_are_one_line() -> None:
    roles = [
        {"role": "Treasury Secretary", "document": "d1", "start": 0, "end": 18},
        {"role": "Treasury Secretary", "document": "d1", "start": 90, "end": 108},
        {"role": "treasury  secretary", "document": "d2", "start": 5, "end": 24},
        {"role": "Minister", "document": "d2", "start": 40, "end": 48},
    ]
    grouped = group_roles(roles)
    assert [(g["role"], [s["document"] for s in g["sources"]]) for g in grouped] == [
        ("Treasury Secretary", ["d1", "d2"]),
        ("Minister", ["d2"]),
    ]


def test_blank_lines_in_a_highlight_are_not_marked() -> None:
    text = "HEADLINE\n\nBody text here.\n\nMore."
    html = str(document_html(text, [], [], (0, len("HEADLINE\n\nBody text here.\n\n"))))
    assert "<mark" in html
    assert "\n\n</mark>" not in html and '<mark class="hl">\n' not in html
    assert html.count("<mark") == 2  # the headline and the body line, not the gaps
    assert html.startswith('<mark class="hl" id="hl">HEADLINE</mark>\n\n')
