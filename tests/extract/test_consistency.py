from __future__ import annotations

from spacy.tokens import Span

from threadline.extract.boundaries import clean_boundaries
from threadline.extract.kinds import rekind
from threadline.extract.lexicon import english_words
from threadline.extract.repeats import find_repeats, full_names_inside, relabel_minorities


def doc_with(nlp, text, ents):
    """A parsed Doc whose entities are exactly ``ents``: (first token, end token, label)."""
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_name_gets_the_label_of_most_of_its_uses(nlp):
    doc = doc_with(
        nlp,
        "Raqqah fell . Troops entered Raqqah . They left Raqqah .",
        [(0, 1, "GPE"), (5, 6, "GPE"), (9, 10, "PERSON")],
    )
    assert [e.label_ for e in relabel_minorities(doc, english_words(nlp))] == ["GPE"] * 3


def test_even_split_keeps_both_labels(nlp):
    doc = doc_with(nlp, "Jordan spoke . Jordan agreed .", [(0, 1, "PERSON"), (3, 4, "GPE")])
    assert [e.label_ for e in relabel_minorities(doc, english_words(nlp))] == ["PERSON", "GPE"]


def test_untagged_repeat_and_surname_are_found(nlp):
    doc = doc_with(
        nlp,
        "Janet Yellen met Frontex . Later Yellen and Frontex spoke .",
        [(0, 2, "PERSON"), (3, 4, "PUBLIC_BODY")],
    )
    found = [(s.text, s.label_) for s in find_repeats(doc, english_words(nlp))]
    assert found == [("Yellen", "PERSON"), ("Frontex", "PUBLIC_BODY")]


def test_repeat_inside_a_longer_capitalised_name_is_not_spread(nlp):
    doc = doc_with(nlp, "Smith left . Smith Barney paid .", [(0, 1, "PERSON")])
    assert find_repeats(doc, english_words(nlp)) == []


def test_full_name_swallowed_by_an_organisation_is_cut_out(nlp):
    doc = doc_with(
        nlp,
        "Minister Tobias Ellwood spoke . Tobias Ellwood said so .",
        [(0, 3, "ORG"), (5, 7, "PERSON")],
    )
    labels = {("Tobias", "Ellwood"): "PERSON"}
    assert [s.text for s in full_names_inside(doc, labels)] == ["Tobias Ellwood"]


def test_person_after_near_is_a_place(nlp):
    doc = doc_with(nlp, "Near Ar Raqqah , strikes hit .", [(0, 3, "PERSON")])
    place = rekind(doc.ents[0])
    assert place is not None and (place.text, place.label_) == ("Ar Raqqah", "GPE")


def test_person_ending_in_group_word_is_an_organisation(nlp):
    doc = doc_with(nlp, "Saray al-Jihad Group claimed it .", [(0, 5, "PERSON")])
    group = rekind(doc.ents[0])
    assert group is not None and group.label_ == "ORG"


def test_ship_is_dropped(nlp):
    doc = doc_with(nlp, "USS Mahan sailed .", [(0, 2, "PERSON")])
    assert rekind(doc.ents[0]) is None


def test_place_loses_its_article_but_the_hague_keeps_it(nlp):
    doc = doc_with(nlp, "From the United States to The Hague .", [(1, 4, "GPE"), (5, 7, "GPE")])
    cleaned = [clean_boundaries(e) for e in doc.ents]
    assert [c.text for c in cleaned if c is not None] == ["United States", "The Hague"]


def test_entity_is_cut_at_a_line_break(nlp):
    doc = doc_with(nlp, "Boris Johnson\nA spokesman said .", [(0, 4, "PERSON")])
    cleaned = clean_boundaries(doc.ents[0])
    assert cleaned is not None and cleaned.text == "Boris Johnson"
