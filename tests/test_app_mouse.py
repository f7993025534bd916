"""The mouse in the reader: a drag selects text as `v` does, and every selection key then acts on exactly that text."""

from __future__ import annotations

from pathlib import Path

from helpers import SIZE, analysed, typed_keys
from textual.pilot import Pilot
from view_helpers import cell_of

from quotemark.analysis.model import Article
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.choice_screen import ChoiceScreen
from quotemark.tui.help_screen import HelpScreen
from quotemark.tui.note_screen import NoteScreen
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.widgets.article_view import ArticleView


def _app(article: Article, db_path: Path, runner: AnalysisRunner) -> QuotemarkApp:
    return QuotemarkApp(article, db_path, runner=runner, native_clipboard=False)


async def _drag(pilot: Pilot, screen: ReaderScreen, first: int, last: int) -> None:
    """Press on character `first`, move to character `last`, release there (the text scrolled into view first)."""
    view = screen.query_one(ArticleView)
    view.scroll_to_offset(first, center=True)
    await pilot.pause()
    await pilot.mouse_down(ArticleView, offset=cell_of(view, first))
    await pilot.hover(ArticleView, offset=cell_of(view, last))
    await pilot.mouse_up(ArticleView, offset=cell_of(view, last))


def _status(screen: ReaderScreen) -> str:
    return str(screen.query_one("#status").render())


async def test_a_drag_selects_words_and_a_note_anchors_to_exactly_them(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    text = sample.text
    start = text.index("Stockholm International")
    end = start + len("Stockholm International Peace")
    app = _app(sample, db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await _drag(pilot, screen, start + 3, end - 2)  # from inside "Stockholm" to inside "Peace": whole words
        assert screen.session.selection() == (start, end)
        assert screen.session.visual_anchor == start
        assert screen.query_one(ArticleView).cursor == (start, end)
        assert _status(screen).startswith("VISUAL")

        await pilot.press("y")  # with a selection, y copies its text
        assert app.clipboard == "Stockholm International Peace"
        assert screen.session.selection() == (start, end)  # still selected

        await pilot.press("w")  # the keyboard's selection keys go on from the drag
        assert text[slice(*screen.session.selection())] == "Stockholm International Peace Research"
        await pilot.press("b")
        assert screen.session.selection() == (start, end)

        await pilot.press("a")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*typed_keys("who funds them"), "ctrl+s")
        assert app.screen is screen
        assert screen.session.visual_anchor is None

    [note] = Store(db_path).annotations(sample.id)
    assert note.motivation == "commenting" and note.body["value"] == "who funds them"
    assert note.target is not None
    assert (note.target.start, note.target.end) == (start, end)
    assert note.target.exact == "Stockholm International Peace"


async def test_after_a_drag_tag_correct_and_escape_act_as_after_v(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    text = sample.text
    start = text.index("nuclear warheads")
    span = (start, start + len("nuclear warheads"))
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await _drag(pilot, screen, span[1] - 1, span[0])  # backwards, from the last letter to the first
        assert screen.session.selection() == span
        await pilot.press("1")
        [tag] = [a for a in Store(db_path).annotations(sample.id) if a.motivation == "tagging"]
        assert tag.target is not None and (tag.target.start, tag.target.end) == span

        await _drag(pilot, screen, span[0], span[1] - 1)
        await pilot.press("c")
        assert isinstance(pilot.app.screen, ChoiceScreen)  # what is this selection: entity or quote
        await pilot.press("escape")
        assert pilot.app.screen is screen

        await _drag(pilot, screen, span[0], span[1] - 1)
        assert screen.session.selection() == span
        await pilot.press("escape")
        assert screen.session.visual_anchor is None and screen.session.cursor is None
        assert screen.query_one(ArticleView).cursor is None
        assert not _status(screen).startswith("VISUAL")


async def test_a_click_still_moves_the_cursor_and_ends_a_selection(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        view = screen.query_one(ArticleView)
        entity = next(e for e in screen.session.analysis.entities if e.text == "Kim Jong Un")
        view.scroll_to_offset(entity.start, center=True)
        await pilot.pause()
        await pilot.click(ArticleView, offset=cell_of(view, entity.start + 1))
        assert screen.session.cursor == (entity.start, entity.end)
        assert view.cursor == (entity.start, entity.end)

        words = sample.text.index("nuclear warheads")
        await _drag(pilot, screen, words, words + 3)
        assert screen.session.selection() is not None
        view.scroll_to_offset(entity.start, center=True)
        await pilot.pause()
        await pilot.click(ArticleView, offset=cell_of(view, entity.start + 1))
        assert screen.session.visual_anchor is None  # the click ended the selection
        assert screen.session.cursor == (entity.start, entity.end)


async def test_textual_s_own_selection_stays_out_of_the_reader(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.mouse_down("#status", offset=(0, 0))
        await pilot.hover("#status", offset=(8, 0))
        await pilot.mouse_up("#status", offset=(8, 0))
        assert screen.selections == {} and screen.get_selected_text() is None
        assert screen.session.selection() is None


async def test_the_help_screen_tells_about_the_mouse(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        help_text = str(pilot.app.screen.query_one("#help-text").render())
        assert "mouse" in help_text and "Drag over the text" in help_text


async def test_a_drag_past_the_bottom_scrolls_and_the_view_stays_where_it_ended(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    text = sample.text
    async with _app(sample, db_path, runner).run_test(size=(100, 20)) as pilot:
        screen = await analysed(pilot)
        view = screen.query_one(ArticleView)
        start = text.index("The agency quoted")
        await pilot.mouse_down(ArticleView, offset=cell_of(view, start))
        await pilot.hover(None, offset=(10, 19))  # the footer, under the article
        await pilot.pause(0.6)
        await pilot.mouse_up(None, offset=(10, 19))
        await pilot.pause()
        selection = screen.session.selection()
        assert selection is not None and selection[0] == start
        top = round(view.scroll_y)
        assert top > 0
        last_line = view.wrapped.line_of(selection[1] - 1)
        assert top <= last_line < top + view.scrollable_content_region.height  # not jumped back to its start
        assert view.wrapped.line_of(start) < top  # the start is above the screen: the selection is taller
