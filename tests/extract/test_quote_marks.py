from __future__ import annotations

from threadline.extract.quote_marks import find_quote_segments


def quoted(text):
    return [(text[s.start : s.end], s.group) for s in find_quote_segments(text)]


def test_straight_and_curly_quotes_are_found_without_marks():
    text = 'He said "we will not stop" and then \u201cwe will go on\u201d.'
    assert quoted(text) == [("we will not stop", 0), ("we will go on", 1)]


def test_trailing_comma_inside_marks_is_not_quoted():
    assert quoted('"We will not stop," he said.') == [("We will not stop", 0)]


def test_quote_continuing_into_next_paragraph_is_one_group():
    text = 'She said: "The first part.\n\n"The second part," she added.\n\n"A new one."'
    assert quoted(text) == [("The first part.", 0), ("The second part", 0), ("A new one.", 1)]


def test_unclosed_quote_ends_with_its_paragraph():
    text = 'He said: "no closing mark here\nNext paragraph without marks.'
    assert quoted(text) == [("no closing mark here", 0)]


def test_text_without_quotes_has_none():
    assert find_quote_segments("Nothing quoted here.\n\nNor here.") == []
