# Property: on any text, every mention, role and quote is an exact slice of the document,
# whether the document is parsed whole or in parts.
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from threadline.extract import extract_documents
from threadline.model import Document

FRAGMENTS = [
    "Treasury Secretary Janet Yellen said",
    '"We will not stop," he said.',
    "\u201cThe cartel is finished,\u201d said Judge Brian Cogan.",
    "Guzmán's lawyers",
    "Cartel Boss Extradited To US",
    "the Financial Crimes Enforcement Network",
    "Acme Trading Ltd paid $5 million on March 3, 2021.",
    "under the Bank Secrecy Act",
    "Mr. Lopez, the head of the Sinaloa Cartel,",
    "The FBI's director Christopher Wray",
    "Near Ar Raqqah, strikes hit",
    "in U.S. District Court in Brooklyn",
    'She said: "The first part.',
    "\n\n",
    "\n",
    " ",
    ". ",
    '"',
    "\u201c",
    "'s",
]
TEXTS = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(min_size=1, max_size=12)),
    min_size=1,
    max_size=14,
).map(" ".join)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(TEXTS, min_size=1, max_size=3), max_chars=st.integers(20, 400))
def test_every_offset_slices_the_document_text(nlp, texts, max_chars):
    documents = [Document(text=t, source=f"doc{i}") for i, t in enumerate(texts)]
    results = list(extract_documents(nlp, documents, batch_size=4, max_chars=max_chars))
    assert [r.document for r in results] == documents
    for result in results:
        text = result.document.text
        ids = {m.id for m in result.mentions}
        for m in result.mentions:
            assert text[m.start : m.end] == m.text
            assert m.text.strip() == m.text and m.text
            assert 0 <= m.sentence_start <= m.start < m.end <= m.sentence_end <= len(text)
        for r in result.roles:
            assert text[r.start : r.end] == r.role
            assert r.mention in ids
            assert r.organization is None or r.organization in ids
        for q in result.quotes:
            assert text[q.start : q.end] == q.text
            assert q.speaker_mention is None or q.speaker_mention in ids
