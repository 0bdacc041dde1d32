"""Hard-wrapped texts: quotations and speakers read across the line breaks that only wrap
a paragraph (older press releases are stored with a break every few dozen characters).

Texts written for these tests in the layout of such releases.
"""

from __future__ import annotations

from threadline.extract.wrapping import line_start, soft_breaks

WRAPPED = (
    "SAN JUAN, Puerto Rico - Agents seized 1.5 tons of cocaine\n"
    "from a fishing vessel on May 24 and arrested five men\n"
    "in connection with the seizure.\n"
    "“These\n"
    "arrests are a clear indication of the success of the\n"
    "Strike Force Initiative,” said\n"
    "Rosa Emilia Rodríguez-Veliz,\n"
    "U.S. Attorney for the District of Puerto\n"
    "Rico. “We will continue maximizing\n"
    "all of our combined resources.”\n"
)


def test_soft_breaks_are_those_inside_sentences_of_a_wrapped_text():
    soft = soft_breaks(WRAPPED)
    assert WRAPPED.index("\nfrom a fishing") in soft
    assert WRAPPED.index("\n“These") not in soft  # after "seizure." a paragraph ends
    assert line_start(WRAPPED, WRAPPED.index("arrests are"), soft) == WRAPPED.index("“These")


def test_text_with_one_paragraph_per_line_has_no_soft_breaks():
    text = (
        "Ministers discussed the crisis in Syria\n"
        "Boris Johnson\n"
        "A Foreign Office spokesman said: “The Foreign Secretary met Sergei Lavrov.”\n"
        "The ministers discussed the crisis.\n"
        "They agreed to meet again.\n"
    )
    assert soft_breaks(text) == frozenset()


def test_quotes_in_a_wrapped_text_go_to_the_speaker_named_across_breaks(extract_text):
    ex = extract_text(WRAPPED)
    by_id = {m.id: m.text for m in ex.mentions}
    got = [(q.text.split()[0], by_id.get(q.speaker_mention or "")) for q in ex.quotes]
    assert got == [("These", "Rosa Emilia Rodríguez-Veliz"), ("We", "Rosa Emilia Rodríguez-Veliz")]
