"""Opening the note editor so that no typed word is lost: drafts kept on esc, an existing note edited, not doubled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.store import Annotation
from quotemark.tui import view_model as vm

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen

Span = tuple[int, int]
DraftKey = tuple[Span | None, str | None]  # (span, id of the note being edited; None for a new note)


def notes_on(annotations: list[Annotation], span: Span | None) -> list[Annotation]:
    """Return the notes on exactly `span`, oldest first (None: the article's own notes)."""
    start, end = span if span is not None else (None, None)
    found = [a for a in annotations if a.motivation == "commenting" and a.same_span(start, end)]
    return sorted(found, key=lambda a: a.created)


def note_for_key(screen: ReaderScreen, span: Span | None) -> Annotation | None:
    """Return the note `a` opens on `span`: the latest one already there (a span only), else None for a new one."""
    if span is None:
        return None
    existing = notes_on(screen.annotations, span)
    return existing[-1] if existing else None


def open_note_editor(screen: ReaderScreen, span: Span | None, note: Annotation | None = None) -> None:
    """Open the editor on `span`: on `note` when given (ctrl+n saves it and opens one for a new note), else for a new note.

    Esc on changed text keeps it as a draft for the same span (and note), restored next time.
    """
    # Imported here: TextArea is heavy and no note is written before the first paint.
    from quotemark.tui.note_screen import NoteScreen

    key: DraftKey = (span, note.id if note is not None else None)
    original = str(note.value or "") if note is not None else ""
    draft = screen.note_drafts.pop(key, None)
    anchor = "the article" if span is None else f"“{vm.excerpt(screen.article.text[span[0]:span[1]], 50)}”"
    if note is not None:
        anchor += " (editing its note)"
    if draft is not None:
        anchor += " (draft restored)"

    def save(text: str | None) -> None:
        screen.leave_visual()
        if not text:
            return
        if note is None:
            screen.after_edit(screen.annotator.add_note(span, text))
        elif text != note.value:
            screen.after_edit(screen.annotator.edit_note(note.id, text))

    def save_new(text: str) -> None:
        if note is not None and text and text != note.value:
            screen.after_edit(screen.annotator.edit_note(note.id, text))
        screen.call_after_refresh(open_note_editor, screen, span, None)

    def keep(text: str) -> None:
        screen.note_drafts[key] = text
        from quotemark.tui.app import app_of  # here: the app module imports this one

        app_of(screen).say("Draft kept: press a on the same place to go on with it", timeout=4)

    screen.app.push_screen(
        NoteScreen(anchor, draft if draft is not None else original, original=original,
                   on_new=save_new if note is not None else None, on_draft=keep),
        save,
    )
