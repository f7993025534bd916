"""Who a definite description of a person stands for when no role of the article has its word as
head: "the detective" for "Detective Sergeant Neil Baptiste", "the billionaire" for "Harold Venn,
the billionaire founder of ...". Only when one person alone was described with the word; two
people who might be "the detective" leave it as written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.names import ROLE_ABBREVIATIONS, norm

if TYPE_CHECKING:
    from quotemark.analysis.identities import Identity

_PREPOSITIONS = frozenset(("of", "for", "at", "in", "with", "to", "from", "on", "and", "who", "which", "that"))
_NOT_ROLE = frozenset(("the", "a", "an", "his", "her", "their", "its", "our", "my", "former", "late", "then"))


def role_nouns(phrase: str) -> set[str]:
    """Return the lower-cased words of a role before any preposition, abbreviations spelled out:
    "billionaire", "founder" of "the billionaire founder of a chain of discount stores"."""
    out: set[str] = set()
    for w in re.findall(r"[\w.\u2019'-]+", phrase):
        n = norm(w)
        if n in _PREPOSITIONS:
            break
        if n not in _NOT_ROLE and n.isalpha():
            out.add(ROLE_ABBREVIATIONS.get(n, n))
    return out


def sole_with_role_noun(
    mentions: Sequence[tuple[int, Identity]], word: str, offset: int, qualifiers: Sequence[str] = ()
) -> Identity | None:
    """Return the one person named before `offset` (from `mentions`, by offset) whose roles have
    `word` before their head, or None when no one's or more than one person's do. A place or
    name qualifying the description ("Utah" of "the Utah Republican") must be in that role or
    name too: "the Republican nominee" is not "the Utah Republican"."""
    word = ROLE_ABBREVIATIONS.get(word, word)
    wanted = {norm(q) for q in qualifiers}
    found: dict[int, Identity] = {}
    for at, e in mentions:
        if at >= offset:
            break
        if word in e.role_nouns and wanted <= e.role_nouns | {norm(w) for w in e.name.split()}:
            found[id(e)] = e
    return next(iter(found.values())) if len(found) == 1 else None


# Party words of a description or a role, each to its party: "the Republican nominee" is not the
# one whose role says "the Democratic nominee".
_PARTIES = {
    "republican": "r",
    "gop": "r",
    "democratic": "d",
    "democrat": "d",
    "labour": "lab",
    "conservative": "con",
    "tory": "con",
    "liberal": "lib",
}


def other_party(qualifiers: Sequence[str], entity: Identity) -> bool:
    """Return True when a description's party ("Republican" of "the Republican nominee") differs
    from the only party a person's roles name."""
    wanted = {_PARTIES[norm(q)] for q in qualifiers if norm(q) in _PARTIES}
    held = {_PARTIES[w] for w in entity.role_nouns if w in _PARTIES}
    return bool(wanted and held and not wanted & held)
