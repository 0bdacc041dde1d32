"""Person names of this domain (issue 10 item 5), on short real-style sentences."""

from __future__ import annotations

from typing import Any


def ents(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def persons(nlp: Any, text: str) -> list[str]:
    return [t for t, label in ents(nlp, text) if label == "PERSON"]


def test_known_given_name_before_a_person_is_part_of_the_name(nlp):
    text = "Nisreen Assad Ibrahim Bahar, aka Umm Sayyaf, 25, is in Iraqi custody."
    assert "Nisreen Assad Ibrahim Bahar" in persons(nlp, text)


def test_capitalised_transcript_speaker_keeps_given_name(nlp):
    text = "DEPUTY ATTORNEY GENERAL PAUL J. MCNULTY:  Hi everyone."
    assert persons(nlp, text) == ["PAUL J. MCNULTY"]


def test_name_cut_at_particles_is_joined(nlp):
    text = "Chief Constable Marieke van der Linden said the police would act."
    assert persons(nlp, text) == ["Marieke van der Linden"]


def test_items_of_a_list_of_persons_are_persons(nlp):
    text = (
        "Other FARC leaders ran trafficking activities, such as Hermilo Cabrera Diaz, "
        "Abelardo Caicedo Colorado, Sixto Antonio Cabana Guillen and Miguel Angel Pascuas "
        "Santos."
    )
    found = persons(nlp, text)
    assert "Abelardo Caicedo Colorado" in found
    assert "Sixto Antonio Cabana Guillen" in found


def test_list_without_two_persons_is_left_alone(nlp):
    text = "The cartel operates in Sinaloa, Sonora and Baja California."
    assert persons(nlp, text) == []


def test_name_after_lower_case_office_is_a_person_everywhere(nlp):
    text = (
        "The wife of former senior Islamic State leader Abu Sayyaf was charged. "
        "Abu Sayyaf was killed during a U.S. military operation."
    )
    assert persons(nlp, text) == ["Abu Sayyaf", "Abu Sayyaf"]


def test_speaker_before_reporting_verb_is_a_person(nlp):
    assert "Alexei Pushkov" in persons(nlp, "Alexei Pushkov told Interfax that the deal was dead.")


def test_person_after_the_is_a_place(nlp):
    text = "The group is also called the Islamic State of Iraq and the Levant."
    assert "Levant" not in persons(nlp, text)


def test_a_name_after_the_that_names_a_case_stays_a_person(nlp):
    assert "Maria Lopez" in persons(nlp, "Officials said the Maria Lopez case was closed.")


def test_one_word_person_written_as_place_is_a_place_everywhere(nlp):
    text = (
        "The forces began their advance to isolate Raqqah, Syria, on Monday. "
        "The liberation of Raqqah will free its people."
    )
    assert persons(nlp, text) == []


def test_titles_before_names_are_roles_not_name_parts(nlp):
    doc = nlp("U.S. Attorney Damon Rivers said the case was closed.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Damon Rivers"]
    assert [r.role for r in doc._.threadline_roles] == ["U.S. Attorney"]


def test_spanish_double_surnames_and_arabic_particles_stay_whole(nlp):
    text = "Treasury designated Joaquin Guzman Loera and Ahmad bin Ali al-Mansour."
    assert persons(nlp, text) == ["Joaquin Guzman Loera", "Ahmad bin Ali al-Mansour"]


def test_names_listed_without_comma_are_two_persons(nlp):
    text = "The defendants are Helen A. Marsh Ruth B. Connolly and Peter Smith."
    assert persons(nlp, text) == ["Helen A. Marsh", "Ruth B. Connolly", "Peter Smith"]


def test_byline_author_is_a_person_with_role_author(nlp):
    doc = nlp("Sanctions news\nBy Kwame Mensah\nThe Treasury acted on Monday.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Kwame Mensah"]
    assert [r.role for r in doc._.threadline_roles] == ["author"]


def test_by_in_running_text_is_not_a_byline(nlp):
    doc = nlp("Police arrested him.\nBy then it was late.")
    assert doc._.threadline_roles == []


def test_outlet_tag_glued_to_a_name_keeps_the_first_name(nlp):
    text = "(XYZ)Juan Perez Gomez, the former president of Ruritania, was extradited."
    assert persons(nlp, text) == ["Juan Perez Gomez"]


def test_nickname_inside_a_name_is_one_person_with_an_alias(nlp):
    from threadline.extract import extract_documents
    from threadline.model import Document
    from threadline.resolve import resolve_extraction

    text = 'Marines captured cartel boss Nemesio "El Tigre" Ortega Salas on Friday.'
    (extraction,) = extract_documents(nlp, [Document(text=text, source="t.txt")])
    resolve_extraction(extraction)
    people = [m for m in extraction.mentions if m.type == "Person"]
    assert [m.text for m in people] == ['Nemesio "El Tigre" Ortega Salas', "El Tigre"]
    assert {m.canonical for m in people} == {"Nemesio Ortega Salas"}
    assert len({m.entity for m in people}) == 1


def test_lone_word_without_person_cue_is_not_a_person(nlp):
    text = "Coalition strikes hit targets near Karabilah. Karabilah lies on the border."
    assert persons(nlp, text) == []


def test_lone_surname_with_a_title_stays_a_person(nlp):
    text = "The agents thanked President Calderon for the extraditions."
    assert persons(nlp, text) == ["Calderon"]


def test_chinese_name_in_western_order_is_one_person(nlp):
    assert persons(nlp, "Police arrested Lam Wai Kit in Hong Kong.") == ["Lam Wai Kit"]
    assert persons(nlp, "Zhang Wei and Chan Ka Ming were charged.") == ["Zhang Wei", "Chan Ka Ming"]


def test_chinese_syllables_inside_a_longer_name_are_not_a_person(nlp):
    assert "Ho Chi" not in persons(nlp, "The Ho Chi Minh City office closed.")
