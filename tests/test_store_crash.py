"""A writer killed with SIGKILL mid-save, hundreds of times; a disk that fills up."""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from store_helpers import toggle_tag

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, Store, StoreError, schema
from quotemark.store.articles import article_record
from quotemark.store.storage import TEMP_MARK, atomic_write, dumps

ROUNDS = 200
SEEDED = 3200  # notes already saved: about 2 MB rewritten by every save


def seed(store: Store, article: Article, notes: int) -> set[str]:
    """Return the ids of `notes` notes written straight into the article's file (a multi-MB database fast)."""
    tables = schema.fresh_tables(schema.ARTICLE_KIND)
    tables["article"] = {"1": article_record(article)}
    docs = {}
    for i in range(notes):
        ann = Annotation.note(article, i % 500, i % 500 + 40, f"seeded note {i}: " + "checked against the source " * 8)
        ann.id = f"{article.id[:16]}-seed{i:016d}"
        docs[str(i + 1)] = ann.to_dict()
    tables["annotations"] = docs
    atomic_write(store.layout.article_file(article.id), dumps(tables))
    return {d["id"] for d in docs.values()}


def writer(db: Path, article: Article, ack_fd: int) -> None:
    """Add notes forever, writing each id to `ack_fd` once add() has returned (runs in a forked child)."""
    store = Store(db)
    i = 0
    while True:
        ann = store.add(Annotation.note(article, i % 1000, i % 1000 + 10, f"note {os.getpid()} {i}"))
        os.write(ack_fd, (ann.id + "\n").encode())
        i += 1


def test_kill_9_during_saves_never_loses_an_acknowledged_note(tmp_path: Path) -> None:
    db = tmp_path / "quotemark.json"
    article = sample_article()
    store = Store(db)
    store.remember_article(article)
    acknowledged = seed(store, article, SEEDED)
    art_file = store.layout.article_file(article.id)
    assert art_file.stat().st_size > 2_000_000  # every save rewrites megabytes: a long window to die in
    rng = random.Random(6)
    killed_mid_save = 0
    for round_no in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            try:
                os.close(read_fd)
                writer(db, article, write_fd)
            finally:
                os._exit(0)
        os.close(write_fd)
        if round_no % 10 == 0:
            # On a loaded machine a save can outlast the random wait below: every tenth round
            # lets the writer finish one first, so the run always includes acknowledged work.
            select.select([read_fd], [], [], 60)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        chunks = []
        while select.select([read_fd], [], [], 0)[0]:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            chunks.append(chunk)
        os.close(read_fd)
        new = [line for line in b"".join(chunks).decode().split("\n") if line]
        acknowledged.update(new)
        temps = [p for p in art_file.parent.iterdir() if TEMP_MARK in p.name]
        killed_mid_save += bool(temps)
        # Every round: both files parse, and every acknowledged note is there.
        json.loads(db.read_bytes())
        data = json.loads(art_file.read_bytes())
        stored = {doc["id"] for doc in data["annotations"].values()} if "annotations" in data else set()
        missing = acknowledged - stored
        assert not missing, f"{len(missing)} acknowledged notes lost"
    assert len(acknowledged) >= SEEDED + 10  # the writers did get work done (loose: CI machines are slow)
    assert killed_mid_save > 0  # and some kills did land in the middle of a save
    print(f"{len(acknowledged) - SEEDED} acknowledged notes, {killed_mid_save} kills left a half-written temp file")
    reopened = Store(db)
    assert not [p for p in art_file.parent.iterdir() if TEMP_MARK in p.name]  # cleaned at open
    assert {a.id for a in reopened.annotations(article.id)} >= acknowledged
    assert reopened.articles()[0].notes == len(reopened.annotations(article.id))


def _mount_tmpfs(where: Path, size: str) -> str | None:
    """Return None after mounting a small tmpfs at `where`, else the reason it cannot be done."""
    if os.geteuid() != 0:
        return "needs root to mount a small tmpfs"
    if not shutil.which("mount"):
        return "no mount command"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        return f"cannot mount tmpfs here: {done.stderr.decode().strip() or done.returncode}"
    return None


def test_full_disk_leaves_the_database_intact(tmp_path: Path) -> None:
    where = tmp_path / "small"
    reason = _mount_tmpfs(where, "256k")
    if reason:
        pytest.skip(reason)
    store: Store | None = None
    try:
        db = where / "quotemark.json"
        store = Store(db)
        article = Article(text="A short article about a full disk. " * 20, title="Disk")
        store.remember_article(article)
        saved: list[str] = []
        with pytest.raises(StoreError, match="disk is full"):
            for i in range(100_000):
                saved.append(store.add(Annotation.note(article, 0, 10, f"note {i} " + "x" * 200)).id)
        assert saved  # some saves fitted before the disk filled up
        art_file = store.layout.article_file(article.id)
        json.loads(art_file.read_bytes())
        json.loads(db.read_bytes())
        with Store(db) as check:
            assert {a.id for a in check.annotations(article.id)} >= set(saved)
        assert not [p for f in store.layout.folders() for p in f.iterdir() if TEMP_MARK in p.name]
        with pytest.raises(StoreError):
            store.analysis_cache.save("big", {"x": "y" * 300_000})
        with Store(db) as check:
            assert {a.id for a in check.annotations(article.id)} >= set(saved)
    finally:
        if store is not None:
            store.close()  # its presence lock keeps a file open on the mount
        del store
        import gc

        gc.collect()
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_read_only_file_system_keeps_reads_and_refuses_writes(tmp_path: Path) -> None:
    where = tmp_path / "ro"
    reason = _mount_tmpfs(where, "1m")
    if reason:
        pytest.skip(reason)
    stores: list[Store] = []
    try:
        db = where / "quotemark.json"
        article = Article(text="An article on a disk that turns read-only.", title="RO")
        first = Store(db)
        stores.append(first)
        note = first.add(Annotation.note(article, 0, 10, "kept"))
        before = {p: p.read_bytes() for p in where.rglob("*") if p.is_file()}
        first.close()  # no file open for writing, or the kernel refuses to remount
        done = subprocess.run(["mount", "-o", "remount,ro", str(where)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only: {done.stderr.decode().strip()}")
        # The store that was open when the disk went read-only: a clear error, nothing lost.
        with pytest.raises(StoreError, match="read-only"):
            first.add(Annotation.note(article, 0, 10, "lost"))
        # A store opened now: read-only from the start, and says why.
        later = Store(db)
        stores.append(later)
        assert later.read_only and "not writable" in later.read_only_reason
        assert [a.id for a in later.annotations(article.id)] == [note.id]
        with pytest.raises(StoreError, match="read-only"):
            toggle_tag(later, article, None, None, "t")
        assert {p: p.read_bytes() for p in where.rglob("*") if p.is_file()} == before
    finally:
        for s in stores:
            s.close()
        stores.clear()
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)
