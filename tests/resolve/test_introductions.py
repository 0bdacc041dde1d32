"""Short forms a story introduces (for alias-v1), as a pure function of the resolved story."""

from __future__ import annotations

from threadline.model import Document, Extraction, Mention
from threadline.resolve import entity_id, resolve_extraction
from threadline.resolve.introductions import introduction_end, story_aliases


def story(text: str, *names: str, type_: str = "PublicBody") -> Extraction:
    doc = Document(text=text, source="mem.txt")
    ex = Extraction(document=doc)
    for name in names:
        at = text.index(name)
        ex.mentions.append(Mention(doc.id, at, at + len(name), name, type_, 0, len(text)))
    resolve_extraction(ex)
    return ex


def test_bracketed_acronym_is_introduced_with_its_span() -> None:
    text = "The Financial Action Task Force (FATF) grey-listed Panama."
    [intro] = story_aliases(story(text, "Financial Action Task Force"))
    assert intro.alias == "FATF" and intro.alias_entity == entity_id("PublicBody", "FATF")
    assert text[intro.start : intro.end] == "Financial Action Task Force (FATF)"


def test_a_form_introduced_for_two_entities_is_left_out() -> None:
    text = (
        "The Financial Action Task Force (FATF) met the Federal Anti-Terrorism Force"
        " (FATF) on Monday."
    )
    ex = story(text, "Financial Action Task Force", "Federal Anti-Terrorism Force")
    assert story_aliases(ex) == []


def test_introduction_ends_after_the_closing_bracket() -> None:
    text = "the Task Force (TF) met"
    assert text[: introduction_end(text, 14, "TF")] == "the Task Force (TF)"
