"""Durable JSON files: atomic replace on write, strict parse on read, a TinyDB Storage on top.

A write never touches the live file: the document is serialised first (so a value JSON cannot
hold fails before any I/O), written to a temp file in the same folder, fsynced, renamed over the
live file with os.replace and the folder fsynced, so a crash leaves the old or the new file,
never a mix. Temp files carry a fixed marker so leftovers from a crash can be found and removed.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb.storages import Storage

from quotemark.store import safe_json
from quotemark.store.errors import CorruptDatabase, StoreError
from quotemark.store.regular_file import read_regular

if TYPE_CHECKING:
    from tinydb import TinyDB

TEMP_MARK = ".qm-tmp-"

# The system calls of a save, named here so fault-injection tests can make each one fail.
_mkstemp = tempfile.mkstemp
_write = os.write
_fsync = os.fsync
_close = os.close
_replace = os.replace


class Damaged(Exception):
    """A file whose bytes are not the JSON document expected; str() says why."""


def dumps(data: Any) -> bytes:
    """Return `data` as compact ASCII JSON; raise StoreError for values JSON cannot hold (NaN, infinity, objects)."""
    try:
        # ASCII with \u escapes: faster to write than UTF-8 here, and any lone surrogate survives.
        return json.dumps(data, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")
    except (TypeError, ValueError, RecursionError) as exc:
        raise StoreError(f"cannot save: the data is not valid JSON ({exc})") from None


def atomic_write(path: Path, payload: bytes) -> None:
    """Return once `payload` is durably the whole content of `path`; the old file survives any failure."""
    if path.is_symlink():  # the link stays a link: the file it names is replaced
        path = Path(os.path.realpath(path))
    folder = path.parent
    fd = -1
    tmp = ""
    replaced = False
    try:
        fd, tmp = _mkstemp(prefix=f".{path.name}{TEMP_MARK}", dir=folder)
        keep_mode_and_owner(fd, path)
        view = memoryview(payload)
        while view:
            written = _write(fd, view)
            view = view[written:]
        _fsync(fd)
        fd, closing = -1, fd  # never closed twice, even when close() reports an error
        _close(closing)
        _replace(tmp, path)
        tmp, replaced = "", True
        fsync_dir(folder)
    except OSError as exc:
        if not replaced:
            raise StoreError(f"cannot save {path}: {_reason(exc)}; the file on disk is unchanged") from None
        raise StoreError(f"cannot save {path}: {_reason(exc)}; the change may not survive a power cut") from None
    finally:
        if fd >= 0:
            try:
                _close(fd)
            except OSError:
                pass
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def keep_mode_and_owner(fd: int, path: Path) -> None:
    """Return after giving the open temp file `fd` the mode, owner and group of the file it will replace.

    A new file keeps mkstemp's 0600; the owner can only be kept by a process allowed to chown
    (root saving a user's database must not lock the user out).
    """
    try:
        old = os.stat(path)
    except OSError:
        return
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except OSError:
            pass  # not allowed (not root): the file becomes the saver's, as any editor would leave it


def fsync_dir(folder: Path) -> None:
    """Return once the folder entry changes (a rename) are on disk."""
    dfd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        _fsync(dfd)
    finally:
        _close(dfd)


def _reason(exc: OSError) -> str:
    """Return a short human reason for an OS error."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is exceeded"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def read_json(path: Path) -> Any:
    """Return the parsed JSON document at `path`.

    Raises FileNotFoundError when it does not exist, Damaged when the bytes are not one JSON
    document (empty, truncated, extra data), StoreError when it cannot be read.
    """
    raw = read_regular(path)  # a FIFO or /dev/zero given as a database is refused, not read forever
    if not raw.strip():
        raise Damaged("the file is empty")
    try:
        return safe_json.loads(raw)  # bounded: too deep, NaN or a huge number is damage, not a crash
    except safe_json.UnsafeJSON as exc:
        raise Damaged(str(exc)) from None


def check_tables(data: Any) -> str | None:
    """Return why `data` is not a TinyDB document ({table: {doc_id: {...}}}), or None when it is."""
    if not isinstance(data, dict):
        return f"expected a JSON object of tables, found {type(data).__name__ if data is not None else 'null'}"
    for name, table in data.items():
        if not isinstance(table, dict):
            return f"table {name!r} is {type(table).__name__}, not an object"
        for doc_id, doc in table.items():
            if not isinstance(doc, dict):
                return f"document {name}/{doc_id} is {type(doc).__name__}, not an object"
            if not doc_id.isdigit() or len(doc_id) > 18:
                return f"document id {name}/{doc_id!r} is not a number"
    return None


def corrupt_name(path: Path, label: str = "corrupt") -> Path:
    """Return a free `<path>.<label>-<UTC time>` name next to `path`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    return candidate


def move_aside(path: Path, why: str) -> StoreError:
    """Return the error to raise after renaming the unreadable `path` to a `.corrupt-<time>` name.

    A file that does not look like a database at all is left where it is (a plain StoreError).
    """
    if not looks_like_ours(path):
        return StoreError(f"{path} is not a quotemark database ({why}); it was left untouched. Check the --db path")
    aside = corrupt_name(path)
    try:
        os.rename(path, aside)
        fsync_dir(path.parent)
    except OSError as exc:
        return CorruptDatabase(
            f"{path} is damaged ({why}) and could not be moved aside ({_reason(exc)}); "
            f"it was not changed. Run `quotemark doctor` on it",
            path=path,
            moved_to=None,
        )
    return CorruptDatabase(
        f"{path} is damaged ({why}); it was moved to {aside} and kept unchanged. "
        f"An empty one takes its place; `quotemark doctor {aside}` can salvage it",
        path=path,
        moved_to=aside,
    )


def parse_tables(path: Path) -> dict[str, dict[str, Any]] | None:
    """Return the TinyDB tables stored at `path` (None when missing); raise Damaged when unreadable."""
    try:
        data = read_json(path)
    except FileNotFoundError:
        return None
    why = check_tables(data)
    if why:
        raise Damaged(why)
    return canonical_ids(data)


def canonical_ids(tables: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Return `tables` with every document id in plain ASCII decimal: "02" or "٣" get a new free number.

    TinyDB reads ids with int(), so "02" beside "2" (or "٣" beside "3") would be one document
    and the next save would drop the other; renumbering keeps both.
    """
    for table in tables.values():
        odd = [k for k in table if not (k.isascii() and k.isdigit() and str(int(k)) == k)]
        if odd:
            next_id = max((int(k) for k in table if k not in odd), default=0) + 1
            for k in odd:
                table[str(next_id)] = table.pop(k)
                next_id += 1
    return tables


def looks_like_ours(path: Path) -> bool:
    """Return True when a damaged `path` may be moved aside: a .json name, or content that began as JSON.

    A mistyped --db naming someone's article or spreadsheet is refused instead of renamed.
    """
    if path.suffix.lower() == ".json":
        return True
    if path.parent.name in ("articles", "cache") and path.parent.parent.name.endswith(".d"):
        return True  # inside a database's own data folder
    try:
        with path.open("rb") as f:
            head = f.read(64).lstrip()
    except OSError:
        return False
    return head == b"" or head[:1] in (b"{", b"[", b'"') or head.startswith(b"null")


def read_tables(path: Path) -> dict[str, dict[str, Any]] | None:
    """Return the TinyDB tables stored at `path` (None when missing); a damaged file is moved aside and CorruptDatabase raised."""
    try:
        return parse_tables(path)
    except Damaged as exc:
        raise move_aside(path, str(exc)) from None


def remove_leftover_temps(folder: Path) -> list[Path]:
    """Return the temp files left by interrupted writes in `folder`, after deleting them.

    Call only while holding the database lock: every live writer holds it too.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if TEMP_MARK in name and name.startswith("."):
            p = folder / name
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed


class AtomicJSONStorage(Storage):
    """A TinyDB Storage that reads the file fresh on every read and replaces it atomically on every write."""

    def __init__(self, path: str | os.PathLike[str], create_dirs: bool = True) -> None:
        self.path = Path(path)
        if create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    def read(self) -> dict[str, dict[str, Any]] | None:
        """Return the tables on disk, or None for a missing file (TinyDB then starts empty)."""
        return read_tables(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Return once `data` is durably on disk."""
        atomic_write(self.path, dumps(data))

    def close(self) -> None:
        """Return at once: nothing is buffered."""


def memory_tables(db: TinyDB) -> dict[str, dict[str, Any]]:
    """Return the live tables of a TinyDB over MemoryStorage: changing them changes what is written back."""
    tables = db.storage.read()
    if tables is None:  # MemoryStorage holds whatever was written into it, so only a misuse gets here
        raise StoreError("the database being edited holds no tables")
    return tables
