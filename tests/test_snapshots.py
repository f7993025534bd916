"""The reader screen held by SVG snapshots at 80×24 and 160×45: highlights, badges, the cursor and the panel.

Update after an intended change of the layout with `pytest tests/test_snapshots.py --snapshot-update`
and look at the new files under tests/__snapshots__/ before committing them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import analysed
from textual.pilot import Pilot

from quotemark.analysis.model import Article
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Annotation, Store
from quotemark.tui.app import QuotemarkApp

pytest.importorskip("pytest_textual_snapshot")


def _prepared(sample: Article, db_path: Path, runner: AnalysisRunner) -> QuotemarkApp:
    """Return the app on the sample with a tag and a note saved beforehand (so no notification is on screen)."""
    store = Store(db_path)
    store.remember_article(sample)
    start = sample.text.index("We will focus")
    end = sample.text.index("stance.") + len("stance.")
    store.add(Annotation.tag(sample, start, end, "claim"))
    at = sample.text.index("about 50 nuclear warheads")
    store.add(Annotation.note(sample, at, at + 25, "SIPRI yearbook"))
    store.close()
    return QuotemarkApp(sample, db_path, runner=runner, native_clipboard=False)


async def _first_quote(pilot: Pilot[Any]) -> None:
    await analysed(pilot)
    await pilot.press("right_square_bracket")
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
def test_reader_screen_snapshot(
    snap_compare: Any, sample: Article, db_path: Path, runner: AnalysisRunner, size: tuple[int, int]
) -> None:
    assert snap_compare(_prepared(sample, db_path, runner), terminal_size=size, run_before=_first_quote)


def test_tag_picker_snapshot_at_80x24(
    snap_compare: Any, sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    async def picker(pilot: Pilot[Any]) -> None:
        await _first_quote(pilot)
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(_prepared(sample, db_path, runner), terminal_size=(80, 24), run_before=picker)
