"""Sentences at line breaks: a headline or dateline is not run into the first sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from threadline.extract.boundaries import starts_sentence_after_break
from threadline.model import Extraction


def test_blank_line_always_starts_a_sentence() -> None:
    assert starts_sentence_after_break("the end of a paragraph", "\n\n", "and then")


def test_headline_and_dateline_end_at_the_line_break() -> None:
    assert starts_sentence_after_break("Raqqa in Next Isolation Phase", "\n", "Elsewhere")
    assert starts_sentence_after_break("WASHINGTON, Jan. 5", "\n", "The")
    assert starts_sentence_after_break("He said so.", "\n", "Then")


def test_wrapped_prose_goes_on() -> None:
    assert not starts_sentence_after_break("the U.S.-led ", "\n", "coalition")
    assert not starts_sentence_after_break("He met with the", "\n", "President")
    assert not starts_sentence_after_break("He met with the", " ", "President")


def test_pipeline_keeps_headline_dateline_and_sentence_apart(
    extract_text: Callable[[str], Extraction], nlp: Any
) -> None:
    text = (
        "Treasury Sanctions Cartel Leaders\n"
        "WASHINGTON, Jan. 5 — The Treasury today sanctioned Ovidio Guzman."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0] == "Treasury Sanctions Cartel Leaders"
    guzman = [m for m in extract_text(text).mentions if m.text == "Ovidio Guzman"]
    assert guzman and text[guzman[0].sentence_start :].startswith("WASHINGTON")
