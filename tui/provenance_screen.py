"""Provenance (p): the other saved articles that carry the current quotation; enter opens one at the quotation."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from quotemark.analysis.provenance import Occurrence
from quotemark.analysis.sanitize import clean_line
from quotemark.reading.fit import plural
from quotemark.reading.marks import excerpt
from quotemark.reading.provenance import source_name
from quotemark.tui.library_jump import Jump


def occurrence_label(occ: Occurrence) -> Content:
    """Return one article's entry: date · source · title, then the quotation as it stands there (all as text)."""
    head = Content.assemble(
        (occ.date or "undated", "bold"),
        " · ",
        source_name(occ.source) or "—",
        " · ",
        (excerpt(clean_line(occ.title or "(untitled)"), 60), "italic"),
    )
    return Content.assemble(head, "\n", (f"“{clean_line(occ.text)}”", "$text-muted"))


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
            yield OptionList(
                *(Option(occurrence_label(o), id=str(n)) for n, o in enumerate(self.occurrences)),
                id="provenance-list",
                markup=False,
            )
            yield Label(Content.styled("enter open the article at the quotation · esc close", "$text-muted"))

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0
        self.query_one(OptionList).focus()

    def action_open(self) -> None:
        """Open the highlighted article at the quotation."""
        n = self.query_one(OptionList).highlighted
        if n is not None and 0 <= n < len(self.occurrences):
            occ = self.occurrences[n]
            self.dismiss(Jump(occ.article_id, occ.start, occ.end))

    def action_close(self) -> None:
        """Close the list."""
        self.dismiss(None)
