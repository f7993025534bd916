"""People the entity recogniser left untagged although their names say they are people: a known
first name and a surname as the subject of a clause, "Fox News's Allison Marsh noted that ...",
where the recogniser took the outlet's possessive for the entity and left the reporter out. An
untagged person is no antecedent for the "she asked" after them, so the pronoun went to whoever
was named before."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from quotemark.analysis.names import first_name_gender
from quotemark.analysis.offsets import capitalised_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Longest name taken: a first name, a middle name or initial, a surname.
_MAX_WORDS = 3


def untagged_first_named(doc: Doc, person_like: Callable[[Doc, int, int], bool]) -> list[Span]:
    """Return the PERSON spans of untagged names that start with a known first name and end in the
    subject of a clause; `person_like(doc, a, b)` tells whether tokens [a, b) read as a name."""
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    n = len(doc)
    resume = 0
    for i in capitalised_tokens(doc):  # person_like wants every word of a name capitalised
        if i < resume:
            continue
        tok = doc[i]
        if tok.ent_type_ or tok.pos_ != "PROPN" or not first_name_gender([tok.text]):
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.pos_ == "PROPN" and not before.ent_type_ and "\n" not in before.whitespace_:
            continue  # inside a longer untagged run: not where a name starts
        j = i + 1
        while j < n and j - i < _MAX_WORDS + 1 and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
            if "\n" in doc[j - 1].whitespace_:
                break
            j += 1
        last = doc[j - 1]
        ends_here = j == n or not (doc[j].pos_ == "PROPN" or doc[j].ent_type_)
        if j - i >= 2 and ends_here and last.dep_ in _SUBJECT_DEPS and person_like(doc, i, j):
            if all(t.head.i == last.i for t in doc[i : j - 1]):
                out.append(_Span(doc, i, j, label="PERSON"))
        resume = j
    return out


def split_owner_person(doc: Doc, ent: Span, person_like: Callable[[Doc, int, int], bool]) -> list[Span] | None:
    """Return the organisation and the person of an entity that runs an outlet's or a body's
    possessive into a name ("Sky News's Helen Varga" as one ORG), else None: the words after the
    "'s" start with a known first name and read as a name."""
    from spacy.tokens import Span as _Span

    mark = next((t.i for t in ent if t.lower_ in ("'s", "\u2019s")), None)
    if mark is None or mark == ent.start or mark + 1 >= ent.end:
        return None
    if not first_name_gender([doc[mark + 1].text]) or not person_like(doc, mark + 1, ent.end):
        return None
    return [_Span(doc, ent.start, mark, label=ent.label_), _Span(doc, mark + 1, ent.end, label="PERSON")]


def split_person_of_place(doc: Doc, ent: Span, person_like: Callable[[Doc, int, int], bool]) -> list[Span] | None:
    """Return the person and the place of an entity that runs a name into where the person is from
    ("19-year-old Kayla Desrosiers of Brampton" as one ORG), else None: the words before "of" start
    with a known first name and read as a name, and the words after it are capitalised."""
    from spacy.tokens import Span as _Span

    mark = next((t.i for t in ent if t.lower_ == "of"), None)
    if mark is None or mark == ent.start or mark + 1 >= ent.end:
        return None
    if not first_name_gender([doc[ent.start].text]) or not person_like(doc, ent.start, mark):
        return None
    if not all(t.text[:1].isupper() for t in doc[mark + 1 : ent.end]):
        return None
    return [_Span(doc, ent.start, mark, label="PERSON"), _Span(doc, mark + 1, ent.end, label="GPE")]
