"""threadline's HTTP API and web UI: :func:`create_app` builds both over one database."""

from __future__ import annotations

from threadline.api.app import create_app

__all__ = ["create_app"]
