"""Where a library screen sends the reader (a saved article and the span to put the cursor on), and going there."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.store import StoreError

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen


@dataclass(frozen=True)
class Jump:
    """Open the saved article `article_id` with the cursor on text[start:end]."""

    article_id: str
    start: int
    end: int


def open_at(screen: ReaderScreen, jump: Jump) -> None:
    """Return once `screen` shows the saved article `jump` names, cursor on its span (warned first when edits would be lost)."""
    if jump.article_id != screen.session.article.id:
        if (warning := screen.session.leave("switch")) is not None:
            screen.show(warning)
            return
        try:
            article = screen.store.article(jump.article_id) if screen.store is not None else None
        except StoreError as exc:  # its file damaged since it was listed: the reader stays on what it shows
            screen.app.say(f"That article cannot be opened: {' '.join(str(exc).split())}", severity="error")  # type: ignore[attr-defined]
            return
        if article is None:
            screen.app.say("That article is no longer in the database", severity="error")  # type: ignore[attr-defined]
            return
        screen.show_article(article)
    screen.show(screen.session.move((jump.start, jump.end)))
