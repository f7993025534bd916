"""A person described by nationality: "said the Portuguese", "the Spaniard added", "the Dutchman
told reporters". Sports and foreign desks write a demonym for the person named just before, and the
entity recogniser tags it as a group (NORP); it is a description to resolve or to leave for review,
never the speaker's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def is_nationality_description(tok: Token, ent: Span | None) -> bool:
    """Return True when `tok` heads "the <demonym>" standing for one person: a one-word group entity
    after "the" that is not a plural group ("the Democrats", "the Americans" stay groups)."""
    if ent is None or ent.label_ != "NORP" or len(ent) != 1 or ent.start != tok.i:
        return False
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return False
    word = tok.text
    return word[:1].isupper() and not word.endswith("s")
