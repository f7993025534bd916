"""A file far beyond an article (issue 18): the reader stays responsive, quits at once, and says
what it left unanalysed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from helpers import SIZE, analysed, panel_text

from quotemark.analysis import pieces
from quotemark.analysis.reader import read_text
from quotemark.reading.runner import AnalysisRunner, analysis_abandoned
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.reader_screen import ReaderScreen
from quotemark.widgets.article_view import ArticleView

PARA = 'Ana Costa spoke in Lisbon on Monday. "We will rebuild the port," she said.'


async def test_a_limited_analysis_says_so_in_the_panel_and_the_status_line(
    db_path: Path, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pieces, "MAX_TOKENS", 300)
    article = read_text("\n\n".join([PARA] * 80) + "\n", source="huge.txt")
    app = QuotemarkApp(article, db_path, runner=runner, native_clipboard=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await analysed(pilot)
        [limit] = screen.session.analysis.limits
        assert "only the first" in panel_text(screen)
        assert "analysed in part" in str(screen.query_one("#status").render())
        assert all(q.end <= limit.start for q in screen.session.analysis.quotes)


async def test_keys_are_answered_and_q_quits_at_once_while_a_long_analysis_runs(db_path: Path) -> None:
    release = threading.Event()
    started = threading.Event()

    def endless_loader():  # noqa: ANN202 - an analysis that is still busy when the reader quits
        started.set()
        release.wait(60)
        raise RuntimeError("released")

    article = read_text("\n\n".join([PARA] * 400) + "\n", source="huge.txt")
    app = QuotemarkApp(article, db_path, runner=AnalysisRunner(loader=endless_loader), native_clipboard=False)
    try:
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(100):
                await pilot.pause(0.05)
                if started.is_set():
                    break
            screen = app.screen
            assert isinstance(screen, ReaderScreen) and started.is_set() and not screen.session.complete
            view = screen.query_one(ArticleView)
            await pilot.press("G")
            assert view.scroll_y > 0  # keys are answered while the analysis runs
            await pilot.press("q")
            await pilot.pause()
        assert app.return_code == 0 and not screen.session.complete
        assert analysis_abandoned()  # the analysis was left running: quitting did not wait for it
    finally:
        release.set()
    for thread in threading.enumerate():
        if thread.name == "quotemark-analysis":
            thread.join(10)
    assert not analysis_abandoned()
