from __future__ import annotations

from threadline.extract import extract_documents
from threadline.extract.chunks import split_text
from threadline.model import Document


def test_parts_cover_the_text_and_respect_the_limit():
    text = "First paragraph here.\n\nSecond one, a little longer.\n\nThird. " * 20
    parts = split_text(text, 100)
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= 100 for _, p in parts)
    assert all(text[o : o + len(p)] == p for o, p in parts)


def test_parts_end_at_paragraph_breaks_when_possible():
    text = ("A sentence of some length. " * 3 + "\n\n") * 10
    for _, part in split_text(text, 200)[:-1]:
        assert part.endswith("\n\n")


def test_text_without_spaces_is_cut_hard():
    text = "x" * 250
    assert [len(p) for _, p in split_text(text, 100)] == [100, 100, 50]


def test_empty_text_is_one_empty_part():
    assert split_text("", 100) == [(0, "")]


def test_long_documents_get_whole_document_offsets(nlp):
    paragraph = "Janet Yellen met Christopher Wray in Washington on Tuesday.\n\n"
    long_doc = Document(text=paragraph * 12, source="long.txt")
    short_doc = Document(text=paragraph, source="short.txt")
    results = list(extract_documents(nlp, [short_doc, long_doc, short_doc], max_chars=150))
    assert [r.document for r in results] == [short_doc, long_doc, short_doc]
    long_result = results[1]
    for m in long_result.mentions:
        assert long_doc.text[m.start : m.end] == m.text
        assert m.sentence_start <= m.start < m.end <= m.sentence_end
        assert m.document == long_doc.id
    yellens = [m for m in long_result.mentions if m.text == "Janet Yellen"]
    assert len(yellens) == 12
    assert [m.start for m in yellens] == [i * len(paragraph) for i in range(12)]


def test_chunked_and_whole_extraction_agree(nlp):
    text = (
        'Treasury Secretary Janet Yellen said: "We will act."\n\n'
        "Interpol and the Ministry of Interior backed the Bank Secrecy Act.\n\n"
    ) * 3
    doc = Document(text=text, source="t.txt")
    (whole,) = extract_documents(nlp, [doc])
    (parts,) = extract_documents(nlp, [doc], max_chars=130)
    key = [(m.start, m.end, m.type) for m in whole.mentions]
    assert [(m.start, m.end, m.type) for m in parts.mentions] == key
    assert [(q.start, q.end, q.speaker) for q in parts.quotes] == [
        (q.start, q.end, q.speaker) for q in whole.quotes
    ]
    assert [(r.start, r.end, r.role) for r in parts.roles] == [
        (r.start, r.end, r.role) for r in whole.roles
    ]


def test_relations_of_parts_point_at_whole_document_mentions(nlp):
    paragraph = (
        "Janet Yellen met Christopher Wray in Washington on Tuesday. "
        "The FBI arrested Joaquín Guzmán in Mexico in 2016.\n\n"
    )
    doc = Document(text=paragraph * 4, source="t.txt")
    (whole,) = extract_documents(nlp, [doc])
    (parts,) = extract_documents(nlp, [doc], max_chars=150)
    ids = {m.id for m in parts.mentions}
    for rel in parts.relations:
        assert rel.document == doc.id
        assert rel.source in ids and rel.target in ids
        assert 0 <= rel.start < rel.end <= len(doc.text)
    key = sorted((r.type, r.source, r.target, r.start, r.end) for r in whole.relations)
    assert sorted((r.type, r.source, r.target, r.start, r.end) for r in parts.relations) == key
