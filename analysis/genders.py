"""A person's gender guessed from the he and she that stand for them in the article (a tie-breaker
for pronouns, never a filter alone)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.offsets import ents_within
from quotemark.analysis.pronouns import governing_subject, someone_elses

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph

_MALE = frozenset(("he", "him", "his", "himself"))
_FEMALE = frozenset(("she", "her", "hers", "herself"))
# A he/she that is the subject of what a named person says counts for more than a co-occurrence.
_CLAUSE_WEIGHT = 2


def vote_genders(
    paragraphs: Sequence[Paragraph],
    entities: Sequence[Identity],
    is_inside: Callable[[int], bool],
    person_named: Callable[[list[str]], Identity | None],
) -> None:
    """Give each person of unknown gender the one the he/she of the narration vote for: those in
    sentences that name only that person, and those that are the subject of what a named person
    says ("Omar asked ..., saying she ..."). `person_named` maps a name's words to its entity."""
    votes: dict[int, list[int]] = {}
    for p in paragraphs:
        for sent in p.doc.sents:
            people: dict[int, Identity] = {}
            m = f = 0
            for tok in sent:
                if is_inside(p.start + tok.idx):
                    continue
                named = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.is_alpha)
                # a known person's surname the recogniser missed or labelled otherwise, as a subject
                # ("Carlineo was arrested ...") or an owner ("Ford's will specified that he ..."):
                # the sentence names that person too, and its he/she may be theirs
                if named and tok.ent_type_ != "PERSON" and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
                    e = person_named(_untagged_name(tok))
                    if e is not None and e.label == "PERSON":
                        people[id(e)] = e
                if someone_elses(tok) or _object_of_a_name(tok):
                    continue
                m += tok.lower_ in _MALE
                f += tok.lower_ in _FEMALE
            for ent in ents_within(sent):
                if ent.label_ == "PERSON" and not is_inside(p.start + ent.start_char):
                    e = person_named([t.text for t in ent])
                    if e is not None:
                        people[id(e)] = e
            if len(people) == 1 and (m or f):
                v = votes.setdefault(id(next(iter(people.values()))), [0, 0])
                v[0] += m
                v[1] += f
            elif len(people) > 1:
                for ent, g in clause_votes(sent):
                    e = None if is_inside(p.start + ent.start_char) else person_named([t.text for t in ent])
                    if e is not None:
                        votes.setdefault(id(e), [0, 0])[g == "f"] += _CLAUSE_WEIGHT
    for e in entities:
        tally = votes.get(id(e))
        if not e.gender and tally and tally[0] != tally[1]:
            e.gender = "m" if tally[0] > tally[1] else "f"


def _untagged_name(tok: Token) -> list[str]:
    """Return the words of the untagged name that ends at `tok`: "Hugo A. Hendricks" rather than
    "Hendricks" alone, which would stand for whichever Hendricks is mentioned most."""
    lo = tok.i
    while lo > tok.i - 3 and lo > 0:
        before = tok.doc[lo - 1]
        if before.ent_type_ == "PERSON" or "\n" in before.whitespace_ or not before.text[:1].isupper():
            break
        if before.pos_ != "PROPN" and before.dep_ not in ("compound", "flat"):  # the "A." of "Hugo A. Hendricks"
            break
        lo -= 1
    return [t.text for t in tok.doc[lo : tok.i + 1]]


def _object_of_a_name(tok: Token) -> bool:
    """Return True for a him/her that is the object of a verb whose subject is a name: the "him" of
    "Haddad found him" is someone else (it would be "himself"), so it says nothing of Haddad."""
    if tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "pobj", "dative"):
        return False
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in head.children)


def clause_votes(sent: Span) -> list[tuple[Span, str]]:
    """Return (name, "m" or "f") for each he/she that is the subject of a clause governed by a verb
    whose own subject is a person's name: "Omar asked for mercy for Lee, saying she did not ..."
    tells Omar's gender even in a sentence naming someone else too."""
    votes: list[tuple[Span, str]] = []
    names: list[Span] | None = None
    for tok in sent:
        gender = {"he": "m", "she": "f"}.get(tok.lower_)
        subject = governing_subject(tok) if gender else None
        if subject is None or gender is None:
            continue
        names = ents_within(sent) if names is None else names
        name = next((e for e in names if e.label_ == "PERSON" and e.start <= subject.i < e.end), None)
        if name is not None:
            votes.append((name, gender))
    return votes
