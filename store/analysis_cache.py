"""The analysis cache: analyses saved under a key, one file each under `<stem>.d/cache/`; derived data, recomputed when missing."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from quotemark.store import schema
from quotemark.store.errors import ReadOnlyDatabase, StoreError
from quotemark.store.lock import FileLock
from quotemark.store.paths import Layout
from quotemark.store.storage import Damaged, atomic_write, dumps, read_json

MAX_CACHE_FILES = 300  # cached analyses kept; older ones are deleted (derived data, recomputed on demand)


def key_for(*parts: str) -> str:
    """Return a stable cache key built from `parts` (e.g. article id, model name, analyser version)."""
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


class AnalysisCache:
    """Cached analyses of the database at `layout`, written under the database's lock; reads never fail (a bad entry is a miss)."""

    def __init__(
        self,
        layout: Layout,
        lock: FileLock,
        read_only: Callable[[], str | None],
        saved: Callable[[dict[str, Any], bool], None] | None = None,
    ) -> None:
        self._layout = layout
        self._lock = lock
        self._read_only = read_only  # returns why writes are refused, None when they are allowed
        self._saved = saved  # told of every analysis saved (under the lock) or loaded: the library keeps its quotations

    def save(self, key: str, data: dict[str, Any]) -> None:
        """Return once `data` is cached under `key` (replacing what was there); raise StoreError when it cannot be."""
        reason = self._read_only()
        if reason is not None:
            raise ReadOnlyDatabase(f"{self._layout.index} is open read-only: {reason}")
        payload = dumps({"key": key, "schema": schema.SCHEMA_VERSION, "data": data})
        with self._lock:
            try:
                self._layout.cache_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {self._layout.cache_dir}: {exc.strerror or exc}") from None
            atomic_write(self._layout.cache_file(key), payload)
            self._prune()
            if self._saved is not None:
                self._saved(data, False)

    def load(self, key: str) -> dict[str, Any] | None:
        """Return the analysis cached under `key`, or None (missing or unreadable: it is only a cache)."""
        try:
            doc = read_json(self._layout.cache_file(key))
        except (FileNotFoundError, Damaged, StoreError):
            return None
        if not isinstance(doc, dict) or doc.get("key") != key or not isinstance(doc.get("data"), dict):
            return None
        data: dict[str, Any] = doc["data"]
        if self._saved is not None and self._read_only() is None:
            self._saved(data, True)
        return data

    def _prune(self) -> None:
        """Return after deleting the oldest cached analyses beyond MAX_CACHE_FILES (they are recomputed on demand)."""
        try:
            files = [p for p in self._layout.cache_dir.glob("*.json") if not p.name.startswith(".")]
            if len(files) <= MAX_CACHE_FILES:
                return
            files.sort(key=lambda p: p.stat().st_mtime_ns)
            for old in files[: len(files) - MAX_CACHE_FILES]:
                old.unlink()
        except OSError:
            pass  # only a cache: a failed clean-up costs disk space, nothing else
