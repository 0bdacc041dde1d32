"""The features of the matcher: small pure functions of a :class:`Pair`.

Each returns ``(score, detail)``: a score in 0–1 and one line saying what it saw. Its
docstring is the explanation shown to users, so it is written for them.
"""

from __future__ import annotations

import math

from threadline.matching.subject import Pair, schemata_compatible

Outcome = tuple[float, str]


def name_match(pair: Pair) -> Outcome:
    """How closely the best of the query's names matches the best of the entry's names,
    token by token in any order: exact tokens, initials, spelling variants, sound-alikes
    and transliterations from other scripts count; titles and legal forms are ignored."""
    best = pair.best_name
    if best is None:
        return 0.0, "no comparable names"
    return best.score, best.detail() if pair.explain else ""


def weak_alias_match(pair: Pair) -> Outcome:
    """Like the name match, but against aliases the list itself calls weak or of low
    quality (nicknames, noms de guerre), so it counts for less."""
    full = pair.best_name
    if full is not None and full.score >= 0.8:
        return 0.0, "the entry's full names match better"
    best = pair.best_weak_name
    if best is None:
        return 0.0, "the entry has no weak aliases"
    return best.score, best.detail() if pair.explain else ""


def schema_mismatch(pair: Pair) -> Outcome:
    """The query and the entry are different kinds of thing (a person is never a vessel
    or a company), so they cannot be the same, whatever their names."""
    if schemata_compatible(pair.query.schema, pair.entry.schema):
        if not pair.explain:
            return 0.0, ""
        return 0.0, f"{pair.query.schema or 'any'} may be a {pair.entry.schema}"
    return 1.0, f"{pair.query.schema} cannot be a {pair.entry.schema}"


def common_name(pair: Pair) -> Outcome:
    """The matching name is common among listed names (like "Mohammed Ali"), so sharing
    it is weak evidence that the two are the same."""
    best = pair.best_name
    if best is None or not pair.frequencies or not best.pairs:
        return 0.0, "no name frequencies known" if not pair.frequencies else "no name match"
    shares = [pair.frequencies.get(listed, 0.0) for _, listed, _ in best.pairs]
    expected = pair.list_size * math.prod(shares)
    score = min(1.0, expected / 10.0)
    if not pair.explain:
        return score, ""
    common = ", ".join(f"{b} ({s:.2%})" for (_, b, _), s in zip(best.pairs, shares, strict=True))
    return score, f"about {expected:.1f} listed names share these tokens: {common}"


def _years(dates: tuple[str, ...]) -> set[str]:
    return {d[:4] for d in dates}


def birth_date_match(pair: Pair) -> Outcome:
    """The query's date of birth is the same full date as one given by the list."""
    if not pair.query.birth_dates or not pair.entry.birth_dates:
        return 0.0, "birth date not known on both sides"
    full = {d for d in pair.query.birth_dates if len(d) == 10}
    same = full & set(pair.entry.birth_dates)
    return (1.0, f"born {min(same)}") if same else (0.0, "no shared full birth date")


def birth_year_mismatch(pair: Pair) -> Outcome:
    """The birth years differ by more than a year from every one the list gives: likely
    a different person of the same name."""
    if not pair.query.birth_dates or not pair.entry.birth_dates:
        return 0.0, "birth year not known on both sides"
    query, entry = _years(pair.query.birth_dates), _years(pair.entry.birth_dates)
    if not query or not entry:
        return 0.0, "birth year not known on both sides"
    close = any(
        abs(int(q) - int(e)) <= 1 for q in query for e in entry if q.isdigit() and e.isdigit()
    )
    if close:
        return 0.0, "birth years agree"
    return 1.0, f"born {', '.join(sorted(query))}, listed {', '.join(sorted(entry))}"


def birth_day_mismatch(pair: Pair) -> Outcome:
    """Both sides give full dates of birth in the same year, but none agree."""
    if not pair.query.birth_dates or not pair.entry.birth_dates:
        return 0.0, "no conflicting full birth dates"
    query = {d for d in pair.query.birth_dates if len(d) == 10}
    entry = {d for d in pair.entry.birth_dates if len(d) == 10}
    if not query or not entry or query & entry or not (_years(tuple(query)) & _years(tuple(entry))):
        return 0.0, "no conflicting full birth dates"
    return 1.0, f"born {', '.join(sorted(query))}, listed {', '.join(sorted(entry))}"


def country_match(pair: Pair) -> Outcome:
    """The query's country is one of the entry's nationalities or countries."""
    if not pair.query.countries or not pair.entry.countries:
        return 0.0, "country not known on both sides"
    shared = set(pair.query.countries) & set(pair.entry.countries)
    return (
        (1.0, f"both linked to {', '.join(sorted(shared))}")
        if shared
        else (0.0, "no shared country")
    )


def country_mismatch(pair: Pair) -> Outcome:
    """The query's country is none of the countries the list links the entry to."""
    if not pair.query.countries or not pair.entry.countries:
        return 0.0, "country not known on both sides"
    if set(pair.query.countries) & set(pair.entry.countries):
        return 0.0, "countries agree"
    query, entry = ", ".join(pair.query.countries), ", ".join(pair.entry.countries)
    return 1.0, f"query {query}, listed {entry}"
