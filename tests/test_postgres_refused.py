"""PostgreSQL is not supported yet: a postgresql:// URL is refused with a message that says
so and what to do, and no setting or extra claims otherwise."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from threadline.errors import UsageError
from threadline.settings import describe
from threadline.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def test_postgresql_url_is_refused_with_what_to_do() -> None:
    for url in ("postgresql://user@host/db", "postgres://host/db"):
        with pytest.raises(UsageError) as caught:
            open_store(url)
        assert "not supported" in caught.value.message
        assert "file path" in caught.value.message


def test_no_setting_or_extra_claims_postgresql() -> None:
    help_texts = {name: text for name, _env, _default, text in describe()}
    assert "not supported" in help_texts["db"]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert "postgres" not in extras
