"""Corrections, visual selection, search, the tag picker, undo and remaps, pressed as a user would."""

from __future__ import annotations

from pathlib import Path

from helpers import SIZE, analysed, panel_text, typed_keys

from quotemark.analysis.model import Article
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.choice_screen import ChoiceScreen
from quotemark.tui.config import Config
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.widgets.article_view import ArticleView


def _app(article: Article, db_path: Path, runner: AnalysisRunner, config: Config | None = None) -> QuotemarkApp:
    return QuotemarkApp(article, db_path, runner=runner, native_clipboard=False, config=config)


def _editing(store: Store, article: Article) -> list[dict]:
    return [a.body for a in store.annotations(article.id) if a.motivation == "editing"]


async def test_correcting_a_speaker_overrides_everywhere_and_undo_reverts(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    app = _app(sample, db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "c")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press(*typed_keys("Choe Son Hui"), "enter")
        assert isinstance(app.screen, ChoiceScreen)  # the offer for Kim's other quotes: declined
        await pilot.press("escape")
        assert app.screen is screen
        assert screen.session.analysis.quotes[0].speaker == "Choe Son Hui"
        assert "✓ Choe Son Hui →" in panel_text(screen)
        assert _editing(Store(db_path), sample) == [{"type": "speaker", "value": "Choe Son Hui"}]
        await pilot.press("y")
        assert "Choe Son Hui" in app.clipboard

        await pilot.press("u")
        assert screen.session.analysis.quotes[0].speaker == "Kim Jong Un"
        assert _editing(Store(db_path), sample) == []
        await pilot.press("ctrl+r")
        assert screen.session.analysis.quotes[0].speaker == "Choe Son Hui"


async def test_picking_a_speaker_from_the_list(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "c", *typed_keys("stockholm"), "enter")
        assert screen.session.analysis.quotes[0].speaker == "Stockholm International Peace Research Institute"


async def test_rejecting_an_entity_removes_it(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("e")
        first = screen.session.current_entity
        assert first is not None
        before = len(screen.session.analysis.entities)
        await pilot.press("x")
        assert len(screen.session.analysis.entities) == before - 1
        assert (first.start, first.end) not in {(e.start, e.end) for e in screen.session.analysis.entities}
        assert _editing(Store(db_path), sample) == [{"type": "reject"}]
        assert screen.session.cursor == (first.start, first.end)  # still there, struck out
        assert (first.start, first.end) in screen.session.rejected
        await pilot.press("c", "enter")  # the only choice: revert
        assert (first.start, first.end) in {(e.start, e.end) for e in screen.session.analysis.entities}
        assert _editing(Store(db_path), sample) == []


async def test_relabelling_an_entity(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("e")
        span = screen.session.cursor
        await pilot.press("c", *typed_keys("LOC"), "enter")
        assert next(e for e in screen.session.analysis.entities if (e.start, e.end) == span).label == "LOC"
        assert span in screen.session.corrected


async def test_visual_selection_marks_a_new_entity_and_takes_a_note(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    text = sample.text
    start = text.index("Stockholm International")
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.show(screen.session.move((start, start + 9)))  # as if reached with e/search; v starts from the cursor
        await pilot.press("v")
        assert screen.session.visual_anchor == start
        assert screen.session.cursor == (start, start + len("Stockholm"))
        await pilot.press("w", "w")
        assert text[slice(*screen.session.cursor)] == "Stockholm International Peace"
        await pilot.press("left")
        assert text[slice(*screen.session.cursor)] == "Stockholm International Peac"
        await pilot.press("right", "c", *typed_keys("FAC"), "enter")
        assert any((e.start, e.end, e.label) == (start, start + 29, "FAC") for e in screen.session.analysis.entities)
        assert screen.session.visual_anchor is None

        await pilot.press("v", "escape")
        assert screen.session.visual_anchor is None and screen.session.cursor is None


async def test_visual_selection_marks_a_missed_quote(db_path: Path, runner: AnalysisRunner) -> None:
    from quotemark.analysis.reader import read_text

    article = read_text("The mayor, Ana Ruiz, spoke at noon. Her message: we stay open all winter. Then she left.\n")
    start = article.text.index("we stay")
    async with _app(article, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.show(screen.session.move((start, start + 2)))
        await pilot.press("v", "right_parenthesis")
        assert article.text[slice(*screen.session.cursor)] == "we stay open all winter."
        await pilot.press("c", *typed_keys("quote"), "enter")
        assert isinstance(pilot.app.screen, ChoiceScreen)
        await pilot.press(*typed_keys("Ana Ruiz"), "enter")
        quote = screen.session.current_quote
        assert quote is not None and quote.speaker == "Ana Ruiz" and quote.text == "we stay open all winter."


async def test_search_moves_over_matches(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("slash", *typed_keys("washington"), "enter")
        hits = [i for i in range(len(sample.text)) if sample.text.lower().startswith("washington", i)]
        assert [s for s, _e in screen.session.search_hits] == hits
        assert screen.session.cursor == (hits[0], hits[0] + 10)
        assert screen.query_one(ArticleView).has_focus
        await pilot.press("n")
        assert screen.session.cursor == (hits[1], hits[1] + 10)
        await pilot.press("N", "N")
        assert screen.session.cursor == (hits[1], hits[1] + 10)  # wrapped back past the first


async def test_tag_picker_creates_a_new_tag(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "t", *typed_keys("nuclear-arsenal"), "enter")
        assert [a.value for a in Store(db_path).annotations(sample.id)] == ["nuclear-arsenal"]
        assert "nuclear-arsenal" in panel_text(screen)
        await pilot.press("t", *typed_keys("nuc"), "enter")  # the existing tag, found fuzzily, toggles off
        assert Store(db_path).annotations(sample.id) == []


async def test_remapped_key_works_and_shows_in_help(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    config = Config(keymap={"quotemark.next_quote": "ctrl+n"})
    async with _app(sample, db_path, runner, config).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("ctrl+n")
        assert screen.session.current_quote is not None
        await pilot.press("question_mark")
        assert "^n " in str(pilot.app.screen.query_one("#help-text").render()).lower()


async def test_command_palette_runs_a_reader_command(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("ctrl+p", *typed_keys("next quote"))
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert screen.session.current_quote is not None


async def test_library_lists_saved_articles_and_opens_one(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    from quotemark.analysis.reader import read_text
    from quotemark.tui.library_screen import LibraryScreen

    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
    other = read_text('"It is done," said Lena Park, the city engineer.\n', source="gone.txt")
    app = _app(other, db_path, runner)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("L")
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one("#library-table")
        assert table.row_count == 2
        assert all(column.get_render_width(table) > 4 for column in table.columns.values())  # readable
        rows = [str(table.get_row_at(i)[0]) for i in range(2)]
        index = next(i for i, title in enumerate(rows) if "North Korean leader" in title)
        table.move_cursor(row=index)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.session.article.id == sample.id
        assert [a.value for a in screen.session.annotations] == ["key"]
        await analysed(pilot)


async def test_export_from_the_keyboard_writes_a_file(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    import json

    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "ctrl+e", *typed_keys("w3c"), "enter")
        await pilot.app.workers.wait_for_complete()  # the file is written off the UI thread
        await pilot.pause()
        assert any("Exported w3c" in str(n.message) for n in pilot.app._notifications)
    [path] = (db_path.parent / "exports").glob(f"north-korean-leader-kim-jong-un-*-{sample.id[:8]}-*.jsonld")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["total"] == 1 and data["first"]["items"][0]["body"]["value"] == "key"


async def test_a_failed_export_is_reported_and_the_app_keeps_going(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        (db_path.parent / "exports").write_text("a file where the exports folder should be", encoding="utf-8")
        await pilot.press("ctrl+e", *typed_keys("md"), "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert any("Export failed" in str(n.message) for n in pilot.app._notifications)
        await pilot.press("right_square_bracket")
        assert screen.session.cursor is not None


async def test_two_exports_in_the_same_second_both_succeed(
    sample: Article, db_path: Path, runner: AnalysisRunner, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import time

    from quotemark.reading import exports

    real = exports.export

    def slow(bundle, fmt):  # type: ignore[no-untyped-def]  # both writers are then under way at once
        time.sleep(0.3)
        return real(bundle, fmt)

    monkeypatch.setattr(exports, "export", slow)
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        await analysed(pilot)
        await pilot.press("ctrl+e", *typed_keys("md"), "enter", "ctrl+e", *typed_keys("md"), "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        messages = [str(n.message) for n in pilot.app._notifications]
    assert not [m for m in messages if "Export failed" in m]
    assert len([m for m in messages if "Exported md" in m]) == 2
    assert not list((db_path.parent / "exports").glob("*.tmp"))


async def test_merge_and_split_entity_rows(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        names = {c.name for c in screen.session.analysis.clusters}
        assert {"Washington", "United States"} <= names
        washington = next(e for e in screen.session.analysis.entities if e.text == "Washington")
        screen.show(screen.session.move((washington.start, washington.end)))
        await pilot.press("c", *typed_keys("same as: United States"), "enter")
        clusters = {c.name: c for c in screen.session.analysis.clusters}
        assert "Washington" not in clusters
        assert clusters["United States"].count == 4  # 2 x United States + 2 x Washington
        assert "PLACES (3)" in panel_text(screen)

        kim = next(e for e in screen.session.analysis.entities if e.text == "Kim" and e.cluster)
        screen.show(screen.session.move((kim.start, kim.end)))
        await pilot.press("c", *typed_keys("not the same as"), "enter")
        people = [c for c in screen.session.analysis.clusters if c.label == "PERSON"]
        assert sorted(c.name for c in people) == ["Kim", "Kim Jong Un"]
        await pilot.press("u", "u")
        assert {c.name for c in screen.session.analysis.clusters} == names


async def test_notes_in_the_panel_can_be_edited_and_deleted(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("A", *typed_keys("first draft"), "ctrl+s")
        [note] = screen.session.annotations
        await pilot.press("tab")
        screen.query_one("#facts").highlight_key(f"note:{note.id}")
        await pilot.press("a")
        await pilot.press(
            "ctrl+a", *typed_keys("second draft"), "ctrl+s"
        )  # ctrl+a: TextArea select-all? then typed over
        values = [a.value for a in Store(db_path).annotations(sample.id)]
        assert len(values) == 1 and "second draft" in values[0]
        screen.query_one("#facts").highlight_key(f"note:{note.id}")
        await pilot.press("x")
        assert Store(db_path).annotations(sample.id) == []
        await pilot.press("u")
        assert [a.id for a in Store(db_path).annotations(sample.id)] == [note.id]


async def test_selection_fixes_a_quote_s_bounds(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        first = screen.session.analysis.quotes[0]
        cut = sample.text.index(", explaining that the prospects", first.start)
        screen.show(screen.session.move((first.start, first.start + 2)))
        await pilot.press("v")
        screen.show(screen.session.move((first.start, cut)))  # as if extended with w and arrows
        await pilot.press("c", *typed_keys("new bounds"), "enter")
        fixed = screen.session.analysis.quotes[0]
        assert (fixed.start, fixed.end) == (first.start, cut)
        assert fixed.text.endswith("nuclear arsenal")
        assert fixed.speaker == "Kim Jong Un"


async def test_an_edited_article_keeps_its_notes_and_lists_orphans(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    from quotemark.analysis.reader import read_text

    async with _app(sample, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "1")  # tag the first quote
        start = sample.text.index("intercontinental ballistic missiles")
        screen.show(screen.session.move((start, start + 35)))
        await pilot.press("a", *typed_keys("which missiles"), "ctrl+s")
    gone = sample.text.index("The central agency clarified")
    edited_text = (sample.text[:gone] + sample.text[sample.text.index("The Stockholm") :]).replace(
        "Kim added", "Kim then added"
    )
    edited = read_text(edited_text, source=sample.source)
    assert edited.id != sample.id
    async with _app(edited, db_path, runner).run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        [tag] = [a for a in screen.session.annotations if a.motivation == "tagging"]
        assert edited.text[tag.start : tag.end].startswith("We will focus")
        assert [a.value for a in screen.session.annotator.orphans] == ["which missiles"]
        assert "ORPHANS (1)" in panel_text(screen)
