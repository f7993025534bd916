"""What the facts panel shows: titled sections of rows, each pointing at an article span.

Plain records, apart from the panel widget, so that building them never imports the widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.content import Content


@dataclass(frozen=True)
class FactRow:
    """One fact: what to show, and the article span it points at (None for no span)."""

    key: str  # unique and stable across refreshes, e.g. "quote:120:164"
    label: Content
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class FactSection:
    """A titled group of rows; an empty section shows `empty` instead."""

    title: str
    rows: Sequence[FactRow] = field(default_factory=tuple)
    empty: str = "none found"
