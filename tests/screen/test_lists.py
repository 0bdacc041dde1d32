from __future__ import annotations

from pathlib import Path

import pytest

from threadline.errors import ScreenError
from threadline.screen.lists import read_list, sniff_format
from threadline.screen.lists.ofac import parse_dates


def test_ofac_loader_reads_entries_aliases_remarks_and_addresses(sanctions: Path) -> None:
    parsed = read_list(sanctions / "ofac")
    assert parsed.name == "us-ofac-sdn" and parsed.format == "ofac-csv"
    entries = {e.id: e for e in parsed.entries}
    assert len(entries) == 19
    saddam = entries["ofac-7843"]
    assert saddam.schema == "Person"
    assert "1937-04-28" in saddam.birth_dates
    assert "iq" in saddam.countries
    assert "ABU ALI" in saddam.weak_aliases
    assert saddam.aliases  # from alt.csv
    assert entries["ofac-4234"].schema == "Vessel"
    assert entries["ofac-15431"].schema == "Airplane"
    assert entries["ofac-306"].schema == "Organization"
    assert "BNC" in entries["ofac-306"].weak_aliases


def test_ofac_remarks_continue_in_sdn_comments(sanctions: Path) -> None:
    entry = {e.id: e for e in read_list(sanctions / "ofac").entries}["ofac-12300"]
    assert entry.remarks and "Linked To" in entry.remarks


def test_ofac_dates_in_every_published_form() -> None:
    assert parse_dates("DOB 14 Jun 1975") == ["1975-06-14"]
    assert parse_dates("DOB Jun 1975") == ["1975-06"]
    assert parse_dates("DOB circa 1960") == ["1960"]
    assert parse_dates("DOB 1960 to 1962") == ["1960", "1962"]


def test_un_loader_reads_original_script_and_dates(sanctions: Path) -> None:
    parsed = read_list(sanctions / "un_consolidated_excerpt.xml")
    assert parsed.name == "un-sc-consolidated" and parsed.version == "2026-02-27"
    assert {e.schema for e in parsed.entries} == {"Person", "Organization"}
    saddam = next(e for e in parsed.entries if e.name.startswith("SADDAM"))
    assert any("صدام" in alias for alias in saddam.aliases)
    assert saddam.birth_dates and "iq" in saddam.countries


def test_ftm_loader_skips_records_that_are_not_screened(sanctions: Path) -> None:
    parsed = read_list(sanctions / "un_excerpt.ftm.json")
    assert parsed.format == "ftm" and parsed.name == "un_excerpt"
    assert len(parsed.entries) == 26  # the Address record is skipped
    assert all(e.id.startswith("un_excerpt-") for e in parsed.entries)


def test_formats_are_sniffed(sanctions: Path) -> None:
    assert sniff_format(sanctions / "ofac") == "ofac-csv"
    assert sniff_format(sanctions / "ofac" / "sdn.csv") == "ofac-csv"
    assert sniff_format(sanctions / "un_consolidated_excerpt.xml") == "un-xml"
    assert sniff_format(sanctions / "un_excerpt.ftm.json") == "ftm"


@pytest.mark.parametrize(
    ("name", "content", "fmt", "message"),
    [
        ("sdn.csv", '1,"A B","individual"\n', "ofac-csv", "columns"),
        ("un.xml", "<CONSOLIDATED_LIST><INDIVIDUALS>", "un-xml", "XML"),
        ("un.xml", "<OTHER_LIST/>", "un-xml", "root element"),
        ("x.json", '{"schema": "Person", "id": "a"}\nnot json\n', "ftm", "not JSON"),
        ("x.json", "", "ftm", "no person"),
    ],
)
def test_malformed_files_give_a_clear_error(
    tmp_path: Path, name: str, content: str, fmt: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ScreenError, match=message) as info:
        read_list(path, fmt)
    assert "previously loaded version" in str(info.value) or "no person" in message


def test_unknown_format_and_missing_file_are_usage_errors(tmp_path: Path) -> None:
    unknown = tmp_path / "list.txt"
    unknown.write_text("hello", encoding="utf-8")
    with pytest.raises(ScreenError, match="--format"):
        read_list(unknown)
    with pytest.raises(ScreenError, match="does not exist"):
        read_list(tmp_path / "absent.xml")
