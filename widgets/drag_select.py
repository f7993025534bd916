"""Selecting article text with the mouse, without a widget: the character under the pointer, the dragged span, edge scrolling.

The article view keeps the press and draws the span; which character a cell means (clamped to the
text), how far a drag reaches (whole words) and how fast it scrolls past an edge is decided here,
from the wrapped lines alone. Tested directly in tests/test_drag_select.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotemark.widgets.wrapped_text import WrappedText

__all__ = ["Drag", "EDGE_MAX_LINES", "WORD", "drag_span", "edge_scroll", "pointer_offset", "word_at"]

Span = tuple[int, int]
# The words of the keyboard selection's `w` and `b` (reading/selection.py): a test keeps the two equal.
WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)
EDGE_MAX_LINES = 3  # per tick, however far past the edge the pointer is


@dataclass
class Drag:
    """A press on the text, from mouse down to mouse up: where it began and what it selects so far."""

    anchor: int  # the character pressed
    before: Span | None  # the cursor drawn before the press, put back if the drag is lost
    span: Span | None = None  # None while the pointer has not left the pressed character: a click
    held: bool = False  # a move said the button is down (terminals say so; the test pilot's moves do not)

    def to(self, text: str, head: int) -> Span | None:
        """Return the span after the pointer moved to character `head` (None: still a click, or only spaces)."""
        if self.span is None and head == self.anchor:
            return None
        self.span = drag_span(text, self.anchor, head) or self.span
        return self.span


def pointer_offset(layout: WrappedText, line: int, column: int) -> int | None:
    """Return the character nearest text cell (`line`, `column`): rows past the text clamp to its first or last line, cells left or right of a line to its first or last character; None for an empty text."""
    layout.complete()
    if not layout.text:
        return None
    line = max(0, min(line, len(layout.starts) - 1))
    start = layout.starts[line]
    if column < 0:
        return start
    hit = layout.offset_at(line, column)
    if hit is not None:
        return hit
    return max(start, layout.visible_end(start, layout.ends[line]) - 1)


def word_at(text: str, pos: int) -> Span:
    """Return the word or punctuation mark holding character `pos` (the character alone when it is a space)."""
    if text[pos].isspace():
        return pos, pos + 1
    chunk = pos
    while chunk > 0 and not text[chunk - 1].isspace():
        chunk -= 1  # words never straddle a space, so matching from here finds the one holding pos
    for m in WORD.finditer(text, chunk):
        if m.end() > pos:
            return (m.start(), m.end()) if m.start() <= pos else (pos, pos + 1)
    return pos, pos + 1


def drag_span(text: str, anchor: int, head: int, *, words: bool = True) -> Span | None:
    """Return the span from character `anchor` to character `head` (either order, both in it), widened to whole words when `words`, without spaces at its ends; None when only spaces are under it."""
    if not text:
        return None
    lo, hi = sorted((max(0, min(anchor, len(text) - 1)), max(0, min(head, len(text) - 1))))
    start, end = (word_at(text, lo)[0], word_at(text, hi)[1]) if words else (lo, hi + 1)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def edge_scroll(row: int, height: int) -> int:
    """Return the lines to scroll per tick with the pointer at view row `row` of `height`: negative above the view, positive below it, 0 inside; faster the further out."""
    if row < 0:
        return max(row, -EDGE_MAX_LINES)
    if row >= height:
        return min(row - height + 1, EDGE_MAX_LINES)
    return 0
