"""The reader, driven through Textual's pilot with the keys a user would press."""

from __future__ import annotations

from pathlib import Path

from helpers import SIZE, analysed, panel_text, typed_keys
from textual.widgets import Footer, TextArea
from textual.widgets._footer import FooterKey

from quotemark.analysis.model import Article
from quotemark.analysis.reader import read_text
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.tui import view_model as vm
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.help_screen import HelpScreen
from quotemark.tui.note_screen import NoteScreen
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.widgets.article_view import ArticleView
from quotemark.widgets.facts_panel import FactsPanel
from quotemark.widgets.search_bar import SearchBar


def _app(article: Article, db_path: Path, runner: AnalysisRunner) -> QuotemarkApp:
    return QuotemarkApp(article, db_path, runner=runner, native_clipboard=False)


async def test_text_is_shown_before_the_analysis(sample: Article, db_path: Path) -> None:
    gate_open = __import__("threading").Event()

    def slow_loader():  # the model "loads" only once the test has looked at the screen
        gate_open.wait(10)
        from quotemark.analysis.pipeline import load_nlp

        return load_nlp()

    app = _app(sample, db_path, AnalysisRunner(loader=slow_loader))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.session.analysis is None
        assert "⏳" in str(screen.query_one("#status").render())
        assert screen.query_one(ArticleView).has_focus
        gate_open.set()
        await analysed(pilot)
        assert "3 quotes" in str(screen.query_one("#status").render())


async def test_tag_note_and_copy_flow(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    app = _app(sample, db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket")
        first = screen.session.analysis.quotes[0]
        assert screen.session.cursor == (first.start, first.end)
        assert screen.query_one(ArticleView).cursor == (first.start, first.end)
        assert screen.query_one(FactsPanel).highlighted_key == vm.quote_key((first.start, first.end))

        await pilot.press("2")  # the second default tag: "claim"
        assert "⟨claim⟩" in panel_text(screen)

        await pilot.press("a")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*typed_keys("check against the KCNA English text"))
        assert app.screen.query_one(TextArea).text == "check against the KCNA English text"
        await pilot.press("ctrl+s")
        assert app.screen is screen

        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        summary = app.clipboard
        assert "Kim Jong Un" in summary
        assert first.text[:40] in summary
        assert "claim" in summary
        assert "check against the KCNA English text" in summary
        assert app.last_copy is not None and not app.last_copy.ok
        assert app.last_copy.saved_to is not None and app.last_copy.saved_to.read_text(encoding="utf-8") == summary

    # Saved at once: a fresh Store on the same file sees the tag and the note.
    saved = Store(db_path).annotations(sample.id)
    assert {(a.motivation, a.body["value"]) for a in saved} == {
        ("tagging", "claim"),
        ("commenting", "check against the KCNA English text"),
    }
    assert all((a.target.start, a.target.end) == (first.start, first.end) for a in saved)


async def test_reopening_restores_tags_and_notes(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "1")
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        second = screen.session.analysis.quotes[1]
        assert [a.body["value"] for a in screen.session.annotations] == ["key"]
        assert (screen.session.annotations[0].target.start, screen.session.annotations[0].target.end) == (
            second.start,
            second.end,
        )
        assert "⟨key⟩" in panel_text(screen)


async def test_tag_toggles_off(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "3", "3")
        assert screen.session.annotations == ()
    assert Store(db_path).annotations(sample.id) == []


async def test_quote_navigation_wraps_both_ways(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        spans = [(q.start, q.end) for q in screen.session.analysis.quotes]
        await pilot.press("left_square_bracket")
        assert screen.session.cursor == spans[-1]
        await pilot.press("right_square_bracket")
        assert screen.session.cursor == spans[0]
        await pilot.press("left_square_bracket")
        assert screen.session.cursor == spans[-1]


async def test_selecting_a_panel_row_moves_the_article(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("tab")
        panel = screen.query_one(FactsPanel)
        assert panel.has_focus
        third = screen.session.analysis.quotes[2]
        panel.highlight_key(vm.quote_key((third.start, third.end)))
        await pilot.press("enter")
        assert screen.session.cursor == (third.start, third.end)


async def test_note_without_a_quote_goes_on_the_article(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("a", *typed_keys("overall fine"), "ctrl+s")
    [note] = Store(db_path).annotations(sample.id)
    assert note.motivation == "commenting"
    assert note.target is None or note.target.start is None


async def test_help_lists_the_bindings_and_closes(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        text = str(pilot.app.screen.query_one("#help-text").render())
        for words in ("next quote", "Toggle the tag “key”", "Copy a Markdown summary", "Quit"):
            assert words.lower() in text.lower()
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, ReaderScreen)


async def test_footer_shows_the_main_bindings(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await pilot.pause()
        footer_keys = {ab.binding.id for ab in pilot.app.screen.active_bindings.values() if ab.binding.show}
        assert {
            "quotemark.next_quote",
            "quotemark.note",
            "quotemark.copy_summary",
            "quotemark.help",
            "quotemark.quit",
        } <= footer_keys


async def test_the_footer_and_panel_come_right_after_the_text(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    app = _app(sample, db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        footer = screen.query_one(Footer)
        shown = [(key.key, key.description) for key in footer.query(FooterKey)]
        assert shown[:4] == [
            ("question_mark", "Help"),
            ("q", "Quit"),
            ("right_square_bracket", "Next quote"),
            ("left_square_bracket", "Prev quote"),
        ]
        assert screen.query_one(FactsPanel).option_count > 0
        await pilot.press("slash")
        assert screen.query_one(SearchBar).has_focus


async def test_q_quits(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    app = _app(sample, db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_markup_in_an_article_is_shown_as_text(db_path: Path, runner: AnalysisRunner) -> None:
    text = 'Mayor [b]Ann Lee[/b] said, "We will [@click=app.quit]fix it[/foo]." She left.\n'
    app = _app(read_text(text, source="hostile.txt"), db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert app.is_running
        await pilot.press("right_square_bracket", "y")
        assert "[@click=app.quit]" in app.clipboard
        assert app.is_running
        assert screen.session.analysis.quotes


def test_long_article_streams_partial_analyses_first(runner: AnalysisRunner) -> None:
    from quotemark.analysis.pipeline import FIRST_CHECKPOINT

    para = 'Officials met in Lisbon on Monday. "We will rebuild the port," said Ana Costa, the mayor.'
    text = "\n\n".join([para] * (FIRST_CHECKPOINT * 6 // len(para))) + "\n"
    partials: list[int] = []
    final = runner.analyse(read_text(text), lambda _s, _f: None, None, lambda a: partials.append(len(a.quotes)))
    assert len(final.quotes) == text.count("We will rebuild")
    assert partials[-1] < len(final.quotes)  # the complete analysis is returned, not sent as a partial
    assert len(partials) >= 2 and partials[0] < len(final.quotes) // 4  # the top arrives long before the end
    assert partials == sorted(partials)


async def test_without_a_cursor_the_next_quote_is_the_first_on_screen(db_path: Path, runner: AnalysisRunner) -> None:
    para = 'Officials met in Lisbon on Monday. "We will rebuild the port," said Ana Costa, the mayor.'
    text = "\n\n".join(f"{para} Item {n}." for n in range(120)) + "\n"
    app = _app(read_text(text), db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("G", "right_square_bracket")
        top, _bottom = screen.query_one(ArticleView).visible_range()
        assert screen.session.cursor is not None and screen.session.cursor[0] >= top
        assert screen.session.current_quote is not screen.session.analysis.quotes[0]
