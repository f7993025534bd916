"""Highlights and the runs they flatten into: which kinds cover each stretch of the article, in draw order.

Plain data and pure code, so the view's styling order is tested without a widget. The kinds are
the view's own: the view model maps analysis labels onto them, so no spaCy code reaches a widget.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter

__all__ = ["Badge", "Highlight", "HighlightKind", "RunIndex", "Runs", "flatten_runs"]


class HighlightKind(Enum):
    """What a styled stretch of the article is; each kind has one component class in the view."""

    PERSON = "person"
    ORG = "org"
    PLACE = "place"
    GROUP = "group"
    DATE = "date"
    NUMBER = "number"
    OTHER = "other"  # any other named thing: an event, a law, a product
    QUOTE = "quote"
    SCARE = "scare"
    DATELINE = "dateline"
    NOTE = "note"
    CORRECTED = "corrected"
    REJECTED = "rejected"
    SEARCH = "search"
    REVIEW = "review"
    TAG = "tag"  # badges only: a quote's tags


@dataclass(frozen=True, slots=True)
class Highlight:
    """A styled span of the article: [start, end) in article offsets, and what it is."""

    start: int
    end: int
    kind: HighlightKind


@dataclass(frozen=True, slots=True)
class Badge:
    """Virtual text drawn just before article offset `offset` (after character offset-1)."""

    offset: int
    text: str
    kind: HighlightKind = HighlightKind.TAG


Runs = tuple[list[int], list[int], list[tuple[HighlightKind, ...]]]

# Lower draws first, so a later kind wins any attribute both set: an entity's colour shows
# inside a quote, and a search hit's background shows over everything.
_PRIORITY: dict[HighlightKind, int] = {
    HighlightKind.DATELINE: 0,
    HighlightKind.QUOTE: 1,
    HighlightKind.SCARE: 1,
    HighlightKind.NOTE: 2,
    HighlightKind.CORRECTED: 3,
    HighlightKind.REVIEW: 6,
    HighlightKind.REJECTED: 8,
    HighlightKind.SEARCH: 9,
}
_ENTITY_PRIORITY = 5


def _kinds_order(kind: HighlightKind) -> tuple[int, str]:
    return (_PRIORITY.get(kind, _ENTITY_PRIORITY), kind.value)


def flatten_runs(highlights: Sequence[Highlight], length: int, lo: int = 0) -> Runs:
    """Return (starts, ends, kinds) of non-overlapping runs covering the highlights within [lo, length), kinds in draw order."""
    kind_ids: dict[HighlightKind, int] = {}
    span_kind: list[int] = []
    codes: list[int] = []
    shift = (2 * len(highlights) + 2).bit_length()
    tag = 0
    for h in highlights:
        start = h.start if h.start > lo else lo
        end = h.end if h.end < length else length
        if end > start:
            kind = kind_ids.setdefault(h.kind, len(kind_ids))
            span_kind.append(kind)
            # one int per event so the sort runs in C: position, then which span, then start/end
            codes.append((start << shift) | (tag << 1) | 1)
            codes.append((end << shift) | (tag << 1))
            tag += 1
    codes.sort()
    low = (1 << shift) - 1
    counts = [0] * len(kind_ids)
    mask = 0
    prev = -1
    starts: list[int] = []
    ends: list[int] = []
    masks: list[int] = []
    for code in codes:
        pos = code >> shift
        if pos != prev:
            if mask:
                if masks and masks[-1] == mask and ends[-1] == prev:
                    ends[-1] = pos
                else:
                    starts.append(prev)
                    ends.append(pos)
                    masks.append(mask)
            prev = pos
        kind = span_kind[(code & low) >> 1]
        if code & 1:
            counts[kind] += 1
            mask |= 1 << kind
        else:
            counts[kind] -= 1
            if not counts[kind]:
                mask &= ~(1 << kind)
    names = list(kind_ids)
    key_of: dict[int, tuple[HighlightKind, ...]] = {}
    for m in set(masks):
        key_of[m] = tuple(sorted((names[k] for k in range(len(names)) if m >> k & 1), key=_kinds_order))
    return starts, ends, [key_of[m] for m in masks]


BLOCK = 8192  # characters per block of flattened runs
_start_of = attrgetter("start")


class RunIndex:
    """The highlights of one text, flattened into runs block by block, when a block is first asked for."""

    def __init__(self, length: int = 0, highlights: Sequence[Highlight] = ()) -> None:
        self._length = length
        self._spans: list[Highlight] = []
        self._span_starts: list[int] = []
        self._long_spans: list[Highlight] = []
        self._blocks: dict[int, Runs] = {}
        self.set(length, highlights)

    def set(self, length: int, highlights: Sequence[Highlight]) -> None:
        """Replace the text length and all highlights (overlaps allowed); runs are flattened lazily. Returns None."""
        ordered = sorted(highlights, key=_start_of)
        self._length = length
        self._spans = ordered
        self._span_starts = [h.start for h in ordered]
        self._long_spans = [h for h in ordered if h.end - h.start > BLOCK]
        self._blocks = {}

    def _block_runs(self, block: int) -> Runs:
        """Return the flattened runs of one block of the text, computing them on first use."""
        runs = self._blocks.get(block)
        if runs is None:
            lo = block * BLOCK
            hi = min(lo + BLOCK, self._length)
            first = bisect_left(self._span_starts, lo - BLOCK)
            last = bisect_left(self._span_starts, hi)
            # spans no longer than a block that reach into it start at most one block earlier
            candidates = [h for h in self._spans[first:last] if h.end > lo]
            candidates.extend(h for h in self._long_spans if h.start < lo - BLOCK and h.end > lo)
            runs = flatten_runs(candidates, hi, lo)
            self._blocks[block] = runs
        return runs

    def between(self, start: int, end: int) -> Runs:
        """Return the runs covering offsets [start, end), sorted, from the blocks they fall in."""
        if not self._spans:
            return [], [], []
        first, last = start // BLOCK, max(start, end - 1) // BLOCK
        if first == last:
            return self._block_runs(first)
        starts: list[int] = []
        ends: list[int] = []
        keys: list[tuple[HighlightKind, ...]] = []
        for block in range(first, last + 1):
            b_starts, b_ends, b_keys = self._block_runs(block)
            starts.extend(b_starts)
            ends.extend(b_ends)
            keys.extend(b_keys)
        return starts, ends, keys
