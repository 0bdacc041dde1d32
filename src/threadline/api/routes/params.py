"""Query parameters shared by the listing routes (pagination)."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Query

MAX_LIMIT = 500


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: int = Query(50, ge=1, le=MAX_LIMIT, description="Rows per page."),
    offset: int = Query(0, ge=0, le=10_000_000, description="Rows to skip."),
) -> Page:
    return Page(limit, offset)
