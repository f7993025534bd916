"""At 80 columns the header's date, the status line and the hints fit: long forms shortened, least important parts dropped."""

from __future__ import annotations

from pathlib import Path

from helpers import analysed
from rich.cells import cell_len

from quotemark.analysis.model import Article
from quotemark.reading.fit import found_line, header_titles, unsaved_line, visual_line
from quotemark.reading.runner import AnalysisRunner
from quotemark.tui.app import QuotemarkApp


def test_found_line_drops_dates_and_numbers_before_cutting() -> None:
    assert found_line(3, 9, 2, 5, 200) == "3 quotes · 9 entities · 2 numbers · 5 dates"
    long = found_line(412, 2230, 1159, 380, 30)
    assert cell_len(long) <= 30 and long.startswith("412 quot")
    assert found_line(3, 9, 2, 5, 30) == "3 quotes · 9 entities"
    for width in range(8, 60):
        assert cell_len(found_line(412, 2230, 1159, 380, width)) <= width
        assert cell_len(unsaved_line(12, width)) <= width and cell_len(visual_line(width)) <= width


def test_header_keeps_the_date_and_drops_the_source_first() -> None:
    title = "North Korean leader Kim Jong Un threatened today (Thursday) to expand the nuclear arsenal"
    short, sub = header_titles(title, "2026-02-26", "samples/kcna-nuclear-2026-02-26.txt", 80)
    assert sub == "2026-02-26" and short.endswith("…") and cell_len(short) + len(" — ") + len(sub) <= 80 - 12
    full, sub = header_titles("Short title", "2026-02-26", "a.txt", 160)
    assert (full, sub) == ("Short title", "2026-02-26 · a.txt")


async def test_at_80x24_the_header_date_and_the_status_line_show(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    app = QuotemarkApp(sample, db_path, runner=runner, native_clipboard=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await analysed(pilot)
        await pilot.pause()
        assert screen.sub_title == "2026-02-26"
        status = str(screen.query_one("#status").render())
        # The sample's quotes are all sure; counts are dropped from the end to fit (review first: test_app_review).
        assert status.startswith("3 quotes") and "to review" not in status and "dat" not in status
        assert cell_len(status) <= screen.query_one("#status").content_region.width
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        await pilot.pause()
        assert "5 dat" in str(screen.query_one("#status").render()) and "kcna" in screen.sub_title
