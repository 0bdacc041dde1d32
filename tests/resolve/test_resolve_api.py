"""The public surface of resolve, which the pipeline and the store code against."""

from __future__ import annotations

import inspect

from hypothesis import given, settings
from hypothesis import strategies as st

import threadline.resolve as resolve
from threadline.resolve import better_name, entity_key


def test_public_api_is_what_all_lists() -> None:
    assert sorted(resolve.__all__) == [
        "RESOLVER_VERSION",
        "better_name",
        "entity_id",
        "entity_key",
        "link_surnames",
        "prepare",
        "resolve_extraction",
    ]
    assert list(inspect.signature(resolve.entity_key).parameters) == ["type_", "name"]
    assert list(inspect.signature(resolve.resolve_extraction).parameters) == ["extraction"]


names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


# The first call loads transliteration and territory tables: no per-example deadline.
@settings(deadline=None, max_examples=200)
@given(names, names)
def test_better_name_is_one_of_its_arguments_whatever_their_order(a: str, b: str) -> None:
    assert better_name(a, b) == better_name(b, a)
    assert better_name(a, b) in (a, b)


@settings(deadline=None, max_examples=200)
@given(names, st.sampled_from(["Person", "Organization", "Location", "Date", "Money", "Law"]))
def test_key_never_fails_and_is_prefixed_by_its_group(name: str, type_: str) -> None:
    key = entity_key(type_, name)
    assert key.split(":", 1)[0] in {"person", "org", "location", "date", "money", "law"}
