"""Who a definite description stands for when the article said so earlier in a way a reader can
check: "the statement" is its author's ("the US military said in a statement"), "the
56-year-old" is the one person whose age was given as 56 ("Jose Mourinho, 56,"). When the text
gives no such link the description is left as it is: a wrong name is worse than a description."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quotemark.analysis.aged_subject import determiner_before
from quotemark.analysis.controllers import DOCUMENT_NOUNS, ISSUING_VERBS
from quotemark.analysis.offsets import doc_ents, doc_text
from quotemark.analysis.reference import previous_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import SpeakerIndex

# How many paragraphs back the document a "the statement" refers to may have been mentioned.
DOCUMENT_REACH = 3
_DESCRIBED_AGE = re.compile(r"the (\d{1,3})[- ]year[- ]old\b", re.IGNORECASE)
# An age right after a name: "Jose Mourinho, 56," "Singh (31)", "Ruiz, aged 44,".
_AGE_AFTER = re.compile(r"\s*[,(]\s*(?:aged\s+|who\s+is\s+)?(\d{1,3})\s*[,);.\u2013\u2014-]")
# An age right before a name: "56-year-old Jose Mourinho", "the 56-year-old Portuguese coach Jose Mourinho".
_AGE_BEFORE = re.compile(r"(\d{1,3})[- ]year[- ]old\s+(?:[\w.'\u2019-]+\s+){0,3}$")
# Prepositions through which a verb's subject speaks in a document: "said in a statement".
_THROUGH = frozenset({"in", "through", "via"})


def described_age(tok: Token) -> int | None:
    """Return N for a definite "the N-year-old" phrase headed by `tok`, else None."""
    words = list(tok.subtree)
    if len(words) > 8 or not words:
        return None
    the = determiner_before(tok) if words[0].lower_ != "the" else None
    if the is not None:
        words.insert(0, the)  # the parse hung "the" on the verb: "“…,” the 34-year-old said"
    text = doc_text(tok.doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    m = _DESCRIBED_AGE.match(text)
    return int(m.group(1)) if m else None


def person_of_age(age: int, index: SpeakerIndex) -> Identity | None:
    """Return the one person of the article whose age is given as `age` next to their name, or None
    when no one's, or more than one person's, is."""
    found = people_of_age(age, index)
    return found[0] if len(found) == 1 else None


def people_of_age(age: int, index: SpeakerIndex) -> list[Identity]:
    """Return the people of the article whose age is given as `age` next to their name."""
    found: dict[int, Identity] = {}
    for p in index.paragraphs:
        text = doc_text(p.doc)
        for ent in doc_ents(p.doc):
            if ent.label_ != "PERSON" or index.is_inside(p.start + ent.start_char):
                continue
            after = _AGE_AFTER.match(text, ent.end_char)
            before = _AGE_BEFORE.search(text, max(0, ent.start_char - 60), ent.start_char)
            if not any(m is not None and int(m.group(1)) == age for m in (after, before)):
                continue
            entity = index.entity_named(ent.text)
            if entity is not None and entity.label == "PERSON":
                found[id(entity.final())] = entity.final()
    return list(found.values())


def words_back(tok: Token, index: SpeakerIndex, p: Paragraph, reach: int) -> Iterator[tuple[Token, Paragraph]]:
    """Yield the words before `tok` outside quotation marks, nearest first, with their paragraph:
    those of its own paragraph `p`, then of up to `reach` paragraphs before it."""
    q: Paragraph | None = p
    for _ in range(reach + 1):
        if q is None:
            return
        candidates = q.doc[: tok.i] if q is p else q.doc
        for t in reversed(list(candidates)):
            if not index.is_inside(q.start + t.idx):
                yield t, q
        q = previous_paragraph(index, q)


def _issuer(mention: Token) -> Token | None:
    """Return who put out the document a noun names: "X said in a statement", "X issued a statement",
    "a statement from X", "X's statement"."""
    for c in mention.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
        if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_VERBS:
            # "The complaint, filed by the Campaign Integrity Project, alleges"
            by = next((g for g in c.children if g.lower_ == "by" and g.dep_ in ("agent", "prep")), None)
            obj = None if by is None else next((g for g in by.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    verb = None
    if mention.dep_ == "pobj" and mention.head.lower_ in _THROUGH:
        verb = mention.head.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "dobj":
            verb = verb.head  # the parse hangs "in a statement" on the object: "denied the claims in a statement"
    elif mention.dep_ == "dobj" and mention.head.lemma_.lower() in ISSUING_VERBS:
        verb = mention.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "In a statement, it said": an "it" says no more than the "it" or "the statement" read through it
    return None if subj is None or subj.lower_ in ("it", "this", "that") else subj


def _before(who: Token, q: Paragraph, tok: Token, p: Paragraph) -> bool:
    """Return True when the issuer lies before the word read through it: each step of reading a
    description or an "it" through its document goes back in the text, so it always ends."""
    return q.start + who.idx < p.start + tok.idx


def earlier_document(tok: Token, index: SpeakerIndex, p: Paragraph) -> tuple[Token, Paragraph] | None:
    """Return who issued the document a definite "the statement" refers back to, and the paragraph
    they are named in: the nearest earlier mention of the same kind of document outside quotation
    marks decides ("the US military said in a statement ... / “…,” the statement said")."""
    head = tok.lemma_.lower()
    if head not in DOCUMENT_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("poss", "compound", "prep", "amod") for c in tok.children):
        return None  # "the IMF statement", "the statement from ...", "the joint statement": another one, or its own words say whose
    for t, q in words_back(tok, index, p, DOCUMENT_REACH):
        if t.lemma_.lower() != head or t.pos_ != "NOUN":
            continue
        who = _issuer(t)
        if who is not None and _before(who, q, tok, p) and not index.is_inside(q.start + who.idx):
            return who, q
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
            return None  # another document ("a separate statement") whose author is not given: no guess past it
        # "The statement, which was obtained by Variety, claimed": a reference back, read on past it
    return None


def document_before_it(tok: Token, index: SpeakerIndex, p: Paragraph) -> tuple[Token, Paragraph] | None:
    """Return who issued the document an "it" that says something stands for: "they've put out
    another statement. / “…,” it says". The nearest document named before it, in its paragraph or
    the one before, when no organisation or person became a subject since; both readings of "it"
    (the statement, or the one who issued it) name the same speaker."""
    for t, q in words_back(tok, index, p, 1):
        if t.dep_ in ("nsubj", "nsubjpass") and (t.ent_type_ in ("ORG", "PERSON") or t.pos_ == "PRON"):
            return None  # someone else became the subject since: "it" may be them
        if t.lemma_.lower() in DOCUMENT_NOUNS and t.pos_ == "NOUN":
            who = _issuer(t)
            if who is None or not _before(who, q, tok, p) or index.is_inside(q.start + who.idx):
                return None
            return who, q
    return None


def another_of(tok: Token, index: SpeakerIndex, p: Paragraph) -> Token | None:
    """Return the noun a bare "Another said" takes up: the subject "one user on Weibo" (or "a
    resident") named just before, in its paragraph or the one before, else None."""
    if tok.lower_ != "another" or any(c.dep_ in ("compound", "amod") for c in tok.children):
        return None
    for t, _q in words_back(tok, index, p, 1):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ == "relcl":
            continue  # "one user on Weibo, which is ...": the relative clause's subject is not who spoke
        one = any(c.dep_ in ("det", "nummod") and c.lower_ in ("one", "a", "an") for c in t.children)
        return t if one and t.pos_ == "NOUN" and t.tag_ == "NN" else None
    return None
