"""Security findings of issue 14 that show in pages: each test failed before its fix."""

from __future__ import annotations

from threadline.web.templating import snippet_html


def test_snippet_marks_stay_balanced_with_literal_brackets() -> None:
    html = str(snippet_html("a [cartel] \\[sic\\] \\] x \\\\ ["))
    assert html == "a <mark>cartel</mark> [sic] ] x \\ <mark></mark>"
    assert html.count("<mark>") == html.count("</mark>")
