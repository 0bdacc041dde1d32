"""resolve_extraction on short real-style stories: what each mention's entity becomes."""

from __future__ import annotations

from threadline.model import Document, Extraction, Mention
from threadline.resolve import entity_id, resolve_extraction


def resolved(text: str, *found: tuple[str, str]) -> Extraction:
    """Resolve mentions of ``(surface, type)``, each at its next occurrence in ``text``."""
    doc = Document(text=text, source="test.txt")
    mentions: list[Mention] = []
    cursor: dict[str, int] = {}
    for surface, type_ in found:
        start = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = start + len(surface)
        mentions.append(Mention(doc.id, start, start + len(surface), surface, type_))
    ex = Extraction(document=doc, mentions=mentions)
    resolve_extraction(ex)
    return ex


def test_every_mention_gets_an_entity_and_a_canonical_name() -> None:
    ex = resolved("Europol said on Monday.", ("Europol", "PublicBody"), ("Monday", "Date"))
    assert all(m.entity and m.entity.startswith("ent-") and m.canonical for m in ex.mentions)


def test_surname_resolves_to_the_full_name_seen_earlier() -> None:
    ex = resolved(
        "Treasury Secretary Janet Yellen met bankers. Yellen said sanctions work.",
        ("Janet Yellen", "Person"),
        ("Yellen", "Person"),
    )
    full, short = ex.mentions
    assert short.entity == full.entity == entity_id("Person", "Janet Yellen")
    assert short.canonical == "Janet Yellen"


def test_surname_in_a_headline_resolves_to_the_full_name_seen_later() -> None:
    ex = resolved(
        "Ryabkov warns Washington\n\nDeputy Foreign Minister Sergei Ryabkov said on Tuesday.",
        ("Ryabkov", "Person"),
        ("Sergei Ryabkov", "Person"),
    )
    assert ex.mentions[0].entity == ex.mentions[1].entity
    assert ex.mentions[0].canonical == "Sergei Ryabkov"


def test_shared_surname_of_two_people_is_not_linked() -> None:
    ex = resolved(
        "Fidel Castro handed power to Raúl Castro in 2008. Castro promised reforms.",
        ("Fidel Castro", "Person"),
        ("Raúl Castro", "Person"),
        ("Castro", "Person"),
    )
    fidel, raul, castro = ex.mentions
    assert len({fidel.entity, raul.entity, castro.entity}) == 3
    assert castro.canonical == "Castro"


def test_courtesy_title_and_possessive_do_not_block_the_link() -> None:
    ex = resolved(
        "Sergei Ryabkov spoke first. Mr. Ryabkov's remarks were brief.",
        ("Sergei Ryabkov", "Person"),
        ("Mr. Ryabkov's", "Person"),
    )
    assert ex.mentions[0].entity == ex.mentions[1].entity


def test_given_name_alone_is_not_linked() -> None:
    ex = resolved(
        "Janet Yellen met Janet at lunch.", ("Janet Yellen", "Person"), ("Janet", "Person")
    )
    assert ex.mentions[0].entity != ex.mentions[1].entity


def test_acronym_in_brackets_is_an_alias_of_the_full_name() -> None:
    ex = resolved(
        "The Financial Action Task Force (FATF) met in Paris. FATF grey-listed two states.",
        ("Financial Action Task Force", "Organization"),
        ("FATF", "Organization"),
        ("FATF", "Organization"),
    )
    full, bracketed, later = ex.mentions
    assert full.entity == bracketed.entity == later.entity
    assert later.canonical == "Financial Action Task Force"
    assert (later.id, full.id) in ex.aliases and (bracketed.id, full.id) in ex.aliases


def test_acronym_introduced_with_known_as_is_an_alias() -> None:
    ex = resolved(
        "The Jalisco New Generation Cartel, known as CJNG, expanded. CJNG now ships fentanyl.",
        ("Jalisco New Generation Cartel", "Organization"),
        ("CJNG", "Organization"),
        ("CJNG", "Organization"),
    )
    assert len({m.entity for m in ex.mentions}) == 1


def test_acronym_mistagged_as_a_place_takes_the_type_of_its_full_name() -> None:
    ex = resolved(
        "Officials at the Financial Action Task Force (FATF) agreed. FATF will review Iran.",
        ("Financial Action Task Force", "PublicBody"),
        ("FATF", "Location"),
    )
    assert ex.mentions[1].type == "PublicBody"
    assert ex.mentions[1].entity == ex.mentions[0].entity


def test_mention_holding_name_and_acronym_is_named_by_the_full_name() -> None:
    ex = resolved(
        "The United Nations Office on Drugs and Crime (UNODC) said. UNODC estimates vary.",
        ("United Nations Office on Drugs and Crime (UNODC)", "PublicBody"),
        ("UNODC", "PublicBody"),
    )
    assert ex.mentions[0].canonical == "United Nations Office on Drugs and Crime"
    assert ex.mentions[1].entity == ex.mentions[0].entity


def test_bracketed_word_that_is_no_acronym_is_not_an_alias() -> None:
    ex = resolved(
        "The Sinaloa Cartel (AP) is growing. AP reported it first.",
        ("Sinaloa Cartel", "Organization"),
        ("AP", "Organization"),
    )
    assert ex.mentions[0].entity != ex.mentions[1].entity
    assert ex.aliases == []


def test_country_aliases_are_one_location() -> None:
    ex = resolved(
        "The U.S. and the US Treasury; the United States of America, USA and America agree.",
        ("U.S.", "Location"),
        ("US", "Location"),
        ("United States of America", "Location"),
        ("USA", "Location"),
        ("America", "Location"),
    )
    assert {m.canonical for m in ex.mentions} == {"United States"}
    assert len({m.entity for m in ex.mentions}) == 1


def test_capital_standing_for_a_government_stays_apart_from_its_country() -> None:
    ex = resolved(
        "Washington and Moscow traded blame; the United States and Russia did not.",
        ("Washington", "Location"),
        ("Moscow", "Location"),
        ("United States", "Location"),
        ("Russia", "Location"),
    )
    washington, moscow, us, russia = ex.mentions
    assert washington.entity != us.entity and moscow.entity != russia.entity
    assert washington.canonical == "Washington"


def test_same_name_in_two_documents_gets_the_same_id() -> None:
    a = resolved("Interpol issued a notice.", ("Interpol", "Organization"))
    b = resolved("INTERPOL's red notice stands.", ("INTERPOL's", "PublicBody"))
    assert a.mentions[0].entity == b.mentions[0].entity


def test_absolute_dates_in_two_forms_are_one_entity() -> None:
    ex = resolved(
        "On 12 March 2019 he fled; by March 12, 2019 he was gone.",
        ("12 March 2019", "Date"),
        ("March 12, 2019", "Date"),
    )
    assert ex.mentions[0].entity == ex.mentions[1].entity


def test_relative_date_is_an_entity_of_its_own_document_only() -> None:
    a = resolved("Police raided the port on Thursday.", ("Thursday", "Date"))
    b = resolved("Customs seized cocaine on Thursday.", ("Thursday", "Date"))
    assert a.mentions[0].entity != b.mentions[0].entity


def test_amounts_in_two_forms_are_one_entity() -> None:
    ex = resolved(
        "He paid $2 million, or US$2m by another count.",
        ("$2 million", "Money"),
        ("US$2m", "Money"),
    )
    assert ex.mentions[0].entity == ex.mentions[1].entity


def test_quoted_nickname_is_an_alias_of_the_person() -> None:
    ex = resolved(
        'Joaquín Guzmán, known as "El Chapo", was extradited. El Chapo denied it.',
        ("Joaquín Guzmán", "Person"),
        ("El Chapo", "Person"),
    )
    assert ex.mentions[1].entity == ex.mentions[0].entity
    assert ex.mentions[1].canonical == "Joaquín Guzmán"


def test_resolving_twice_gives_the_same_result() -> None:
    ex = resolved(
        "Janet Yellen spoke. Yellen left.", ("Janet Yellen", "Person"), ("Yellen", "Person")
    )
    before = [(m.entity, m.canonical) for m in ex.mentions]
    resolve_extraction(ex)
    assert [(m.entity, m.canonical) for m in ex.mentions] == before


def test_resolving_twice_records_each_alias_once() -> None:
    ex = resolved(
        "The Financial Action Task Force (FATF) met.",
        ("Financial Action Task Force", "Organization"),
        ("FATF", "Organization"),
    )
    resolve_extraction(ex)
    assert len(ex.aliases) == 1


def test_absolute_date_is_named_by_its_iso_value() -> None:
    ex = resolved("On 12 March 2019 he fled.", ("12 March 2019", "Date"))
    assert ex.mentions[0].canonical == "2019-03-12"
    assert ex.mentions[0].text == "12 March 2019"


def test_coordinated_name_is_not_an_alias() -> None:
    ex = resolved(
        "It was carried out by the Asad regime or Russia.",
        ("Asad regime", "Organization"),
        ("Russia", "Location"),
    )
    assert ex.mentions[0].entity != ex.mentions[1].entity


def test_surname_tagged_as_organisation_is_the_person() -> None:
    ex = resolved(
        "Gen. Joseph Votel visited Baghdad. Votel explained the strategy.",
        ("Joseph Votel", "Person"),
        ("Votel", "Organization"),
    )
    assert ex.mentions[1].entity == ex.mentions[0].entity
    assert ex.mentions[1].type == "Person"


def test_acronym_tagged_as_organisation_stays_an_organisation() -> None:
    ex = resolved(
        "Jens Nato met NATO officials.", ("Jens Nato", "Person"), ("NATO", "Organization")
    )
    assert ex.mentions[1].type == "Organization"
    assert ex.mentions[1].entity != ex.mentions[0].entity


def test_leading_indefinite_article_is_dropped() -> None:
    ex = resolved(
        "It joined a Combined Joint Task Force. The Combined Joint Task Force grew.",
        ("a Combined Joint Task Force", "Organization"),
        ("The Combined Joint Task Force", "Organization"),
    )
    assert ex.mentions[0].entity == ex.mentions[1].entity
    assert ex.mentions[0].canonical == "Combined Joint Task Force"


def test_canonical_name_keys_to_the_mention_entity() -> None:
    # The store names and keys entities by the canonical name: it must lead back here.
    ex = resolved(
        "Janet Yellen and the Financial Action Task Force (FATF) met in the U.S. on "
        "12 March 2019. Yellen said FATF paid $2 million.",
        ("Janet Yellen", "Person"),
        ("Financial Action Task Force", "Organization"),
        ("FATF", "Organization"),
        ("U.S.", "Location"),
        ("12 March 2019", "Date"),
        ("Yellen", "Person"),
        ("FATF", "Organization"),
        ("$2 million", "Money"),
    )
    for m in ex.mentions:
        assert m.canonical and entity_id(m.type, m.canonical) == m.entity, m.text
