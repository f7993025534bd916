"""The reader's dialogs that are more than one question: the note editor, the export, the library.

Each takes the app, the session and a `show` that draws an `Update`: none of them holds the screen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.screen import Screen

from quotemark.analysis.model import Article
from quotemark.reading.session import ReaderSession
from quotemark.reading.updates import NoteRequest, Update
from quotemark.store import Store, StoreError

Show = Callable[[Update], None]


def help_screen() -> Screen[None]:
    """Return the help screen listing every key binding (loaded on first use)."""
    from quotemark.tui.help_screen import HelpScreen

    return HelpScreen()


def edit_note(app: Any, session: ReaderSession, request: NoteRequest, show: Show) -> None:
    """Open the note editor on `request`; esc on changed text keeps a draft, ctrl+n saves and opens a new note."""
    from quotemark.tui.note_screen import NoteScreen  # TextArea is heavy: no note is written before the first paint

    def save_new(text: str) -> None:
        if request.note is not None and text and text != request.note.value:
            show(session.save_note(request, text))
        app.call_after_refresh(edit_note, app, session, session.note_request(request.span), show)

    original = str(request.note.value or "") if request.note is not None else ""
    app.push_screen(
        NoteScreen(
            request.anchor,
            request.text,
            original=original,
            on_new=save_new if request.note is not None else None,
            on_draft=lambda text: show(session.keep_draft(request, text)),
        ),
        lambda text: show(session.save_note(request, text)),
    )


def export(app: Any, session: ReaderSession, store: Store | None, ask: Callable[..., None]) -> None:
    """Ask for a format, then write the session's corrected analysis and annotations to a file in a worker."""
    if not session.complete:
        app.say("Still analysing: export when the whole article is analysed", timeout=3)
        return
    from quotemark.reading.exports import format_menu, write_export

    folder = (store.path.parent if store is not None else Path.cwd()) / "exports"
    bundle = session.bundle()  # a snapshot: edits made meanwhile belong to the next export
    if store is not None:
        bundle = dataclasses.replace(bundle, speaker_merges=tuple(store.library.merges()))

    def write(fmt: str) -> None:  # in a thread: the spaCy format builds a DocBin, too slow for the UI
        try:
            path = write_export(bundle, fmt, folder)
        except Exception as exc:  # whatever failed, the reader is told and the app keeps running
            app.call_from_thread(app.say, f"Export failed: {exc}", severity="error", timeout=10)
            return
        if app.is_web:  # served (quotemark serve): the file is on the server, so the browser gets a copy
            app.call_from_thread(app.deliver_binary, path)
            app.call_from_thread(app.say, f"Exported {fmt} to {path} on the server; downloading a copy", timeout=10)
            return
        app.call_from_thread(app.say, f"Exported {fmt} to {path}", timeout=10)

    ask(format_menu(), lambda fmt: app.run_worker(lambda: write(fmt), thread=True, group="export") if fmt else None)


def library(
    app: Any, session: ReaderSession, store: Store | None, show: Show, open_article: Callable[[Article], None]
) -> None:
    """Show every saved article; the one picked replaces the session's (warned once when edits would be lost)."""
    if store is None:
        app.say("No database: the library is empty", severity="warning", timeout=4)
        return
    try:
        entries = store.articles()
    except StoreError as exc:
        app.say(str(exc), title="Database", severity="error", timeout=10)
        return

    def chosen(article_id: str | None) -> None:
        if article_id is None or article_id == session.article.id:
            return
        if (warning := session.leave("switch")) is not None:
            show(warning)
        elif (article := store.article(article_id)) is None:
            app.say("That article is no longer in the database", severity="error")
        else:
            open_article(article)

    from quotemark.tui.library_screen import LibraryScreen  # DataTable: loaded on first use

    app.push_screen(LibraryScreen(entries, session.article.id), chosen)
