"""The article pane: a line-API scroll view that wraps, styles and paints only the visible lines."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import ClassVar

from quotemark.analysis.sanitize import is_hidden, placeholder_for, replace_hidden
from quotemark.widgets.highlight_runs import Highlight, flatten_runs
from rich.cells import cell_len, get_character_cell_size, split_graphemes
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

__all__ = ["ArticleView", "Badge", "Highlight", "KIND_COMPONENTS", "flatten_runs", "wrap_offsets"]


@dataclass(frozen=True, slots=True)
class Badge:
    """Virtual text drawn just before article offset `offset` (after character offset-1)."""

    offset: int
    text: str
    kind: str = "tag"


# Highlight kind -> component class. Kinds not listed here get "article-view--other".
KIND_COMPONENTS: dict[str, str] = {
    "PERSON": "article-view--person",
    "ORG": "article-view--org",
    "NORP": "article-view--org",
    "GPE": "article-view--gpe",
    "LOC": "article-view--gpe",
    "FAC": "article-view--gpe",
    "DATE": "article-view--date",
    "TIME": "article-view--date",
    "CARDINAL": "article-view--number",
    "ORDINAL": "article-view--number",
    "QUANTITY": "article-view--number",
    "MONEY": "article-view--number",
    "PERCENT": "article-view--number",
    "quote": "article-view--quote",
    "dateline": "article-view--dateline",
    "note": "article-view--note",
    "corrected": "article-view--corrected",
    "rejected": "article-view--rejected",
    "scare": "article-view--scare",
    "search": "article-view--search",
    "review": "article-view--review",
}

# The reader already sanitises article text; the view does it again for whatever else reaches it
# (badges, tests, other callers). Each hidden character becomes exactly one visible stand-in, so
# display offsets stay equal to article offsets; tabs become one space for the same reason.
_TAB_LIKE = str.maketrans({"\t": " "})


def _single_cell_chars() -> frozenset[str]:
    """Return the characters known to take exactly one cell (Latin, Greek, Cyrillic, punctuation, currency)."""
    ranges = [(0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2010, 0x2027), (0x2030, 0x205E), (0x20A0, 0x20C0)]
    return frozenset(
        ch
        for lo, hi in ranges
        for ch in map(chr, range(lo, hi + 1))
        if get_character_cell_size(ch) == 1 and not is_hidden(ch)
    )


_SINGLE_CELL = _single_cell_chars()
_is_single_cell = _SINGLE_CELL.issuperset
_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def _display_text(text: str) -> str:
    """Return `text` with control, bidi and invisible characters replaced one-for-one by visible stand-ins."""
    shown = replace_hidden(text, placeholder_for)
    return shown.translate(_TAB_LIKE) if "\t" in shown else shown


def _badge_text(text: str) -> str:
    """Return a badge's text as drawn: sanitised, on one line."""
    return _display_text(text.replace("\n", " "))


def _wrap_single_cell(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Append the lines of text[start:end] (one paragraph, all single-cell characters) to `out`."""
    content_end = end
    while content_end > start and text[content_end - 1] == " ":
        content_end -= 1
    pos = start
    while content_end - pos > width:
        space = text.rfind(" ", pos, pos + width + 1)
        if space > pos and (text[pos] != " " or text[pos:space].strip(" ")):
            cut = space + 1
            while cut < end and text[cut] == " ":
                cut += 1
        else:
            # no word fits: cut the word at the width (spaces never start a line, as in _wrap_units)
            cut = pos + width
            while cut < end and text[cut] == " ":
                cut += 1
        out.append((pos, cut))
        pos = cut
    out.append((pos, end))


def _wrap_single_cell_with_badges(
    text: str, start: int, end: int, width: int, offsets: list[int], extra: dict[int, int],
    out: list[tuple[int, int]],
) -> None:
    """Append the lines of a single-cell paragraph holding badges, each badge glued to the word before it."""
    # Wrap a stand-in string where every badge is non-space filler, then map cuts back to offsets.
    pieces: list[str] = []
    marks: list[tuple[int, int]] = []  # (position in the stand-in, cells)
    last = start
    shift = 0
    for k in range(bisect_left(offsets, start), bisect_right(offsets, end)):
        offset = offsets[k]
        cells = extra[offset]
        pieces.append(text[last:offset])
        pieces.append("x" * cells)
        marks.append((offset - start + shift, cells))
        shift += cells
        last = offset
    pieces.append(text[last:end])
    virtual = "".join(pieces)
    local: list[tuple[int, int]] = []
    _wrap_single_cell(virtual, 0, len(virtual), width, local)

    def real(v: int) -> int:
        before = 0
        for position, cells in marks:
            if v <= position:
                break
            if v < position + cells:
                return start + position - before
            before += cells
        return start + v - before

    for a, b in local:
        out.append((real(a), real(b)))


def _wrap_units(
    text: str, units: list[tuple[int, int, int]], start: int, end: int, width: int, out: list[tuple[int, int]]
) -> None:
    """Append the lines of one paragraph, given as grapheme units (start, end, cells), to `out`."""
    n = len(units)
    if n == 0:
        out.append((start, end))
        return
    line_unit = 0
    col = 0
    brk = -1  # unit index a new line may start at (after spaces or a wide character)
    seen_word = False
    i = 0
    while i < n:
        u_start, _u_end, cells = units[i]
        if text[u_start] == " ":
            col += cells
            i += 1
            if seen_word:
                brk = i
            continue
        if col + cells > width and i > line_unit:
            cut = brk if brk > line_unit else i
            out.append((units[line_unit][0], units[cut][0]))
            line_unit = cut
            col = sum(units[k][2] for k in range(cut, i))
            seen_word = cut < i
            brk = -1
            continue
        col += cells
        seen_word = True
        i += 1
        if cells >= 2:
            brk = i
    out.append((units[line_unit][0], end))


def _paragraph_units(text: str, start: int, end: int, extra: dict[int, int]) -> list[tuple[int, int, int]]:
    """Return the grapheme units of text[start:end] with their cells, plus badge cells from `extra`."""
    para = text[start:end]
    if _is_single_cell(para):
        units = [(start + k, start + k + 1, 1) for k in range(len(para))]
    else:
        spans, _total = split_graphemes(para)
        units = [(start + a, start + b, c) for a, b, c in spans]
    if extra:
        # A badge's cells are glued to the character before it, so the wrap never separates them.
        adjusted: list[tuple[int, int, int]] = []
        for a, b, c in units:
            add = 0
            for off in range(a + 1, b + 1):
                add += extra.get(off, 0)
            if a == start:
                add += extra.get(start, 0) if start == 0 or text[start - 1] == "\n" else 0
            adjusted.append((a, b, c + add) if add else (a, b, c))
        units = adjusted
    return units


def _wrap_paragraph(
    text: str, start: int, end: int, width: int, offsets: list[int], extra: dict[int, int],
    out: list[tuple[int, int]], single: bool | None = None,
) -> None:
    """Append the lines of paragraph text[start:end] (no newline inside) to `out`; `single` if known all single-cell."""
    has_badge = False
    if offsets:
        k = bisect_left(offsets, start)
        has_badge = k < len(offsets) and offsets[k] <= end
    if single is None:
        single = _is_single_cell(text[start:end])
    if not has_badge and single and end - start <= width:
        out.append((start, end))
    elif not has_badge and single:
        _wrap_single_cell(text, start, end, width, out)
    elif single:
        _wrap_single_cell_with_badges(text, start, end, width, offsets, extra, out)
    else:
        _wrap_units(text, _paragraph_units(text, start, end, extra), start, end, width, out)


def wrap_offsets(text: str, width: int, badge_cells: dict[int, int] | None = None) -> tuple[list[int], list[int]]:
    """Return (line starts, line ends) wrapping `text` to `width` cells; the lines partition the text."""
    width = max(1, width)
    extra = badge_cells or {}
    offsets = sorted(extra)
    out: list[tuple[int, int]] = []
    pos = 0
    length = len(text)
    # One check for the whole text saves one per paragraph in the common (plain ASCII) case.
    all_single = True if text.isascii() and _ASCII_CONTROL.search(text) is None else None
    while True:
        nl = text.find("\n", pos)
        para_end = length if nl == -1 else nl
        _wrap_paragraph(text, pos, para_end, width, offsets, extra, out, all_single)
        if nl == -1:
            break
        out[-1] = (out[-1][0], nl + 1)  # the newline belongs to the paragraph's last line
        pos = nl + 1
    return [s for s, _e in out], [e for _s, e in out]


_BLOCK = 8192  # characters per block of flattened highlight runs
# A text longer than this is wrapped for its first frame only up to the first paragraph end past
# _FIRST_FRAME_CHARS (screens of lines at any width); the rest is wrapped right after that frame.
_PROGRESSIVE_WRAP_CHARS = 100_000
_FIRST_FRAME_CHARS = 32_000


_start_of = attrgetter("start")


class ArticleView(ScrollView, can_focus=True):
    """The article text, wrapped and highlighted, painting only the lines on screen."""

    ALLOW_SELECT = False

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "line_down", "Scroll down", show=False, id="article.scroll_down"),
        Binding("k,up", "line_up", "Scroll up", show=False, id="article.scroll_up"),
        Binding("space,pagedown", "page_down_text", "Page down", show=False, id="article.page_down"),
        Binding("b,pageup", "page_up_text", "Page up", show=False, id="article.page_up"),
        Binding("g,home", "top", "Top", show=False, id="article.top"),
        Binding("G,end", "bottom", "Bottom", show=False, id="article.bottom"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--person",
        "article-view--org",
        "article-view--gpe",
        "article-view--date",
        "article-view--number",
        "article-view--quote",
        "article-view--dateline",
        "article-view--cursor",
        "article-view--badge",
        "article-view--note",
        "article-view--search",
        "article-view--corrected",
        "article-view--rejected",
        "article-view--scare",
        "article-view--review",
        "article-view--other",
    }

    DEFAULT_CSS = """
    ArticleView {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: scroll;
        background: $surface;
        color: $foreground;
    }
    ArticleView > .article-view--person { color: $text-accent; }
    ArticleView > .article-view--org { color: $text-success; }
    ArticleView > .article-view--gpe { color: $text-primary; }
    ArticleView > .article-view--date { color: $text-secondary; }
    ArticleView > .article-view--number { color: $text-error; }
    ArticleView > .article-view--quote { text-style: italic underline; }
    ArticleView > .article-view--dateline { text-style: bold; color: $text-muted; }
    ArticleView > .article-view--cursor { text-style: reverse bold; }
    ArticleView > .article-view--badge { color: $text-primary; text-style: dim; }
    ArticleView > .article-view--note { background: $warning 20%; }
    ArticleView > .article-view--search { background: $primary 45%; }
    ArticleView > .article-view--corrected { text-style: bold; background: $success 15%; }
    ArticleView > .article-view--rejected { text-style: strike; color: $text-muted; }
    ArticleView > .article-view--scare { text-style: italic; }
    ArticleView > .article-view--review { text-style: bold; color: $text-warning; }
    ArticleView > .article-view--other { text-style: bold; }
    """

    class SpanClicked(Message):
        """Posted when the text is clicked; `offset` is the article offset under the mouse."""

        def __init__(self, view: ArticleView, offset: int) -> None:
            self.view = view
            self.offset = offset
            super().__init__()

        @property
        def control(self) -> ArticleView:
            """Return the view that was clicked."""
            return self.view

    def __init__(
        self,
        text: str = "",
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._text = ""
        self._display = ""
        # Highlights sorted by start; flattened into runs block by block, when a block is first drawn.
        self._spans: list[Highlight] = []
        self._span_starts: list[int] = []
        self._long_spans: list[Highlight] = []
        self._blocks: dict[int, tuple[list[int], list[int], list[tuple[str, ...]]]] = {}
        self._badges: list[Badge] = []
        self._badge_offsets: list[int] = []
        self._badge_cells: dict[int, int] = {}
        self._cursor: tuple[int, int] | None = None
        self._wraps: dict[int, tuple[list[int], list[int]]] = {}
        self._wrap_width = -1
        self._starts: list[int] = [0]
        self._ends: list[int] = [0]
        self._partial_wrap = False  # _starts/_ends cover only the first screens, for the first frame
        self._generation = 0
        # A few screens of lines: enough for scrolling back and forth, small enough that cached strips
        # do not pile up as long-lived objects that make the collector's full passes slower.
        self._line_cache: LRUCache[tuple[int, int, int], Strip] = LRUCache(256)
        self._style_cache: dict[tuple[str, ...], Style] = {}
        self._component_cache: dict[str, Style] = {}
        self._pending_offset: tuple[int, bool] | None = None
        self._base_style: Style | None = None
        self._frame: tuple[Style, int] | None = None
        self._set_text(text)

    # ------------------------------------------------------------------ public API

    @property
    def text(self) -> str:
        """Return the article text shown."""
        return self._text

    @property
    def cursor(self) -> tuple[int, int] | None:
        """Return the current span drawn as the cursor, or None."""
        return self._cursor

    @property
    def line_count(self) -> int:
        """Return the number of wrapped lines at the current width."""
        self._complete_wrap()
        return len(self._starts)

    def set_text(self, text: str) -> None:
        """Replace the article text; highlights, badges and the cursor are cleared. Returns None."""
        self._set_text(text)
        self._spans, self._span_starts, self._long_spans, self._blocks = [], [], [], {}
        self._badges, self._badge_offsets, self._badge_cells = [], [], {}
        self._cursor = None
        self._invalidate(rewrap=True)
        if self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Replace all highlights (overlaps allowed) and repaint. Returns None."""
        ordered = sorted(highlights, key=_start_of)
        self._spans = ordered
        self._span_starts = [h.start for h in ordered]
        self._long_spans = [h for h in ordered if h.end - h.start > _BLOCK]
        self._blocks = {}
        self._invalidate(rewrap=False)

    def set_badges(self, badges: Sequence[Badge]) -> None:
        """Replace all badges (virtual text that takes cells, not offsets) and repaint. Returns None."""
        self._complete_wrap()
        length = len(self._text)
        kept = sorted((b for b in badges if 0 <= b.offset <= length and b.text), key=lambda b: b.offset)
        cells: dict[int, int] = {}
        for badge in kept:
            cells[badge.offset] = cells.get(badge.offset, 0) + cell_len(_badge_text(badge.text))
        old_cells = self._badge_cells
        self._badges = kept
        self._badge_offsets = [b.offset for b in kept]
        self._badge_cells = cells
        changed = {o for o in old_cells.keys() | cells.keys() if old_cells.get(o) != cells.get(o)}
        if changed and self._wrap_width >= 0 and len(changed) <= 64:
            self._rewrap_paragraphs(changed)
            self._invalidate(rewrap=False)
        else:
            self._invalidate(rewrap=bool(changed))

    def set_cursor(self, span: tuple[int, int] | None, *, scroll: bool = True) -> None:
        """Draw `span` as the cursor, repainting only the lines it leaves and enters. Returns None."""
        if span is not None:
            length = len(self._text)
            start = max(0, min(int(span[0]), length))
            end = max(start, min(int(span[1]), length))
            span = (start, end)
        old = self._cursor
        self._cursor = span
        for touched in (old, span):
            if touched is not None:
                first, last = self._line_range(touched)
                self.refresh_lines(first, last - first + 1)
        if span is not None and scroll:
            first, last = self._line_range(span)
            top, bottom = self._visible_lines()
            if self._wrap_width < 0:
                self._pending_offset = (span[0], True)
            elif first < top or last > bottom:
                self.scroll_to_offset(span[0], center=True)

    def scroll_to_offset(self, offset: int, *, center: bool = True) -> None:
        """Scroll so the line holding `offset` is visible (centred when `center`). Returns None."""
        if self._wrap_width < 0:
            self._pending_offset = (offset, center)
            return
        line = self._line_of(offset)
        height = max(1, self.scrollable_content_region.height)
        if center:
            y = line - height // 2
        else:
            top = round(self.scroll_y)
            if top <= line < top + height:
                return
            y = line if line < top else line - height + 1
        self.scroll_to(y=max(0, y), animate=False, immediate=True)

    def offset_at(self, x: int, y: int) -> int | None:
        """Return the article offset under widget-relative cell (x, y), or None off the text."""
        self._complete_wrap()
        gutter = self.styles.gutter
        line = round(self.scroll_y) + y - gutter.top
        column = x - gutter.left - 1 + round(self.scroll_x)
        if y < gutter.top or line < 0 or line >= len(self._starts) or column < 0:
            return None
        start, end = self._starts[line], self._ends[line]
        visible_end = self._visible_end(start, end)
        col = 0
        for badge_offset, badge_cells in self._line_badges(start, visible_end, before=True):
            col += badge_cells
            if column < col:
                return badge_offset
        text = self._display[start:visible_end]
        if _is_single_cell(text) and not self._line_badges(start, visible_end):
            index = column - col
            return start + index if index < len(text) else None
        spans, _total = split_graphemes(text)
        badge_after = dict(self._line_badges(start, visible_end))
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

    def visible_range(self) -> tuple[int, int]:
        """Return (first, end) article offsets on screen: text[first:end] is visible (end exclusive)."""
        self._complete_wrap()
        top, bottom = self._visible_lines()
        top = min(top, len(self._starts) - 1)
        bottom = max(top, min(bottom, len(self._starts) - 1))
        return self._starts[top], self._ends[bottom]

    # ------------------------------------------------------------------ actions

    def action_line_down(self) -> None:
        """Scroll one line down."""
        self.scroll_to(y=self.scroll_target_y + 1, animate=False, immediate=True)

    def action_line_up(self) -> None:
        """Scroll one line up."""
        self.scroll_to(y=self.scroll_target_y - 1, animate=False, immediate=True)

    def action_page_down_text(self) -> None:
        """Scroll one page down."""
        self._complete_wrap()
        page = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_target_y + page, animate=False, immediate=True)

    def action_page_up_text(self) -> None:
        """Scroll one page up."""
        page = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_target_y - page, animate=False, immediate=True)

    def action_top(self) -> None:
        """Scroll to the start of the article."""
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_bottom(self) -> None:
        """Scroll to the end of the article."""
        self._complete_wrap()
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    # ------------------------------------------------------------------ events

    def on_mount(self) -> None:
        super().on_mount()
        self.app.theme_changed_signal.subscribe(self, self._on_theme_changed)

    def _on_theme_changed(self, _theme: object) -> None:
        self._clear_styles()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._clear_styles()

    def on_resize(self, _event: events.Resize) -> None:
        self._rewrap()

    def on_click(self, event: events.Click) -> None:
        offset = self.offset_at(event.x, event.y)
        if offset is not None:
            self.post_message(self.SpanClicked(self, offset))

    # ------------------------------------------------------------------ rendering

    def render_lines(self, crop: Region) -> list[Strip]:
        """Return the strips for `crop`, reading the view's base style and width once per frame."""
        # `rich_style` walks every ancestor (~0.1 ms): once per frame, not once per line.
        base = self.rich_style
        if base != self._base_style:
            self._clear_styles()
        self._base_style = base
        self._frame = (base, self.scrollable_content_region.width)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        """Return the strip for widget row `y` (the wrapped line at scroll_y + y)."""
        if self._frame is not None:
            base, width = self._frame
        else:
            base, width = self.rich_style, self.scrollable_content_region.width
        if self._wrap_width != self._text_width(width):
            self._rewrap()
        line = round(self.scroll_y) + y
        if line >= len(self._starts) or width <= 0:
            return Strip.blank(max(0, width), base)
        start, end = self._starts[line], self._ends[line]
        cursor = self._cursor
        if cursor is not None and self._span_touches_line(cursor, start, end):
            return self._build_strip(line, width, base, cursor)
        key = (line, width, self._generation)
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self._build_strip(line, width, base, None)
            self._line_cache[key] = strip
        return strip

    def _build_strip(self, line: int, width: int, base: Style, cursor: tuple[int, int] | None) -> Strip:
        """Return the rendered strip of wrapped line `line`, with `cursor` drawn over it when given."""
        start, end = self._starts[line], self._ends[line]
        visible_end = self._visible_end(start, end)
        display = self._display
        cuts = {start, visible_end}
        run_starts, run_ends, run_keys = self._runs_between(start, visible_end)
        run = max(0, bisect_right(run_starts, start) - 1)
        first_run = run
        while run < len(run_starts) and run_starts[run] < visible_end:
            if run_starts[run] > start:
                cuts.add(run_starts[run])
            if run_ends[run] < visible_end:
                cuts.add(run_ends[run])
            run += 1
        badges_before = self._line_badges(start, visible_end, before=True)
        badges_after = self._line_badges(start, visible_end)
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
        badge_style = base + self._component_style("article-view--badge")
        cursor_style = self._component_style("article-view--cursor")
        segments: list[Segment] = [Segment(" ", base)]
        for offset, _cells in badges_before:
            segments.extend(self._badge_segments(offset, badge_style))
        run = first_run
        badge_after_offsets = {offset for offset, _cells in badges_after}
        for a, b in zip(ordered, ordered[1:]):
            while run < len(run_ends) and run_ends[run] <= a:
                run += 1
            if run < len(run_starts) and run_starts[run] <= a:
                style = self._style_for(run_keys[run], base)
            else:
                style = base
            if cursor_span is not None and cursor_span[0] <= a < cursor_span[1]:
                style = style + cursor_style
            segments.append(Segment(display[a:b], style))
            if b in badge_after_offsets:
                segments.extend(self._badge_segments(b, badge_style))
        strip = Strip(segments).crop_extend(0, width - 1, base)
        return strip.adjust_cell_length(width, base)

    def _badge_segments(self, offset: int, badge_style: Style) -> list[Segment]:
        """Return the segments of the badges drawn at `offset`."""
        k = bisect_left(self._badge_offsets, offset)
        out: list[Segment] = []
        while k < len(self._badges) and self._badge_offsets[k] == offset:
            badge = self._badges[k]
            style = badge_style
            if badge.kind in KIND_COMPONENTS and badge.kind != "tag":
                style = badge_style + self._component_style(KIND_COMPONENTS[badge.kind])
            out.append(Segment(_badge_text(badge.text), style))
            k += 1
        return out

    # ------------------------------------------------------------------ internals

    def _set_text(self, text: str) -> None:
        self._text = text
        self._display = _display_text(text)
        self._wraps = {}

    def _text_width(self, width: int) -> int:
        """Return the wrap width for a content width: one cell of padding each side."""
        return max(1, width - 2)

    def _rewrap(self, *, force: bool = False, completing: bool = False) -> None:
        """Wrap for the current width (cached per width; `force` drops the cache), keep the top line's text in view."""
        width = self.scrollable_content_region.width
        if force:
            self._wraps = {}
        if width <= 0:
            return
        wrap_width = self._text_width(width)
        if self._partial_wrap and wrap_width == self._wrap_width and not force and not completing:
            return  # the first frame's wrap stands until right after that frame
        anchor: int | None = None
        if self._wrap_width >= 0 and (force or self._wrap_width != wrap_width) and self._starts:
            top = min(round(self.scroll_y), len(self._starts) - 1)
            anchor = self._starts[top] if top > 0 else None
        first_frame = self._wrap_width < 0 and self._pending_offset is None
        self._partial_wrap = False
        wrap = self._wraps.get(wrap_width)
        lines: int | None = None
        if wrap is None and first_frame and len(self._display) > _PROGRESSIVE_WRAP_CHARS:
            wrap, lines = self._first_frame_wrap(wrap_width)
            if lines:
                self._partial_wrap = True
                self.call_after_refresh(self._complete_wrap)
            else:
                self._wraps[wrap_width] = wrap
        elif wrap is None:
            if len(self._wraps) >= 4:
                self._wraps.pop(next(iter(self._wraps)))
            wrap = wrap_offsets(self._display, wrap_width, self._badge_cells)
            self._wraps[wrap_width] = wrap
        changed = force or wrap_width != self._wrap_width
        self._starts, self._ends = wrap
        self._wrap_width = wrap_width
        self.virtual_size = Size(width, lines or len(self._starts))
        if changed:
            self._line_cache.clear()
            self._generation += 1
        if self._pending_offset is not None:
            offset, center = self._pending_offset
            self._pending_offset = None
            self.call_after_refresh(self.scroll_to_offset, offset, center=center)
        elif anchor is not None:
            line = self._line_of(anchor)
            self.scroll_to(y=line, animate=False, immediate=True)

    def _first_frame_wrap(self, wrap_width: int) -> tuple[tuple[list[int], list[int]], int]:
        """Return the wrap of the text's first screens (whole paragraphs) and an estimate of all its lines.

        With no paragraph end after the first screens, the whole text is wrapped and the estimate is 0.
        """
        text = self._display
        end = text.find("\n", _FIRST_FRAME_CHARS)
        if end == -1:
            return wrap_offsets(text, wrap_width, self._badge_cells), 0
        starts, ends = wrap_offsets(text[:end], wrap_width, self._badge_cells)
        ends[-1] = end + 1  # the newline belongs to the paragraph's last line, as in the full wrap
        return (starts, ends), round(len(starts) * len(text) / (end + 1))

    def _complete_wrap(self) -> None:
        """Wrap the rest of a long text whose first frame held only its first screens."""
        if self._partial_wrap:
            self._rewrap(completing=True)  # the same width, nothing cached for it: the whole text
            self.refresh()

    def _rewrap_paragraphs(self, changed: set[int]) -> None:
        """Re-wrap, at the current width, only the paragraphs whose badges changed cells."""
        text = self._display
        width = self._wrap_width
        top = min(round(self.scroll_y), len(self._starts) - 1)
        anchor = self._starts[top]
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
            out: list[tuple[int, int]] = []
            _wrap_paragraph(text, start, end, width, self._badge_offsets, self._badge_cells, out)
            if end < len(text):
                out[-1] = (out[-1][0], end + 1)
            starts[first : last + 1] = [s for s, _e in out]
            ends[first : last + 1] = [e for _s, e in out]
        self._starts, self._ends = starts, ends
        self._wraps = {width: (starts, ends)}
        self.virtual_size = Size(self.virtual_size.width, len(starts))
        if top > 0:
            self.scroll_to(y=self._line_of(anchor), animate=False, immediate=True)

    def _invalidate(self, *, rewrap: bool) -> None:
        """Drop cached lines (and wraps when the cells per line change), then repaint."""
        self._generation += 1
        self._line_cache.clear()
        if rewrap:
            if self._wrap_width >= 0:
                self._rewrap(force=True)
            else:
                self._wraps = {}
        self.refresh()

    def _clear_styles(self) -> None:
        self._style_cache.clear()
        self._component_cache.clear()
        self._line_cache.clear()
        self._generation += 1

    def _block_runs(self, block: int) -> tuple[list[int], list[int], list[tuple[str, ...]]]:
        """Return the flattened runs of one block of the text, computing them on first use."""
        runs = self._blocks.get(block)
        if runs is None:
            lo = block * _BLOCK
            hi = min(lo + _BLOCK, len(self._text))
            spans = self._spans
            first = bisect_left(self._span_starts, lo - _BLOCK)
            last = bisect_left(self._span_starts, hi)
            # spans no longer than a block that reach into it start at most one block earlier
            candidates = [h for h in spans[first:last] if h.end > lo]
            candidates.extend(h for h in self._long_spans if h.start < lo - _BLOCK and h.end > lo)
            runs = flatten_runs(candidates, hi, lo)
            self._blocks[block] = runs
        return runs

    def _runs_between(self, start: int, end: int) -> tuple[list[int], list[int], list[tuple[str, ...]]]:
        """Return the runs covering article offsets [start, end), sorted, from the blocks they fall in."""
        if not self._spans:
            return [], [], []
        first, last = start // _BLOCK, max(start, end - 1) // _BLOCK
        if first == last:
            return self._block_runs(first)
        starts: list[int] = []
        ends: list[int] = []
        keys: list[tuple[str, ...]] = []
        for block in range(first, last + 1):
            b_starts, b_ends, b_keys = self._block_runs(block)
            starts.extend(b_starts)
            ends.extend(b_ends)
            keys.extend(b_keys)
        return starts, ends, keys

    def _component_style(self, name: str) -> Style:
        """Return the Rich style of a component class: only what its rule sets, colours blended over the view."""
        style = self._component_cache.get(name)
        if style is None:
            # Theme colours often carry alpha ("$warning 20%", "auto 60%"), which a Rich colour
            # cannot: blend them over this view's background the way Textual does for widgets.
            styles = self.get_component_styles(name)
            background = self.background_colors[1]
            text_background = background
            bgcolor = None
            if styles.has_rule("background") and styles.background.a > 0:
                text_background = background + styles.background
                bgcolor = text_background.rich_color
            color = None
            if styles.has_rule("auto_color") and styles.auto_color:
                color = (text_background + text_background.get_contrast_text(styles.color.a)).rich_color
            elif styles.has_rule("color") and styles.color.a > 0:
                color = (text_background + styles.color).rich_color
            style = Style(color=color, bgcolor=bgcolor) + styles.text_style
            self._component_cache[name] = style
        return style

    def _style_for(self, kinds: tuple[str, ...], base: Style) -> Style:
        """Return the combined style for a set of highlight kinds over the base style."""
        style = self._style_cache.get(kinds)
        if style is None:
            style = base
            for kind in kinds:
                style = style + self._component_style(KIND_COMPONENTS.get(kind, "article-view--other"))
            self._style_cache[kinds] = style
        return style

    def _visible_end(self, start: int, end: int) -> int:
        """Return the end of a line's drawn text (its newline, if any, is not drawn)."""
        if end > start and self._text[end - 1] == "\n":
            return end - 1
        return end

    def _line_badges(self, start: int, visible_end: int, *, before: bool = False) -> list[tuple[int, int]]:
        """Return (offset, cells) of badges drawn on a line: at its paragraph start (`before`) or after a character."""
        offsets = self._badge_offsets
        if not offsets:
            return []
        if before:
            if start == 0 or self._text[start - 1] == "\n":
                if start in self._badge_cells:
                    return [(start, self._badge_cells[start])]
            return []
        lo = bisect_right(offsets, start)
        hi = bisect_right(offsets, visible_end)
        seen: list[tuple[int, int]] = []
        for k in range(lo, hi):
            offset = offsets[k]
            if not seen or seen[-1][0] != offset:
                seen.append((offset, self._badge_cells[offset]))
        return seen

    def _line_of(self, offset: int) -> int:
        """Return the index of the wrapped line holding article offset `offset`."""
        self._complete_wrap()
        return max(0, bisect_right(self._starts, offset) - 1)

    def _line_range(self, span: tuple[int, int]) -> tuple[int, int]:
        """Return the first and last line indices a span touches."""
        start, end = span
        last_offset = max(start, end - 1)
        return self._line_of(start), self._line_of(last_offset)

    def _span_touches_line(self, span: tuple[int, int], start: int, end: int) -> bool:
        s, e = span
        if e == s:
            e = s + 1
        return s < end and e > start

    def _visible_lines(self) -> tuple[int, int]:
        """Return the first and last line indices on screen."""
        top = round(self.scroll_y)
        height = max(1, self.scrollable_content_region.height)
        return top, top + height - 1
