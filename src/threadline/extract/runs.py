"""Taming runs of punctuation that would make spaCy's tokenizer quadratic.

spaCy strips prefix and suffix punctuation from a space-free chunk one character at a
time, copying the rest of the chunk each time: 40,000 ``"`` in a row take minutes.
Before a text is parsed, such runs are shortened *in place* — the surplus characters
become spaces — so the parsed text has exactly the original's length and every offset
found in it is an offset into the original. The stored document keeps its original text.
"""

from __future__ import annotations

import re

#: Punctuation runs longer than this are shortened (80-dash separator lines still pass).
LONGEST_RUN = 100


def _run_pattern(longest: int) -> re.Pattern[str]:
    return re.compile(rf"[^\w\s]{{{longest + 1},}}")


_RUN = _run_pattern(LONGEST_RUN)


def calm_runs(text: str, longest: int = LONGEST_RUN) -> str:
    """``text`` with every run of more than ``longest`` punctuation marks cut short.

    A run is consecutive characters that are neither letters, digits nor whitespace
    (a row of double quotes, a dashed line, ``!?!?!?``). Its first ``longest`` marks
    are kept and the rest are replaced by as many spaces, so the result has the same
    length as ``text`` and offsets into it are offsets into ``text``. Texts without
    such runs are returned unchanged.
    """
    if longest < 1:
        raise ValueError("longest must be at least 1")
    pattern = _RUN if longest == LONGEST_RUN else _run_pattern(longest)
    return pattern.sub(lambda run: run[0][:longest] + " " * (len(run[0]) - longest), text)
