"""``threadline events``: arrests, extraditions, sanctions, agreements… with who did what
to whom, where and when, each with its trigger and evidence span (contract: "Events")."""

from __future__ import annotations

import re
from typing import Any

import typer

from threadline.cli.app import FormatOption, OutputFormat, app, context, emit, handle_errors
from threadline.datefilter import date_filter
from threadline.errors import NotFoundError
from threadline.store.entities import find_entity
from threadline.store.events import EventArgument, list_events

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def iso_prefix(value: str | None, option: str) -> str | None:
    """A ``--from``/``--to`` value as given (``2023``, ``2023-09``, ``2023-09-16``), or a
    usage error naming the option when it is not such a date."""
    return date_filter(value, option)


def argument_names(arguments: list[EventArgument]) -> str:
    """Arguments for people: the entity name, with the words used when they differ
    ("Ovidio Guzman (as “He”)")."""
    cells = []
    for argument in arguments:
        name = argument["name"] or argument["text"]
        cells.append(name if name == argument["text"] else f"{name} (as “{argument['text']}”)")
    return "; ".join(cells)


@app.command()
def events(
    ctx: typer.Context,
    type: list[str] = typer.Option(None, "--type", "-t", help="Only this event type (repeatable)."),
    entity: str = typer.Option(
        None, "--entity", "-e", help="Only events of this entity (id or name)."
    ),
    date_from: str = typer.Option(None, "--from", help="On or after YYYY[-MM[-DD]]."),
    date_to: str = typer.Option(None, "--to", help="On or before YYYY[-MM[-DD]] (inclusive)."),
    collection: list[str] = typer.Option(
        None, "--collection", "-c", help="Only this collection (repeatable)."
    ),
    limit: int = typer.Option(None, "--limit", min=0, help="At most this many."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """List events in date order: type, status, agents → targets, place, date, evidence."""
    with handle_errors(), context(ctx).store() as store:
        start, end = iso_prefix(date_from, "--from"), iso_prefix(date_to, "--to")
        entity_id = None
        if entity:
            found = find_entity(store, entity)
            if found is None:
                raise NotFoundError(f"no entity {entity!r}; list them with `threadline entities`")
            entity_id = found["id"]
        rows = list_events(
            store,
            type=type or None,
            entity=entity_id,
            collections=collection or None,
            date_from=start,
            date_to=end,
            limit=limit,
        )
    if fmt == OutputFormat.json:
        emit(rows, fmt)
        return
    table: list[dict[str, Any]] = [
        {
            **row,
            "agents": argument_names(row["agents"]),
            "targets": argument_names(row["targets"]),
            "places": argument_names(row["places"]),
        }
        for row in rows
    ]
    columns = ["date", "type", "status", "agents", "trigger", "targets", "places", "document"]
    emit(table, fmt, columns, title="Events")
