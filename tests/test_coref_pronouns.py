"""Pronouns linked to the names they stand for, on short real-style sentences."""

from __future__ import annotations

from typing import Any

from threadline.extract import extract_documents
from threadline.extract.coref.lexicon import name_gender, pronoun_classes
from threadline.model import Document, Extraction


def extract(nlp: Any, text: str) -> Extraction:
    (extraction,) = extract_documents(nlp, [Document(text=text, source="t.txt")])
    return extraction


def links(extraction: Extraction) -> list[tuple[str, str, str]]:
    """(pronoun/nominal text, antecedent text, rule) for every linked mention."""
    by_id = {m.id: m for m in extraction.mentions}
    return [
        (m.text, by_id[m.antecedent].text, m.rule or "")
        for m in extraction.mentions
        if m.kind != "name" and m.antecedent is not None
    ]


def test_pronoun_object_links_to_person_named_before(nlp):
    found = links(
        extract(nlp, "Viktor Bout was arrested in Bangkok. Agents arrested him in a sting.")
    )
    assert ("him", "Viktor Bout", "coref-v1:pronoun-person") in found


def test_pronoun_prefers_subject_of_previous_sentence(nlp):
    text = "Defense Secretary Ash Carter met Prime Minister Haider al-Abadi. He praised the army."
    assert ("He", "Ash Carter", "coref-v1:pronoun-person") in links(extract(nlp, text))


def test_pronoun_agrees_in_gender(nlp):
    text = "Robert Smith was charged. Laura K. Benton said she was pleased."
    assert ("she", "Laura K. Benton", "coref-v1:pronoun-person") in links(extract(nlp, text))
    text = "Laura K. Benton met Robert Smith on Monday. She said the talks went well."
    assert ("She", "Laura K. Benton", "coref-v1:pronoun-person") in links(extract(nlp, text))


def test_pronoun_never_links_across_gender(nlp):
    found = links(extract(nlp, "His wife, Lucia Mendez, posted a video. He said nothing."))
    assert not [f for f in found if f[0] == "He"]


def test_quote_goes_to_pronoun_antecedent_not_nearest_person(nlp):
    text = (
        "Juan Perez was extradited on Friday. His wife, Lucia Mendez, posted a video.\n"
        '"I am innocent and I will prove it," he said.'
    )
    extraction = extract(nlp, text)
    assert [q.speaker for q in extraction.quotes] == ["Juan Perez"]


def test_its_links_to_organisation(nlp):
    text = "The Sinaloa Cartel moved tons of cocaine. Its leaders were indicted in Chicago."
    assert ("Its", "Sinaloa Cartel", "coref-v1:pronoun-thing") in links(extract(nlp, text))


def test_empty_it_and_object_it_are_not_linked(nlp):
    text = "The Sinaloa Cartel denied it. It is clear that the charges stand."
    assert links(extract(nlp, text)) == []


def test_their_links_to_organisation_named_by_a_plural(nlp):
    text = "The Syrian Democratic Forces advanced on Raqqah. Their fighters cleared the town."
    ((pronoun, antecedent, rule),) = links(extract(nlp, text))
    assert (pronoun, rule) == ("Their", "coref-v1:pronoun-plural")
    assert antecedent.endswith("Syrian Democratic Forces")


def test_they_never_links_to_a_person(nlp):
    text = "Ivan Petrov and Oleg Sidorov were sanctioned. They laundered money."
    assert links(extract(nlp, text)) == []


def test_pronoun_outside_quotes_ignores_names_inside_them(nlp):
    text = 'Robert Smith said: "Janet Yellen is right." Later he left.'
    found = links(extract(nlp, text))
    assert ("he", "Robert Smith", "coref-v1:pronoun-person") in found


def test_first_person_in_quote_is_its_speaker(nlp):
    text = 'Deputy Attorney General Paul J. McNulty said: "I thank the Mexican government."'
    found = links(extract(nlp, text))
    assert ("I", "Paul J. McNulty", "coref-v1:first-person-quote") in found


def test_we_in_quote_is_the_speakers_body(nlp):
    text = 'Treasury Secretary Janet Yellen said: "We will act against the cartels."'
    extraction = extract(nlp, text)
    we = [m for m in extraction.mentions if m.text == "We"]
    assert [m.rule for m in we] == ["coref-v1:first-plural-quote"]
    assert we[0].type != "Person"


def test_pronoun_mentions_take_the_antecedents_type(nlp):
    extraction = extract(nlp, "Viktor Bout was arrested. Agents arrested him.")
    him = next(m for m in extraction.mentions if m.text == "him")
    assert (him.kind, him.type, him.method) == ("pronoun", "Person", "coref-v1")


def test_word_lists_are_read_from_data_files():
    assert pronoun_classes()["his"] == "male"
    assert pronoun_classes()["its"] == "thing"
    assert name_gender("Laura") == "female"
    assert name_gender("Viktor") == "male"
    assert name_gender("Kim") is None


def test_their_never_links_to_one_of_two_coordinated_bodies(nlp):
    text = "Treasury targeted the Gulf Cartel and Los Zetas, attacking their economic power."
    assert not [f for f in links(extract(nlp, text)) if f[0] == "their"]


def test_press_release_we_outside_quotes_is_the_issuing_agency(nlp):
    text = (
        "The Drug Enforcement Administration announced our new tip line on Monday. We "
        "were able to arrest Juan Perez thanks to a tip."
    )
    found = links(extract(nlp, text))
    assert ("our", "The Drug Enforcement Administration", "coref-v1:first-plural-issuer") in found
    assert ("We", "The Drug Enforcement Administration", "coref-v1:first-plural-issuer") in found


def test_we_of_a_narrator_who_says_i_is_not_the_agency(nlp):
    text = (
        "The Justice Department thanked Colombia. I know we owe them a great deal, and we "
        "will keep working."
    )
    assert not [f for f in links(extract(nlp, text)) if f[0] == "we"]


def test_a_pronoun_before_its_name_refers_to_the_main_subject(nlp):
    text = "Carlos Ramos was charged in May. After his arrest in Lima, Juan Perez was extradited."
    assert ("his", "Juan Perez", "coref-v1:pronoun-cataphora") in links(extract(nlp, text))


def test_a_pronoun_inside_the_subject_refers_back(nlp):
    text = "Juan Perez was extradited on Friday. His wife, Lucia Mendez, posted a video."
    assert ("His", "Juan Perez", "coref-v1:pronoun-person") in links(extract(nlp, text))


def test_their_before_a_plural_body_refers_to_it(nlp):
    text = (
        "The Syrian Democratic Forces (SDF) began the operation on Nov. 5. In their march "
        "toward Raqqah, the SDF has already liberated 700 square kilometers."
    )
    assert ("their", "SDF", "coref-v1:pronoun-cataphora") in links(extract(nlp, text))


def test_quoted_pronoun_is_not_the_speaker_named_after_the_quote(nlp):
    text = (
        "“The task force commander, Lt. Gen. Mark R. Hill, made it clear during his press "
        "briefing that we would strike the convoy,” said Col. Peter Grant, the task force "
        "spokesperson."
    )
    found = [(p, a) for p, a, _ in links(extract(nlp, text)) if p == "his"]
    assert found == [("his", "Mark R. Hill")]


def test_quoted_pronoun_is_not_the_speaker_named_before_the_quote(nlp):
    text = (
        'The Interior Secretary Peter Grant said: "The general made it clear during his '
        'press briefing that we would strike the convoy."'
    )
    assert [a for p, a, _ in links(extract(nlp, text)) if p == "his"] == []


def test_their_is_a_singular_named_group_of_its_sentence(nlp):
    text = "Such an attack shows the weakness of Hezbollah as they see their state crumble."
    assert [a for p, a, _ in links(extract(nlp, text)) if p == "their"] == ["Hezbollah"]


def test_their_after_a_plural_noun_or_in_another_sentence_is_not_the_group(nlp):
    text = "Abu Omar was a member of Hezbollah. The fighters were involved in their capture."
    assert [a for p, a, _ in links(extract(nlp, text)) if p == "their"] == []
    text = "The UK welcomes the deal with Hezbollah. I congratulate all concerned for their work."
    assert [a for p, a, _ in links(extract(nlp, text)) if p == "their"] == []
