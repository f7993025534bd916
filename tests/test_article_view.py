"""Behaviour of the article view: wrapping by cells, styles on the right cells, cursor, keys, clicks."""

from __future__ import annotations

import random

from layout_helpers import words
from rich.style import Style
from textual.app import ComposeResult
from view_helpers import HEIGHT, WIDTH, ViewApp, cells, lines, row_text

from quotemark.widgets.article_view import ArticleView, Badge, Highlight, HighlightKind
from quotemark.widgets.text_layout import wrap_offsets

K = HighlightKind

# ---------------------------------------------------------------- the widget


async def test_every_offset_on_exactly_one_line_and_rows_fit() -> None:
    text = "\n".join(words(50, seed=s) for s in range(5)) + "\n\n東京 😀 end"
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        seen = [0] * len(text)
        for s, e in zip(view.wrapped.starts, view.wrapped.ends):
            for k in range(s, e):
                seen[k] += 1
        assert seen == [1] * len(text)
        width = view.scrollable_content_region.width
        for y in range(HEIGHT):
            strip = view.render_line(y)
            assert strip.cell_length == width
            assert strip.text.startswith(" ")  # one cell of left padding


async def test_cjk_and_emoji_rows_are_measured_in_cells() -> None:
    text = "漢字" * 40 + "\n" + "😀" * 40
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        width = view.scrollable_content_region.width
        assert view.line_count == 8  # 18 wide chars fill 36 cells: 80 chars take 5 lines, 40 take 3
        assert row_text(view, 0) == " " + "漢字" * 9 + " "
        assert all(view.render_line(y).cell_length == width for y in range(6))


async def test_highlight_styles_land_on_their_cells() -> None:
    text = 'Kim Jong Un said "the ORG plan is 50 tons" on Sunday.'
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH + 30, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        view.set_highlights(
            [
                Highlight(0, 11, K.PERSON),
                Highlight(17, 42, K.QUOTE),
                Highlight(22, 25, K.ORG),
                Highlight(34, 41, K.NUMBER),
                Highlight(46, 52, K.DATE),
                Highlight(12, 16, K.OTHER),
            ]
        )
        await pilot.pause()
        row = cells(view, 0)
        person = view.get_component_rich_style("article-view--person", partial=True)
        org = view.get_component_rich_style("article-view--org", partial=True)
        date = view.get_component_rich_style("article-view--date", partial=True)
        number = view.get_component_rich_style("article-view--number", partial=True)
        base = view.rich_style

        def at(offset: int) -> Style:
            return row[offset + 1][1]  # +1: left padding

        assert row[1][0] == "K"
        assert at(0).color == person.color and at(10).color == person.color
        assert at(11).color == base.color  # the space after the name is plain
        assert at(17).italic and at(17).underline  # the opening quote mark
        assert at(22).color == org.color and at(22).italic  # entity inside a quote: both combine
        assert at(34).color == number.color
        assert at(46).color == date.color
        assert at(43).italic is not True
        assert at(12).bold  # any other named thing gets the neutral style
        assert person.color != org.color != date.color


async def test_markup_looking_text_is_shown_literally() -> None:
    text = "Evil [@click=app.quit]click[/] and [/foo] and [bold]x[/bold]"
    app = ViewApp(text)
    async with app.run_test(size=(80, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        assert row_text(view, 0).strip() == text
        await pilot.click(ArticleView, offset=(8, 0))
        await pilot.pause()
        assert app.is_running


async def test_control_characters_are_neutralised_without_shifting_offsets() -> None:
    text = "a\x1b[31mred\x00b\u202eevil\tc"
    app = ViewApp(text)
    async with app.run_test(size=(80, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        shown = row_text(view, 0)[1 : 1 + len(text)]
        assert "\x1b" not in shown and "\x00" not in shown and "\u202e" not in shown
        assert len(shown) == len(text) and shown[2:7] == "[31mr"[:5]


async def test_cursor_overlay_and_repaint_only_touched_lines() -> None:
    text = "\n".join(f"line {k} with some words" for k in range(30))
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        refreshed: list[tuple[int, int]] = []
        original = view.refresh_lines

        def spy(y_start: int, line_count: int = 1) -> None:
            refreshed.append((y_start, line_count))
            original(y_start, line_count)

        view.refresh_lines = spy  # type: ignore[method-assign]
        second = text.index("line 2")
        view.set_cursor((second, second + 6))
        assert refreshed == [(2, 1)]
        assert view.cursor == (second, second + 6)
        row = cells(view, 2)
        assert all(style.reverse for _ch, style in row[1:7])
        assert not row[7][1].reverse
        assert not any(style.reverse for _ch, style in cells(view, 1))
        refreshed.clear()
        third = text.index("line 3")
        view.set_cursor((third, third + 4))
        assert refreshed == [(2, 1), (3, 1)]
        assert not any(style.reverse for _ch, style in cells(view, 2))
        view.set_cursor(None)
        assert view.cursor is None
        assert not any(style.reverse for _ch, style in cells(view, 3))


async def test_cursor_off_screen_scrolls_into_view() -> None:
    text = "\n".join(f"line {k}" for k in range(500))
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        target = text.index("line 300")
        view.set_cursor((target, target + 8))
        await pilot.pause()
        first, end = view.visible_range()
        assert first <= target < end
        assert 0 < view.scroll_y < 300  # centred, not at the top
        y = 300 - round(view.scroll_y)
        assert all(style.reverse for _ch, style in cells(view, y)[1:9])


async def test_scroll_to_offset_brings_the_line_into_view() -> None:
    text = "\n".join(f"paragraph {k} " + words(20, seed=k) for k in range(400))
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        for target in (text.index("paragraph 250 "), text.index("paragraph 10 "), len(text) - 1):
            view.scroll_to_offset(target)
            await pilot.pause()
            first, end = view.visible_range()
            assert first <= target < end
        view.scroll_to_offset(0, center=False)
        await pilot.pause()
        assert view.visible_range()[0] == 0


async def test_key_bindings_scroll() -> None:
    text = "\n".join(f"line {k}" for k in range(200))
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        view.focus()
        await pilot.pause()
        await pilot.press("j", "j", "down")
        assert view.scroll_y == 3
        await pilot.press("k", "up")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y == 1 + HEIGHT - 1
        await pilot.press("b")
        assert view.scroll_y == 1
        await pilot.press("pagedown")
        assert view.scroll_y == HEIGHT
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y == 200 - HEIGHT
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("end")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("home")
        assert view.scroll_y == 0
        ids = {binding.id for binding in ArticleView.BINDINGS if hasattr(binding, "id")}
        assert {
            "article.scroll_down",
            "article.scroll_up",
            "article.page_down",
            "article.page_up",
            "article.top",
            "article.bottom",
        } <= ids


async def test_click_posts_span_clicked_with_offset() -> None:
    text = "alpha beta gamma\n" + "\n".join(f"row {k}" for k in range(100))
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        await pilot.click(ArticleView, offset=(1 + 6, 0))  # 1 cell of padding, then "beta"
        await pilot.pause()
        assert app.clicked == [6]
        assert app.clicked_controls == [view]
        view.scroll_to(y=5, animate=False, immediate=True)
        await pilot.pause()
        await pilot.click(ArticleView, offset=(1 + 4, 0))  # line 5 is "row 4"
        await pilot.pause()
        assert text[app.clicked[-1]] == "4" and text.rfind("\n", 0, app.clicked[-1]) == text.index("row 4") - 1
        await pilot.click(ArticleView, offset=(30, 0))  # right of the text: nothing
        await pilot.pause()
        assert len(app.clicked) == 2
        assert view.offset_at(0, 0) is None  # the padding cell


async def test_badges_take_cells_but_no_offsets() -> None:
    text = 'He said "go now" today. ' + words(30, seed=2)
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        before = lines(view)
        quote_end = text.index("today") - 1
        view.set_badges([Badge(quote_end, " ⟨key·threat⟩"), Badge(len(text), " ✎", K.NOTE)])
        await pilot.pause()
        after = lines(view)
        assert "".join(after) == text  # offsets unchanged: the badge has none
        assert before != after  # but it took cells, so the wrap moved
        row = row_text(view, 0)
        assert '"go now" ⟨key·threat⟩' in row
        # the cell after the badge is the next article character
        col = row.index("⟨key·threat⟩") + len("⟨key·threat⟩")
        assert view.offset_at(col, 0) == quote_end
        # a badge cell counts as the character it follows
        assert view.offset_at(col - 3, 0) == quote_end - 1
        last_row = row_text(view, view.line_count - 1)
        assert last_row.rstrip().endswith("✎")
        for y in range(view.line_count):
            assert view.render_line(y).cell_length == view.scrollable_content_region.width


async def test_set_text_resets_spans_and_highlights_survive_scroll() -> None:
    app = ViewApp("old text")
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        view.set_highlights([Highlight(0, 3, K.PERSON)])
        view.set_cursor((0, 3))
        view.set_text("new text here")
        await pilot.pause()
        assert view.cursor is None and view.text == "new text here"
        assert row_text(view, 0).startswith(" new text here")
        assert not cells(view, 0)[1][1].reverse


class BorderedApp(ViewApp):
    CSS = "ArticleView { border: round red; padding: 0 1; }"


async def test_click_offsets_account_for_border_and_padding() -> None:
    text = "alpha beta gamma"
    app = BorderedApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.pause()
        # border (1) + CSS padding (1) + the view's own left cell (1), first row inside the border
        await pilot.click(ArticleView, offset=(3 + 6, 1))
        await pilot.pause()
        assert app.clicked == [6]
        view = app.query_one(ArticleView)
        assert view.offset_at(3, 0) is None  # on the border


async def test_cursor_set_before_layout_is_scrolled_to_once_sized() -> None:
    text = "\n".join(f"line {k}" for k in range(300))
    target = text.index("line 250")

    class EarlyApp(ViewApp):
        def on_mount(self) -> None:
            self.query_one(ArticleView).set_cursor((target, target + 8))

    app = EarlyApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ArticleView)
        first, end = view.visible_range()
        assert first <= target < end


async def test_theme_change_repaints_with_new_colours() -> None:
    text = "Kim Jong Un spoke."
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        view.set_highlights([Highlight(0, 11, K.PERSON)])
        await pilot.pause()
        dark = cells(view, 0)[1][1]
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light = cells(view, 0)[1][1]
        assert light.color == view.get_component_rich_style("article-view--person", partial=True).color
        assert (light.color, light.bgcolor) != (dark.color, dark.bgcolor)


async def test_badge_changes_rewrap_like_a_full_wrap() -> None:
    text = "\n".join(words(rng_n, seed=rng_n) for rng_n in range(5, 60)) + "\n"
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        rng = random.Random(2)
        badges: list[Badge] = []
        for _step in range(30):
            if badges and rng.random() < 0.4:
                badges.pop(rng.randrange(len(badges)))
            else:
                badges.append(Badge(rng.randint(0, len(text)), " ⟨" + "t" * rng.randint(1, 12) + "⟩"))
            view.set_badges(badges)
            cells_at = dict(view.wrapped.badge_cells)
            expected = wrap_offsets(text, view.wrapped.width, cells_at)
            assert (view.wrapped.starts, view.wrapped.ends) == expected
        assert view.virtual_size.height == view.line_count


async def test_hostile_articles_reach_the_screen_only_as_visible_text() -> None:
    from fixtures_hostile import FORBIDDEN, HOSTILE

    text = "\n".join(HOSTILE.values())
    app = ViewApp(text)
    async with app.run_test(size=(80, 50)) as pilot:
        view = app.query_one(ArticleView)
        view.set_badges([Badge(10, " \x1b[2J⟨tag\u202e⟩")])
        await pilot.pause()
        assert "".join(lines(view)) == text  # offsets untouched
        for top in range(0, view.line_count, 40):
            view.scroll_to(y=top, animate=False, immediate=True)
            await pilot.pause()
            for y in range(40):
                shown = view.render_line(y).text
                assert not FORBIDDEN.intersection(shown), (top + y, shown)
        for x, y in ((10, 0), (20, 3), (30, 5)):
            await pilot.click(ArticleView, offset=(x, y))
        await pilot.pause()
        assert app.is_running


async def test_api_calls_before_mount_are_kept() -> None:
    text = "\n".join(f"line {k}" for k in range(200))
    target = text.index("line 150")

    class PreparedApp(ViewApp):
        def compose(self) -> ComposeResult:
            view = ArticleView("placeholder", id="article")
            view.set_text(self.text)
            view.set_highlights([Highlight(target, target + 4, K.PERSON)])
            view.set_badges([Badge(target + 8, " ✎", K.NOTE)])
            view.set_cursor((target, target + 8))
            yield view

    app = PreparedApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await pilot.pause()
        await pilot.pause()
        view = app.query_one(ArticleView)
        first, end = view.visible_range()
        assert first <= target < end
        row = row_text(view, 150 - round(view.scroll_y))
        assert row.startswith(" line 150 ✎")
