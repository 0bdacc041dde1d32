"""``threadline export``: the stored network in other tools' formats (contract: "Extraction
results", ``export --format ftm``)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from threadline.cli.app import app, context, err, handle_errors
from threadline.errors import UsageError


class ExportFormat(StrEnum):
    ftm = "ftm"


@app.command()
def export(
    ctx: typer.Context,
    fmt: ExportFormat = typer.Option(
        ExportFormat.ftm, "--format", help="ftm: FollowTheMoney entity JSON, one a line."
    ),
    output: Path = typer.Option(
        None, "--output", "-o", help="File to write (default: stdout).", show_default=False
    ),
) -> None:
    """Export documents, entities, mentions and roles as FollowTheMoney entities."""
    from threadline.export import export_ftm  # followthemoney takes ~1 s to import

    with handle_errors(), context(ctx).store() as store:
        if output is None:
            count = export_ftm(store, sys.stdout)
            sys.stdout.flush()
        else:
            try:
                with output.open("w", encoding="utf-8", newline="\n") as fh:
                    count = export_ftm(store, fh)
            except OSError as exc:
                raise UsageError(
                    f"cannot write {str(output)!r}: {exc.strerror}. Choose another -o path."
                ) from exc
    err.print(f"exported {count} FtM entities" + (f" to {output}" if output else ""))
