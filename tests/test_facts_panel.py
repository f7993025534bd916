"""The facts panel: sections and rows as given, selection posts a message, unchanged rows are reused."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content

from quotemark.widgets.facts_panel import FactRow, FactSection, FactsPanel


class PanelApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.selected: list[FactRow] = []

    def compose(self) -> ComposeResult:
        yield FactsPanel(id="facts")

    def on_facts_panel_fact_selected(self, event: FactsPanel.FactSelected) -> None:
        self.selected.append(event.row)


def _sections(n: int, changed: int | None = None) -> list[FactSection]:
    rows = [
        FactRow(f"quote:{i}", Content(f"row {i}" + (" ⟨key⟩" if i == changed else "")), i * 10, i * 10 + 5)
        for i in range(n)
    ]
    return [FactSection("Quotes", rows), FactSection("Dates", [], "none found")]


async def test_rows_and_selection() -> None:
    app = PanelApp()
    async with app.run_test(size=(40, 20)) as pilot:
        panel = app.query_one(FactsPanel)
        panel.show(_sections(3))
        panel.focus()
        texts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert texts[0] == "QUOTES (3)" and "row 2" in texts and "none found" in texts
        assert panel.highlight_key("quote:1")
        await pilot.press("enter")
        assert [(r.key, r.start, r.end) for r in app.selected] == [("quote:1", 10, 15)]
        assert not panel.highlight_key("quote:99")


async def test_unchanged_rows_keep_their_options_and_the_highlight() -> None:
    app = PanelApp()
    async with app.run_test(size=(40, 20)) as pilot:
        panel = app.query_one(FactsPanel)
        panel.show(_sections(500))
        await pilot.pause()
        before = {panel.get_option_at_index(i).id: panel.get_option_at_index(i) for i in range(panel.option_count)}
        panel.highlight_key("quote:7")
        panel.show(_sections(500, changed=3))
        await pilot.pause()
        after = {panel.get_option_at_index(i).id: panel.get_option_at_index(i) for i in range(panel.option_count)}
        assert after["quote:5"] is before["quote:5"]
        assert after["quote:3"] is not before["quote:3"]
        assert "⟨key⟩" in str(after["quote:3"].prompt)
        assert panel.highlighted_key == "quote:7"
