"""What a reader session's commands give back: what changed, what to say, what to ask, what the note editor opens on."""

from __future__ import annotations

from dataclasses import dataclass

from quotemark.reading.fit import plural
from quotemark.reading.menus import Action, Menu
from quotemark.store import Annotation

Span = tuple[int, int]
DraftKey = tuple[Span | None, str | None]  # (span, id of the note being edited; None for a new note)


@dataclass(frozen=True)
class Say:
    """A line to tell the reader, how long, and how loudly."""

    text: str
    timeout: float = 3
    severity: str = "information"
    title: str = ""


@dataclass(frozen=True)
class Update:
    """What a command changed: the screen redraws that, says `say`, and asks `ask` when set."""

    view: bool = False  # analysis or annotations changed: highlights, badges, panel and status
    cursor: bool = False  # the cursor moved (the article scrolls to it, the panel follows)
    status: bool = False  # only the status line
    say: tuple[Say, ...] = ()
    ask: Menu[Action] | None = None


def tell(text: str, timeout: float = 3, **options: str) -> Update:
    """Return an update that only tells the reader `text`."""
    return Update(say=(Say(text, timeout, **options),))


def opened(error: Exception | None, warnings: list[str], carried: int, orphans: int) -> Update:
    """Return what to tell after an article's annotations were read: records set aside, a database error, or what was carried over from an earlier version."""
    said: tuple[Say, ...] = ()
    set_aside = [w for w in warnings if "set aside" in w]
    if set_aside:  # damaged records are not loaded: the reader must know some notes are missing
        said = (Say(f"{set_aside[0]} ({len(set_aside)} in all)", 12, "warning", "Database"),)
    if error is not None:
        return Update(view=True, say=(*said, Say(str(error), 10, "error", "Database")))
    if carried or orphans:
        lost = f"; {orphans} could not be placed (see Orphans)" if orphans else ""
        return Update(
            view=True,
            say=(
                *said,
                Say(
                    f"This is an edited version of a saved article: {plural(carried, 'annotation')} carried over{lost}",
                    10,
                ),
            ),
        )
    return Update(view=True, say=said)


@dataclass(frozen=True)
class NoteRequest:
    """What the note editor opens on: the span, the note edited (None: a new one), and the text to start from."""

    span: Span | None
    note: Annotation | None
    anchor: str
    text: str

    @property
    def key(self) -> DraftKey:
        """Return the key its draft is kept under."""
        return (self.span, self.note.id if self.note is not None else None)
