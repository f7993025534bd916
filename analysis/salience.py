"""Who a passage is about, for the he/she that stands for them: the subject of a sentence's main
clause outranks the subject of a clause it governs ("After Mrs Grant retired, she took over": the
passage goes on about "she", not Grant), and a he/she subject already resolved carries its person
on as a subject of its sentence ("She took over as head ... the education secretary, Michael
Gove, sent a letter. “…,” she said": the topic is still the woman the first "she" stands for,
though her name is three sentences back). Reporters keep a paragraph's topic in pronouns while
other people are named in passing; the most recent name is not the topic.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.name_parts import name_span
from quotemark.analysis.offsets import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.pronouns import PronounSubject

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies by which a clause hangs below another: each one is a step away from the main clause.
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "xcomp", "csubj", "pcomp"})
# How deep any subject found in no clause map is taken to be: after every subject that is mapped.
UNKNOWN_DEPTH = 9


def misread_subject(tok: Token) -> bool:
    """Return True for a capitalised word the parse made a compound of a verb that has no subject:
    "Voss credits the campaign" read as the noun phrase "Voss credits" (the name is the subject)."""
    if tok.dep_ != "compound" or not tok.text[:1].isupper():
        return False  # most tokens: decided before the parse is walked (this runs on every token)
    head = tok.head
    return head.pos_ == "VERB" and head.i == tok.i + 1 and not any(c.dep_ in _SUBJECT_DEPS for c in head.children)


def fronted_topic(sent: Span) -> Token | None:
    """Return the person a sentence opens on as its topic, "For midfielder Tom Baker, the problem was
    fitness": the name after a leading "For", set off by a comma, that the sentence is about."""
    first = sent[0]
    if first.lower_ != "for" or first.dep_ != "prep" or first.head.i != sent.root.i:
        return None
    name = next((c for c in first.children if c.dep_ == "pobj"), None)
    if name is None or name.ent_type_ != "PERSON" or name.i + 1 >= sent.end or sent.doc[name.i + 1].text != ",":
        return None
    return name


def clause_depth(tok: Token) -> int:
    """Return how many clauses lie between the clause `tok` belongs to and its sentence's main clause."""
    depth = 0
    head = tok.head
    while head.head.i != head.i:
        if head.dep_ in _CLAUSE_DEPS:
            depth += 1
        head = head.head
    return depth


def subject_depths(paragraphs: Sequence[Paragraph], is_inside: Callable[[int], bool]) -> dict[int, int]:
    """Return, by the offset where a subject's mention starts (its name, or the pronoun), how deep
    its clause lies below the main clause of its sentence, for subjects outside quotations."""
    out: dict[int, int] = {}
    for p in paragraphs:
        for ent in doc_ents(p.doc):
            t = ent.root
            while t.dep_ in ("appos", "compound", "conj") and t.head.i != t.i:
                # "the consultant, Rebecca Stone, told": the name stands beside the subject; "Ana Ruiz
                # and Maria Lopez argued": the second is as much the subject as the first
                t = t.head
            if t.dep_ in _SUBJECT_DEPS and not is_inside(p.start + ent.start_char):
                out.setdefault(p.start + ent.start_char, clause_depth(t))
        for tok in p.doc:
            if (tok.dep_ not in _SUBJECT_DEPS and not misread_subject(tok)) or is_inside(p.start + tok.idx):
                continue
            depth = clause_depth(tok)
            out.setdefault(p.start + tok.idx, depth)
            if tok.pos_ in ("PROPN", "NOUN"):
                out.setdefault(p.start + name_span(tok).start_char, depth)
    return out


def fronted_topics(paragraphs: Sequence[Paragraph], is_inside: Callable[[int], bool]) -> set[int]:
    """Return where the names of the sentences' fronted topics ("For Baker, ...") start, outside quotations."""
    out: set[int] = set()
    for p in paragraphs:
        for sent in p.doc.sents:
            topic = fronted_topic(sent)
            if topic is not None and not is_inside(p.start + topic.idx):
                out.add(p.start + name_span(topic).start_char)
    return out


def main_clause_first(found: list[tuple[int, Identity]], depths: dict[int, int]) -> list[Identity]:
    """Return the people of `found` ((offset, person), in text order) main clause first, then by text order."""
    ranked = sorted(found, key=lambda m: (depths.get(m[0], UNKNOWN_DEPTH), m[0]))
    return [e for _, e in ranked]


def tied_at_the_top(found: list[tuple[int, Identity]], depths: dict[int, int]) -> bool:
    """Return True when two people of `found` ((offset, person)) are subjects equally near the main
    clause and equally known to be of the pronoun's gender (`found` holds only those who agree):
    "Ana Ruiz and Maria Lopez argued. “…,” she said" may be either woman's."""
    if len(found) < 2:
        return False
    top = min(depths.get(at, UNKNOWN_DEPTH) for at, _ in found)
    first = [e for at, e in found if depths.get(at, UNKNOWN_DEPTH) == top]
    people = list({id(e): e for e in first}.values())
    return len(people) >= 2 and len({bool(e.gender) for e in people}) == 1


def carried_mentions(
    chain: Sequence[PronounSubject],
    mentions: Sequence[tuple[int, Identity]],
    resolve: Callable[
        [int, str, Sequence[tuple[int, Identity]], Sequence[int], Sequence[Identity]], tuple[Identity | None, bool]
    ],
) -> list[tuple[int, Identity]]:
    """Return `mentions` with, for every he/she subject of `chain` resolved clearly (to a subject of
    its window) by `resolve(offset, gender, mentions, keys)`, that person as a mention where the
    pronoun stands: the pronoun carries its person on as the subject of its sentence. Pronouns are
    resolved in text order, each with the ones before it already carried; never as a person its own
    clause names beside it ("he was questioned with Crane" is not Crane)."""
    merged = list(mentions)
    keys = [at for at, _ in merged]
    for pc in chain:
        beside = [bisect.bisect_left(keys, at) for at in pc.beside]
        skip = [merged[j][1] for j, at in zip(beside, pc.beside) if j < len(keys) and keys[j] == at]
        found, clear = resolve(pc.offset, pc.gender, merged, keys, skip)
        if found is None or not clear:
            continue
        n = bisect.bisect_left(keys, pc.offset)
        if n < len(keys) and keys[n] == pc.offset:
            continue
        keys.insert(n, pc.offset)
        merged.insert(n, (pc.offset, found))
    return merged
