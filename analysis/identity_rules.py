"""When a shorter name names the same thing as a longer one (rule 3 of analysis/identities.py),
and the probes that find the few longer names a short one could stand for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.entity_mentions import normalise
from quotemark.analysis.names import BODY_WORDS
from quotemark.analysis.pronouns import agrees

if TYPE_CHECKING:
    from quotemark.analysis.identities import Identity

# The small model often tags a lone surname as an organisation or a place ("Trump", "Sondland"),
# and now and then as a product or a work ("Menear continued"). Not as a group (NORP): "English"
# of "Bill English" may be the language.
_SURNAME_MISLABELS = frozenset({"ORG", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_CONNECTORS = frozenset({"of", "for", "in", "on", "and", "at", "to", "de", "the"})


def initials(words: Sequence[str]) -> str:
    """Return the initials of a name's significant words: "KCNA" for "Korean Central News Agency"."""
    return "".join(w[0] for w in words if w.casefold() not in _CONNECTORS and w[:1].isalpha()).upper()


# How far before an organisation's mention its spelled-out name may start.
_SPELLED_MAX_WORDS = 10
_WORD = re.compile(r"[\w'’.&-]+")


def spelled_out_start(text: str, start: int, end: int, acronym: str) -> int | None:
    """Return where the organisation named at (start, end) starts once extended leftwards over
    capitalised words, commas and connectors until its initials are `acronym`: "Immigration,
    Refugees and Citizenship Canada" for "IRCC" where the recogniser found "Citizenship Canada";
    None when no such extension spells it."""
    words = [w.group() for w in _WORD.finditer(text, start, end)]
    if not words or not acronym.endswith(initials(words)):
        return None
    at = start
    for _ in range(_SPELLED_MAX_WORDS):
        gap = at
        while gap > 0 and text[gap - 1] in " ,":
            gap -= 1
        if gap == at or "," in text[gap:at] and text[gap:at].strip() != ",":
            return None  # a word glued to the name, or more than one comma between words
        word_start = gap
        while word_start > 0 and _WORD.fullmatch(text[word_start - 1]):
            word_start -= 1
        word = text[word_start:gap]
        if not word or not (word[:1].isupper() or word.casefold() in _CONNECTORS):
            return None
        words.insert(0, word)
        at = word_start
        spelled = initials(words)
        if word[:1].isupper() and spelled == acronym:
            return at
        if not acronym.endswith(spelled):
            return None
    return None


def target_probes(words: Sequence[str]) -> set[str]:
    """Return the keys a longer name is found by: its first word, its last word, its initials."""
    return {"f:" + words[0].casefold(), "l:" + words[-1].casefold(), "i:" + initials(words)}


def probes(words: Sequence[str]) -> set[str]:
    """Return the keys under which the longer names a name could shorten are filed."""
    out = {"f:" + words[0].casefold(), "l:" + words[-1].casefold()}
    if len(words) == 1:
        out.add("i:" + words[0].upper())
    return out


def absorbs(long: Identity, short: Identity) -> bool:
    """Return True when the identity named `short` is the one named by the longer `long`."""
    lw, sw = normalise(long.name)[1], normalise(short.name)[1]
    if not sw or len(sw) >= len(lw):
        return False
    lcase = [w.casefold() for w in lw]
    scase = [w.casefold() for w in sw]
    if long.label == "PERSON" and short.label == "PERSON":
        same = lcase[: len(scase)] == scase or lcase[-len(scase) :] == scase
        return same and agrees(long, short.gender) and agrees(short, long.gender)
    if long.label == "PERSON" and short.label in _SURNAME_MISLABELS and len(sw) == 1:
        return lcase[-1] == scase[0]  # "Sondland" filed as a place, "Gordon Sondland" a person
    if long.label == "ORG" and short.label == "PERSON" and len(sw) == 1 and len(lw) <= 3:
        # "Montell Figgins" read as an organisation, "Figgins" as a person: one person
        return lcase[-1] == scase[0] and all(w[:1].isupper() for w in lw) and not BODY_WORDS & set(lcase)
    if long.label == "PERSON" or short.label == "PERSON" or {long.label, short.label} & {"NORP"}:
        return False
    if lw[: len(sw)] == sw and lcase[len(sw)] in _CONNECTORS:
        return True  # "Workers' Party" of "Workers' Party of North Korea"; case must agree ("State")
    if len(sw) == 1 and sw[0].isupper() and len(sw[0]) >= 2:
        return initials(lw) == sw[0].upper()  # "IRCC", "KCNA"
    return False
