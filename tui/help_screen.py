"""The `?` screen: every key binding, grouped, from the same registry the bindings come from."""

from __future__ import annotations

import textwrap
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
    (
        "mouse",
        "Click a highlight: the cursor goes there. Drag over the text: select it, in whole words "
        "(past the top or bottom it scrolls); then a, t, 1-9, c, y or esc, as after v",
    ),
    ("ctrl+p", "Command palette: find any action by name"),
)


KEY_WIDTH = 16
TEXT_WIDTH = 64


def _entry(key: str, text: str) -> list[Content]:
    """Return a help entry's lines: the key, then its text wrapped under itself."""
    wrapped = textwrap.wrap(text, TEXT_WIDTH) or [""]
    first = Content.assemble((f"  {key:<{KEY_WIDTH - 2}}", "bold $secondary"), wrapped[0])
    return [first] + [Content(" " * KEY_WIDTH + more) for more in wrapped[1:]]


class HelpScreen(ModalScreen[None]):
    """Lists every binding; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Static(self._render_help(), id="help-text")

    def _render_help(self) -> Content:
        lines: list[Content] = [Content.styled("quotemark: keys", "bold $accent"), Content("")]
        tags: tuple[str, ...] = getattr(getattr(self.app, "config", None), "tags", ())
        for group, commands in groupby(READER_COMMANDS, key=lambda c: c.group):
            lines.append(Content.styled(group, "bold"))
            for command in commands:
                text = command.help
                if command.id.startswith("quotemark.tag_") and command.keys.isdigit():
                    n = int(command.keys)
                    if n > len(tags):
                        continue  # no tag configured on this key
                    text = f"Toggle the tag “{tags[n - 1]}” on the current quote or selection"
                lines.extend(_entry(self._key_for(command), text))
            lines.append(Content(""))
        lines.append(Content.styled("Article and panel", "bold"))
        for keys, text in ARTICLE_KEYS:
            lines.extend(_entry(keys, text))
        return Content("\n").join(lines)

    def _key_for(self, command: Command) -> str:
        # A key the user remapped through the keymap is shown under its new name.
        keys = getattr(self.app, "_keymap", {}).get(command.id) or command.keys
        first = keys.split(",")[0].strip()
        return self.app.get_key_display(Binding(first, command.action))

    def action_scroll(self, lines: int) -> None:
        """Scroll the help text."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)
