"""The database's files under one lock: fresh reads, locked durable edits, and the read-only state.

This is the store's internal interface: the Store facade, its modules (articles, annotations,
index, analysis cache) and the carry-over, import and repair code all read and write the files
through a `Files`, never through the Store's own attributes.

Every write: take the lock, read the file fresh, apply the change in memory, serialise, write a
temp file, fsync, rename, fsync the folder, release. Two Store objects (or processes) on the same
path therefore merge their changes and never overwrite each other's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from quotemark.store import schema
from quotemark.store.annotation import Annotation
from quotemark.store.errors import ReadOnlyDatabase
from quotemark.store.index_rows import article_doc
from quotemark.store.lock import FileLock
from quotemark.store.paths import Layout
from quotemark.store.records import ARTICLE_ID, article_length, load_records
from quotemark.store.storage import (
    Damaged,
    atomic_write,
    dumps,
    looks_like_ours,
    memory_tables,
    move_aside,
    parse_tables,
)

Tables = dict[str, dict[str, Any]]
ARTICLES = "articles"  # index table: one row per saved article
ARTICLE = "article"  # article-file table: the article itself (doc 1)
ANNOTATIONS = "annotations"  # article-file table: its annotations


class Files:
    """The files of the database at `path`: its layout, its lock, whether it may be written, and what was found damaged."""

    def __init__(self, path: Path, lock_timeout: float) -> None:
        self.path = path
        self.layout = Layout(path)
        self.lock = FileLock(self.layout.lock, timeout=lock_timeout)
        self.read_only = False
        self.read_only_reason = ""
        self.warnings: list[str] = []  # damaged files and records met (and set aside) while reading

    # ------------------------------------------------------------------ read-only state

    def set_read_only(self, reason: str) -> None:
        """Return after marking the database read-only for `reason` (every later write is refused)."""
        self.read_only = True
        self.read_only_reason = reason

    def check_writable(self) -> None:
        """Return when the database may be written; raise ReadOnlyDatabase otherwise."""
        if self.read_only:
            raise ReadOnlyDatabase(f"{self.path} is open read-only: {self.read_only_reason}")

    # ------------------------------------------------------------------ reading

    def read(self, path: Path) -> Tables | None:
        """Return the tables of `path` (None when missing); a damaged file is moved aside under the lock."""
        try:
            return parse_tables(path)
        except Damaged as exc:
            if not looks_like_ours(path):
                raise move_aside(path, str(exc)) from None  # refuses without touching it
        # Re-check under the lock before touching it: a damaged file is only ever renamed, never rewritten.
        with self.lock:
            try:
                return parse_tables(path)
            except Damaged as exc:
                raise move_aside(path, str(exc)) from None

    def article_tables(self, article_id: str) -> Tables | None:
        """Return the tables of the article's file, None when it has none."""
        tables = self.read(self.layout.article_file(article_id))
        if tables is not None and schema.version_of(tables) > schema.SCHEMA_VERSION and not self.read_only:
            self.set_read_only(f"article {article_id[:12]} was written by a newer quotemark")
        return tables

    def valid(self, tables: Tables, where: str) -> list[Annotation]:
        """Return the valid annotations of an article file's tables; the others are named in self.warnings."""
        found, bad = load_records(tables.get(ANNOTATIONS, {}), where, article_length(article_doc(tables)))
        self.warnings.extend(m for m in (b.message() for b in bad) if m not in self.warnings)
        return found

    def article_paths(self) -> list[Path]:
        """Return every per-article file on disk."""
        try:
            return sorted(p for p in self.layout.articles_dir.glob("*.json") if ARTICLE_ID.match(p.stem))
        except OSError:
            return []

    def candidate_files(self, annotation_id: str) -> list[Path]:
        """Return the article files that may hold `annotation_id`: the one its prefix names, else all."""
        prefix = annotation_id.split("-", 1)[0]
        if len(prefix) == 16 and all(c in "0123456789abcdef" for c in prefix):
            named = sorted(self.layout.articles_dir.glob(f"{prefix}*.json"))
            if named:
                return named
        return self.article_paths()

    # ------------------------------------------------------------------ writing

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the database lock for one logical change (refused when the database is read-only)."""
        self.check_writable()
        with self.lock:
            yield

    @contextmanager
    def editing(self, path: Path, kind: str) -> Iterator[TinyDB]:
        """Yield a TinyDB over the fresh content of `path`; on normal exit it is durably written back.

        The lock must be held by the caller (see `transaction`).
        """
        tables = self._tables_for_write(path, kind)
        db = TinyDB(storage=MemoryStorage)
        db.storage.write(tables)
        yield db
        atomic_write(path, dumps(memory_tables(db)))

    def _tables_for_write(self, path: Path, kind: str) -> Tables:
        """Return the current tables of `path` for a change (a fresh file when missing); the lock is held."""
        try:
            tables = parse_tables(path)
        except Damaged as exc:
            raise move_aside(path, str(exc)) from None
        if tables is None:
            return schema.fresh_tables(kind)
        version = schema.version_of(tables)
        if version > schema.SCHEMA_VERSION:
            self.set_read_only(f"{path.name} was written by a newer quotemark (schema {version})")
            self.check_writable()
        if version < schema.SCHEMA_VERSION:
            schema.set_meta(tables, schema=schema.SCHEMA_VERSION, kind=kind)
        return tables
