"""Upgrade an older database to the current schema, after keeping a backup `<db>.v{N}.bak`.

Version 0 is the single-file layout (no `_meta` table): one TinyDB file holding an `articles`
table (article documents with their text) and an `annotations` table (each with its article_id).
Version 1 splits it into an index plus one file per article (see database.py and files.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotemark.analysis.model import Article
from quotemark.store import schema
from quotemark.store.annotation import new_annotation_id
from quotemark.store.errors import StoreError
from quotemark.store.records import BadRecord, annotation_from_record, article_fields
from quotemark.store.storage import atomic_write, dumps, parse_tables

if TYPE_CHECKING:
    from quotemark.store.files import Files

Tables = dict[str, dict[str, Any]]


def backup_path(path: Path, version: int) -> Path:
    """Return a free `<path>.v{version}.bak` name (numbered when one already exists)."""
    candidate = path.with_name(f"{path.name}.v{version}.bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v{version}.bak{n}")
        n += 1
    return candidate


def migrate(store: Files, tables: Tables, version: int) -> Path:
    """Return the backup path after upgrading the store's index file from `version` to the current schema."""
    with store.lock:
        # Another process may have migrated while we waited for the lock.
        current = parse_tables(store.path)
        if current is None or schema.version_of(current) >= schema.SCHEMA_VERSION:
            return store.path
        version = schema.version_of(current)
        backup = backup_path(store.path, version)
        try:
            atomic_write(backup, store.path.read_bytes())
        except OSError as exc:
            raise StoreError(f"cannot back up {store.path} before upgrading it: {exc.strerror or exc}") from None
        while version < schema.SCHEMA_VERSION:
            step = STEPS.get(version)
            if step is None:
                raise StoreError(f"{store.path}: no upgrade from schema {version}; its backup is {backup}")
            current = step(store, current)
            version += 1
        atomic_write(store.path, dumps(current))
        return backup


def _v0_to_v1(store: Files, tables: Tables) -> Tables:
    """Return the v1 index after writing one v1 file per article of a v0 single-file database."""
    from quotemark.store.files import ANNOTATIONS, ARTICLE, ARTICLES
    from quotemark.store.index import stamp as _stamp
    from quotemark.store.index_rows import summary as _summary

    articles: dict[str, dict[str, Any]] = {}
    for doc in tables.get(ARTICLES, {}).values():
        if isinstance(doc.get("text"), str):
            art = Article.from_dict(article_fields(doc, doc["text"]))
            articles[art.id] = {"article": art.to_dict(), "annotations": [], "last_opened": doc.get("last_opened")}
    for doc_id, doc in tables.get(ANNOTATIONS, {}).items():
        try:
            ann = annotation_from_record(doc, need_id=False)
        except BadRecord as exc:  # the backup keeps it; the upgraded files hold only valid records
            store.warnings.append(
                f"{store.path.name} annotation #{doc_id}: {exc}; left out of the upgrade (kept in the backup)"
            )
            continue
        if not ann.id:
            ann.id = new_annotation_id(ann.article_id)
        articles.setdefault(ann.article_id, {"article": None, "annotations": [], "last_opened": None})
        articles[ann.article_id]["annotations"].append(ann.to_dict())
    index = schema.fresh_tables(schema.INDEX_KIND)
    rows: dict[str, Any] = {}
    store.layout.articles_dir.mkdir(parents=True, exist_ok=True)
    for n, (article_id, item) in enumerate(sorted(articles.items()), start=1):
        file_tables = schema.fresh_tables(schema.ARTICLE_KIND)
        if item["article"] is not None:
            file_tables[ARTICLE] = {"1": item["article"]}
        file_tables[ANNOTATIONS] = {str(i): a for i, a in enumerate(item["annotations"], start=1)}
        path = store.layout.article_file(article_id)
        atomic_write(path, dumps(file_tables))
        row = _summary(article_id, file_tables)
        row["stamp"] = _stamp(path)
        row["last_opened"] = item["last_opened"]
        rows[str(n)] = row
    index[ARTICLES] = rows
    return index


STEPS: dict[int, Callable[[Files, Tables], Tables]] = {0: _v0_to_v1}
