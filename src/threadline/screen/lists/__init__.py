"""Sanctions list loaders: OFAC SDN legacy CSV, UN consolidated XML, FtM entity JSON."""

from __future__ import annotations

from pathlib import Path

from threadline.errors import ScreenError
from threadline.screen.lists.base import ListEntry, SanctionsList
from threadline.screen.lists.ftm import load_ftm
from threadline.screen.lists.ofac import load_ofac
from threadline.screen.lists.un import load_un

FORMATS = ("ofac-csv", "un-xml", "ftm")


def sniff_format(path: Path) -> str:
    """Guess a list file's format from its name and first bytes."""
    if path.is_dir():
        if (path / "sdn.csv").exists():
            return "ofac-csv"
        raise ScreenError(f"{path} is a folder without sdn.csv; pass an OFAC folder or a file")
    with path.open("rb") as handle:
        head = handle.read(2048).lstrip(b"\xef\xbb\xbf \r\n\t")
    if head.startswith(b"<") and b"CONSOLIDATED_LIST" in head:
        return "un-xml"
    if head.startswith(b"{"):
        return "ftm"
    if path.suffix.lower() == ".csv" and head[:1].isdigit():
        return "ofac-csv"
    raise ScreenError(
        f"cannot tell the format of {path}; pass --format with one of {', '.join(FORMATS)}"
    )


def read_list(path: str | Path, fmt: str | None = None, name: str | None = None) -> SanctionsList:
    """Parse a list file (format sniffed when ``fmt`` is None) without storing anything."""
    path = Path(path)
    if not path.exists():
        raise ScreenError(f"{path} does not exist; check the path to the list file")
    fmt = fmt or sniff_format(path)
    try:
        if fmt == "ofac-csv":
            return load_ofac(path)
        if fmt == "un-xml":
            return load_un(path)
        if fmt == "ftm":
            return load_ftm(path, name)
    except (OSError, UnicodeDecodeError) as exc:
        raise ScreenError(f"cannot read {path}: {exc}; check the file and its permissions") from exc
    raise ScreenError(f"unknown list format {fmt!r}; use one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "ListEntry", "SanctionsList", "read_list", "sniff_format"]
