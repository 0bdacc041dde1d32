"""Issue 11's false screening hits, against the real OFAC and UN lists in ../shared/data
(skipped with a message when absent), screened with the default algorithm (tl-name-v2.1)."""

from __future__ import annotations

from pathlib import Path

from threadline.screen import load_list, screen_name
from threadline.store import Store

#: Names on no list that tl-name-v1 matched (issue 11), with the schema a text gives.
NOT_LISTED = [
    ("Vladimir Putin", "Person"),
    ("Владимир Путин", "Person"),
    ("NATO", "Organization"),
    ("Coalition", "Organization"),
    ("EU", "Organization"),
    ("Senate", "Organization"),
    ("Middle East", "Organization"),
    ("Boris Johnson", "Person"),
    ("Unknown", None),
    # Public figures and words that tl-name-v2 matched (v2.1's second round of rules).
    ("Sheikh Hasina", "Person"),
    ("Mahmoud Abbas", "Person"),
    ("Kais Saied", "Person"),
    ("Mohammed bin Salman", "Person"),
    ("Holding", "Organization"),
    ("Ministry of Defence", "Organization"),
]


def test_issue_examples_match_nothing_on_ofac_and_un(store: Store, shared_data: Path) -> None:
    load_list(store, shared_data / "sanctions" / "ofac-sdn-2019")
    load_list(store, shared_data / "sanctions" / "un" / "UN_consolidated.xml")
    for name, schema in NOT_LISTED:
        results = screen_name(store, name, schema=schema)["results"]
        assert not [r["name"] for r in results if r["match"]], name
    listed = screen_name(store, "Viktor Bout", schema="Person")["results"]
    assert listed and listed[0]["match"] and "BOUT" in listed[0]["name"].upper()


def test_results_show_the_listing(loaded: Store) -> None:
    top = screen_name(loaded, "Banco Nacional de Cuba")["results"][0]
    listing = top["listing"]
    assert listing["list"] == top["list"] and listing["entry_id"] == top["id"]
    assert listing["programs"]
    assert {"birth_dates", "countries", "aliases"} <= set(listing)
