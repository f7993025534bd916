"""A modal picker: type to filter a menu (fuzzy), enter picks; a menu that accepts typed text offers it as new.

It gives back the picked choice's typed value (or what the menu makes of typed text), never its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.fuzzy import Matcher
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from quotemark.reading.menus import Menu

T = TypeVar("T")
NEW = "new"


def ranked(query: str, choices: Sequence[str]) -> list[str]:
    """Return the choices matching `query` (fuzzy, case-insensitive), best first; all when it is empty."""
    if not query.strip():
        return list(choices)
    matcher = Matcher(query)
    scored = [(matcher.match(c), i, c) for i, c in enumerate(choices)]
    return [c for score, _i, c in sorted(scored, key=lambda s: (-s[0], s[1])) if score > 0]


class ChoiceScreen(ModalScreen[T | None], Generic[T]):
    """Pick one of the menu's choices, or type a new answer when the menu takes one; dismisses with its value, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="choice.cancel"),
        Binding("down", "to_list", "List", show=False, id="choice.to_list"),
    ]

    def __init__(self, menu: Menu[T]) -> None:
        super().__init__()
        self._menu = menu
        # One line per label (the first value wins): a name listed twice is one choice.
        self._values = {c.label: c.value for c in reversed(menu.choices) if c.label}
        self._choices = list(dict.fromkeys(c.label for c in menu.choices if c.label))
        self._index = {label: i for i, label in enumerate(self._choices)}  # the option id of each label
        self._folded = {c.casefold() for c in self._choices}
        self._allow_new = menu.typed is not None
        self._title = menu.title
        self._placeholder = menu.placeholder
        self._current = menu.current

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog"):
            yield Label(Content.styled(self._title, "bold"), id="choice-title")
            yield Input(placeholder=self._placeholder, id="choice-input")
            yield OptionList(id="choice-list", markup=False)
            hint = "enter pick · ↓ list · esc cancel" + (" · or type a new one" if self._allow_new else "")
            yield Label(Content.styled(hint, "$text-muted"), id="choice-hint")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        options: list[Option] = []
        typed = query.strip()
        matches = ranked(query, self._choices)
        for choice in matches:
            mark = " (current)" if choice == self._current else ""
            options.append(Option(Content(choice + mark), id=f"pick:{self._index[choice]}"))
        # A new value goes last, so enter picks the best existing match; exact matches need no new one.
        if self._allow_new and typed and typed.casefold() not in self._folded:
            options.append(Option(Content.assemble(("+ new: ", "$success"), typed), id=f"{NEW}:{typed}"))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        if options:
            option_list.highlighted = 0

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id:
            self._pick(option.id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            self._pick(event.option_id)

    def _pick(self, option_id: str) -> None:
        kind, _sep, value = option_id.partition(":")
        if kind == "pick":
            self.dismiss(self._values[self._choices[int(value)]])
        elif kind == NEW and self._menu.typed is not None:
            self.dismiss(self._menu.typed(value))
        else:
            self.dismiss(None)

    def action_to_list(self) -> None:
        """Move the focus from the filter to the list."""
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        """Close without picking."""
        self.dismiss(None)
