"""The person a passage is about, for a description of a person the article gives no other link
for: "Grady, a former prosecutor, had led in every poll. “…,” the Republican nominee told
supporters" is Grady. Read like a pronoun's antecedent, so always a guess to review."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from quotemark.analysis.cues import SPEECH_VERBS
from quotemark.analysis.descriptions import described_age
from quotemark.analysis.identity_labels import PERSON_NOUNS
from quotemark.analysis.names import TITLE_WORDS, norm

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.speakers import SpeakerIndex


# People who speak or act for someone else, or deal with them: "Smith resigned. “…,” the spokesman
# said" is someone other than Smith, so these are never read as the passage's person.
PROXY_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney counsel agent publicist
    representative official officer detective inspector investigator prosecutor judge sergeant constable
    sheriff coach manager assistant deputy doctor nurse teacher""".split()
)


# Players described by the country they are capped for or their place on the field: "the Poland
# international", "the England midfielder" (sports pages of every English-speaking country).
PLAYER_NOUNS = frozenset(
    # besides the positions TITLE_WORDS has ("striker", "quarterback")
    """international keeper fullback full-back centre-back batter batsman bowler spinner all-rounder
    opener wicketkeeper fly-half scrum-half prop hooker lock flanker playmaker""".split()
)


def describes_a_person(tok: Token) -> bool:
    """Return True for a definite singular description that may be the passage's person: "the
    Republican nominee", "the 24-year-old", "the veteran"; never "the spokesman"."""
    if described_age(tok) is not None:
        return True
    word = norm(tok.text)
    known = word in TITLE_WORDS or word in PERSON_NOUNS or word in PLAYER_NOUNS
    return tok.tag_ == "NN" and word not in PROXY_NOUNS and known


def sentence_subject_before(index: SpeakerIndex, offset: int) -> Identity | None:
    """Return the person who is the subject of the narrative sentence before the one at `offset`,
    when every person named from there to `offset` is that same person, and the passage is about
    them: named twice before `offset`, or doing something there rather than only saying something
    ("Striker Leon Marsh scored a hat-trick", not "Inspector Claire Dunmore said ..."), else None."""
    starts = index.sentence_starts
    k = bisect.bisect_right(starts, offset) - 1
    if k < 1:
        return None
    lo = starts[k - 1]
    found: Identity | None = None
    subject = acting = False
    for at, e in index.person_mentions_between(lo, offset):
        if found is not None and e is not found:
            return None  # two people in the passage: the description could be either
        found = e
        if index.is_subject(at):
            subject = True
            acting = acting or _acts(index, at)
    if found is None or not subject:
        return None
    named = sum(1 for _at, e in index.person_mentions_between(0, offset) if e is found)
    return found if named >= 2 or acting else None


def _acts(index: SpeakerIndex, at: int) -> bool:
    """Return True when the mention at `at` is the active subject of a verb other than a speech
    verb: the story's actor ("Marsh scored"), not a source ("Dunmore said") nor one acted on ("was arrested")."""
    for p in index.paragraphs:
        if p.start <= at < p.start + len(p.doc.text):
            tok = next((t for t in p.doc if p.start + t.idx <= at < p.start + t.idx + len(t.text) + 1), None)
            while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            return tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in SPEECH_VERBS
    return False
