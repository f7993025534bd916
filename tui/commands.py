"""Every user command once: its key, binding id, footer label and help, and the palette provider.

The reader screen's BINDINGS, the `?` help screen and the command palette are all built from
READER_COMMANDS, so a key shown anywhere is a key that works. Binding ids let users remap keys
through a Textual keymap (see tui/config.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider


@dataclass(frozen=True)
class Command:
    """A user command: keys, the screen action it runs, and how it is described."""

    id: str
    keys: str
    action: str
    label: str
    help: str
    group: str
    show: bool = False
    palette: bool = True
    priority: bool = False  # checked before the focused widget's keys (visual mode: b, w, arrows)


DEFAULT_TAGS: tuple[str, ...] = (
    "key",
    "claim",
    "threat",
    "policy",
    "verify",
    "context",
    "disputed",
    "number",
    "follow-up",
)


def _tag_commands() -> list[Command]:
    return [
        Command(
            id=f"quotemark.tag_{n}",
            keys=str(n),
            action=f"toggle_tag({n})",
            label=f"Tag {n}",
            help=f"Toggle tag {n} on the current quote",
            group="Tags and notes",
        )
        for n in range(1, 10)
    ]


READER_COMMANDS: tuple[Command, ...] = (
    Command(
        "quotemark.next_quote",
        "right_square_bracket",
        "step('quote', True)",
        "Next quote",
        "Move the cursor to the next quote",
        "Move",
        show=True,
    ),
    Command(
        "quotemark.prev_quote",
        "left_square_bracket",
        "step('quote', False)",
        "Prev quote",
        "Move the cursor to the previous quote",
        "Move",
        show=True,
    ),
    Command(
        "quotemark.next_entity",
        "e",
        "step('entity', True)",
        "Next entity",
        "Move the cursor to the next named entity",
        "Move",
    ),
    Command(
        "quotemark.prev_entity",
        "E",
        "step('entity', False)",
        "Prev entity",
        "Move the cursor to the previous named entity",
        "Move",
    ),
    Command(
        "quotemark.switch_pane",
        "tab",
        "switch_pane",
        "Switch pane",
        "Move the focus between the article and the facts panel",
        "Move",
    ),
    Command("quotemark.search", "slash", "search", "Search", "Search the article", "Move", show=True),
    Command("quotemark.next_match", "n", "step('match', True)", "Next match", "Move to the next search match", "Move"),
    Command(
        "quotemark.prev_match", "N", "step('match', False)", "Prev match", "Move to the previous search match", "Move"
    ),
    Command(
        "quotemark.visual",
        "v",
        "visual",
        "Select",
        "Select text (visual mode) to note, tag, copy or mark as an entity or a quote; dragging the mouse selects too",
        "Select",
        show=True,
    ),
    Command(
        "quotemark.select_right",
        "right,l",
        "select('char_right')",
        "Extend",
        "Visual mode: extend the selection by a character",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.select_left",
        "left,h",
        "select('char_left')",
        "Shrink",
        "Visual mode: shrink the selection by a character",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.select_word_right",
        "w",
        "select('word_right')",
        "Word",
        "Visual mode: extend the selection to the next word",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.select_word_left",
        "b",
        "select('word_left')",
        "Back word",
        "Visual mode: shrink the selection by a word",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.select_sentence_right",
        "right_parenthesis",
        "select('sentence_right')",
        "Sentence",
        "Visual mode: extend the selection to the end of the sentence",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.select_sentence_left",
        "left_parenthesis",
        "select('sentence_left')",
        "Back sentence",
        "Visual mode: shrink the selection to the previous sentence end",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.select_start_left",
        "shift+left",
        "select('start_left')",
        "Start earlier",
        "Visual mode: move the selection's start a word earlier",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.select_start_right",
        "shift+right",
        "select('start_right')",
        "Start later",
        "Visual mode: move the selection's start a word later",
        "Select",
        palette=False,
        priority=True,
    ),
    Command(
        "quotemark.cancel",
        "escape",
        "cancel",
        "Cancel",
        "Visual mode: cancel the selection",
        "Select",
        palette=False,
        priority=True,
    ),
    *_tag_commands(),
    Command(
        "quotemark.note",
        "a",
        "note",
        "Note",
        "Write a note on the current quote (the article when none); its note opens if it has one (ctrl+n: another)",
        "Tags and notes",
        show=True,
    ),
    Command(
        "quotemark.article_note",
        "A",
        "article_note",
        "Article note",
        "Write a note on the whole article",
        "Tags and notes",
    ),
    Command(
        "quotemark.tag_picker",
        "t",
        "tag_picker",
        "Tag",
        "Pick a tag for the current span from every tag in use, or create one",
        "Tags and notes",
        show=True,
    ),
    Command(
        "quotemark.correct",
        "c",
        "correct",
        "Correct",
        "Correct the current span: a quote's speaker, an entity's label; mark a selection as entity or quote",
        "Corrections",
        show=True,
    ),
    Command(
        "quotemark.reject",
        "x",
        "reject",
        "Reject",
        "Reject the current quote or entity as a machine error, asking first when it has your tags or notes (on a note in the panel: delete it)",
        "Corrections",
        show=True,
    ),
    Command(
        "quotemark.next_review",
        "r",
        "step('review', True)",
        "Next to review",
        "Move the cursor to the next quotation whose speaker is to review (marked ? and ⟨? to review⟩)",
        "Review",
        show=True,
    ),
    Command(
        "quotemark.prev_review",
        "R",
        "step('review', False)",
        "Prev to review",
        "Move the cursor to the previous quotation whose speaker is to review",
        "Review",
    ),
    Command(
        "quotemark.confirm",
        "C",
        "confirm_speaker",
        "Confirm speaker",
        "Confirm the current quotation's speaker: saved as a correction, it is then sure everywhere (u undoes)",
        "Review",
        show=True,
    ),
    Command(
        "quotemark.review_filter",
        "f",
        "filter_review",
        "Filter to review",
        "Show only the quotations to review in the panel's Quotes section (again: show all)",
        "Review",
    ),
    Command("quotemark.undo", "u", "undo", "Undo", "Undo the last tag, note or correction", "Undo", show=True),
    Command("quotemark.redo", "ctrl+r", "redo", "Redo", "Redo the last undone change", "Undo"),
    Command(
        "quotemark.copy_summary",
        "y",
        "copy_summary",
        "Copy summary",
        "Copy a Markdown summary: people, quotes with speakers and tags, numbers, dates, notes (with a selection: its text)",
        "Copy",
        show=True,
    ),
    Command(
        "quotemark.copy_citation",
        "Y",
        "copy_citation",
        "Copy citation",
        "Copy the current quote as a citation with its speaker and date",
        "Copy",
    ),
    Command(
        "quotemark.export",
        "ctrl+e",
        "export",
        "Export",
        "Export summary, notes, tags and corrections (md, json, w3c, csv, spacy)",
        "Copy",
    ),
    Command("quotemark.library", "L", "library", "Library", "Open the library of saved articles", "App"),
    Command("quotemark.help", "question_mark", "help", "Help", "Show every key binding", "App", show=True),
    Command("quotemark.quit", "q", "quit", "Quit", "Quit quotemark", "App", show=True),
    Command(
        "quotemark.speakers",
        "S",
        "speakers",
        "Speakers",
        "Every speaker across the library with their quotations; enter opens one; m merges two speakers, s splits, u undoes",
        "Library",
    ),
    Command(
        "quotemark.provenance",
        "p",
        "provenance",
        "Provenance",
        "List the other saved articles that carry the current quotation (small edits allowed), oldest first; enter opens one there",
        "Library",
    ),
    Command(
        "quotemark.search_library",
        "F",
        "search_library",
        "Search library",
        "Search every saved article's text, quotations, notes and tags; enter opens the article at the match",
        "Library",
    ),
)


# The footer shows bindings in this order, so the keys that matter most survive a narrow terminal.
FOOTER_ORDER: tuple[str, ...] = (
    "quotemark.help",
    "quotemark.quit",
    "quotemark.next_quote",
    "quotemark.prev_quote",
    "quotemark.note",
    "quotemark.tag_picker",
    "quotemark.correct",
    "quotemark.reject",
    "quotemark.undo",
    "quotemark.copy_summary",
    "quotemark.search",
    "quotemark.visual",
    "quotemark.next_review",
    "quotemark.confirm",
)


def reader_bindings() -> list[BindingType]:
    """Return the reader screen's bindings, built from READER_COMMANDS, footer keys first."""
    rank = {cid: n for n, cid in enumerate(FOOTER_ORDER)}
    ordered = sorted(READER_COMMANDS, key=lambda c: rank.get(c.id, len(rank)))
    return [
        Binding(c.keys, c.action, c.label, show=c.show, id=c.id, tooltip=c.help, priority=c.priority) for c in ordered
    ]


class ReaderCommands(Provider):
    """Offers every reader command in the command palette (ctrl+p)."""

    def _commands(self) -> list[Command]:
        tags: tuple[str, ...] = getattr(self.screen, "tags", DEFAULT_TAGS)
        out = []
        for c in READER_COMMANDS:
            if not c.palette:
                continue
            if c.id.startswith("quotemark.tag_") and c.id != "quotemark.tag_picker":
                n = int(c.keys)
                if n > len(tags):
                    continue
                c = replace(c, label=f"Tag: {tags[n - 1]}", help=f"Toggle the tag “{tags[n - 1]}” (key {n})")
            out.append(c)
        return out

    async def discover(self) -> Hits:
        """Yield every command, for the palette's empty prompt."""
        for command in self._commands():
            yield DiscoveryHit(command.label, partial(self._run, command), help=command.help)

    async def search(self, query: str) -> Hits:
        """Yield the commands whose label or help matches `query`."""
        matcher = self.matcher(query)
        for command in self._commands():
            score = max(matcher.match(command.label), matcher.match(command.help) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(command.label), partial(self._run, command), help=command.help)

    async def _run(self, command: Command) -> None:
        await self.screen.run_action(command.action)
