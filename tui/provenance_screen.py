"""Provenance (p): the other saved articles that carry the current quotation; enter opens one at the quotation."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from quotemark.analysis.provenance import Occurrence
from quotemark.analysis.sanitize import clean_line
from quotemark.reading.fit import plural
from quotemark.reading.marks import excerpt
from quotemark.reading.provenance import source_name
from quotemark.tui.library_jump import Jump

COLUMNS = ("Date", "Source", "Article", "The quotation there")


class ProvenanceScreen(ModalScreen[Jump | None]):
    """Lists the articles carrying one quotation, oldest first; dismisses with where to open, or None."""

    BINDINGS = [
        Binding("escape,q,p", "close", "Close", id="provenance.close"),
        Binding("enter", "open", "Open", id="provenance.open", priority=True),
    ]

    def __init__(self, quote_text: str, occurrences: Sequence[Occurrence]) -> None:
        super().__init__()
        self.quote_text = quote_text
        self.occurrences = list(occurrences)

    def compose(self) -> ComposeResult:
        with Vertical(id="provenance-dialog"):
            title = f"Also in {plural(len(self.occurrences), 'article')}: “{excerpt(self.quote_text, 70)}”"
            # Content.styled keeps the quotation as text: brackets in an article are never markup.
            yield Label(Content.styled(title, "bold"), id="provenance-title")
            yield DataTable(id="provenance-table", cursor_type="row", zebra_stripes=True)
            yield Label(Content.styled("enter open the article at the quotation · esc close", "$text-muted"))

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # rich Text, not Content: DataTable measures Content cells as one column wide (Textual 8.2).
        table.add_columns(*(Text(c) for c in COLUMNS))
        for n, occ in enumerate(self.occurrences):
            table.add_row(
                Text(occ.date or "—"),
                Text(source_name(occ.source) or "—"),
                Text(excerpt(clean_line(occ.title or "(untitled)"), 50)),
                Text(excerpt(clean_line(occ.text), 90)),
                key=str(n),
            )
        table.focus()

    def action_open(self) -> None:
        """Open the highlighted article at the quotation."""
        table = self.query_one(DataTable)
        n = table.cursor_row
        if 0 <= n < len(self.occurrences):
            occ = self.occurrences[n]
            self.dismiss(Jump(occ.article_id, occ.start, occ.end))

    def action_close(self) -> None:
        """Close the list."""
        self.dismiss(None)
