"""The speakers across the library (S): every speaker with counts; enter lists their quotations; enter opens one.

m merges the highlighted speaker into another (m on the first, then m on the same person),
s splits the last name merged into the highlighted speaker, u undoes this screen's last merge
or split. Merges are saved in the store and count everywhere (index, `quotemark quotes`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from quotemark.analysis.sanitize import clean_line
from quotemark.store import StoreError
from quotemark.store.library import LibraryIndex
from quotemark.store.library_queries import QuotationRow, SpeakerRow
from quotemark.store.speaker_merges import SpeakerMerge
from quotemark.tui.library_jump import Jump

SPEAKER_HINT = "enter their quotations · m merge into… · s split · u undo · esc close"
FIRST_ROWS = 100  # speaker rows added before the first frame
CHUNK_ROWS = 500  # then this many per frame
QUOTES_HINT = "enter open at the quotation · esc back to the speakers"


@dataclass(frozen=True)
class MergeStep:
    """One merge or split done here, with what to restore to undo it."""

    done: SpeakerMerge
    merged: bool  # True: a merge; False: a split
    previous: SpeakerMerge | None = None  # the merge of the same alias that a merge replaced


class SpeakersScreen(ModalScreen[Jump | None]):
    """Lists the library's speakers, then one speaker's quotations; dismisses with where to open, or None."""

    BINDINGS = [
        Binding("escape,q", "back", "Back", id="speakers.back"),
        Binding("m", "merge", "Merge", id="speakers.merge"),
        Binding("s", "split", "Split", id="speakers.split"),
        Binding("u", "undo", "Undo", id="speakers.undo"),
    ]

    def __init__(self, library: LibraryIndex) -> None:
        super().__init__()
        self.library = library
        self.rows: list[SpeakerRow] = []
        self.quotations: list[QuotationRow] = []
        self.speaker: str | None = None  # whose quotations are listed (None: the speakers are)
        self.merging: str | None = None  # the speaker `m` was pressed on, waiting for the second `m`
        self.history: list[MergeStep] = []
        self._loads = 0  # how many times the speakers were listed (a chunk of an older listing is dropped)

    def compose(self) -> ComposeResult:
        with Vertical(id="speakers-dialog"):
            yield Label(Content.styled("Speakers across the library", "bold"), id="speakers-title")
            yield DataTable(id="speakers-table", cursor_type="row", zebra_stripes=True)
            yield DataTable(id="speaker-quotes", cursor_type="row", zebra_stripes=True)
            yield Label(Content.styled(SPEAKER_HINT, "$text-muted"), id="speakers-hint")

    def on_mount(self) -> None:
        self.query_one("#speakers-table", DataTable).add_columns(
            *(Text(c) for c in ("Speaker", "Quotes", "Articles", "Also named"))
        )
        self.query_one("#speaker-quotes", DataTable).add_columns(*(Text(c) for c in ("Date", "Article", "Quotation")))
        self.query_one("#speaker-quotes").display = False
        usable = self.library.usable()
        if usable:
            self.load_speakers()
        else:
            self.query_one("#speakers-title", Label).update(Content.styled("Building the library index…", "bold"))
        # Building it, or catching up with articles saved elsewhere, never happens on the UI thread.
        self._build(reload=not usable)

    @work(thread=True, exclusive=True, group="library-index")
    def _build(self, reload: bool) -> None:
        try:
            changed = self.library.ensure()
        except (StoreError, OSError) as exc:
            self.app.call_from_thread(self.app.notify, clean_line(str(exc)), severity="error", markup=False)
            changed = 0
        if reload or changed:
            self.app.call_from_thread(self._reload)

    def _reload(self) -> None:
        """List the speakers again once the index is built or caught up (unless a speaker's quotations are shown)."""
        if self.speaker is None:
            row = self.highlighted()
            self.load_speakers(keep=row.name if row is not None else None)

    # ------------------------------------------------------------------ the two lists

    def load_speakers(self, keep: str | None = None) -> None:
        """Fill the speakers list from the index (the cursor on `keep` when it is listed)."""
        try:
            self.rows = self.library.speakers()
        except StoreError as exc:
            self.app.notify(clean_line(str(exc)), severity="error", markup=False)
            self.rows = []
        for message in self.library.messages:
            self.app.notify(clean_line(message), severity="warning", markup=False, timeout=10)
        self.library.messages.clear()
        table = self.query_one("#speakers-table", DataTable)
        table.clear()
        at = next((i for i, r in enumerate(self.rows) if r.name == keep), 0) if keep is not None else 0
        # The first screenful at once, the rest after the first frame: thousands of speakers
        # must not delay the first rows.
        self._loads += 1
        self._fill(self._loads, 0, max(FIRST_ROWS, at + 1))
        table.move_cursor(row=at)
        self._title()
        table.focus()

    def _fill(self, load: int, start: int, stop: int) -> None:
        """Add speaker rows [start, stop) of load number `load` to the table, then the rest in chunks after each refresh."""
        if load != self._loads:
            return  # the list was reloaded meanwhile; that load fills its own rows
        table = self.query_one("#speakers-table", DataTable)
        for row in self.rows[start:stop]:
            table.add_row(
                Text(clean_line(row.name)[:60]),
                Text(str(row.quotes)),
                Text(str(row.articles)),
                Text(clean_line(", ".join(row.aliases))[:60]),
                key=row.name,
            )
        if stop < len(self.rows):
            self.call_after_refresh(self._fill, load, stop, stop + CHUNK_ROWS)

    def show_quotations(self, speaker: str) -> None:
        """List the quotations of `speaker`, oldest article first."""
        try:
            quotations = self.library.quotations(speaker=speaker)
        except StoreError as exc:  # the index went missing or bad since the list was drawn
            self.app.notify(clean_line(str(exc)), severity="error", markup=False)
            return
        self.speaker = speaker
        self.quotations = quotations
        table = self.query_one("#speaker-quotes", DataTable)
        table.clear()
        for n, q in enumerate(self.quotations):
            table.add_row(
                Text(q.date or "—"),
                Text(clean_line(q.title or "(untitled)")[:40]),
                Text(clean_line(" ".join(q.text.split()))[:120]),
                key=str(n),
            )
        self.query_one("#speakers-table").display = False
        table.display = True
        table.focus()
        self._title()

    def _title(self) -> None:
        if self.speaker is not None:
            n = len(self.quotations)
            text, hint = f"{self.speaker}: {n} quotation{'' if n == 1 else 's'}", QUOTES_HINT
        elif self.merging is not None:
            text = f"Merge “{self.merging}” into…"
            hint = "move to the same person and press m · esc cancel"
        else:
            text, hint = f"Speakers across the library: {len(self.rows)}", SPEAKER_HINT
        self.query_one("#speakers-title", Label).update(Content.styled(clean_line(text), "bold"))
        self.query_one("#speakers-hint", Label).update(Content.styled(hint, "$text-muted"))

    def highlighted(self) -> SpeakerRow | None:
        """Return the speaker under the cursor (None when the list is empty)."""
        table = self.query_one("#speakers-table", DataTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(DataTable.RowSelected, "#speakers-table")
    def _speaker_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.highlighted()
        if row is not None and self.merging is None:
            self.show_quotations(row.name)

    @on(DataTable.RowSelected, "#speaker-quotes")
    def _quotation_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        n = self.query_one("#speaker-quotes", DataTable).cursor_row
        if 0 <= n < len(self.quotations):
            q = self.quotations[n]
            self.dismiss(Jump(q.article_id, q.start, q.end))

    def action_back(self) -> None:
        """Go back from a speaker's quotations to the speakers, cancel a merge, or close."""
        if self.speaker is not None:
            speaker, self.speaker = self.speaker, None
            self.query_one("#speaker-quotes").display = False
            self.query_one("#speakers-table").display = True
            self.load_speakers(keep=speaker)
        elif self.merging is not None:
            self.merging = None
            self._title()
        else:
            self.dismiss(None)

    # ------------------------------------------------------------------ merge, split, undo

    def action_merge(self) -> None:
        """First m: mark the highlighted speaker; second m (on another): merge the marked one into it."""
        row = self.highlighted()
        if self.speaker is not None or row is None:
            return
        if self.merging is None or self.merging == row.name:
            self.merging = None if self.merging == row.name else row.name
            self._title()
            return
        alias, self.merging = self.merging, None
        previous = next((m for m in self.library.merges() if m.alias == alias), None)
        if self._saved(lambda: self.library.merge(alias, row.name), merged=True, previous=previous):
            self.app.notify(clean_line(f"Merged “{alias}” into “{row.name}” (s splits, u undoes)"), markup=False)
        self.load_speakers(keep=row.name)

    def action_split(self) -> None:
        """Split the name merged last into the highlighted speaker back out of it."""
        row = self.highlighted()
        if self.speaker is not None or row is None:
            return
        merged = [m for m in self.library.merges() if m.alias in row.aliases]
        if not merged:
            self.app.notify(clean_line(f"Nothing is merged into “{row.name}”"), markup=False, timeout=4)
            return
        alias = merged[-1].alias
        if self._saved(lambda: self.library.split(alias), merged=False):
            self.app.notify(clean_line(f"Split “{alias}” from “{row.name}” (u undoes)"), markup=False)
        self.load_speakers(keep=row.name)

    def action_undo(self) -> None:
        """Undo the last merge or split made on this screen (in the store too)."""
        if self.speaker is not None:
            return
        if not self.history:
            self.app.notify("Nothing to undo", timeout=3)
            return
        step = self.history.pop()
        try:
            if not step.merged:
                self.library.merge(step.done.alias, step.done.canonical)
            elif step.previous is not None:
                self.library.merge(step.previous.alias, step.previous.canonical)
            else:
                self.library.split(step.done.alias)
        except StoreError as exc:
            self.app.notify(clean_line(str(exc)), severity="error", markup=False)
            return
        what = "merge" if step.merged else "split"
        self.app.notify(clean_line(f"Undid the {what} of “{step.done.alias}”"), markup=False)
        self.load_speakers(keep=step.done.canonical)

    def _saved(
        self, change: Callable[[], SpeakerMerge | None], merged: bool, previous: SpeakerMerge | None = None
    ) -> bool:
        """Return True once `change` (a merge or split) is saved and remembered for undo; errors are said."""
        try:
            done = change()
        except StoreError as exc:
            self.app.notify(clean_line(str(exc)), severity="error", markup=False)
            return False
        if done is not None:
            self.history.append(MergeStep(done, merged, previous))
        return done is not None
