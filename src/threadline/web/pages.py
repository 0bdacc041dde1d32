"""The routers of the web UI, in the order the app mounts them."""

from __future__ import annotations

from fastapi import APIRouter

from threadline.web import (
    admin,
    admin_lists,
    browse,
    decisions,
    exports,
    network,
    screening,
    session,
    upload,
)


def routers() -> list[APIRouter]:
    return [
        session.router,
        browse.router,
        decisions.router,
        network.router,
        screening.router,
        upload.router,
        admin.router,
        admin_lists.router,
        exports.router,
    ]
