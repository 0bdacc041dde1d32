"""How results look in a terminal (``--format table``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.panel import Panel
from rich.table import Table

from threadline.cli.app import err, out

if TYPE_CHECKING:
    from threadline.pipeline import IngestReport


def render_report(report: IngestReport) -> None:
    """The end-of-ingest summary; failures listed one line each."""
    out.print(
        f"[bold green]{report.ingested}[/] ingested, [bold]{report.duplicates}[/] already stored"
        f" (skipped), [bold red]{len(report.failed)}[/] failed"
    )
    for failure in report.failed:
        err.print(f"[red]failed[/red] {failure['path']}: {failure['error']}", highlight=False)
    for warning in report.warnings:
        err.print(f"[yellow]warning[/yellow] {warning['path']}: {warning['warning']}")


def render_entity(profile: dict[str, Any]) -> None:
    """An entity profile: names, roles, evidence sentences, quotes, relations, hits."""
    head = f"[bold]{profile['name']}[/bold]  ({profile['type']}, {profile['id']})"
    lines = [
        f"{profile['mention_count']} mentions in {profile['documents']} documents",
    ]
    if profile["aliases"]:
        lines.append("also: " + "; ".join(profile["aliases"]))
    roles = sorted({r["role"] for r in profile["roles"]})
    if roles:
        lines.append("roles: " + "; ".join(roles))
    out.print(Panel("\n".join(lines), title=head, title_align="left"))
    if profile["evidence"]:
        table = Table(title="Evidence", show_lines=False)
        for column in ("document", "span", "kind", "sentence"):
            table.add_column(column)
        for item in profile["evidence"][:20]:
            table.add_row(
                item["document"],
                f"{item['start']}-{item['end']}",
                mention_kind(item),
                _clip(item["sentence"]),
            )
        out.print(table)
    for quote in profile["quotes"][:10]:
        out.print(f"  “{_clip(quote['text'])}”  [dim]{quote['document']}[/dim]")
    for relation in profile.get("relations", [])[:20]:
        other = relation.get("target_name") or relation.get("target")
        out.print(f"  {relation['type']} → {other}  [dim]{relation.get('date') or ''}[/dim]")
    for event in profile.get("events", [])[:20]:
        out.print(f"  [bold]{event_line(event)}[/bold]  [dim]{event['document']}[/dim]")
    for hit in profile.get("sanctions", [])[:10]:
        out.print(
            f"  [red]sanctions[/red] {hit.get('name')} ({hit.get('list')}) {hit.get('score')}"
        )


def mention_kind(item: dict[str, Any]) -> str:
    """``name``, or ``pronoun “he” (coref-pronoun-v1)``: the words and the linking rule."""
    if item.get("kind", "name") == "name":
        return "name"
    return f"{item['kind']} “{item['text']}” ({item.get('rule') or 'no rule recorded'})"


def event_line(event: dict[str, Any]) -> str:
    """One event for people: ``2023-01-05 arrest (occurred): A → B in C``."""

    def names(role: str) -> str:
        return ", ".join(a["name"] or a["text"] for a in event[role]) or "?"

    line = f"{event.get('date') or 'undated'} {event['type']} ({event['status']}): "
    line += f"{names('agents')} → {names('targets')}"
    return line + (f" in {names('places')}" if event["places"] else "")


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
