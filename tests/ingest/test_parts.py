from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from threadline.ingest.parts import StreamInfo, cut_point, iter_text_parts, split_text
from threadline.model import Document

# Measures peak memory while ingesting a big file; prints what the test checks.
_MEASURE = """
import hashlib, json, resource, sys
from threadline.ingest import iter_documents
from threadline.settings import Settings

path, split_chars = sys.argv[1], int(sys.argv[2])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
digest, parts = hashlib.sha256(), []
for document in iter_documents([path], settings=Settings(split_chars=split_chars)):
    digest.update(document.text.encode("utf-8"))
    parts.append([document.title, document.metadata.get("part"), len(document.text)])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew_kb": after - before, "sha256": digest.hexdigest(), "parts": parts}))
"""


def test_huge_text_file_is_split_with_bounded_memory(tmp_path: Path) -> None:
    block = "".join(
        f"Paragraph {i}: the shipment left Guayaquil on a reefer vessel — café, Ñandú.\r\n"
        f"Customs officers in Rotterdam found {i} kilograms.\r\n\r\n"
        for i in range(500)
    ).encode("utf-8")
    copies = (40 * 1024 * 1024) // len(block)
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        for _ in range(copies):
            handle.write(block)
    expected = hashlib.sha256()
    normalized = block.replace(b"\r\n", b"\n")
    for _ in range(copies):
        expected.update(normalized)
    split_chars = 1_000_000
    run = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(split_chars)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    result = json.loads(run.stdout)
    parts = result["parts"]
    assert result["sha256"] == expected.hexdigest()  # parts join back to the whole text
    assert len(parts) > 35
    assert [p[1] for p in parts] == list(range(1, len(parts) + 1))
    assert parts[0][0] == "huge.txt (part 1)"
    assert all(p[2] <= split_chars for p in parts)
    # The file is 40 MB; reading it must not hold more than a few parts at a time.
    assert result["grew_kb"] < 25 * 1024, result["grew_kb"]


def test_parts_end_at_paragraph_breaks(tmp_path: Path, ingest) -> None:
    paragraphs = [f"Paragraph {i} " + "word " * (i % 7 + 3) for i in range(200)]
    text = "\n\n".join(paragraphs) + "\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    documents = ingest(tmp_path / "long.txt", split_chars=500)
    assert all(isinstance(d, Document) for d in documents)
    assert "".join(d.text for d in documents) == text
    assert all(len(d.text) <= 500 for d in documents)
    assert all(d.text.endswith("\n\n") for d in documents[:-1])
    assert documents[2].title == "long.txt (part 3)" and documents[2].metadata["part"] == 3
    assert all(d.source == str(tmp_path / "long.txt") for d in documents)


def test_text_not_longer_than_split_chars_is_one_document(tmp_path: Path, ingest) -> None:
    (tmp_path / "short.txt").write_text("a" * 100, encoding="utf-8")
    [document] = ingest(tmp_path / "short.txt", split_chars=100)
    assert document.title == "short.txt" and "part" not in document.metadata


def test_crlf_and_multibyte_characters_split_across_chunks_decode_whole() -> None:
    data = "é\r\nñ\r\n€".encode()
    chunks = [data[i : i + 1] for i in range(len(data))]  # one byte at a time
    info = StreamInfo()
    assert list(iter_text_parts(chunks, "x", 1000, info)) == [("é\nñ\n€", True)]
    assert info.warnings == []


def test_invalid_utf8_late_in_a_stream_is_replaced_with_a_warning() -> None:
    # The encoding is chosen from the first megabyte, which is valid UTF-8 here.
    chunks = [b"valid text " * 100_000, b"then \xff\xfe bad bytes", b" and more"]
    info = StreamInfo()
    text = "".join(part for part, _ in iter_text_parts(chunks, "late.txt", 10_000_000, info))
    assert text == "valid text " * 100_000 + "then \ufffd\ufffd bad bytes and more"
    assert info.encoding == "utf-8"
    assert len(info.warnings) == 1 and "undecodable bytes replaced" in info.warnings[0]


def test_split_without_any_break_cuts_at_the_limit() -> None:
    assert list(split_text(["x" * 5, "x" * 20], 10)) == [
        ("x" * 10, False),
        ("x" * 10, False),
        ("x" * 5, True),
    ]
    assert cut_point("aaaa bbbb\ncccc dddd", 15) == 10
