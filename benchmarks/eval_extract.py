"""Entity extraction quality on the re3d development set: threadline vs raw spaCy.

    python benchmarks/eval_extract.py            # prints the tables, writes docs/evaluation.md
    python benchmarks/eval_extract.py --no-write # prints only

Reads ../shared/data/re3d (or $THREADLINE_SHARED_DATA/re3d): four subsets of mongoexport
JSON lines, ``documents.json`` (``_id``, ``text``) and ``entities.json`` (``documentId``,
``begin``, ``end``, ``type``). Scores Person, Organisation (threadline's Organization,
PublicBody and Company) and Location mentions against the gold spans, exactly and by
overlap, for three systems run in the same process on the same texts: the raw spaCy
model, threadline (the same model plus threadline's components), and threadline without
its gazetteer (an ablation, since the gazetteer is hand-written domain knowledge).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

import re3d_coref
from extract_report import REPORT
from threadline import model
from threadline.extract import extract_documents
from threadline.extract.pipeline import add_domain_components, load_pipeline
from threadline.settings import load

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("THREADLINE_SHARED_DATA", ROOT.parent / "shared" / "data"))
SUBSETS = ("centcom", "uk-government", "australian-dfat", "wikipedia")
TYPES = ("Person", "Organization", "Location")
GOLD_TYPES = {"Person": "Person", "Organisation": "Organization", "Location": "Location"}
THREADLINE_TYPES = {
    model.PERSON: "Person",
    model.ORGANIZATION: "Organization",
    model.PUBLIC_BODY: "Organization",
    model.COMPANY: "Organization",
    model.LOCATION: "Location",
}
SPACY_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location"}
COMMAND = "python benchmarks/eval_extract.py"

# (document id, start, end, type)
SpanKey = tuple[str, int, int, str]
# document id → (start, end, antecedent span) of threadline's pronoun/nominal mentions
CorefSpans = dict[str, list[tuple[int, int, tuple[int, int] | None]]]


@dataclass
class Corpus:
    texts: dict[str, str] = field(default_factory=dict)  # document id → text
    subset: dict[str, str] = field(default_factory=dict)  # document id → subset
    gold: set[SpanKey] = field(default_factory=set)
    gold_rows: int = 0
    offsets_equal: int = 0  # gold rows whose value == text[begin:end]


def _json_lines(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8-sig") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def load_corpus(root: Path) -> Corpus:
    """All four subsets' documents and their Person/Organisation/Location gold spans."""
    corpus = Corpus()
    for subset in SUBSETS:
        for row in _json_lines(root / subset / "documents.json"):
            corpus.texts[row["_id"]] = row["text"]
            corpus.subset[row["_id"]] = subset
        for row in _json_lines(root / subset / "entities.json"):
            type_ = GOLD_TYPES.get(row["type"])
            text = corpus.texts[row["documentId"]]
            corpus.gold_rows += 1
            corpus.offsets_equal += text[row["begin"] : row["end"]] == row["value"]
            if type_ is None:
                continue
            start, end = _trimmed(text, row["begin"], row["end"])
            if end > start:
                corpus.gold.add((row["documentId"], start, end, type_))
    return corpus


def spacy_spans(nlp: Language, corpus: Corpus) -> set[SpanKey]:
    """Entity spans of the raw spaCy pipeline, mapped to the three types."""
    found: set[SpanKey] = set()
    ids = list(corpus.texts)
    for doc_id, doc in zip(ids, nlp.pipe(corpus.texts[i] for i in ids), strict=True):
        for ent in doc.ents:
            if ent.label_ in SPACY_TYPES:
                found.add((doc_id, ent.start_char, ent.end_char, SPACY_TYPES[ent.label_]))
    return found


def threadline_spans(
    nlp: Language, corpus: Corpus, coref: CorefSpans | None = None
) -> set[SpanKey]:
    """Mentions from threadline's extract stage, mapped to the three types; pronoun and
    nominal mentions also go to ``coref`` (document → start, end, antecedent span)."""
    found: set[SpanKey] = set()
    ids = list(corpus.texts)
    documents = [model.Document(text=corpus.texts[i], source=i) for i in ids]
    for doc_id, extraction in zip(ids, extract_documents(nlp, documents), strict=True):
        by_id = {m.id: m for m in extraction.mentions}
        for m in extraction.mentions:
            if m.type in THREADLINE_TYPES:
                assert extraction.document.text[m.start : m.end] == m.text
                found.add((doc_id, m.start, m.end, THREADLINE_TYPES[m.type]))
            if coref is not None and m.kind in ("pronoun", "nominal"):
                ante = by_id.get(m.antecedent or "")
                coref.setdefault(doc_id, []).append(
                    (m.start, m.end, ante and (ante.start, ante.end))
                )
    return found


@dataclass
class Score:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(a: SpanKey, b: SpanKey) -> bool:
    return a[0] == b[0] and a[3] == b[3] and a[1] < b[2] and b[1] < a[2]


def score(pred: set[SpanKey], gold: set[SpanKey], lenient: bool) -> Score:
    """Precision over predicted spans, recall over gold spans (exact or overlapping)."""
    if not lenient:
        hits = len(pred & gold)
        return Score(hits, len(pred), hits, len(gold))
    by_doc: dict[tuple[str, str], list[SpanKey]] = {}
    for g in gold:
        by_doc.setdefault((g[0], g[3]), []).append(g)
    pred_by_doc: dict[tuple[str, str], list[SpanKey]] = {}
    for p in pred:
        pred_by_doc.setdefault((p[0], p[3]), []).append(p)
    tp_pred = sum(any(_overlaps(p, g) for g in by_doc.get((p[0], p[3]), [])) for p in pred)
    tp_gold = sum(any(_overlaps(g, p) for p in pred_by_doc.get((g[0], g[3]), [])) for g in gold)
    return Score(tp_pred, len(pred), tp_gold, len(gold))


def _in(corpus: Corpus, key: SpanKey, subset: str, type_: str) -> bool:
    in_subset = subset == "pooled" or corpus.subset[key[0]] == subset
    return in_subset and (type_ == "all three" or key[3] == type_)


def table(systems: dict[str, set[SpanKey]], corpus: Corpus, subsets: list[str]) -> list[str]:
    """Markdown rows: one per (subset, type), F1 (P/R) per system, exact and lenient."""
    names = list(systems)
    exact_heads = " | ".join(f"{n} exact F1 (P/R)" for n in names)
    lenient_heads = " | ".join(f"{n} overlap F1" for n in names)
    rows = [
        f"| subset | type | gold | {exact_heads} | {lenient_heads} |",
        "|" + "---|" * (3 + 2 * len(names)),
    ]
    for subset in subsets:
        for type_ in (*TYPES, "all three"):
            gold = {k for k in corpus.gold if _in(corpus, k, subset, type_)}
            preds = [{k for k in systems[n] if _in(corpus, k, subset, type_)} for n in names]
            exact = [score(p, gold, lenient=False) for p in preds]
            lenient = [score(p, gold, lenient=True) for p in preds]
            cells = [f"{s.f1:.3f} ({s.precision:.2f}/{s.recall:.2f})" for s in exact]
            cells += [f"{s.f1:.3f}" for s in lenient]
            label = f"**{subset}**" if subset == "pooled" else subset
            rows.append(f"| {label} | {type_} | {len(gold)} | " + " | ".join(cells) + " |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "re3d")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "evaluation.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not (args.data / "centcom" / "documents.json").is_file():
        print(
            f"eval_extract: skipped: the re3d data is not at {args.data} "
            "(it lives in ../shared/data/re3d; set THREADLINE_SHARED_DATA to its parent).",
            file=sys.stderr,
        )
        return 0
    settings = load()
    corpus = load_corpus(args.data)
    started = time.perf_counter()
    raw = spacy.load(settings.spacy_model)
    ablation = add_domain_components(spacy.load(settings.spacy_model))
    ablation.remove_pipe("threadline_gazetteer_v1")
    coref: CorefSpans = {}
    systems = {
        "spaCy": spacy_spans(raw, corpus),
        "threadline": threadline_spans(load_pipeline(settings), corpus, coref),
        "no gazetteer": threadline_spans(ablation, corpus),
    }
    seconds = time.perf_counter() - started
    rows = table(systems, corpus, ["pooled", *SUBSETS])
    extra = before_after(systems, corpus), descriptions(args.data, coref)
    print("\n".join(rows + extra[0] + extra[1]))
    if not args.no_write:
        report = render(
            corpus, settings.spacy_model, rows, summary(systems, corpus), seconds, extra
        )
        args.output.write_text(report, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


PRONOUNS = frozenset(
    {"i", "he", "she", "we", "they", "it", "his", "her", "its", "their", "our", "my"}
    | {"me", "us", "them", "him", "you", "your"}
)


def is_description(text: str) -> bool:
    """A rough test for gold spans that are not names: pronouns, lower-case phrases and
    an article or possessive before a lower-case word ("the city", "our partners")."""
    words = text.split()
    if text.lower() in PRONOUNS or words[0].lower() in PRONOUNS or text[0].islower():
        return True
    return (
        words[0].lower() in ("the", "a", "an", "one") and len(words) > 1 and words[1][0].islower()
    )


def description_share(corpus: Corpus, type_: str) -> str:
    gold = [k for k in corpus.gold if k[3] == type_]
    share = sum(is_description(corpus.texts[k[0]][k[1] : k[2]]) for k in gold) / len(gold)
    return f"{share:.0%}"


def summary(systems: dict[str, set[SpanKey]], corpus: Corpus) -> list[str]:
    """One line per type: pooled exact and overlap F1, raw spaCy → threadline."""
    lines = []
    for type_ in TYPES:
        gold = {k for k in corpus.gold if k[3] == type_}
        cells = []
        for lenient in (False, True):
            base, ours = (
                score({k for k in systems[n] if k[3] == type_}, gold, lenient).f1
                for n in ("spaCy", "threadline")
            )
            cells.append(f"{base:.3f} → {ours:.3f} ({ours - base:+.3f})")
        lines.append(f"| {type_} | {cells[0]} | {cells[1]} |")
    return lines


def before_after(systems: dict[str, set[SpanKey]], corpus: Corpus) -> list[str]:
    """Per subset, all three types: overlap F1 of raw spaCy, then threadline."""
    rows = ["| subset | gold | raw spaCy | threadline | change |", "|---|---|---|---|---|"]
    for subset in ("pooled", *SUBSETS):
        gold = {k for k in corpus.gold if _in(corpus, k, subset, "all three")}
        base, ours = (
            score({k for k in systems[n] if _in(corpus, k, subset, "all three")}, gold, True).f1
            for n in ("spaCy", "threadline")
        )
        rows.append(f"| {subset} | {len(gold)} | {base:.3f} | {ours:.3f} | {ours - base:+.3f} |")
    return rows


def descriptions(data: Path, coref: CorefSpans) -> list[str]:
    """The pronoun/nominal table (see ``re3d_coref``), one row per subset and pooled."""
    by_subset = {
        s: re3d_coref.score(re3d_coref.load_descriptions(data / s), coref) for s in SUBSETS
    }
    pooled: Counter[str] = sum(by_subset.values(), Counter())
    return re3d_coref.table({"pooled": pooled, **by_subset})


def render(
    corpus: Corpus,
    model_name: str,
    rows: list[str],
    summary_rows: list[str],
    seconds: float,
    extra: tuple[list[str], list[str]],
) -> str:
    """docs/evaluation.md: how the figures were made, the figures, and what they mean."""
    return REPORT.format(
        command=COMMAND,
        model=model_name,
        spacy_version=spacy.__version__,
        documents=len(corpus.texts),
        gold=len(corpus.gold),
        gold_rows=corpus.gold_rows,
        offsets_equal=corpus.offsets_equal,
        table="\n".join(rows),
        summary="\n".join(summary_rows),
        person_descriptions=description_share(corpus, "Person"),
        org_descriptions=description_share(corpus, "Organization"),
        seconds=f"{seconds:.0f}",
        before_after="\n".join(extra[0]),
        descriptions="\n".join(extra[1]),
    )


if __name__ == "__main__":
    raise SystemExit(main())
