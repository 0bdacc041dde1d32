from __future__ import annotations

from pathlib import Path

import pytest

from threadline.errors import ScreenError
from threadline.screen import load_list, screen_name
from threadline.screen.loading import INDEX_VERSION
from threadline.store import Store
from threadline.store.screening import hits_for_entity, list_lists


def test_loaded_lists_are_listed_with_version_and_count(loaded: Store) -> None:
    rows = {row["name"]: row for row in list_lists(loaded)}
    assert rows["us-ofac-sdn"]["entries"] == 19
    assert rows["un-sc-consolidated"]["version"] == "2026-02-27"
    assert rows["un-sc-consolidated"]["algorithm"] == INDEX_VERSION


def test_reloading_a_list_replaces_the_previous_version(loaded: Store, tmp_path: Path) -> None:
    folder = tmp_path / "ofac"
    folder.mkdir()
    (folder / "sdn.csv").write_text(
        '9,"NEWNAME TRADING LLC",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n',
        encoding="utf-8",
    )
    load_list(loaded, folder)
    rows = {row["name"]: row for row in list_lists(loaded)}
    assert rows["us-ofac-sdn"]["entries"] == 1
    assert screen_name(loaded, "Banco Nacional de Cuba")["results"] == []
    assert screen_name(loaded, "Newname Trading")["results"][0]["id"] == "ofac-9"


def test_malformed_reload_leaves_the_previous_version_intact(loaded: Store, tmp_path: Path) -> None:
    bad = tmp_path / "sdn.csv"
    bad.write_text("1,only three,columns\n", encoding="utf-8")
    with pytest.raises(ScreenError):
        load_list(loaded, bad, "ofac-csv")
    rows = {row["name"]: row for row in list_lists(loaded)}
    assert rows["us-ofac-sdn"]["entries"] == 19
    assert screen_name(loaded, "Banco Nacional de Cuba")["results"][0]["match"]


def test_screening_without_lists_says_to_load_one(store: Store) -> None:
    with pytest.raises(ScreenError, match="lists load"):
        screen_name(store, "Saddam Hussein")


def test_hits_for_an_unscreened_entity_are_empty(store: Store) -> None:
    assert hits_for_entity(store, "ent-unknown") == []


def test_hits_stored_under_an_earlier_algorithm_stay_readable_and_reproducible(
    loaded: Store,
) -> None:
    # Results carry the algorithm that scored them: hits stored under tl-name-v2 (before
    # v2.1 became the default) read back under that name, and v2 still gives their score.
    from threadline.store.screening import replace_hits

    earlier = screen_name(loaded, "Banco Nacional de Cuba", algorithm="tl-name-v2")
    replace_hits(loaded, "ent-earlier", earlier["results"][:1], "tl-name-v2")
    stored = hits_for_entity(loaded, "ent-earlier")
    assert [hit["algorithm"] for hit in stored] == ["tl-name-v2"]
    again = screen_name(loaded, "Banco Nacional de Cuba", algorithm=stored[0]["algorithm"])
    assert again["results"][0]["score"] == stored[0]["score"]
    assert screen_name(loaded, "Banco Nacional de Cuba")["algorithm"] == "tl-name-v2.1"
