"""threadline's command-line interface (typer). Each domain's commands are in their own module."""

from __future__ import annotations

from threadline.cli.app import app

# Importing a module registers its commands on ``app``.
from threadline.cli import documents  # noqa: F401,E402  isort: skip
from threadline.cli import serve  # noqa: F401,E402  isort: skip
from threadline.cli import graph  # noqa: F401,E402  isort: skip
from threadline.cli import screen  # noqa: F401,E402  isort: skip
from threadline.cli import export  # noqa: F401,E402  isort: skip
from threadline.cli import resolve  # noqa: F401,E402  isort: skip
from threadline.cli import events  # noqa: F401,E402  isort: skip
from threadline.cli import migrate  # noqa: F401,E402  isort: skip


def main() -> None:
    """Entry point of the ``threadline`` console script."""
    app()


__all__ = ["app", "main"]
