"""A one-line search box under the article: enter searches, escape closes."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """Posts SearchBar.Search on enter and SearchBar.Closed on escape; hidden until opened."""

    BINDINGS = [Binding("escape", "close", "Close search", id="search.close")]

    DEFAULT_CSS = """
    SearchBar {
        display: none;
    }
    SearchBar.-open {
        display: block;
    }
    """

    class Search(Message):
        """The user asked to find `query`."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Closed(Message):
        """The search box was closed without searching."""

    def open(self, query: str = "") -> None:
        """Show the box, holding `query`, and focus it."""
        self.value = query
        self.add_class("-open")
        self.focus()

    def close(self) -> None:
        """Hide the box."""
        self.remove_class("-open")

    def _on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close()
        self.post_message(self.Search(event.value))

    def action_close(self) -> None:
        """Hide the box without searching."""
        self.close()
        self.post_message(self.Closed())
