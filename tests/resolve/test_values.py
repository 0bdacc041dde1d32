from __future__ import annotations

from threadline.resolve.values import date_value, money_value


def test_day_month_year_forms() -> None:
    assert date_value("12 March 2019") == "2019-03-12"
    assert date_value("March 12th, 2019") == "2019-03-12"
    assert date_value("Jan. 5, 2020") == "2020-01-05"
    assert date_value("2019-03-12") == "2019-03-12"


def test_date_keeps_the_precision_of_the_words() -> None:
    assert date_value("March 2019") == "2019-03"
    assert date_value("in 2019") == "2019"


def test_relative_dates_have_no_value() -> None:
    for words in ("Thursday", "last year", "March", "the 1990s", "three days ago"):
        assert date_value(words) is None, words


def test_impossible_date_has_no_value() -> None:
    assert date_value("31 February 2019") is None


def test_money_with_symbol_and_scale() -> None:
    assert money_value("$2 million") == "2000000 USD"
    assert money_value("US$2m") == "2000000 USD"
    assert money_value("€5.3 billion") == "5300000000 EUR"
    assert money_value("£1bn") == "1000000000 GBP"


def test_money_with_currency_word() -> None:
    assert money_value("2,000,000 dollars") == "2000000 USD"
    assert money_value("500,000 euros") == "500000 EUR"


def test_money_without_number_or_currency_has_no_value() -> None:
    assert money_value("a large sum") is None
    assert money_value("2 million") is None


def test_span_of_years_has_no_value() -> None:
    assert date_value("1977-1979") is None


def test_span_of_days_keeps_the_month() -> None:
    assert date_value("October 25-26, 2016") == "2016-10"
