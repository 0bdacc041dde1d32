"""Dates of relations: absolute ones from the text, relative ones against the document date."""

from __future__ import annotations

from threadline.extract.relations.dates import resolve_date


def test_absolute_dates_keep_their_precision():
    assert resolve_date("12 March 2019", None) == ("2019-03-12", "text")
    assert resolve_date("March 12, 2019", None) == ("2019-03-12", "text")
    assert resolve_date("March 2019", None) == ("2019-03", "text")
    assert resolve_date("2003", None) == ("2003", "text")


def test_weekday_is_the_latest_on_or_before_the_document_date():
    # 2019-03-15 is a Friday
    assert resolve_date("Thursday", "2019-03-15") == ("2019-03-14", "relative")
    assert resolve_date("Friday", "2019-03-15") == ("2019-03-15", "relative")
    assert resolve_date("last Friday", "2019-03-15") == ("2019-03-08", "relative")


def test_relative_phrases():
    assert resolve_date("yesterday", "2019-03-01") == ("2019-02-28", "relative")
    assert resolve_date("last year", "2019-03-15") == ("2018", "relative")
    assert resolve_date("next year", "2019-03-15") == ("2020", "relative")
    assert resolve_date("last month", "2019-01-15") == ("2018-12", "relative")
    assert resolve_date("three days ago", "2019-03-15") == ("2019-03-12", "relative")
    assert resolve_date("in November", "2019-03-15") == ("2018-11", "relative")


def test_relative_without_document_date_is_unknown():
    assert resolve_date("on Thursday", None) == (None, None)
    assert resolve_date("the past few weeks", "2019-03-15")[1] == "relative"


def test_durations_are_not_dates():
    assert resolve_date("two years", "2019-03-15") == (None, None)
    assert resolve_date("this year", "2019-03-15") == ("2019", "relative")
