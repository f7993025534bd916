"""Tags, notes, undo and redo: every change reaches the database, and undo takes it back there too."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from quotemark.analysis.corrections import Correction
from quotemark.analysis.model import Article
from quotemark.reading.annotator import Annotator
from quotemark.store import Anchored, Annotation, Store, StoreError, storage


def _values(store: Store, article: Article) -> list[tuple[str, str]]:
    return sorted((a.motivation, a.value) for a in store.annotations(article.id))


def test_edits_undo_and_redo_reach_the_store(sample: Article, db_path: Path) -> None:
    store = Store(db_path)
    ann = Annotator(sample, store)
    assert ann.load() is None
    span = (100, 120)
    ann.toggle_tag(span, "key")
    ann.add_note(span, "first note")
    ann.toggle_tag(span, "key")  # off again
    assert _values(Store(db_path), sample) == [("commenting", "first note")]

    assert ann.undo().message == "Undid remove tag “key”"
    assert _values(Store(db_path), sample) == [("commenting", "first note"), ("tagging", "key")]
    ann.undo()
    ann.undo()
    assert _values(Store(db_path), sample) == []
    assert ann.undo().message == "Nothing to undo"

    ann.redo()
    ann.redo()
    assert _values(Store(db_path), sample) == [("commenting", "first note"), ("tagging", "key")]
    note_ids = {a.id for a in ann.annotations if a.motivation == "commenting"}
    assert note_ids == {a.id for a in Store(db_path).annotations(sample.id) if a.motivation == "commenting"}


def test_a_new_edit_clears_redo(sample: Article, db_path: Path) -> None:
    ann = Annotator(sample, Store(db_path))
    ann.toggle_tag((1, 5), "key")
    ann.undo()
    ann.toggle_tag((1, 5), "verify")
    assert ann.redo().message == "Nothing to redo"
    assert [a.value for a in ann.annotations] == ["verify"]


def test_reloading_restores_annotations(sample: Article, db_path: Path) -> None:
    first = Annotator(sample, Store(db_path))
    first.add_note(None, "article-level note")
    second = Annotator(sample, Store(db_path))
    second.load()
    assert [(a.value, a.start) for a in second.annotations] == [("article-level note", None)]


class _BrokenStore:
    """A store whose disk refuses every write, as a full disk or a read-only folder would."""

    read_only = False

    def __init__(self, real: Store) -> None:
        self.real = real

    def remember_article(self, article: Article) -> None:
        raise StoreError("disk full")

    def annotations(self, article_id: str) -> list:
        return []

    def annotations_for(self, article: Article) -> Anchored:
        return Anchored([], [], [])  # reading still works when writing does not

    def add(self, annotation):  # noqa: ANN001, ANN201
        raise StoreError("disk full")

    def remove(self, annotation_id: str) -> None:
        raise StoreError("disk full")

    def replace(self, article_id: str, remove_ids, add):  # noqa: ANN001, ANN201
        raise StoreError("disk full")


def test_a_failed_save_keeps_the_edit_in_memory(sample: Article, db_path: Path) -> None:
    ann = Annotator(sample, _BrokenStore(Store(db_path)))  # type: ignore[arg-type]
    assert isinstance(ann.load(), StoreError)
    outcome = ann.add_note((3, 9), "keep me")
    assert isinstance(outcome.error, StoreError)
    assert [a.value for a in ann.annotations] == ["keep me"]
    assert ann.annotations[0].id  # an id even unsaved, so undo can find it
    ann.undo()
    assert ann.annotations == ()


def test_a_read_only_database_still_shows_what_was_saved(sample: Article, db_path: Path) -> None:
    Store(db_path).add(Annotation.note(sample, 1, 5, "my note"))
    store = Store(db_path)
    store.files.set_read_only("folder not writable")  # as when the disk is remounted read-only
    ann = Annotator(sample, store)
    assert ann.load() is None
    assert [a.value for a in ann.annotations] == ["my note"]


def test_failed_undo_and_redo_count_as_unsaved(sample: Article, db_path: Path) -> None:
    store = Store(db_path)
    ann = Annotator(sample, store)
    ann.toggle_tag((1, 5), "key")
    assert ann.unsaved == 0
    broken = _BrokenStore(store)
    ann.store = broken  # type: ignore[assignment]
    outcome = ann.undo()
    assert isinstance(outcome.error, StoreError) and ann.unsaved == 1
    assert [a.value for a in Store(db_path).annotations(sample.id)] == ["key"]  # the disk still has it


def test_a_replacement_that_fails_never_loses_the_old_one(
    sample: Article, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(db_path)
    ann = Annotator(sample, store)
    ann.add_corrections([Correction(1, 5, "label", "ORG")], "first")
    ann.add_note((1, 5), "keep me")
    note_id = next(a.id for a in ann.annotations if a.motivation == "commenting")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "_replace", full_disk)  # the real file write fails at its last step
    assert ann.add_corrections([Correction(1, 5, "label", "LOC")], "second").error is not None
    assert ann.edit_note(note_id, "changed").error is not None
    on_disk = {(a.motivation, a.value) for a in Store(db_path).annotations(sample.id)}
    assert on_disk == {("editing", "ORG"), ("commenting", "keep me")}
    assert ann.edit_note(note_id, "x").error is not None
    assert [a.value for a in ann.annotations if a.motivation == "commenting"] == ["x"]  # memory has the latest
