"""The organisation "the club" or "the company" stands for when the entity recogniser tagged none:
"Real Sociedad have signed ... “…,” the club said". The nearest proper name heading a clause
before it, several capitalised words the recogniser left untagged and no person's name; a guess
read like a pronoun's antecedent, so always to review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.descriptions import words_back
from quotemark.analysis.reference import previous_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import SpeakerIndex

# Heads that name a kind of organisation no place or person is ("the ministry" may be a country's).
NAMELESS_KINDS = frozenset("company firm club team charity airline carrier retailer broadcaster publisher".split())
# How many paragraphs back the organisation's name may be.
REACH = 2
# The paragraphs before a description's own that make its passage.
PASSAGE_PARAGRAPHS = 3


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


def salient_organisation(index: SpeakerIndex, p: Paragraph, offset: int) -> tuple[Identity, bool] | None:
    """Return the organisation a bare "the company"/"the agency" at `offset` in `p` stands for, of
    those named in its passage (its paragraph and the PASSAGE_PARAGRAPHS before): the one named
    most often as a clause's subject, then most often ("The FAA ordered ... The FAA said ... Boeing
    said ... “…,” the agency said" is the FAA, not Boeing, named last), the one named last unless
    another is ahead of it; and whether it is plainly so (the only one, or ahead of every other
    on both counts). None when the passage names no organisation."""
    first = p
    for _ in range(PASSAGE_PARAGRAPHS):
        before = previous_paragraph(index, first)
        if before is None:
            break
        first = before
    tally: dict[int, list[int]] = {}  # id -> [subject mentions, mentions, -first offset]
    kept: dict[int, Identity] = {}
    for at, e in index.org_mentions_between(first.start, offset):
        row = tally.setdefault(id(e), [0, 0, -at])
        kept[id(e)] = e
        row[0] += index.is_subject(at)
        row[1] += 1
    if not tally:
        return None
    ranked = sorted(tally, key=lambda k: tally[k], reverse=True)
    best = tally[ranked[0]]
    last = index.last_org_before(offset)
    if last is not None and id(last) in tally and tally[id(last)][:2] >= best[:2]:
        return last, len(ranked) == 1  # no more salient than the one named last ("COIMBATORE, India — Kaveri ...")
    plain = len(ranked) == 1 or all(best[0] > tally[k][0] and best[1] > tally[k][1] for k in ranked[1:])
    return kept[ranked[0]], plain
