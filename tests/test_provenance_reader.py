"""Provenance in the reader, pressed as a reader would: the panel row, the list (p), enter opens the other article there."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from helpers import SIZE, analysed, panel_text
from library_helpers import QUOTE_A, article_with, build_library, save
from textual.widgets import OptionList

from quotemark.analysis.model import Analysis, Article
from quotemark.analysis.provenance import Occurrence, ProvenanceLookup, quote_keys, same_quotation
from quotemark.reading.provenance import provenance_line, source_name
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.store.library_index import index_path
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.provenance_screen import ProvenanceScreen
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.widgets.article_view import ArticleView

SPEECH = "The reactor at the coast will stay closed until every inspector has signed the safety report"
# A copy with a bracketed insertion and an ellipsis, and a title that would be live markup if parsed.
COPY = "The reactor [at Dunmore] will stay closed until every inspector has signed the … report"
LOOKALIKE = "The reactor at the coast will reopen next month whatever the inspectors write in their report"


class MemoryLookup:
    """A real, small ProvenanceLookup over saved articles and their analyses: candidates by key, then same_quotation."""

    def __init__(self, saved: list[tuple[Article, Analysis]]) -> None:
        self.saved = {article.id: (article, analysis) for article, analysis in saved}
        self.by_key: dict[str, set[tuple[str, int]]] = defaultdict(set)
        for article, analysis in saved:
            for n, quote in enumerate(analysis.quotes):
                for key in quote_keys(quote.text):
                    self.by_key[key].add((article.id, n))

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Return the saved articles (other than exclude_article) that carry this quotation, oldest first."""
        found: dict[str, Occurrence] = {}
        for article_id, n in sorted({c for key in quote_keys(quote_text) for c in self.by_key[key]}):
            article, analysis = self.saved[article_id]
            quote = analysis.quotes[n]
            if article_id == exclude_article or article_id in found or not same_quotation(quote_text, quote.text):
                continue
            text = article.text[quote.start : quote.end]
            found[article_id] = Occurrence(
                article_id, article.title or "", article.source or "", article.date or "", quote.start, quote.end, text
            )
        return sorted(found.values(), key=lambda o: (o.date == "", o.date))


def _no_model() -> object:
    raise AssertionError("saved articles open from their saved analysis, never the model")


class _App(QuotemarkApp):
    def __init__(self, article: Article, db: Path, lookup: ProvenanceLookup | None) -> None:
        super().__init__(article, db, runner=AnalysisRunner(loader=_no_model), native_clipboard=False)  # type: ignore[arg-type]
        self.lookup = lookup

    def get_default_screen(self) -> ReaderScreen:
        self.store = self._open_store()
        return ReaderScreen(self.article, self.store, self.runner, self.config.tags, self.lookup)


def _saved(db: Path) -> list[tuple[Article, Analysis]]:
    """Return four saved articles: the speech, an older copy, a look-alike and one without it."""
    articles = [
        article_with("Reactor stays shut", "2026-03-10", [("Mira Patel", SPEECH), ("Crowds waited.", None)]),
        article_with("Talks [@click=app.quit] [bold]resume", "2026-03-01", [("Patel", COPY)]),
        article_with("Reactor to reopen", "2026-03-12", [("Owen Hart", LOOKALIKE)]),
        article_with(
            "Harvest report", "2026-03-05", [("Ann Lee", "Rice harvests in the east doubled after the canals")]
        ),
    ]
    store = Store(db)
    for article, analysis in articles:
        save(store, article, analysis)
    store.close()
    return articles


def _entries(dialog: ProvenanceScreen) -> list[str]:
    options = dialog.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def _messages(app: QuotemarkApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _settled(pilot: object) -> ReaderScreen:
    screen = await analysed(pilot)  # type: ignore[arg-type]
    await screen.app.workers.wait_for_complete()  # the provenance lookups
    await pilot.pause()  # type: ignore[attr-defined]
    return screen


def test_the_row_names_the_first_article_and_its_source() -> None:
    older = Occurrence("b", "Talks resume", "/news/talks-resume.txt", "2026-03-01", 0, 5, "x")
    undated = Occurrence("c", "Later", "https://www.example.org/a/b", "", 0, 5, "x")
    assert (
        provenance_line([older, undated], "2026-03-10") == "also in 2 articles, first on 2026-03-01 (talks-resume.txt)"
    )
    assert provenance_line([older], "2026-02-01") == "also in 1 article, first on 2026-02-01 (this article)"
    assert provenance_line([undated], None) == "also in 1 article, none dated (example.org)"
    assert provenance_line([], "2026-02-01") == ""
    assert source_name("", "A title") == "A title"


async def test_panel_row_and_list_then_enter_opens_the_other_article_at_the_quotation(db_path: Path) -> None:
    saved = _saved(db_path)
    speech, copy = saved[0], saved[1]
    app = _App(speech[0], db_path, MemoryLookup(saved))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settled(pilot)
        panel = panel_text(screen)
        assert "↳ also in 1 article, first on 2026-03-01 (talks-[@click=app.quit]-[bold]resume.txt)" in panel
        await pilot.press("right_square_bracket", "p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ProvenanceScreen)
        assert _entries(dialog) == [
            # text, not markup: the title and source are shown as they are
            f"2026-03-01 · talks-[@click=app.quit]-[bold]resume.txt · Talks [@click=app.quit] [bold]resume\n“{COPY}”"
        ]
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        article, analysis = copy
        assert reader.session.article.id == article.id
        quote = analysis.quotes[0]
        assert reader.session.cursor == (quote.start, quote.end)
        assert reader.query_one(ArticleView)._cursor == (quote.start, quote.end)
        await _settled(pilot)
        # From the copy, the speech is the other article (later, so the copy came first).
        assert "↳ also in 1 article, first on 2026-03-01 (this article)" in panel_text(reader)


async def test_a_lookalike_and_an_unrelated_quote_show_no_provenance(db_path: Path) -> None:
    saved = _saved(db_path)
    app = _App(saved[2][0], db_path, MemoryLookup(saved))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settled(pilot)
        assert "also in" not in panel_text(screen)
        await pilot.press("right_square_bracket", "p")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "No other saved article carries this quotation" in _messages(app)


async def test_without_a_library_the_key_says_so(db_path: Path) -> None:
    saved = _saved(db_path)
    app = _App(saved[0][0], db_path, None)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settled(pilot)
        assert "also in" not in panel_text(screen)
        await pilot.press("p")  # no quote under the cursor either: the library's absence is said first
        await pilot.press("right_square_bracket", "p")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any(m.startswith("No library to look in") for m in _messages(app))


async def test_without_a_quote_under_the_cursor_the_key_says_so(db_path: Path) -> None:
    saved = _saved(db_path)
    app = _App(saved[0][0], db_path, MemoryLookup(saved))
    async with app.run_test(size=SIZE) as pilot:
        await _settled(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any(m.startswith("Move to a quote first") for m in _messages(app))


async def test_the_real_library_index_end_to_end(db_path: Path) -> None:
    pairs = build_library(db_path)  # QUOTE_A in "Warheads at the site" and, edited, in "Talks collapse"
    first, talks = pairs[0], pairs[1]
    app = QuotemarkApp(first[0], db_path, runner=AnalysisRunner(loader=_no_model), native_clipboard=False)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settled(pilot)
        assert "↳ also in 1 article, first on 2026-02-26 (this article)" in panel_text(screen)
        await pilot.press("right_square_bracket", "p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ProvenanceScreen)
        assert _entries(dialog)[0].startswith("2026-03-02 · talks-collapse.txt · Talks collapse\n")
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.session.article.id == talks[0].id
        quote = next(q for q in talks[1].quotes if "fifty new" in q.text)
        assert reader.session.cursor == (quote.start, quote.end)
        assert QUOTE_A.replace("fifty", "fifty new") == talks[0].text[quote.start : quote.end]


async def test_the_key_looks_up_a_quotation_not_traced_yet(db_path: Path) -> None:
    saved = _saved(db_path)
    app = _App(saved[1][0], db_path, MemoryLookup(saved))
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settled(pilot)
        screen.session.provenance._found.clear()  # as if p came before the panel's lookups finished
        await pilot.press("right_square_bracket", "p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ProvenanceScreen)
        assert _entries(dialog)[0].endswith(f"“{SPEECH}”")
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen) and app.screen.session.article.id == saved[1][0].id


async def test_the_key_is_in_the_help_and_the_palette(db_path: Path) -> None:
    from quotemark.tui.commands import READER_COMMANDS, reader_bindings
    from quotemark.tui.help_screen import HelpScreen

    command = next(c for c in READER_COMMANDS if c.id == "quotemark.provenance")
    assert command.keys == "p" and command.palette
    assert any(getattr(b, "id", None) == command.id for b in reader_bindings())
    saved = _saved(db_path)
    app = _App(saved[0][0], db_path, MemoryLookup(saved))
    async with app.run_test(size=SIZE) as pilot:
        await _settled(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert "List the other saved articles that carry the current quotation" in " ".join(text.split())


async def test_an_index_that_cannot_be_read_is_not_said_to_find_nothing(db_path: Path) -> None:
    saved = _saved(db_path)
    library = Store(db_path).library
    library.files.set_read_only("test: a newer quotemark wrote it")  # read-only and no index: nothing to read
    index_path(library.files).unlink(missing_ok=True)
    app = _App(saved[0][0], db_path, library)
    async with app.run_test(size=SIZE) as pilot:
        await _settled(pilot)
        await pilot.press("right_square_bracket", "p")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        said = _messages(app)
        assert not any("No other saved article" in m for m in said)
        assert any(m.startswith("Provenance unknown:") and "no library index yet" in m for m in said)


class _FailingOnce(MemoryLookup):
    """Fails while the panel looks up at opening (an index being rebuilt), then answers."""

    def __init__(self, saved: list[tuple[Article, Analysis]]) -> None:
        super().__init__(saved)
        self.broken = True

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Raise while broken, else answer as MemoryLookup does."""
        if self.broken:
            raise RuntimeError("database is locked")
        return super().occurrences(quote_text, exclude_article)


async def test_the_key_looks_up_again_a_quotation_whose_lookup_failed(db_path: Path) -> None:
    saved = _saved(db_path)
    lookup = _FailingOnce(saved)
    app = _App(saved[0][0], db_path, lookup)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _settled(pilot)
        assert SPEECH in screen.session.provenance.failures
        await pilot.press("right_square_bracket", "p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any(m == "Provenance unknown: database is locked" for m in _messages(app))
        lookup.broken = False  # the index is readable again
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ProvenanceScreen)
        assert len(_entries(app.screen)) == 1 and SPEECH not in screen.session.provenance.failures
