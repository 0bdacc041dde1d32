"""Sanctions screening commands (contract: "Sanctions screening"): ``lists``,
``lists load``, ``screen`` and ``compare``. Each calls one function of
:mod:`threadline.screen`."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from threadline.errors import UsageError

if TYPE_CHECKING:
    from threadline.store.base import Store

lists_app = typer.Typer(
    help="Sanctions lists: show what is loaded, or load one.", invoke_without_command=True
)
app.add_typer(lists_app, name="lists")

_LIST_COLUMNS = ["name", "title", "format", "version", "entries", "algorithm", "loaded_at"]
_RESULT_COLUMNS = ["score", "match", "name", "list", "schema", "id"]
_LISTING_COLUMNS = ["programs", "born", "countries"]
AlgorithmOption = typer.Option(
    None,
    "--algorithm",
    help="Name-matching algorithm: tl-name-v2.1 (default), tl-name-v2 or tl-name-v1.",
)


@lists_app.callback(invoke_without_command=True)
def lists(ctx: typer.Context, fmt: OutputFormat = FormatOption) -> None:
    """Show the loaded sanctions lists with their version and entry count."""
    if ctx.invoked_subcommand is not None:
        return
    from threadline.store.screening import list_lists

    with handle_errors(), context(ctx).store() as store:
        rows = list_lists(store)
    emit(rows, fmt, _LIST_COLUMNS, title="Sanctions lists")


@lists_app.command("load")
def lists_load(
    ctx: typer.Context,
    path: Path = typer.Argument(
        ..., help="OFAC folder or sdn.csv, UN XML file, or FtM JSON lines."
    ),
    list_format: str = typer.Option(
        None, "--format", help="ofac-csv, un-xml or ftm (sniffed when omitted); json prints JSON."
    ),
    name: str = typer.Option(
        None, "--name", help="List name for an FtM file (default: file name)."
    ),
) -> None:
    """Load a sanctions list, replacing its previous version atomically.

    With THREADLINE_SCREEN_ON_INGEST on (the default), every extracted entity is then
    screened again; the JSON summary's ``rescreened`` says how that went."""
    from threadline.screen import listadmin
    from threadline.screen.lists import FORMATS

    as_json = list_format == "json"
    fmt = None if list_format in (None, "json", "table") else list_format
    with handle_errors():
        if fmt is not None and fmt not in FORMATS:
            raise UsageError(f"unknown list format {fmt!r}; use one of {', '.join(FORMATS)}")
        settings = context(ctx).settings()
        with context(ctx).store() as store, _spinner(f"loading {path}"):
            summary = listadmin.load(store, str(path), settings, fmt, name)
            _audit(store, "load_list", summary["name"], summary["source"])
    if as_json:
        emit_json(summary)
    else:
        out.print(
            f"loaded {summary['name']} version {summary['version']}: {summary['entries']} entries"
        )
        _report_rescreen(summary["rescreened"])


def _audit(store: Store, action: str, subject: str, detail: str | None) -> None:
    """Keep the change in the admin audit trail, as made from the command line."""
    from threadline.store.audit import command_line_actor, record_action

    record_action(store, action, subject, actor=command_line_actor(), detail=detail)


def _report_rescreen(rescreened: dict[str, Any] | None) -> None:
    if rescreened is not None:
        err.print(
            f"re-screened {rescreened['screened']} entities: {rescreened['matched']} match"
            " (THREADLINE_SCREEN_ON_INGEST)"
        )


@lists_app.command("reload")
def lists_reload(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="A loaded list's name (see `threadline lists`)."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Load a list again from the file or folder it was loaded from."""
    from threadline.screen import listadmin

    with handle_errors(), context(ctx).store() as store:
        summary = listadmin.reload(store, name, context(ctx).settings())
        _audit(store, "reload_list", name, summary["source"])
    if fmt == OutputFormat.json:
        emit_json(summary)
    else:
        out.print(f"reloaded {summary['name']}: {summary['entries']} entries")
        _report_rescreen(summary["rescreened"])


@lists_app.command("delete")
def lists_delete(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="A loaded list's name (see `threadline lists`)."),
    fmt: OutputFormat = FormatOption,
) -> None:
    """Remove a loaded list and the hits found on it."""
    from threadline.screen import listadmin

    with handle_errors(), context(ctx).store() as store:
        summary = listadmin.delete(store, name, context(ctx).settings())
        _audit(store, "delete_list", name, None)
    if fmt == OutputFormat.json:
        emit_json(summary)
    else:
        out.print(f"deleted {name}")
        _report_rescreen(summary["rescreened"])


@app.command()
def screen(
    ctx: typer.Context,
    name: str = typer.Argument(None, help="The name to screen."),
    schema: str = typer.Option(None, "--schema", help="Person, Organization, Company, Vessel …"),
    birth_date: str = typer.Option(None, "--birth-date", help="YYYY[-MM[-DD]]."),
    country: str = typer.Option(None, "--country", help="Country code (RU) or name."),
    limit: int = typer.Option(10, "--limit", help="At most this many results."),
    threshold: float = typer.Option(None, "--threshold", help="Match threshold (0–1)."),
    extracted: bool = typer.Option(False, "--extracted", help="Screen all extracted entities."),
    input_file: Path = typer.Option(None, "--input", help="CSV with a name column (batch)."),
    algorithm: str = AlgorithmOption,
    fmt: OutputFormat = FormatOption,
) -> None:
    """Screen a name (or every extracted entity, or a CSV of names) against loaded lists."""
    import threadline.screen as screening

    with handle_errors():
        chosen = sum([name is not None, extracted, input_file is not None])
        if chosen != 1:
            raise UsageError("pass exactly one of NAME, --extracted or --input FILE.csv")
        with context(ctx).store() as store:
            if extracted:
                with _bar("screening entities") as tick:
                    summary = screening.screen_extracted(
                        store, tick, threshold=threshold, algorithm=algorithm
                    )
                emit(summary, fmt)
                return
            if input_file is not None:
                rows = _read_csv(input_file, ["name"])
                results = []
                with _bar("screening names") as tick:
                    for done, row in enumerate(rows, 1):
                        results.append(_screen_row(store, row, limit, threshold, algorithm))
                        tick(done, len(rows))
                if fmt == OutputFormat.json:
                    emit_json(results)
                else:
                    emit([_best(r) for r in results], fmt, ["query", *_RESULT_COLUMNS])
                return
            result = screening.screen_name(
                store,
                name,
                schema=schema,
                birth_date=birth_date,
                country=country,
                limit=limit,
                threshold=threshold,
                algorithm=algorithm,
            )
    if fmt == OutputFormat.json:
        emit_json(result)
    else:
        out.print(f"algorithm {result['algorithm']} · threshold {result['query']['threshold']}")
        rows = [{**r, **_listing_columns(r)} for r in result["results"]]
        emit(rows, fmt, [*_RESULT_COLUMNS, *_LISTING_COLUMNS], title=f"Screening {name!r}")
        if fmt == OutputFormat.table:
            for r in result["results"]:
                if r["match"]:
                    out.print(_why(r))


@app.command()
def compare(
    name1: str = typer.Argument(None, help="First name."),
    name2: str = typer.Argument(None, help="Second name."),
    schema: str = typer.Option(None, "--schema", help="Person, Organization …"),
    pairs: Path = typer.Option(None, "--pairs", help="CSV with name1,name2[,schema] columns."),
    threshold: float = typer.Option(None, "--threshold", help="Match threshold (0–1)."),
    algorithm: str = AlgorithmOption,
    fmt: OutputFormat = FormatOption,
) -> None:
    """Compare two names, or score a CSV of name pairs (CSV out on stdout)."""
    import threadline.screen as screening

    with handle_errors():
        if pairs is not None:
            if name1 is not None or name2 is not None:
                raise UsageError("pass either NAME1 NAME2 or --pairs FILE.csv, not both")
            rows = _read_csv(pairs, ["name1", "name2"])
            items = ((r["name1"], r["name2"], r.get("schema") or schema) for r in rows)
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(["name1", "name2", "schema", "score", "match"])
            for scored in screening.compare_pairs(items, threshold=threshold, algorithm=algorithm):
                writer.writerow(
                    [
                        scored["name1"],
                        scored["name2"],
                        scored["schema"],
                        f"{scored['score']:.4f}",
                        str(scored["match"]).lower(),
                    ]
                )
            return
        if name1 is None or name2 is None:
            raise UsageError("pass two names to compare, or --pairs FILE.csv")
        result = screening.compare_names(
            name1, name2, schema, threshold=threshold, algorithm=algorithm
        )
    if fmt == OutputFormat.json:
        emit_json(result)
    else:
        out.print(f"{result['algorithm']}: score {result['score']:.3f}, match {result['match']}")
        emit(result["explanation"], OutputFormat.table, ["feature", "score", "weight", "detail"])


def _listing_columns(result: dict[str, Any]) -> dict[str, str]:
    listing = result.get("listing") or {}
    return {
        "programs": ", ".join(listing.get("programs", [])),
        "born": ", ".join(listing.get("birth_dates", [])),
        "countries": ", ".join(listing.get("countries", [])).upper(),
    }


def _why(result: dict[str, Any]) -> str:
    """A result's explanation in words: one line per feature that counted."""
    lines = [f"{result['name']} ({result['list']}, {result['id']}), score {result['score']}:"]
    for item in result["explanation"]:
        lines.append(f"  · {item['description']} — {item['detail']}")
    aliases = (result.get("listing") or {}).get("aliases") or []
    if aliases:
        lines.append("  aliases: " + "; ".join(aliases[:8]) + (" …" if len(aliases) > 8 else ""))
    return "\n".join(lines)


def _screen_row(
    store: Any,
    row: dict[str, str],
    limit: int,
    threshold: float | None,
    algorithm: str | None = None,
) -> dict[str, Any]:
    import threadline.screen as screening
    from threadline.errors import ScreenError

    try:
        return screening.screen_name(
            store,
            row["name"],
            schema=row.get("schema") or None,
            birth_date=row.get("birth_date") or None,
            country=row.get("country") or None,
            limit=limit,
            threshold=threshold,
            algorithm=algorithm,
        )
    except ScreenError as exc:
        return {"query": {"name": row["name"]}, "results": [], "error": exc.message}


def _best(result: dict[str, Any]) -> dict[str, Any]:
    top = result["results"][0] if result["results"] else {}
    return {"query": result["query"]["name"], **top}


def _read_csv(path: Path, required: list[str]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = [f.strip().lower() for f in reader.fieldnames or []]
            missing = [c for c in required if c not in fields]
            if missing:
                raise UsageError(
                    f"{path} lacks the column(s) {', '.join(missing)}; its first row must be a"
                    f" header naming {', '.join(required)}"
                )
            return [
                {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                for row in reader
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"cannot read {path}: {exc}; pass a UTF-8 CSV file") from exc


@contextmanager
def _spinner(label: str) -> Iterator[None]:
    if not sys.stderr.isatty():
        yield
        return
    with err.status(label):
        yield


@contextmanager
def _bar(label: str) -> Iterator[Any]:
    """A progress callback ``tick(done, total)`` drawing a bar on stderr (when a terminal)."""
    if not sys.stderr.isatty():
        yield lambda done, total: None
        return
    from rich.progress import Progress

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda done, total: progress.update(task, completed=done, total=total)
