"""An exclusive lock on a sidecar file (never the data file), shared by every process using the database."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from pathlib import Path
from types import TracebackType

from quotemark.store.errors import DatabaseLocked, StoreError

DEFAULT_TIMEOUT = 15.0


class FileLock:
    """A re-entrant fcntl.flock on `path`; waits up to `timeout` seconds for another holder."""

    def __init__(self, path: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = path
        self.timeout = timeout
        self._fd = -1
        self._depth = 0
        self._thread_lock = threading.RLock()

    def acquire(self, timeout: float | None = None) -> None:
        """Return once this process holds the lock; raise DatabaseLocked after the wait runs out."""
        self._thread_lock.acquire()
        if self._depth:
            self._depth += 1
            return
        try:
            fd = self._open()
            wait = self.timeout if timeout is None else timeout
            deadline = time.monotonic() + wait
            delay = 0.002
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        os.close(fd)
                        raise DatabaseLocked(
                            f"{self.path.name}: another quotemark is writing to this database "
                            f"(held for over {wait:.0f} s); try again, or close the other instance"
                        ) from None
                    time.sleep(delay)
                    delay = min(delay * 2, 0.05)
            self._fd = fd
            self._depth = 1
        except BaseException:
            self._thread_lock.release()
            raise

    def try_acquire(self) -> bool:
        """Return True when the lock was free and is now held (no waiting)."""
        try:
            self.acquire(timeout=0)
        except DatabaseLocked:
            return False
        return True

    def release(self) -> None:
        """Return after giving up one level of the lock (the file lock at the last level)."""
        try:
            self._depth -= 1
            if self._depth == 0:
                fd, self._fd = self._fd, -1
                try:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                finally:
                    os.close(fd)
        finally:
            self._thread_lock.release()

    def _open(self) -> int:
        """Return a descriptor on the lock file, created when the folder allows it."""
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        except OSError:
            pass
        try:
            return os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise StoreError(
                f"cannot lock {self.path}: {exc.strerror or exc}; check that the folder exists and is writable"
            ) from None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


class Presence:
    """A shared lock held while a Store is open, so one instance can tell that another has the database open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = -1
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
            fcntl.flock(self._fd, fcntl.LOCK_SH)  # blocks only while another instance probes (microseconds)
        except OSError:
            self.close()  # a read-only folder: presence is a courtesy, not a guarantee

    def others(self) -> bool:
        """Return True when another Store (this process or another) has the database open now."""
        if self._fd < 0:
            return False
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            return True
        fcntl.flock(self._fd, fcntl.LOCK_SH)
        return False

    def close(self) -> None:
        """Return after giving up the shared lock."""
        fd, self._fd = self._fd, -1
        if fd >= 0:
            try:
                os.close(fd)
            except OSError:
                pass

    def __del__(self) -> None:
        self.close()
