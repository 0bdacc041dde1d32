from __future__ import annotations

from threadline.resolve.acronyms import introduced_alias, is_acronym_of, split_inline


def alias_after(text: str, name: str) -> str | None:
    end = text.index(name) + len(name)
    return introduced_alias(text, end, name)


def test_acronym_in_brackets() -> None:
    text = "The Financial Action Task Force (FATF) said."
    assert alias_after(text, "Financial Action Task Force") == "FATF"


def test_acronym_after_known_as_in_brackets() -> None:
    text = "The Organization of American States (known as the OAS) met."
    assert alias_after(text, "Organization of American States") == "OAS"


def test_acronym_after_known_as_clause() -> None:
    text = "The Jalisco New Generation Cartel, known by its Spanish acronym CJNG, grew."
    assert alias_after(text, "Jalisco New Generation Cartel") == "CJNG"


def test_acronym_with_digits_and_hyphen() -> None:
    assert alias_after("Mara Salvatrucha (MS-13) gangs.", "Mara Salvatrucha") == "MS-13"


def test_quoted_nickname() -> None:
    text = 'Joaquín Guzmán, known as "El Chapo", was extradited.'
    assert alias_after(text, "Joaquín Guzmán") == "El Chapo"


def test_bracketed_source_is_not_an_acronym() -> None:
    assert alias_after("Europol (Reuters) said.", "Europol") is None


def test_no_alias_when_nothing_follows() -> None:
    assert alias_after("Europol said so.", "Europol") is None


def test_acronym_must_start_with_an_initial_of_the_name() -> None:
    assert is_acronym_of("FARC", "Revolutionary Armed Forces of Colombia")
    assert not is_acronym_of("AP", "Sinaloa Cartel")
    assert not is_acronym_of("Fatf", "Financial Action Task Force")


def test_split_mention_holding_both_forms() -> None:
    assert split_inline("Financial Action Task Force (FATF)") == (
        "Financial Action Task Force",
        "FATF",
    )
    assert split_inline("Europol") is None


def test_known_as_introduces_a_name_that_is_no_acronym() -> None:
    text = "Abboud Qanbar (Arabic: عبود قنبر), also known as Abu Haidar,[1] is an Iraqi general."
    assert alias_after(text, "Abboud Qanbar") == "Abu Haidar"


def test_known_as_in_brackets_needs_no_initials_check() -> None:
    assert alias_after("Coalition partners fight Daesh (also known as ISIL).", "Daesh") == "ISIL"


def test_acronym_after_a_possessive() -> None:
    text = "U.S. Naval Forces Central Command's (NAVCENT) Task Force 50 sailed."
    assert alias_after(text, "U.S. Naval Forces Central Command") == "NAVCENT"


def test_or_in_running_text_introduces_no_alias() -> None:
    text = "The strike was carried out by the Asad regime or Russia."
    assert alias_after(text, "Asad regime") is None


def test_known_as_followed_by_a_description_is_no_alias() -> None:
    text = "The Sinaloa Cartel, known as the biggest supplier, grew."
    assert alias_after(text, "Sinaloa Cartel") is None
