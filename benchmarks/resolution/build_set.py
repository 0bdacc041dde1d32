"""Build the cross-document resolution evaluation set from ../shared/data (see SOURCES.md).

Each record is one name as one story might write it, with the gold ``cluster`` of the
person or organisation it names; every two records of one split form a labelled pair
(same cluster: should merge; different clusters: must not). Sources:

- the UN Security Council Consolidated List: each listed person or entity gives its
  listed name (in Proper Case, as news writes it), its name in the original script
  (Arabic, Cyrillic, Chinese, Korean …) and up to two "Good"-quality aliases of two or
  more words. Relatives share surnames (Qusay and Uday Saddam Hussein al-Tikriti), so
  hard non-matches come with the data;
- moov-io/watchman's cross-script pairs (a name in another script and its Latin form);
- nomenklatura's spellings of Vladimir Putin (every eighth, to keep one person from
  dominating the pairs);
- yente's synthetic people who are on no list, from many cultures and scripts (every
  25th of 50,000): each is a person of their own, so every merge among them is wrong.
  Two of them with the same normalized name would share an entity key in threadline
  anyway, so only the first of such names is kept.

Clusters are split into dev and test halves by a hash of their id, so a person's names
never straddle the halves. Run from the repository root:

    python benchmarks/resolution/build_set.py
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent.parent / "shared" / "data"
PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
MAX_ALIASES = 2


def proper(name: str) -> str:
    """ "SADDAM HUSSEIN AL-TIKRITI" → "Saddam Hussein Al-Tikriti" (news case)."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def as_written(alias: str) -> str:
    """A listed alias as a story would write it: "MAKENGA, Colonel SULTANI" → "Colonel
    Sultani Makenga"; names in other scripts are left alone."""
    last, comma, first = alias.partition(",")
    if comma and first.strip():
        alias = f"{first.strip()} {last.strip()}"
    return " ".join(proper(w) if w.isupper() else w for w in alias.split())


def un_records(path: Path) -> list[dict[str, str]]:
    root = ET.parse(path).getroot()
    records: list[dict[str, str]] = []
    for kind, tag, type_ in (
        ("INDIVIDUAL", "INDIVIDUALS", "Person"),
        ("ENTITY", "ENTITIES", "Organization"),
    ):
        for item in root.find(tag) or []:
            listed = " ".join(p for p in (item.findtext(t) for t in PARTS) if p and p.strip())
            names = [proper(listed)] if listed else []
            original = (item.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            if original:
                names.append(original)
            aliases = [
                as_written(a.findtext("ALIAS_NAME", "").strip())
                for a in item.findall(f"{kind}_ALIAS")
                if a.findtext("QUALITY") == "Good"
            ]
            names += [a for a in aliases if len(a.split()) >= 2][:MAX_ALIASES]
            names = list(dict.fromkeys(names))
            if len(names) < 2:
                continue
            ref = item.findtext("REFERENCE_NUMBER") or item.findtext("DATAID") or ""
            for name in names:
                records.append(
                    {"cluster": f"un:{ref}", "type": type_, "name": name, "source": f"UN {ref}"}
                )
    return records


def watchman_records(path: Path) -> list[dict[str, str]]:
    records = []
    with path.open(encoding="utf-8") as handle:
        rows = csv.reader(line for line in handle if line.strip() and not line.startswith("#"))
        for query, expected, *_ in rows:
            cluster = f"name:{expected.lower()}"
            for name in (query, expected):
                records.append(
                    {
                        "cluster": cluster,
                        "type": "Person",
                        "name": name,
                        "source": "watchman cross-script pairs",
                    }
                )
    return records


def putin_records(path: Path) -> list[dict[str, str]]:
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        {
            "cluster": "name:vladimir putin",
            "type": "Person",
            "name": name,
            "source": "nomenklatura Putin spellings",
        }
        for name in names[::8]
    ]


def join_duplicates(records: list[dict[str, str]]) -> list[dict[str, str]]:
    """One cluster for listings that share a name: the UN lists some people under two
    regimes (Hassan Dahir Aweys), and a shared name is the same person in this set."""
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.get(c, c) != c:
            c = parent[c]
        return c

    owner: dict[str, str] = {}
    for r in records:
        key = " ".join(r["name"].lower().split())
        if key in owner and root(owner[key]) != root(r["cluster"]):
            parent[root(r["cluster"])] = root(owner[key])
        owner.setdefault(key, r["cluster"])
    return [{**r, "cluster": root(r["cluster"])} for r in records]


def negative_records(path: Path, step: int = 25) -> list[dict[str, str]]:
    from threadline.resolve import entity_key

    records, keys = [], set()
    with path.open(encoding="utf-8") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            name = row["full_name"].strip()
            key = entity_key("Person", name)
            if i % step or not name or key in keys:
                continue
            keys.add(key)
            records.append(
                {
                    "cluster": f"neg:{i}",
                    "type": "Person",
                    "name": name,
                    "source": "yente synthetic negatives",
                }
            )
    return records


def split_of(cluster: str) -> str:
    return "dev" if hashlib.sha1(cluster.encode()).digest()[0] % 2 == 0 else "test"


def main() -> int:
    if not DATA.exists():
        print(f"needs ../shared/data (looked in {DATA})", file=sys.stderr)
        return 2
    records = un_records(DATA / "sanctions" / "un" / "UN_consolidated.xml")
    records += watchman_records(DATA / "names" / "watchman_cross_script_pairs.csv")
    records += putin_records(DATA / "names" / "nomenklatura_putin_names.txt")
    records += negative_records(DATA / "names" / "yente_negatives_global.csv")
    records = join_duplicates(records)
    seen: set[tuple[str, str]] = set()
    halves: dict[str, list[dict[str, str]]] = {"dev": [], "test": []}
    for record in records:
        key = (record["cluster"], record["name"])
        if key not in seen:
            seen.add(key)
            halves[split_of(record["cluster"])].append(record)
    for split, rows in halves.items():
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        clusters = len({r["cluster"] for r in rows})
        print(f"{split}: {len(rows)} names of {clusters} people and organisations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
