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

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, Store, StoreError
from quotemark.store.storage import TEMP_MARK

ROUNDS = 200


def big_article() -> Article:
    """Return a multi-megabyte article built from the sample."""
    base = sample_article().text
    parts = [f"Part {i}.\n\n{base}" for i in range(1200)]
    return Article(text="\n\n".join(parts), title="Big", source="big.txt")


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
    article = big_article()
    store = Store(db)
    store.remember_article(article)
    art_file = store.layout.article_file(article.id)
    assert art_file.stat().st_size > 2_000_000
    acknowledged: set[str] = set()
    rng = random.Random(6)
    killed_mid_save = 0
    for _ in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            try:
                os.close(read_fd)
                writer(db, article, write_fd)
            finally:
                os._exit(0)
        os.close(write_fd)
        time.sleep(rng.uniform(0.0, 0.12))
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
    assert len(acknowledged) >= ROUNDS // 4  # the writers did get work done
    assert killed_mid_save > 0  # and some kills did land in the middle of a save
    print(f"{len(acknowledged)} acknowledged notes, {killed_mid_save} kills left a half-written temp file")
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
        assert {a.id for a in Store(db).annotations(article.id)} >= set(saved)
        assert not [p for f in store.layout.folders() for p in f.iterdir() if TEMP_MARK in p.name]
        with pytest.raises(StoreError):
            store.save_analysis("big", {"x": "y" * 300_000})
        assert {a.id for a in Store(db).annotations(article.id)} >= set(saved)
    finally:
        subprocess.run(["umount", str(where)], capture_output=True)
