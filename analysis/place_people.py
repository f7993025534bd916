"""Who a place-and-party description stands for: "the Nevada Republican", "the Vermont independent".

US political copy names a legislator once with the state ("Sen. Dale Roe of Nevada") and then
calls them by state and party ("“…,” the Nevada Republican said"). The one person named with
"of <that place>" is the one described; failing that, the person the passage is about (see
topic_person). Both are read like a pronoun's antecedent: a guess to review, never sure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotemark.analysis.capitalised_roles import PARTY_MEMBERS
from quotemark.analysis.names import norm
from quotemark.analysis.topic_person import describes_a_person, sentence_subject_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.speakers import SpeakerIndex

# A name followed by "of" and a place: "Dale Roe of Nevada", "Sens. Ann Lee of New Mexico".
_NAME_OF_PLACE = re.compile(r"(?:[A-Z][\w'’.\-]*\s+){0,3}?[A-Z][\w'’\-]*,?\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# How far before the description the name may be.
_WINDOW = 3000


def _place(tok: Token) -> str | None:
    """Return the place word qualifying a description's head ("Nevada" of "the Nevada Republican")."""
    places = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "LOC")]
    if len(places) != 1:
        return None
    place = places[0]
    words = [t.text for t in tok.doc[place.left_edge.i : place.i + 1] if t.ent_type_ in ("GPE", "LOC")]
    return " ".join(words) or None


def party_description(tok: Token) -> bool:
    """Return True for "the <place> Republican/Democrat/independent": a definite singular
    description of one party member from a place."""
    word = norm(tok.text)
    if word not in PARTY_MEMBERS and word != "independent":
        return False
    if tok.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
        return False
    return _place(tok) is not None


def described_person(tok: Token) -> bool:
    """Return True for a definite description that may be a person the passage names (topic_person),
    or a party member from a place."""
    return describes_a_person(tok) or party_description(tok)


def person_of_place(tok: Token, index: SpeakerIndex, offset: int) -> Identity | None:
    """Return the one person named before `offset` with "of <the description's place>", else None."""
    place = _place(tok) if party_description(tok) else None
    if place is None:
        return None
    found: dict[int, Identity] = {}
    for at, e in index.person_mentions_between(max(0, offset - _WINDOW), offset):
        m = _NAME_OF_PLACE.match(index.text, at)
        if m is not None and m.group(1).split()[: len(place.split())] == place.split():
            found[id(e)] = e
    return next(iter(found.values())) if len(found) == 1 else None


def passage_person(tok: Token, index: SpeakerIndex, offset: int) -> Identity | None:
    """Return the person a description of a person stands for: named with its place, else the passage's."""
    return person_of_place(tok, index, offset) or sentence_subject_before(index, offset)
