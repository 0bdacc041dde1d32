# `extract_text` runs threadline's whole extract stage on one string (with the session's
# `nlp`) and returns the Extraction; `names` lists (type, text) of its mentions.
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from threadline.extract import extract_document
from threadline.model import Document, Extraction


@pytest.fixture
def extract_text(nlp: Any) -> Callable[[str], Extraction]:
    def run(text: str) -> Extraction:
        return extract_document(nlp(text), Document(text=text, source="test"))

    return run
