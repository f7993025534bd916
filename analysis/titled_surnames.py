"""A name's first word the entity recogniser left in the title before it: in "Meridian Chief
Executive Lim Boon Keat said" it tags only "Boon Keat", so the person reads "Boon Keat" with the
role "Chief Executive Lim", and a later "Lim said" names no one known. Chinese, Korean, Vietnamese
and Malay names put the family name first, where a Western first name would be; a capitalised word
that is no title, standing between a title and a person's name, belongs to the name. And when the
recogniser tags none of such a name, or runs the company, the title and the name into one work of
art ("Meridian Straits Chief Executive Chua Hock Seng said"), the two to four name words after the
title that are the subject of a verb are the person."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotemark.analysis.names import FIELD_TITLES, TITLE_WORDS, norm
from quotemark.analysis.offsets import capitalised_tokens, forget_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def _bare_name_word(text: str) -> bool:
    """Return True for a capitalised word of letters alone that is no title ("Lim", "Nguyen")."""
    return text[:1].isupper() and text.isalpha() and norm(text) not in TITLE_WORDS


def name_starts_in_title(doc: Doc, ent: Span) -> bool:
    """Return True when the word before the PERSON `ent` is an untagged proper noun, itself after
    a capitalised title word, that the parse joins to the name."""
    k = ent.start - 1
    if k < 1 or ent.label_ != "PERSON":
        return False
    word, title = doc[k], doc[k - 1]
    if word.ent_type_ or word.pos_ != "PROPN" or not _bare_name_word(word.text) or word.whitespace_ != " ":
        return False
    if word.dep_ not in ("compound", "flat") or word.head.i < ent.start or word.head.i >= ent.end:
        return False  # the parse must read it as part of the name
    return title.text[:1].isupper() and norm(title.text) in TITLE_WORDS


# Labels the recogniser gives a company, title and name run together; a PERSON is never undone.
_MISREAD = frozenset({"", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "GPE", "FAC", "EVENT", "LAW"})
_PERSON_TITLES = TITLE_WORDS - FIELD_TITLES
# How many words a name after a title may run to: "Nguyen Thi Minh Khai".
MAX_NAME_WORDS = 4


def names_after_titles(doc: Doc, person_like: Callable[[Doc, int, int], bool]) -> list[tuple[int, int]]:
    """Return the (start, end) token bounds of the names a capitalised title introduces that no
    PERSON entity covers: two to four capitalised words ending the proper nouns, the last one the
    subject of a verb ("Chief Executive Chua Hock Seng said"); `person_like(doc, a, b)` tells
    whether tokens [a, b) read as a name."""
    found: list[tuple[int, int]] = []
    n = len(doc)
    resume = 1
    for i in capitalised_tokens(doc):
        if i < resume:
            continue
        t = doc[i]
        # a word that names a body's field ("Democratic National Committee") introduces no person
        if t.pos_ != "PROPN" or norm(t.text) not in _PERSON_TITLES:
            continue
        a = i + 1
        j = a
        while j < n and j - a < MAX_NAME_WORDS + 1 and doc[j].pos_ == "PROPN" and _bare_name_word(doc[j].text):
            j += 1
        words = doc[a:j]
        ends_run = j == n or not (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper())
        if (
            2 <= len(words) <= MAX_NAME_WORDS
            and ends_run
            and words[-1].dep_ in ("nsubj", "nsubjpass")
            and all(w.ent_type_ in _MISREAD for w in words)
            and person_like(doc, a, j)
        ):
            found.append((a, j))
        resume = max(j, i + 1)
    return found


def repair_titled_surnames(doc: Doc, person_like: Callable[[Doc, int, int], bool]) -> bool:
    """Join to each person's name the first word the recogniser left in the title before it, and tag
    the names after a title it missed or ran into a company's name; return True when any changed."""
    from spacy.tokens import Span as _Span

    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if name_starts_in_title(doc, ent):
            ents[n] = _Span(doc, ent.start - 1, ent.end, label="PERSON")
            changed = True
    for a, b in names_after_titles(doc, person_like):
        kept: list[Span] = []
        for e in ents:
            if e.end <= a or e.start >= b:
                kept.append(e)
            elif e.start < a and all(w.pos_ == "PROPN" for w in doc[e.start : a]):
                # the company written before the title: "Meridian Straits" of "Meridian Straits Chief Executive ..."
                head = next((k for k in range(e.start, a) if norm(doc[k].text) in TITLE_WORDS), a)
                if head > e.start:
                    kept.append(_Span(doc, e.start, head, label="ORG"))
        kept.append(_Span(doc, a, b, label="PERSON"))
        ents = sorted(kept, key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = ents
        forget_ents(doc)
    return changed
