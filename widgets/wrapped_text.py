"""The wrapped lines of one text: the wrap per width, badges' cells, the first frame of a long text.

No widget here: the article view asks for lines, the line holding an offset and the offset under
a cell; it keeps the scrolling. Tested directly in tests/test_text_layout.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping

from rich.cells import split_graphemes

from quotemark.widgets.text_layout import (
    PROGRESSIVE_WRAP_CHARS,
    display_text,
    first_screens_wrap,
    is_single_cell,
    wrap_offsets,
    wrap_paragraph,
)

__all__ = ["WrappedText"]

# Badge changes at more offsets than this re-wrap the whole text instead of their paragraphs.
_MAX_PARAGRAPH_REWRAPS = 64
_CACHED_WIDTHS = 4


class WrappedText:
    """A text (sanitised for display, same offsets) wrapped to a width, with badges taking cells."""

    def __init__(self, text: str = "", *, clean: bool = False) -> None:
        self._text = ""
        self._wraps: dict[int, tuple[list[int], list[int]]] = {}
        self._width = -1
        self._starts: list[int] = [0]
        self._ends: list[int] = [0]
        self._partial = False
        self._estimate = 0
        self._badge_cells: dict[int, int] = {}
        self._badge_offsets: list[int] = []
        self.set_text(text, clean=clean)

    # ---------------------------------------------------------------- what it holds

    @property
    def text(self) -> str:
        """Return the text as drawn: every hidden character replaced one-for-one by a visible stand-in."""
        return self._text

    @property
    def width(self) -> int:
        """Return the width last wrapped to, or -1 before the first wrap."""
        return self._width

    @property
    def starts(self) -> list[int]:
        """Return the offset each wrapped line starts at (do not modify)."""
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Return the offset each wrapped line ends at, exclusive (do not modify)."""
        return self._ends

    @property
    def partial(self) -> bool:
        """Return True while only a long text's first screens are wrapped (until `complete()`)."""
        return self._partial

    @property
    def line_count(self) -> int:
        """Return the number of wrapped lines, or while partial, the estimate of them all."""
        return self._estimate if self._partial else len(self._starts)

    @property
    def badge_cells(self) -> Mapping[int, int]:
        """Return the cells badges take before each offset."""
        return self._badge_cells

    def lines(self) -> list[str]:
        """Return the text of each wrapped line (newlines kept)."""
        return [self._text[s:e] for s, e in zip(self._starts, self._ends)]

    # ---------------------------------------------------------------- changes

    def set_text(self, text: str, *, clean: bool = False) -> None:
        """Replace the text (`clean`: already sanitised by the reader) and drop badges and cached wraps. Returns None."""
        self._text = display_text(text, clean=clean)
        self._wraps = {}
        self._badge_cells = {}
        self._badge_offsets = []

    def set_badge_cells(self, cells: Mapping[int, int]) -> set[int]:
        """Replace the cells badges take before each offset; return the offsets whose cells changed.

        The wrap is not redone here: call `rewrap_badges(changed)` or `wrap(width, force=True)`.
        """
        old = self._badge_cells
        new = dict(cells)
        self._badge_cells = new
        self._badge_offsets = sorted(new)
        return {o for o in old.keys() | new.keys() if old.get(o) != new.get(o)}

    def wrap(self, width: int, *, force: bool = False, first_frame: bool = False) -> bool:
        """Wrap to `width` cells (cached per width; `force` drops the cache); return True when the lines changed.

        `first_frame` wraps a long text only up to its first screens (see `partial`).
        """
        width = max(1, width)
        if force:
            self._wraps = {}
        self._partial = False
        self._estimate = 0
        wrap = self._wraps.get(width)
        if wrap is None and first_frame and len(self._text) > PROGRESSIVE_WRAP_CHARS:
            wrap, estimate = first_screens_wrap(self._text, width, self._badge_cells)
            if estimate:
                self._partial, self._estimate = True, estimate
            else:
                self._wraps[width] = wrap
        elif wrap is None:
            if len(self._wraps) >= _CACHED_WIDTHS:
                self._wraps.pop(next(iter(self._wraps)))
            wrap = wrap_offsets(self._text, width, self._badge_cells)
            self._wraps[width] = wrap
        changed = force or width != self._width
        self._starts, self._ends = wrap
        self._width = width
        return changed

    def drop_wraps(self) -> None:
        """Forget the wraps cached for other widths (the lines shown stay until the next `wrap`). Returns None."""
        self._wraps = {}

    def complete(self) -> bool:
        """Wrap the whole text when only its first screens are wrapped; return True when it did."""
        if not self._partial:
            return False
        self.wrap(self._width)
        return True

    def can_rewrap_badges(self, changed: set[int]) -> bool:
        """Return True when re-wrapping only the paragraphs of `changed` badge offsets is worth it."""
        return bool(changed) and self._width >= 0 and len(changed) <= _MAX_PARAGRAPH_REWRAPS

    def rewrap_badges(self, changed: set[int]) -> None:
        """Re-wrap, at the current width, only the paragraphs whose badges changed cells. Returns None."""
        self.complete()
        text = self._text
        paragraphs: set[tuple[int, int]] = set()
        for offset in changed:
            at = offset - 1 if offset > 0 and text[offset - 1] != "\n" else offset
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            paragraphs.add((start, len(text) if end == -1 else end))
        starts, ends = list(self._starts), list(self._ends)
        for start, end in sorted(paragraphs, reverse=True):  # from the bottom, so earlier indices hold
            first = bisect_right(starts, start) - 1
            last = bisect_right(starts, end) - 1
            out = wrap_paragraph(text, start, end, self._width, self._badge_cells, offsets=self._badge_offsets)
            if end < len(text):
                out[-1] = (out[-1][0], end + 1)
            starts[first : last + 1] = [s for s, _e in out]
            ends[first : last + 1] = [e for _s, e in out]
        self._starts, self._ends = starts, ends
        self._wraps = {self._width: (starts, ends)}

    # ---------------------------------------------------------------- questions

    def line_of(self, offset: int) -> int:
        """Return the index of the wrapped line holding `offset` (the whole text is wrapped first)."""
        self.complete()
        return max(0, bisect_right(self._starts, offset) - 1)

    def line_range(self, span: tuple[int, int]) -> tuple[int, int]:
        """Return the first and last line indices a span touches."""
        start, end = span
        return self.line_of(start), self.line_of(max(start, end - 1))

    def visible_end(self, start: int, end: int) -> int:
        """Return the end of a line's drawn text (its newline, if any, is not drawn)."""
        if end > start and self._text[end - 1] == "\n":
            return end - 1
        return end

    def line_badges(self, start: int, visible_end: int, *, before: bool = False) -> list[tuple[int, int]]:
        """Return (offset, cells) of badges drawn on a line: at its paragraph start (`before`) or after a character."""
        offsets = self._badge_offsets
        if not offsets:
            return []
        if before:
            if (start == 0 or self._text[start - 1] == "\n") and start in self._badge_cells:
                return [(start, self._badge_cells[start])]
            return []
        lo = bisect_right(offsets, start)
        hi = bisect_right(offsets, visible_end)
        return [(offsets[k], self._badge_cells[offsets[k]]) for k in range(lo, hi)]

    def offset_at(self, line: int, column: int) -> int | None:
        """Return the offset drawn at text column `column` (0: the line's first cell) of `line`, or None off the text."""
        self.complete()
        if line < 0 or line >= len(self._starts) or column < 0:
            return None
        start, end = self._starts[line], self._ends[line]
        visible_end = self.visible_end(start, end)
        col = 0
        for badge_offset, badge_cells in self.line_badges(start, visible_end, before=True):
            col += badge_cells
            if column < col:
                return badge_offset
        text = self._text[start:visible_end]
        after = self.line_badges(start, visible_end)
        if is_single_cell(text) and not after:
            index = column - col
            return start + index if index < len(text) else None
        spans, _total = split_graphemes(text)
        badge_after = dict(after)
        for a, b, cells in spans:
            col += cells
            if column < col:
                return start + a
            extra = sum(badge_after.get(start + k, 0) for k in range(a + 1, b + 1))
            if extra:
                col += extra
                if column < col:
                    return start + b - 1
        return None
