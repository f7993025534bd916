"""Rejecting a quote or entity as a machine error without losing the reader's own work by a slip."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from quotemark.tui import view_model as vm

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen

Span = tuple[int, int]

CONFIRM = "yes: reject it (u undoes)"
KEEP = "no: keep it"


def own_work_on(screen: ReaderScreen, span: Span) -> tuple[int, int]:
    """Return (tags, notes) the reader put on or inside `span`."""
    inside = [a for a in screen.annotations
              if a.start is not None and a.end is not None and span[0] <= a.start and a.end <= span[1]]
    return (sum(1 for a in inside if a.motivation == "tagging"), sum(1 for a in inside if a.motivation == "commenting"))


def reject_current(screen: ReaderScreen, span: Span) -> None:
    """Reject the quote or entity at `span`; when it carries the reader's tags or notes, ask first (enter confirms)."""
    kind = "quote" if screen.current_quote is not None else "entity"
    what = vm.excerpt(screen.article.text[span[0]:span[1]], 30)

    def reject() -> None:
        outcome = screen.annotator.add_correction(span, {"type": "reject"}, f"reject the {kind} “{what}”")
        # The cursor stays on the struck-out span: u or c (revert) bring it back, ] goes on.
        screen.after_edit(dataclasses.replace(outcome, message=f"Rejected the {kind} “{what}” · u undoes it"))

    tags, notes = own_work_on(screen, span)
    if not tags and not notes:
        reject()
        return
    has = " and ".join(p for p in (_count(tags, "tag"), _count(notes, "note")) if p)
    screen.choose(f"Reject the {kind} “{what}”? It has your {has}", [CONFIRM, KEEP],
                  lambda choice: reject() if choice == CONFIRM else None)


def _count(n: int, word: str) -> str:
    return "" if n == 0 else f"{n} {word}" if n == 1 else f"{n} {word}s"
