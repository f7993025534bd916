"""The reader screen's late chrome: search bar, status line, facts panel and footer, mounted after the text's first frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.screen import Screen
from textual.widgets import Label

if TYPE_CHECKING:
    from quotemark.widgets.facts_panel import FactsPanel


class ReaderChrome:
    """Mounts the reader's chrome once, on demand: every widget mounted before the first frame delays the text."""

    def __init__(self, screen: Screen[None]) -> None:
        self._screen = screen
        self.mounted = False

    def mount(self) -> bool:
        """Return True once the chrome is mounted (mounting it the first time), False if the screen is going away."""
        if self.mounted:
            return True
        main = self._screen.query_one("#main")
        if not main.is_attached:  # the app quit before its first frame
            return False
        from quotemark.widgets.facts_panel import FactsPanel
        from quotemark.widgets.late_footer import LateFooter
        from quotemark.widgets.search_bar import SearchBar

        self.mounted = True
        main.mount(SearchBar(placeholder="search the article (enter: find, esc: close)", id="search"))
        self._screen.query_one("#side").mount(Label(Content("analysing…"), id="status"), FactsPanel(id="facts"))
        self._screen.mount(LateFooter())
        return True

    @property
    def panel(self) -> FactsPanel:
        """Return the facts panel (mounted first if a key arrives before the first frame)."""
        from quotemark.widgets.facts_panel import FactsPanel

        self.mount()
        return self._screen.query_one(FactsPanel)
