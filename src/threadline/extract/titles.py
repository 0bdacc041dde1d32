"""Titles, offices and honorifics: words that sit next to a name but are not part of it.

Pure functions over single words. An *office* ("Secretary", "Judge", "Gen.") is recorded
as a role of the person; an *honorific* ("Mr", "Dr") is only trimmed from the name.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Span

from threadline.extract.lexicon import word_set

#: Courtesy titles: trimmed from names, never stored as roles.
HONORIFICS = word_set(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam mme
    mme. mlle m. hon hon. rev rev. his her excellency he ayatollah hojatoleslam mullah
    """
)

#: Words that head an office ("Treasury Secretary", "director of the FBI").
OFFICE_WORDS = word_set(
    """
    secretary minister director president vice-president chairman chairwoman chairperson
    chair head chief commander commissioner attorney prosecutor judge justice magistrate
    sheriff governor mayor senator congressman congresswoman representative ambassador
    envoy spokesman spokeswoman spokesperson leader founder ceo cfo coo officer general
    colonel lieutenant captain admiral major sergeant corporal private inspector
    superintendent deputy agent boss kingpin lawyer counsel adviser advisor
    administrator chancellor premier king queen prince emir sultan pope chairman
    ombudsman registrar treasurer auditor comptroller undersecretary under-secretary
    marshal constable detective investigator consul diplomat minister-designate
    prime-minister mp mep dg sg secretary-general director-general attorney-general
    commander-in-chief warden official executive manager partner owner member analyst
    specialist operator councilor councillor
    """
)

#: Abbreviated ranks and offices, as written before names ("Gen.", "Lt. Col.").
OFFICE_ABBREVIATIONS = word_set(
    """
    gen gen. lt lt. col col. maj maj. capt capt. cpt cpt. sgt sgt. adm adm. cmdr cmdr.
    cdr cdr. brig brig. cpl cpl. pvt pvt. spc spc. pfc pfc. sen sen. rep rep. gov gov.
    pres pres. amb amb. supt supt. insp insp. det det. atty atty. gen.-lt. lt.-gen.
    """
)

#: Words that qualify an office inside a title ("Prime", "Foreign", "Deputy", "Vice").
OFFICE_MODIFIERS = word_set(
    """
    prime foreign home interior defense defence finance justice treasury state deputy
    vice assistant acting former chief senior special principal first second lead top
    attorney district federal national regional general military police intelligence
    security army navy air force marine corps staff executive associate interim grand
    """
)


def normalized(word: str) -> str:
    """The lookup form of a word: lower case, curly apostrophes straightened, invisible
    formatting characters (a left-to-right mark pasted from a web page) dropped."""
    word = "".join(c for c in word if unicodedata.category(c) != "Cf")
    return word.lower().replace("\u2019", "'")


def is_honorific(word: str) -> bool:
    """True for courtesy titles such as "Mr", "Mrs", "Dr" (trimmed, not a role)."""
    return normalized(word) in HONORIFICS


def is_office(word: str) -> bool:
    """True for words that name an office or rank ("Secretary", "Judge", "Gen.")."""
    w = normalized(word)
    return w in OFFICE_WORDS or w in OFFICE_ABBREVIATIONS or w.rstrip("s") in OFFICE_WORDS


def is_title_word(word: str) -> bool:
    """True for any word that may stand in a title before a name."""
    w = normalized(word)
    return is_office(w) or is_honorific(w) or w in OFFICE_MODIFIERS


#: Nouns for someone who speaks for a body ("a Foreign Office spokesman").
SPOKESPERSON_WORDS = word_set("spokesman spokeswoman spokesperson")


def spokesperson_of(body: Span) -> Span:
    """Who speaks when a body's name introduces a quotation: in "A Foreign Office
    *spokesman* said: '…'" the speaker is the spokesman (an unnamed person speaking for
    the Foreign Office), not the Foreign Office itself."""
    doc = body.doc
    if body.end < len(doc) and doc[body.end].lower_ in SPOKESPERSON_WORDS:
        return Span(doc, body.start, body.end + 1, label="PERSON")
    return body
