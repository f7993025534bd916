"""A modal editor for one note: ctrl+s saves, escape cancels (a typed draft can be kept), ctrl+n saves and starts another."""

from __future__ import annotations

from collections.abc import Callable

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
        Binding("ctrl+n", "save_new", "Save, then a new note", id="note.save_new"),
    ]

    def __init__(
        self,
        anchor: str,
        text: str = "",
        *,
        on_new: Callable[[str], None] | None = None,
        on_draft: Callable[[str], None] | None = None,
        original: str | None = None,
    ) -> None:
        """`on_new` (editing an existing note) saves and starts another note; `on_draft` keeps changed text on esc."""
        super().__init__()
        self._anchor = anchor
        self._text = text
        self._original = text if original is None else original
        self._on_new = on_new
        self._on_draft = on_draft

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Label(Content.styled("Note on ", "bold").append(Content(self._anchor)), id="note-anchor")
            yield TextArea(self._text, id="note-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(id="note-buttons"):
                hint = "ctrl+s save" + (" · ctrl+n save, then a new note" if self._on_new else "")
                hint += " · esc keeps a draft" if self._on_draft else " · esc cancel"
                yield Label(Content(hint), id="note-hint")
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

    def action_save_new(self) -> None:
        """Close the editor handing its text to `on_new` (which saves it and opens an empty editor for another note)."""
        text = self.query_one(TextArea).text.strip()
        if self._on_new is None:
            self.action_save()
            return
        self.dismiss(None)
        self._on_new(text)

    def action_cancel(self) -> None:
        """Close the editor without saving; changed, non-blank text is kept as a draft when the caller keeps drafts."""
        text = self.query_one(TextArea).text
        self.dismiss(None)
        if self._on_draft is not None and text.strip() and text != self._original:
            self._on_draft(text)
