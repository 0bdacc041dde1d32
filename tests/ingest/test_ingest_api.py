from __future__ import annotations

import dataclasses
import inspect

import threadline.ingest
from threadline.ingest import IngestFailure, iter_documents


def test_public_api_is_what_all_lists() -> None:
    assert sorted(threadline.ingest.__all__) == ["IngestFailure", "iter_documents"]
    assert [f.name for f in dataclasses.fields(IngestFailure)] == ["path", "error"]
    parameters = inspect.signature(iter_documents).parameters
    assert list(parameters) == ["paths", "settings", "collection", "stdin"]
    assert parameters["collection"].default == "default"
    assert parameters["stdin"].default is None
    assert all(
        parameters[name].kind is inspect.Parameter.KEYWORD_ONLY for name in list(parameters)[1:]
    )
