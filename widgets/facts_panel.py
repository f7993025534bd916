"""The side panel: extracted facts in titled sections, one selectable row per fact."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from textual.binding import Binding
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quotemark.widgets.fact_rows import FactRow, FactSection

__all__ = ["FactRow", "FactSection", "FactsPanel"]


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
        self._shown: dict[str, Option] = {}  # the Option drawn for each key, reused while its label holds
        self._option_heights: dict[tuple[int, int], int] = {}  # (id of Option, width) -> lines it wraps to

    def show(self, sections: Sequence[FactSection]) -> None:
        """Replace the panel's contents, keeping the highlighted row when it still exists."""
        current = self.highlighted_key
        options: list[Option | None] = []
        self._rows = {}
        shown: dict[str, Option] = {}
        for n, section in enumerate(sections):
            if n:
                options.append(None)  # a divider
            count = f" ({len(section.rows)})" if section.rows else ""
            title = Content.styled(f"{section.title.upper()}{count}", "bold $accent")
            options.append(self._option(shown, f"section:{section.title}", title, disabled=True))
            if not section.rows:
                options.append(
                    self._option(
                        shown, f"empty:{section.title}", Content.styled(section.empty, "dim italic"), disabled=True
                    )
                )
            for row in section.rows:
                self._rows[row.key] = row
                options.append(self._option(shown, row.key, row.label))
        live = {id(o) for o in shown.values()}
        self._option_heights = {k: v for k, v in self._option_heights.items() if k[0] in live}
        self._shown = shown
        self.set_options(options)
        if current is not None and current in self._rows:
            self.highlight_key(current, scroll=False)

    def _option(self, shown: dict[str, Option], key: str, label: Content, disabled: bool = False) -> Option:
        """Return the Option already drawn for `key` when its label is unchanged, else a new one."""
        old = self._shown.get(key)
        option = (
            old
            if old is not None
            and old.disabled == disabled
            and isinstance(old.prompt, Content)
            and label.is_same(old.prompt)
            else None
        )
        if option is None:
            option = Option(label, id=None if key.startswith(("section:", "empty:")) else key, disabled=disabled)
        option._divider = False  # set again by add_options when a divider follows it now
        shown[key] = option
        return option

    def _update_lines(self) -> None:
        # OptionList re-wraps every option to learn its height whenever anything changes, which
        # costs ~0.8 s for 6,000 facts; the heights of unchanged options are remembered instead.
        # (Mirrors OptionList._update_lines of Textual 8.2, which pins the version range.)
        if not self.scrollable_content_region:
            return
        line_cache = self._line_cache
        lines = line_cache.lines
        next_index = lines[-1][0] + 1 if lines else 0
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        if next_index < len(self.options):
            padding = self.get_component_styles("option-list--option").padding
            inner = width - padding.width
            for index, option in enumerate(self.options[next_index:], next_index):
                line_cache.index_to_line[index] = len(lines)
                key = (id(option), inner)
                height = self._option_heights.get(key)
                if height is None:
                    rules = cast(RulesMap, self.styles)  # as OptionList.get_content_height does
                    height = self._option_heights[key] = self._get_visual(option).get_height(rules, inner)
                line_count = height + option._divider
                line_cache.heights[index] = line_count
                lines.extend((index, line_no) for line_no in range(line_count))
        last_divider = self.options and self.options[-1]._divider
        virtual_size = Size(width, len(lines) - (1 if last_divider else 0))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)

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
