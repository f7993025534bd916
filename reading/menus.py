"""Questions the reader answers by picking from a list, as typed values: what each choice does, not its words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from quotemark.analysis.corrections import Correction

T = TypeVar("T")
Span = tuple[int, int]


@dataclass(frozen=True)
class Choice(Generic[T]):
    """One line of a menu: the words shown and the value picking it gives back."""

    label: str
    value: T


@dataclass(frozen=True)
class Menu(Generic[T]):
    """A question: its title, its choices, and (when typing a new answer is allowed) how typed text becomes a value."""

    title: str
    choices: tuple[Choice[T], ...]
    typed: Callable[[str], T] | None = None
    placeholder: str = "type to filter"
    current: str | None = None  # the label of the choice that holds today


@dataclass(frozen=True)
class Edit:
    """Save these corrections as one change (one undo); `message` replaces the usual "Corrected: …" line."""

    corrections: tuple[Correction, ...]
    label: str
    message: str | None = None
    ends_visual: bool = False  # a selection was marked: the selection mode ends, the span stays the cursor
    offers_spread: bool = False  # a new speaker: offer it to the related quotes next


@dataclass(frozen=True)
class Revert:
    """Remove every correction on a span: back to the machine's reading."""

    span: Span


@dataclass(frozen=True)
class Tag:
    """Add the tag to the span, or remove it when it is there."""

    span: Span | None
    name: str


@dataclass(frozen=True)
class Ask:
    """Ask another question first (marking a quotation asks for its speaker next)."""

    menu: Menu[Action]
    ends_visual: bool = False


@dataclass(frozen=True)
class Keep:
    """Change nothing (the reader declined)."""


Action = Edit | Revert | Tag | Ask | Keep
