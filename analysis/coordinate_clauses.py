"""Whose words a clause joined by "and" to a reported clause gives: the outer speaker's.

"Krause said Republicans had agreed to a framework, and that Ellwood had then “moved the
goalposts”": the parse joins "moved" to "agreed", a speech verb itself, but the clause with a
subject of its own is a second thing Krause said, not what Republicans agreed; its words are
those of the speech verb both clauses report to.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def sister_complement_cue(came_from: Token, cue: Token, cue_tokens: Container[int]) -> Token | None:
    """Return the outer speech verb when `came_from` is a clause with its own subject joined by "and"
    to `cue`, itself a clause reported by that outer speech verb; else None."""
    if came_from.dep_ != "conj" or came_from.head.i != cue.i or came_from.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in came_from.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("who", "that", "which"):
        return None  # "Republicans agreed and then moved ...": one subject for both
    own = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None and own.lower_ == subject.lower_:
        return None
    outer = cue.head
    if cue.dep_ != "ccomp" or outer.i == cue.i or outer.i not in cue_tokens:
        return None
    return outer
