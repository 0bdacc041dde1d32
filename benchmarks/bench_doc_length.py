"""Extraction time per sentence against the length of a one-part document (issue 14).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_doc_length.py [--sentences 150 600 2400]
        [--compare OLD_SRC]

Each size is a fresh process: the threadline pipeline is loaded, the bundled CENTCOM
sample texts are joined (repeated as needed) into one document of about that many
sentences, and ``extract_documents`` runs on it as a single part (``max_chars`` above its
length), so the parse, threadline's components and the relation, event and role rules
all see the whole text. Reported: sentences, CPU seconds of the process (wall time on
a shared machine moves with other jobs' load), milliseconds per sentence and the ratio of
that to the smallest size's. Flat (ratios near 1) means linear in length; the
rules used to read ``Doc.text``/``Doc.ents`` once per candidate, which made them
quadratic. ``--compare`` also runs every size with another source tree first on the path
(e.g. ``git archive 4e98478 src | tar -x -C /tmp/old``, then ``--compare /tmp/old/src``),
in the same run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, sys, time
from pathlib import Path
from threadline import model
from threadline.extract import extract_documents, load_pipeline
from threadline.settings import load
folder, wanted = Path(sys.argv[1]), int(sys.argv[2])
texts = [json.loads(p.read_text())["text"] for p in sorted(folder.glob("*.json"))]
nlp = load_pipeline(load())
counts = [len(list(doc.sents)) for doc in nlp.pipe(texts)]
chosen, n = [], 0
while n < wanted:
    chosen.append(texts[len(chosen) % len(texts)])
    n += counts[(len(chosen) - 1) % len(texts)]
text = "\\n\\n".join(chosen)
document = model.Document(text=text, source="long.txt")
start = time.process_time()
[found] = extract_documents(nlp, [document], max_chars=len(text) + 1, batch_chars=len(text) + 1)
print(n, len(text), time.process_time() - start, len(found.mentions))
"""


def run(sentences: int, src: Path) -> tuple[int, int, float, int]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    folder = str(ROOT / "samples" / "centcom")
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, folder, str(sentences)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    n, chars, seconds, mentions = out.stdout.split()
    return int(n), int(chars), float(seconds), int(mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, nargs="+", default=[150, 600, 2400])
    parser.add_argument("--compare", type=Path, help="another src/ to time in the same run")
    args = parser.parse_args()
    trees = [("current", ROOT / "src")]
    if args.compare:
        trees.append(("compare", args.compare))
    print("| code | sentences | characters | CPU s | ms per sentence | ratio | mentions |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    first: dict[str, float] = {}
    for size in args.sentences:
        for name, src in trees:
            n, chars, seconds, mentions = run(size, src)
            per = 1000 * seconds / n
            first.setdefault(name, per)
            row = [name, n, chars, round(seconds, 1), round(per, 2), round(per / first[name], 2)]
            print("| " + " | ".join(str(v) for v in [*row, mentions]) + " |", flush=True)


if __name__ == "__main__":
    main()
