"""What the incremental match-v3 pass recomputes (resolve/incremental.py)."""

from __future__ import annotations

from threadline.resolve.incremental import (
    MatchRow,
    common_among,
    crossed,
    index_keys,
    partner_pairs,
    reflagged,
    renamed,
)

BOUT = MatchRow("Person", "Viktor Bout", False, False)
BUT = MatchRow("Person", "Виктор Бут", False, False)
KONY = MatchRow("Person", "Joseph Kony", False, False)


def test_index_keys_block_across_scripts_and_count_name_parts() -> None:
    latin, cyrillic = index_keys(*BOUT[:2]), index_keys(*BUT[:2])
    assert "part:viktor" in latin and "part:but" in cyrillic
    assert {k for k in latin & cyrillic if not k.startswith("part:")}
    assert not any(k.startswith("part:") for k in index_keys("Organization", "Al Qaeda"))


def test_renamed_and_reflagged_tell_names_from_flags() -> None:
    old = {"a": BOUT, "b": BUT, "c": KONY}
    new = {"a": BOUT._replace(name="Victor Bout"), "b": BUT._replace(stay=True), "d": KONY}
    assert renamed(old, new) == {"a", "c", "d"}
    assert reflagged(old, new, renamed(old, new)) == {"b"}


def test_crossed_lists_blocks_and_parts_past_a_cut_off() -> None:
    before = {"person:s:bt": 2, "part:ahmad": 1, "person:m:jsf": 1}
    after = {"person:s:bt": 3, "part:ahmad": 2, "person:m:jsf": 2}
    assert crossed(before, after, max_block=2, common_part=2) == {"person:s:bt", "part:ahmad"}
    assert crossed(before, after, max_block=3, common_part=3) == set()
    assert crossed({"part:kony": 2}, {}, max_block=3, common_part=2) == {"part:kony"}


def test_partner_pairs_skip_oversized_blocks_and_names_sharing_one_part() -> None:
    rows = {
        "bout": BOUT,
        "but": BUT,
        "kony": KONY,
        "vk": MatchRow("Person", "Viktor Kamov", False, False),
    }
    keys = {id_: index_keys(*row[:2]) for id_, row in rows.items()}
    blocks: dict[str, set[str]] = {}
    for id_, ks in keys.items():
        for k in ks:
            blocks.setdefault(k, set()).add(id_)
    assert partner_pairs(["bout"], rows, keys, blocks, max_block=64) == {("bout", "but")}
    assert partner_pairs(["bout"], rows, keys, blocks, max_block=1) == set()


def test_common_among_keeps_parts_borne_by_enough_people() -> None:
    assert common_among({"part:ahmad": 10, "part:kony": 1}, 10) == {"ahmad"}
