"""One router per resource; :func:`api_routers` lists those the app mounts under ``/api``."""

from __future__ import annotations

from fastapi import APIRouter

from threadline.api.routes import (
    audit,
    collections,
    decisions,
    documents,
    entities,
    events,
    evidence,
    graph,
    relations,
    screening,
    search,
    users,
)


def api_routers() -> list[APIRouter]:
    return [
        documents.router,
        entities.router,
        evidence.router,
        relations.router,
        events.router,
        graph.router,
        screening.router,
        search.router,
        collections.router,
        users.router,
        decisions.router,
        audit.router,
    ]
