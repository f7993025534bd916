"""A modal editor for one note: ctrl+s saves, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea


class NoteScreen(ModalScreen[str | None]):
    """Edit a note's text; dismisses with the text, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, anchor: str, text: str = "") -> None:
        super().__init__()
        self._anchor = anchor
        self._text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Label(Content.styled("Note on ", "bold").append(Content(self._anchor)), id="note-anchor")
            yield TextArea(self._text, id="note-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(id="note-buttons"):
                yield Label(Content("ctrl+s save · esc cancel"), id="note-hint")
                yield Button(Content("Save"), id="note-save", variant="primary")
                yield Button(Content("Cancel"), id="note-cancel")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)  # editing an existing note goes on where it ends
        area.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "note-save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Close the editor with the note text (None when it is blank)."""
        text = self.query_one(TextArea).text.strip()
        self.dismiss(text or None)

    def action_cancel(self) -> None:
        """Close the editor without saving."""
        self.dismiss(None)
