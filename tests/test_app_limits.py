"""Errors and limits a user can act on: a tiny terminal, no model, a database that cannot be written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import SIZE, analysed, settled

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import INSTALL_HINT, ModelMissing
from quotemark.reading.runner import AnalysisRunner
from quotemark.tui.app import QuotemarkApp


async def test_a_20_by_5_terminal_does_not_crash(sample: Article, db_path: Path, runner: AnalysisRunner) -> None:
    app = QuotemarkApp(sample, db_path, runner=runner, native_clipboard=False)
    async with app.run_test(size=(20, 5)) as pilot:
        await analysed(pilot)
        await pilot.press("right_square_bracket", "1", "question_mark", "escape", "tab", "j", "q")
    assert app.return_code == 0


async def test_a_missing_model_leaves_the_text_readable(sample: Article, db_path: Path) -> None:
    def no_model():  # noqa: ANN202 - what load_nlp raises when neither model package is installed
        raise ModelMissing(f"the spaCy English model is not installed; run: {INSTALL_HINT}")

    app = QuotemarkApp(sample, db_path, runner=AnalysisRunner(loader=no_model), native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settled(pilot)
        status = str(screen.query_one("#status").render())
        assert "no highlights" in status and INSTALL_HINT in status
        assert any(INSTALL_HINT in str(n.message) for n in app._notifications)
        await pilot.press("A", *"ok", "ctrl+s")  # notes still work without the model
        assert [a.value for a in screen.session.annotations] == ["ok"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders, so the refusal cannot be provoked")
async def test_an_unwritable_database_folder_keeps_edits_in_memory(
    sample: Article, tmp_path: Path, runner: AnalysisRunner
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        app = QuotemarkApp(sample, folder / "db.json", runner=runner, native_clipboard=False)
        async with app.run_test(size=SIZE) as pilot:
            screen = await analysed(pilot)
            await pilot.press("right_square_bracket", "1")
            assert [a.value for a in screen.session.annotations] == ["key"]
            assert app.is_running
    finally:
        folder.chmod(0o700)


@pytest.fixture
def unopenable_db(tmp_path: Path) -> Path:
    """Return a database path that cannot be created: its folder is a file."""
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    return blocker / "db.json"


async def test_a_database_that_fails_to_open_is_reported_and_the_app_works(
    sample: Article, unopenable_db: Path, runner: AnalysisRunner
) -> None:
    app = QuotemarkApp(sample, unopenable_db, runner=runner, native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert app.store is None
        assert any("memory" in str(n.message) for n in app._notifications)
        await pilot.press("right_square_bracket", "2")
        assert [a.value for a in screen.session.annotations] == ["claim"]


async def test_unsaved_edits_are_shown_and_quitting_asks_twice(
    sample: Article, unopenable_db: Path, runner: AnalysisRunner
) -> None:
    app = QuotemarkApp(sample, unopenable_db, runner=runner, native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        await pilot.press("right_square_bracket", "1")
        assert "NOT SAVED" in str(screen.query_one("#status").render())
        await pilot.press("q")
        assert app.is_running
        await pilot.press("q")
    assert app.return_code == 0


async def test_a_corrupt_database_is_moved_aside_and_a_fresh_one_used(
    sample: Article, tmp_path: Path, runner: AnalysisRunner
) -> None:
    from quotemark.store import Store

    db = tmp_path / "db.json"
    db.write_text('{"_meta": [1,2', encoding="utf-8")
    app = QuotemarkApp(sample, db, runner=runner, native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        assert app.store is not None
        assert any("corrupt" in str(n.message).lower() for n in app._notifications)
        await pilot.press("right_square_bracket", "1")
        assert "NOT SAVED" not in str(screen.query_one("#status").render())
    assert list(tmp_path.glob("db.json.corrupt-*"))
    assert [a.value for a in Store(db).annotations(sample.id)] == ["key"]


async def test_opening_another_article_with_unsaved_edits_asks_first(
    sample: Article, tmp_path: Path, runner: AnalysisRunner
) -> None:
    from quotemark.analysis.reader import read_text
    from quotemark.store import Store

    db = tmp_path / "db.json"
    other = read_text('"It is done," said Lena Park.\n', source="other.txt")
    Store(db).remember_article(other)
    app = QuotemarkApp(sample, db, runner=runner, native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        screen.session.annotator.unsaved = 1  # as after a save the disk refused
        await pilot.press("L")
        table = app.screen.query_one("#library-table")
        table.move_cursor(row=next(i for i in range(table.row_count) if "It is done" in str(table.get_row_at(i)[0])))
        await pilot.press("enter")
        assert screen.session.article.id == sample.id  # not yet: it warned
        assert any("not saved" in str(n.message) for n in app._notifications)
        await pilot.press("L")
        table = app.screen.query_one("#library-table")
        table.move_cursor(row=next(i for i in range(table.row_count) if "It is done" in str(table.get_row_at(i)[0])))
        await pilot.press("enter")
        assert screen.session.article.id == other.id
