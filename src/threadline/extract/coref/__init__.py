"""Coreference within a document: pronouns and nominals linked to the names they stand for.

"He said", "arrested him", "the minister", "the cartel": each becomes a
:class:`~threadline.model.Mention` of kind ``pronoun`` or ``nominal`` whose
``antecedent`` is the id of a named mention of the same document and whose ``rule`` is
the versioned rule that linked it (``coref-v1:pronoun-person`` …). Resolution files
such a mention under its antecedent's entity (:mod:`threadline.resolve.coref`).

Modules: ``lexicon`` (word lists from data files), ``antecedents`` (what is known about
each name), ``choose`` (agreement, salience, recency), ``rules`` and ``nominals`` (the
rules), ``component`` (the spaCy component), ``mentions`` (links → Mention records).
See ``docs/coreference.md``.
"""

from __future__ import annotations

from threadline.extract.coref.component import find_links
from threadline.extract.coref.mentions import with_coref_mentions
from threadline.extract.coref.rules import VERSION, CorefSpan

__all__ = ["VERSION", "CorefSpan", "with_coref_mentions", "find_links"]
