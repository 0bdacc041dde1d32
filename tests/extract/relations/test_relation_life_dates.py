from __future__ import annotations

from threadline.extract import extract_document
from threadline.extract.relations.lifedates import party_date
from threadline.model import Document, Mention


def _relations(nlp, text: str, date: str | None) -> list[tuple[str, str, str, str | None, str]]:
    extraction = extract_document(nlp(text), Document(text=text, source="t", date=date))
    by_id = {m.id: m.text for m in extraction.mentions}
    return [
        (r.type, by_id[r.source], by_id[r.target], r.date, r.date_source or "")
        for r in extraction.relations
    ]


def test_birth_year_is_not_the_date_of_an_arrest(nlp) -> None:
    text = "Viktor Bout, who was born in 1967 in Dushanbe, was arrested in Bangkok by Thai police."
    found = _relations(nlp, text, "2010-11-16")
    arrests = [r for r in found if r[0] == "arrested_in"]
    assert arrests and all(r[3] == "2010-11-16" and r[4] == "document" for r in arrests)


def test_birth_year_in_parentheses_is_not_an_extradition_date(nlp) -> None:
    found = _relations(nlp, "Viktor Bout (born 1967) was extradited to the United States.", None)
    assert found and all(r[3] is None for r in found)


def test_event_date_in_the_same_sentence_still_dates_the_relation(nlp) -> None:
    text = "Viktor Bout was arrested in Bangkok on March 6, 2008."
    found = _relations(nlp, text, "2010-11-16")
    assert ("arrested_in", "Viktor Bout", "Bangkok", "2008-03-06", "text") in found


def test_date_from_a_sentence_without_either_party_falls_back_to_the_document(nlp) -> None:
    doc = nlp("The raid took place on 3 May 2011. Smith was arrested in Lyon.")
    first, second = list(doc.sents)
    smith = Mention("doc-1", second.start_char, second.start_char + 5, "Smith", "Person")
    lyon_start = doc.text.index("Lyon")
    lyon = Mention("doc-1", lyon_start, lyon_start + 4, "Lyon", "Location")
    assert party_date(("2011-05-03", "text"), first, "2012-01-01", smith, lyon) == (
        "2012-01-01",
        "document",
    )
    assert party_date(("2011-05-03", "text"), second, None, smith, lyon) == ("2011-05-03", "text")


def test_byline_date_on_its_own_line_does_not_date_the_relation(nlp) -> None:
    text = (
        "Thai police arrest arms dealer\nMarch 6, 2008\n"
        "Thai police arrested Viktor Bout in Bangkok."
    )
    found = _relations(nlp, text, None)
    assert found and all(r[3] is None for r in found)


def test_date_in_hard_wrapped_prose_still_dates_the_relation(nlp) -> None:
    text = (
        "Thai police said the court on\n"
        "March 6, 2008 arrested Viktor Bout in Bangkok after a sting."
    )
    assert ("arrested_in", "Viktor Bout", "Bangkok", "2008-03-06", "text") in _relations(
        nlp, text, None
    )
