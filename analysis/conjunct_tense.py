"""Which verb a past-tense conjunct really shares its subject with, when the parse joined it to a
verb it cannot share one with.

"Tarrant said the Senate would act and called the law “a disaster”": the parse joins "called" to
"would act", but a past tense cannot share the modal "would" (nor an infinitive's "to"): "called"
goes with a verb higher up, and the speech verb reporting the clause ("said") is the one a news
sentence coordinates it with. "The Senate would act and would call it ..." or "Tarrant said the
Senate acted and called it ..." keep the parse's reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far up from the parse's partner the speech verb the conjunct goes with may be.
_MAX_CLIMB = 4


def reporting_partner(verb: Token, is_speech: Callable[[Token], bool]) -> Token | None:
    """Return the speech verb a past-tense conjunct shares its subject with when the parse joined
    it to a modal or infinitive clause that verb reports, else None."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.i == verb.i or verb.head.i > verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None  # "the Senate would act and it called ...": a clause of its own
    partner = verb.head
    if not any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in partner.children):
        return None
    t = partner
    for _ in range(_MAX_CLIMB):
        if t.head.i == t.i or t.dep_ not in ("ccomp", "acomp", "xcomp", "conj"):
            return None
        t = t.head
        subject = any(c.dep_ == "nsubj" for c in t.children)
        if t.tag_ == "VBD" and is_speech(t) and subject:
            return t
        if subject and t.tag_ in ("VBD", "VBZ", "VBP") and t.lemma_ != "be":
            return None  # "said Jones wanted to stay and called it": Jones may be the one who called it
    return None
