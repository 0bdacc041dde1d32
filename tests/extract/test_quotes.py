from __future__ import annotations


def quotes_of(extraction):
    text = extraction.document.text
    by_id = {m.id: m for m in extraction.mentions}
    out = []
    for q in extraction.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_mention is not None:
            assert by_id[q.speaker_mention].text == q.speaker
        out.append((q.text, q.speaker))
    return out


def test_quote_then_said_name(extract_text):
    ex = extract_text('"We will dismantle this network," said Treasury Secretary Janet Yellen.')
    assert quotes_of(ex) == [("We will dismantle this network", "Janet Yellen")]


def test_quote_then_name_said(extract_text):
    ex = extract_text('"The cartel is weakened," Christopher Wray told reporters on Monday.')
    assert quotes_of(ex) == [("The cartel is weakened", "Christopher Wray")]


def test_name_said_colon_quote(extract_text):
    ex = extract_text("Janet Yellen said: \u201cThis is a landmark day for the fight.\u201d")
    assert quotes_of(ex) == [("This is a landmark day for the fight.", "Janet Yellen")]


def test_pronoun_speaker_is_the_previous_person(extract_text):
    ex = extract_text(
        "Prosecutors charged Joaquín Guzmán in 2009. Judge Brian Cogan read the verdict.\n\n"
        '"The evidence is overwhelming," he said.'
    )
    assert quotes_of(ex) == [("The evidence is overwhelming", "Brian Cogan")]
    quote = ex.quotes[0]
    speaker = next(m for m in ex.mentions if m.id == quote.speaker_mention)
    assert speaker.type == "Person"


def test_pronoun_skips_persons_named_inside_quotes(extract_text):
    ex = extract_text('Janet Yellen spoke next. "Guzmán was a danger to us all," she said.')
    assert quotes_of(ex) == [("Guzmán was a danger to us all", "Janet Yellen")]


def test_quote_continued_in_next_paragraph_keeps_its_speaker(extract_text):
    ex = extract_text(
        'Christopher Wray said: "The network moved tons of cocaine through the port.\n\n'
        '"We seized its accounts in three countries."'
    )
    assert [s for _, s in quotes_of(ex)] == ["Christopher Wray", "Christopher Wray"]


def test_according_to_organisation(extract_text):
    ex = extract_text('According to Interpol, "the suspects used forged passports to travel."')
    assert quotes_of(ex) == [("the suspects used forged passports to travel.", "Interpol")]


def test_scare_quotes_are_not_quotations(extract_text):
    ex = extract_text('The group ran a so-called "caliphate" in the region for years.')
    assert ex.quotes == []


def test_name_said_comma_quote(extract_text):
    ex = extract_text('Attorney General Merrick Garland said, "Today\'s charges show our resolve."')
    assert quotes_of(ex) == [("Today's charges show our resolve.", "Merrick Garland")]


def test_unnamed_speaker_leaves_speaker_empty(extract_text):
    ex = extract_text('"This is not over, not by a long way," the spokesman said.')
    assert quotes_of(ex) == [("This is not over, not by a long way", None)]


def test_second_quote_in_paragraph_continues_the_speaker(extract_text):
    ex = extract_text(
        '"We followed the money across five countries," said Christopher Wray. '
        '"And we will keep following it."'
    )
    assert [s for _, s in quotes_of(ex)] == ["Christopher Wray", "Christopher Wray"]


def test_rank_with_full_stop_does_not_end_the_attribution(extract_text):
    ex = extract_text('"We will find them," said Spc. Lorraine Walsh, an artillery crewmember.')
    assert quotes_of(ex) == [("We will find them", "Lorraine Walsh")]


def test_the_office_stands_for_its_holder(extract_text):
    ex = extract_text(
        "Defense Secretary Ash Carter visited the base.\n\n"
        '"This attack only redoubles our resolve," the secretary said in a statement.'
    )
    assert quotes_of(ex) == [("This attack only redoubles our resolve", "Ash Carter")]


def test_statement_introduced_by_a_line_ending_in_a_colon(extract_text):
    ex = extract_text(
        "Gen. Joseph Votel released the following statement today:\n\n"
        '"We mourn the loss of one of our own."'
    )
    assert quotes_of(ex) == [("We mourn the loss of one of our own.", "Joseph Votel")]


def test_long_apposition_before_speech_verb(extract_text):
    ex = extract_text(
        '"The campaign is going well," Army Lt. Gen. Stephen J. Townsend, commander of '
        "Combined Joint Task Force - Operation Inherent Resolve, said in the release."
    )
    assert quotes_of(ex) == [("The campaign is going well", "Stephen J. Townsend")]
