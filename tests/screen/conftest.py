# Fixtures for screening tests: `sanctions` is the folder of checked-in list excerpts;
# `loaded` is a fresh store with the OFAC and UN excerpts loaded.
from __future__ import annotations

from pathlib import Path

import pytest

from threadline.screen import load_list
from threadline.store import Store


@pytest.fixture
def sanctions(fixtures: Path) -> Path:
    return fixtures / "sanctions"


@pytest.fixture
def loaded(store: Store, sanctions: Path) -> Store:
    load_list(store, sanctions / "ofac")
    load_list(store, sanctions / "un_consolidated_excerpt.xml")
    return store
