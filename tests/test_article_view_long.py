"""The article view on long texts: only visible lines painted, first screens first, resize keeps the place."""

from __future__ import annotations

from layout_helpers import words
from view_helpers import HEIGHT, WIDTH, ViewApp, row_text

from quotemark.widgets.article_view import ArticleView
from quotemark.widgets.text_layout import PROGRESSIVE_WRAP_CHARS, wrap_offsets
from quotemark.widgets.wrapped_text import WrappedText


async def test_only_visible_lines_are_rendered_on_a_long_text() -> None:
    text = "\n".join(f"line {k} " + "word " * 5 for k in range(10_000))
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        calls: list[int] = []
        render = view.render_line

        def render_spy(y: int):  # type: ignore[no-untyped-def]
            calls.append(y)
            return render(y)

        view.render_line = render_spy  # type: ignore[method-assign]
        view.refresh()
        await pilot.pause()
        assert view.line_count == 10_000
        assert 0 < len(calls) <= 3 * HEIGHT
        assert max(calls) < HEIGHT
        calls.clear()
        view.focus()
        await pilot.press("G")
        await pilot.pause()
        assert 0 < len(calls) <= 3 * HEIGHT and max(calls) < HEIGHT
        assert row_text(view, HEIGHT - 1).startswith(" line 9999 ")
        assert view.visible_range()[1] == len(text)


async def test_a_long_text_paints_its_first_screens_first_then_wraps_whole() -> None:
    text = "\n".join(f"para {k} " + words(40, seed=k) for k in range(3_000))
    assert len(text) > PROGRESSIVE_WRAP_CHARS
    first_frame: list[tuple[int, int]] = []
    original = WrappedText.complete

    def spy(layout: WrappedText) -> bool:
        if layout.partial:
            first_frame.append((len(layout.starts), layout.line_count))
        return original(layout)

    WrappedText.complete = spy  # type: ignore[method-assign]
    try:
        app = ViewApp(text)
        async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
            view = app.query_one(ArticleView)
            await pilot.pause()
            assert row_text(view, 0).strip().startswith("para 0")
            full = wrap_offsets(text, view.wrapped.width)
            # The first frame held only the first screens and a scrollbar estimated from them;
            # right after it, the whole text is wrapped.
            assert first_frame, "the first frame should wrap only the first screens"
            wrapped, estimate = first_frame[0]
            assert HEIGHT < wrapped < len(full[0]) and abs(estimate - len(full[0])) < len(full[0]) // 10
            assert (view.wrapped.starts, view.wrapped.ends) == full
            assert view.virtual_size.height == len(full[0]) == view.line_count
            await pilot.press("G")  # the end is reachable at once
            assert view.visible_range()[1] == len(text)
    finally:
        WrappedText.complete = original  # type: ignore[method-assign]


async def test_a_long_text_without_paragraphs_is_wrapped_whole() -> None:
    text = words(25_000, seed=3)  # one paragraph over 100,000 characters
    assert len(text) > PROGRESSIVE_WRAP_CHARS and "\n" not in text
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)):
        view = app.query_one(ArticleView)
        assert (view.wrapped.starts, view.wrapped.ends) == wrap_offsets(text, view.wrapped.width)


async def test_keys_before_the_rest_is_wrapped_see_the_whole_text() -> None:
    text = "\n".join(f"para {k} " + words(40, seed=k) for k in range(3_000))
    app = ViewApp(text)
    async with app.run_test(size=(WIDTH, HEIGHT)):
        view = app.query_one(ArticleView)
        target = text.index("para 2999 ")
        view.scroll_to_offset(target)  # may come before the first frame's wrap is completed
        first, end = view.visible_range()
        assert first <= target < end
        assert view.line_count == len(wrap_offsets(text, view.wrapped.width)[0])


async def test_resize_rewraps_and_keeps_the_reading_position() -> None:
    text = "\n".join(f"para {k} " + words(30, seed=k) for k in range(200))
    app = ViewApp(text)
    async with app.run_test(size=(60, HEIGHT)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.pause()
        wide_lines = view.line_count
        target = text.index("para 120 ")
        view.scroll_to(y=view.wrapped.line_of(target), animate=False, immediate=True)
        await pilot.pause()
        assert view.visible_range()[0] == target
        await pilot.resize_terminal(30, HEIGHT)
        await pilot.pause()
        assert view.line_count > wide_lines
        first, end = view.visible_range()
        assert first <= target < end
