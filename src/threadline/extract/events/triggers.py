"""Event triggers: the words that state an event, read from one data file per event type.

``data/events/triggers/<type>.txt`` lists, one per line, ``verb <lemma>`` or
``noun <lemma or form>`` followed by optional conditions, any one of which makes the word
count (see :func:`_holds`):

- ``gov:<lemma>``: the verb that governs the noun ("*imposed* sanctions");
- ``with:<lemma>``: a word one or two links below ("pleaded *guilty*");
- ``dep:<label>``: a child with that dependency ("*their* operation");
- ``clause:<lemma>``: a word near the governing verb ("spending 27 months in *prison*");
- ``prep:<word>``: the noun is the object of that preposition ("killed *during* a
  military operation");
- ``subj:<lemma>``: the noun is the subject of that verb ("the airstrike *hit* a
  hospital", "the strike *killed* two commanders");
- ``need:<label>``: required on top of the others, a child with that dependency
  ("*27* months");
- ``unless:<lemma>``: the word does not count with that word one or two links below ("a
  drug *trafficking* operation" is a business, not a raid on one);
- ``unlessprep:<word>``: the word does not count as the object of that preposition
  ("remains *in* detention" is a state, not an arrest).

Headlines in title case ("10 Drug Defendants Extradited from Mexico") are tagged as
names by the parser; there a capitalised word counts as the verb it is a form of.
Elsewhere a capitalised word inside a run of names ("Specially Designated Global
Terrorist") is a name, not a trigger.

A word is not a trigger when :func:`~threadline.extract.events.blocking.blocked` says so
(inside a name, under "faces", an adjective, a state…).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from threadline.errors import ExtractError
from threadline.extract.doc_index import doc_text
from threadline.extract.events.blocking import blocked, governor
from threadline.extract.vocabulary import table, words
from threadline.model import EVENT_TYPES


@dataclass(frozen=True)
class Rule:
    """One line of a trigger file."""

    type: str
    pos: str  # "verb" or "noun"
    word: str
    conditions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Trigger:
    """A token that states an event of ``type``, and whether it is a noun. ``span`` is
    the trigger's character span when it is more than the token ("Operation Sea
    Breeze", whose head token is "Breeze")."""

    type: str
    token: Token
    nominal: bool
    span: tuple[int, int] | None = None
    anaphoric: bool = False  # "the strike", pointing back to one stated before

    @property
    def start(self) -> int:
        return self.span[0] if self.span else self.token.idx

    @property
    def end(self) -> int:
        return self.span[1] if self.span else self.token.idx + len(self.token.text)


_KINDS = frozenset({"gov", "with", "dep", "clause", "prep", "subj", "need", "unless", "unlessprep"})


def _condition(type_: str, field: str) -> tuple[str, str]:
    kind, _, value = field.partition(":")
    if kind not in _KINDS or not value:
        raise ExtractError(
            f"data/events/triggers/{type_}.txt: bad condition {field!r} "
            f"(expected one of {', '.join(sorted(_KINDS))} followed by ':' and a word)"
        )
    return kind, value


@cache
def rules() -> dict[tuple[str, str], tuple[Rule, ...]]:
    """(pos, word) → the rules of every event type that list it."""
    found: dict[tuple[str, str], list[Rule]] = {}
    for type_ in EVENT_TYPES:
        for pos, word, *rest in table(f"events/triggers/{type_}"):
            rule = Rule(type_, pos, word, tuple(_condition(type_, c) for c in rest))
            found.setdefault((pos, word), []).append(rule)
    return {key: tuple(value) for key, value in found.items()}


def _near(token: Token) -> list[Token]:
    children = list(token.children)
    return children + [g for c in children for g in c.children]


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _allowed(rule: Rule, token: Token) -> bool:
    """The ``need:`` conditions hold and no ``unless:`` word or ``unlessprep:``
    preposition blocks the trigger."""
    needed = [value for kind, value in rule.conditions if kind == "need"]
    if not all(any(c.dep_ == value for c in token.children) for value in needed):
        return False
    blocking = {value for kind, value in rule.conditions if kind == "unless"}
    if blocking and any(t.lemma_.lower() in blocking for t in _near(token)):
        return False
    preps = {value for kind, value in rule.conditions if kind == "unlessprep"}
    return not (token.dep_ == "pobj" and token.head.lower_ in preps)


#: Determiners that point back to an event already stated ("*the* strike", "*this* raid").
_ANAPHORIC = frozenset({"the", "this", "that", "these"})


def restated(rule: Rule, token: Token, stated: set[str]) -> bool:
    """One sense per document: a noun that names one action (a strike, a raid, a call:
    ``data/events/single_actions.txt``) whose conditions do not hold still states the
    event when a determiner points back to one of its type stated earlier ("Coalition
    forces conducted an airstrike near Mosul. [...] The Coalition will investigate *the
    strike*"). Campaigns and lasting measures ("the operation", "these sanctions") do not."""
    return (
        rule.word in words("events/single_actions")
        and rule.type in stated
        and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in token.children)
    )


def _holds(rule: Rule, token: Token) -> bool:
    optional = [(k, v) for k, v in rule.conditions if k not in ("need", "unless", "unlessprep")]
    if not optional:
        return True
    for kind, value in optional:
        if kind == "gov" and governor(token).lemma_.lower() == value:
            return True
        if kind == "with" and any(t.lemma_.lower() == value for t in _near(token)):
            return True
        if kind == "clause" and any(t.lemma_.lower() == value for t in _near(governor(token))):
            return True
        if kind == "dep" and any(c.dep_ == value for c in token.children):
            return True
        if kind == "prep" and token.dep_ == "pobj" and token.head.lower_ == value:
            return True
        if kind == "subj" and token.dep_ in _SUBJECTS and token.head.lemma_.lower() == value:
            return True
    return False


def is_headline(text: str, index: int) -> bool:
    """Whether the line of ``text`` at ``index`` is a title-case headline: at most 25
    words, not ending in a full stop, and nearly all words of five letters or more
    capitalised."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    line = text[start : end if end >= 0 else len(text)].split(maxsplit=26)
    if not 0 < len(line) <= 25 or line[-1].endswith("."):
        return False
    long = [w for w in line if len(w) > 4 and w[0].isalpha()]
    return sum(w[0].isupper() for w in long) >= 0.85 * len(long)


@cache
def verb_forms() -> dict[str, str]:
    """Inflected form → lemma, for every trigger verb ("extradited" → "extradite")."""
    forms: dict[str, str] = {}
    for pos, word in rules():
        if pos != "verb":
            continue
        stem = word[:-1] if word.endswith("e") else word
        for form in (word, word + "s", stem + "ed", stem + "ing", word + "ed", word + "ing"):
            forms.setdefault(form, word)
    return forms


#: Dependencies of a noun: a word tagged as a verb in one of them is a noun the tagger
#: misread ("The U.S. *airstrikes* in Idlib killed …", tagged as a verb).
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _candidates(token: Token, headline: bool) -> list[tuple[str, str]]:
    if token.tag_.startswith("VB"):
        if token.dep_ in _NOUN_DEPS and not token.lower_.endswith("ing"):
            return [("verb", token.lemma_.lower()), ("noun", token.lemma_.lower())]
        return [("verb", token.lemma_.lower())]
    if token.pos_ in ("NOUN", "PROPN"):
        found = [("noun", token.lemma_.lower()), ("noun", token.lower_)]
        if headline and token.lower_ in verb_forms():
            found.append(("verb", verb_forms()[token.lower_]))
        return found
    return []


def find_triggers(doc: Doc, names: set[int]) -> list[Trigger]:
    """Every trigger of ``doc`` in text order; ``names`` are the token indices of names."""
    table_ = rules()
    found: list[Trigger] = []
    stated: set[str] = set()  # types stated by a noun or verb whose conditions held
    text = doc_text(doc)
    for token in doc:
        if not token.tag_.startswith("VB") and token.pos_ not in ("NOUN", "PROPN"):
            continue  # no candidates (see _candidates): spare the headline test
        headline = token.text[:1].isupper() and is_headline(text, token.idx)
        for key in dict.fromkeys(_candidates(token, headline)):
            found_rules = table_.get(key, ())
            nominal = key[0] == "noun"
            # most candidates have no rule: skip them before the costlier block tests
            if not found_rules or blocked(token, nominal, names, headline):
                continue
            for rule in found_rules:
                if not _allowed(rule, token):
                    continue
                anaphoric = False
                if _holds(rule, token):
                    stated.add(rule.type)
                elif nominal and restated(rule, token, stated):
                    anaphoric = True
                else:
                    continue
                found.append(Trigger(rule.type, token, nominal, anaphoric=anaphoric))
    return found
