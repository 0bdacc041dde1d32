"""Every command users can type is documented (README or docs/*.md), as datasette does."""

from __future__ import annotations

from pathlib import Path

import typer.main

from threadline.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_every_command_is_documented() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))
    )
    command = typer.main.get_command(app)
    names: list[str] = []
    for name, sub in command.commands.items():  # type: ignore[attr-defined]
        names.append(name)
        names += [f"{name} {s}" for s in getattr(sub, "commands", {})]
    missing = [n for n in names if f"threadline {n}" not in text and f"`{n}`" not in text]
    assert missing == [], f"document these commands in README.md or docs/: {missing}"
