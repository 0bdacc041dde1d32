"""Relations and events between mentions (owned by the relations work; see issue 6)."""

from __future__ import annotations

from typing import Any

from threadline.model import Extraction, Relation


def find_relations(doc: Any, extraction: Extraction) -> list[Relation]:
    """Relations found in a parsed document. Placeholder until relation rules land."""
    return []
