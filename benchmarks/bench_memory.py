"""Peak memory of extracting one long single-paragraph document, by document size.

    .venv/bin/python benchmarks/bench_memory.py [--sizes 0.25 1 4] [--previous] [--baseline]

Each size runs in a fresh process: the spaCy pipeline is loaded, a text of that many
megabytes (news-like sentences, no paragraph or line break) is built, and
``extract_documents`` runs over it as one document. Reported: peak RSS of the process
(``ru_maxrss``) after loading the pipeline and building the text, the peak after
extraction, the growth between the two and the seconds taken. **bounded** is the current
code (parts and batches of at most 100,000 characters). ``--previous`` also runs each size
with batches of 400,000 characters (the first fault #2 fix), and ``--baseline`` as before
any fix (200,000-character parts, batches bounded by count only), in the same run, for the
ratio. Both still reduce each part to its findings as it is parsed (the old code kept
every part's Doc until the document was done), so they understate the old peaks.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

_CHILD = """
import resource, sys, time
from threadline import model
from threadline.extract import extract_documents, load_pipeline
from threadline.settings import load
size, max_chars, batch_chars = (int(a) for a in sys.argv[1:4])
nlp = load_pipeline(load())
sentences = [
    "John Smith, director of Acme Holdings Ltd, was arrested in Lagos on 3 May 2021. ",
    "Prosecutors said Maria Lopez laundered $2.5 million through shell companies. ",
    '"We will not stop," said Inspector Ahmed Khan of the Metropolitan Police. ',
    "The Sinaloa cartel shipped cocaine from Colombia to Spain via Rotterdam. ",
]
text, n = [], 0
while n < size:
    piece = sentences[len(text) % len(sentences)]
    text.append(piece)
    n += len(piece)
text = "".join(text)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
start = time.perf_counter()
docs = [model.Document(text=text, source="big.txt")]
[found] = extract_documents(nlp, docs, max_chars=max_chars, batch_chars=batch_chars)
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(before, after, round(seconds, 1), len(found.mentions))
"""


def run(size_mb: float, max_chars: int, batch_chars: int) -> tuple[int, int, float, int]:
    chars = int(size_mb * 1_000_000)
    args = [str(chars), str(max_chars), str(batch_chars)]
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, *args], capture_output=True, text=True, check=True
    )
    before, after, seconds, mentions = out.stdout.split()
    return int(before), int(after), float(seconds), int(mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 1, 4])
    parser.add_argument("--previous", action="store_true")
    parser.add_argument("--baseline", action="store_true")
    args = parser.parse_args()
    modes = [("bounded", 100_000, 100_000)]
    if args.previous:
        modes.append(("previous", 100_000, 400_000))
    if args.baseline:
        modes.append(("baseline", 200_000, 10**12))
    print("| mode | size (MB) | RSS before (MB) | peak RSS (MB) | growth (MB) | s | mentions |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        for name, max_chars, batch_chars in modes:
            before, after, seconds, mentions = run(size, max_chars, batch_chars)
            row = [name, size, before, after, after - before, seconds, mentions]
            print("| " + " | ".join(str(v) for v in row) + " |", flush=True)


if __name__ == "__main__":
    main()
