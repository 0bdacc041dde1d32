"""Person names and speakers in shapes found on unseen press-release text: a byline
before a list, a place after "The", a hyphenated Chinese given name, a given name before
a middle initial, a name inside an office tagged as an organisation, a pronoun in a
reported clause, a quotation paragraph after an attributed one.

Sentences are written for these tests (real-style, invented names).
"""

from __future__ import annotations

from threadline.extract.name_lists import is_name_shaped


def persons(extraction):
    return [m.text for m in extraction.mentions if m.type == "Person" and m.kind == "name"]


def speakers(extraction):
    by_id = {m.id: m.text for m in extraction.mentions}
    return [
        (extraction.document.text[q.start : q.end], by_id.get(q.speaker_mention or ""))
        for q in extraction.quotes
    ]


def test_byline_by_is_not_part_of_a_listed_name(nlp):
    doc = nlp.make_doc("By Jessica Donati and Ian Talley")
    assert not is_name_shaped(doc[0:3])
    assert is_name_shaped(doc[1:3])


def test_the_hague_is_not_a_person(extract_text):
    ex = extract_text("The agreement was signed in The Hague on Monday by both ministers.")
    assert not any("Hague" in p for p in persons(ex))


def test_hyphenated_chinese_given_name_is_kept_whole(extract_text):
    ex = extract_text("Hong Kong police arrested Wong Chi-keung and Chan Siu Ming on Tuesday.")
    assert "Wong Chi-keung" in persons(ex)
    assert "Wong Chi" not in persons(ex)


def test_given_name_before_a_middle_initial_starts_the_name(extract_text):
    ex = extract_text(
        "Secretary of State Antony J. Blinken met with Mexican Foreign Secretary "
        "Marcelo Ebrard in Washington."
    )
    assert "Antony J. Blinken" in persons(ex)


def test_sentence_opening_word_before_an_initial_is_not_a_given_name(extract_text):
    ex = extract_text("Yesterday J. Morrow was released from custody in Miami.")
    assert not any(p.startswith("Yesterday") for p in persons(ex))


def test_person_inside_an_office_tagged_as_organisation(extract_text):
    ex = extract_text(
        '"This verdict sends a message," said Special Agent in Charge Ana Lopez of the '
        "FBI's Miami Field Office."
    )
    assert "Ana Lopez" in persons(ex)
    assert ("This verdict sends a message", "Ana Lopez") in speakers(ex)


def test_pronoun_in_a_reported_clause_is_not_the_announcer(extract_text):
    ex = extract_text(
        "A federal grand jury in Miami indicted Carlos Rengifo Mosquera and his brother "
        "Luis Rengifo Mosquera on drug trafficking charges, Acting U.S. Attorney Ariana "
        "Fajardo Orshan announced."
    )
    by_id = {m.id: m for m in ex.mentions}
    his = next(m for m in ex.mentions if m.text == "his")
    assert his.antecedent is None or "Fajardo" not in by_id[his.antecedent].text


def test_quote_paragraph_after_an_attributed_quote_continues_its_speaker(extract_text):
    ex = extract_text(
        "U.S. Attorney Damian Willets announced the charges on Monday.\n\n"
        '"Today\'s indictment shows that no one is beyond our reach," said Willets. '
        '"We will keep working."\n\n'
        '"The defendants thought they could hide their money offshore."'
    )
    assert (
        "The defendants thought they could hide their money offshore.",
        "Willets",
    ) in speakers(ex)


def test_quote_paragraph_after_narrative_keeps_no_speaker(extract_text):
    ex = extract_text(
        '"Today\'s indictment shows that no one is beyond our reach," said Willets. '
        "The defendants were arrested in Panama last year.\n\n"
        '"The defendants thought they could hide their money offshore."'
    )
    assert (
        "The defendants thought they could hide their money offshore.",
        "Willets",
    ) not in speakers(ex)


def test_rank_before_a_nickname_shows_a_person(extract_text):
    ex = extract_text(
        'During the call, Brig. Gen. Richard "Tex" Colby, the lead investigating officer, '
        "will present the findings."
    )
    assert 'Richard "Tex" Colby' in persons(ex)


def test_name_part_with_lower_case_particle_joins_the_name_before(extract_text):
    ex = extract_text(
        "He was hanged along with failed suicide bomber Sajida Mubarak Atrous al-Rishawi "
        "on 4 February 2015."
    )
    assert "Sajida Mubarak Atrous al-Rishawi" in persons(ex)


def test_name_words_tagged_as_organisation_before_a_person_start_the_name(extract_text):
    ex = extract_text(
        "Abu Ghadiya (Arabic: x), born Badran Turki Hishan al-Mazidi (Arabic: y), was a "
        "Syrian smuggler."
    )
    assert "Badran Turki Hishan al-Mazidi" in persons(ex)


def test_regime_of_a_leader_keeps_the_lone_name_a_person(extract_text):
    ex = extract_text(
        "The resolution sets out a transition away from the murderous regime of Assad. "
        "It gives a timetable."
    )
    assert "Assad" in persons(ex)


def test_hyphen_inside_a_listed_name_does_not_cut_it(extract_text):
    ex = extract_text(
        "Among those arrested were Ahmad Khalil, a Lebanese businessman; Fatima al-Zahra "
        "Haddad, his wife; and Omar Yusuf Abdi, a Somali national."
    )
    assert "Fatima al-Zahra Haddad" in persons(ex)


def test_particles_join_a_surname_tagged_as_something_else(extract_text):
    ex = extract_text(
        "The Dutch prosecutor, Marieke van der Linden, said Ridouan Taghi had ordered the killings."
    )
    assert "Marieke van der Linden" in persons(ex)


def test_one_word_tagged_as_organisation_before_a_person_starts_the_name(extract_text):
    ex = extract_text(
        "Colombian police captured Dairo Antonio Úsuga David, alias Otoniel, the leader of "
        "the Clan del Golfo, in a jungle hideout."
    )
    assert "Dairo Antonio Úsuga David" in persons(ex)


def test_hyphenated_surname_in_capitals_is_kept_whole(extract_text):
    ex = extract_text(
        "UNITED STATES v. RAFAEL CARO-QUINTERO\n\nDefendant RAFAEL CARO-QUINTERO was "
        "arrested by Mexican Navy forces on July 15, 2022."
    )
    assert "RAFAEL CARO-QUINTERO" in persons(ex)
    assert "RAFAEL CARO" not in persons(ex)


def test_quoted_alias_after_a_name_is_the_person_not_a_quote(extract_text):
    ex = extract_text(
        "A federal grand jury indicted Carlos Rengifo Mosquera, also known as "
        '"El Gordo," on drug charges, U.S. Attorney Ariana Fajardo announced.'
    )
    alias = next(m for m in ex.mentions if m.text == "El Gordo")
    by_id = {m.id: m.text for m in ex.mentions}
    assert alias.type == "Person" and by_id[alias.antecedent] == "Carlos Rengifo Mosquera"
    assert not any(q.text == "El Gordo" for q in ex.quotes)


def test_quote_signed_after_a_dash_is_the_signers(extract_text):
    ex = extract_text(
        '"Drug traffickers will find no safe haven in our country." — Attorney General '
        "Merrick B. Garland"
    )
    assert "Merrick B. Garland" in persons(ex)
    assert (
        "Drug traffickers will find no safe haven in our country.",
        "Merrick B. Garland",
    ) in speakers(ex)


def test_name_after_said_tagged_as_a_product_is_the_speaker(extract_text):
    ex = extract_text(
        '"The Sinaloa Cartel is responsible for much of the fentanyl in our country," said '
        "Milgram. Attorney General Garland agreed."
    )
    quote = "The Sinaloa Cartel is responsible for much of the fentanyl in our country"
    assert (quote, "Milgram") in speakers(ex)


def test_clerical_rank_is_not_part_of_the_name(extract_text):
    ex = extract_text(
        "Grand Ayatollah Ali al-Sistani called for calm. Prime Minister Mustafa al-Kadhimi "
        "welcomed the statement."
    )
    assert "Ali al-Sistani" in persons(ex)


def test_names_written_surname_first_are_one_person_each(extract_text):
    ex = extract_text(
        "OFAC designated MARTINEZ GARCIA, Maria Elena and RAMIREZ SOTO, Pedro under the "
        "Kingpin Act."
    )
    named = {m.text: m.canonical for m in ex.mentions if m.type == "Person"}
    assert named["MARTINEZ GARCIA, Maria Elena"] == "Maria Elena MARTINEZ GARCIA"
    assert named["RAMIREZ SOTO, Pedro"] == "Pedro RAMIREZ SOTO"


def test_dateline_in_capitals_is_not_a_name_written_surname_first(extract_text):
    ex = extract_text("MEXICO CITY, Mexico - Police arrested two men on Friday.")
    assert persons(ex) == []


def test_organisation_glued_by_a_hyphen_to_an_acronym_is_one(extract_text):
    ex = extract_text('"We struck the tanks," said Col. John Dorrell, the CJTF-OIR spokesperson.')
    assert "CJTF-OIR" in [m.text for m in ex.mentions if m.kind == "name"]


def test_spokesperson_of_a_body_named_before_the_office_speaks_for_it(extract_text):
    ex = extract_text(
        '"We will not allow ISIL to keep its weapons," said Col. John Dorrell, the '
        "CJTF-OIR spokesperson."
    )
    by_id = {m.id: m.text for m in ex.mentions}
    roles = [(r.role, by_id.get(r.organization or "")) for r in ex.roles]
    assert ("spokesperson", "CJTF-OIR") in roles
    we = next(m for m in ex.mentions if m.text == "We")
    assert by_id[we.antecedent] == "CJTF-OIR"


def test_pronoun_in_a_quotation_is_not_its_speaker_named_sentences_before(extract_text):
    ex = extract_text(
        "Attorney General Michael Mukasy said, “The extraditions show the commitment of "
        "Mexican President Felipe Calderas to break the cartels. We stand with him in "
        "this fight.”"
    )
    by_id = {m.id: m.text for m in ex.mentions}
    him = next(m for m in ex.mentions if m.text == "him")
    assert by_id[him.antecedent] == "Felipe Calderas"


def test_untagged_name_with_a_middle_initial_is_a_person(extract_text):
    ex = extract_text(
        "U.S. Attorney for the District of Columbia Channing D. Phillipson announced the "
        "guilty plea."
    )
    assert "Channing D. Phillipson" in persons(ex)


def test_given_name_tagged_as_a_facility_with_a_possessive_is_a_person(extract_text):
    ex = extract_text(
        "Prosecutors announced the guilty plea of Yevgeny Prigozhin's associate, Mikhail Burchik."
    )
    assert "Yevgeny Prigozhin" in persons(ex)


def test_function_word_after_a_name_is_not_its_surname(extract_text):
    ex = extract_text("The court admitted Exhibit A. The jury met on Monday.")
    assert not any(p.endswith("The") for p in persons(ex))


def test_titled_surname_tagged_as_organisation_later_is_the_person(extract_text):
    ex = extract_text(
        "Secretary Blinken met Foreign Minister Ebrard on Tuesday.\n\nEbrard said Mexico "
        'would increase inspections. "We are committed to stopping the flow of fentanyl," '
        "he said."
    )
    quote = "We are committed to stopping the flow of fentanyl"
    assert (quote, "Ebrard") in speakers(ex)


def test_statement_that_reads_is_its_authors(extract_text):
    ex = extract_text(
        "The statement from Treasury Secretary Janet Yellen read: \"Today's action targets "
        "the cartel's financial network.\""
    )
    quote = "Today's action targets the cartel's financial network."
    assert (quote, "Janet Yellen") in speakers(ex)


def test_name_in_brackets_after_a_person_is_an_alias(extract_text):
    ex = extract_text(
        "The court ruled on Babar Ahmed, Syed Ahsan, Mustafa Kamal Mustafa (Abu Hamza) and "
        "Adel Bary."
    )
    alias = next(m for m in ex.mentions if m.text == "Abu Hamza")
    by_id = {m.id: m.text for m in ex.mentions}
    assert by_id[alias.antecedent] == "Mustafa Kamal Mustafa"


def test_place_in_brackets_after_a_person_is_no_alias(extract_text):
    ex = extract_text("The defendants are Juan Perez (Colombia) and Sen. John Cornyn (R-Texas).")
    assert not any(m.antecedent for m in ex.mentions if m.text in ("Colombia", "R-Texas"))


def test_saint_named_city_in_capitals_is_not_a_person(extract_text):
    ex = extract_text(
        "JUN 7 -- (SAN JUAN, Puerto Rico) - DEA agents arrested five men aboard a fishing vessel."
    )
    assert "SAN JUAN" not in persons(ex)


def test_strike_force_and_state_councilor_are_not_persons(extract_text):
    ex = extract_text(
        "PRC State Councilor and Minister of Public Security Wang Xiaohong met the DEA "
        "Caribbean Corridor Strike Force on Monday."
    )
    assert not any(p in ("Councilor", "Corridor Strike Force") for p in persons(ex))


def test_secretary_of_state_is_a_role_and_the_secretary_its_holder(extract_text):
    ex = extract_text(
        "Secretary of State Antony J. Blinken met today with the Minister of Public "
        "Security. The Secretary stressed the need for continued cooperation."
    )
    by_id = {m.id: m.text for m in ex.mentions}
    assert ("Secretary of State", "Antony J. Blinken") in [
        (r.role, by_id[r.mention]) for r in ex.roles
    ]
    nominal = next(m for m in ex.mentions if m.text == "The Secretary")
    assert by_id[nominal.antecedent] == "Antony J. Blinken"


def test_the_command_is_the_command_named_before(extract_text):
    ex = extract_text(
        "Gen. Joseph Votel, commander of U.S. Central Command, met civilian employees. "
        "Votel said the command must retain the very best people."
    )
    by_id = {m.id: m.text for m in ex.mentions}
    nominal = next(m for m in ex.mentions if m.text == "the command")
    assert by_id[nominal.antecedent] == "U.S. Central Command"


def test_an_unnamed_court_is_not_the_nearest_public_body(extract_text):
    ex = extract_text(
        "The Justice Department announced the sentence. The court ordered him to pay $5 million."
    )
    assert not any(m.text == "The court" and m.antecedent for m in ex.mentions)
