"""Full names for people the model knows only by surname: "Parise" is "Zach Parise" when the text says so.

The small model often misses a full name it never saw ("Zach Parise’s two-goal night") and then
tags the later "Parise" alone, so the People row and every speaker read "Parise". One pass over
the text collects each capitalised pair of words; a one-word person takes the pair that ends in
its name, when the word before it can be a first name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quotemark.analysis.model import Cluster, Entity
from quotemark.analysis.names import HONORIFICS, TITLE_WORDS

# A capitalised word, one space, a capitalised word, maybe a possessive: "Zach Parise’s".
_PAIR = re.compile(r"\b([A-Z][a-z]{1,15}) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=['’]s\b|\b)")
_NOT_FIRST = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july"
    " august september october november december the a an and but or if when while as in on at of for to"
    " with by from after before during since until this that these those he she they it we i".split()
)


def complete_names(clusters: Sequence[Cluster], entities: Sequence[Entity], text: str) -> None:
    """Rename each one-word PERSON cluster to the full name the text gives it, when it gives one."""
    lone = {c.name: c for c in clusters if c.label == "PERSON" and " " not in c.name.strip()}
    if not lone:
        return
    named = {e.text for e in entities if e.label != "PERSON"}  # "Sabres Parise" is a team, not a name
    pairs: Counter[tuple[str, str]] = Counter()
    for m in _PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        if last in lone and _can_be_first_name(first, named) and not _starts_sentence(text, m.start()):
            pairs[(first, last)] += 1
    best: dict[str, tuple[int, str]] = {}
    for (first, last), n in pairs.items():
        if n > best.get(last, (0, ""))[0]:
            best[last] = (n, first)
    for last, (_n, first) in best.items():
        lone[last].name = f"{first} {last}"


def _can_be_first_name(word: str, named: set[str]) -> bool:
    """Return True when `word` may be a first name: not a title, weekday, function word or other entity."""
    low = word.lower()
    return low not in _NOT_FIRST and low not in TITLE_WORDS and low not in HONORIFICS and word not in named


def _starts_sentence(text: str, at: int) -> bool:
    """Return True when the pair opens a sentence or line, where any word is capitalised."""
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in '\n.!?"“”:;—–-'
