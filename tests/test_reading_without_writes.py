"""Reading never depends on a write: a full disk or a lock held elsewhere still shows every saved note."""

from __future__ import annotations

import errno
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotemark.analysis.model import Article
from quotemark.reading.annotator import Annotator
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Annotation, Store, StoreError, storage
from quotemark.tui.app import QuotemarkApp
from quotemark.tui.reader_screen import ReaderScreen

NOTES = 12


def saved(db: Path, article: Article) -> list[str]:
    store = Store(db)
    store.remember_article(article)
    return sorted(store.add(Annotation.note(article, i, i + 4, f"saved note {i}")).id for i in range(NOTES))


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "_write", no_space)


def test_a_full_disk_at_start_still_loads_every_note(
    sample: Article, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = saved(db_path, sample)
    full_disk(monkeypatch)
    annotator = Annotator(sample, Store(db_path))
    error = annotator.load()
    assert isinstance(error, StoreError) and "disk is full" in str(error)
    assert sorted(a.id for a in annotator.annotations) == ids


class HeldLock:
    """A second process holding the database's lock for `seconds`."""

    def __init__(self, db: Path, seconds: float) -> None:
        code = (
            "import fcntl, sys, time\n"
            f"fd = open({str(db) + '.lock'!r}, 'a')\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('held', flush=True)\n"
            f"time.sleep({seconds})\n"
        )
        self.proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "held"

    def release(self) -> None:
        self.proc.kill()
        self.proc.wait()


def test_a_lock_held_by_another_process_still_loads_every_note(sample: Article, db_path: Path) -> None:
    ids = saved(db_path, sample)
    holder = HeldLock(db_path, 30)
    try:
        started = time.monotonic()
        annotator = Annotator(sample, Store(db_path, lock_timeout=2.0))
        error = annotator.load()
        assert time.monotonic() - started >= 2.0  # it did wait for the lock, then read anyway
    finally:
        holder.release()
    assert error is not None and "another quotemark" in str(error)
    assert sorted(a.id for a in annotator.annotations) == ids


async def _notes_shown(app: QuotemarkApp) -> ReaderScreen:
    async with app.run_test(size=(140, 44)) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, ReaderScreen)
        for _ in range(400):
            await pilot.pause(0.05)
            if len(screen.session.annotations) >= NOTES:
                break
        return screen


async def test_the_app_shows_every_note_with_the_lock_held_elsewhere(
    sample: Article, db_path: Path, runner: AnalysisRunner
) -> None:
    ids = saved(db_path, sample)
    holder = HeldLock(db_path, 30)
    try:
        screen = await _notes_shown(QuotemarkApp(sample, db_path, runner=runner, native_clipboard=False))
    finally:
        holder.release()
    assert sorted(a.id for a in screen.session.annotations) == ids


async def test_the_app_shows_every_note_on_a_full_disk(
    sample: Article, db_path: Path, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = saved(db_path, sample)
    full_disk(monkeypatch)
    screen = await _notes_shown(QuotemarkApp(sample, db_path, runner=runner, native_clipboard=False))
    assert sorted(a.id for a in screen.session.annotations) == ids
