"""Events and coreference mentions on the entity and timeline pages, for readers of each
collection (the arrest story is in alpha, the treaty story in beta)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.store.events_sample import add_events
from threadline.store import open_store

Login = Callable[[str], TestClient]


@pytest.fixture
def events_login(app_db: dict[str, Any], login: Login) -> Login:
    with open_store(app_db["path"]) as store:
        add_events(store)
    return login


def test_entity_page_shows_events_with_trigger_marked(events_login: Login) -> None:
    page = events_login("val").get("/entities/ent-ovidio")
    assert page.status_code == 200
    html = page.text
    assert 'id="h-events"' in html
    # The trigger is marked inside its evidence sentence, which links to the document.
    assert "Mexican marines <mark>arrested</mark> Ovidio Guzman in Culiacan" in html
    assert re.search(r'href="/documents/doc-[0-9a-f]+\?hl=16-24#hl"', html)
    assert '<a href="/entities/ent-marines">Mexican marines</a>' in html
    assert '<a href="/entities/ent-culiacan">Culiacan</a>' in html
    assert '<time class="meta" datetime="2023-01-05">2023-01-05</time>' in html
    assert "extradition" in html and ">occurred<" in html
    # The extradition's target is written "He": labelled in words, not only by colour.
    assert "(pronoun “He”)" in html


def test_entity_page_labels_pronoun_and_nominal_mentions_with_their_rule(
    events_login: Login,
) -> None:
    ovidio = events_login("admin").get("/entities/ent-ovidio").text
    assert "pronoun “He”, linked by coref-pronoun-v1" in ovidio
    ministry = events_login("bob").get("/entities/ent-mfa").text
    assert "nominal “The ministry”, linked by coref-nominal-v1" in ministry
    assert "Also written" not in ministry  # "The ministry" is not an alias


def test_entity_page_hides_events_of_unreadable_collections(events_login: Login) -> None:
    # The United States is in alpha (extradition) and in the sample's beta story.
    us = events_login("bob").get("/entities/ent-us")
    assert us.status_code == 200
    assert 'id="h-events"' not in us.text and "<mark>extradited</mark>" not in us.text
    assert events_login("val").get("/entities/ent-mfa").status_code == 404


def test_timeline_shows_events_with_their_dates(events_login: Login) -> None:
    html = events_login("admin").get("/timeline?entity=ent-ovidio").text
    assert "2 dated events" in html
    assert html.index("2023-01-05") < html.index("2023-09")
    assert "<mark>extradited</mark>" in html
    everything = events_login("admin").get("/timeline?date_from=2024").text
    assert "agreement cancelled" in everything and "<mark>cancelled</mark>" in everything
    assert "arrested" not in everything


def test_timeline_of_a_restricted_reader_has_only_readable_events(events_login: Login) -> None:
    html = events_login("val").get("/timeline").text
    assert "<mark>arrested</mark>" in html
    assert "agreement cancelled" not in html and "Russian Foreign Ministry" not in html


def test_event_markup_has_no_inline_script(events_login: Login) -> None:
    html = events_login("admin").get("/entities/ent-ovidio").text
    assert "<script>" not in html and "onclick" not in html and 'style="' not in html


def test_document_page_says_which_mentions_are_pronouns(events_login: Login) -> None:
    client = events_login("val")
    [doc] = [d for d in client.get("/api/documents").json() if d["title"].startswith("Ovidio")]
    html = client.get(f"/documents/{doc['id']}").text
    assert 'title="Person: He (pronoun, linked by coref-pronoun-v1)"' in html


def test_an_operation_page_shows_the_events_that_are_part_of_it(
    app_db: dict[str, Any], login: Login
) -> None:
    from tests.export.test_ftm_events import operation_extraction
    from threadline.store.documents import save_extraction

    with open_store(app_db["path"]) as store:
        save_extraction(store, operation_extraction())
    client = login("admin")
    html = client.get("/entities/ent-sea-breeze").text
    assert "Italian police <mark>arrested</mark> Ivan Petrov" in html
    assert "part of Operation Sea Breeze" in re.sub(r"\s+", " ", html)
    petrov = client.get("/entities/ent-petrov").text
    assert '<a href="/entities/ent-sea-breeze">Operation Sea Breeze</a>' in petrov
