"""surname-v2: a second bearer of the surname in the full person's own story."""

from __future__ import annotations

from threadline.resolve.surnames import names_other_bearer

# From re3d's Wikipedia article "Syrian Computer Society" (CC BY-SA 3.0).
SCS = (
    "The Syrian Computer Society is an organization in Syria. It was founded by Bassel"
    " al-Assad in 1989, and was subsequently headed by his brother Bashar al-Assad,[1] who"
    " would later become the President of Syria."
)
BASSEL = ["bassel", "al", "assad"]


def span(text: str, name: str) -> tuple[int, int]:
    at = text.index(name)
    return at, at + len(name)


def test_a_brother_named_in_the_story_is_a_second_bearer() -> None:
    assert names_other_bearer(SCS, "assad", [span(SCS, "Bassel al-Assad")], BASSEL)


def test_titles_the_article_and_possessives_are_not_second_bearers() -> None:
    text = "Bassel al-Assad spoke. The Assad family met. President Assad left. Assad's car."
    assert not names_other_bearer(text, "assad", [span(text, "Bassel al-Assad")], BASSEL)


def test_a_sentence_start_is_not_a_given_name() -> None:
    text = "Janet Yellen spoke. Later Yellen left."
    assert not names_other_bearer(text, "yellen", [span(text, "Janet Yellen")], ["janet", "yellen"])


def test_the_persons_own_unlinked_full_name_is_not_a_second_bearer() -> None:
    text = "Janet Yellen spoke. On Monday, Janet Yellen left."
    assert not names_other_bearer(text, "yellen", [span(text, "Janet Yellen")], ["janet", "yellen"])
