from __future__ import annotations


def test_acronym_in_parentheses_is_an_alias_of_the_name(extract_text):
    ex = extract_text("The Syrian Democratic Forces (SDF) took the town. Later the SDF withdrew.")
    texts = {m.id: m.text for m in ex.mentions}
    assert ("SDF", "The Syrian Democratic Forces") in [(texts[a], texts[f]) for a, f in ex.aliases]
    acronym = next(m for m in ex.mentions if m.text == "SDF")
    assert acronym.type == "Organization"
    assert [m.text for m in ex.mentions].count("SDF") == 2


def test_acronym_takes_the_kind_of_its_name(extract_text):
    ex = extract_text("The Financial Action Task Force (FATF) grey-listed the country.")
    fatf = next(m for m in ex.mentions if m.text == "FATF")
    assert fatf.type == "PublicBody"
    assert fatf.method == "rule:acronym-v1"


def test_parenthesised_word_that_is_no_acronym_is_ignored(extract_text):
    ex = extract_text("Interpol (Lyon) issued a notice.")
    assert ex.aliases == []
