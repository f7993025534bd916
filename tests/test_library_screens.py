"""The library screens pressed as a reader would: speakers (S), merge/split/undo, search everywhere (F)."""

from __future__ import annotations

from pathlib import Path

from helpers import SIZE, settled, typed_keys
from library_helpers import QUOTE_A, QUOTE_C, build_library
from textual.pilot import Pilot
from textual.widgets import Input

from quotemark.analysis.model import Analysis, Article
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.store.library_queries import SearchHit
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.library_search_screen import LibrarySearchScreen
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.tui.speakers_screen import SpeakersScreen
from quotemark.widgets.article_view import ArticleView


def _no_model() -> object:
    raise AssertionError("the library's articles open from their saved analysis, never the model")


def _app(article: Article, db_path: Path) -> QuotemarkApp:
    return QuotemarkApp(article, db_path, runner=AnalysisRunner(loader=_no_model), native_clipboard=False)  # type: ignore[arg-type]


async def _built(pilot: Pilot) -> None:
    """Return once the library index, built in a worker on first use, is shown."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _library(db_path: Path) -> list[tuple[Article, Analysis]]:
    return build_library(db_path)


async def test_speakers_screen_opens_the_article_at_the_quotation(db_path: Path) -> None:
    pairs = _library(db_path)
    app = _app(pairs[0][0], db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("S")
        await _built(pilot)
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        assert [r.name for r in screen.rows][0] == "Ann Lee"  # most quoted first
        await pilot.press("enter")  # Ann Lee's quotations
        assert [q.title for q in screen.quotations] == ["Talks collapse", "Harvest report"]
        await pilot.press("down", "enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        harvest, analysis = pairs[2]
        assert reader.session.article.id == harvest.id
        quote = analysis.quotes[0]
        assert reader.session.cursor == (quote.start, quote.end)
        assert reader.query_one(ArticleView)._cursor == (quote.start, quote.end)
        assert harvest.text[quote.start : quote.end] == QUOTE_C


async def test_merge_split_and_undo_from_the_keyboard(db_path: Path) -> None:
    pairs = _library(db_path)
    app = _app(pairs[0][0], db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("S")
        await _built(pilot)
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        names = [r.name for r in screen.rows]
        table = screen.query_one("#speakers-table")
        table.move_cursor(row=names.index("Kim"))  # type: ignore[attr-defined]
        await pilot.press("m")
        table.move_cursor(row=[r.name for r in screen.rows].index("Kim Jong Un"))  # type: ignore[attr-defined]
        await pilot.press("m")
        merged = {r.name: r for r in screen.rows}
        assert "Kim" not in merged and merged["Kim Jong Un"].quotes == 2
        assert [(m.alias, m.canonical) for m in Store(db_path).library.merges()] == [("Kim", "Kim Jong Un")]
        await pilot.press("s")  # the cursor stayed on Kim Jong Un
        assert {"Kim", "Kim Jong Un"} <= {r.name for r in screen.rows}
        assert Store(db_path).library.merges() == []
        await pilot.press("u")  # undo the split: merged again
        assert "Kim" not in {r.name for r in screen.rows}
        await pilot.press("u")  # undo the merge
        assert "Kim" in {r.name for r in screen.rows} and Store(db_path).library.merges() == []


async def test_search_everywhere_opens_the_article_at_the_match(db_path: Path) -> None:
    pairs = _library(db_path)
    app = _app(pairs[2][0], db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("F")
        await _built(pilot)
        screen = app.screen
        assert isinstance(screen, LibrarySearchScreen)
        await pilot.press(*typed_keys("northern site"))
        await _built(pilot)
        assert {h.title for h in screen.hits} == {"Warheads at the site", "Talks collapse"}
        wanted = next(i for i, h in enumerate(screen.hits) if h.title == "Warheads at the site")
        await pilot.press("enter")  # to the results
        screen.query_one("#library-search-results").move_cursor(row=wanted)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        article = pairs[0][0]
        assert reader.session.article.id == article.id
        assert reader.session.cursor is not None
        start = reader.session.cursor[0]
        assert article.text[start : start + len("northern")] == "northern"
        assert QUOTE_A in article.text


async def test_a_slow_search_never_blocks_typing_and_only_the_newest_answer_shows(db_path: Path) -> None:
    import threading

    pairs = _library(db_path)
    app = _app(pairs[2][0], db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("F")
        await _built(pilot)
        screen = app.screen
        assert isinstance(screen, LibrarySearchScreen)
        release = threading.Event()
        real_search = screen.library.search

        def slow_search(query: str, limit: int = 200) -> list[SearchHit]:
            release.wait(10)
            return real_search(query, limit)

        screen.library.search = slow_search  # type: ignore[method-assign]
        await pilot.press(*typed_keys("northern"))
        await pilot.pause()
        # The keys were read while every look-up was still waiting: the box holds them all, no result yet.
        assert screen.query_one(Input).value == "northern"
        assert screen.hits == []
        release.set()
        await _built(pilot)
        assert screen.query_text == "northern"
        assert screen.hits == real_search("northern") and len(screen.hits) >= 2


async def test_library_keys_are_in_help_and_palette(db_path: Path) -> None:
    from quotemark.tui.commands import READER_COMMANDS

    ids = {c.id: c.keys for c in READER_COMMANDS}
    assert ids["quotemark.speakers"] == "S" and ids["quotemark.search_library"] == "F"
    app = _app(_library(db_path)[0][0], db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("question_mark")
        text = str(app.screen.query_one("#help-text").render())
        assert "Every speaker across the library" in text and "Search every saved article" in text


async def test_an_article_damaged_while_listed_is_said_not_a_crash(db_path: Path) -> None:
    pairs = _library(db_path)
    app = _app(pairs[0][0], db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("S")
        await _built(pilot)
        assert isinstance(app.screen, SpeakersScreen)
        await pilot.press("enter")  # Ann Lee's quotations: the second is in "Harvest report"
        harvest = pairs[2][0]
        (Store(db_path).files.layout.articles_dir / f"{harvest.id}.json").write_text('{"garbage', encoding="utf-8")
        await pilot.press("down", "enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.session.article.id == pairs[0][0].id  # still on the article it showed
        said = [str(n.message) for n in app._notifications]
        assert any(m.startswith("That article cannot be opened:") and "damaged" in m for m in said)


async def test_an_index_gone_from_a_read_only_database_is_said_when_a_speaker_is_opened(db_path: Path) -> None:
    pairs = _library(db_path)
    app = _app(pairs[0][0], db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("S")
        await _built(pilot)
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        screen.library.files.set_read_only("test: written by a newer quotemark")
        screen.library.path.unlink()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and screen.speaker is None  # still the speakers list
        said = [str(n.message) for n in app._notifications]
        assert any("has no library index yet and is open read-only" in m for m in said)
