"""The Store: saved articles, their annotations and cached analyses, durable before every call returns.

Layout (see paths.Layout): an index file (the path the user names) listing the saved articles,
one TinyDB file per article under `<stem>.d/articles/` holding its text and annotations, cached
analyses under `<stem>.d/cache/`, and a sidecar `<name>.lock`. A save rewrites only the article's
file and the index, so its cost does not grow with the annotations of other articles.

Every write: take the lock, read the file fresh, apply the change in memory, serialise, write a
temp file, fsync, rename, fsync the folder, release. Two Store objects (or processes) on the same
path therefore merge their changes and never overwrite each other's.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import MemoryStorage

from quotemark.analysis.model import Article
from quotemark.store import migrate, schema, versions
from quotemark.store.annotation import TAGGING, Annotation, ArticleEntry, new_annotation_id, now_iso
from quotemark.store.errors import ReadOnlyDatabase, StoreError
from quotemark.store.index_rows import article_doc as _article_doc
from quotemark.store.index_rows import entry as _entry
from quotemark.store.index_rows import summary as _summary
from quotemark.store.lock import DEFAULT_TIMEOUT, FileLock, Presence
from quotemark.store.paths import Layout
from quotemark.store.records import (
    ARTICLE_ID,
    annotation_from_record,
    article_fields,
    article_length,
    check_record,
    load_records,
)
from quotemark.store.regular_file import read_regular
from quotemark.store.storage import (
    Damaged,
    atomic_write,
    dumps,
    looks_like_ours,
    memory_tables,
    move_aside,
    parse_tables,
    read_json,
    remove_leftover_temps,
)
from quotemark.store.versions import Anchored

ARTICLES = "articles"  # index table: one row per saved article
ARTICLE = "article"  # article-file table: the article itself (doc 1)
ANNOTATIONS = "annotations"  # article-file table: its annotations

Tables = dict[str, dict[str, Any]]
MAX_CACHE_FILES = 300  # cached analyses kept; older ones are deleted (derived data, recomputed on demand)


class Store:
    """The reader's database: saved articles, annotations and analysis cache at `path`."""

    def __init__(self, path: Path | str, lock_timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(path).expanduser()
        if self.path.is_symlink():  # the data folder and the lock belong beside the real file
            self.path = Path(os.path.realpath(self.path))
        self.layout = Layout(self.path)
        self.read_only = False
        self.read_only_reason = ""
        self.warnings: list[str] = []  # damaged article files met (and moved aside) while listing
        self._lock = FileLock(self.layout.lock, timeout=lock_timeout)
        self._presence: Presence | None = None
        self._open()
        if self.path.parent.is_dir():
            self._presence = Presence(self.layout.presence)

    def others_open(self) -> bool:
        """Return True when another quotemark (or another Store) has this database open; saves from both are merged."""
        return self._presence is not None and self._presence.others()

    def close(self) -> None:
        """Return after releasing what the Store holds open (nothing is buffered: every change is already saved)."""
        if self._presence is not None:
            self._presence.close()
            self._presence = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ opening

    def _open(self) -> None:
        """Create what is missing, clean up after crashes, and check the schema version."""
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a folder; give the path of a database file (e.g. {self.path / 'quotemark.json'})")
        tables = self._read(self.path)  # first: nothing is created beside a file that is not a database
        try:
            for folder in (self.path.parent, self.layout.articles_dir, self.layout.cache_dir):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not self.path.exists():
                raise StoreError(f"cannot create the database at {self.path}: {exc.strerror or exc}") from None
            self._set_read_only(f"its folder cannot be written ({exc.strerror or exc})")
        if tables is not None:
            version = schema.version_of(tables)
            kind = schema.meta_of(tables).get("kind")
            if version > schema.SCHEMA_VERSION:
                self._set_read_only(
                    f"it was written by a newer quotemark (schema {version}, this one reads {schema.SCHEMA_VERSION}); upgrade quotemark to change it"
                )
                return
            if kind not in (None, schema.INDEX_KIND):
                raise StoreError(f"{self.path} is a {kind} file, not a quotemark database; pass the database file with --db")
            if version < schema.SCHEMA_VERSION:
                if self.read_only:
                    return
                migrate.migrate(self, tables, version)
        if self.read_only:
            return
        if not os.access(self.path.parent, os.W_OK):
            self._set_read_only("its folder is not writable")
            return
        try:
            if self._lock.try_acquire():
                try:
                    for folder in self.layout.folders():
                        remove_leftover_temps(folder)
                    if not self.path.exists():
                        atomic_write(self.path, dumps(schema.fresh_tables(schema.INDEX_KIND)))
                finally:
                    self._lock.release()
        except StoreError as exc:
            if not self.path.exists():
                raise
            self._set_read_only(str(exc))

    def _set_read_only(self, reason: str) -> None:
        self.read_only = True
        self.read_only_reason = reason

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyDatabase(f"{self.path} is open read-only: {self.read_only_reason}")

    # ------------------------------------------------------------------ low level

    def _read(self, path: Path) -> Tables | None:
        """Return the tables of `path` (None when missing); a damaged file is moved aside under the lock."""
        try:
            return parse_tables(path)
        except Damaged as exc:
            if not looks_like_ours(path):
                raise move_aside(path, str(exc)) from None  # refuses without touching it
        # Re-check under the lock before touching it: a damaged file is only ever renamed, never rewritten.
        with self._lock:
            try:
                return parse_tables(path)
            except Damaged as exc:
                raise move_aside(path, str(exc)) from None

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
            self._set_read_only(f"{path.name} was written by a newer quotemark (schema {version})")
            self._check_writable()
        if version < schema.SCHEMA_VERSION:
            schema.set_meta(tables, schema=schema.SCHEMA_VERSION, kind=kind)
        return tables

    @contextmanager
    def _editing(self, path: Path, kind: str) -> Iterator[TinyDB]:
        """Yield a TinyDB over the fresh content of `path`; on normal exit it is durably written back.

        The lock must be held by the caller (see `_transaction`).
        """
        tables = self._tables_for_write(path, kind)
        db = TinyDB(storage=MemoryStorage)
        db.storage.write(tables)
        yield db
        atomic_write(path, dumps(db.storage.read()))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Hold the database lock for one logical change."""
        self._check_writable()
        with self._lock:
            yield

    # ------------------------------------------------------------------ articles

    def remember_article(self, article: Article) -> None:
        """Return once the article's text and metadata are saved and its last_opened is now."""
        with self._transaction():
            path = self.layout.article_file(article.id)
            self._ensure_text(article)
            record = article_record(article)
            stored = self._article_tables(article.id)
            if stored is None or _article_doc(stored) != record:
                with self._editing(path, schema.ARTICLE_KIND) as db:
                    db.table(ARTICLE).truncate()
                    db.table(ARTICLE).insert(record)
                    stored = memory_tables(db)
            self._update_index(article.id, stored, opened=True)

    def article(self, article_id: str) -> Article | None:
        """Return the saved article with this id, or None when it was never saved (or its text file is gone)."""
        tables = self._article_tables(article_id)
        if tables is None:
            return None
        doc = _article_doc(tables)
        if doc is None:
            return None
        inline = doc.get("text")  # kept inline in databases upgraded from version 0
        sha = doc.get("text_sha256")
        text = inline if isinstance(inline, str) else self._read_text(article_id, sha if isinstance(sha, str) else None)
        return None if text is None else Article.from_dict(article_fields(doc, text))

    def _ensure_text(self, article: Article) -> None:
        """Return once the article's text file exists (lock held); it is written once, never rewritten in place."""
        path = self.layout.text_file(article.id)
        data = article.text.encode("utf-8")
        try:
            if path.stat().st_size == len(data):
                return
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
        if path.exists():
            # A text file of the wrong size is damaged: keep it aside, never overwrite it.
            with self._lock:
                move_aside(path, "its size does not match the article")
        atomic_write(path, data)

    def _read_text(self, article_id: str, sha: str | None) -> str | None:
        """Return the verified text of an article, None when its file is missing; a damaged one is moved aside."""
        path = self.layout.text_file(article_id)
        try:
            data = read_regular(path)  # a FIFO planted as the text is refused, not waited on
        except FileNotFoundError:
            self.warnings.append(f"the text of article {article_id[:12]} is missing ({path}); its notes are kept")
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
        if sha is not None and hashlib.sha256(data).hexdigest() != sha:
            with self._lock:
                if hashlib.sha256(path.read_bytes()).hexdigest() != sha:
                    raise move_aside(path, "its content does not match its checksum")
            return self._read_text(article_id, sha)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise move_aside(path, "it is not UTF-8 text") from None

    def articles(self) -> list[ArticleEntry]:
        """Return every saved article, most recently opened first, with counts of notes, tags and corrections.

        Annotation saves write only the article's file, so the index's counts can lag: a row whose
        file changed since (size, mtime) was recorded is recounted from the file, and the index
        is refreshed when the lock is free (best effort: it is only a summary).
        """
        index = self._read(self.path) or {}
        rows = {row["id"]: row for row in index.get(ARTICLES, {}).values() if isinstance(row.get("id"), str)}
        entries: list[ArticleEntry] = []
        fresh: dict[str, dict[str, Any]] = {}
        on_disk = {p.stem: p for p in self._article_paths()}
        for article_id in set(rows) | set(on_disk):
            path = on_disk.get(article_id)
            if path is None:
                continue  # its file was moved aside or deleted: nothing to open
            row = rows.get(article_id)
            stamp = _stamp(path)
            if row is None or row.get("stamp") != stamp:
                try:
                    tables = self._read(path)
                except StoreError as exc:
                    self.warnings.append(str(exc))  # listed for the UI; the other articles stay usable
                    continue
                if tables is None:
                    continue
                row = {**(row or {}), **_summary(article_id, tables), "stamp": stamp}
                fresh[article_id] = row
            entries.append(_entry(row))
        if fresh:
            self._refresh_index(fresh)
        entries.sort(key=lambda e: (e.last_opened or "", e.id), reverse=True)
        return entries

    def _refresh_index(self, rows: dict[str, dict[str, Any]]) -> None:
        """Return after writing recounted rows to the index, if that can be done now without waiting."""
        if self.read_only or not self._lock.try_acquire():
            return
        try:
            with self._editing(self.path, schema.INDEX_KIND) as db:
                table = db.table(ARTICLES)
                for article_id, row in rows.items():
                    if _stamp(self.layout.article_file(article_id)) != row.get("stamp"):
                        continue  # changed again meanwhile: the next listing recounts it
                    table.upsert(row, Query().id == article_id)
        except StoreError:
            pass  # a summary that could not be saved is recomputed next time
        finally:
            self._lock.release()

    def tags(self) -> list[str]:
        """Return every tag name used in the database, sorted."""
        names: set[str] = set()
        for entry in self.articles():
            names.update(entry.tag_names)
        return sorted(names)

    # ------------------------------------------------------------------ annotations

    def annotations(self, article_id: str, include_orphans: bool = False) -> list[Annotation]:
        """Return the article's annotations, whole-article ones first, then by position.

        Orphans (carried from an earlier version of the article but not placed on this text,
        so their offsets do not apply) are left out unless `include_orphans`.
        """
        tables = self._article_tables(article_id)
        if tables is None:
            return []
        found = self._valid(tables, f"articles/{article_id[:12]}")
        return _sorted([a for a in found if include_orphans or not a.orphan])

    def annotations_for(self, article: Article) -> Anchored:
        """Return the article's annotations and orphans, carrying over (once) those of its previous version (see store/versions.py)."""
        return versions.annotations_for(self, article)

    def annotation(self, annotation_id: str) -> Annotation | None:
        """Return the annotation with this id, or None."""
        for path in self._candidate_files(annotation_id):
            tables = self._read(path)
            for doc in (tables or {}).get(ANNOTATIONS, {}).values():
                if doc.get("id") == annotation_id:
                    return next(iter(self._valid({ANNOTATIONS: {"1": doc}}, path.name)), None)
        return None

    def add(self, annotation: Annotation) -> Annotation:
        """Return the annotation with its id set, once it is durably saved (an existing id is kept, e.g. for undo)."""
        if not annotation.article_id:
            raise StoreError("cannot save an annotation without an article id")
        self.replace(annotation.article_id, [], [annotation])
        return annotation

    def update(self, annotation: Annotation) -> None:
        """Return once the changed annotation is saved; raise StoreError when it is no longer in the database."""
        if not annotation.id:
            raise StoreError("cannot update an annotation that was never saved")
        annotation.modified = now_iso()
        with self._transaction():
            with self._editing(self.layout.article_file(annotation.article_id), schema.ARTICLE_KIND) as db:
                table = db.table(ANNOTATIONS)
                if not table.update(annotation.to_dict(), Query().id == annotation.id):
                    raise StoreError("that annotation is no longer in the database (another window removed it?)")

    def remove(self, annotation_id: str) -> None:
        """Return once the annotation is removed (removing an absent id does nothing)."""
        with self._transaction():
            for path in self._candidate_files(annotation_id):
                tables = self._read(path)
                if not any(d.get("id") == annotation_id for d in (tables or {}).get(ANNOTATIONS, {}).values()):
                    continue
                with self._editing(path, schema.ARTICLE_KIND) as db:
                    db.table(ANNOTATIONS).remove(Query().id == annotation_id)
                return

    def replace(self, article_id: str, remove_ids: Iterable[str], add: Iterable[Annotation]) -> list[Annotation]:
        """Return `add` with ids set, once they are saved and `remove_ids` are gone, in one write of the article's file.

        An edit that swaps annotations (a corrected correction, an undo) is then all or nothing.
        An id saved in another file (carried over from an earlier version of the article) is
        removed from it afterwards.
        """
        added = list(add)
        for a in added:
            if a.article_id != article_id:
                raise StoreError("an annotation of another article cannot be saved with this one")
            if not a.id:
                a.id = new_annotation_id(article_id)
        gone = set(remove_ids) - {a.id for a in added}
        with self._transaction():
            path = self.layout.article_file(article_id)
            here = {d["id"] for d in (self._read(path) or {}).get(ANNOTATIONS, {}).values() if isinstance(d.get("id"), str)}
            if added or gone & here:
                with self._editing(path, schema.ARTICLE_KIND) as db:
                    table = db.table(ANNOTATIONS)
                    for a in added:
                        table.upsert(a.to_dict(), Query().id == a.id)
                    if gone & here:
                        table.remove(Query().id.one_of(sorted(gone & here)))
        for annotation_id in sorted(gone - here):
            self.remove(annotation_id)
        return added

    def toggle_tag(self, article: Article, start: int | None, end: int | None, tag: str) -> bool:
        """Return True when `tag` is now on article.text[start:end] (None span = whole article), False when it was removed."""
        tag = tag.strip()
        if not tag:
            raise StoreError("a tag needs a name")
        with self._transaction():
            path = self.layout.article_file(article.id)
            with self._editing(path, schema.ARTICLE_KIND) as db:
                if not db.table(ARTICLE).all():
                    self._ensure_text(article)
                    db.table(ARTICLE).insert(article_record(article))
                table = db.table(ANNOTATIONS)
                present = [
                    doc.doc_id
                    for doc in table.all()
                    if check_record(doc) is None and doc["motivation"] == TAGGING and doc["body"]["value"] == tag
                    and annotation_from_record(doc).same_span(start, end)
                ]
                if present:
                    table.remove(doc_ids=present)
                else:
                    ann = Annotation.tag(article, start, end, tag)
                    ann.id = new_annotation_id(article.id)
                    table.insert(ann.to_dict())
        return not present

    def restore_from(self, path: Path | str) -> int:
        """Return how many annotations were added back from a salvaged (or set-aside) article file.

        Annotations already present (same id) are left as they are, so restoring twice changes
        nothing; the article text is put back when the database lacks it. `path` is only read.
        """
        source = Path(path)
        try:
            tables = parse_tables(source)
        except Damaged as exc:
            raise StoreError(f"{source} cannot be read ({exc}); run `quotemark doctor --salvage` on it first") from None
        if tables is None:
            raise StoreError(f"{source}: no such file")
        docs = [d for d in tables.get(ANNOTATIONS, {}).values() if check_record(d) is None]  # the others stay in `path`
        article_doc = _article_doc(tables)
        by_article: dict[str, list[dict[str, Any]]] = {}
        for d in docs:
            by_article.setdefault(str(d["article_id"]), []).append(d)
        if article_doc and isinstance(article_doc.get("id"), str) and ARTICLE_ID.match(article_doc["id"]):
            by_article.setdefault(article_doc["id"], [])
        added = 0
        with self._transaction():
            for article_id, items in by_article.items():
                with self._editing(self.layout.article_file(article_id), schema.ARTICLE_KIND) as db:
                    if article_doc and article_doc.get("id") == article_id and not db.table(ARTICLE).all():
                        db.table(ARTICLE).insert(article_doc)
                    table = db.table(ANNOTATIONS)
                    have = {d["id"] for d in table.all() if isinstance(d.get("id"), str)}
                    for d in items:
                        if d["id"] not in have and check_record(d) is None:
                            table.insert(annotation_from_record(d).to_dict())
                            added += 1
        return added

    # ------------------------------------------------------------------ analysis cache

    def save_analysis(self, key: str, data: dict[str, Any]) -> None:
        """Return once `data` is cached under `key` (replacing what was there)."""
        payload = dumps({"key": key, "schema": schema.SCHEMA_VERSION, "data": data})
        with self._transaction():
            self.layout.cache_dir.mkdir(parents=True, exist_ok=True)
            atomic_write(self.layout.cache_file(key), payload)
            self._prune_cache()

    def _prune_cache(self) -> None:
        """Return after deleting the oldest cached analyses beyond MAX_CACHE_FILES (they are recomputed on demand)."""
        try:
            files = [p for p in self.layout.cache_dir.glob("*.json") if not p.name.startswith(".")]
            if len(files) <= MAX_CACHE_FILES:
                return
            files.sort(key=lambda p: p.stat().st_mtime_ns)
            for old in files[: len(files) - MAX_CACHE_FILES]:
                old.unlink()
        except OSError:
            pass  # only a cache: a failed clean-up costs disk space, nothing else

    def load_analysis(self, key: str) -> dict[str, Any] | None:
        """Return the analysis cached under `key`, or None (missing or unreadable: it is only a cache)."""
        try:
            doc = read_json(self.layout.cache_file(key))
        except (FileNotFoundError, Damaged, StoreError):
            return None
        data = doc.get("data") if isinstance(doc, dict) and doc.get("key") == key else None
        return data if isinstance(data, dict) else None

    # ------------------------------------------------------------------ helpers

    def _valid(self, tables: Tables, where: str) -> list[Annotation]:
        """Return the valid annotations of an article file's tables; the others are named in self.warnings."""
        found, bad = load_records(tables.get(ANNOTATIONS, {}), where, article_length(_article_doc(tables)))
        self.warnings.extend(m for m in (b.message() for b in bad) if m not in self.warnings)
        return found

    def _article_tables(self, article_id: str) -> Tables | None:
        """Return the tables of the article's file, None when it has none."""
        tables = self._read(self.layout.article_file(article_id))
        if tables is not None and schema.version_of(tables) > schema.SCHEMA_VERSION and not self.read_only:
            self._set_read_only(f"article {article_id[:12]} was written by a newer quotemark")
        return tables

    def _article_paths(self) -> list[Path]:
        """Return every per-article file on disk."""
        try:
            return sorted(p for p in self.layout.articles_dir.glob("*.json") if ARTICLE_ID.match(p.stem))
        except OSError:
            return []

    def _candidate_files(self, annotation_id: str) -> list[Path]:
        """Return the article files that may hold `annotation_id`: the one its prefix names, else all."""
        prefix = annotation_id.split("-", 1)[0]
        if len(prefix) == 16 and all(c in "0123456789abcdef" for c in prefix):
            named = sorted(self.layout.articles_dir.glob(f"{prefix}*.json"))
            if named:
                return named
        return self._article_paths()

    def _update_index(self, article_id: str, article_tables: Tables, opened: bool = False) -> None:
        """Return once the index row of the article matches its file (lock held)."""
        row = _summary(article_id, article_tables)
        row["stamp"] = _stamp(self.layout.article_file(article_id))
        with self._editing(self.path, schema.INDEX_KIND) as db:
            table = db.table(ARTICLES)
            old = table.get(Query().id == article_id)
            row["last_opened"] = now_iso() if opened or old is None else old.get("last_opened")
            table.upsert(row, Query().id == article_id)


def article_record(article: Article) -> dict[str, Any]:
    """Return what an article file keeps about the article: its metadata, length and text checksum (the text has its own file)."""
    record = article.to_dict()
    text = record.pop("text")
    record["length"] = len(text)
    record["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return record


def _stamp(path: Path) -> list[int] | None:
    """Return [size, mtime_ns] of a file, None when it does not exist."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _sorted(annotations: list[Annotation]) -> list[Annotation]:
    """Return annotations in reading order: whole-article ones first, then by start, end, creation."""
    return sorted(
        annotations,
        key=lambda a: (
            a.start is not None,
            a.start if a.start is not None else -1,
            a.end if a.end is not None else -1,
            a.created,
            a.id,
        ),
    )


def key_for(*parts: str) -> str:
    """Return a stable cache key built from `parts` (e.g. article id, model name, analyser version)."""
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()
