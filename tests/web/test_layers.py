"""The house rules: the JSON API and the web UI are separate edges over shared services."""

from __future__ import annotations

import ast
from pathlib import Path

import threadline

PACKAGE = Path(threadline.__file__).resolve().parent


def _imports(folder: str) -> set[str]:
    """Every module name imported (at any depth) by the modules under ``folder``."""
    names: set[str] = set()
    for path in (PACKAGE / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return names


def _touches(imports: set[str], package: str) -> list[str]:
    return sorted(n for n in imports if n == package or n.startswith(package + "."))


def test_api_does_not_import_web() -> None:
    assert _touches(_imports("api"), "threadline.web") == []


def test_web_does_not_import_api() -> None:
    assert _touches(_imports("web"), "threadline.api") == []


def test_services_import_neither_edge() -> None:
    imports = _imports("services")
    assert _touches(imports, "threadline.api") == []
    assert _touches(imports, "threadline.web") == []
