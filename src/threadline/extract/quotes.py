"""Quotations and who said them.

Quotation segments come from :mod:`threadline.extract.quote_marks`. The speaker is the
nearest person or organisation that is the subject of a speech verb next to the
quotation, in the same sentence and paragraph, or on the line that introduces it:

* after it: '"…," he said' / '"…," said Janet Yellen' / '"…," the FBI's Wray told reporters';
* before it: 'Yellen said: "…"' / 'According to Interpol, "…"';
* a person signing it after a dash: '"…" — Attorney General Merrick B. Garland';
* on the line before, when the quotation opens its paragraph and that line ends in a
  colon: 'Gen. Joseph Votel released the following statement:'.

"he"/"she" and "the secretary" stand for the name coreference linked them to
(:mod:`threadline.extract.coref`); without it, for the last person named outside any
quotation, and the last person named with that office ("Defense Secretary Ash Carter").
Unmarked statements after "Tobias Ellwood said:" and transcript turns after a label in
capitals are quotations too (:mod:`threadline.extract.statements`) when a speaker is found.

A quotation with no speaker of its own continues the previous quotation's speaker in its
paragraph, or in the paragraph before when that one held only the quotation or ends with
a quotation and its attribution ('"…," said Williams.'); opening a paragraph after
"Garland said the arrests were a milestone.", it is Garland's. A nickname or alias is no
quotation; unattributed ones of under four words are scare quotes and are dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from threadline.extract.doc_index import doc_text
from threadline.extract.quote_marks import (
    QuoteSegment,
    find_quote_segments,
    is_pure_quote_line,
    previous_line_start,
    without_names,
)
from threadline.extract.roles import RoleSpan
from threadline.extract.spans import ACTOR_LABELS
from threadline.extract.speech import is_speech_verb, token_window
from threadline.extract.statements import LABEL, statement_segments
from threadline.extract.titles import is_office, spokesperson_of
from threadline.extract.wrapping import doc_soft_breaks
from threadline.extract.wrapping import line_start as wrapped_line_start

METHOD = "rules-v1"
PRONOUNS = frozenset({"he", "she"})
MIN_UNATTRIBUTED_WORDS = 4
DASHES = frozenset({"—", "–", "--"})


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation in a Doc (character offsets) and its speaker's entity, if found."""

    start: int
    end: int
    speaker: tuple[int, int] | None = None


class Attribution:
    """Finds speakers of quotations in one Doc."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.quoted = quoted
        self.text = doc_text(doc)
        self.starts = [token.idx for token in doc]
        self.person_at_char = {e.start_char: e for e in doc.ents if e.label_ == "PERSON"}
        self.roles: list[RoleSpan] = doc._.threadline_roles or []
        self.actor_at: dict[int, Span] = {
            i: ent
            for ent in doc.ents
            if ent.label_ in ACTOR_LABELS
            for i in range(ent.start, ent.end)
        }
        links = doc._.threadline_coref
        actors = {(e.start_char, e.end_char): e for e in doc.ents if e.label_ in ACTOR_LABELS}
        #: end of a linked pronoun or nominal → the actor it stands for (None: no coref ran)
        self.coref: dict[int, Span | None] | None = (
            None if links is None else {link.end: actors.get(link.antecedent) for link in links}
        )

    def _inside_quote(self, ent: Span) -> bool:
        return any(s <= ent.start_char < e for s, e in self.quoted)

    def antecedent(self, i: int) -> Span | None:
        """The most recent person named before token ``i``, outside quotations."""
        best: Span | None = None
        for ent in self.doc.ents:
            if ent.end > i:
                break
            if ent.label_ == "PERSON" and not self._inside_quote(ent):
                best = ent
        return best

    def role_holder(self, i: int) -> Span | None:
        """The person last named with the office at token ``i`` ("the secretary" → Carter)."""
        token = self.doc[i]
        best: Span | None = None
        for role in self.roles:
            words = role.role.lower().split()
            if role.person[0] < token.idx and token.lower_ in words:
                best = self.person_at_char.get(role.person[0], best)
        return best

    def _refers_to(self, i: int) -> Span | None:
        """The person a pronoun or "the <office>" at token ``i`` stands for."""
        token = self.doc[i]
        if self.coref is not None:
            if token.lower_ in PRONOUNS or is_office(token.text):
                return self.coref.get(token.idx + len(token.text))
            return None
        if token.lower_ in PRONOUNS:
            return self.antecedent(i)
        if is_office(token.text) and i > 0 and self.doc[i - 1].lower_ == "the":
            return self.role_holder(i)
        return None

    def speaker_in(self, indices: list[int]) -> Span | None:
        """The first person (else organisation) named or referred to among ``indices``."""
        found: list[Span] = []
        for i in indices:
            if i in self.actor_at:
                found.append(spokesperson_of(self.actor_at[i]))
            elif (referent := self._refers_to(i)) is not None:
                found.append(referent)
        persons = [s for s in found if s.label_ == "PERSON"]
        if persons:
            return persons[0]
        return found[0] if found else None

    def _speaker_near(
        self, verb: int, subject_side: list[int], other_side: list[int]
    ) -> Span | None:
        if self.doc[verb].lower_ == "according":
            return self.speaker_in(other_side)
        return self.speaker_in(subject_side) or self.speaker_in(other_side)

    def after(self, close_char: int) -> tuple[int, Span] | None:
        """(distance, speaker) named after a closing mark: '"…," he said'."""
        window = token_window(self.doc, self.token_at(close_char + 1), 1, 25)
        if window and self.doc[window[0]].text in DASHES:  # '"…" — Attorney General Garland'
            signed = self.speaker_in(window[1:])
            if signed is not None and signed.label_ == "PERSON":
                return 0, signed
        for n, i in enumerate(window):
            if is_speech_verb(self.doc, i):
                speaker = self._speaker_near(i, window[:n][::-1], window[n + 1 :])
                if speaker is not None:
                    return n, speaker
        return None

    def before(self, open_char: int) -> tuple[int, Span] | None:
        """(distance, speaker) named before an opening mark: 'Yellen said: "…"'."""
        window = token_window(self.doc, self.token_at(open_char) - 1, -1, 25)  # nearest first
        for n, i in enumerate(window):
            if is_speech_verb(self.doc, i):
                speaker = self._speaker_near(i, window[n + 1 :], window[:n][::-1])
                if speaker is not None:
                    return n, speaker
        return None

    def paraphrased(self, line_start: int) -> Span | None:
        """The person said to speak in the last sentence of the paragraph before
        ``line_start`` ("Garland said the arrests were a milestone."), if any."""
        before = self.text[:line_start].rstrip()
        if not before or before[-1] in '"”:':
            return None  # the last sentence, in order:
        window = token_window(self.doc, self.token_at(len(before) - 1) - 1, -1, 40)[::-1]
        for n, i in enumerate(window):
            if is_speech_verb(self.doc, i):
                speaker = self._speaker_near(i, window[:n][::-1], window[n + 1 :])
                if speaker is not None and speaker.label_ == "PERSON":
                    return speaker
        return None

    def labelled(self, open_char: int) -> tuple[int, Span] | None:
        """Speaker of a transcript turn: the person named in the label before it
        ("DEPUTY ATTORNEY GENERAL PAUL J. MCNULTY:  Hi everyone.")."""
        line_start = self.text.rfind("\n", 0, open_char) + 1
        label = LABEL.match(self.text, line_start)
        if label is None or label.end() != open_char:
            return None
        speaker = self.speaker_in(list(range(self.token_at(line_start), self.token_at(open_char))))
        return (0, speaker) if speaker is not None and speaker.label_ == "PERSON" else None

    def introduced(self, open_char: int) -> tuple[int, Span] | None:
        """Speaker of a quotation that opens a paragraph after a line ending in a colon
        ("Votel released the following statement:"): the first one named on that line."""
        text = self.text
        line_start = text.rfind("\n", 0, open_char) + 1
        if text[line_start:open_char].strip():
            return None
        colon = len(text[:line_start].rstrip())
        if colon == 0 or text[colon - 1] != ":":
            return None
        window = token_window(self.doc, self.token_at(colon - 1) - 1, -1, 40)
        speaker = self.speaker_in(window[::-1])
        return (len(window) + 1, speaker) if speaker is not None else None

    def ends_paragraph(self, quote_end: int) -> bool:
        """The quotation ending at ``quote_end`` (or its attribution) ends its line."""
        line_end = self.text.find("\n", quote_end) % (len(self.text) + 1)
        sentence = self.doc[min(self.token_at(quote_end), len(self.doc) - 1)].sent
        return quote_end >= 0 and sentence.end_char >= len(self.text[:line_end].rstrip())

    def token_at(self, char: int) -> int:
        """Index of the token containing character ``char`` (or the next one)."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and self.doc[i].idx + len(self.doc[i].text) > char else i + 1


def attribute(doc: Doc, segments: list[QuoteSegment]) -> list[QuoteSpan]:
    """Quotations of ``doc`` with their speakers, following the module's rules."""
    text = doc_text(doc)
    attribution = Attribution(doc, [(s.start, s.end) for s in segments])
    soft = doc_soft_breaks(doc)
    by_group: dict[int, list[QuoteSegment]] = {}
    for seg in segments:
        by_group.setdefault(seg.group, []).append(seg)
    quotes: list[QuoteSpan] = []
    previous: tuple[int, bool, Span | None, int] = (-1, False, None, -1)  # line, pure, who, end
    for group in by_group.values():
        first = group[0]
        candidates = [attribution.before(first.open), attribution.introduced(first.open)]
        candidates.append(attribution.labelled(first.open))
        candidates += [attribution.after(s.close) for s in group if s.close is not None]
        found = [c for c in candidates if c is not None]
        speaker = min(found, key=lambda c: c[0])[1] if found else None
        line_start = wrapped_line_start(text, group[0].open, soft)
        opens = not text[line_start : group[0].open].strip()
        continued = (
            previous[1] and opens and previous_line_start(text, line_start, soft) == previous[0]
        )
        unmarked = all(s.open == s.start for s in group)  # statements, transcript turns
        if speaker is None and not unmarked and (previous[0] == line_start or continued):
            speaker = previous[2]
        if speaker is None and not unmarked and opens:
            speaker = attribution.paraphrased(line_start)
        after_quote = previous_line_start(text, line_start, soft) == previous[0]
        if speaker is None and not unmarked and opens and after_quote:
            speaker = previous[2] if attribution.ends_paragraph(previous[3]) else None
        words = sum(len(text[s.start : s.end].split()) for s in group)
        if speaker is None and (unmarked or words < MIN_UNATTRIBUTED_WORDS):
            continue
        last = group[-1]
        line = wrapped_line_start(text, last.open, soft)
        previous = (line, is_pure_quote_line(text, last, soft), speaker, last.end)
        offsets = (speaker.start_char, speaker.end_char) if speaker is not None else None
        quotes.extend(QuoteSpan(s.start, s.end, offsets) for s in group)
    return quotes


if not Doc.has_extension("threadline_quotes"):
    Doc.set_extension("threadline_quotes", default=None)


@Language.component("threadline_quotes_v1")
def quotes(doc: Doc) -> Doc:
    """Store the quotations of ``doc`` and their speakers in ``doc._.threadline_quotes``."""
    text = doc_text(doc)
    nicks = [nick for nick, _ in doc._.threadline_nicknames or ()]
    marked = without_names(find_quote_segments(text), nicks)
    unmarked = statement_segments(text, first_group=max((s.group for s in marked), default=-1) + 1)
    segments = sorted(marked + unmarked, key=lambda s: s.start)
    doc._.threadline_quotes = attribute(doc, segments)
    return doc
