from __future__ import annotations

import threadline


def test_public_api_is_what_all_lists() -> None:
    assert sorted(threadline.__all__) == [
        "Document",
        "Entity",
        "Extraction",
        "Mention",
        "Quote",
        "Relation",
        "Role",
        "Settings",
        "ThreadlineError",
        "__version__",
        "load_settings",
    ]
    for name in threadline.__all__:
        assert hasattr(threadline, name)


def test_document_id_is_a_content_hash() -> None:
    a = threadline.Document(text="same text", source="a.txt")
    b = threadline.Document(text="same text", source="b.txt", title="other")
    assert a.id == b.id and a.id.startswith("doc-")
