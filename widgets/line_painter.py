"""Paint one wrapped line of the article: text cut where styles change, badges and the cursor drawn in.

Rich only (segments and styles), no widget: the article view hands it the line, its runs and how to
style each kind, and caches the strips it returns.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from quotemark.widgets.highlight_runs import Badge, HighlightKind, RunIndex
from quotemark.widgets.text_layout import badge_text
from quotemark.widgets.wrapped_text import WrappedText

__all__ = ["BadgeSet", "paint_line"]


class BadgeSet:
    """The badges of one text, sorted by offset; those outside the text or empty are dropped."""

    def __init__(self, badges: Sequence[Badge] = (), length: int = 0) -> None:
        self.badges = sorted((b for b in badges if 0 <= b.offset <= length and b.text), key=lambda b: b.offset)
        self.offsets = [b.offset for b in self.badges]

    def cells(self) -> dict[int, int]:
        """Return the cells all badges at each offset take, as drawn."""
        out: dict[int, int] = {}
        for badge in self.badges:
            out[badge.offset] = out.get(badge.offset, 0) + cell_len(badge_text(badge.text))
        return out

    def at(self, offset: int) -> list[Badge]:
        """Return the badges drawn just before `offset`, in the order given."""
        k = bisect_left(self.offsets, offset)
        out: list[Badge] = []
        while k < len(self.badges) and self.offsets[k] == offset:
            out.append(self.badges[k])
            k += 1
        return out


def paint_line(
    layout: WrappedText,
    runs: RunIndex,
    badges: BadgeSet,
    line: int,
    width: int,
    base: Style,
    cursor: tuple[int, int] | None,
    style_for: Callable[[tuple[HighlightKind, ...]], Style],
    component: Callable[[HighlightKind | str], Style],
) -> Strip:
    """Return the strip of wrapped line `line`, `width` cells with one of padding, `cursor` drawn over it when given."""
    start, end = layout.starts[line], layout.ends[line]
    visible_end = layout.visible_end(start, end)
    display = layout.text
    cuts = {start, visible_end}
    run_starts, run_ends, run_keys = runs.between(start, visible_end)
    run = max(0, bisect_right(run_starts, start) - 1)
    first_run = run
    while run < len(run_starts) and run_starts[run] < visible_end:
        if run_starts[run] > start:
            cuts.add(run_starts[run])
        if run_ends[run] < visible_end:
            cuts.add(run_ends[run])
        run += 1
    badges_before = layout.line_badges(start, visible_end, before=True)
    badges_after = layout.line_badges(start, visible_end)
    for offset, _cells in badges_after:
        cuts.add(offset)
    cursor_span: tuple[int, int] | None = None
    if cursor is not None:
        c_start, c_end = cursor
        if c_end == c_start:
            c_end = c_start + 1
        cursor_span = (max(c_start, start), min(c_end, visible_end))
        cuts.update(cursor_span)
    ordered = sorted(c for c in cuts if start <= c <= visible_end)
    badge_style = base + component(HighlightKind.TAG)
    cursor_style = component("cursor")

    def badge_segments(offset: int) -> list[Segment]:
        return [
            Segment(badge_text(b.text), badge_style if b.kind is HighlightKind.TAG else badge_style + component(b.kind))
            for b in badges.at(offset)
        ]

    segments: list[Segment] = [Segment(" ", base)]
    for offset, _cells in badges_before:
        segments.extend(badge_segments(offset))
    run = first_run
    badge_after_offsets = {offset for offset, _cells in badges_after}
    for a, b in zip(ordered, ordered[1:]):
        while run < len(run_ends) and run_ends[run] <= a:
            run += 1
        style = style_for(run_keys[run]) if run < len(run_starts) and run_starts[run] <= a else base
        if cursor_span is not None and cursor_span[0] <= a < cursor_span[1]:
            style = style + cursor_style
        segments.append(Segment(display[a:b], style))
        if b in badge_after_offsets:
            segments.extend(badge_segments(b))
    strip = Strip(segments).crop_extend(0, width - 1, base)
    return strip.adjust_cell_length(width, base)
