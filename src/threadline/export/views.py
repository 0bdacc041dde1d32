"""Exports of what a web page shows: search results, an entity, a network.

Each view exports in three formats:

- ``ftm``: FollowTheMoney entity JSON lines (Articles for documents, the actors with
  their names, relations as FtM interval schemata with the Article as ``proof``), the
  same mapping as ``threadline export`` (see :mod:`threadline.export.ftm`);
- ``csv``: the rows the page lists (results, evidence, or the network's links), with
  a header line;
- ``gexf``: the network (Gephi) of the entities involved, as ``threadline graph export``
  writes it (see :mod:`threadline.graph.export`).

The builders here take rows already read with the user's collections applied, so an
export never holds more than the user may read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from followthemoney.proxy import EntityProxy

from threadline.export.ftm import ACTOR_TYPES, article_proxy
from threadline.export.names import name_properties
from threadline.export.proxies import make
from threadline.graph.ftm import relation_to_ftm

FORMATS = ("ftm", "csv", "gexf")
#: Media type and file-name extension of each format.
MEDIA = {
    "ftm": ("application/x-ndjson", "ftm.json"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "gexf": ("application/gexf+xml", "gexf"),
}
SEARCH_COLUMNS = ("document", "title", "date", "collection", "source", "score", "snippet")
EVIDENCE_COLUMNS = ("document", "title", "start", "end", "text", "kind", "sentence")
EDGE_COLUMNS = (
    "source",
    "source_name",
    "target",
    "target_name",
    "weight",
    "types",
    "first",
    "last",
)


def csv_text(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    """``rows`` as CSV with a header; dict values (relation type counts) as JSON."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "" if value is None else value


def ftm_text(proxies: Iterable[EntityProxy]) -> str:
    """FtM entities as JSON lines (one entity per line, ids unique)."""
    seen: set[str] = set()
    lines = []
    for proxy in proxies:
        if proxy.id in seen:
            continue
        seen.add(proxy.id or "")
        lines.append(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
    return "".join(f"{line}\n" for line in lines)


def articles(
    documents: Iterable[dict[str, Any]], mentions: dict[str, list[tuple[str, str]]]
) -> Iterator[EntityProxy]:
    """``Article`` entities for document rows; ``mentions``: document id → (type, name)."""
    for row in documents:
        yield article_proxy(row, mentions.get(row["id"], []))


def actors(entities: Iterable[dict[str, Any]]) -> Iterator[EntityProxy]:
    """FtM actors (Person, Organization …) for entity rows ``{id, type, name, aliases?}``;
    places, laws, dates and amounts are not actors in FtM and are left out."""
    for entity in entities:
        if entity.get("type") in ACTOR_TYPES:
            names = name_properties(entity["type"], entity["name"], entity.get("aliases") or [])
            yield make(entity["type"], entity["id"], name=entity["name"], **names)


def relations(
    rows: Iterable[dict[str, Any]], types: dict[str, str], only: set[str] | None = None
) -> Iterator[EntityProxy]:
    """FtM entities for relation rows (``list_relations``) between actors of known
    ``types`` (entity id → type); with ``only``, both ends must be among those ids."""
    for row in rows:
        if row["negated"] or (only is not None and not {row["source"], row["target"]} <= only):
            continue
        proxy = relation_to_ftm(row, types.get(row["source"]), types.get(row["target"]))
        if proxy is not None:
            yield proxy


def edge_rows(edges: Iterable[dict[str, Any]], names: dict[str, str]) -> list[dict[str, Any]]:
    """Network links (``edge_records``) with the names of both ends, for CSV."""
    return [
        {**edge, "source_name": names.get(edge["source"]), "target_name": names.get(edge["target"])}
        for edge in edges
    ]
