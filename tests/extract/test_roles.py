from __future__ import annotations


def roles_of(extraction):
    """(person text, role text, organisation text or None) for every role."""
    by_id = {m.id: m for m in extraction.mentions}
    text = extraction.document.text
    out = []
    for role in extraction.roles:
        assert text[role.start : role.end] == role.role
        org = by_id[role.organization].text if role.organization else None
        out.append((by_id[role.mention].text, role.role, org))
    return out


def test_title_before_name_is_a_role(extract_text):
    ex = extract_text("Treasury Secretary Janet Yellen said the rules would change.")
    assert ("Janet Yellen", "Treasury Secretary", "Treasury") in roles_of(ex)


def test_rank_before_name_is_a_role_but_honorific_is_not(extract_text):
    ex = extract_text("Judge Brian Cogan thanked Mr. Lopez and Sheriff Joe Arpaio.")
    found = roles_of(ex)
    assert ("Brian Cogan", "Judge", None) in found
    assert ("Joe Arpaio", "Sheriff", None) in found
    assert not any(person == "Lopez" for person, _, _ in found)


def test_appositive_head_of_organisation_is_a_role(extract_text):
    ex = extract_text("Mr. Lopez, the head of the Sinaloa Cartel, appeared in court on Tuesday.")
    found = roles_of(ex)
    assert len(found) == 1
    person, role, org = found[0]
    assert (person, role) == ("Lopez", "head")
    assert org is not None and "Sinaloa Cartel" in org


def test_appositive_director_of_agency_is_a_role(extract_text):
    ex = extract_text("John Smith, director of the FBI, signed the agreement.")
    assert ("John Smith", "director", "FBI") in roles_of(ex)


def test_possessive_organisation_before_office_is_a_role(extract_text):
    ex = extract_text("The FBI's director Christopher Wray said the network was dismantled.")
    assert roles_of(ex) == [("Christopher Wray", "director", "FBI")]


def test_office_of_body_before_comma_and_name_is_a_role(extract_text):
    ex = extract_text("The head of Europol, Catherine De Bolle, praised the operation.")
    found = roles_of(ex)
    assert any(role == "head" and org == "Europol" for _, role, org in found)


def test_role_points_at_person_mention(extract_text):
    ex = extract_text("Foreign Minister Julie Bishop met the delegation in Canberra.")
    role = ex.roles[0]
    person = next(m for m in ex.mentions if m.id == role.mention)
    assert person.text == "Julie Bishop" and person.type == "Person"
    assert role.role == "Foreign Minister"


def test_title_opening_the_sentence_set_off_by_commas_is_a_role(extract_text):
    ex = extract_text("Foreign Office Minister, Tobias Ellwood, said the attack was horrific.")
    assert ("Tobias Ellwood", "Foreign Office Minister", "Foreign Office") in roles_of(ex)


def test_word_before_comma_that_is_no_title_is_not_a_role(extract_text):
    ex = extract_text("Yesterday, John Smith, a farmer from Ohio, sold the land.")
    assert not any(role == "Yesterday" for _, role, _ in roles_of(ex))
