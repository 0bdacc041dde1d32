from __future__ import annotations

import pytest

import threadline.extract
from threadline.errors import ExtractError
from threadline.extract import extract_document
from threadline.extract.pipeline import COMPONENTS, load_pipeline
from threadline.model import Document
from threadline.settings import load


def test_public_api_is_what_all_lists():
    assert sorted(threadline.extract.__all__) == [
        "extract_document",
        "extract_documents",
        "load_pipeline",
    ]


def test_pipeline_has_domain_components_after_ner(nlp):
    names = nlp.pipe_names
    assert names.index("ner") < names.index(COMPONENTS[0])
    after_ner = [n for n in names[names.index("ner") :] if n.startswith("threadline_")]
    assert after_ner == list(COMPONENTS)
    # sentence starts at line breaks are set before the parser
    assert names.index("threadline_line_sentences_v1") < names.index("parser")


def test_pipeline_is_cached_per_model(nlp):
    assert load_pipeline(load()) is nlp


def test_missing_model_says_what_to_install():
    with pytest.raises(ExtractError) as info:
        load_pipeline(load(spacy_model="en_core_web_missing_model"))
    assert "pip install en-core-web-missing-model" in str(info.value)


def test_doc_must_come_from_the_document_text(nlp):
    with pytest.raises(ExtractError):
        extract_document(nlp("other text"), Document(text="some text", source="x"))


def test_mentions_carry_sentence_and_method(nlp):
    text = "Interpol issued a notice. Janet Yellen welcomed it."
    ex = extract_document(nlp(text), Document(text=text, source="x"))
    interpol = next(m for m in ex.mentions if m.text == "Interpol")
    assert (interpol.sentence_start, interpol.sentence_end) == (0, 25)
    assert interpol.method == "rule:gazetteer-v1"
    assert interpol.entity is None
    yellen = next(m for m in ex.mentions if m.text == "Janet Yellen")
    assert text[yellen.sentence_start : yellen.sentence_end] == "Janet Yellen welcomed it."
