"""Coreference, quote speakers and persons on the events evaluation set, both splits.

    python benchmarks/eval_coref.py

Gold: ``benchmarks/events/{dev,test}`` (see ``benchmarks/events/GUIDELINES.md``). Every
document is extracted and resolved as ``threadline ingest`` does; predictions are the v2
predictions of ``eventpredict`` (pronoun/nominal mentions named by their antecedent).
Beside ``eval_events.py``'s link accuracy (gold links whose span a predicted link overlaps
with the right antecedent, i.e. recall), this reports link precision on the annotated
spans (predicted links that overlap a gold span and name its antecedent; links on spans
the guidelines do not annotate, such as "I" in a statement, are counted apart) and the
links made by each rule. Rules were written looking at dev only.
"""

from __future__ import annotations

import sys
from collections import Counter

from eventpredict import predict
from eventscore import SPLITS, Scores, load_split, names_match, overlaps, ratio
from threadline import model
from threadline.extract import extract_documents
from threadline.extract.pipeline import load_pipeline
from threadline.resolve import prepare, resolve_extraction
from threadline.settings import load


def evaluate_split(nlp: object, split: str) -> tuple[Scores, Counter[str], Counter[str]]:
    gold = load_split(split)
    documents = [
        model.Document(text=d["text"], source=d["id"], date=d["date"], url=d["url"]) for d in gold
    ]
    scores, links, rules = Scores(), Counter[str](), Counter[str]()
    for doc, extraction in zip(gold, extract_documents(nlp, documents), strict=True):  # type: ignore[arg-type]
        resolve_extraction(extraction)
        pred = predict(extraction, "v2")
        scores.add(doc, pred)
        rules.update(m.rule or "" for m in extraction.mentions if m.kind != "name")
        names = tuple(doc["persons"])
        for span, antecedent in pred.coref:
            links["predicted"] += 1
            golds = [c for c in doc["coref"] if overlaps(span, c["span"])]
            if not golds:
                continue
            links["on gold span"] += 1
            links["right"] += any(
                antecedent is not None
                and names_match(antecedent, c["antecedent"], names, doc.get("aliases", {}))
                for c in golds
            )
    return scores, links, rules


def main() -> int:
    nlp = load_pipeline(load())
    prepare()
    for split in SPLITS:
        s, links, rules = evaluate_split(nlp, split)
        print(f"## {split} ({s.documents} documents)")
        print(
            f"coref link accuracy (recall): {ratio(s.coref['linked'], s.coref['gold'])} "
            f"({s.coref['linked']}/{s.coref['gold']})"
        )
        print(
            f"coref link precision on annotated spans: "
            f"{ratio(links['right'], links['on gold span'])} "
            f"({links['right']}/{links['on gold span']}; {links['predicted']} links in all)"
        )
        print(
            f"quote speaker accuracy: {ratio(s.quotes['speaker_right'], s.quotes['gold'])} "
            f"({s.quotes['speaker_right']}/{s.quotes['gold']})"
        )
        print(
            f"persons precision: {ratio(s.persons['matched'], s.persons['pred'])} "
            f"({s.persons['matched']}/{s.persons['pred']}), recall: "
            f"{ratio(s.persons['matched'], s.persons['gold'])} "
            f"({s.persons['matched']}/{s.persons['gold']})"
        )
        print("links by rule: " + ", ".join(f"{r} {n}" for r, n in sorted(rules.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
