"""Resolution files pronoun and nominal mentions under their antecedent's entity."""

from __future__ import annotations

from tests.test_coref_pronouns import extract
from threadline.model import Document, Extraction, Mention
from threadline.resolve import resolve_extraction
from threadline.resolve.coref import file_under_antecedents


def test_pronoun_gets_the_entity_of_its_antecedent(nlp):
    extraction = extract(nlp, "Viktor Bout was arrested in Bangkok. Agents arrested him.")
    resolve_extraction(extraction)
    bout = next(m for m in extraction.mentions if m.text == "Viktor Bout")
    him = next(m for m in extraction.mentions if m.text == "him")
    assert him.entity == bout.entity is not None
    assert him.canonical == "Viktor Bout"


def test_pronoun_never_names_an_entity(nlp):
    extraction = extract(nlp, "Viktor Bout was arrested. Agents arrested him.")
    resolve_extraction(extraction)
    names = {m.canonical for m in extraction.mentions}
    assert "him" not in names


def test_nominal_without_antecedent_is_an_entity_of_its_own():
    text = "Russia cancelled a bilateral crime-fighting agreement with Washington."
    document = Document(text=text, source="t.txt")
    start = text.index("a bilateral")
    agreement = Mention(
        document.id, start, start + 39, text[start : start + 39], "Contract", kind="nominal"
    )
    extraction = Extraction(document=document, mentions=[agreement])
    resolve_extraction(extraction)
    assert agreement.entity is not None


def test_antecedent_missing_leaves_mention_without_entity():
    document = Document(text="He left.", source="t.txt")
    he = Mention(document.id, 0, 2, "He", "Person", kind="pronoun", antecedent="men-none")
    assert file_under_antecedents([he]) == [he]
    assert he.entity is None
