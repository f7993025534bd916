"""Whose name an apposition after a group noun gives: "The family of the victim, Kayla Roe, said".

A family, a set of relatives or any plural noun cannot be one person: a single name set off
after "the family of the victim" names the victim, the person the group is of, and the group
itself is who speaks. "The parents of the boy, Ann and Tom Lee, said" (a list of names) and
"the spokesman for the club, Jon Hale, said" (a singular head) keep the name as the speaker.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Singular nouns for a group of kin: "the family", "the household" speak as one, never as one named member.
KIN_GROUPS = frozenset({"family", "household", "clan"})


def names_whom_group_is_of(head: Token, name: Token) -> bool:
    """Return True when `name`, apposed to the group noun `head`, names the one the group is "of"
    or "for" ("Relatives of the man, John Roe, 45, said"), not the group that speaks."""
    if name.dep_ != "appos" or name.i <= head.i:
        return False
    if head.lemma_.lower() not in KIN_GROUPS and head.tag_ not in ("NNS", "NNPS"):
        return False
    if head.tag_ in ("NNS", "NNPS") and head.pos_ == "PROPN":
        return False  # "the Joneses, Bill and Mary": a family name standing for its members
    if any(c.dep_ == "conj" for c in name.children):
        return False  # "The parents of the boy, Ann and Tom Lee, said": the names are the group's
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i < name.i]
    if name.head.i != head.i:  # the parse hung the name on the "of" object itself
        return any(name.head.head.i == c.i and name.head.dep_ == "pobj" for c in preps)
    return any(_one_party(c) for c in preps)


def _one_party(prep: Token) -> bool:
    """Return True when a preposition's object is one person or thing ("of the victim", "of Ms. Roe")."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and obj.tag_ in ("NN", "NNP") and not any(g.dep_ == "conj" for g in obj.children)


def apposed_speakers(head: Token, candidates: Iterable[Token]) -> list[Token]:
    """Return the candidates that may name the speaker `head` stands for: all but a name given
    for the one a group noun is "of" (see names_whom_group_is_of)."""
    return [c for c in candidates if not names_whom_group_is_of(head, c)]
