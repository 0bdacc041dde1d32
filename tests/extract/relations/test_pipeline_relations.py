"""Relations as the extraction pipeline produces them (the session `nlp` fixture)."""

from __future__ import annotations

from threadline.extract.extraction import extract_document
from threadline.model import Document


def test_extract_document_returns_dated_negated_relations(nlp):
    text = (
        "Joaquin Guzman was extradited to the United States on Thursday. "
        "Mexico did not sign the Merida Agreement."
    )
    document = Document(text=text, source="t.txt", date="2017-01-20")
    extraction = extract_document(nlp(text), document)
    by_id = {m.id: m for m in extraction.mentions}
    found = {(r.type, by_id[r.source].text, by_id[r.target].text): r for r in extraction.relations}
    [extradited] = [
        r for (t, s, _), r in found.items() if t == "extradited_to" and s == "Joaquin Guzman"
    ]
    assert (extradited.date, extradited.date_source) == ("2017-01-19", "relative")
    assert text[extradited.start : extradited.end].startswith("Joaquin Guzman was extradited")
    signed = [r for (t, s, _), r in found.items() if t == "signed" and s == "Mexico"]
    assert signed and signed[0].negated


def test_owner_of_an_event_noun_is_the_party(nlp):
    text = "Ecuador announced its withdrawal from the Palermo Convention."
    extraction = extract_document(nlp(text), Document(text=text, source="t.txt"))
    by_id = {m.id: m for m in extraction.mentions}
    found = {(r.type, by_id[r.source].text) for r in extraction.relations}
    assert ("cancelled", "Ecuador") in found


def test_denied_bribes_and_place_after_the_agent(nlp):
    text = (
        "Genaro Garcia Luna denied taking bribes from the Sinaloa Cartel. "
        "Juan Orlando Hernandez was arrested by Honduran police in Tegucigalpa in February 2022."
    )
    extraction = extract_document(nlp(text), Document(text=text, source="t.txt"))
    by_id = {m.id: m for m in extraction.mentions}
    found = {(r.type, by_id[r.source].text, by_id[r.target].text): r for r in extraction.relations}
    paid = found[("paid", "Sinaloa Cartel", "Genaro Garcia Luna")]
    assert paid.negated
    arrested = found[("arrested_in", "Juan Orlando Hernandez", "Tegucigalpa")]
    assert (arrested.date, arrested.date_source) == ("2022-02", "text")
