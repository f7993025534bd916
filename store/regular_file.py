"""Reading a file that must be a regular file: a FIFO, a device or an endless file is refused, never read forever."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quotemark.store.errors import StoreError

MAX_FILE_BYTES = 512 * 1024 * 1024  # far above any database or annotation file; /dev/zero stops here
_CHUNK = 1 << 20


def kind_of(mode: int) -> str:
    """Return a word for the kind of file a stat mode describes."""
    for test, word in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return word
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def read_regular(path: Path | str, limit: int = MAX_FILE_BYTES) -> bytes:
    """Return the bytes of the regular file at `path`.

    Raises FileNotFoundError when it does not exist, StoreError when it is not a regular file
    (opened without blocking, so a FIFO with no writer cannot hang), is larger than `limit`
    (also when it grows while read), or cannot be read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise StoreError(f"{path} is {kind_of(mode)}, not a regular file; give the path of a file")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, _CHUNK)
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > limit:
                raise StoreError(f"{path} is larger than {limit // (1024 * 1024)} MB; it is not a file quotemark wrote")
            chunks.append(chunk)
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
