"""The ingest progress bar (rich, on stderr): documents/s, errors, ETA."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from threadline.cli.app import err


def _count_files(paths: Sequence[str], stop: threading.Event) -> Iterator[int]:
    """Count input files without holding their names (for the ETA); streams counts."""
    count = 0
    for path in paths:
        if path == "-":
            continue
        if os.path.isfile(path):
            count += 1
            yield count
            continue
        for _root, dirs, files in os.walk(path):
            if stop.is_set():
                return
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            count += sum(1 for f in files if not f.startswith("."))
            yield count


@contextmanager
def ingest_progress(
    paths: Sequence[str], *, enabled: bool = True
) -> Iterator[Callable[[str, str], None]]:
    """A progress hook for :func:`threadline.pipeline.ingest_paths` that drives a bar."""
    if not enabled:
        yield lambda event, path: None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("[red]{task.fields[errors]} errors"),
        TextColumn("{task.fields[dups]} duplicates"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )
    stop = threading.Event()
    with progress:
        task: TaskID = progress.add_task("ingest", total=None, rate=0.0, errors=0, dups=0)

        def count() -> None:
            for total in _count_files(paths, stop):
                progress.update(task, total=max(total, progress.tasks[0].completed))

        counter = threading.Thread(target=count, daemon=True)
        counter.start()
        counts = {"failed": 0, "duplicate": 0}

        def hook(event: str, path: str) -> None:
            if event in counts:
                counts[event] += 1
            state = progress.tasks[0]
            elapsed = state.elapsed or 0.0
            done = state.completed + 1
            progress.update(
                task,
                advance=1,
                rate=done / elapsed if elapsed else 0.0,
                errors=counts["failed"],
                dups=counts["duplicate"],
            )
            if event == "failed":
                progress.console.print(f"[red]failed[/red] {path}", markup=True, highlight=False)

        try:
            yield hook
        finally:
            stop.set()
            state = progress.tasks[0]
            progress.update(task, total=state.completed)
