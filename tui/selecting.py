"""The reader screen's selection commands: visual selection of any text, and search with n/N."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotemark.widgets.article_view import ArticleView
from textual.actions import SkipAction

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen
    from quotemark.widgets.search_bar import SearchBar

Span = tuple[int, int]
_WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")


def word_end_after(text: str, pos: int) -> int:
    """Return the end of the first word that ends after `pos`."""
    for m in _WORD.finditer(text, pos):
        if m.end() > pos:
            return m.end()
    return len(text)


def word_end_before(text: str, pos: int, floor: int) -> int:
    """Return the end of the last word that ends before `pos`, not below `floor`."""
    best = floor
    for m in _WORD.finditer(text, floor, pos):
        if m.end() < pos:
            best = m.end()
    return max(best, floor)


def sentence_end_after(text: str, pos: int) -> int:
    """Return the end of the sentence that ends after `pos`."""
    m = _SENTENCE_END.search(text, pos + 1)
    return m.end() if m else len(text)


def sentence_end_before(text: str, pos: int, floor: int) -> int:
    """Return the end of the last sentence that ends before `pos`, not below `floor`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, max(floor, pos - 1))]
    return max([floor, *ends])


def find_all(text: str, query: str) -> list[Span]:
    """Return every case-insensitive occurrence of `query` in `text`."""
    if not query:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


class SelectingCommands:
    """Mixed into ReaderScreen: visual selection (v) and search (/, n, N)."""

    def init_selecting(self: ReaderScreen) -> None:
        """Start with no selection and no search."""
        self.visual_anchor: int | None = None
        self.search_query = ""
        self.search_hits: list[Span] = []

    # ---- visual selection --------------------------------------------------------------------

    def action_visual(self: ReaderScreen) -> None:
        """Start selecting text at the cursor (or the top of the screen); v again or esc ends it."""
        if self.visual_anchor is not None:
            self.leave_visual()
            return
        text = self.article.text
        start = self.cursor[0] if self.cursor else self.query_one(ArticleView).visible_range()[0]
        while start < len(text) - 1 and text[start].isspace():
            start += 1
        self.visual_anchor = start
        self.move_cursor((start, word_end_after(text, start)))
        self.show_status()

    def leave_visual(self: ReaderScreen, keep_cursor: bool = False) -> None:
        """End visual selection; the selection stays as the cursor only when asked."""
        if self.visual_anchor is None:
            return
        self.visual_anchor = None
        if not keep_cursor:
            self.move_cursor(None)
        self.show_status()

    def _extend(self: ReaderScreen, lo: int | None = None, hi: int | None = None) -> None:
        if self.visual_anchor is None or self.cursor is None:
            raise SkipAction()
        start, end = self.cursor
        start = start if lo is None else lo
        end = end if hi is None else hi
        n = len(self.article.text)
        start = max(0, min(start, n - 1))
        end = max(start + 1, min(end, n))
        self.move_cursor((start, end))

    def _span(self: ReaderScreen) -> Span:
        if self.visual_anchor is None or self.cursor is None:
            raise SkipAction()
        return self.cursor

    def action_select_char_right(self: ReaderScreen) -> None:
        """Extend the selection by one character."""
        self._extend(hi=self._span()[1] + 1)

    def action_select_char_left(self: ReaderScreen) -> None:
        """Shrink the selection by one character."""
        self._extend(hi=self._span()[1] - 1)

    def action_select_word_right(self: ReaderScreen) -> None:
        """Extend the selection to the end of the next word."""
        self._extend(hi=word_end_after(self.article.text, self._span()[1]))

    def action_select_word_left(self: ReaderScreen) -> None:
        """Shrink the selection to the end of the previous word."""
        start, end = self._span()
        self._extend(hi=word_end_before(self.article.text, end, start + 1))

    def action_select_sentence_right(self: ReaderScreen) -> None:
        """Extend the selection to the end of the sentence."""
        self._extend(hi=sentence_end_after(self.article.text, self._span()[1] - 1))

    def action_select_sentence_left(self: ReaderScreen) -> None:
        """Shrink the selection to the end of the previous sentence inside it (no change when there is none)."""
        start, end = self._span()
        earlier = sentence_end_before(self.article.text, end, start + 1)
        self._extend(hi=earlier if earlier > start + 1 else end)

    def action_select_start_left(self: ReaderScreen) -> None:
        """Move the selection's start one word earlier."""
        start, _end = self._span()
        before = [m.start() for m in _WORD.finditer(self.article.text, max(0, start - 200), start)]
        self._extend(lo=before[-1] if before else max(0, start - 1))

    def action_select_start_right(self: ReaderScreen) -> None:
        """Move the selection's start one word later."""
        start, end = self._span()
        nxt = [m.start() for m in _WORD.finditer(self.article.text, start + 1, end)]
        self._extend(lo=nxt[0] if nxt else start)

    def action_cancel(self: ReaderScreen) -> None:
        """Leave visual selection (esc)."""
        if self.visual_anchor is None:
            raise SkipAction()
        self.leave_visual()

    # ---- search ------------------------------------------------------------------------------

    def action_search(self: ReaderScreen) -> None:
        """Open the search box under the article."""
        self.leave_visual()
        self.search_bar.open(self.search_query)

    # Named handlers, not @on: Textual collects @on handlers only from MessagePump classes.
    def on_search_bar_search(self: ReaderScreen, event: SearchBar.Search) -> None:
        self.search_query = event.query
        self.search_hits = find_all(self.article.text, event.query)
        self.query_one(ArticleView).focus()
        self.refresh_view()
        if not self.search_hits:
            self.app.say(f"Not found: {event.query}", timeout=3)
            return
        self.app.say(f"{len(self.search_hits)} match{'es' if len(self.search_hits) != 1 else ''} for "
                     f"“{event.query}” · n next · N previous", timeout=3)
        self.step(self.search_hits, True, "matches")

    def on_search_bar_closed(self: ReaderScreen) -> None:
        self.query_one(ArticleView).focus()

    def action_next_match(self: ReaderScreen) -> None:
        """Move the cursor to the next search match."""
        self._step_match(True)

    def action_prev_match(self: ReaderScreen) -> None:
        """Move the cursor to the previous search match."""
        self._step_match(False)

    def _step_match(self: ReaderScreen, forward: bool) -> None:
        i = self.step(self.search_hits, forward, "matches", " (press / to search)")
        if i is not None:
            self.app.say(f"Match {i + 1} of {len(self.search_hits)}", timeout=1.5)
