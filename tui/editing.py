"""The reader screen's editing commands: tags, notes, corrections, undo and redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.labels import CORRECTABLE, code_for, word
from quotemark.analysis.model import Entity
from quotemark.store import Annotation, StoreError
from quotemark.tui import view_model as vm
from quotemark.tui.annotator import Outcome
from quotemark.tui.note_flow import note_for_key, open_note_editor
from quotemark.tui.reject import reject_current
from quotemark.tui.speaker_spread import offer_spread

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen

Span = tuple[int, int]

ENTITY_LABELS: tuple[str, ...] = CORRECTABLE  # codes; the reader sees words (labels.word)
MARK_AS_QUOTE = "quote (choose the speaker next)"
NO_SPEAKER = "(no speaker: scare quote or title)"
REVERT = "revert to the machine's reading"
LABEL = "label: "
SAME_AS = "same as: "
SEPARATE = "not the same as: "
BOUNDS = "new bounds for the quote: "


class EditingCommands:
    """Mixed into ReaderScreen: every action that changes the reader's annotations."""

    def _need_cursor(self: ReaderScreen) -> Span | None:
        if self.cursor is None:
            self.app.say("Move to a quote first: ] next, [ previous (or v to select text)", timeout=4)
        return self.cursor

    def after_edit(self: ReaderScreen, outcome: Outcome) -> None:
        """Redraw after an edit and tell the user what happened (or that the disk refused it)."""
        self.refresh_view()
        if outcome.error is not None:
            self.app.say(f"Not saved: {outcome.error}. The change is kept on screen; copy the summary (y) to keep it.",
                         title="Database", severity="error", timeout=15)
        else:
            self.app.say(outcome.message, timeout=2)

    # ---- tags --------------------------------------------------------------------------------

    def action_toggle_tag(self: ReaderScreen, number: int) -> None:
        """Toggle tag `number` (1-9) on the current quote or span."""
        if not 1 <= number <= len(self.tags):
            self.app.say(f"No tag on key {number}", timeout=3)
            return
        span = self._need_cursor()
        if span is not None:
            self.after_edit(self.annotator.toggle_tag(span, self.tags[number - 1]))

    def action_tag_picker(self: ReaderScreen) -> None:
        """Pick a tag for the current span from every tag in use, or type a new one."""
        span = self._need_cursor()
        if span is None:
            return
        known = list(self.tags)
        if self.store is not None:
            try:
                known += self.store.tags()
            except StoreError:
                pass  # the picker still offers the configured tags
        on_span = [a.value for a in self.annotator.tags_on(span)]

        def picked(tag: str | None) -> None:
            if tag:
                self.after_edit(self.annotator.toggle_tag(span, tag.strip()))

        title = "Toggle a tag" + (f" (on: {', '.join(on_span)})" if on_span else "")
        self.choose(title, known, picked, allow_new=True, placeholder="tag name")

    # ---- notes -------------------------------------------------------------------------------

    def _panel_note(self: ReaderScreen) -> Annotation | None:
        """Return the note highlighted in the facts panel, when the panel has the focus."""
        panel = self.facts_panel
        key = panel.highlighted_key if panel.has_focus else None
        if not key or not key.startswith("note:"):
            return None
        return next((a for a in self.annotations if a.id == key[len("note:"):]), None)

    def action_note(self: ReaderScreen) -> None:
        """Open the note editor on the current quote or span (the article when there is none).

        On a note row of the facts panel, or on a span that already has a note, edit that note
        (ctrl+n in the editor saves a new one instead).
        """
        note = self._panel_note()
        if note is not None:
            span = (note.start, note.end) if note.start is not None and note.end is not None else None
            open_note_editor(self, span, note)
            return
        open_note_editor(self, self.cursor, note_for_key(self, self.cursor))

    def action_article_note(self: ReaderScreen) -> None:
        """Open the note editor on the whole article."""
        open_note_editor(self, None)

    # ---- corrections -------------------------------------------------------------------------

    def action_correct(self: ReaderScreen) -> None:
        """Correct the current span: a quote's speaker, an entity's label, or mark a selection."""
        span = self._need_cursor()
        if span is None:
            return
        quote, entity = self.current_quote, self.current_entity
        extra = [REVERT] if span in self.corrected or span in self.rejected else []
        if span in self.rejected and quote is None and entity is None and self.visual_anchor is None:
            self._offer_revert(span)
            return
        if quote is not None and self.visual_anchor is None:
            self._pick_speaker(span, quote.speaker, extra)
        elif entity is not None and self.visual_anchor is None:
            self._correct_entity(span, entity, extra)
        else:
            self._mark_selection(span)

    def _offer_revert(self: ReaderScreen, span: Span) -> None:
        def chosen(choice: str | None) -> None:
            if choice == REVERT:
                self.after_edit(self.annotator.revert_corrections(span))

        self.choose(f"Rejected: “{vm.excerpt(self.article.text[span[0]:span[1]], 40)}”", [REVERT], chosen)

    def _correct_entity(self: ReaderScreen, span: Span, entity: Entity, extra: list[str]) -> None:
        clusters = self.analysis.clusters if self.analysis is not None else []
        own = next((c for c in clusters if c.id == entity.cluster), None)
        options = extra + [f"{LABEL}{word(label)}" for label in ENTITY_LABELS]
        options += [f"{SAME_AS}{c.name}" for c in clusters if c is not own]
        if own is not None and own.count > 1:
            options.append(f"{SEPARATE}{own.name}")

        def chosen(choice: str | None) -> None:
            if choice == REVERT:
                self.after_edit(self.annotator.revert_corrections(span))
            elif choice and choice.startswith(LABEL) and code_for(choice[len(LABEL):]):
                label = code_for(choice[len(LABEL):])
                self.after_edit(self.annotator.add_correction(span, {"type": "label", "value": label},
                                                              f"“{entity.text}” is {word(label or '')}"))
            elif choice and choice.startswith(SAME_AS):
                name = choice[len(SAME_AS):]
                self.after_edit(self.annotator.add_correction(span, {"type": "merge", "value": name},
                                                              f"“{entity.text}” is {name}"))
            elif choice and choice.startswith(SEPARATE):
                self.after_edit(self.annotator.add_correction(span, {"type": "split"},
                                                              f"“{entity.text}” is not {choice[len(SEPARATE):]}"))

        title = f"Correct “{vm.excerpt(entity.text, 40)}” ({word(entity.label)}{', ' + own.name if own else ''})"
        self.choose(title, options, chosen, current=f"{LABEL}{word(entity.label)}")

    def _pick_speaker(self: ReaderScreen, span: Span, current: str | None, extra: list[str]) -> None:
        def chosen(name: str | None) -> None:
            if name == REVERT:
                self.after_edit(self.annotator.revert_corrections(span))
            elif name is not None:
                speaker = None if name == NO_SPEAKER else name
                self.after_edit(self.annotator.add_correction(span, {"type": "speaker", "value": speaker},
                                                              f"speaker is {speaker or 'nobody'}"))
                offer_spread(self, span, speaker)

        self.choose("Who said this?", extra + self._people() + [NO_SPEAKER], chosen, allow_new=True,
                    placeholder="type a name", current=current)

    def _people(self: ReaderScreen) -> list[str]:
        if self.analysis is None:
            return []
        ranked = sorted(self.analysis.clusters, key=lambda c: (c.label != "PERSON", -c.count))
        return [c.name for c in ranked if c.label in ("PERSON", "ORG", "NORP", "GPE")]

    def _mark_selection(self: ReaderScreen, span: Span) -> None:
        text = self.article.text[span[0]:span[1]]
        overlapped = [q for q in self.quotes if q.start < span[1] and span[0] < q.end and (q.start, q.end) != span]
        bounds = [f"{BOUNDS}“{vm.excerpt(q.text, 30)}”" for q in overlapped]

        def marked(kind: str | None) -> None:
            if kind in bounds:
                quote = overlapped[bounds.index(kind)]
                self.leave_visual(keep_cursor=True)
                self.after_edit(self.annotator.add_correction(
                    (quote.start, quote.end), {"type": "bounds", "new_start": span[0], "new_end": span[1]},
                    "quote bounds"))
            elif kind == MARK_AS_QUOTE:
                self.leave_visual(keep_cursor=True)
                self._add_quote(span)
            elif kind and code_for(kind):
                self.leave_visual(keep_cursor=True)
                self.after_edit(self.annotator.add_correction(span, {"type": "add_entity", "value": code_for(kind)},
                                                              f"“{vm.excerpt(text, 30)}” is {kind}"))

        self.choose(f"Mark “{vm.excerpt(text, 40)}” as", [*bounds, MARK_AS_QUOTE, *map(word, ENTITY_LABELS)], marked)

    def _add_quote(self: ReaderScreen, span: Span) -> None:
        def chosen(name: str | None) -> None:
            if name is not None:
                speaker = None if name == NO_SPEAKER else name
                self.after_edit(self.annotator.add_correction(span, {"type": "add_quote", "value": speaker},
                                                              f"quote by {speaker or 'nobody'}"))

        self.choose("Who said this?", self._people() + [NO_SPEAKER], chosen, allow_new=True,
                    placeholder="type a name")

    def action_reject(self: ReaderScreen) -> None:
        """Reject the current quote or entity as a machine error (undo with u; asked first when it has the reader's tags or notes); on a note row, delete the note."""
        note = self._panel_note()
        if note is not None:
            self.after_edit(self.annotator.delete(note.id))
            return
        span = self._need_cursor()
        if span is None:
            return
        if self.current_quote is None and self.current_entity is None:
            self.app.say("Nothing the machine found is here to reject", timeout=3)
            return
        reject_current(self, span)

    # ---- undo --------------------------------------------------------------------------------

    def action_undo(self: ReaderScreen) -> None:
        """Undo the last tag, note or correction (saved changes are undone in the database too)."""
        self.after_edit(self.annotator.undo())

    def action_redo(self: ReaderScreen) -> None:
        """Redo the last undone change."""
        self.after_edit(self.annotator.redo())
