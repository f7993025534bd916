"""The subject the parse loses in "“…,” the 34-year-old said": the small model hangs "the" and
"old" on the verb as if they modified it, so the verb has no subject; "old" heads the description."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def aged_subject(verb: Token) -> Token | None:
    """Return the "old" of a "the N-year-old" the parse hung on `verb` in place of its subject, else None."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.lefts:
        if c.lower_ != "old" or c.i < 4:
            continue
        doc = c.doc
        # "the 34 - year - old": a number, a year and a hyphen or space between them
        words = [t.lower_ for t in doc[c.i - 4 : c.i]]
        if words[-1] in ("-", "year") and any(w.isdigit() for w in words) and "year" in words:
            return c
    return None


def determiner_before(tok: Token) -> Token | None:
    """Return the "the" right before a "N-year-old" phrase headed by `tok`, wherever the parse hung it."""
    first = tok.left_edge
    j = first.i - 1
    if j >= 0 and tok.doc[j].lower_ == "the":
        return tok.doc[j]
    return None
