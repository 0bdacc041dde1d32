from __future__ import annotations


def names(extraction, type_=None):
    return [m.text for m in extraction.mentions if type_ is None or m.type == type_]


def test_dates_and_money_are_mentions(extract_text):
    ex = extract_text("On March 3, 2021, the cartel paid $5 million to the officials.")
    assert any("March 3, 2021" in d for d in names(ex, "Date"))
    assert "$5 million" in names(ex, "Money")


def test_phrase_without_calendar_cue_is_not_a_date(extract_text):
    ex = extract_text("Prosecutors called it a landmark day for the fight against corruption.")
    assert names(ex, "Date") == []


def test_nationality_is_not_a_mention(extract_text):
    ex = extract_text("Mexican and Colombian traffickers shared the route.")
    assert names(ex) == []
