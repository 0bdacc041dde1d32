"""How the rules' proposals combine: order of trust, chains, circles."""

from __future__ import annotations

from threadline.resolve.links import Link, combine


def link(alias: str, entity: str, rule: str) -> Link:
    return Link(alias, alias, "Person", entity, rule)


def test_the_first_rule_wins_for_one_entity() -> None:
    wanted = combine({"a": link("a", "x", "alias-v1")}, {"a": link("a", "y", "match-v1")})
    assert wanted["a"].entity == "x" and wanted["a"].rule == "alias-v1"


def test_chains_end_at_the_last_entity_and_circles_are_dropped() -> None:
    wanted = combine({"a": link("a", "b", "alias-v1")}, {"b": link("b", "c", "match-v1")})
    assert wanted["a"].entity == "c" and wanted["b"].entity == "c"
    assert combine({"a": link("a", "b", "r"), "b": link("b", "a", "r")}) == {}
