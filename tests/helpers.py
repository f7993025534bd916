"""Helpers shared by the pilot tests: the terminal size, waiting for the analysis, typing text, reading the panel."""

from __future__ import annotations

from textual.pilot import Pilot

from quotemark.tui.reader_screen import ReaderScreen
from quotemark.widgets.facts_panel import FactsPanel

SIZE = (140, 44)


async def settled(pilot: Pilot) -> ReaderScreen:
    """Return the reader once its analysis has finished or failed."""
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen)
    # The worker starts after the first frame, which may not have been drawn yet: wait for the
    # outcome, not merely for the workers that happen to exist now.
    for _ in range(600):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if screen.session.complete or screen.session.status_text.startswith("no highlights"):
            break
        await pilot.pause(0.05)
    return screen


async def analysed(pilot: Pilot) -> ReaderScreen:
    """Return the reader once the whole article is analysed."""
    screen = await settled(pilot)
    assert screen.session.analysis is not None and screen.session.complete
    return screen


def typed_keys(text: str) -> list[str]:
    """Return the key names that type `text`."""
    return ["space" if ch == " " else ch for ch in text]


def panel_text(screen: ReaderScreen) -> str:
    """Return every row of the facts panel, one per line."""
    panel = screen.query_one(FactsPanel)
    return "\n".join(str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count))
