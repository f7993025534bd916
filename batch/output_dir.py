"""The --out folder: partitions and the manifest written durably (temp file, fsync, rename, fsync the folder), one writer at a time.

A partition is complete on disk before the manifest's journal names it, so after a kill the folder
holds at most some partitions the manifest does not list; `tidy` removes them and the rerun redoes
their inputs: every article ends up exactly once in the listed partitions.
"""

from __future__ import annotations

import fcntl
import os
import re
from pathlib import Path

MANIFEST_NAME = "manifest.json"
JOURNAL_NAME = "manifest.journal"  # what happened since manifest.json was last written, one JSON line per record
LOCK_NAME = ".lock"
_PARTITION = re.compile(r"part-\d{5}-\d{6}\.jsonl")
_TEMPORARY = re.compile(r"\.(part-\d{5}-\d{6}\.jsonl|manifest\.json)\.tmp")


class OutputBusy(Exception):
    """Another process is writing to the same --out folder."""


def partition_name(run: int, n: int) -> str:
    """Return the file name of the n-th partition of a run (names never repeat across runs)."""
    return f"part-{run:05d}-{n:06d}.jsonl"


def write_durably(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that `path` holds either its old content or all of `data`, even after a crash."""
    tmp = path.with_name(f".{path.name}.tmp")
    _write_synced(tmp, data, os.O_TRUNC)
    os.replace(tmp, path)
    _fsync_folder(path.parent)


def append_durably(path: Path, data: bytes) -> None:
    """Append `data` to `path` and return once it is on disk; a crash mid-append leaves at most a torn last line."""
    created = not path.exists()
    _write_synced(path, data, os.O_APPEND)
    if created:
        _fsync_folder(path.parent)


def _write_synced(path: Path, data: bytes, mode: int) -> None:
    """Write all of `data` to `path` opened with `mode` (truncate or append), then fsync it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | mode | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)  # the rename itself must survive a power cut, not only the bytes
    finally:
        os.close(fd)


def lock(folder: Path) -> int:
    """Return an open descriptor holding the folder's write lock; raise OutputBusy when another run holds it."""
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise OutputBusy(f"{folder}: another quotemark extract is writing here") from None
    return fd


def tidy(folder: Path, listed: set[str]) -> list[str]:
    """Remove partitions the manifest does not list and temp files a killed run left; return their names."""
    removed = []
    for entry in sorted(os.listdir(folder)):
        if (_PARTITION.fullmatch(entry) and entry not in listed) or _TEMPORARY.fullmatch(entry):
            os.unlink(folder / entry)
            removed.append(entry)
    return removed
