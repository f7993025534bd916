"""Full names for relatives the article names by first name only: in "Mrs Marchbank's husband,
Graham, said his life had stopped", Graham is Graham Marchbank, and a journalist quoting him
writes that name. British, Irish, Australian and Canadian court and crime reports introduce a
victim's family this way; the model tags "Graham" alone, so the People row and every quotation of
his read "Graham". Only a one-word person whose relation to a named person of the article is
written that way takes the surname; anyone the article names in full keeps their own name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotemark.analysis.model import Cluster
from quotemark.analysis.names import KIN_NOUNS

_KIN = "|".join(re.escape(k) for k in sorted((KIN_NOUNS | {"partner"}) - {"in-laws"}, key=len, reverse=True))
# "Marchbank's husband, Graham," "MacIsaac's older sister, Courtney," "Ruiz's 19-year-old son, Leo."
_RELATIVE = re.compile(
    rf"\b([A-Z][\w'\u2019-]*[a-z])['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_KIN})\s*,\s+([A-Z][a-z]+)\b(?=\s*[,.;)\u2014])"
)


def complete_family_names(clusters: Sequence[Cluster], text: str) -> None:
    """Rename each one-word PERSON cluster introduced as a named person's relative ("Marchbank's
    husband, Graham,") to the first name and that person's surname."""
    lone = {c.name: c for c in clusters if c.label == "PERSON" and " " not in c.name.strip()}
    if not lone:
        return
    surnames = {c.name.split()[-1] for c in clusters if c.label == "PERSON" and " " in c.name.strip()}
    found: dict[str, set[str]] = {}
    for m in _RELATIVE.finditer(text):
        surname, first = m.group(1), m.group(2)
        if first in lone and surname in surnames:
            found.setdefault(first, set()).add(surname)
    for first, names in found.items():
        if len(names) == 1:  # two families for one first name: no guess
            lone[first].name = f"{first} {names.pop()}"
