from __future__ import annotations


def names(extraction, type_=None):
    return [m.text for m in extraction.mentions if type_ is None or m.type == type_]


def test_titles_are_trimmed_from_names(extract_text):
    ex = extract_text("Treasury Secretary Janet Yellen said the sanctions would bite.")
    assert "Janet Yellen" in names(ex, "Person")
    assert not any("Secretary" in n for n in names(ex, "Person"))


def test_honorifics_and_ranks_are_trimmed(extract_text):
    ex = extract_text(
        "The ambassador met President Vladimir Putin, General David Petraeus and "
        "Judge Brian Cogan on Monday."
    )
    persons = names(ex, "Person")
    assert "Vladimir Putin" in persons
    assert "David Petraeus" in persons
    assert "Brian Cogan" in persons


def test_possessive_is_stripped(extract_text):
    ex = extract_text("Guzmán's lawyers asked the court for more time.")
    assert names(ex, "Person") == ["Guzmán"]


def test_headline_is_not_a_person(extract_text):
    ex = extract_text("Cartel Boss Extradited To US\n\nThe man was flown to New York on Friday.")
    assert names(ex, "Person") == []


def test_boilerplate_phrase_is_not_a_person_or_organisation(extract_text):
    ex = extract_text("Crime-Fighting Cooperation Between Mexico And Colombia\n\nOfficials met.")
    assert "Crime-Fighting Cooperation" not in names(ex)


def test_lone_common_first_name_is_not_a_person(extract_text):
    ex = extract_text("John was seen near the border crossing last week.")
    assert "John" not in names(ex, "Person")


def test_surname_alone_is_a_person(extract_text):
    ex = extract_text("Janet Yellen spoke first. Later, Yellen said the rules would change.")
    assert names(ex, "Person").count("Yellen") == 1
    assert "Janet Yellen" in names(ex, "Person")


def test_place_after_locative_preposition_is_a_location(extract_text):
    ex = extract_text("Near Ar Raqqah, 15 strikes engaged five tactical units.")
    assert "Ar Raqqah" in names(ex, "Location")
    assert names(ex, "Person") == []


def test_ship_is_not_a_person(extract_text):
    ex = extract_text("The destroyer USS Mahan seized a shipment of cocaine off Panama.")
    assert not any("Mahan" in n for n in names(ex, "Person"))
