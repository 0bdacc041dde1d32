"""The two sides of a comparison: a query (what the user typed or the text named) and a
listed entry, both reduced to what the features look at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from threadline.matching.names import NameComparison, compare_forms
from threadline.matching.normalize import NameForm

PERSON = "Person"
ORGANIZATIONS = frozenset({"Organization", "Company", "PublicBody"})
OBJECTS = frozenset({"Vessel", "Airplane", "Vehicle"})


@dataclass(frozen=True)
class Subject:
    """A person, organization or object with names and optional secondary evidence."""

    schema: str | None
    names: tuple[NameForm, ...]
    weak_names: tuple[NameForm, ...] = ()
    birth_dates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    id: str | None = None
    list: str | None = None
    caption: str | None = None


@dataclass(slots=True)
class Pair:
    """A query and a candidate entry, with the name alignments computed once and shared."""

    query: Subject
    entry: Subject
    #: Share of listed names containing each token (from the loaded lists), if known.
    frequencies: dict[str, float] | None = None
    list_size: int = 0
    #: Whether features should write their details (skipped when only scores are needed).
    explain: bool = True
    #: How two name forms are aligned and scored (the algorithm's name comparison).
    compare: Callable[[NameForm, NameForm], NameComparison] = compare_forms

    #: The best alignment of the query's names with the entry's names, and with the
    #: entry's weak aliases (None: nothing to compare); every feature starts from them.
    best_name: NameComparison | None = field(init=False, repr=False, compare=False)
    best_weak_name: NameComparison | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names, weak = self.query.names, self.entry.weak_names
        self.best_name = _best(names, self.entry.names, self.compare)
        self.best_weak_name = _best(names, weak, self.compare) if weak else None


def _best(
    queries: tuple[NameForm, ...],
    results: tuple[NameForm, ...],
    compare: Callable[[NameForm, NameForm], NameComparison],
) -> NameComparison | None:
    if len(results) == 1 and len(queries) == 1:
        return compare(queries[0], results[0])
    if not results:
        return None
    best: NameComparison | None = None
    for query in queries:
        for result in results:
            comparison = compare(query, result)
            if best is None or comparison.score > best.score:
                best = comparison
                if comparison.score >= 1.0:
                    return best
    return best


def schemata_compatible(left: str | None, right: str | None) -> bool:
    """Whether two schemata can describe the same thing (a Person is never a Vessel)."""
    if left is None or right is None or left == right:
        return True
    if "LegalEntity" in (left, right):
        other = right if left == "LegalEntity" else left
        return other == PERSON or other in ORGANIZATIONS
    if left in ORGANIZATIONS and right in ORGANIZATIONS:
        return True
    return left in OBJECTS and right in OBJECTS
