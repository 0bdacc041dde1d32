from __future__ import annotations

from threadline.extract.mentions import canonical_form


def names(extraction, type_=None):
    return [m.text for m in extraction.mentions if type_ is None or m.type == type_]


def mention(extraction, text):
    return next(m for m in extraction.mentions if m.text == text)


def test_agencies_parliaments_and_international_bodies_are_public_bodies(extract_text):
    ex = extract_text(
        "The Financial Crimes Enforcement Network, the Bundestag, the European Parliament, "
        "Interpol and the Ministry of Interior all backed the plan."
    )
    bodies = names(ex, "PublicBody")
    assert any("Financial Crimes Enforcement Network" in b for b in bodies)
    assert "Bundestag" in bodies
    assert any("European Parliament" in b for b in bodies)
    assert "Interpol" in bodies
    assert any("Ministry of Interior" in b for b in bodies)


def test_court_with_country_prefix_is_one_public_body(extract_text):
    ex = extract_text("He appeared in U.S. District Court in Brooklyn on Tuesday.")
    assert "U.S. District Court" in names(ex, "PublicBody")
    assert "Brooklyn" in names(ex, "Location")


def test_legal_form_makes_a_company(extract_text):
    ex = extract_text("Prosecutors said Acme Trading Ltd wired the money to Baltic Shipping GmbH.")
    companies = names(ex, "Company")
    assert "Acme Trading Ltd" in companies
    assert any(c.endswith("GmbH") for c in companies)


def test_lower_case_as_is_not_a_legal_form(extract_text):
    ex = extract_text("The Treasury designated Hezbollah as a terrorist organization.")
    assert "Hezbollah" in names(ex)
    assert not any(n.endswith(" as") for n in names(ex))


def test_capitals_stay_locations(extract_text):
    ex = extract_text("Washington and Brussels agreed to share intelligence on smuggling routes.")
    assert mention(ex, "Washington").type == "Location"
    assert mention(ex, "Brussels").type == "Location"


def test_article_is_dropped_from_canonical_form():
    assert canonical_form("the European Parliament", "PublicBody") == "European Parliament"
    assert canonical_form("The Sinaloa Cartel", "Organization") == "Sinaloa Cartel"
    assert canonical_form("Interpol", "PublicBody") is None
    assert canonical_form("the Hague", "Location") is None  # places: article handled upstream
