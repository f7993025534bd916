"""Abbreviations the entity recogniser misreads as names: a rank before a name ("Det." of "Det.
Insp. Karen Osei" tagged a place) is no entity at all, and a state's or province's abbreviation
after a town ("BRAMPTON, Ont.", "Lodi, Calif.") is a place, never a person or an organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.names import norm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# AP-style abbreviations of US states and Canadian provinces, as datelines and "of Lodi, Calif." write them
REGION_ABBREVIATIONS = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo alta b.c man n.b n.l
    n.s ont p.e.i que sask""".split()
)
# Abbreviated ranks and offices, which stand before a name and never alone for a place or a body
_RANKS = frozenset(
    """det insp supt dsupt dci const cst cpl pte sgt lt capt col maj gen brig cmdr cdr adm ald coun
    cllr atty msgr asst dep commr sen rep gov amb sec pres""".split()
)


def region_after_town(doc: Doc, ent: Span) -> bool:
    """Return True when `ent` is a state's or province's abbreviation written after a town and a comma."""
    if ent.start < 2 or ent.label_ == "GPE" or doc[ent.start - 1].text != ",":
        return False
    words = [t.text for t in ent if t.text != "."]
    return len(words) == 1 and norm(words[0]) in REGION_ABBREVIATIONS and doc[ent.start - 2].text[:1].isupper()


def lone_rank(ent: Span) -> bool:
    """Return True when a non-person entity is only an abbreviated rank ("Det.", "Insp", "Sgt.")."""
    words = [t.text for t in ent if t.text != "."]
    return ent.label_ != "PERSON" and len(words) == 1 and norm(words[0]) in _RANKS
