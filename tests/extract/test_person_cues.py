"""Person names found from general cues: a surname after the full name, a title or a
known given name before untagged words, a speaker after a quotation, "the X regime".

Sentences are rewritten from re3d development texts (other names, same shapes).
"""

from __future__ import annotations

from spacy.tokens import Span

from threadline.extract.caps_names import all_caps_names
from threadline.extract.lexicon import english_words
from threadline.extract.name_cues import (
    given_name_starts,
    office_tails,
    regime_leaders,
    speakers_after_quotes,
    titled_entities,
    titled_names,
)
from threadline.extract.name_forms import (
    extended_names,
    given_entities,
    joined_at_initials,
    surname_after,
)
from threadline.extract.repeats import surnames_as_persons


def persons(extraction):
    return [m.text for m in extraction.mentions if m.type == "Person"]


def test_surname_tagged_as_organisation_is_the_person(extract_text):
    ex = extract_text(
        "U.S. Army General Joseph Kastel, commander, U.S. Central Command recently met "
        "with staff.\n\nKastel explained the command's top priorities.\n\n"
        "Kastel expressed his desire that the command attracts talent."
    )
    assert persons(ex).count("Kastel") == 2


def test_surname_after_arabic_full_name_is_the_person(extract_text):
    ex = extract_text(
        "Abu Ghadira (Arabic: x) was a Syrian smuggler. After the death of his chief, "
        "Ghadira took orders from his successor. Ghadira was killed in a 2008 raid."
    )
    assert persons(ex).count("Ghadira") == 2


def test_glued_bracket_does_not_join_a_name_to_the_next_word(extract_text):
    ex = extract_text("Abboud Qantar(Arabic: x) is an Iraqi general. Qantar was a commander.")
    assert "Abboud Qantar" in persons(ex)
    assert not any("Arabic" in p for p in persons(ex))


def test_title_before_untagged_name_is_a_person(extract_text):
    ex = extract_text("His Chief of Staff is Major General Hassoun, and his deputy is new.")
    assert "Hassoun" in persons(ex)


def test_title_before_common_word_is_not_a_person(extract_text):
    ex = extract_text("The resolution passed in the General Assembly on Tuesday.")
    assert persons(ex) == []


def test_known_given_name_starts_an_untagged_name(extract_text):
    ex = extract_text("Boris Jenkinson met the Iraqi Foreign Minister in London today.")
    assert "Boris Jenkinson" in persons(ex)


def test_given_name_with_arabic_particle_surname(extract_text):
    ex = extract_text("The group was later headed by his brother Bashar al-Hamadi, a doctor.")
    assert "Bashar al-Hamadi" in persons(ex)


def test_speaker_after_quotation_is_a_person(extract_text):
    ex = extract_text(
        "“We always look to build greater relationships with our partners,” said "
        "Rusnak. “The exercise went well.”"
    )
    assert "Rusnak" in persons(ex)


def test_date_after_said_is_not_a_speaker(extract_text):
    ex = extract_text("“We will not stop until they are found,” said Tuesday’s statement.")
    assert persons(ex) == []


def test_leader_of_a_regime_is_a_person(extract_text):
    ex = extract_text(
        "The inquiry concluded that the Asaf regime has used chemical weapons against "
        "civilians. The Asaf regime must be held to account."
    )
    assert persons(ex).count("Asaf") == 2


def test_regime_of_a_country_is_not_a_person(extract_text):
    ex = extract_text("Sanctions on the Iran regime were tightened by the Taliban regime's foes.")
    assert persons(ex) == []


def test_given_name_after_an_office_starts_a_person(extract_text):
    ex = extract_text(
        "Minister for the Middle East Andrew Ellwell comments on reports of violations."
    )
    assert "Andrew Ellwell" in persons(ex)


def _doc(nlp, text, ents=()):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def test_surname_rule_relabels_an_organisation_tag(nlp):
    text = "Gen. Joseph Votel spoke . Votel explained ."
    doc = _doc(nlp, text, [(1, 3, "PERSON"), (5, 6, "ORG")])
    found = [(e.text, e.label_) for e in surnames_as_persons(doc, english_words(nlp))]
    assert found == [("Joseph Votel", "PERSON"), ("Votel", "PERSON")]


def test_surname_rule_keeps_a_country(nlp):
    doc = _doc(nlp, "Michael Jordan flew to Jordan .", [(0, 2, "PERSON"), (4, 5, "GPE")])
    found = [(e.text, e.label_) for e in surnames_as_persons(doc, english_words(nlp))]
    assert found == [("Michael Jordan", "PERSON"), ("Jordan", "GPE")]


def test_title_rule_on_untagged_words(nlp):
    doc = _doc(nlp, "His deputy is Major General Hassan , and President Hollande agreed .")
    assert [s.text for s in titled_names(doc, english_words(nlp))] == ["Hassan", "Hollande"]


def test_given_name_rule_needs_name_words_after(nlp):
    doc = _doc(nlp, "Boris Johnson met Mark in Paris today .")
    assert [s.text for s in given_name_starts(doc, english_words(nlp))] == ["Boris Johnson"]


def test_office_tail_rule_cuts_the_person_out(nlp):
    text = "Minister for the Middle East Tobias Ellwood comments ."
    doc = _doc(nlp, text, [(2, 7, "ORG")])
    assert [s.text for s in office_tails(doc, english_words(nlp))] == ["Tobias Ellwood"]


def test_title_rule_leaves_a_tagged_person_whole(nlp):
    doc = _doc(nlp, "Prime Minister Haider al-Abadi spoke .", [(2, 6, "PERSON")])
    assert titled_names(doc, english_words(nlp)) == []


def test_given_name_rule_takes_a_particle_joined_surname(nlp):
    doc = _doc(nlp, "headed by his brother Bashar al-Assad , who")
    assert [s.text for s in given_name_starts(doc, english_words(nlp))] == ["Bashar al-Assad"]


def test_headline_function_word_is_not_a_name(nlp):
    doc = _doc(nlp, "Colombians Indicted In Eastern District Of Texas")
    assert titled_names(doc, english_words(nlp)) == []


def test_titled_organisation_tag_is_the_person_after_the_titles(nlp):
    text = "announced by Acting Administrator Uttam Rahal on Tuesday ."
    doc = _doc(nlp, text, [(2, 6, "ORG")])
    assert [s.text for s in titled_entities(doc, english_words(nlp))] == ["Uttam Rahal"]


def test_titled_rule_keeps_a_company(nlp):
    doc = _doc(nlp, "shares of General Motors fell .", [(2, 4, "ORG")])
    assert titled_entities(doc, english_words(nlp)) == []


def test_speaker_named_with_title_tagged_as_organisation(extract_text):
    ex = extract_text(
        "The charges were announced by Acting Administrator Uttam Rahal on Tuesday.\n\n"
        "“These defendants flooded our streets with fentanyl,” Rahal said."
    )
    assert "Uttam Rahal" in persons(ex)
    assert [q.speaker for q in ex.quotes] == ["Rahal"]


def test_footnote_marker_glued_to_a_name_is_split(extract_text):
    ex = extract_text(
        "Abboud Qantar, also known as Abu Haidar,[1] is an Iraqi general. The army "
        "rejected the first choice, Mohan al-Freiji.[2] Qantar announced the plan."
    )
    assert "Abu Haidar" in persons(ex)
    assert "Mohan al-Freiji" in persons(ex)


def test_surname_that_is_also_a_city_is_the_person(nlp):
    text = "Petty Officer Scott C. Dayton died . Carter consoled Dayton ’s family ."
    doc = _doc(nlp, text, [(2, 5, "PERSON"), (9, 10, "ORG")])
    found = [(e.text, e.label_) for e in surnames_as_persons(doc, english_words(nlp))]
    assert ("Dayton", "PERSON") in found


def test_speaker_after_quote_may_be_an_english_word(nlp):
    doc = _doc(nlp, "“ We look to build relationships , ” said Russell .")
    assert [s.text for s in speakers_after_quotes(doc, english_words(nlp))] == ["Russell"]


def test_regime_of_a_leader(nlp):
    doc = _doc(nlp, "a transition away from the murderous regime of Assad .")
    assert [s.text for s in regime_leaders(doc, english_words(nlp))] == ["Assad"]
    doc = _doc(nlp, "a transition away from the regime of Syria .")
    assert regime_leaders(doc, english_words(nlp)) == []


def test_name_cut_at_a_middle_initial_is_joined(extract_text):
    ex = extract_text("U.S. District Judge Kathleen M. Williams sentenced him to 12 years.")
    assert "Kathleen M. Williams" in persons(ex)


def test_all_caps_names_led_by_a_given_name(extract_text):
    ex = extract_text(
        "Treasury designated JOAQUIN ARCHIVALDO GUZMAN LOERA and ISMAEL ZAMBADA GARCIA "
        "under the Kingpin Act."
    )
    assert persons(ex) == ["JOAQUIN ARCHIVALDO GUZMAN LOERA", "ISMAEL ZAMBADA GARCIA"]


def test_all_caps_headline_is_not_a_person(nlp):
    doc = _doc(nlp, "JOHN SMITH SENTENCED FOR FRAUD")
    assert all_caps_names(doc) == []


def test_given_name_and_surnames_tagged_as_organisation(nlp):
    doc = _doc(nlp, "sentenced Gustavo Adolfo Hernandez Frieri to prison", [(1, 5, "ORG")])
    found = [s.text for s in given_entities(doc, english_words(nlp))]
    assert found == ["Gustavo Adolfo Hernandez Frieri"]
    doc = _doc(nlp, "shares of Morgan Stanley fell", [(2, 4, "ORG")])
    assert given_entities(doc, english_words(nlp)) == []


def test_hyphenated_given_name_keeps_the_person(extract_text):
    ex = extract_text('The indictment names Ho Wan-kuok, also known as "Broken Tooth," as leader.')
    assert "Ho Wan-kuok" in persons(ex)


def test_nickname_after_a_listed_given_name(extract_text):
    ex = extract_text('The operation targeted his associate, Ismael "El Mayo" Zambada.')
    assert 'Ismael "El Mayo" Zambada' in persons(ex)


def test_untagged_surname_after_a_two_word_name(nlp):
    doc = _doc(nlp, "met Security Secretary Rosa Icela Rodriguez today", [(3, 5, "PERSON")])
    assert [s.text for s in surname_after(doc, english_words(nlp))] == ["Rosa Icela Rodriguez"]
    doc = _doc(nlp, "met Rosa Icela Friday", [(1, 3, "PERSON")])
    assert surname_after(doc, english_words(nlp)) == []


def test_office_tail_with_short_given_name(extract_text):
    ex = extract_text("U.S. Ambassador to Mexico Ken Salazar met the minister.")
    assert "Ken Salazar" in persons(ex)


def test_companies_tagged_as_persons_are_companies(extract_text):
    ex = extract_text(
        "OFAC also designated Comercializadora Agricola El Rosal S.A. de C.V. and "
        "Inmobiliaria Maravillas, businesses owned by Sinaloa Cartel operatives."
    )
    assert persons(ex) == []
    companies = [m.text for m in ex.mentions if m.type == "Company"]
    assert "Inmobiliaria Maravillas" in companies


def test_one_word_person_before_another_is_one_name(nlp):
    doc = _doc(nlp, "leader Dairo Antonio Usuga David was", [(1, 2, "PERSON"), (2, 5, "PERSON")])
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert [s.text for s in joined_at_initials(doc, people)] == ["Dairo Antonio Usuga David"]
    doc = _doc(nlp, "Helen A. Marsh Ruth B. Connolly", [(0, 3, "PERSON"), (3, 6, "PERSON")])
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert len(joined_at_initials(doc, people)) == 2


def test_first_of_two_surnames_alone_is_the_person(extract_text):
    ex = extract_text(
        "Clan del Golfo leader Dairo Antonio Usuga David was extradited in 2022. "
        "Usuga pleaded guilty in Brooklyn."
    )
    assert "Usuga" in persons(ex)


def test_name_in_another_language_is_not_a_person(extract_text):
    ex = extract_text(
        "The Hamrin Mountains (Arabic: جبل حمرين Jabāl Hamrīn, Kurdish: Çiyayê Hemrîn) are "
        "a small mountain ridge in northeast Iraq."
    )
    assert persons(ex) == []


def test_name_before_tribe_is_a_group(extract_text):
    ex = extract_text("ISIL has killed 70 members of the Al Bu Nimr tribe in Anbar province, Iraq.")
    assert persons(ex) == []


def test_all_caps_name_after_an_all_caps_title(nlp):
    doc = _doc(nlp, "ADMINISTRATOR KAREN TANNER : Thank you , Paul .")
    assert [s.text for s in all_caps_names(doc)] == ["KAREN TANNER"]


def test_name_cut_at_a_hyphen_and_an_unknown_first_name(extract_text):
    ex = extract_text(
        "The court heard from FBI Special Agent Ana Ruiz-Velez on Monday. The defendants, "
        "Luis Fernando Vargas, 34, Wilmer Andres Castro, 29, and Yeison Stiven Mora, 41, "
        "were indicted."
    )
    assert "Ana Ruiz-Velez" in persons(ex)
    assert "Wilmer Andres Castro" in persons(ex)


def test_unknown_first_name_before_a_two_word_name(nlp):
    doc = _doc(nlp, "defendant Wilmer Andres Castro , 29 ,", [(2, 4, "PERSON")])
    assert [s.text for s in extended_names(doc, english_words(nlp))] == ["Wilmer Andres Castro"]
    doc = _doc(nlp, "Yesterday Andres Castro pleaded guilty", [(1, 3, "PERSON")])
    assert extended_names(doc, english_words(nlp)) == []
