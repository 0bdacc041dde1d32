"""Commands over documents and what was extracted from them (contract: "Ingest and
documents", "Extraction results")."""

from __future__ import annotations

import sys

import typer

from threadline.cli.app import (
    FormatOption,
    OutputFormat,
    app,
    context,
    emit,
    emit_json,
    err,
    handle_errors,
    out,
)
from threadline.cli.interrupts import ingest_guard
from threadline.cli.progress import ingest_progress
from threadline.cli.render import render_entity, render_report
from threadline.errors import NotFoundError
from threadline.store import documents as docs_store
from threadline.store import entities as entities_store
from threadline.store import evidence as evidence_store
from threadline.store.search import search as search_documents


@app.command()
def ingest(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    workers: int = typer.Option(None, "--workers", "-w", help="Extraction processes."),
    scheduler: str = typer.Option(
        None,
        "--scheduler",
        help="Run reading and extraction on Dask: local:N (N local workers) or"
        " tcp://host:8786 (a running scheduler). Needs the dask extra; see docs/scale.md.",
    ),
    collection: str = typer.Option(None, "--collection", "-c", help="Collection to add to."),
    fmt: OutputFormat = FormatOption,
    no_progress: bool = typer.Option(False, "--no-progress", help="Hide the progress bar."),
) -> None:
    """Read documents, extract and resolve what they mention, and store it all."""
    from threadline.pipeline import ingest_paths  # loads spaCy: only this command needs it

    with handle_errors():
        tl = context(ctx)
        settings = tl.settings()
        with (
            tl.store() as store,
            ingest_progress(paths, enabled=not no_progress and sys.stderr.isatty()) as hook,
            ingest_guard(store),
        ):
            report = ingest_paths(
                store,
                paths,
                settings=settings,
                collection=collection or settings.collection,
                workers=workers or settings.workers,
                progress=hook,
                scheduler=scheduler or settings.scheduler or None,
            )
    if fmt == OutputFormat.json:
        emit_json(report.as_dict())
    else:
        render_report(report)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def documents(
    ctx: typer.Context,
    collection: str = typer.Option(None, "--collection", "-c", help="Only this collection."),
    limit: int = typer.Option(None, "--limit", help="At most this many."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """List stored documents."""
    with handle_errors(), context(ctx).store() as store:
        rows = docs_store.list_documents(
            store, collections=[collection] if collection else None, limit=limit
        )
    emit(rows, fmt, ["id", "title", "source", "date", "chars"], title="Documents")


@app.command()
def document(
    ctx: typer.Context, doc_id: str = typer.Argument(...), fmt: OutputFormat = FormatOption
) -> None:
    """Show one document with its text."""
    with handle_errors(), context(ctx).store() as store:
        row = docs_store.get_document(store, doc_id)
        if row is None:
            raise NotFoundError(f"no document {doc_id!r}; list them with `threadline documents`")
    if fmt == OutputFormat.json:
        emit_json(row)
        return
    out.print(f"[bold]{row['title'] or row['id']}[/bold]  {row['date'] or ''}  {row['source']}")
    out.print(row["text"], markup=False)


@app.command()
def mentions(
    ctx: typer.Context,
    document: str = typer.Option(None, "--document", help="Only mentions in this document."),
    type_: str = typer.Option(None, "--type", help="Only this type (Organization includes kinds)."),
    entity: str = typer.Option(None, "--entity", help="Only mentions of this entity id."),
    limit: int = typer.Option(None, "--limit"),
    fmt: OutputFormat = FormatOption,
) -> None:
    """List mentions with their exact character spans."""
    with handle_errors(), context(ctx).store() as store:
        rows = evidence_store.list_mentions(
            store, document=document, type=type_, entity=entity, limit=limit
        )
    for row in rows:
        row.pop("id", None)
    columns = ["document", "start", "end", "text", "type", "entity", "kind", "rule"]
    emit(rows, fmt, columns, title="Mentions")


@app.command()
def entities(
    ctx: typer.Context,
    type_: str = typer.Option(None, "--type", help="Only this type (Organization includes kinds)."),
    query: str = typer.Option(None, "--query", "-q", help="Only names containing this."),
    limit: int = typer.Option(None, "--limit"),
    fmt: OutputFormat = FormatOption,
) -> None:
    """List resolved entities, most mentioned first."""
    with handle_errors(), context(ctx).store() as store:
        rows = entities_store.list_entities(store, type=type_, query=query, limit=limit)
    if fmt == OutputFormat.json:
        emit_json(rows)
        return
    table_rows = [
        {**r, "roles": sorted({x["role"] for x in r["roles"]}), "aliases": r["aliases"][:5]}
        for r in rows
    ]
    emit(
        table_rows,
        fmt,
        ["id", "name", "type", "mention_count", "aliases", "roles"],
        title="Entities",
    )


@app.command()
def show(
    ctx: typer.Context,
    entity: str = typer.Argument(..., help="An entity id or name."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """An entity with every piece of evidence: mentions, roles, quotes, relations, hits."""
    with handle_errors(), context(ctx).store() as store:
        found = entities_store.find_entity(store, entity)
        if found is None:
            raise NotFoundError(f"no entity {entity!r}; find ids with `threadline entities -q`")
        profile = evidence_store.entity_profile(store, found["id"])
        if profile is None:
            raise NotFoundError(f"entity {entity!r} has no stored record")
    if fmt == OutputFormat.json:
        emit_json(profile)
    else:
        render_entity(profile)


@app.command()
def quotes(
    ctx: typer.Context,
    speaker: str = typer.Option(None, "--speaker", help="An entity id or name."),
    limit: int = typer.Option(None, "--limit"),
    fmt: OutputFormat = FormatOption,
) -> None:
    """List quotes with their speakers."""
    with handle_errors(), context(ctx).store() as store:
        speaker_id = None
        if speaker:
            found = entities_store.find_entity(store, speaker)
            if found is None:
                raise NotFoundError(f"no entity {speaker!r}; find ids with `threadline entities`")
            speaker_id = found["id"]
        rows = evidence_store.list_quotes(store, speaker=speaker_id, limit=limit)
    for row in rows:
        row.pop("id", None)
    emit(rows, fmt, ["speaker", "text", "document"], title="Quotes")


@app.command()
def search(
    ctx: typer.Context,
    query: str = typer.Argument(..., help='Words, "phrases", prefix*, AND/OR/NOT.'),
    limit: int = typer.Option(20, "--limit"),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Full-text search over documents, with snippets."""
    with handle_errors():
        tl = context(ctx)
        window = tl.settings().search_window
        with tl.store() as store:
            rows = search_documents(store, query, limit=limit, window=window)
    if fmt == OutputFormat.json:
        emit_json([{k: r[k] for k in ("document", "title", "snippet", "score")} for r in rows])
        return
    emit(rows, fmt, ["document", "title", "snippet", "score"], title=f"Search: {query}")


@app.command()
def merge(
    ctx: typer.Context,
    source: str = typer.Argument(..., help="Entity (id or name) to merge away."),
    target: str = typer.Argument(..., help="Entity (id or name) that remains."),
    reason: str = typer.Option(None, "--reason", help="Why (shown in the entity's history)."),
    by: str = typer.Option(None, "--by", help="Who decided (default: the system user)."),
) -> None:
    """Merge two entities (a human decision, kept when more documents arrive)."""
    import getpass

    with handle_errors(), context(ctx).store() as store:
        a = entities_store.find_entity(store, source)
        b = entities_store.find_entity(store, target)
        if a is None or b is None:
            raise NotFoundError(f"no entity {(source if a is None else target)!r}")
        entities_store.merge_entities(
            store, a["id"], b["id"], author=by or getpass.getuser(), reason=reason
        )
    err.print(f"merged {a['name']} ({a['id']}) into {b['name']} ({b['id']})")


@app.command("settings")
def show_settings(ctx: typer.Context, fmt: OutputFormat = FormatOption) -> None:
    """Every setting: its environment variable, current value, default and meaning."""
    from threadline.settings import describe

    current = context(ctx).settings()
    rows = [
        {
            "name": name,
            "env": env,
            "value": getattr(current, name),
            "default": default,
            "help": help_text,
        }
        for name, env, default, help_text in describe()
    ]
    emit(rows, fmt, ["name", "env", "value", "help"], title="Settings")
