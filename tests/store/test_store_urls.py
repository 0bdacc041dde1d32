"""What ``--db`` accepts: a SQLite path (with or without ``sqlite:///``) or a PostgreSQL URL;
a PostgreSQL server that cannot be reached is one clear error, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from threadline.errors import StoreError
from threadline.store import open_store


def test_sqlite_url_prefix_opens_the_file(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as store:
        assert store.backend == "sqlite"
    assert (tmp_path / "a.db").is_file()


def test_unreachable_postgresql_is_one_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("psycopg", reason="needs the postgres extra")
    with pytest.raises(StoreError) as caught:
        open_store(f"postgresql://nobody@/none?host={tmp_path}&connect_timeout=2")
    assert "cannot connect to PostgreSQL" in caught.value.message
    assert "\n" not in caught.value.message.strip()


def test_a_path_object_opens_like_its_string(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as store:
        assert store.backend == "sqlite"
    assert (tmp_path / "b.db").is_file()
