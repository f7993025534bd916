"""Highlights and the runs they flatten into: which kinds cover each stretch of the article, in draw order.

Plain data and one pure function, so the view's styling order is tested without a widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Highlight", "flatten_runs"]


@dataclass(frozen=True, slots=True)
class Highlight:
    """A styled span of the article: [start, end) in article offsets, and what it is."""

    start: int
    end: int
    kind: str


# Lower draws first, so a later kind wins any attribute both set: an entity's colour shows
# inside a quote, and a search hit's background shows over everything.
_PRIORITY: dict[str, int] = {"dateline": 0, "quote": 1, "scare": 1, "note": 2, "corrected": 3, "rejected": 8, "search": 9}
_ENTITY_PRIORITY = 5


def _kinds_order(kind: str) -> tuple[int, str]:
    return (_PRIORITY.get(kind, _ENTITY_PRIORITY), kind)


def flatten_runs(
    highlights: Sequence[Highlight], length: int, lo: int = 0
) -> tuple[list[int], list[int], list[tuple[str, ...]]]:
    """Return (starts, ends, kinds) of non-overlapping runs covering the highlights within [lo, length), kinds in draw order."""
    kind_ids: dict[str, int] = {}
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
    key_of: dict[int, tuple[str, ...]] = {}
    for m in set(masks):
        key_of[m] = tuple(sorted((names[k] for k in range(len(names)) if m >> k & 1), key=_kinds_order))
    return starts, ends, [key_of[m] for m in masks]
