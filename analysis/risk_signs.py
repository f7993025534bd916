"""Signs, read from the speaker chosen and the words around it, that an attribution whose route looks
sure may still name the wrong person (analysis/doubts.py turns each into a Doubt).

Each is general English news structure, seen on text nobody tuned on:
- a plural description read as one named person: "“...,” the physicians stated" given to the one
  doctor the article named; a group's words are the group's;
- a description whose qualifier the person it was resolved to does not bear while another person
  does: "the Republican nominee" read as the one the article called "the Democratic nominee" (only
  the head noun agreed) when the article calls someone else the Republican nominee;
- a person named by a given name alone beside a relative: "Mrs Alder's husband, Colin" is Colin
  Alder or Colin someone else, and the name a reader copies is incomplete either way;
- a quotation that names the person it is given to: people seldom speak of themselves by name,
  so "“Roy's been saying that since ...”" after Roy Dunning's words is someone answering him.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from typing import TYPE_CHECKING

from quotemark.analysis.evidence import SpeakerKind
from quotemark.analysis.names import HONORIFICS, KIN_NOUNS, TITLE_WORDS, first_name_gender

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.speakers import Speaker

# a partner is kin here too: "her partner, Sam" tells no surname
_KIN = KIN_NOUNS | {"partner"}
_POSSESSIVE = re.compile(r"['\u2019]s$")
_PLACES = frozenset({"GPE", "LOC"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# words of a name too short or too common to say a quotation mentions that person
_MIN_NAME_CHARS = 3
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_INNER_QUOTE = re.compile(r"‘(?:[^‘’]|’(?=\w))*(?:’|$)|“[^“”]*(?:”|$)")
_LABEL = re.compile(r"^\s*[A-Z][A-Z.'’\- ]{1,40}:\s")  # "WALLACE: ...": a transcript's own speaker label
_DETERMINERS = frozenset("the a an this that these those".split())
_TITLES = HONORIFICS | frozenset(w.casefold().rstrip(".") for w in TITLE_WORDS)


def plural_for_one(subject: Token | None, speaker: Speaker) -> bool:
    """Return True when a plural description ("the physicians", "the officials") was read as one
    named person."""
    return (
        subject is not None
        and speaker.kind is SpeakerKind.DESCRIPTION
        and speaker.label == "PERSON"
        and subject.tag_ in _PLURAL_TAGS
    )


def qualifier_unborne(subject: Token | None, speaker: Speaker, people: Iterable[Identity]) -> bool:
    """Return True when a description resolved to a named person carries a proper qualifier ("the
    Republican nominee") that neither the person's name nor any role the narration gave them has:
    only the head noun agreed. A place ("the California congressman") counts only when another
    person of the article bears it, since a place is often written another way ("D-Calif.")."""
    if subject is None or speaker.kind is not SpeakerKind.DESCRIPTION or speaker.label != "PERSON":
        return False
    mine = _borne(speaker.entity) | set(speaker.name.casefold().split()) | set((speaker.role or "").casefold().split())
    missing = [
        c
        for c in subject.lefts
        if c.dep_ in ("amod", "compound", "nmod")
        and c.text[:1].isupper()
        and c.i != subject.sent.start
        and c.text.casefold() not in mine
    ]
    if any(c.ent_type_ not in _PLACES for c in missing):
        return True
    places = {c.text.casefold() for c in missing}
    return bool(places) and any(e is not speaker.entity and e.label == "PERSON" and places & _borne(e) for e in people)


def _borne(entity: Identity | None) -> set[str]:
    """Return the lower-cased words of an identity's name and of every role the narration gives it."""
    if entity is None:
        return set()
    words = set(entity.name.casefold().split()) | set((entity.role or "").casefold().split())
    return words | {w.casefold() for w in entity.role_words} | {w.casefold() for w in entity.role_nouns}


def given_name_of_relative(speaker: Speaker, surnames: Container[str]) -> bool:
    """Return True when a person is named by a lone given name and introduced as someone's relative
    ("her son, Jake") whose surname is not one of `surnames` (casefolded), the article's full names:
    the surname, which a reader wants, is untold. "Mrs Alder's husband, Colin" is Colin Alder when
    the article names an Alder in full (analysis/family_names.py completes it)."""
    words = speaker.name.split()
    if speaker.label != "PERSON" or len(words) != 1 or not first_name_gender(words):
        return False
    roles = [speaker.role or ""] + ([speaker.entity.role or ""] if speaker.entity is not None else [])
    for role in roles:
        parts = role.split()
        if not parts or parts[-1].casefold().strip(".,") not in _KIN:
            continue
        owner = next((w for w in reversed(parts[:-1]) if _POSSESSIVE.search(w)), None)
        if owner is None or _POSSESSIVE.sub("", owner).casefold() not in surnames:
            return True
    return False


def names_itself(words: str, speaker: Speaker) -> bool:
    """Return True when a quotation given to a person mentions that person by name: by the first
    name, or by the surname not after another given name ("Roy's been saying that", not "Martha
    Ford" in a quotation of Dale Ford's)."""
    if speaker.label != "PERSON" or speaker.kind is SpeakerKind.NAME_UNINDEXED:
        return False
    parts = [w for w in speaker.name.split() if w.casefold().strip(".") not in _TITLES]
    if not parts:
        return False
    first, last = parts[0], parts[-1]
    own = _INNER_QUOTE.sub(
        " ", _LABEL.sub("", words)
    )  # "He said, ‘Walt, your knees ...’": someone else's words to the speaker
    for m in _NAME_WORD.finditer(own):
        word = re.sub(r"['’]s$", "", m.group()).rstrip(".")
        if len(word) < _MIN_NAME_CHARS:
            continue
        if len(parts) >= 2 and word == first:
            return True
        if word == last:
            before = own[: m.start()].split()[-1:]
            prior = before[0].casefold().rstrip(".") if before else ""
            if prior in _DETERMINERS:
                continue  # "the Pruett plan", "the Clinton Foundation": a name used as a modifier
            if not before or not before[0][:1].isupper() or prior in _TITLES or before[0] == first:
                return True
    return False
