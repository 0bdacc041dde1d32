"""An invalid date filter ("last year") is a clear error on every surface, never ignored."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.api.sample import PASSWORD, build
from threadline.app import create_app
from threadline.cli import app
from threadline.datefilter import date_filter
from threadline.errors import UsageError
from threadline.settings import Settings
from threadline.store import open_store


def test_iso_prefixes_are_kept_and_empty_is_no_filter() -> None:
    assert date_filter("2019", "--from") == "2019"
    assert date_filter("2019-03-12", "--to") == "2019-03-12"
    assert date_filter("", "--from") is None and date_filter(None, "--from") is None


@pytest.mark.parametrize("value", ["last year", "2019-02-30", "03/2019", "2019-13"])
def test_invalid_date_filter_names_the_filter_and_the_forms(value: str) -> None:
    with pytest.raises(UsageError) as raised:
        date_filter(value, "--from")
    assert f"--from {value!r} is not a date" in raised.value.message
    assert "YYYY-MM-DD" in raised.value.message


def test_cli_timeline_refuses_an_invalid_date(db_url: str) -> None:
    db = db_url
    with open_store(db) as store:
        build(store)
    result = CliRunner().invoke(app, ["--db", db, "timeline", "--from", "last year"])
    assert result.exit_code == 2
    assert "is not a date" in result.stderr


def test_api_and_web_refuse_an_invalid_date(db_url: str) -> None:
    db = db_url
    with open_store(db) as store:
        info = build(store)
    server = create_app(Settings(db=db, secret_key="test-secret"))
    with TestClient(server) as client:
        header = {"Authorization": f"Bearer {info['tokens']['admin']}"}
        api = client.get(
            "/api/search", params={"q": "Yellen", "date_from": "last year"}, headers=header
        )
        assert api.status_code == 422 and "date_from" in api.text
        page = client.get("/login")
        csrf = page.text.split('name="csrf" value="')[1].split('"')[0]
        form = {"username": "admin", "password": PASSWORD, "csrf": csrf, "next": "/"}
        client.post("/login", data=form)
        for path in ("/search?q=Yellen&date_from=last+year", "/timeline?date_to=last+year"):
            response = client.get(path)
            assert response.status_code == 400
            assert "&#39;last year&#39; is not a date" in response.text
    server.state.store.close()
