"""The article pane: a line-API scroll view that styles and paints only the visible lines.

Where lines break is decided by `WrappedText` (widgets/wrapped_text.py, pure); this widget draws
them, the cursor and badges, scrolls, and posts what the reader clicks and drags (the drag's
geometry is widgets/drag_select.py, pure; the session keeps the selection the drag posts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from quotemark.widgets.drag_select import Drag, Span, edge_scroll, pointer_offset
from quotemark.widgets.highlight_runs import Badge, Highlight, HighlightKind, RunIndex
from quotemark.widgets.kind_styles import KIND_COMPONENTS, KindStyles
from quotemark.widgets.line_painter import BadgeSet, paint_line
from quotemark.widgets.wrapped_text import WrappedText

__all__ = ["ArticleView", "Badge", "Highlight", "HighlightKind", "KIND_COMPONENTS"]


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

    COMPONENT_CLASSES: ClassVar[set[str]] = {*KIND_COMPONENTS.values(), "article-view--cursor"}

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
    ArticleView > .article-view--group { color: $text-warning; }
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

    class Selected(Message):
        """Posted when a drag over the text ends; `span` is the (start, end) article offsets it selected."""

        def __init__(self, view: ArticleView, span: Span) -> None:
            self.view = view
            self.span = span
            super().__init__()

        @property
        def control(self) -> ArticleView:
            """Return the view the text was selected in."""
            return self.view

    def __init__(
        self,
        text: str = "",
        *,
        clean: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._text = text
        self._layout = WrappedText(text, clean=clean)
        self._runs = RunIndex(len(text))
        self._badges = BadgeSet()
        self._cursor: tuple[int, int] | None = None
        self._generation = 0
        # A few screens of lines: enough for scrolling back and forth, small enough that cached strips
        # do not pile up as long-lived objects that make the collector's full passes slower.
        self._line_cache: LRUCache[tuple[int, int, int], Strip] = LRUCache(256)
        self._styles = KindStyles(self)
        self._pending_offset: tuple[int, bool] | None = None
        self._base_style: Style | None = None
        self._frame: tuple[Style, int] | None = None
        self._drag: Drag | None = None
        self._dragged = False  # the click that follows a drag's mouse up is not a click
        self._edge: tuple[int, int] = (0, 0)  # (pointer x, lines per tick) while dragging past an edge
        self._edge_timer: Timer | None = None

    # ------------------------------------------------------------------ public API

    @property
    def text(self) -> str:
        """Return the article text shown."""
        return self._text

    # Not `layout`: that name is Textual's (Widget.layout arranges children and draws keylines).
    @property
    def wrapped(self) -> WrappedText:
        """Return the wrapped lines as drawn, the whole text wrapped (read it; change the view through its own methods)."""
        self._complete_wrap()
        return self._layout

    @property
    def cursor(self) -> tuple[int, int] | None:
        """Return the current span drawn as the cursor, or None."""
        return self._cursor

    @property
    def line_count(self) -> int:
        """Return the number of wrapped lines at the current width."""
        self._complete_wrap()
        return self._layout.line_count

    def set_text(self, text: str, *, clean: bool = False) -> None:
        """Replace the article text (`clean`: already sanitised by the reader); highlights, badges and cursor are cleared."""
        self._text = text
        self._layout.set_text(text, clean=clean)
        self._runs.set(len(text), ())
        self._badges = BadgeSet()
        self._cursor = None
        self._invalidate(rewrap=True)
        if self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        """Replace all highlights (overlaps allowed) and repaint. Returns None."""
        self._runs.set(len(self._text), highlights)
        self._invalidate(rewrap=False)

    def set_badges(self, badges: Sequence[Badge]) -> None:
        """Replace all badges (virtual text that takes cells, not offsets) and repaint. Returns None."""
        self._complete_wrap()
        self._badges = BadgeSet(badges, len(self._text))
        changed = self._layout.set_badge_cells(self._badges.cells())
        if self._layout.can_rewrap_badges(changed):
            anchor = self._top_offset()
            self._layout.rewrap_badges(changed)
            self.virtual_size = Size(self.virtual_size.width, self._layout.line_count)
            if anchor is not None:
                self.scroll_to(y=self._layout.line_of(anchor), animate=False, immediate=True)
            self._invalidate(rewrap=False)
        else:
            self._invalidate(rewrap=bool(changed))

    def set_cursor(self, span: tuple[int, int] | None, *, scroll: bool = True) -> None:
        """Draw `span` as the cursor, repainting only the lines it leaves and enters, scrolling to it when it is not in view.

        The span already drawn (a drag just made it), partly in view, is left where the reader put it.
        """
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
            if self._layout.width < 0:
                self._pending_offset = (span[0], True)
            elif (first < top or last > bottom) and not (span == old and first <= bottom and last >= top):
                self.scroll_to_offset(span[0], center=True)

    def scroll_to_offset(self, offset: int, *, center: bool = True) -> None:
        """Scroll so the line holding `offset` is visible (centred when `center`). Returns None."""
        if self._layout.width < 0:
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
        if y < self.styles.gutter.top:
            return None
        return self._layout.offset_at(*self._cell(x, y))

    def _cell(self, x: int, y: int) -> tuple[int, int]:
        """Return the (wrapped line, text column) drawn at widget-relative cell (x, y)."""
        self._complete_wrap()
        gutter = self.styles.gutter
        return round(self.scroll_y) + y - gutter.top, x - gutter.left - 1 + round(self.scroll_x)

    def visible_range(self) -> tuple[int, int]:
        """Return (first, end) article offsets on screen: text[first:end] is visible (end exclusive)."""
        self._complete_wrap()
        starts, ends = self._layout.starts, self._layout.ends
        top, bottom = self._visible_lines()
        top = min(top, len(starts) - 1)
        bottom = max(top, min(bottom, len(starts) - 1))
        return starts[top], ends[bottom]

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
        if offset is not None and not self._dragged:
            self.post_message(self.SpanClicked(self, offset))
        self._dragged = False

    # A press starts a drag; the selection is drawn as the cursor until the release posts it.
    def on_mouse_down(self, event: events.MouseDown) -> None:
        self._dragged = False
        if event.button != 1 or (anchor := pointer_offset(self._layout, *self._cell(event.x, event.y))) is None:
            return
        self.screen.clear_selection()  # Textual's own selection elsewhere on the screen: one selection, this one
        self._drag = Drag(anchor, self._cursor)
        self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag is None:
            return
        if event.button == 0 and self._drag.held:  # a terminal reported the button up, but not its release
            self._release()
            return
        self._drag.held = self._drag.held or event.button == 1
        self._edge = (event.x, edge_scroll(event.y - self.styles.gutter.top, self._visible_height()))
        if self._edge[1] and self._edge_timer is None:
            self._edge_timer = self.set_interval(0.05, self._edge_tick)
        elif not self._edge[1] and self._edge_timer is not None:
            self._edge_timer.stop()
            self._edge_timer = None
        self._drag_to(event.x, event.y)

    def on_mouse_up(self, _event: events.MouseUp) -> None:
        self._release()

    def _release(self) -> None:
        """End the drag; post what it selected (nothing when it never left the pressed character)."""
        drag = self._end_drag()
        if drag is not None and drag.span is not None:
            self._dragged = True
            self.post_message(self.Selected(self, drag.span))

    def on_mouse_release(self, _event: events.MouseRelease) -> None:
        if (drag := self._end_drag()) is not None:  # the mouse was taken away mid-drag: nothing selected
            self.set_cursor(drag.before, scroll=False)

    def _end_drag(self) -> Drag | None:
        """Return the drag that just ended (None if there was none), with the mouse and the edge timer let go."""
        drag, self._drag = self._drag, None
        if self._edge_timer is not None:
            self._edge_timer.stop()
            self._edge_timer = None
        if drag is not None:
            self.release_mouse()
        return drag

    def _drag_to(self, x: int, y: int) -> None:
        """Extend the drag to widget cell (x, y), a row past the view counting as its first or last row."""
        if self._drag is None:
            return
        top = self.styles.gutter.top
        head = pointer_offset(self._layout, *self._cell(x, max(top, min(y, top + self._visible_height() - 1))))
        if head is not None and (span := self._drag.to(self._text, head)) is not None:
            self.set_cursor(span, scroll=False)

    def _edge_tick(self) -> None:
        x, lines = self._edge
        self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)
        self._drag_to(x, -1 if lines < 0 else self.size.height)

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
        if self._layout.width != self._text_width(width):
            self._rewrap()
        line = round(self.scroll_y) + y
        starts = self._layout.starts
        if line >= len(starts) or width <= 0:
            return Strip.blank(max(0, width), base)
        cursor = self._cursor
        if cursor is not None and self._span_touches_line(cursor, starts[line], self._layout.ends[line]):
            return self._build_strip(line, width, base, cursor)
        key = (line, width, self._generation)
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self._build_strip(line, width, base, None)
            self._line_cache[key] = strip
        return strip

    def _build_strip(self, line: int, width: int, base: Style, cursor: tuple[int, int] | None) -> Strip:
        """Return the rendered strip of wrapped line `line`, with `cursor` drawn over it when given."""
        return paint_line(
            self._layout,
            self._runs,
            self._badges,
            line,
            width,
            base,
            cursor,
            lambda kinds: self._styles.combined(kinds, base),
            self._styles.of_kind,
        )

    # ------------------------------------------------------------------ internals

    def _text_width(self, width: int) -> int:
        """Return the wrap width for a content width: one cell of padding each side."""
        return max(1, width - 2)

    def _top_offset(self) -> int | None:
        """Return the offset starting the top line on screen, or None at the very top or before wrapping."""
        starts = self._layout.starts
        if self._layout.width < 0 or not starts:
            return None
        top = min(round(self.scroll_y), len(starts) - 1)
        return starts[top] if top > 0 else None

    def _rewrap(self, *, force: bool = False) -> None:
        """Wrap for the current width (cached per width; `force` drops the cache), keep the top line's text in view."""
        layout = self._layout
        width = self.scrollable_content_region.width
        if width <= 0:
            if force:
                layout.drop_wraps()
            return
        wrap_width = self._text_width(width)
        if layout.partial and wrap_width == layout.width and not force:
            return  # the first frame's wrap stands until right after that frame
        anchor = self._top_offset() if force or layout.width != wrap_width else None
        first_frame = layout.width < 0 and self._pending_offset is None
        changed = layout.wrap(wrap_width, force=force, first_frame=first_frame)
        if layout.partial:
            self.call_after_refresh(self._complete_wrap)
        self.virtual_size = Size(width, layout.line_count)
        if changed:
            self._line_cache.clear()
            self._generation += 1
        if self._pending_offset is not None:
            offset, center = self._pending_offset
            self._pending_offset = None
            self.call_after_refresh(self.scroll_to_offset, offset, center=center)
        elif anchor is not None:
            self.scroll_to(y=layout.line_of(anchor), animate=False, immediate=True)

    def _complete_wrap(self) -> None:
        """Wrap the rest of a long text whose first frame held only its first screens."""
        if self._layout.complete():
            self.virtual_size = Size(self.virtual_size.width, self._layout.line_count)
            self.refresh()

    def _invalidate(self, *, rewrap: bool) -> None:
        """Drop cached lines (and wraps when the cells per line change), then repaint."""
        self._generation += 1
        self._line_cache.clear()
        if rewrap:
            if self._layout.width >= 0:
                self._rewrap(force=True)
        self.refresh()

    def _clear_styles(self) -> None:
        self._styles.clear()
        self._line_cache.clear()
        self._generation += 1

    def _line_of(self, offset: int) -> int:
        """Return the index of the wrapped line holding article offset `offset`."""
        self._complete_wrap()
        return self._layout.line_of(offset)

    def _line_range(self, span: tuple[int, int]) -> tuple[int, int]:
        """Return the first and last line indices a span touches."""
        self._complete_wrap()
        return self._layout.line_range(span)

    def _span_touches_line(self, span: tuple[int, int], start: int, end: int) -> bool:
        s, e = span
        if e == s:
            e = s + 1
        return s < end and e > start

    def _visible_height(self) -> int:
        """Return the number of text rows on screen (at least one)."""
        return max(1, self.scrollable_content_region.height)

    def _visible_lines(self) -> tuple[int, int]:
        """Return the first and last line indices on screen."""
        top = round(self.scroll_y)
        return top, top + self._visible_height() - 1
