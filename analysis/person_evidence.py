"""What the entity recogniser's labels miss about a person named in the article: the gender their
role noun tells ("a campaign spokesman, Pete Galloway"), and a surname it gave a label no name
takes ("Morrow has said" read as a date)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotemark.analysis.cues import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_MALE_ROLES = frozenset(
    """spokesman chairman congressman assemblyman councilman alderman businessman anchorman
    policeman fireman father brother son husband uncle nephew grandfather boyfriend widower king
    prince""".split()
)
# A woman's relation to someone named ("Reed's widow", "her daughter"): read, unlike a woman's job
# title, because nothing else is written of her.
_FEMALE_KIN = frozenset("sister mother daughter wife widow grandmother granddaughter aunt niece stepmother".split())
_DATE_OR_NUMBER = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
_PREPOSITIONS = frozenset("of for to at in with from on".split())
# Labels the recogniser gives capitalised words that no person's name takes: a known person's
# surname with one of them was misread ("Morrow" as a date, "Morrow" as a product).
_NOT_NAME_LABELS = frozenset(
    {"DATE", "TIME", "PRODUCT", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE", "LAW"}
)


def role_gender(role: str | None) -> str:
    """Return "m" when the head noun of a person's role as written is a man's ("a campaign
    spokesman", "her father"), "f" when it is a short relation of a woman ("MacIsaac's sister"),
    else "".

    A woman's job ("spokeswoman", "actress") is not read: a "she" gives way to a woman of known
    gender further back (pronouns.py), so knowing her from her job would pull a later "she" past
    a nearer person whose gender is not known. A relation is read: it is how court and crime
    reports introduce a family, and says what no job title does."""
    words = re.findall(r"[a-z]+", (role or "").lower())
    cut = next((i for i, w in enumerate(words) if i and w in _PREPOSITIONS), len(words))
    head = words[cut - 1] if cut else ""  # "a former aide to Congressman Ruiz" is an aide
    if head in _FEMALE_KIN and len([w for w in words[:cut] if w != "s"]) <= 3:
        return "f"  # "MacIsaac's older sister", "Tom Reed's widow": the possessive's "s" is no word
    return "m" if head in _MALE_ROLES else ""


def misread_surname(tok: Token) -> bool:
    """Return True for a capitalised subject or owner the recogniser labelled as no name is labelled
    (a date, a product), or a "place" that is the subject of a speech verb: it may be a known
    person's surname ("Morrow has said she ...", "Halloran said she had heard")."""
    if not (tok.text[:1].isupper() and tok.is_alpha):
        return False
    if tok.ent_type_ in _NOT_NAME_LABELS:
        return tok.dep_ in ("nsubj", "nsubjpass", "poss")
    # a place says nothing: one that "said" is a person's surname ("Halloran said she had heard")
    return tok.ent_type_ == "GPE" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS


def may_be_surname(tok: Token) -> bool:
    """Return True when a word the recogniser labelled as neither a person nor an organisation may
    still be a known person's surname: a proper noun it took for a place, one it read as a date or
    a number ("Morrow also ordered"), or one `misread_surname` accepts."""
    if tok.ent_type_ in ("PERSON", "ORG"):
        return False  # read already
    return tok.pos_ == "PROPN" or tok.ent_type_ in _DATE_OR_NUMBER or misread_surname(tok)
