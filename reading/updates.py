"""What a reader session's commands give back: what changed, what to say, what to ask, what the note editor opens on."""

from __future__ import annotations

from dataclasses import dataclass

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
