"""Quote speakers, second round: statements without quotation marks, speakers after the
quotation, pronouns and offices through coreference, "according to", continued quotes.

Sentences are rewritten from re3d and press-release shapes, with other names.
"""

from __future__ import annotations

from threadline.extract.statements import is_heading, statement_segments


def quotes_of(extraction):
    return [(q.text, q.speaker) for q in extraction.quotes]


def first_person_links(extraction):
    by_id = {m.id: m for m in extraction.mentions}
    return [
        (m.text, by_id[m.antecedent].text)
        for m in extraction.mentions
        if m.kind == "pronoun" and m.antecedent and m.text.lower() in ("i", "my", "me")
    ]


STATEMENT = (
    "Minister visits Baghdad\n\n"
    "Foreign Office Minister, Andrew Morrow, said:\n\n"
    "I am appalled by the attack on a market in Baghdad. My thoughts are with the families.\n\n"
    "We will continue to support the Government of Iraq.\n\n"
    "Further information\n\n"
    "Follow the Foreign Office on social media.\n"
)


def test_statement_paragraphs_after_said_colon_are_quotations():
    text = STATEMENT
    segments = statement_segments(text, first_group=0)
    assert [text[s.start : s.end][:12] for s in segments] == ["I am appalle", "We will cont"]
    assert {s.group for s in segments} == {0}


def test_heading_ends_a_statement():
    assert is_heading("Further information")
    assert not is_heading("We will continue to support the Government of Iraq.")


def test_statement_speaker_is_on_the_introducing_line(extract_text):
    ex = extract_text(STATEMENT)
    speakers = {s for _, s in quotes_of(ex)}
    assert speakers == {"Andrew Morrow"}
    assert len(ex.quotes) == 2


def test_first_person_in_a_statement_is_its_speaker(extract_text):
    ex = extract_text(STATEMENT)
    assert ("I", "Andrew Morrow") in first_person_links(ex)
    assert ("My", "Andrew Morrow") in first_person_links(ex)


def test_marked_quotation_after_colon_is_not_doubled(extract_text):
    ex = extract_text('Gen. Joseph Votel said:\n\n"We mourn the loss of one of our own."')
    assert quotes_of(ex) == [("We mourn the loss of one of our own.", "Joseph Votel")]


def test_speaker_named_after_the_quote_with_unknown_surname(extract_text):
    ex = extract_text(
        "“We always look to build greater relationships with our partners,” said "
        "Rusnak. “The exercise went well.”"
    )
    assert [s for _, s in quotes_of(ex)] == ["Rusnak", "Rusnak"]


def test_nickname_in_a_name_is_not_a_quotation_and_the_title_is_not_the_name(extract_text):
    ex = extract_text(
        "“We will not allow them to keep these weapons,” said Col. John “J.D.” Dorrian, "
        "the spokesperson. “We will strike again.”"
    )
    assert [s for _, s in quotes_of(ex)] == ["John “J.D.” Dorrian"] * 2


def test_statement_quoted_paragraph_by_paragraph_keeps_its_speaker(extract_text):
    ex = extract_text(
        "Gen. Joseph Kastel released the following statement today:\n\n"
        '"We mourn the loss of one of our own, a sailor who served with honour."\n\n'
        '"His selfless service was in keeping with the highest traditions of the Navy."\n\n'
        "The Department of Defense will release further details."
    )
    assert [s for _, s in quotes_of(ex)] == ["Joseph Kastel", "Joseph Kastel"]


def test_quote_after_a_narrative_paragraph_gets_no_inherited_speaker(extract_text):
    ex = extract_text(
        '"We mourn the loss of one of our own," said Gen. Joseph Kastel.\n\n'
        "Support from the reserve component is vital, according to wing leadership.\n\n"
        '"I am convinced tankers are the key to global reach and power."'
    )
    assert [s for _, s in quotes_of(ex)] == ["Joseph Kastel", None]


def test_role_nominal_after_the_quote_is_its_holder(extract_text):
    ex = extract_text(
        "Interior Minister Rafael Quintero visited the port on Monday.\n\n"
        '"We will dismantle these networks," the minister said.'
    )
    assert quotes_of(ex) == [("We will dismantle these networks", "Rafael Quintero")]


def test_pronoun_speaker_agrees_in_gender(extract_text):
    ex = extract_text(
        "Prosecutor Maria Lopez met the judge on Monday. Her colleague, Jorge Salas, was "
        'absent.\n\n"We expect a verdict soon," she said.'
    )
    assert quotes_of(ex) == [("We expect a verdict soon", "Maria Lopez")]


def test_nested_quotation_keeps_the_outer_speaker(extract_text):
    ex = extract_text(
        "\"The suspect told us 'I never sold weapons,' but the evidence says otherwise,\" "
        "said Detective Omar Haddad."
    )
    assert [s for _, s in quotes_of(ex)] == ["Omar Haddad"]


def test_speaker_with_title_tagged_as_organisation_after_the_quote(extract_text):
    ex = extract_text(
        "The charges were announced by Acting Administrator Uttam Rahal on Tuesday.\n\n"
        '"These defendants flooded our streets with fentanyl," Rahal said.'
    )
    assert quotes_of(ex) == [("These defendants flooded our streets with fentanyl", "Rahal")]


TRANSCRIPT = (
    "DEPUTY ATTORNEY GENERAL PAUL J. MCNALLY:  Hi everyone.  Good afternoon.\n\n"
    "We are taking this unusual step of having a conference call with myself and the "
    "administrator.\n\n"
    "I know that you all have followed this closely.\n\n"
    "ADMINISTRATOR KAREN TANNER:  Thank you, Paul.\n"
)


def test_transcript_turns_are_quotations_of_the_labelled_speaker():
    segments = statement_segments(TRANSCRIPT, first_group=0)
    starts = [TRANSCRIPT[s.start : s.start + 9] for s in segments]
    assert starts == ["Hi everyo", "We are ta", "I know th", "Thank you"]
    assert [s.group for s in segments] == [0, 0, 0, 1]


def test_first_person_in_a_transcript_turn_is_its_speaker(extract_text):
    ex = extract_text(TRANSCRIPT)
    links = {
        (m.text, next(n.text for n in ex.mentions if n.id == m.antecedent))
        for m in ex.mentions
        if m.kind == "pronoun" and m.text in ("I", "myself")
    }
    assert links == {("I", "PAUL J. MCNALLY"), ("myself", "PAUL J. MCNALLY")}


def test_dateline_is_not_a_speaker_label(extract_text):
    ex = extract_text(
        "NEW YORK: The United States blacklisted three men on Tuesday for smuggling arms "
        "across the border."
    )
    assert ex.quotes == []


def test_quote_after_a_paraphrase_is_the_paraphrased_speakers(extract_text):
    ex = extract_text(
        "Attorney General Merrick Garland said the arrests were a milestone for both "
        "countries.\n\n"
        '"We will not rest until every member of this network faces justice."'
    )
    assert [s for _, s in quotes_of(ex)] == ["Merrick Garland"]


def test_a_body_s_spokesman_speaks_not_the_body(extract_text):
    text = (
        "Maria Lopez\nA Home Office spokeswoman said: “The Home Secretary met Chilean "
        "Interior Minister Carlos Rojas today.”"
    )
    speakers = [speaker for _, speaker in quotes_of(extract_text(text))]
    assert speakers == ["Home Office spokeswoman"]
