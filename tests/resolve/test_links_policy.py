"""How the rules' proposals combine: order of trust, chains, circles."""

from __future__ import annotations

from threadline.resolve.links import Link, alias_links, combine


def link(alias: str, entity: str, rule: str) -> Link:
    return Link(alias, alias, "Person", entity, rule)


def test_the_first_rule_wins_for_one_entity() -> None:
    wanted = combine({"a": link("a", "x", "alias-v1")}, {"a": link("a", "y", "match-v1")})
    assert wanted["a"].entity == "x" and wanted["a"].rule == "alias-v1"


def test_chains_end_at_the_last_entity_and_circles_are_dropped() -> None:
    wanted = combine({"a": link("a", "b", "alias-v1")}, {"b": link("b", "c", "match-v1")})
    assert wanted["a"].entity == "c" and wanted["b"].entity == "c"
    assert combine({"a": link("a", "b", "r"), "b": link("b", "a", "r")}) == {}


NAMES = {"fatf": ("FATF", "PublicBody")}


def test_alias_joins_the_one_entity_it_was_introduced_for_with_the_first_span() -> None:
    intros = [("fatf", "full", "doc-1", 4, 38), ("fatf", "full", "doc-2", 0, 30)]
    [(alias, found)] = alias_links(intros, names=NAMES, fixed=set(), closed=set()).items()
    assert (alias, found.entity, found.rule, found.document, found.start) == (
        "fatf",
        "full",
        "alias-v1",
        "doc-1",
        4,
    )


def test_alias_introduced_for_two_entities_joins_neither() -> None:
    intros = [("fatf", "task-force", "doc-1", 4, 38), ("fatf", "anti-terror", "doc-2", 0, 30)]
    assert alias_links(intros, names=NAMES, fixed=set(), closed=set()) == {}


def test_alias_people_decided_about_or_closed_target_is_not_linked() -> None:
    intros = [("fatf", "full", "doc-1", 4, 38)]
    assert alias_links(intros, names=NAMES, fixed={"fatf"}, closed=set()) == {}
    assert alias_links(intros, names=NAMES, fixed=set(), closed={"full"}) == {}
    assert alias_links(intros, names={}, fixed=set(), closed=set()) == {}
