"""Query parameters shared by the listing routes (pagination) and their total header."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Query, Response

MAX_LIMIT = 500

#: Response header of every list endpoint: how many items match, ignoring paging.
TOTAL_HEADER = "X-Total-Count"
#: Sent with a search's total: ``false`` when the count stopped at the search window.
EXACT_HEADER = "X-Total-Count-Exact"


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    limit: int = Query(50, ge=1, le=MAX_LIMIT, description="Rows per page."),
    offset: int = Query(0, ge=0, le=10_000_000, description="Rows to skip."),
) -> Page:
    return Page(limit, offset)


def send_total(response: Response, total: int) -> None:
    """Tell the client how many items match in all (``X-Total-Count``), so it can page to
    the end without changing the JSON body fixed by the CLI contract."""
    response.headers[TOTAL_HEADER] = str(total)


def send_capped_total(response: Response, counted: int, cap: int) -> None:
    """``X-Total-Count`` of a count that stops past ``cap`` (0: never): ``cap`` with
    ``X-Total-Count-Exact: false`` when more matched, else the count with ``true``."""
    capped = 0 < cap < counted
    send_total(response, cap if capped else counted)
    response.headers[EXACT_HEADER] = "false" if capped else "true"
