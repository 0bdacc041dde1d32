"""Commands over resolution decisions: automatic corpus links, undoing them, splitting.

``threadline links`` lists the links made by ``store.links.link_corpus`` (rule and
evidence span), ``threadline unlink`` undoes one for good, ``threadline split`` moves
one mention out of its entity. See docs/resolution.md.
"""

from __future__ import annotations

import getpass

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
from threadline.errors import NotFoundError
from threadline.model import stable_id
from threadline.store import entities as entities_store
from threadline.store import links as links_store


@app.command()
def links(
    ctx: typer.Context,
    undone: bool = typer.Option(False, "--undone", help="Include links a person undid."),
    rebuild: bool = typer.Option(
        False,
        "--rebuild",
        help="First recompute every corpus link over the whole corpus (after an upgrade;"
        " each ingest recomputes only what its documents can change).",
    ),
    fmt: OutputFormat = FormatOption,
) -> None:
    """List automatic links between entities, each with its rule and evidence.

    Links by name similarity (rule match-v3) show the matcher's score and, as the
    explanation, what its features found.
    """
    with handle_errors(), context(ctx).store() as store:
        if rebuild:
            settings = context(ctx).settings()
            changed = links_store.link_corpus(
                store,
                threshold=settings.resolve_threshold,
                fuller=settings.resolve_fuller_names,
                rebuild=True,
            )
            err.print(f"recomputed the corpus links: {changed} made, changed or undone")
        rows = links_store.list_links(store, undone=undone)
    columns = ["alias_entity", "alias", "entity", "name", "rule", "score", "mentions"]
    columns += ["evidence", "why"] + (["undone_at"] if undone else [])
    if fmt == OutputFormat.json:
        emit_json(rows)
    else:
        emit(
            [{**r, "why": explain_features(r["explanation"])} for r in rows],
            fmt,
            columns,
            title="Links",
        )


def explain_features(explanation: list[dict[str, object]] | None) -> str:
    """The matcher's features in one cell: "name_match 0.94: 'Виктор Бут' vs …"."""
    if not explanation:
        return ""
    return "; ".join(f"{f['feature']} {f['score']}: {f['detail']}" for f in explanation)


@app.command()
def unlink(
    ctx: typer.Context,
    entity: str = typer.Argument(..., help="The linked alias: its entity id or its name."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Undo an automatic link: its mentions go back to their own entity, for good."""
    with handle_errors(), context(ctx).store() as store:
        moved = links_store.unlink(store, entity)
    if fmt == OutputFormat.json:
        emit_json({"alias": entity, "mentions": moved})
    else:
        err.print(f"unlinked {entity}: {moved} mention(s) moved back")


@app.command()
def split(
    ctx: typer.Context,
    mention: str = typer.Argument(..., help="A mention id (men-…) or DOCUMENT:START:END."),
    reason: str = typer.Option(None, "--reason", help="Why (shown in the entity's history)."),
    by: str = typer.Option(None, "--by", help="Who decided (default: the system user)."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Move one mention out of its entity into an entity of its own (kept for good).

    The mention is its id or its document and span as `threadline mentions` lists them,
    e.g. ``doc-3f2a…:120:124``.
    """
    with handle_errors(), context(ctx).store() as store:
        mention = _mention_id(mention)
        try:
            new_id = entities_store.split_mention(
                store, mention, author=by or getpass.getuser(), reason=reason
            )
        except KeyError:
            raise NotFoundError(
                f"no mention {mention!r}; give DOCUMENT:START:END from"
                " `threadline mentions --entity ID`"
            ) from None
    if fmt == OutputFormat.json:
        emit_json({"mention": mention, "entity": new_id})
    else:
        out.print(new_id)


def _mention_id(mention: str) -> str:
    document, _, span = mention.partition(":")
    start, _, end = span.partition(":")
    if start.isdigit() and end.isdigit():
        return stable_id("men", document, int(start), int(end))
    return mention
