"""People the article describes but never names, as antecedents of he/she.

A reporter introduces an unnamed speaker with an indefinite noun phrase whose noun tells the
gender ("WIRED spoke to one mother, who ...", "A woman who lives nearby said she heard shots"),
then quotes them: "“…,” she said". The pronoun stands for that person, not for the last woman
named before; the speaker is then the phrase itself ("one mother"), a description to review.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.offsets import doc_text
from quotemark.analysis.pronouns import WINDOW_SENTENCES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.pronouns import Sentences

FEMALE_NOUNS = frozenset(
    """woman mother wife daughter girl sister grandmother granddaughter aunt niece widow mom mum
    lady businesswoman spokeswoman chairwoman congresswoman policewoman waitress girlfriend bride
    stepmother actress""".split()
)
MALE_NOUNS = frozenset(
    """man father husband son boy brother grandfather grandson uncle nephew widower dad gentleman
    businessman spokesman chairman congressman policeman boyfriend groom stepfather""".split()
)
# Determiners that introduce someone new: "a woman", "one mother", "another man" (never "the
# woman", which points back at someone already in the text, often named).
_INDEFINITE = frozenset({"a", "an", "one", "another"})
# A letter writer's or columnist's own people ("My neighbor, a Korean War veteran, ... he told
# me"): new to the text like "a neighbor", and the noun may tell no gender.
_FIRST_PERSON = frozenset({"my", "our"})
_UNGENDERED = frozenset(
    """neighbor neighbour friend colleague boss patient client doctor teacher cousin partner
    roommate classmate coworker""".split()
)
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


@dataclass(frozen=True)
class Described:
    """An unnamed person introduced by an indefinite phrase: where, gender, role and the words."""

    offset: int  # the head noun's offset in the article
    gender: str  # "" when the noun tells none ("my neighbor")
    subject: bool
    phrase: str
    start: int
    end: int


def described_people(paragraphs: Sequence[Paragraph], is_inside: Callable[[int], bool]) -> list[Described]:
    """Return the unnamed people introduced outside quotations by an indefinite phrase whose noun
    tells the gender, in text order."""
    out: list[Described] = []
    for p in paragraphs:
        text = doc_text(p.doc)
        for tok in p.doc:
            if tok.tag_ != "NN" or tok.dep_ not in _ROLES:
                continue
            low = tok.lemma_.lower()
            det = next((c for c in tok.children if c.dep_ in ("det", "nummod", "poss") and c.i < tok.i), None)
            if det is None:
                continue
            own = det.lower_ in _FIRST_PERSON
            if not (det.lower_ in _INDEFINITE or own) or not (
                low in FEMALE_NOUNS or low in MALE_NOUNS or (own and low in _UNGENDERED)
            ):
                continue
            if any(
                c.dep_ in ("appos", "compound") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in tok.children
            ):
                continue  # "a mother, Jane Roe": named after all
            if is_inside(p.start + tok.idx):
                continue
            lo = tok.left_edge.idx
            words = text[lo : tok.idx + len(tok.text)]
            out.append(
                Described(
                    p.start + tok.idx,
                    "f" if low in FEMALE_NOUNS else "m" if low in MALE_NOUNS else "",
                    tok.dep_ in ("nsubj", "nsubjpass"),
                    words,
                    p.start + lo,
                    p.start + lo + len(words),
                )
            )
    return out


def described_antecedent(
    offset: int,
    gender: str,
    sents: Sentences,
    described: Sequence[Described],
    named_at: int | None,
    named_subject: bool,
) -> Described | None:
    """Return the unnamed person a he/she at `offset` stands for rather than the named one last
    mentioned at `named_at` (None when no named person was found), or None.

    The description must agree and lie in the pronoun's window, in a sentence after the named
    person's mention (the passage has turned to them) or, in the same sentence, as its subject
    where the name is not.
    """
    if not gender:
        return None
    starts = sents.starts
    k = bisect.bisect_right(starts, offset) - 1
    lo = starts[k - WINDOW_SENTENCES] if k >= WINDOW_SENTENCES else 0
    i = bisect.bisect_left(described, offset, key=lambda d: d.offset) - 1
    while i >= 0 and described[i].offset >= lo:
        d = described[i]
        i -= 1
        if d.gender and d.gender != gender:
            continue
        if named_at is None or named_at < lo:
            return d
        here = bisect.bisect_right(starts, d.offset)
        there = bisect.bisect_right(starts, named_at)
        if here > there or (here == there and d.subject and not named_subject):
            return d
        return None
    return None


def introduced_unnamed(tok: Token, is_inside: Callable[[int], bool], base: int) -> bool:
    """Return True when the paragraph introduced someone unnamed with the noun of the definite
    description `tok` before it ("A senior executive at a rival manufacturer ... said. “…,” the
    executive said"): the description is that person, not a named one whose role has the word."""
    head = tok.lemma_.lower()
    for t in tok.doc[: tok.i]:
        if t.lemma_.lower() != head or t.pos_ != "NOUN" or t.dep_ not in _ROLES:
            continue
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in t.children if c.i < t.i):
            continue
        if any(c.dep_ in ("appos", "compound") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in t.children):
            continue  # "a senior executive, Jane Roe": named after all
        if not is_inside(base + t.idx):
            return True
    return False
