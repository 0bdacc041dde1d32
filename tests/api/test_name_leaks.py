"""Issue 14 #2: every name a restricted user sees comes from mentions they can read.

In tests/api/sample.py the entity ent-yellen is "Janet Yellen" in alpha and only
"Yellen" in beta; bob reads beta only. A beta document added here has a relation and a
quote with Yellen, so each place that shows a name has something to show.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.sample import _mentions
from threadline.model import Document, Extraction, Quote, Relation
from threadline.store import open_store
from threadline.store.documents import save_extraction

Auth = Callable[[str], dict[str, str]]
TEXT = 'Yellen met Guzman in Lyon. Yellen said "sanctions follow."'


@pytest.fixture
def beta_yellen(app_db: dict[str, Any]) -> None:
    doc = Document(text=TEXT, source="beta2.txt", title="Beta two", collection="beta")
    ex = Extraction(doc, _mentions(doc, ["Yellen", "Guzman", "Lyon"]))
    yellen, guzman = ex.mentions[0], ex.mentions[1]
    ex.relations.append(Relation(doc.id, "met", yellen.id, guzman.id, 0, 26, "2020-01-02"))
    start = TEXT.index("sanctions")
    end = TEXT.index('."')
    speaker = ex.mentions[-1]
    ex.quotes.append(Quote(doc.id, start, end, TEXT[start:end], speaker.text, speaker.id))
    with open_store(app_db["path"]) as store:
        save_extraction(store, ex)


def _everything(client: TestClient, headers: dict[str, str]) -> str:
    shown = [
        client.get("/api/entities/ent-yellen", headers=headers).json(),
        client.get("/api/relations", headers=headers).json(),
        client.get("/api/timeline", headers=headers).json(),
        client.get("/api/quotes", headers=headers).json(),
        client.get("/api/graph/neighbours/ent-yellen", headers=headers).json(),
        client.get("/api/graph/neighbours/ent-yellen?co_mentions=true", headers=headers).json(),
        client.get("/api/entities", headers=headers).json(),
    ]
    return json.dumps(shown)


@pytest.mark.usefixtures("beta_yellen")
def test_names_shown_to_a_restricted_user_come_from_readable_mentions(
    client: TestClient, auth: Auth
) -> None:
    seen = _everything(client, auth("bob"))
    assert '"Yellen"' in seen and "Janet" not in seen
    assert "Janet Yellen" in _everything(client, auth("admin"))


@pytest.mark.usefixtures("beta_yellen")
def test_lookups_answer_as_if_unreadable_entities_did_not_exist(
    client: TestClient, auth: Auth
) -> None:
    assert client.get("/api/entities/Janet Yellen", headers=auth("bob")).status_code == 404
    assert client.get("/api/entities/Yellen", headers=auth("bob")).json()["name"] == "Yellen"
    assert client.get("/api/entities?q=Janet", headers=auth("bob")).json() == []
    assert client.get("/api/entities?q=Yell", headers=auth("bob")).json()[0]["name"] == "Yellen"
    assert client.get("/api/entities/Joaquin Guzman", headers=auth("val")).status_code == 404
    assert client.get("/api/entities/ent-guzman", headers=auth("val")).status_code == 404
    assert client.get("/api/entities/Janet Yellen", headers=auth("admin")).status_code == 200


def test_path_evidence_is_cut_after_the_collection_filter(
    client: TestClient, auth: Auth, app_db: dict[str, Any]
) -> None:
    text = "Yellen met Interpol. Yellen met Interpol again. Yellen met Interpol once more."
    doc = Document(text=text, source="beta3.txt", title="Beta three", collection="beta")
    ex = Extraction(doc, _mentions(doc, ["Yellen", "Interpol"]))
    for pair in range(3):  # dated before alpha's meeting, so they sort first
        a, b = ex.mentions[2 * pair], ex.mentions[2 * pair + 1]
        ex.relations.append(Relation(doc.id, "met", a.id, b.id, a.start, b.end, "2000-01-01"))
    with open_store(app_db["path"]) as store:
        save_extraction(store, ex)
    path = "/api/graph/path?source=ent-yellen&target=ent-interpol"
    (hop,) = client.get(path, headers=auth("ana")).json()
    assert [e["document"] for e in hop["evidence"]] == [app_db["alpha"]]
