"""Opening the library screens from the reader: speakers across the library (S) and search everywhere (F)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quotemark.store import Store
from quotemark.tui.library_jump import Jump

OpenAt = Callable[[Jump], None]


def _ready(app: Any, store: Store | None) -> bool:
    """Return True when there is a database whose library can be shown; say why not otherwise."""
    if store is None:
        app.say("No database: the library is empty", severity="warning", timeout=4)
        return False
    return True


def speakers(app: Any, store: Store | None, open_at: OpenAt) -> None:
    """Show every speaker across the library; the quotation picked opens at its place."""
    if not _ready(app, store):
        return
    assert store is not None
    from quotemark.tui.speakers_screen import SpeakersScreen  # DataTable: loaded on first use

    app.push_screen(SpeakersScreen(store.library), lambda jump: open_at(jump) if jump is not None else None)


def search_everywhere(app: Any, store: Store | None, open_at: OpenAt) -> None:
    """Show the search over every saved article; the match picked opens at its place."""
    if not _ready(app, store):
        return
    assert store is not None
    from quotemark.tui.library_search_screen import LibrarySearchScreen

    app.push_screen(LibrarySearchScreen(store.library), lambda jump: open_at(jump) if jump is not None else None)
