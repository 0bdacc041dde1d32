"""Person names shown by their context when spaCy's NER tags them wrongly or not at all.

Rules of ``threadline_name_spans_v1`` (see :mod:`threadline.extract.name_spans`), each a
small function from a Doc to new person spans (``rule:name-cues-v1:<rule>``):

* ``initialled`` — an untagged capitalised word, one or two middle initials and a
  capitalised word ("Channing D. Phillips" after "U.S. Attorney for the District of
  Columbia") name a person;
* ``title-before`` — one to three capitalised words right after a capitalised title
  ("Major General Hassan", "President Hollande") name a person when none of them is an
  ordinary English word ("General Assembly" is not a person);
* ``given-start`` — a known given name followed by one or two capitalised words, none
  tagged and none a title ("Boris Johnson met…", "his brother Bashar al-Assad"); many
  surnames are English words too ("Johnson", "Baker"), so the given name is the cue;
* ``speaker-after`` — after a closing quotation mark and "said", one to three
  capitalised words ending the clause name the speaker ('…,” said Russell.'), even
  when they are English words too or tagged as a product or work of art;
* ``regime`` — "the Asad regime", "the regime of Assad": a single capitalised name before
  (or, after "of", behind) "regime" or
  "administration" (``data/leader_rule_nouns.txt``) is the leader's, unless it is a
  country, a nationality, an acronym or a group the gazetteer knows ("the Iran regime",
  "the Taliban regime");
* ``office-tail`` — a person inside a span tagged as an organisation or place, starting
  with a known given name after an office or place word and ending the span or followed
  by a function word ("Minister for the Middle East Tobias Ellwood" → the person "Tobias
  Ellwood"; "Charge Ana Lopez of the", cut from "Special Agent in Charge Ana Lopez of the
  FBI", → "Ana Lopez");
* ``titled-entity`` — a span tagged as an organisation that is titles and then name words
  or initials ("Acting Administrator Uttam Rahal", "DEA Administrator Laura K. Benton")
  is the person after the titles (the titles become a role); a determiner alone is no
  title ("The Hague" stays a place).
"""

from __future__ import annotations

from rigour.territories import lookup_territory
from spacy.tokens import Doc, Span, Token

from threadline.extract.coref.lexicon import name_gender
from threadline.extract.lexicon import (
    FUNCTION_WORDS,
    NAME_PARTICLES,
    is_common_word,
    is_given_name,
)
from threadline.extract.person_names import leading_title_end
from threadline.extract.spans import make_entity, method_of
from threadline.extract.titles import is_title_word
from threadline.extract.vocabulary import words

METHOD = "rule:name-cues-v1"
SAID = frozenset({"said", "says", "added", "explained", "noted", "stated", "continued"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})
_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?"})
#: Labels the small model gives names it does not know (a speaker is none of these).
_MISREAD = frozenset({"", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LANGUAGE"})


def _person(doc: Doc, start: int, end: int, rule: str) -> Span:
    return make_entity(doc, start, end, "PERSON", f"{METHOD}:{rule}")


def is_name_word(token: Token, english: frozenset[str]) -> bool:
    """A capitalised word that is neither a title, a function word ("Of" in a headline)
    nor an ordinary English word; "al-Assad" counts by the part after the hyphen."""
    text = token.text
    head, _, tail = text.partition("-")
    if tail and head.lower() in NAME_PARTICLES:
        text = tail
    return (
        text[:1].isupper()
        and text.replace("'", "").isalpha()
        and not text.isupper()
        and text.lower() not in FUNCTION_WORDS
        and not is_title_word(text)
        and not is_common_word(text, english)
    )


def _is_given(token: Token) -> bool:
    """A capitalised known given name (the words after it must be name words)."""
    word = token.text
    return word[:1].isupper() and (is_given_name(word) or name_gender(word) is not None)


def _untagged(doc: Doc, start: int, end: int) -> bool:
    return all(not t.ent_type_ for t in doc[start:end])


def _not_an_actor(doc: Doc, start: int, end: int) -> bool:
    """No token is tagged as an actor or place; a product or title may be a misread name
    ('said Milgram.' tagged PRODUCT)."""
    return all(t.ent_type_ in _MISREAD for t in doc[start:end])


def _particle_word(doc: Doc, i: int, english: frozenset[str]) -> int:
    """Tokens taken by a particle-joined word at ``i`` ("al", "-", "Assad" → 3), else 0."""
    if i + 2 < len(doc) and doc[i].lower_ in NAME_PARTICLES and doc[i + 1].text == "-":
        return 3 if is_name_word(doc[i + 2], english) else 0
    return 0


def _name_run(doc: Doc, start: int, english: frozenset[str], limit: int = 3) -> int:
    """End of the run of name words from ``start`` (at most ``limit``), on one line."""
    end, count = start, 0
    while end < len(doc) and count < limit:
        if end > start and "\n" in doc[end - 1].whitespace_:
            break
        size = _particle_word(doc, end, english) or int(is_name_word(doc[end], english))
        if not size:
            break
        end, count = end + size, count + 1
    return end


def titled_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """Untagged name words right after a capitalised title ("Major General Hassan")."""
    found: list[Span] = []
    for title in doc[:-1]:
        if not (title.text[:1].isupper() and is_title_word(title.text)):
            continue
        start = title.i + 1
        end = _name_run(doc, start, english)
        if end > start and _untagged(doc, start, end) and "\n" not in title.whitespace_:
            found.append(_person(doc, start, end, "title-before"))
    return found


def given_name_starts(doc: Doc, english: frozenset[str]) -> list[Span]:
    """Untagged "Given Surname" runs that start with a known given name (``english`` is
    not used: a surname may be an English word)."""
    found: list[Span] = []
    for token in doc[:-1]:
        if token.ent_type_ or not _is_given(token) or "\n" in token.whitespace_:
            continue
        end = _name_run(doc, token.i + 1, frozenset(), limit=2)
        if end > token.i + 1 and _untagged(doc, token.i, end):
            found.append(_person(doc, token.i, end, "given-start"))
    return found


def speakers_after_quotes(doc: Doc, english: frozenset[str]) -> list[Span]:
    """'…,” said Russell.': the name words after "said" that follows a closing quote."""
    found: list[Span] = []
    for verb in doc[2:]:
        if verb.lower_ not in SAID or doc[verb.i - 1].text not in CLOSING_QUOTES:
            continue
        start = verb.i + 1
        end = _name_run(doc, start, frozenset())
        closes = end == len(doc) or doc[end].text in _CLAUSE_END
        if end > start and closes and _not_an_actor(doc, start, end):
            found.append(_person(doc, start, end, "speaker-after"))
    return found


def _not_a_leader(ent: Span) -> bool:
    """A country, an acronym or a name the gazetteer gives ("Iran", "ISIL", "Taliban")."""
    text = ent.text
    return (
        ent.label_ in ("GPE", "NORP")
        or text.isupper()
        or method_of(ent).startswith("rule:gazetteer")
        or lookup_territory(text) is not None
    )


def _leader_at(doc: Doc, i: int, english: frozenset[str]) -> bool:
    """Token ``i`` is one name word that can be a leader's (see :func:`_not_a_leader`)."""
    if not is_name_word(doc[i], english):
        return False
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    if ent is not None:
        return len(ent) == 1 and not _not_a_leader(ent)
    return lookup_territory(doc[i].text) is None


def regime_leaders(doc: Doc, english: frozenset[str]) -> list[Span]:
    """ "the Asad regime", "the regime of Assad": the leader's name word."""
    found: list[Span] = []
    nouns = words("leader_rule_nouns")
    for noun in doc[1:]:
        if noun.lower_ not in nouns:
            continue
        before, after = noun.i - 1, noun.i + 2
        if noun.i >= 2 and doc[noun.i - 2].lower_ == "the" and _leader_at(doc, before, english):
            found.append(_person(doc, before, before + 1, "regime"))
        elif after < len(doc) and doc[after - 1].lower_ == "of":
            ends = after + 1 == len(doc) or not doc[after + 1].text[:1].isupper()
            if ends and _leader_at(doc, after, english):
                found.append(_person(doc, after, after + 1, "regime"))
    return found


def office_tails(doc: Doc, english: frozenset[str]) -> list[Span]:
    """A person inside a longer organisation or place span, from a known given name on."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or len(ent) < 3:
            continue
        for k in range(1, len(ent) - 1):
            # the words before the given name are an office or a place, not a first name
            if not _is_given(ent[k]) or is_name_word(ent[k - 1], english):
                continue
            end = _tail_end(ent, k)
            if end > k + 1:
                found.append(_person(doc, ent.start + k, ent.start + end, "office-tail"))
                break
    return found


def _tail_end(ent: Span, k: int) -> int:
    """End of the name that starts at the given name ``ent[k]``: one to three name words
    or initials, ending the span or followed by a function word ("of the"), else ``k``."""
    end = k + 1
    while end < len(ent) and end - k < 4:
        if not (is_name_word(ent[end], frozenset()) or _is_initial(ent[end])):
            break
        end += 1
    closes = end == len(ent) or ent[end].lower_ in FUNCTION_WORDS
    return end if closes and not _is_initial(ent[end - 1]) else k


def _is_initial(token: Token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def titled_entities(doc: Doc, english: frozenset[str]) -> list[Span]:
    """The name after the leading titles of an entity tagged as something else."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or len(ent) < 2:
            continue
        k = leading_title_end(list(ent))
        if k == 0 or k >= len(ent) or ent.end - ent.start - k > 4:
            continue
        if not any(is_title_word(t.text) for t in ent[:k]):
            continue  # only a determiner before the name: "The Hague" is a place
        rest = ent[k:]
        lenient = _is_given(rest[0])
        if rest[-1].is_alpha and all(
            _is_initial(t) or is_name_word(t, frozenset() if lenient else english) for t in rest
        ):
            found.append(_person(doc, ent.start + k, ent.end, "titled-entity"))
    return found


def initialled_names(doc: Doc, english: frozenset[str]) -> list[Span]:
    """Untagged "Channing D. Phillips": a capitalised word, one or two middle initials (the
    model may tag one as a nationality) and a capitalised word that does not open a
    sentence, none a title or function word, on one line."""
    found: list[Span] = []
    for token in doc[:-2]:
        i = token.i + 1
        while i < len(doc) and i - token.i <= 2 and _is_initial(doc[i]):
            i += 1
        if i == token.i + 1 or i >= len(doc) or "\n" in doc[token.i : i + 1].text:
            continue
        run = doc[token.i : i + 1]
        loose = all(t.ent_type_ in _MISREAD or t.ent_type_ == "NORP" for t in run[1:-1])
        ends = (run[0], run[-1])
        opens = run[-1].is_sent_start  # "Phase I. Officials said …"
        if loose and not opens and all(not t.ent_type_ and _capital_name(t) for t in ends):
            found.append(_person(doc, run.start, run.end, "initialled"))
    return found


def _capital_name(token: Token) -> bool:
    text = token.text
    return (
        token.is_title
        and text.replace("'", "").replace("-", "").isalpha()
        and len(text) > 1
        and text.lower() not in FUNCTION_WORDS
        and not is_title_word(text)
    )


RULES = (
    initialled_names,
    titled_names,
    given_name_starts,
    speakers_after_quotes,
    regime_leaders,
    office_tails,
    titled_entities,
)


def cued_persons(doc: Doc, english: frozenset[str]) -> list[Span]:
    """All persons the module's rules find in ``doc``."""
    return [span for rule in RULES for span in rule(doc, english)]
