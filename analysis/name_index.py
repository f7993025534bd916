"""Find the names that extend or shorten a name ("Kim" and "Kim Jong Un") without comparing all pairs.

Matching a short name against every known full name made clustering and speaker look-ups grow
with the square of the names in a text (a list of ten thousand people took minutes). Names have
a handful of words, so each is indexed under every proper prefix and suffix of its words: the
longer names a short one abbreviates are then one dictionary look-up away, and the shorter
names inside a long one a few.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from quotemark.analysis.budget import MAX_NAME_MATCHES, WORK, report_limit

T = TypeVar("T")

Words = tuple[str, ...]
LIMIT_MESSAGE = (
    "a short name (a first name or surname alone) could stand for more than {cap:,} of the "
    "people or organisations named; it was compared with the first {cap:,} only"
)


def fold(words: Sequence[str]) -> Words:
    """Return the words as an index key: casefolded, so any two names equal in lower case match."""
    return tuple(w.casefold() for w in words)


class AffixIndex(Generic[T]):
    """Items named by words, found by a proper prefix or suffix of their words or by a name inside one.

    Results come in the order items were first added, each once; an item renamed is added again
    under its new words (its old entries stay: callers check the current name, as they must).
    A look-up returns at most `cap` items, the first added, and reports a Limit when it had more.
    """

    def __init__(self, cap: int = MAX_NAME_MATCHES) -> None:
        self.cap = cap
        self._longer: dict[Words, list[tuple[int, T]]] = {}  # a proper prefix or suffix -> items
        self._exact: dict[Words, list[tuple[int, T]]] = {}
        self._rank: dict[Hashable, int] = {}  # item (or its id) -> order of first addition
        self._seen: set[tuple[Hashable, Words]] = set()

    def add(self, item: T, words: Sequence[str]) -> None:
        """Index `item` under the words of its name."""
        key = fold(words)
        ident = _ident(item)
        if not key or (ident, key) in self._seen:
            return
        self._seen.add((ident, key))
        entry = (self._rank.setdefault(ident, len(self._rank)), item)
        self._exact.setdefault(key, []).append(entry)
        for n in range(1, len(key)):
            for part in dict.fromkeys((key[:n], key[-n:])):
                self._longer.setdefault(part, []).append(entry)

    def extending(self, words: Sequence[str]) -> list[T]:
        """Return the items whose name is longer and starts or ends with `words`."""
        return self._ordered(self._longer.get(fold(words), []))

    def within(self, words: Sequence[str]) -> list[T]:
        """Return the items named exactly by a proper prefix or suffix of `words`."""
        key = fold(words)
        found: list[tuple[int, T]] = []
        for n in range(1, len(key)):
            for part in dict.fromkeys((key[:n], key[-n:])):
                found.extend(self._exact.get(part, ()))
        return self._ordered(found)

    def named(self, words: Sequence[str]) -> list[T]:
        """Return the items named exactly `words` (casefolded)."""
        return self._ordered(self._exact.get(fold(words), []))

    def _ordered(self, entries: list[tuple[int, T]]) -> list[T]:
        entries = window(entries, self.cap)
        if len(entries) < 2:
            return [item for _r, item in entries]
        unique = dict(entries)
        return [unique[rank] for rank in sorted(unique)]


def window(items: list[T], cap: int = MAX_NAME_MATCHES) -> list[T]:
    """Return the first `cap` candidate names, reporting the limit when there were more; counted as work."""
    if len(items) > cap:
        report_limit("names", LIMIT_MESSAGE.format(cap=cap))
        items = items[:cap]
    WORK.add("name_candidates", len(items))
    return items


def _ident(item: object) -> Hashable:
    """Return what tells items apart: the item when hashable (an int), else its identity."""
    try:
        hash(item)
    except TypeError:
        return id(item)
    return item
