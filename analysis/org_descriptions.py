"""The organisation "the club" or "the company" stands for when the entity recogniser tagged none:
"Real Sociedad have signed ... “…,” the club said". The nearest proper name heading a clause
before it, several capitalised words the recogniser left untagged and no person's name; a guess
read like a pronoun's antecedent, so always to review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.descriptions import words_back

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import SpeakerIndex

# Heads that name a kind of organisation no place or person is ("the ministry" may be a country's).
NAMELESS_KINDS = frozenset("company firm club team charity airline carrier retailer broadcaster publisher".split())
# How many paragraphs back the organisation's name may be.
REACH = 2


def _name_before(head: Token) -> Span | None:
    """Return the capitalised words ending at a subject's head ("Real Sociedad"), two or more, else None."""
    doc = head.doc
    lo = head.i
    while (
        lo > 0 and doc[lo - 1].text[:1].isupper() and doc[lo - 1].is_alpha and doc[lo - 1].dep_ in ("compound", "amod")
    ):
        lo -= 1
    if doc[lo].lower_ == "the":
        lo += 1
    return doc[lo : head.i + 1] if head.i - lo >= 1 else None


def untagged_organisation(tok: Token, index: SpeakerIndex, p: Paragraph) -> tuple[Span, Paragraph] | None:
    """Return the untagged name of the organisation a definite "the club"/"the company" at `tok`
    stands for, and its paragraph: the nearest subject before it that is a proper name, when no
    entity the recogniser tagged is nearer; else None."""
    if tok.lemma_.lower() not in NAMELESS_KINDS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    for t, q in words_back(tok, index, p, REACH):
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if t.ent_type_ or (t.text[:1].isupper() and index.who.named(t.text) is not None):
            return None  # a person, place or organisation named nearer ("Lunde scored"): not read past it
        if t.pos_ != "PROPN":
            continue
        name = _name_before(t)
        if name is None or not all(w.text[:1].isupper() for w in name):
            return None
        if index.who.named(name.text) is not None:
            return None  # a known person's name
        return name, q
    return None
