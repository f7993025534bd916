"""Damaged, old and newer database files; failed writes at every step; leftovers; two processes at once."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from store_helpers import remove, toggle_tag

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, CorruptDatabase, Store, StoreError
from quotemark.store import storage as storage_mod
from quotemark.store.cli_support import annotate, parse_span
from quotemark.store.storage import TEMP_MARK


@pytest.fixture
def article() -> Article:
    return sample_article()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "quotemark.json"


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


DAMAGED = {
    "empty": b"",
    "blank": b"  \n",
    "null": b"null",
    "truncated": b'{"_meta": {"1": {"schema": 1, "kind": "quotemark-index"}}, "articles": {"1": {"id": "ab',
    "extra-data": b'{"_meta": {}}{"_meta": {}}',
    "list": b"[1, 2, 3]",
    "string": b'"quotemark"',
    "table-not-object": b'{"articles": [1, 2]}',
    "doc-not-object": b'{"articles": {"1": "x"}}',
    "doc-id-not-number": b'{"articles": {"one": {}}}',
    "binary": b"\xff\xfe\x00garbage\x00",
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_damaged_index_is_moved_aside_and_never_overwritten(db: Path, name: str) -> None:
    db.write_bytes(DAMAGED[name])
    with pytest.raises(CorruptDatabase) as caught:
        Store(db)
    err = caught.value
    assert err.moved_to is not None and err.moved_to.name.startswith("quotemark.json.corrupt-")
    assert str(db) in str(err) and str(err.moved_to) in str(err)  # the message names both files
    assert "\n" not in str(err)
    assert err.moved_to.read_bytes() == DAMAGED[name]  # kept byte for byte
    assert not db.exists()
    fresh = Store(db)  # the app's "start a fresh database" choice
    assert fresh.articles() == [] and db.exists()
    assert err.moved_to.read_bytes() == DAMAGED[name]


def test_second_damage_gets_its_own_aside_name(db: Path) -> None:
    db.write_bytes(b"null")
    with pytest.raises(CorruptDatabase) as first:
        Store(db)
    db.write_bytes(b"[]")
    with pytest.raises(CorruptDatabase) as second:
        Store(db)
    assert first.value.moved_to != second.value.moved_to
    assert first.value.moved_to.read_bytes() == b"null"  # type: ignore[union-attr]
    assert second.value.moved_to.read_bytes() == b"[]"  # type: ignore[union-attr]


def test_damaged_article_file_is_moved_aside_and_the_rest_still_works(db: Path, article: Article) -> None:
    store = Store(db)
    store.remember_article(article)
    store.add(Annotation.note(article, 0, 4, "n"))
    other = Article(text="Another story entirely.", title="Other")
    store.add(Annotation.note(other, 0, 7, "kept"))
    path = store.layout.article_file(article.id)
    path.write_bytes(path.read_bytes()[:50])
    with pytest.raises(CorruptDatabase) as caught:
        store.annotations(article.id)
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()
    assert [e.id for e in store.articles()] == [other.id]
    assert [a.value for a in store.annotations(other.id)] == ["kept"]
    store.add(Annotation.note(article, 0, 4, "new start"))  # a fresh file for that article
    assert [a.value for a in store.annotations(article.id)] == ["new start"]


def test_newer_schema_opens_read_only_and_refuses_writes(db: Path, article: Article) -> None:
    content = json.dumps({"_meta": {"1": {"schema": 99, "kind": "quotemark-index"}}, "articles": {}}).encode()
    db.write_bytes(content)
    store = Store(db)
    assert store.read_only and "newer" in store.read_only_reason
    for write in (
        lambda: store.add(Annotation.note(article, 0, 4, "n")),
        lambda: store.remember_article(article),
        lambda: toggle_tag(store, article, None, None, "t"),
        lambda: remove(store, "x"),
        lambda: store.analysis_cache.save("k", {}),
    ):
        with pytest.raises(StoreError, match="read-only"):
            write()
    assert db.read_bytes() == content
    assert store.articles() == []


def test_newer_article_file_refuses_writes(db: Path, article: Article) -> None:
    store = Store(db)
    store.add(Annotation.note(article, 0, 4, "n"))
    path = store.layout.article_file(article.id)
    data = json.loads(path.read_text())
    data["_meta"]["1"]["schema"] = 7
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(StoreError):
        Store(db).add(Annotation.note(article, 0, 4, "m"))
    assert path.read_bytes() == before


def test_version_0_single_file_is_migrated_with_a_backup(db: Path, article: Article) -> None:
    ann = Annotation.note(article, 0, 4, "old note")
    ann.id = "legacy-1"
    legacy = {
        "articles": {"1": {**article.to_dict(), "last_opened": "2026-01-01T00:00:00.000Z"}},
        "annotations": {"1": ann.to_dict(), "2": {**Annotation.tag(article, None, None, "t").to_dict(), "id": ""}},
    }
    raw = json.dumps(legacy).encode()
    db.write_bytes(raw)
    store = Store(db)
    backup = db.with_name("quotemark.json.v0.bak")
    assert backup.read_bytes() == raw
    assert json.loads(db.read_text())["_meta"]["1"]["schema"] == 1
    got = store.annotations(article.id)
    assert sorted(a.value for a in got) == ["old note", "t"] and all(a.id for a in got)
    assert store.article(article.id) == article
    [entry] = store.articles()
    assert entry.last_opened == "2026-01-01T00:00:00.000Z" and entry.notes == 1 and entry.tags == 1
    Store(db)  # already migrated: no second backup
    assert not db.with_name("quotemark.json.v0.bak1").exists()


def test_empty_tinydb_file_is_version_0_and_upgrades(db: Path) -> None:
    db.write_text('{"_default": {}}')
    Store(db)
    assert db.with_name("quotemark.json.v0.bak").read_text() == '{"_default": {}}'


def test_leftover_temp_files_are_removed_at_start(db: Path, article: Article) -> None:
    store = Store(db)
    store.add(Annotation.note(article, 0, 4, "n"))
    leftovers = [
        db.parent / f".quotemark.json{TEMP_MARK}abc123",
        store.layout.articles_dir / f".{article.id}.json{TEMP_MARK}x",
    ]
    for p in leftovers:
        p.write_bytes(b'{"half": ')
    Store(db)
    assert not any(p.exists() for p in leftovers)
    assert [a.value for a in Store(db).annotations(article.id)] == ["n"]


# ---------------------------------------------------------------- fault injection

STEPS = ["mkstemp", "write", "fsync-file", "close-file", "replace", "fsync-dir"]
BEFORE_REPLACE = {"mkstemp", "write", "fsync-file", "close-file", "replace"}


def inject(monkeypatch: pytest.MonkeyPatch, step: str, which_write: int, err: int = errno.ENOSPC) -> None:
    """Make one step of the `which_write`-th atomic write raise OSError(err).

    Each atomic write calls mkstemp, write, replace once and fsync, close twice (file, then folder).
    """
    name, nth = {
        "mkstemp": ("mkstemp", which_write),
        "write": ("write", which_write),
        "fsync-file": ("fsync", 2 * which_write - 1),
        "close-file": ("close", 2 * which_write - 1),
        "replace": ("replace", which_write),
        "fsync-dir": ("fsync", 2 * which_write),
    }[step]
    owner = storage_mod
    name = "_" + name
    real = getattr(owner, name)
    calls = {"n": 0}

    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == nth:
            if name == "_close":
                real(*args, **kwargs)  # really close it, as a failing close(2) does
            raise OSError(err, os.strerror(err))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)


@pytest.mark.parametrize("step", STEPS)
def test_failure_at_each_step_of_a_save_leaves_old_or_new_file(
    db: Path, article: Article, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    store = Store(db)
    store.add(Annotation.note(article, 0, 4, "first"))
    art_file = store.layout.article_file(article.id)
    before = art_file.read_bytes()
    inject(monkeypatch, step, 1)
    with pytest.raises(StoreError) as caught:
        store.add(Annotation.note(article, 5, 9, "second"))
    monkeypatch.undo()
    assert "\n" not in str(caught.value) and "cannot save" in str(caught.value)
    json.loads(art_file.read_bytes())  # always one complete document
    if step in BEFORE_REPLACE:
        assert art_file.read_bytes() == before  # the old file, byte for byte
    values = [a.value for a in Store(db).annotations(article.id)]
    assert values == (["first"] if step in BEFORE_REPLACE else ["first", "second"])
    assert Store(db).articles()[0].notes == len(values)
    assert not [n for folder in store.layout.folders() for n in files_in(folder) if TEMP_MARK in n]
    store.add(Annotation.note(article, 9, 12, "third"))  # and the store keeps working
    assert Store(db).articles()[0].notes == len(values) + 1


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("which_write", [1, 2, 3])  # the text file, the article file, the index
def test_failure_at_each_step_of_remembering_an_article(
    db: Path, article: Article, monkeypatch: pytest.MonkeyPatch, step: str, which_write: int
) -> None:
    store = Store(db)
    first = Article(text="The first article, already saved.", title="First")
    store.remember_article(first)
    store.add(Annotation.note(first, 0, 3, "n"))
    before = db.read_bytes()
    art_file = store.layout.article_file(article.id)
    inject(monkeypatch, step, which_write)
    with pytest.raises(StoreError):
        store.remember_article(article)
    monkeypatch.undo()
    json.loads(db.read_bytes())
    if step in BEFORE_REPLACE:
        assert db.read_bytes() == before  # the index is untouched whichever write failed
        assert art_file.exists() == (which_write == 3)
    listed = {e.id: e for e in Store(db).articles()}
    assert listed[first.id].notes == 1  # the article saved earlier is untouched
    if art_file.exists():
        json.loads(art_file.read_bytes())
        assert article.id in listed and Store(db).article(article.id) == article
    assert not [n for folder in store.layout.folders() for n in files_in(folder) if TEMP_MARK in n]
    store.remember_article(article)  # a retry succeeds
    assert {e.id for e in Store(db).articles()} == {first.id, article.id}


def test_permission_denied_is_a_clear_store_error(db: Path, article: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(db)
    store.add(Annotation.note(article, 0, 4, "first"))
    inject(monkeypatch, "mkstemp", 1, errno.EACCES)
    with pytest.raises(StoreError, match="permission denied"):
        store.add(Annotation.note(article, 0, 4, "second"))


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root ignores folder permissions; test_store_crash mounts a read-only file system instead"
)
def test_read_only_folder(db: Path, article: Article) -> None:
    store = Store(db)
    store.add(Annotation.note(article, 0, 4, "first"))
    before = db.read_bytes()
    for folder in store.layout.folders():
        folder.chmod(0o555)
    try:
        again = Store(db)
        assert again.read_only
        with pytest.raises(StoreError):
            again.add(Annotation.note(article, 0, 4, "second"))
        with pytest.raises(StoreError):
            store.add(Annotation.note(article, 0, 4, "second"))
        assert [a.value for a in again.annotations(article.id)] == ["first"]
    finally:
        for folder in store.layout.folders():
            folder.chmod(0o755)
    assert db.read_bytes() == before


# ---------------------------------------------------------------- two processes

WRITER = textwrap.dedent(
    """
    import sys
    from quotemark.store.cli_support import annotate
    db, article, tag, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    for i in range(n):
        annotate(db, article, note=f"{tag}-{i}", at=f"{i}:{i + 5}")
    """
)


def test_two_processes_300_annotations_each_all_present(tmp_path: Path, db: Path, article: Article) -> None:
    art = tmp_path / "article.txt"
    art.write_text(article.text)
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(art), tag, "300"], stderr=subprocess.PIPE)
        for tag in ("p1", "p2")
    ]
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err.decode()
    store = Store(db)
    notes = [a.value for a in store.annotations(article.id)]
    assert len(notes) == 600
    assert set(notes) == {f"p{k}-{i}" for k in (1, 2) for i in range(300)}
    assert store.articles()[0].notes == 600


def test_annotate_function_for_the_cli(tmp_path: Path, db: Path, article: Article) -> None:
    art = tmp_path / "a.txt"
    art.write_text(article.text)
    saved = annotate(db, art, note="check this", tag="disputed", at="10:20")
    assert [a.motivation for a in saved] == ["commenting", "tagging"]
    assert saved[0].target is not None and saved[0].target.exact == article.text[10:20]
    again = annotate(db, art, tag="disputed", at="10:20")  # the tag is already there: not doubled
    assert again == []
    whole = annotate(db, art, note="whole")
    assert whole[0].target is not None and whole[0].target.whole
    assert len(Store(db).annotations(article.id)) == 3
    with pytest.raises(StoreError):
        annotate(db, art)
    for bad in ("5", "a:b", "20:10", f"0:{len(article.text) + 1}", "-1:4"):
        with pytest.raises(StoreError):
            parse_span(bad, len(article.text))
    assert parse_span(":10", 50) == (0, 10) and parse_span("40:", 50) == (40, 50)


def test_a_held_lock_makes_writes_wait_then_fail_clearly(db: Path, article: Article) -> None:
    from quotemark.store.errors import DatabaseLocked
    from quotemark.store.lock import FileLock

    store = Store(db, lock_timeout=0.2)
    store.add(Annotation.note(article, 0, 4, "first"))
    before = store.layout.article_file(article.id).read_bytes()
    other = FileLock(store.layout.lock)  # another holder: a separate open file, as another process has
    other.acquire()
    try:
        with pytest.raises(DatabaseLocked, match="another quotemark"):
            store.add(Annotation.note(article, 0, 4, "second"))
        assert [a.value for a in store.annotations(article.id)] == ["first"]  # reading never waits
    finally:
        other.release()
    assert store.layout.article_file(article.id).read_bytes() == before
    store.add(Annotation.note(article, 0, 4, "second"))
    assert len(store.annotations(article.id)) == 2


def test_others_open_sees_another_process(db: Path) -> None:
    store = Store(db)
    code = "import sys; from quotemark.store import Store; s = Store(sys.argv[1]); print('ready', flush=True); sys.stdin.read()"
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
        assert store.others_open()
    finally:
        proc.communicate(b"", timeout=30)
    assert not store.others_open()


def test_a_file_that_is_not_a_database_is_left_alone(tmp_path: Path) -> None:
    notes = tmp_path / "article.txt"
    notes.write_text("Not JSON at all: somebody's article.")
    with pytest.raises(StoreError, match="not a quotemark database") as caught:
        Store(notes)
    assert not isinstance(caught.value, CorruptDatabase)
    assert notes.read_text() == "Not JSON at all: somebody's article."
    assert [p.name for p in tmp_path.iterdir()] == ["article.txt"]  # nothing created beside it


def test_article_text_lives_in_its_own_file_written_once(db: Path, article: Article) -> None:
    store = Store(db)
    store.remember_article(article)
    text_file = store.layout.text_file(article.id)
    assert text_file.read_bytes() == article.text.encode("utf-8")
    stamp = text_file.stat().st_mtime_ns
    store.add(Annotation.note(article, 0, 4, "n"))
    store.remember_article(article)
    assert text_file.stat().st_mtime_ns == stamp  # saves never rewrite the text
    assert article.text not in store.layout.article_file(article.id).read_text()


def test_damaged_or_missing_text_file(db: Path, article: Article) -> None:
    store = Store(db)
    store.remember_article(article)
    note = store.add(Annotation.note(article, 0, 4, "kept"))
    text_file = store.layout.text_file(article.id)
    text_file.write_bytes(article.text.replace("Kim", "Lim").encode())  # same size, different bytes
    with pytest.raises(CorruptDatabase) as caught:
        store.article(article.id)
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()
    assert store.article(article.id) is None and store.warnings  # gone: None, and said why
    assert [a.id for a in store.annotations(article.id)] == [note.id]  # notes are untouched
    store.remember_article(article)  # opening the article again puts its text back
    assert store.article(article.id) == article


def test_two_shells_running_quotemark_annotate_at_once(tmp_path: Path, db: Path, article: Article) -> None:
    """The real command line, two loops at once (smaller: each call starts Python)."""
    art = tmp_path / "article.txt"
    art.write_text(article.text)
    loop = 'for i in $(seq 1 {n}); do "$PY" -m quotemark annotate "$ART" --db "$DB" --note "{tag}-$i" --at 0:9 >/dev/null || exit 1; done'
    env = {**os.environ, "PY": sys.executable, "ART": str(art), "DB": str(db)}
    procs = [
        subprocess.Popen(["sh", "-c", loop.format(n=25, tag=tag)], env=env, stderr=subprocess.PIPE)
        for tag in ("a", "b")
    ]
    for p in procs:
        _, err = p.communicate(timeout=240)
        assert p.returncode == 0, err.decode()
    notes = {a.value for a in Store(db).annotations(article.id)}
    assert notes == {f"{t}-{i}" for t in ("a", "b") for i in range(1, 26)}
