"""Search everywhere (F): every saved article's text, quotations, notes and tags; enter opens the article at the match."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Label
from textual.worker import get_current_worker

from quotemark.analysis.sanitize import clean_line
from quotemark.store import StoreError
from quotemark.store.library import LibraryIndex
from quotemark.store.library_queries import SearchHit
from quotemark.tui.library_jump import Jump

HINT = "type to search · ↓ / enter to the results · enter open at the match · esc close"


class LibrarySearchScreen(ModalScreen[Jump | None]):
    """A search box over the library and its matches, each line in context; dismisses with where to open, or None."""

    BINDINGS = [
        Binding("escape", "close", "Close", id="library_search.close"),
        Binding("down", "results", "Results", show=False, id="library_search.results"),
    ]

    def __init__(self, library: LibraryIndex, query: str = "") -> None:
        super().__init__()
        self.library = library
        self.query_text = query
        self.hits: list[SearchHit] = []
        self.building = not library.usable()

    def compose(self) -> ComposeResult:
        with Vertical(id="library-search-dialog"):
            yield Label(Content.styled("Search the library", "bold"), id="library-search-title")
            yield Input(self.query_text, placeholder="words to find in every saved article", id="library-search-input")
            yield DataTable(id="library-search-results", cursor_type="row", zebra_stripes=True)
            yield Label(Content.styled(HINT, "$text-muted"))

    def on_mount(self) -> None:
        self.query_one(DataTable).add_columns(*(Text(c) for c in ("In", "Date", "Article", "Match")))
        self.query_one(Input).focus()
        if self.building:
            self.query_one("#library-search-title", Label).update(Content.styled("Building the library index…", "bold"))
        elif self.query_text:
            self.search(self.query_text)
        # Building it, or catching up with articles saved elsewhere, never happens on the UI thread.
        self._build()

    @work(thread=True, exclusive=True, group="library-index")
    def _build(self) -> None:
        try:
            changed = self.library.ensure()
        except (StoreError, OSError) as exc:
            self.app.call_from_thread(self.app.notify, clean_line(str(exc)), severity="error", markup=False)
            changed = 0
        if self.building or changed:
            self.app.call_from_thread(self._built)

    def _built(self) -> None:
        self.building = False
        self.search(self.query_one(Input).value)

    def search(self, query: str) -> None:
        """Start looking up the matches of `query` (nothing for no words); the table fills when they arrive."""
        self.query_text = query
        if self.building:
            return  # searched once the index is built
        if not query.strip():
            self._show(query, [], [])
            return
        # A long pasted query takes a while in SQLite: never on the UI thread, and only the newest counts.
        self._look_up(query)

    @work(thread=True, exclusive=True, group="library-search")
    def _look_up(self, query: str) -> None:
        errors: list[str] = []
        try:
            hits = self.library.search(query)
        except StoreError as exc:
            errors.append(str(exc))
            hits = []
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, query, hits, errors)

    def _show(self, query: str, hits: list[SearchHit], errors: list[str]) -> None:
        if query != self.query_text:
            return  # an answer to what the reader typed before
        for error in errors:
            self.app.notify(clean_line(error), severity="error", markup=False)
        self.hits = hits
        for message in self.library.messages:
            self.app.notify(clean_line(message), severity="warning", markup=False, timeout=10)
        self.library.messages.clear()
        table = self.query_one(DataTable)
        table.clear()
        for n, hit in enumerate(self.hits):
            table.add_row(
                Text(hit.kind.value),
                Text(hit.date or "—"),
                Text(clean_line(hit.title or "(untitled)")[:40]),
                Text(clean_line(hit.context)),
                key=str(n),
            )
        count = len(self.hits)
        title = (
            f"Search the library: {count} match{'' if count == 1 else 'es'}" if query.strip() else "Search the library"
        )
        self.query_one("#library-search-title", Label).update(Content.styled(title, "bold"))

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        self.search(event.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_results()

    def action_results(self) -> None:
        """Move from the search box to the results."""
        if self.hits:
            self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        n = self.query_one(DataTable).cursor_row
        if 0 <= n < len(self.hits):
            hit = self.hits[n]
            self.dismiss(Jump(hit.article_id, hit.start, hit.end))

    def action_close(self) -> None:
        """Close the search."""
        self.dismiss(None)
