"""Capitalised roles that are not names: the house style of The New York Times and of many older
papers writes a title standing alone with a capital ("the Governor told reporters", "the Speaker
said", "the Prime Minister"), and every paper writes party members so ("the Utah Republican", "the
Brooklyn Democrat"). The tagger reads such a word as a proper noun; it is a description of a
person the article names, never the speaker's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.names import norm

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns for a member of a party: a description of a person ("the Ohio Democrat said").
PARTY_MEMBERS = frozenset({"republican", "democrat", "tory"})
# Offices held by one person, written with a capital when they stand for that person ("the Governor",
# "the Attorney General", "the Majority Leader"); never institutions ("the White House").
PERSON_OFFICES = frozenset(
    """president senator governor mayor speaker secretary minister chancellor premier judge justice
    ambassador chairman chairwoman congressman congresswoman representative commissioner general
    leader sheriff comptroller treasurer king queen prince princess pope bishop archbishop cardinal
    alderman alderwoman councilman councilwoman councillor councilor assemblyman assemblywoman
    supervisor selectman selectwoman magistrate coroner constable provost dean rabbi imam pastor""".split()
)


def is_capitalised_role(tok: Token) -> bool:
    """Return True when a capitalised subject word is a role or a party member standing alone after
    "the" ("the Governor", "the Assembly Speaker", "the Utah Republican"), with no name beside it."""
    word = norm(tok.text)
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    if word not in PARTY_MEMBERS and word not in PERSON_OFFICES:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts):
        return False
    # "the Prime Minister", "the Ohio Democrat", "the former Governor"; an institution's office
    # ("the United Nations High Commissioner") is named as the office, as before
    if any(c.dep_ not in ("det", "amod", "punct", "compound") or c.ent_type_ in ("PERSON", "ORG") for c in tok.lefts):
        return False
    # a name after the role is the speaker's own name: "the Governor Frederick Lanahan" is not this
    return not any(c.dep_ in ("appos", "compound", "flat") and c.ent_type_ == "PERSON" for c in tok.rights)
