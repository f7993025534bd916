"""`quotemark import`: no saved note is overwritten by accident, counts are honest, one write per article, all or nothing."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from quotemark.analysis.model import Article
from quotemark.store import Annotation, Store, storage
from quotemark.store.importing import import_annotations
from quotemark.store.w3c import to_w3c
from quotemark.tui.cli import main

TEXT = 'The agency said "we will act" on Monday.\n\nKim added, "We are ready."\n'


@pytest.fixture
def article() -> Article:
    return Article(text=TEXT, title="Import", source="a.txt")


def setup(tmp_path: Path, article: Article) -> tuple[Path, Path, Annotation]:
    db = tmp_path / "db.json"
    store = Store(db)
    store.remember_article(article)
    base = store.add(Annotation.note(article, 0, 10, "base note 1"))
    (tmp_path / "a.txt").write_text(TEXT)
    return db, tmp_path / "a.txt", base


def jsonld(tmp_path: Path, article: Article, notes: list[Annotation]) -> Path:
    path = tmp_path / "in.jsonld"
    path.write_text(json.dumps(to_w3c(article, notes)))
    return path


def test_an_imported_id_equal_to_a_saved_one_gets_a_new_id(
    tmp_path: Path, article: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    db, text, base = setup(tmp_path, article)
    imported = Annotation.note(article, 0, 10, "imported text")
    imported.id = base.id
    path = jsonld(tmp_path, article, [imported])
    assert main(["import", str(path), "--article", str(text), "--db", str(db)]) == 0
    assert "1 given a new id" in capsys.readouterr().err
    values = sorted(a.value for a in Store(db).annotations(article.id))
    assert values == ["base note 1", "imported text"]  # the saved note is intact


def test_replace_overwrites_only_when_asked(
    tmp_path: Path, article: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    db, text, base = setup(tmp_path, article)
    imported = Annotation.note(article, 0, 10, "imported text")
    imported.id = base.id
    path = jsonld(tmp_path, article, [imported])
    assert main(["import", str(path), "--article", str(text), "--db", str(db), "--replace"]) == 0
    assert "1 replaced" in capsys.readouterr().err
    assert [(a.id, a.value) for a in Store(db).annotations(article.id)] == [(base.id, "imported text")]


def test_two_items_with_one_id_are_both_kept_and_counted(
    tmp_path: Path, article: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    db, text, _ = setup(tmp_path, article)
    first, second = Annotation.note(article, 0, 3, "first"), Annotation.note(article, 4, 9, "second")
    first.id = second.id = f"{article.id[:16]}-same"
    path = jsonld(tmp_path, article, [first, second])
    assert main(["import", str(path), "--article", str(text), "--db", str(db)]) == 0
    assert "imported 2 annotations" in capsys.readouterr().err
    assert sorted(a.value for a in Store(db).annotations(article.id)) == ["base note 1", "first", "second"]


def test_a_large_import_is_one_write_of_the_article_file(
    tmp_path: Path, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _, _ = setup(tmp_path, article)
    store = Store(db)
    writes: list[Path] = []
    real = storage.atomic_write
    monkeypatch.setattr("quotemark.store.files.atomic_write", lambda p, d: (writes.append(p), real(p, d))[1])
    notes = [Annotation.note(article, i % 20, i % 20 + 3, f"n{i}") for i in range(2000)]
    done = import_annotations(store, article.id, notes)
    assert done.added == 2000 and writes == [store.layout.article_file(article.id)]
    assert len(store.annotations(article.id)) == 2001


def test_an_import_that_fails_to_write_saves_nothing(
    tmp_path: Path, article: Article, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db, text, base = setup(tmp_path, article)
    path = jsonld(tmp_path, article, [Annotation.note(article, i, i + 2, f"n{i}") for i in range(50)])
    calls = {"n": 0}
    real_write = storage._write

    def fail_on_article_file(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if b"n49" in bytes(data):  # the article file with the import in it
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(storage, "_write", fail_on_article_file)
    assert main(["import", str(path), "--article", str(text), "--db", str(db)]) == 2
    assert "disk is full" in capsys.readouterr().err
    monkeypatch.setattr(storage, "_write", real_write)
    assert [a.id for a in Store(db).annotations(article.id)] == [base.id]  # none of the 50, not half


def test_special_files_as_the_import_file_are_refused(
    tmp_path: Path, article: Article, capsys: pytest.CaptureFixture[str]
) -> None:
    db, text, _ = setup(tmp_path, article)
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo), str(tmp_path)):
        assert main(["import", source, "--article", str(text), "--db", str(db)]) == 2
        assert "not a regular file" in capsys.readouterr().err or source == str(tmp_path)
