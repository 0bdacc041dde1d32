from __future__ import annotations


def names(extraction, type_=None):
    return [m.text for m in extraction.mentions if type_ is None or m.type == type_]


def test_named_act_is_a_law(extract_text):
    ex = extract_text("The bank was charged under the Bank Secrecy Act in 2019.")
    assert "Bank Secrecy Act" in names(ex, "Law")


def test_dated_treaty_in_lower_case_is_a_law(extract_text):
    ex = extract_text("He was extradited under the 1999 mutual legal assistance treaty.")
    assert "1999 mutual legal assistance treaty" in names(ex, "Law")


def test_convention_with_its_object_is_one_law(extract_text):
    ex = extract_text(
        "Both states ratified the UN Convention against Transnational Organized Crime."
    )
    laws = names(ex, "Law")
    assert any(law.endswith("UN Convention against Transnational Organized Crime") for law in laws)


def test_numbered_resolution_and_act_with_year_are_laws(extract_text):
    ex = extract_text(
        "The council cited Resolution 2254, and police used the Proceeds of Crime Act 2002."
    )
    laws = names(ex, "Law")
    assert "Resolution 2254" in laws
    assert any(law.endswith("Proceeds of Crime Act 2002") for law in laws)


def test_well_known_agreements_from_the_gazetteer_are_laws(extract_text):
    ex = extract_text("Moscow suspended New START, and Tehran breached the Iran nuclear deal.")
    laws = names(ex, "Law")
    assert "New START" in laws
    assert "Iran nuclear deal" in laws


def test_every_law_pattern_needs_a_word_the_prefilter_looks_for() -> None:
    from threadline.extract.laws import NEEDED, law_patterns

    for pattern in law_patterns():
        required = [t for t in pattern if "OP" not in t and isinstance(t.get("LOWER"), dict)]
        assert any(set(t["LOWER"]["IN"]) <= NEEDED for t in required), pattern
