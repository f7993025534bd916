"""The `?` screen: every key binding, grouped, from the same registry the bindings come from."""

from __future__ import annotations

from itertools import groupby

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from quotemark.tui.commands import READER_COMMANDS, Command

ARTICLE_KEYS: tuple[tuple[str, str], ...] = (
    ("j / k, ↓ / ↑", "Scroll the article a line"),
    ("space / b", "Page down / up"),
    ("g / G", "Top / bottom"),
    ("enter", "In the facts panel: jump to the row's place in the article"),
    ("ctrl+p", "Command palette: find any action by name"),
)


class HelpScreen(ModalScreen[None]):
    """Lists every binding; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static(self._render_help(), id="help-text")

    def _render_help(self) -> Content:
        lines: list[Content] = [Content.styled("quotemark: keys", "bold $accent"), Content("")]
        for group, commands in groupby(READER_COMMANDS, key=lambda c: c.group):
            lines.append(Content.styled(group, "bold"))
            for command in commands:
                key = self._key_for(command)
                lines.append(Content.assemble((f"  {key:<14}", "bold $secondary"), command.help))
            lines.append(Content(""))
        tags = getattr(getattr(self.app, "config", None), "tags", ())
        if tags:
            names = " · ".join(f"{n} {t}" for n, t in enumerate(tags, 1))
            lines.extend([Content.styled("Tags", "bold"), Content(f"  {names}"), Content("")])
        lines.append(Content.styled("Article and panel", "bold"))
        for keys, text in ARTICLE_KEYS:
            lines.append(Content.assemble((f"  {keys:<14}", "bold $secondary"), text))
        return Content("\n").join(lines)

    def _key_for(self, command: Command) -> str:
        # A key the user remapped through the keymap is shown under its new name.
        keys = getattr(self.app, "_keymap", {}).get(command.id) or command.keys
        first = keys.split(",")[0].strip()
        return self.app.get_key_display(Binding(first, command.action))

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)
