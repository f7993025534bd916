"""The library (L): every saved article with its counts; enter opens one, even if its file is gone."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from quotemark.analysis.sanitize import clean_line
from quotemark.store import ArticleEntry

COLUMNS = ("Title", "Date", "Notes", "Tags", "Fixes", "Last opened", "Source")


class LibraryScreen(ModalScreen[str | None]):
    """Lists saved articles; dismisses with the chosen article id, or None."""

    BINDINGS = [
        Binding("escape,q,L", "close", "Close", id="library.close"),
        Binding("enter", "open", "Open", id="library.open", priority=True),
    ]

    def __init__(self, entries: Sequence[ArticleEntry], current_id: str | None = None) -> None:
        super().__init__()
        self._entries = list(entries)
        self._current = current_id

    def compose(self) -> ComposeResult:
        with Vertical(id="library-dialog"):
            count = len(self._entries)
            yield Label(
                Content.styled(f"Library: {count} saved article{'' if count == 1 else 's'}", "bold"), id="library-title"
            )
            yield DataTable(id="library-table", cursor_type="row", zebra_stripes=True)
            yield Label(Content.styled("enter open · esc close", "$text-muted"))

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # rich Text, not Content: DataTable measures Content cells as one column wide (Textual 8.2).
        table.add_columns(*(Text(c) for c in COLUMNS))
        for entry in self._entries:
            mark = "▸ " if entry.id == self._current else ""
            table.add_row(
                Text(mark + clean_line(entry.title or "(untitled)")[:60]),
                Text(entry.date or "—"),
                Text(str(entry.notes)),
                Text(str(entry.tags)),
                Text(str(entry.corrections)),
                Text((entry.last_opened or "")[:16].replace("T", " ")),
                Text(clean_line(entry.source or "")[-40:]),
                key=entry.id,
            )
        table.focus()

    def action_open(self) -> None:
        """Open the highlighted article."""
        table = self.query_one(DataTable)
        if not self._entries:
            self.dismiss(None)
            return
        row_key, _col = table.coordinate_to_cell_key(table.cursor_coordinate)
        self.dismiss(row_key.value)

    def action_close(self) -> None:
        """Close the library."""
        self.dismiss(None)
