"""Fault #3: a long run of one punctuation mark was quadratic in spaCy's tokenizer."""

from __future__ import annotations

from typing import Any

from threadline import model
from threadline.extract import extract_documents
from threadline.extract.runs import LONGEST_RUN, calm_runs


def test_calm_runs_keeps_length_and_short_runs() -> None:
    text = 'He said "stop" --- ' + '"' * 500 + " Acme Ltd." + "-" * 80
    calmed = calm_runs(text)
    assert len(calmed) == len(text)
    assert calmed.startswith('He said "stop" --- ' + '"' * LONGEST_RUN + " ")
    assert calmed.endswith(" Acme Ltd." + "-" * 80)
    assert calm_runs("no runs here.") == "no runs here."


def test_forty_thousand_quotes_are_extracted_with_true_offsets(nlp: Any) -> None:
    text = "John Smith was arrested in Paris. " + '"' * 40_000 + " Maria Lopez fled to Madrid."
    document = model.Document(text=text, source="quotes.txt")
    [extraction] = list(extract_documents(nlp, [document]))
    assert extraction.document.text == text
    names = {text[m.start : m.end] for m in extraction.mentions}
    assert {"John Smith", "Maria Lopez"} <= names
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
