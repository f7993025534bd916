"""Which person a he/she stands for.

The usual antecedent of a subject pronoun is a person who is the subject of this or one of the
few sentences before (the nearest sentence first and, inside it, the first subject, the main
clause's). One refinement: for "she", a subject whose gender is unknown gives way to a subject of
known female gender further back in the window (in news text an unknown-gender name is more often
a man's), so "she" finds the woman named two sentences back rather than the last name. With no
subject in the window: the last quoted speaker if recent, else the last person named. And a
person named for the first time in a sentence nearer than the subject found ("... concerns Henry
Crespo, president of the caucus.") is taken instead: reporters introduce someone, then quote them.
With no named subject in the window but a he/she of the same gender as a subject there, the pronoun
continues that one (the passage keeps its topic), so the person named as that he/she's object
("he was seen with Crane") is someone else: neither the last speaker nor the last name if it is them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.name_parts import name_span
from quotemark.analysis.offsets import doc_ents
from quotemark.analysis.salience import main_clause_first, tied_at_the_top

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph

# How many sentences back (besides the pronoun's own) a subject pronoun looks for a subject.
WINDOW_SENTENCES = 2
# The last quoted speaker, if quoted this close before (characters), is the next candidate.
RECENT_SPEAKER_CHARS = 1200
# Quotation marks, closing punctuation and spaces around a sentence that lies inside a quotation.
_MARKS_AND_SPACE = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb.,!?;: \n"


@dataclass(frozen=True)
class Sentences:
    """Sentence starts of an article: those holding some narrative, and those wholly inside a quotation."""

    starts: list[int]
    quoted: list[int]

    def quoted_between(self, lo: int, hi: int) -> int:
        """Return how many quotation-only sentences start in [lo, hi)."""
        return bisect.bisect_left(self.quoted, hi) - bisect.bisect_left(self.quoted, lo)


def sentences(sents: Sequence[tuple[int, int]], text: str, is_inside: Callable[[int], bool]) -> Sentences:
    """Return the sentences (start, end offsets) split into narrative ones and those wholly inside a
    quotation: a long quotation before "he said" must not use up the look-back window in which the
    pronoun's antecedent is sought."""
    kept: list[int] = []
    quoted: list[int] = []
    for start, end in sorted(sents):
        body = text[start:end]
        lo = start + len(body) - len(body.lstrip(_MARKS_AND_SPACE))
        hi = start + len(body.rstrip(_MARKS_AND_SPACE)) - 1
        (quoted if lo <= hi and is_inside(lo) and is_inside(hi) else kept).append(start)
    return Sentences(kept, quoted)


def rank_antecedent(
    offset: int,
    gender: str,
    sents: Sentences,
    mentions: Sequence[tuple[int, Identity]],
    mention_keys: Sequence[int],
    subjects: set[int],
    recent: tuple[int, Identity] | None,
    last_person: Callable[[int, str, Sequence[Identity]], Identity | None],
    chain: Sequence[PronounSubject] = (),
    owners: Callable[[int], bool] = lambda at: False,
    skip: Sequence[Identity] = (),
    depths: dict[int, int] | None = None,
) -> tuple[Identity | None, bool]:
    """Return the person a pronoun at `offset` of `gender` most likely stands for, and whether it
    was found as a subject in the window (the clear case).

    Sentences wholly inside a quotation are skipped over; an antecedent found only thanks to that
    (more than the window's sentences back in all) is returned as not the clear case. `chain` holds
    the article's subject he/she outside quotations, by offset; `owners` tells a mention that is a
    possessive ("Oz's"); the people in `skip` are never the answer; `depths` tells how deep below
    its sentence's main clause a subject lies (analysis/salience.py), main clause first."""
    sent_starts = sents.starts
    k = bisect.bisect_right(sent_starts, offset) - 1
    i = bisect.bisect_left(mention_keys, offset) - 1
    by_sentence: list[list[Identity]] = []  # agreeing subjects per sentence, nearest sentence first
    ties: list[bool] = []  # per sentence, two people equally its subject ("Ana Ruiz and Maria Lopez argued")
    newcomers: list[Identity | None] = []  # per sentence, the last person named there for the first time
    owner: Identity | None = None  # the last possessive name before the pronoun in its own sentence
    for s in range(k, max(-1, k - WINDOW_SENTENCES - 1), -1):
        lo = sent_starts[s] if s >= 0 else 0
        here: list[tuple[int, Identity]] = []
        newcomer: Identity | None = None
        while i >= 0 and mention_keys[i] >= lo:
            at, e = mentions[i]
            i -= 1
            if not agrees(e, gender) or any(e is x for x in skip):
                continue
            if s == k and owner is None and at not in subjects and owners(at):
                owner = e
            if at in subjects:
                here.append((at, e))
            elif newcomer is None and at == e.start and len(e.tokens) > 1 and at <= min(e.mentions, default=at):
                newcomer = e
        by_sentence.append(main_clause_first(here[::-1], depths or {}))
        ties.append(tied_at_the_top(here, depths or {}))
        newcomers.append(newcomer)
    if not by_sentence[0] and owner is not None:
        # "Oz's advice earned him a hearing, where he appeared ...": with no subject of its own
        # sentence to stand for, the pronoun is the person that sentence is about, named as owner
        return owner, True
    for n, found in enumerate(by_sentence):
        if not found:
            continue
        choice = found[0]
        lo = sent_starts[k - n] if k - n >= 0 else 0
        clear = n + sents.quoted_between(lo, offset) <= WINDOW_SENTENCES and not ties[n]
        if gender == "f" and not choice.gender:
            known = next((e for later in by_sentence[n:] for e in later if e.gender == "f"), None)
            if known is not None:
                # a woman named further back over a nearer subject whose gender is unknown: a
                # guess, not the clear case, and never carried on to the pronouns after it
                return known, clear and known is choice
        # a person introduced (named for the first time) in a nearer sentence, even as an object,
        # is who the passage turns to: "... concerns Henry Crespo, president of the caucus." "..." he said
        fresh = next((e for e in newcomers[:n] if e is not None and e is not choice), None)
        if fresh is not None:
            return fresh, False
        return choice, clear
    window_start = sent_starts[k - WINDOW_SENTENCES] if k >= WINDOW_SENTENCES else 0
    others = _beside(offset, gender, window_start, chain, mentions, mention_keys) + list(skip)
    mention = last_person(offset, gender, others)
    if recent is not None:
        at, e = recent
        if offset - at < RECENT_SPEAKER_CHARS and agrees(e, gender) and all(e is not o for o in others):
            return e, False
    return mention, False


@dataclass(frozen=True)
class Owners:
    """Where person names written as possessives ("Oz's advice") lie, outside quotations."""

    starts: list[int]
    ends: list[int]

    def holds(self, offset: int) -> bool:
        """Return True when a possessive name covers `offset`."""
        n = bisect.bisect_right(self.starts, offset) - 1
        return n >= 0 and offset < self.ends[n]


def owners_of(
    paragraphs: Sequence[Paragraph], is_inside: Callable[[int], bool], more: Sequence[tuple[int, int]] = ()
) -> Owners:
    """Return the person names written as possessives outside quotations, with `more` such
    (start, end) spans found otherwise (a known surname the recogniser left unlabelled)."""
    spans: list[tuple[int, int]] = list(more)
    for p in paragraphs:
        for ent in doc_ents(p.doc):
            if ent.label_ == "PERSON" and ent.root.dep_ == "poss" and not is_inside(p.start + ent.start_char):
                spans.append((p.start + ent.start_char, p.start + ent.end_char))
    spans.sort()
    return Owners([a for a, _ in spans], [b for _, b in spans])


@dataclass(frozen=True)
class PronounSubject:
    """A he/she subject of a clause outside quotations, and where the people named as its clause's
    objects start ("he was seen with Crane")."""

    offset: int
    gender: str
    beside: tuple[int, ...]


def _beside(
    offset: int,
    gender: str,
    lo: int,
    chain: Sequence[PronounSubject],
    mentions: Sequence[tuple[int, Identity]],
    mention_keys: Sequence[int],
) -> list[Identity]:
    """Return the people named beside the nearest subject he/she of `gender` in [lo, offset)."""
    if not gender:
        return []
    n = bisect.bisect_left(chain, offset, key=lambda c: c.offset) - 1
    while n >= 0 and chain[n].offset >= lo:
        if chain[n].gender == gender:
            found: list[Identity] = []
            for at in chain[n].beside:
                j = bisect.bisect_left(mention_keys, at)
                if j < len(mention_keys) and mention_keys[j] == at:
                    found.append(mentions[j][1])
            return found
        n -= 1
    return []


def pronoun_subjects(paragraphs: Sequence[Paragraph], is_inside: Callable[[int], bool]) -> list[PronounSubject]:
    """Return the he/she subjects outside quotations, in text order, each with the names beside it."""
    out: list[PronounSubject] = []
    for p in paragraphs:
        ents = {i: ent for ent in doc_ents(p.doc) for i in range(ent.start, ent.end)}
        for tok in p.doc:
            if tok.lower_ not in ("he", "she") or tok.dep_ not in ("nsubj", "nsubjpass") or someone_elses(tok):
                continue
            if is_inside(p.start + tok.idx):
                continue
            beside = [
                p.start + (ents[t.i].start_char if t.i in ents else name_span(t).start_char) for t in _objects(tok)
            ]
            out.append(PronounSubject(p.start + tok.idx, "m" if tok.lower_ == "he" else "f", tuple(beside)))
    return out


def _objects(tok: Token) -> list[Token]:
    """Return the names that are objects in the clause of subject `tok`, after it: "he was
    photographed having talks with Epstein" gives Epstein; a name in a clause with its own subject
    ("he said Clinton would ...") or a possessive ("Trump's microphone") does not count."""
    found: list[Token] = []
    for t in tok.sent:
        if t.i <= tok.i or t.dep_ not in ("dobj", "pobj", "dative") or t.ent_type_ not in ("PERSON", ""):
            continue
        if not t.ent_type_ and t.pos_ != "PROPN":
            continue
        head = t.head
        while head.i != tok.head.i and head.head.i != head.i:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                break
            head = head.head
        if head.i == tok.head.i:
            found.append(t)
    return found


def agrees(entity: Identity, gender: str) -> bool:
    """Return True unless both the pronoun's and the person's genders are known and differ."""
    return not gender or not entity.gender or entity.gender == gender


def governing_subject(tok: Token) -> Token | None:
    """Return the subject of the nearest clause that governs the clause `tok` is the subject of
    ("Omar asked ..., saying she ..." gives Omar), or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = tok.head
    while head.dep_ in ("ccomp", "advcl", "xcomp", "conj", "acl") and head.head.i != head.i:
        if head.dep_ == "acl":
            return head.head  # "A driver admitted that he ...", the verb misread as the noun's modifier
        head = head.head
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def someone_elses(tok: Token) -> bool:
    """Return True for "his"/"her" owning a noun that names a person: "her co-founder, Theo Mbeki",
    "his wife Elena". A possessive never stands for the noun phrase it is part of, so it says
    nothing about that person's gender. Nor does a subject pronoun inside what someone unnamed
    says: the "he" of "A driver admitted that he threatened Layla Hassan"."""
    subject = governing_subject(tok)
    if subject is not None and subject.ent_type_ != "PERSON" and subject.pos_ != "PRON":
        return True
    if tok.dep_ != "poss":
        return False
    noun = tok.head
    if noun.ent_type_ == "PERSON" or (noun.dep_ in ("appos", "compound") and noun.head.ent_type_ == "PERSON"):
        return True  # "his wife Elena", "Theo Mbeki, her co-founder"
    after = tok.doc[tok.i + 1 : tok.i + 8]
    # "her co-founder, Theo Mbeki": a name apposed to a word of the possessed phrase
    return any(t.dep_ == "appos" and t.ent_type_ == "PERSON" and tok.i < t.head.i < t.i for t in after)
