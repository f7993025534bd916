"""The reader's annotations for one article: every edit saved at once, and undoable.

No Textual here: the screen calls these methods and redraws; tests call them directly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotemark.analysis.corrections import Correction
from quotemark.analysis.model import Article
from quotemark.reading.corrected import body_of, correction_of
from quotemark.store import Anchored, Annotation, Store, StoreError
from quotemark.store.annotation import new_annotation_id, now_iso

Span = tuple[int, int]
HISTORY_LIMIT = 1000


@dataclass(frozen=True)
class Change:
    """One user action: the annotations it removed (or replaced) and the ones it created."""

    label: str
    removed: tuple[Annotation, ...] = ()
    added: tuple[Annotation, ...] = ()


@dataclass
class Outcome:
    """What an edit did: a line to tell the user, and a save error when the disk refused it."""

    message: str
    error: StoreError | None = None


@dataclass
class Annotator:
    """Holds the article's annotations in memory and mirrors every change to the store."""

    article: Article
    store: Store | None
    # Replaced, never mutated, on every change: a new tuple tells readers (the session's corrected analysis) it changed.
    annotations: tuple[Annotation, ...] = ()
    orphans: list[Annotation] = field(default_factory=list)  # from an earlier version, not placeable here
    carried: int = 0  # annotations brought over from an earlier version of the article
    unsaved: int = 0  # changes kept only in memory (no database, or a save that failed)
    _undo: list[Change] = field(default_factory=list)
    _redo: list[Change] = field(default_factory=list)

    def load(self) -> StoreError | None:
        """Return the error, if any, after remembering the article and reading its annotations."""
        if self.store is None:
            return None
        error: StoreError | None = None
        try:
            if not self.store.read_only:  # last opened is a convenience: reading must not need writes
                self.store.remember_article(self.article)
        except StoreError as exc:  # a full disk or a lock held elsewhere: say so, and read anyway
            error = exc
        try:
            anchored = self.store.annotations_for(self.article)
        except StoreError as exc:
            try:  # carrying notes over from an earlier version writes; the saved notes need no write
                saved = self.store.annotations(self.article.id, include_orphans=True)
            except StoreError:
                return exc
            anchored = Anchored([a for a in saved if not a.orphan], [a for a in saved if a.orphan], [])
            error = error or exc
        self.annotations = tuple(anchored.annotations)
        self.orphans = list(anchored.orphans)
        self.carried = anchored.carried
        return error

    # ---- edits -------------------------------------------------------------------------------

    def tags_on(self, span: Span | None) -> list[Annotation]:
        """Return the tag annotations on exactly `span` (None: the whole article)."""
        start, end = span if span is not None else (None, None)
        return [a for a in self.annotations if a.motivation == "tagging" and a.same_span(start, end)]

    def toggle_tag(self, span: Span | None, tag: str) -> Outcome:
        """Return the outcome of adding `tag` to `span`, or removing it when it is there."""
        present = [a for a in self.tags_on(span) if a.value == tag]
        if present:
            return self._commit(Change(f"remove tag “{tag}”", removed=tuple(present)), f"Removed “{tag}”")
        start, end = span if span is not None else (None, None)
        return self._commit(
            Change(f"tag “{tag}”", added=(Annotation.tag(self.article, start, end, tag),)), f"Tagged “{tag}”"
        )

    def add_note(self, span: Span | None, text: str) -> Outcome:
        """Return the outcome of saving a new note on `span` (None: the whole article)."""
        start, end = span if span is not None else (None, None)
        return self._commit(Change("note", added=(Annotation.note(self.article, start, end, text),)), "Note saved")

    def edit_note(self, annotation_id: str, text: str) -> Outcome:
        """Return the outcome of replacing a note's text (undo brings the old text back)."""
        old = next((a for a in self.annotations if a.id == annotation_id), None)
        if old is None:
            return Outcome("That note is gone")
        new = dataclasses.replace(old, body={**old.body, "value": text}, modified=now_iso())
        return self._commit(Change("edit note", removed=(old,), added=(new,)), "Note updated")

    def delete(self, annotation_id: str) -> Outcome:
        """Return the outcome of deleting an annotation (undo brings it back)."""
        old = next((a for a in self.annotations if a.id == annotation_id), None)
        if old is None:
            return Outcome("Already deleted")
        kind = {"commenting": "note", "tagging": "tag", "editing": "correction"}.get(old.motivation, "annotation")
        return self._commit(Change(f"delete {kind}", removed=(old,)), f"Deleted the {kind} (u undoes)")

    def add_corrections(self, corrections: Sequence[Correction], label: str) -> Outcome:
        """Return the outcome of saving corrections as one change (one undo), each replacing an earlier one of its type on its span."""
        replaced = tuple(
            a
            for a in self.annotations
            if (c := correction_of(a)) is not None
            and any((c.start, c.end, c.type) == (n.start, n.end, n.type) for n in corrections)
        )
        added = tuple(Annotation.correction(self.article, c.start, c.end, body_of(c)) for c in corrections)
        return self._commit(Change(label, removed=replaced, added=added), f"Corrected: {label}")

    def revert_corrections(self, span: Span) -> Outcome:
        """Return the outcome of removing every correction on `span`."""
        present = tuple(a for a in self.annotations if a.motivation == "editing" and a.same_span(*span))
        if not present:
            return Outcome("No correction here to revert")
        return self._commit(Change("revert correction", removed=present), "Reverted to the machine's reading")

    def undo(self) -> Outcome:
        """Return the outcome of undoing the last change."""
        if not self._undo:
            return Outcome("Nothing to undo")
        change = self._undo.pop()
        error = self._apply(remove=change.added, add=change.removed)
        self._redo.append(change)
        return Outcome(f"Undid {change.label}", error)

    def redo(self) -> Outcome:
        """Return the outcome of redoing the last undone change."""
        if not self._redo:
            return Outcome("Nothing to redo")
        change = self._redo.pop()
        error = self._apply(remove=change.removed, add=change.added)
        self._undo.append(change)
        return Outcome(f"Redid {change.label}", error)

    # ---- plumbing ----------------------------------------------------------------------------

    def _commit(self, change: Change, message: str) -> Outcome:
        error = self._apply(remove=change.removed, add=change.added)
        self._undo.append(change)
        del self._undo[:-HISTORY_LIMIT]
        self._redo.clear()
        return Outcome(message, error)

    def _apply(self, remove: Iterable[Annotation], add: Iterable[Annotation]) -> StoreError | None:
        """Return the first save error; memory is always updated so no edit is lost on screen."""
        error = self._write(remove, add)
        if error is not None or self.store is None:
            self.unsaved += 1  # edits, undos and redos alike: memory and disk now differ
        return error

    def _write(self, remove: Iterable[Annotation], add: Iterable[Annotation]) -> StoreError | None:
        """Return the save error, if any, after mirroring the change in memory and on disk.

        The disk gets the whole change in one write of the article's file, or none of it.
        """
        removed, added = list(remove), list(add)
        for a in added:
            if not a.id:
                a.id = new_annotation_id(a.article_id)
        error: StoreError | None = None
        if self.store is not None and (added or removed):
            try:
                # an existing id is replaced in place (an edited note, an undo)
                self.store.replace(self.article.id, [a.id for a in removed if a.id], added)
            except StoreError as exc:
                error = exc
        gone_ids = {a.id for a in removed if a.id}
        self.annotations = (
            *(b for b in self.annotations if b.id not in gone_ids and all(b is not a for a in removed)),
            *added,
        )
        return error
