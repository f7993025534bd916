"""People named after an honorific whom the entity recogniser did not tag as people: "Prof Adaeze
Nwosu, the study's lead author, said" with no entity at all, "Dame Harriet Cole" with "Cole" tagged
as a product. An honorific (Mr, Ms, Dr, Prof, Sir, Dame, ...) written before capitalised proper
nouns names a person in every English house style, whether or not the first name is a common one;
the names are relabelled PERSON in the parse itself, so that every later reader sees the person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.names import HONORIFICS, TITLE_WORDS, norm
from quotemark.analysis.offsets import capitalised_tokens, forget_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Honorifics that stand only before a person's name (not "Lord Chancellor": a title word after one
# ends the name).
PERSONAL_HONORIFICS = (HONORIFICS - {"rev"}) | {"professor"}  # "Rev." also heads "Rev. Al Sharpton's church"
# A name runs to at most this many words after its honorific: "Dr Maria del Carmen Ortiz".
MAX_NAME_WORDS = 4


def _name_word(text: str) -> bool:
    """Return True for a capitalised word that can be part of a personal name ("Nwosu", "O'Neill")."""
    bare = text.replace("-", "").replace("'", "").replace("\u2019", "")
    return text[:1].isupper() and bare.isalpha() and norm(text) not in TITLE_WORDS


def honorific_people(doc: Doc) -> list[tuple[int, int]]:
    """Return the (start, end) token bounds of the names after an honorific that no PERSON entity
    covers and that no other entity runs past (a brand such as "Dr Martens" is one entity with
    its honorific, and stays as it is)."""
    found: list[tuple[int, int]] = []
    n = len(doc)
    resume = 0
    for i in capitalised_tokens(doc):
        if i < resume or i >= n - 1:
            continue
        tok = doc[i]
        if tok.ent_type_ or norm(tok.text) not in PERSONAL_HONORIFICS:
            continue
        j = i + 1
        if j < n and doc[j].text == ".":
            j += 1  # "Dr . Smith" where the tokeniser split the dot off
        a = j
        while j < n and j - a < MAX_NAME_WORDS and doc[j].pos_ == "PROPN" and _name_word(doc[j].text):
            if doc[j].ent_type_ == "PERSON":
                break
            j += 1
        if j > a and (j == n or doc[j].ent_type_ != "PERSON") and _ents_within(doc, a, j):
            found.append((a, j))
        resume = max(j, i + 1)
    return found


def _ents_within(doc: Doc, a: int, b: int) -> bool:
    """Return True when every entity touching tokens a..b-1 lies wholly inside them."""
    for k in (a, b - 1):
        t = doc[k]
        if t.ent_type_ and not (t.ent_iob_ == "B" or k > a):
            return False  # an entity that began before the name
    return b >= len(doc) or doc[b].ent_iob_ != "I"


def repair_honorific_names(doc: Doc) -> bool:
    """Tag as PERSON the names an honorific introduces that the recogniser missed; return True when any changed."""
    from spacy.tokens import Span as _Span

    found = honorific_people(doc)
    if not found:
        return False
    kept: list[Span] = [e for e in doc.ents if not any(a <= e.start and e.end <= b for a, b in found)]
    kept += [_Span(doc, a, b, label="PERSON") for a, b in found]
    doc.ents = sorted(kept, key=lambda e: e.start)
    forget_ents(doc)
    return True
