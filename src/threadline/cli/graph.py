"""Commands over relations and the entity network (issue 6): relations, neighbours, path,
centrality, communities, timeline, and ``graph ego|export``.

Entity arguments take an id (``ent-…``) or a name. ``--type`` (repeatable) keeps only
those relation types; ``--collection`` (repeatable) only those collections;
``--co-mentions`` adds the sentence co-mention baseline edges to the network.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer

from threadline import graph as graph_lib
from threadline.cli.app import (
    FormatOption,
    OutputFormat,
    app,
    context,
    emit,
    err,
    handle_errors,
    out,
)
from threadline.datefilter import date_filter
from threadline.errors import NotFoundError
from threadline.store.base import Store
from threadline.store.entities import find_entity
from threadline.store.relations import list_relations

graph_app = typer.Typer(help="The entity network as a whole: ego networks and exports.")
app.add_typer(graph_app, name="graph")

TypeOption = typer.Option(None, "--type", "-t", help="Only this relation type (repeatable).")
CollectionOption = typer.Option(
    None, "--collection", "-c", help="Only this collection (repeatable)."
)
CoMentionOption = typer.Option(False, "--co-mentions", help="Add sentence co-mention edges.")
NegatedOption = typer.Option(False, "--negated", help="Keep negated relations as links too.")
_COLUMNS = [
    "type",
    "source_name",
    "target_name",
    "date",
    "negated",
    "modality",
]


def _entity(store: Store, id_or_name: str) -> dict[str, Any]:
    found = find_entity(store, id_or_name)
    if found is None:
        raise NotFoundError(f"no entity {id_or_name!r}; list them with `threadline entities`")
    return found


def _graph(
    store: Store, collection: list[str] | None, co: bool, negated: bool
) -> graph_lib.EntityGraph:
    return graph_lib.build_graph(
        store, collections=collection or None, co_mentions=co, include_negated=negated
    )


def _types_cell(types: dict[str, int]) -> str:
    return ", ".join(f"{t}×{n}" if n > 1 else t for t, n in types.items())


@app.command()
def relations(
    ctx: typer.Context,
    type: list[str] = TypeOption,
    entity: str = typer.Option(None, "--entity", "-e", help="Only relations of this entity."),
    collection: list[str] = CollectionOption,
    limit: int = typer.Option(None, "--limit", help="At most this many."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """List relations with their entities, date and evidence span."""
    with handle_errors(), context(ctx).store() as store:
        entity_id = _entity(store, entity)["id"] if entity else None
        rows = list_relations(
            store, type=type or None, entity=entity_id, collections=collection or None, limit=limit
        )
    emit(rows, fmt, _COLUMNS, title="Relations")


@app.command()
def neighbours(
    ctx: typer.Context,
    entity: str = typer.Argument(..., help="Entity id or name."),
    depth: int = typer.Option(1, "--depth", "-d", min=1, help="Hops from the entity."),
    type: list[str] = TypeOption,
    entity_type: list[str] = typer.Option(
        None, "--entity-type", help="Only neighbours of this type."
    ),
    collection: list[str] = CollectionOption,
    co_mentions: bool = CoMentionOption,
    negated: bool = NegatedOption,
    limit: int = typer.Option(None, "--limit", help="At most this many (nearest first)."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Entities linked to ENTITY, up to --depth hops away."""
    with handle_errors(), context(ctx).store() as store:
        start = _entity(store, entity)
        graph = _graph(store, collection, co_mentions, negated)
        rows = graph_lib.neighbours(
            graph,
            start["id"],
            depth=depth,
            types=type or None,
            entity_types=entity_type or None,
            limit=limit,
        )
    if fmt == OutputFormat.table:
        rows = [{**row, "types": _types_cell(row["types"])} for row in rows]
    emit(rows, fmt, ["id", "name", "type", "depth", "types", "weight"], title=start["name"])


@app.command()
def path(
    ctx: typer.Context,
    source: str = typer.Argument(..., help="Entity id or name to start from."),
    target: str = typer.Argument(..., help="Entity id or name to reach."),
    type: list[str] = TypeOption,
    collection: list[str] = CollectionOption,
    co_mentions: bool = CoMentionOption,
    negated: bool = NegatedOption,
    fmt: OutputFormat = FormatOption,
) -> None:
    """The shortest chain of relations from SOURCE to TARGET, each hop with its evidence."""
    with handle_errors(), context(ctx).store() as store:
        a, b = _entity(store, source), _entity(store, target)
        graph = _graph(store, collection, co_mentions, negated)
        hops = graph_lib.shortest_path(graph, a["id"], b["id"], types=type or None)
    if fmt == OutputFormat.json:
        emit(hops, fmt)
        return
    for number, hop in enumerate(hops, start=1):
        kinds = ", ".join(hop["types"])
        line = f"{number}. {hop['source']['name']} —[{kinds}]— {hop['target']['name']}"
        out.print(line, markup=False)
        for item in hop["evidence"]:
            sentence = " ".join((item["sentence"] or "").split())
            out.print(
                f"     {item['document']}:{item['start']}-{item['end']}  {sentence}", markup=False
            )


@app.command()
def centrality(
    ctx: typer.Context,
    measure: str = typer.Option("degree", "--measure", "-m", help="degree or betweenness."),
    type: list[str] = TypeOption,
    collection: list[str] = CollectionOption,
    co_mentions: bool = CoMentionOption,
    sample: int = typer.Option(
        None, "--sample", help="Betweenness: sources sampled on large graphs (default: sized)."
    ),
    limit: int = typer.Option(20, "--limit", help="At most this many."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Most central entities of the network (or of the --collection/--type subset)."""
    with handle_errors(), context(ctx).store() as store:
        graph = _graph(store, collection, co_mentions, False)
        rows = graph_lib.centrality(
            graph, measure=measure, types=type or None, limit=limit, sample=sample
        )
    emit(rows, fmt, ["id", "name", "type", "score", "degree"], title=f"{measure} centrality")


@app.command()
def communities(
    ctx: typer.Context,
    type: list[str] = TypeOption,
    collection: list[str] = CollectionOption,
    co_mentions: bool = CoMentionOption,
    min_size: int = typer.Option(2, "--min-size", help="Smallest community listed."),
    limit: int = typer.Option(None, "--limit", help="At most this many."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Groups of entities more linked among themselves than to the rest."""
    with handle_errors(), context(ctx).store() as store:
        graph = _graph(store, collection, co_mentions, False)
        rows = graph_lib.communities(graph, types=type or None, min_size=min_size, limit=limit)
    if fmt == OutputFormat.json:
        emit(rows, fmt)
        return
    for group in rows:
        names = ", ".join(m["name"] or m["id"] for m in group["members"][:12])
        more = f" … (+{group['size'] - 12})" if group["size"] > 12 else ""
        out.print(f"{group['id']} ({group['size']}): {names}{more}", markup=False)


@app.command()
def timeline(
    ctx: typer.Context,
    entities: list[str] = typer.Argument(None, help="Zero (the corpus), one or more entities."),
    date_from: str = typer.Option(None, "--from", help="From this ISO date (inclusive)."),
    date_to: str = typer.Option(None, "--to", help="Up to this ISO date (inclusive)."),
    type: list[str] = TypeOption,
    collection: list[str] = CollectionOption,
    limit: int = typer.Option(None, "--limit", help="At most this many."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Relations and events in date order, for the corpus or some entities."""
    with handle_errors(), context(ctx).store() as store:
        ids = [_entity(store, e)["id"] for e in entities or []]
        rows = graph_lib.timeline(
            store,
            entities=ids,
            date_from=date_filter(date_from, "--from"),
            date_to=date_filter(date_to, "--to"),
            types=type or None,
            collections=collection or None,
            limit=limit,
        )
    emit(
        rows,
        fmt,
        ["date", "date_source", *_COLUMNS[:3], "negated", "modality", "document"],
        title="Timeline",
    )


@graph_app.command("ego")
def ego(
    ctx: typer.Context,
    entity: str = typer.Argument(..., help="Entity id or name."),
    depth: int = typer.Option(1, "--depth", "-d", min=1, help="Hops from the entity."),
    type: list[str] = TypeOption,
    collection: list[str] = CollectionOption,
    co_mentions: bool = CoMentionOption,
    fmt: OutputFormat = FormatOption,
) -> None:
    """ENTITY's ego network: its neighbours to --depth and every link among them."""
    with handle_errors(), context(ctx).store() as store:
        start = _entity(store, entity)
        graph = _graph(store, collection, co_mentions, False)
        sub = graph_lib.ego_network(graph, start["id"], depth=depth, types=type or None)
        value = graph_lib.graph_json(sub)
    if fmt == OutputFormat.json:
        emit(value, fmt)
        return
    names = {n["id"]: n["name"] for n in value["nodes"]}
    rows = [
        {
            **e,
            "source": names[e["source"]],
            "target": names[e["target"]],
            "types": _types_cell(e["types"]),
        }
        for e in value["edges"]
    ]
    emit(rows, fmt, ["source", "target", "weight", "types", "first", "last"], title=start["name"])


@graph_app.command("export")
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("gexf", "--format", "-f", help="gexf, graphml or cytoscape."),
    output: Path = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
    entity: str = typer.Option(None, "--entity", "-e", help="Only this entity's ego network."),
    depth: int = typer.Option(1, "--depth", "-d", min=1, help="With --entity: hops."),
    type: list[str] = TypeOption,
    collection: list[str] = CollectionOption,
    co_mentions: bool = CoMentionOption,
) -> None:
    """Write the network as GEXF (Gephi), GraphML or Cytoscape JSON."""
    with handle_errors(), context(ctx).store() as store:
        graph = _graph(store, collection, co_mentions, False)
        if entity:
            sub = graph_lib.ego_network(
                graph, _entity(store, entity)["id"], depth=depth, types=type or None
            )
        else:
            sub = graph_lib.filter_types(graph, type or None)
        text = graph_lib.export_graph(sub, fmt)
    if output is None:
        sys.stdout.write(text + "\n")
    else:
        output.write_text(text, encoding="utf-8")
        err.print(
            f"wrote {sub.number_of_nodes()} entities, {sub.number_of_edges()} links to {output}"
        )
