"""Titles the entity recogniser reads as part of a person's name, or leaves a titled name untagged:
"Fire Chief Ray Dunleavy" as one PERSON, "Detective Sergeant Neil Baptiste" as no entity at all.

The title is split off (it stays in the text before the name, where the role is read from), so the
person is "Ray Dunleavy" with the role "Fire Chief", and a later "the chief" finds them; the change
is made in the parse's entities, so the People panel and the speaker index see the same person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.names import BODY_WORDS, HONORIFICS, TITLE_WORDS, first_name_gender, norm
from quotemark.analysis.offsets import capitalised_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# How many words a title may run to before the name: "Assistant Chief Constable", "Deputy Fire Chief".
MAX_TITLE_WORDS = 4


def _name_word(text: str) -> bool:
    """Return True for a capitalised word that can be part of a personal name ("Santos-Rivera", "O'Neill")."""
    bare = text.replace("-", "").replace("'", "").replace("\u2019", "").replace(".", "")
    return text[:1].isupper() and bare.isalpha()


# Titles that are as often first names ("Dean Ana Pell" and "Dean Pell"): a title only before a
# known first name and a surname.
NAME_TITLES = frozenset({"dean"})


def _is_title(text: str) -> bool:
    return norm(text) in TITLE_WORDS


def title_split(words: list[str]) -> int:
    """Return how many leading words of a person's span are a title, 0 when none: the titles it
    starts with ("Organiser Kevin Marsh"), or capitalised words and then a title ("Fire Chief Ray
    Dunleavy", "Police Commissioner", "Head Coach") before a two- to four-word name."""
    lead = 0
    while len(words) - lead > 2 and _is_title(words[lead]) and norm(words[lead]) not in HONORIFICS:
        lead += 1
    if len(words) == 3 and norm(words[0]) in NAME_TITLES and first_name_gender(words[1:2]) and _name_word(words[2]):
        return 1
    last = -1
    for i, w in enumerate(words[:MAX_TITLE_WORDS]):
        if len(words) - (i + 1) < 2 or not _name_word(w) or norm(w) in HONORIFICS:
            break
        if _is_title(w):
            last = i
    if last + 1 <= lead:
        return lead
    rest = words[last + 1 :]
    if not 2 <= len(rest) <= 4 or not all(_name_word(w) for w in rest):
        return lead
    if any(first_name_gender([w]) for w in words[:last]):
        return lead  # "Martin Luther King Jr": a first name before the "title" makes it part of the name
    return last + 1


def split_titled(doc: Doc, ent: Span) -> Span | None:
    """Return the PERSON span of the bare name when `ent` starts with a title, else None."""
    from spacy.tokens import Span as _Span

    cut = title_split([t.text for t in ent])
    if not cut:
        return None
    return _Span(doc, ent.start + cut, ent.end, label="PERSON")


def _lone_title(doc: Doc, i: int) -> bool:
    """Return True when token `i` is a title word that is untagged or is all of an entity made of
    title words ("Alderman" tagged a PERSON on its own, the name after it left out)."""
    tok = doc[i]
    if tok.pos_ != "PROPN" or not _is_title(tok.text):
        return False
    if not tok.ent_type_:
        return True
    start, end = i, i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return tok.ent_type_ == "PERSON" and all(_is_title(t.text) for t in doc[start:end])


def _foreign_ent_end(doc: Doc, j: int) -> int:
    """Return where the entity token `j` is part of ends, or -1 when that entity is a PERSON or
    starts before `j`: a name run through another person's span is left as it is."""
    if doc[j].ent_iob_ != "B" or doc[j].ent_type_ == "PERSON":
        return -1
    end = j + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def untagged_titled_people(doc: Doc) -> list[tuple[int, Span]]:
    """Return (where the title starts, the person) for each titled name no person's entity covers:
    "Detective Sergeant Neil Baptiste appealed ...", title words then a known first name and a
    surname, all proper nouns; the title may be tagged a PERSON alone and the surname a place
    ("Alderman" PERSON, "Teresa", "Munoz" GPE), whose entities the caller drops."""
    from spacy.tokens import Span as _Span

    out: list[tuple[int, Span]] = []
    n = len(doc)
    resume = 0
    for i in capitalised_tokens(doc):  # a name's words, its title's first among them, are capitalised
        if i < resume or not _lone_title(doc, i):
            continue
        j = i
        while j < n and doc[j].pos_ == "PROPN" and _name_word(doc[j].text) and j - i <= MAX_TITLE_WORDS + 4:
            if doc[j].ent_type_ and not _lone_title(doc, j):
                end = _foreign_ent_end(doc, j)
                if end < 0 or end - j > 1:
                    break
            j += 1
            if "\n" in doc[j - 1].whitespace_:
                break
        cut = title_split([t.text for t in doc[i:j]])
        if cut and first_name_gender([doc[i + cut].text]) and (j == n or not doc[j].ent_type_):
            out.append((i, _Span(doc, i + cut, j, label="PERSON")))
        resume = max(j, i + 1)
    return out


def split_role_object(doc: Doc, ent: Span) -> list[Span] | None:
    """Return the place and the person of a name the recogniser ran into the place a role is for,
    "the special envoy for Ukraine Kurt Volker" as one entity "Ukraine Kurt Volker", else None:
    a role noun, "for"/"to", then the place and a two-word name (three with a known first name)."""
    from spacy.tokens import Span as _Span

    if len(ent) < 3 or ent.start < 2 or any(t.text == "," for t in ent):
        return None
    prep, role = doc[ent.start - 1], doc[ent.start - 2]
    if prep.lower_ not in ("for", "to") or not _is_title(role.text) or prep.head.i != role.i:
        return None
    cut = ent.end - 3 if len(ent) > 3 and first_name_gender([doc[ent.end - 3].text]) else ent.end - 2
    tail = doc[cut : ent.end]
    if not all(t.tag_ == "NNP" and _name_word(t.text) for t in tail) or norm(tail[-1].text) in BODY_WORDS:
        return None
    # a person's name rather than the rest of the place's: a known first name, or the role heads a subject
    if not (first_name_gender([tail[0].text]) or role.dep_ in ("nsubj", "nsubjpass")):
        return None
    place = doc[ent.start : cut]
    label = "ORG" if len(place) == 1 and place[0].text.isupper() else "GPE"
    return [_Span(doc, ent.start, cut, label=label), _Span(doc, cut, ent.end, label="PERSON")]
