"""The side panel: extracted facts in titled sections, one selectable row per fact."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


@dataclass(frozen=True)
class FactRow:
    """One fact: what to show, and the article span it points at (None for no span)."""

    key: str  # unique and stable across refreshes, e.g. "quote:3"
    label: Content
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class FactSection:
    """A titled group of rows; an empty section shows `empty` instead."""

    title: str
    rows: Sequence[FactRow] = field(default_factory=tuple)
    empty: str = "none found"


class FactsPanel(OptionList):
    """Sections of facts; enter or a click on a row posts FactsPanel.FactSelected."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="facts.down"),
        Binding("k", "cursor_up", "Up", show=False, id="facts.up"),
        Binding("g", "first", "First", show=False, id="facts.first"),
        Binding("G", "last", "Last", show=False, id="facts.last"),
    ]

    DEFAULT_CSS = """
    FactsPanel {
        height: 1fr;
    }
    FactsPanel > .option-list--option {
        padding: 0 1 0 2;
    }
    """

    class FactSelected(Message):
        """A fact row was chosen: the app moves the article to its span."""

        def __init__(self, panel: FactsPanel, row: FactRow) -> None:
            super().__init__()
            self.panel = panel
            self.row = row

        @property
        def control(self) -> FactsPanel:
            """Return the panel that posted the message."""
            return self.panel

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes, markup=False)
        self._rows: dict[str, FactRow] = {}

    def show(self, sections: Sequence[FactSection]) -> None:
        """Replace the panel's contents, keeping the highlighted row when it still exists."""
        current = self.highlighted_key
        options: list[Option | None] = []
        self._rows = {}
        for n, section in enumerate(sections):
            if n:
                options.append(None)  # a divider
            count = f" ({len(section.rows)})" if section.rows else ""
            title = Content.styled(f"{section.title.upper()}{count}", "bold $accent")
            options.append(Option(title, id=f"section:{section.title}", disabled=True))
            if not section.rows:
                options.append(Option(Content.styled(section.empty, "dim italic"), disabled=True))
            for row in section.rows:
                self._rows[row.key] = row
                options.append(Option(row.label, id=row.key))
        self.set_options(options)
        if current is not None and current in self._rows:
            self.highlight_key(current, scroll=False)

    @property
    def highlighted_key(self) -> str | None:
        """Return the key of the highlighted fact row, if any."""
        option = self.highlighted_option
        return option.id if option is not None and option.id in self._rows else None

    def row(self, key: str) -> FactRow | None:
        """Return the row with this key, if shown."""
        return self._rows.get(key)

    def highlight_key(self, key: str, *, scroll: bool = True) -> bool:
        """Return True after highlighting the row with `key`; False when it is not shown."""
        if key not in self._rows:
            return False
        self.highlighted = self.get_option_index(key)
        if scroll:
            self.scroll_to_highlight()
        return True

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self._rows.get(event.option_id or "")
        if row is not None:
            self.post_message(self.FactSelected(self, row))
