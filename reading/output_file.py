"""Writing a file the user names (or the app names for them) without ever following a planted link or replacing a device.

`write_output` is for a path the user gave (`export -o FILE`): a regular file is replaced
atomically through a temporary file created with O_EXCL beside it (a name nobody can plant in
advance); a symbolic link is written through to the file it names, deliberately, and stays a
link; a character device or FIFO is streamed to, never renamed over; a folder, socket or block
device is refused. `write_new` is for files the app names itself (exports, the clipboard's last
resort): it never replaces anything, a taken name gets a numbered one.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from quotemark.store.regular_file import kind_of


class OutputError(OSError):
    """The output cannot be written; str() is one line saying why (nothing was replaced). An OSError, as callers expect."""


def write_output(target: str | os.PathLike[str], data: bytes) -> Path | None:
    """Return the regular file written (None for a stream: "-", a device or a FIFO), once `data` is all of it."""
    if os.fspath(target) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return None
    path = Path(target)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    if st is not None and stat.S_ISLNK(st.st_mode):
        real = Path(os.path.realpath(path))
        if not real.parent.is_dir():
            raise OutputError(f"cannot write {path}: it is a link to {real}, whose folder does not exist")
        return write_output(real, data) if not real.is_symlink() else _refuse_loop(path)
    if st is None:
        _replace_atomically(path, data, None)
        return path
    if stat.S_ISREG(st.st_mode):
        _replace_atomically(path, data, st)
        return path
    if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
        _stream(path, data)
        return None
    raise OutputError(f"cannot write {path}: it is {kind_of(st.st_mode)}; give the name of a file")


def _refuse_loop(path: Path) -> Path:
    raise OutputError(f"cannot write {path}: the link does not lead to a file (a loop?)")


def _replace_atomically(path: Path, data: bytes, old: os.stat_result | None) -> None:
    """Return once `path` holds `data`, written to a fresh O_EXCL temp file in its folder and renamed over it."""
    folder = path.parent if str(path.parent) else Path(".")
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")  # O_EXCL | O_NOFOLLOW
        with os.fdopen(fd, "wb") as out:
            if old is not None:
                os.fchmod(out.fileno(), stat.S_IMODE(old.st_mode))
            else:
                os.fchmod(out.fileno(), 0o666 & ~_umask())
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        tmp = ""
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def _stream(path: Path, data: bytes) -> None:
    """Return once `data` is written to a character device or FIFO (a FIFO nobody reads is refused, not waited on)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OutputError(f"cannot write {path}: no program is reading from it") from None
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        st = os.fstat(fd)
        if not (stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
            raise OutputError(f"cannot write {path}: it changed while it was opened")
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def _umask() -> int:
    """Return the process umask without changing it (os.umask would, for a moment, in every thread); 0o077 when unknown."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o077


def write_new(folder: Path, stem: str, suffix: str, data: bytes) -> Path:
    """Return the path of a new file `folder/stem.suffix` (or `stem-N.suffix`) holding `data`; nothing existing is replaced.

    The data goes to an O_EXCL temp file first and is hard-linked to its name, which fails
    rather than replace anything planted there (a link, a device, another export).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if folder.is_symlink() or not folder.is_dir():
            raise OutputError(f"cannot write in {folder}: it is not a folder")
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{stem}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        for n in range(1000):
            path = folder / (f"{stem}{suffix}" if n == 0 else f"{stem}-{n}{suffix}")
            try:
                os.link(tmp, path, follow_symlinks=False)
                return path
            except FileExistsError:
                continue
        raise OutputError(f"cannot write in {folder}: {stem}{suffix} and 999 numbered names are taken")
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {exc.strerror or exc}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)
