"""Nominal mentions ("the secretary", "the cartel") linked to their antecedents."""

from __future__ import annotations

from tests.test_coref_pronouns import extract, links


def test_office_nominal_links_to_office_holder(nlp):
    text = (
        "Defense Secretary Ash Carter met Prime Minister Haider al-Abadi in Baghdad. "
        "The secretary thanked the prime minister for the talks."
    )
    found = links(extract(nlp, text))
    assert ("The secretary", "Ash Carter", "coref-v1:nominal-office") in found
    assert ("the prime minister", "Haider al-Abadi", "coref-v1:nominal-office") in found


def test_abbreviated_rank_matches_nominal(nlp):
    text = "Gen. Joseph Votel visited the base. The retired Marine general spoke to troops."
    found = links(extract(nlp, text))
    assert ("The retired Marine general", "Joseph Votel", "coref-v1:nominal-office") in found


def test_person_noun_links_to_nearest_person_of_that_gender(nlp):
    text = "Robert Smith was arrested in Miami. The defendant faces ten years in prison."
    found = links(extract(nlp, text))
    assert ("The defendant", "Robert Smith", "coref-v1:nominal-person") in found


def test_organisation_nominal_links_by_its_name(nlp):
    text = (
        "The Treasury sanctioned the Sinaloa Cartel on Tuesday. Officials said the cartel "
        "smuggles fentanyl."
    )
    found = links(extract(nlp, text))
    assert ("the cartel", "Sinaloa Cartel", "coref-v1:nominal-org") in found


def test_title_before_a_name_is_not_a_nominal(nlp):
    text = "Robert Smith spoke first. Then the Attorney General Merrick Garland spoke."
    found = links(extract(nlp, text))
    assert not [f for f in found if "General" in f[0]]


def test_nominal_with_of_phrase_is_not_linked(nlp):
    text = "Janet Yellen spoke on Monday. The head of the agency declined to comment."
    assert not [f for f in links(extract(nlp, text)) if f[0].startswith("The head")]


def test_appositive_nominal_links_to_the_name_after_it(nlp):
    text = (
        "We held a call with the drug czar, Director of National Drug Control Policy "
        "John Walters, on Friday."
    )
    found = links(extract(nlp, text))
    assert ("the drug czar", "John Walters", "coref-v1:nominal-appositive") in found


def test_nominal_narrowed_by_a_clause_is_not_linked(nlp):
    text = "Jamey Lee Matthews was sentenced. He must pay restitution to the man he shot."
    assert not [f for f in links(extract(nlp, text)) if f[0] == "the man"]


def test_office_after_invisible_mark_is_still_a_role(nlp):
    text = (
        "Ash Carter met Iraqi Prime Minister\u200e Haider al-Abadi in Baghdad. "
        "Carter complimented the prime minister on the army."
    )
    found = links(extract(nlp, text))
    assert ("the prime minister", "Haider al-Abadi", "coref-v1:nominal-office") in found


def test_her_husband_is_the_man_named_before_not_her(nlp):
    text = "Abu Hamza led the cell. Prosecutors said Nisreen Bahar and her husband held captives."
    found = links(extract(nlp, text))
    assert ("her husband", "Abu Hamza", "coref-v1:nominal-kin") in found


def test_his_wife_before_her_name_is_that_name(nlp):
    text = "Juan Perez was extradited on Friday. His wife, Lucia Mendez, posted a video."
    found = links(extract(nlp, text))
    assert ("His wife", "Lucia Mendez", "coref-v1:nominal-appositive") in found
