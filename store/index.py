"""The index: the library's list of saved articles (with counts and last opened), kept in the file the user names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tinydb import Query

from quotemark.store import schema
from quotemark.store.annotation import ArticleEntry, now_iso
from quotemark.store.errors import StoreError
from quotemark.store.files import ARTICLES, Files, Tables
from quotemark.store.index_rows import entry, summary


def listing(files: Files) -> list[ArticleEntry]:
    """Return every saved article, most recently opened first, with counts of notes, tags and corrections.

    Annotation saves write only the article's file, so the index's counts can lag: a row whose
    file changed since (size, mtime) was recorded is recounted from the file, and the index
    is refreshed when the lock is free (best effort: it is only a summary).
    """
    index = files.read(files.path) or {}
    rows = {row["id"]: row for row in index.get(ARTICLES, {}).values() if isinstance(row.get("id"), str)}
    entries: list[ArticleEntry] = []
    fresh: dict[str, dict[str, Any]] = {}
    on_disk = {p.stem: p for p in files.article_paths()}
    for article_id in set(rows) | set(on_disk):
        path = on_disk.get(article_id)
        if path is None:
            continue  # its file was moved aside or deleted: nothing to open
        row = rows.get(article_id)
        now = stamp(path)
        if row is None or row.get("stamp") != now:
            try:
                tables = files.read(path)
            except StoreError as exc:
                files.warnings.append(str(exc))  # listed for the UI; the other articles stay usable
                continue
            if tables is None:
                continue
            row = {**(row or {}), **summary(article_id, tables), "stamp": now}
            fresh[article_id] = row
        entries.append(entry(row))
    if fresh:
        _refresh(files, fresh)
    entries.sort(key=lambda e: (e.last_opened or "", e.id), reverse=True)
    return entries


def tag_names(files: Files) -> list[str]:
    """Return every tag name used in the database, sorted."""
    names: set[str] = set()
    for item in listing(files):
        names.update(item.tag_names)
    return sorted(names)


def update_row(files: Files, article_id: str, article_tables: Tables, opened: bool = False) -> None:
    """Return once the index row of the article matches its file, with last_opened now when `opened` (lock held)."""
    row = summary(article_id, article_tables)
    row["stamp"] = stamp(files.layout.article_file(article_id))
    with files.editing(files.path, schema.INDEX_KIND) as db:
        table = db.table(ARTICLES)
        old = table.get(Query().id == article_id)
        row["last_opened"] = now_iso() if opened or old is None else old.get("last_opened")
        table.upsert(row, Query().id == article_id)


def stamp(path: Path) -> list[int] | None:
    """Return [size, mtime_ns] of a file, None when it does not exist."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _refresh(files: Files, rows: dict[str, dict[str, Any]]) -> None:
    """Return after writing recounted rows to the index, if that can be done now without waiting."""
    if files.read_only or not files.lock.try_acquire():
        return
    try:
        with files.editing(files.path, schema.INDEX_KIND) as db:
            table = db.table(ARTICLES)
            for article_id, row in rows.items():
                if stamp(files.layout.article_file(article_id)) != row.get("stamp"):
                    continue  # changed again meanwhile: the next listing recounts it
                table.upsert(row, Query().id == article_id)
    except StoreError:
        pass  # a summary that could not be saved is recomputed next time
    finally:
        files.lock.release()
