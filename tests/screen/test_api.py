"""The public surface other stages (API, web UI, ``show``) rely on."""

from __future__ import annotations

import inspect

import threadline.screen as screen
from threadline.store import screening


def test_public_api_is_stable() -> None:
    assert set(screen.__all__) >= {
        "ALGORITHM",
        "compare_names",
        "compare_pairs",
        "load_list",
        "screen_extracted",
        "screen_name",
    }
    params = inspect.signature(screen.screen_name).parameters
    assert list(params)[:2] == ["store", "name"]
    assert {"schema", "birth_date", "country", "limit", "threshold"} <= set(params)
    assert list(inspect.signature(screen.compare_names).parameters)[:3] == [
        "name1",
        "name2",
        "schema",
    ]
    assert list(inspect.signature(screening.hits_for_entity).parameters) == ["store", "entity_id"]


def test_src_never_imports_nomenklatura() -> None:
    from pathlib import Path

    root = Path(screen.__file__).resolve().parent.parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import nomenklatura" not in text and "from nomenklatura" not in text, path
