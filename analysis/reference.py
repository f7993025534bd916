"""Who a pronoun or a description stands for when the answer lies outside its own sentence: the
previous paragraph, the rest of the article, the form of an interview. Facts of how news is
written in English, whatever the outlet."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from quotemark.analysis.cues import is_cue
from quotemark.analysis.names import ROLE_ABBREVIATIONS
from quotemark.analysis.speakers import ORG_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import SpeakerIndex

_GROUP_WORDS = frozenset({"they", "them", "their", "we", "us", "our", "it", "its"})
_QUESTION = re.compile(r"\s*(?:Q|Question)\s*[:.\u2014-]\s")


def plural_subject(cand: Token) -> bool:
    """Return True for a subject a "they" can stand for: a plural noun, an organisation, or a name
    whose verb agrees in the plural ("Big Machine have denied it", as British news writes of firms
    and teams)."""
    if cand.tag_ in ("NNS", "NNPS") or cand.ent_type_ == "ORG" or cand.lower_ in ORG_NOUNS:
        return True  # "The company ... denies it. / “…,” they said"
    if cand.tag_ != "NNP":
        return False
    verb = cand.head
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > cand.i]
    first = helpers[0] if helpers else verb
    return first.tag_ == "VBP" or first.lower_ == "were"


def previous_paragraph(index: SpeakerIndex, p: Paragraph) -> Paragraph | None:
    """Return the paragraph just before `p` in the article, or None for the first."""
    i = bisect.bisect_right([q.start for q in index.paragraphs], p.start) - 2
    while i >= 0 and not index.paragraphs[i].doc.text.strip():
        i -= 1
    return index.paragraphs[i] if i >= 0 else None


def group_subject_before(index: SpeakerIndex, p: Paragraph) -> tuple[Token, Paragraph] | None:
    """Return the plural or organisation subject a paragraph-opening "they" stands for, or None.

    "Flooding was reported in the Czech Republic, where officials said they were watching the
    dams. / They said ...": the antecedent is the nearest subject of a speech verb or of a main
    clause in the previous paragraph; when that nearest subject is a single person or thing,
    "they" is left unresolved rather than skipped past it.
    """
    prev = previous_paragraph(index, p)
    if prev is None:
        return None
    for cand in reversed(prev.doc):
        if cand.dep_ not in ("nsubj", "nsubjpass") or index.is_inside(prev.start + cand.idx):
            continue
        if cand.head.dep_ != "ROOT" and not is_cue(cand.head):
            continue  # "they were watching" inside what officials said is not who said it
        if cand.lower_ in _GROUP_WORDS:
            return None  # a pronoun of its own: not resolved two paragraphs back
        return (cand, prev) if plural_subject(cand) else None
    return None


def is_question(p: Paragraph) -> bool:
    """Return True for an interviewer's question in a Q&A ("Q: You have said ...")."""
    return bool(_QUESTION.match(p.doc.text))


def interviewee(index: SpeakerIndex) -> Identity | None:
    """Return the person a Q&A interviews: the person the article names most often, when one is."""
    people = sorted((e for e in index.entities if e.label == "PERSON"), key=lambda e: -len(e.mentions))
    if not people or (len(people) > 1 and len(people[1].mentions) >= len(people[0].mentions)):
        return None
    return people[0]


def in_lead(index: SpeakerIndex, p: Paragraph) -> bool:
    """Return True for the article's first two paragraphs (its lead)."""
    seen = 0
    for q in index.paragraphs:
        if q.start == p.start:
            return True
        seen += bool(q.doc.text.strip())
        if seen >= 2:
            return False
    return False


def named_later(tok: Token, index: SpeakerIndex, offset: int) -> Identity | None:
    """Return the person an indefinite description in the lead ("A federal judge") introduces.

    A news lead describes someone ("A federal judge on Thursday sentenced ...") and names them
    in a following paragraph ("U.S. District Judge Anthony Ruiz"): the description stands for the
    one person named after it with that role, when no one before it had the role and exactly one
    person after it does.
    """
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    head = tok.lemma_.lower()
    word = ROLE_ABBREVIATIONS.get(head, head)
    with_role = [e for e in index.entities if e.label == "PERSON" and word in e.role_heads and e.mentions]
    if any(min(e.mentions) < offset for e in with_role):
        return None
    later = [e for e in with_role if min(e.mentions) > offset]
    return later[0] if len(later) == 1 else None
