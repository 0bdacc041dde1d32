from __future__ import annotations

import pytest

from threadline.model import Document, Extraction
from threadline.store import Store
from threadline.store.documents import save_extraction
from threadline.store.search import MAX_PREFIX_WORDS, fts_query, search, search_expression
from threadline.store.totals import count_search

HOSTILE = [
    '"unbalanced',
    "(((",
    "cartel)",
    "AND",
    "OR OR NOT",
    "*",
    "cart*",
    "NEAR(cartel bout, 3)",
    "title:cartel",
    "^cartel",
    "'; DROP TABLE documents; --",
    "\x00\x01\x02",
    "a" * 10_000,
    "",
    "   ",
    "💣 cartel",
    "-cartel",
    "cartel AND",
    '"" "" ""',
]


def _add(store: Store, text: str, title: str = "t", collection: str = "default") -> str:
    doc = Document(text=text, source="mem", title=title, collection=collection)
    save_extraction(store, Extraction(document=doc))
    return doc.id


def test_search_finds_words_with_snippet(store: Store) -> None:
    doc_id = _add(store, "The Sinaloa cartel laundered money through shell companies.")
    _add(store, "Nothing relevant here.")
    _add(store, "Another unrelated text.")
    hits = search(store, "cartel money")
    assert [h["document"] for h in hits] == [doc_id]
    assert "[cartel]" in hits[0]["snippet"]
    assert hits[0]["score"] > 0


def test_search_supports_phrases_prefixes_and_operators(store: Store) -> None:
    a = _add(store, "Viktor Bout was extradited to the United States.")
    b = _add(store, "Bout denied the charges; extradition hearings continued.")
    assert {h["document"] for h in search(store, "extradit*")} == {a, b}
    assert [h["document"] for h in search(store, '"Viktor Bout"')] == [a]
    assert {h["document"] for h in search(store, "denied OR Viktor")} == {a, b}


def test_prefix_search_matches_word_starts_on_both_backends(store: Store) -> None:
    a = _add(store, "The suspects laundered money through a casino.")
    b = _add(store, "A laundering network was dismantled in Lyon.")
    c = _add(store, "Police searched a laundromat near the port.")
    _add(store, "Nothing about money here.")
    assert {h["document"] for h in search(store, "laund*")} == {a, b, c}
    assert {h["document"] for h in search(store, "launder*")} == {a, b}
    assert {h["document"] for h in search(store, "laund* NOT casino")} == {b, c}
    assert {h["document"] for h in search(store, "casino OR laundromat*")} == {a, c}
    assert search(store, "laund") == []


@pytest.mark.parametrize("query", HOSTILE)
def test_search_never_crashes_on_hostile_queries(store: Store, query: str) -> None:
    _add(store, "The cartel moved cocaine through Rotterdam.")
    results = search(store, query)
    assert isinstance(results, list)


def test_search_ignores_diacritics(store: Store) -> None:
    doc_id = _add(store, "Joaquín Guzmán was sentenced in Brooklyn.")
    assert [h["document"] for h in search(store, "Guzman")] == [doc_id]


def test_search_respects_collections(store: Store) -> None:
    _add(store, "cartel finance report", collection="secret")
    visible = _add(store, "cartel news", collection="public")
    assert [h["document"] for h in search(store, "cartel", collections=["public"])] == [visible]
    assert search(store, "cartel", collections=[]) == []


def test_fts_query_drops_syntax_and_keeps_meaning() -> None:
    assert fts_query('cartel AND "money laundering" extradit* (') == (
        '"cartel" AND "money laundering" "extradit"*'
    )
    assert fts_query("((( ))) ***") == ""


def test_search_snippet_escapes_literal_brackets(store: Store) -> None:
    _add(store, "The cartel [sic] paid a broker ] and a lawyer \\ in cash.")
    (hit,) = search(store, "cartel")
    assert hit["snippet"].startswith("The [cartel] \\[sic\\] paid a broker \\] and a lawyer \\\\")


def test_search_language_differences_are_those_docs_scale_md_gives(store: Store) -> None:
    _add(store, "Two brokers were extradited for laundering money.")
    found = {q: bool(search(store, q)) for q in ("extradit*", "laund*", "broker", "the")}
    if store.backend == "postgresql":  # English stems and prefixes, no stop words
        assert found == {"extradit*": True, "laund*": True, "broker": True, "the": False}
    else:
        assert found == {"extradit*": True, "laund*": True, "broker": False, "the": False}


def test_long_prefixes_become_their_words_and_short_ones_stay_prefixes(store: Store) -> None:
    a = _add(store, "They laundered cash.", collection="a")
    b = _add(store, "A laundering ring.", collection="b")
    words = " ".join(f"laundry{n}x" for n in range(MAX_PREFIX_WORDS + 1))
    c = _add(store, f"Lists: {words}.", collection="a")
    if store.backend == "sqlite":
        assert search_expression(store, "launder*") == '("laundered" OR "laundering")'
        assert search_expression(store, "la*") == '"la"*'  # the prefix index reads it
        assert search_expression(store, "laundr*") == '"laundr"*'  # too many words
        assert search_expression(store, "zzzz*") == '"zzzz"*'  # no word: stays as it is
    assert {h["document"] for h in search(store, "launder*")} == {a, b}
    assert {h["document"] for h in search(store, "laundr*")} == {c}
    assert [h["document"] for h in search(store, "launder*", collections=["b"])] == [b]
    assert count_search(store, "launder*", ["b"]) == 1
    assert count_search(store, "launder* OR laundr*", None) == 3
    assert count_search(store, "la*", ["a"]) == 2
