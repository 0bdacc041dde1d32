"""The per-Doc index (issue 14): the same answers as spaCy's own reads, found faster.

Texts: the bundled CENTCOM sample (``samples/centcom``, see ``samples/CENTCOM-ATTRIBUTION``).
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc, Span, Token

from threadline import model
from threadline.extract import doc_index, extract_documents
from threadline.extract.coref import mentions as coref_mentions
from threadline.extract.doc_index import (
    doc_text,
    entities_within,
    entity_covering,
    inside_any,
    overlaps_any,
    sentence_of,
)
from threadline.extract.gazetteer import merge_match
from threadline.extract.spans import set_entities

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "centcom"


def _texts() -> list[str]:
    return [json.loads(p.read_text())["text"] for p in sorted(SAMPLES.glob("*.json"))]


def test_index_answers_as_spacy_does_on_the_samples(nlp: Any) -> None:
    for doc in nlp.pipe(_texts()[:8]):
        assert doc_text(doc) == doc.text
        for token in doc:
            assert sentence_of(token) == token.sent
            covering = [e for e in doc.ents if e.start <= token.i < e.end]
            assert entity_covering(doc, token.i) == (covering[0] if covering else None)
        for start in range(0, len(doc), 7):
            end = start + 12
            inside = [e for e in doc.ents if start <= e.start and e.end <= end]
            assert list(entities_within(doc, start, end)) == inside


def test_entities_keep_their_label_and_rule(nlp: Any) -> None:
    doc = nlp("Treasury Secretary Janet Yellen met FBI Director Christopher Wray in Paris.")
    for ent in doc.ents:
        found = entity_covering(doc, ent.start)
        assert found is not None
        assert (found.label_, found.id_, found.kb_id_) == (ent.label_, ent.id_, ent.kb_id_)


def test_setting_entities_drops_the_cached_entities(nlp: Any) -> None:
    doc = nlp("Janet Yellen met Christopher Wray in Paris.")
    first = doc.ents[0]
    assert entity_covering(doc, first.start) == first
    set_entities(doc, [e for e in doc.ents if e != first])
    assert entity_covering(doc, first.start) is None
    assert list(entities_within(doc, 0, len(doc))) == list(doc.ents)


def test_a_doc_with_its_index_can_still_be_serialised(nlp: Any) -> None:
    doc = nlp("Janet Yellen met Christopher Wray in Paris.")
    doc_text(doc), sentence_of(doc[0]), entity_covering(doc, 0)
    assert Doc(doc.vocab).from_bytes(doc.to_bytes()).text == doc.text


def test_interval_tests_answer_as_a_pass_over_every_interval() -> None:
    rng = random.Random(14)
    for _ in range(200):
        intervals = [(s, s + rng.randint(0, 30)) for s in rng.sample(range(100), 8)]
        test = inside_any(intervals)
        overlaps = overlaps_any(intervals)
        for point in range(-2, 135):
            assert test(point) == any(s <= point < e for s, e in intervals)
            end = point + rng.randint(1, 6)
            assert overlaps(point, end) == any(s < end and point < e for s, e in intervals)


def _merge_by_pass(match: Span, ents: list[Span]) -> tuple[tuple[int, int], list[tuple]]:
    """What the gazetteer's merge did before it looked only at the overlapping entities."""
    start, end, rest = match.start, match.end, []
    for ent in ents:
        if ent.end <= start or ent.start >= end:
            rest.append((ent.start, ent.end, ent.label_))
        elif ent.label_ == "PERSON":
            s, e = max((ent.start, start), (end, ent.end), key=lambda p: p[1] - p[0])
            if e > s:
                rest.append((s, e, "PERSON"))
        elif ent.label_ not in ("DATE", "MONEY", "CARDINAL"):
            start, end = min(start, ent.start), max(end, ent.end)
    return (start, end), [r for r in rest if r[1] <= start or r[0] >= end]


def test_gazetteer_merge_looks_only_at_overlapping_entities(nlp: Any) -> None:
    doc = nlp.make_doc(" ".join(f"w{i}" for i in range(60)))
    rng = random.Random(14)
    for _ in range(300):
        ents, i = [], 0
        while i < 55:
            i += rng.randint(0, 3)
            width = rng.randint(1, 4)
            label = rng.choice(["PERSON", "ORG", "DATE", "GPE"])
            ents.append(Span(doc, i, min(i + width, 60), label=label))
            i += width
        start = rng.randint(0, 55)
        match = Span(doc, start, start + rng.randint(1, 5), label="ORG")
        grown, rest = merge_match(match, ents)
        expected_span, expected_rest = _merge_by_pass(match, ents)
        assert (grown.start, grown.end) == expected_span
        assert [(r.start, r.end, r.label_) for r in rest] == expected_rest


# --- whole extraction: the index against spaCy's own (slow) reads ----------------------


def _spacy_sentence(token: Token) -> Span:
    return token.sent


def _spacy_within(doc: Doc, start: int, end: int) -> Iterator[Span]:
    return (e for e in doc.ents if start <= e.start and e.end <= end)


def _spacy_covering(doc: Doc, token_i: int) -> Span | None:
    return next((e for e in doc.ents if e.start <= token_i < e.end), None)


def _users() -> list[Any]:
    """Every module that imported one of the index's functions by name."""
    import sys

    return [m for name, m in sys.modules.items() if name.startswith("threadline.extract")]


def _extract_all(nlp: Any) -> list[dict[str, Any]]:
    texts = _texts()
    documents = [model.Document(text=t, source=f"{i}.txt") for i, t in enumerate(texts)]
    long_text = "\n\n".join(texts)  # one document in a few parts, many sentences each
    documents.append(model.Document(text=long_text, source="long.txt"))
    found = extract_documents(nlp, documents, max_chars=40_000, batch_chars=40_000)
    return [dataclasses.asdict(extraction) for extraction in found]


def test_extraction_is_the_same_with_spacys_own_reads(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _extract_all(nlp)
    reference = {
        "doc_text": lambda doc: doc.text,
        "sentence_of": _spacy_sentence,
        "entities_within": _spacy_within,
        "entity_covering": _spacy_covering,
    }
    originals = {name: getattr(doc_index, name) for name in reference}
    for module in _users():
        for name, function in reference.items():
            if getattr(module, name, None) is originals[name]:
                monkeypatch.setattr(module, name, function)
    assert coref_mentions.doc_text is not originals["doc_text"]  # the patch took
    slow = _extract_all(nlp)
    assert len(fast) == len(slow) == len(_texts()) + 1
    assert sum(len(e["mentions"]) for e in fast) > 500
    assert fast == slow


def test_a_documents_id_follows_its_text_though_the_hash_is_kept() -> None:
    document = model.Document(text="Interpol arrested a broker.", source="a.txt")
    first = document.id
    assert first == "doc-" + model.content_hash(document.text)[:16]
    document.text = "Europol arrested a broker."
    assert document.id == "doc-" + model.content_hash(document.text)[:16] != first
    assert dataclasses.replace(document, text="x").id == "doc-" + model.content_hash("x")[:16]


def test_coref_candidates_are_those_a_pass_over_every_name_finds(nlp: Any) -> None:
    from threadline.extract.coref import choose
    from threadline.extract.coref.antecedents import collect
    from threadline.extract.coref.sentences import sentence_numbers

    checked = 0
    for doc in nlp.pipe(_texts()[:10]):
        antecedents = collect(doc, [])
        for token, sentence in zip(doc, sentence_numbers(doc), strict=True):
            if token.pos_ != "PRON":
                continue
            found = choose.candidates(token, sentence, False, antecedents, lambda a: True)
            by_pass = [  # what candidates did before it looked only at the run in reach
                a
                for a in antecedents
                if a.span.end_char <= token.idx
                and 0 <= sentence - a.sentence <= choose.MAX_SENTENCES_BACK
                and not a.quoted
                and not choose._same_clause_subject(token, a)
            ]
            assert found == by_pass
            checked += bool(found)
    assert checked > 20
