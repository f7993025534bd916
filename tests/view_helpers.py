"""The article view's test app and the readers of its rendered rows, shared by the view's tests."""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from textual.app import App, ComposeResult

from quotemark.widgets.article_view import ArticleView

WIDTH, HEIGHT = 40, 10  # the view gets 38 content cells (scrollbar 2), so it wraps at 36


class ViewApp(App[None]):
    """A tiny app that mounts only the view and records what it posts."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.clicked: list[int] = []
        self.clicked_controls: list[ArticleView] = []
        self.selected: list[tuple[int, int]] = []

    def compose(self) -> ComposeResult:
        yield ArticleView(self.text, id="article")

    def on_article_view_span_clicked(self, event: ArticleView.SpanClicked) -> None:
        self.clicked.append(event.offset)
        self.clicked_controls.append(event.control)

    def on_article_view_selected(self, event: ArticleView.Selected) -> None:
        assert event.control is self.query_one(ArticleView)
        self.selected.append(event.span)


def cells(view: ArticleView, y: int) -> list[tuple[str, Style]]:
    """Return (character, style) for each cell of widget row y."""
    out: list[tuple[str, Style]] = []
    for segment in view.render_line(y):
        style = segment.style or Style()
        for ch in segment.text:
            out.append((ch, style))
            if cell_len(ch) == 2:
                out.append(("", style))
    return out


def row_text(view: ArticleView, y: int) -> str:
    """Return the text of widget row y as painted."""
    return view.render_line(y).text


def cell_of(view: ArticleView, offset: int) -> tuple[int, int]:
    """Return the widget-relative cell (x, y) that draws article offset `offset` (its line must be on screen)."""
    y = view.wrapped.line_of(offset) - round(view.scroll_y) + view.styles.gutter.top
    x = next(x for x in range(view.size.width) if view.offset_at(x, y) == offset)
    return x, y


def lines(view: ArticleView) -> list[str]:
    """Return the text of each wrapped line."""
    return [view.text[s:e] for s, e in zip(view.wrapped.starts, view.wrapped.ends)]
