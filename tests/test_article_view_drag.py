"""Selecting with the mouse in the article view: a drag draws the selection live and posts it; a click stays a click."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import Static
from view_helpers import HEIGHT, WIDTH, ViewApp, cell_of, cells

from quotemark.widgets.article_view import ArticleView

TEXT = "Kim Jong Un said the tests would go on. Nobody asked why.\n\n" + "\n".join(f"row {k}" for k in range(60))


async def test_a_drag_selects_whole_words_drawn_live_and_posted_on_release() -> None:
    app = ViewApp(TEXT)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        await pilot.mouse_down(ArticleView, offset=cell_of(view, TEXT.index("Jong") + 2))
        assert view.cursor is None  # a press alone selects nothing yet
        await pilot.hover(ArticleView, offset=cell_of(view, TEXT.index("tests") + 1))
        expected = (TEXT.index("Jong"), TEXT.index("tests") + len("tests"))
        assert view.cursor == expected  # drawn while the button is still down
        assert app.selected == []
        x, y = cell_of(view, expected[0])
        row = cells(view, y)
        assert row[x][0] == "J" and row[x][1].reverse  # the cursor's style, on the selection only
        assert row[x - 2][0] == "m" and not row[x - 2][1].reverse
        await pilot.mouse_up(ArticleView, offset=cell_of(view, TEXT.index("tests") + 1))
        assert app.selected == [expected]
        assert TEXT[slice(*app.selected[0])] == "Jong Un said the tests"
        assert app.clicked == []
        assert app.screen.selections == {}  # Textual's own selection took no part
        assert not app.mouse_captured


async def test_a_drag_backwards_and_a_click_afterwards() -> None:
    app = ViewApp(TEXT)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        await pilot.mouse_down(ArticleView, offset=cell_of(view, TEXT.index("would") + 3))
        await pilot.hover(ArticleView, offset=cell_of(view, TEXT.index("said")))
        await pilot.mouse_up(ArticleView, offset=cell_of(view, TEXT.index("said")))
        assert [TEXT[s:e] for s, e in app.selected] == ["said the tests would"]
        await pilot.click(ArticleView, offset=cell_of(view, TEXT.index("Nobody") + 1))
        assert app.clicked == [TEXT.index("Nobody") + 1]  # a click is still a click
        assert len(app.selected) == 1


async def test_the_click_a_terminal_sends_after_a_drag_is_not_a_click() -> None:
    # The pilot's mouse_up sends no Click; a real terminal's release goes through App.on_event, which does.
    app = ViewApp(TEXT)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        (x0, y0), (x1, y1) = cell_of(view, TEXT.index("said")), cell_of(view, TEXT.index("tests"))
        for event, (x, y) in (
            (events.MouseDown, (x0, y0)),
            (events.MouseMove, (x1, y1)),
            (events.MouseUp, (x1, y1)),
        ):
            app.post_message(event(None, x, y, 0, 0, 1, False, False, False, x, y))
            await pilot.pause()
        assert [TEXT[s:e] for s, e in app.selected] == ["said the tests"]
        assert app.clicked == []
        await pilot.click(ArticleView, offset=(x0, y0))
        assert app.clicked == [TEXT.index("said")]


async def test_a_release_the_terminal_never_reported_ends_the_drag_at_the_next_move() -> None:
    app = ViewApp(TEXT)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        (x0, y0), (x1, y1) = cell_of(view, TEXT.index("said")), cell_of(view, TEXT.index("tests"))
        far = cell_of(view, TEXT.index("Nobody"))
        for event, (x, y), button in (
            (events.MouseDown, (x0, y0), 1),
            (events.MouseMove, (x1, y1), 1),  # the button held, as terminals report a drag
            (events.MouseMove, far, 0),  # the button is up: released outside the window
        ):
            app.post_message(event(None, x, y, 0, 0, button, False, False, False, x, y))
            await pilot.pause()
        assert [TEXT[s:e] for s, e in app.selected] == ["said the tests"]
        assert not app.mouse_captured
        await pilot.hover(ArticleView, offset=cell_of(view, TEXT.index("asked")))
        assert view.cursor == app.selected[0]  # moving on no longer drags


async def test_a_press_and_release_on_one_character_is_only_a_click() -> None:
    app = ViewApp(TEXT)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        cell = cell_of(view, TEXT.index("said"))
        await pilot.mouse_down(ArticleView, offset=cell)
        await pilot.hover(ArticleView, offset=cell)
        await pilot.mouse_up(ArticleView, offset=cell)
        assert app.selected == [] and view.cursor is None


class FramedApp(ViewApp):
    """The view with a line of something else under it, so the pointer can leave it downwards."""

    def compose(self) -> ComposeResult:
        yield ArticleView(self.text, id="article")
        yield Static("below", id="below")

    CSS = "ArticleView { height: 8; } #below { height: 2; }"


async def test_dragging_past_the_bottom_edge_scrolls_and_extends() -> None:
    app = FramedApp(TEXT)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert view.scroll_y == 0
        start = TEXT.index("Nobody")
        await pilot.mouse_down(ArticleView, offset=cell_of(view, start))
        await pilot.hover("#below", offset=(3, 0))  # one row under the view
        await pilot.pause(0.5)  # the edge timer scrolls while the pointer stays there
        await pilot.mouse_up("#below", offset=(3, 0))
        scrolled = view.scroll_y
        assert scrolled > 0
        [span] = app.selected
        assert span[0] == start
        assert span[1] > TEXT.index("row 10")  # far below the first screen
        bottom = round(view.scroll_y) + view.scrollable_content_region.height - 1
        assert view.wrapped.line_of(span[1] - 1) == bottom  # it reaches the bottom row, under the pointer
        await pilot.pause(0.3)
        assert view.scroll_y == scrolled  # released: the scrolling stopped


async def test_a_drag_whose_mouse_is_taken_away_selects_nothing() -> None:
    app = ViewApp(TEXT)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        view.set_cursor((0, 3))
        await pilot.mouse_down(ArticleView, offset=cell_of(view, TEXT.index("said")))
        await pilot.hover(ArticleView, offset=cell_of(view, TEXT.index("tests")))
        assert view.cursor != (0, 3)
        app.capture_mouse(None)  # e.g. another widget captured it
        await pilot.pause()
        assert view.cursor == (0, 3)  # what was drawn before the press comes back
        await pilot.mouse_up(ArticleView, offset=cell_of(view, TEXT.index("tests")))
        assert app.selected == [] and app.clicked == []
