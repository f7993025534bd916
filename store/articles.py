"""Articles in the store: each one's record in its own file, its text in a text file written once, and restoring a salvaged file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from quotemark.analysis.model import Article
from quotemark.store import index, schema
from quotemark.store.errors import StoreError
from quotemark.store.files import ANNOTATIONS, ARTICLE, Files, Tables
from quotemark.store.index_rows import article_doc
from quotemark.store.records import ARTICLE_ID, annotation_from_record, article_fields, check_record
from quotemark.store.regular_file import read_regular
from quotemark.store.storage import Damaged, atomic_write, memory_tables, move_aside, parse_tables


def article_record(article: Article) -> dict[str, Any]:
    """Return what an article file keeps about the article: its metadata, length and text checksum (the text has its own file)."""
    record = article.to_dict()
    text = record.pop("text")
    record["length"] = len(text)
    record["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return record


def remember(files: Files, article: Article) -> None:
    """Return once the article's text and metadata are saved and its last_opened is now."""
    with files.transaction():
        path = files.layout.article_file(article.id)
        ensure_text(files, article)
        record = article_record(article)
        stored = files.article_tables(article.id)
        if stored is None or article_doc(stored) != record:
            with files.editing(path, schema.ARTICLE_KIND) as db:
                db.table(ARTICLE).truncate()
                db.table(ARTICLE).insert(record)
                stored = memory_tables(db)
        index.update_row(files, article.id, stored, opened=True)


def load(files: Files, article_id: str) -> Article | None:
    """Return the saved article with this id, or None when it was never saved (or its text file is gone)."""
    tables = files.article_tables(article_id)
    return None if tables is None else from_tables(files, article_id, tables)


def from_tables(files: Files, article_id: str, tables: Tables) -> Article | None:
    """Return the article an article file's tables describe (its text read and checked), None when its text is gone."""
    doc = article_doc(tables)
    if doc is None:
        return None
    inline = doc.get("text")  # kept inline in databases upgraded from version 0
    sha = doc.get("text_sha256")
    text = inline if isinstance(inline, str) else _read_text(files, article_id, sha if isinstance(sha, str) else None)
    return None if text is None else Article.from_dict(article_fields(doc, text))


def ensure_text(files: Files, article: Article) -> None:
    """Return once the article's text file exists (lock held); it is written once, never rewritten in place."""
    path = files.layout.text_file(article.id)
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
        with files.lock:
            move_aside(path, "its size does not match the article")
    atomic_write(path, data)


def restore_from(files: Files, path: Path | str) -> int:
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
    doc = article_doc(tables)
    by_article: dict[str, list[dict[str, Any]]] = {}
    for d in docs:
        by_article.setdefault(str(d["article_id"]), []).append(d)
    if doc and isinstance(doc.get("id"), str) and ARTICLE_ID.match(doc["id"]):
        by_article.setdefault(doc["id"], [])
    added = 0
    with files.transaction():
        for article_id, items in by_article.items():
            with files.editing(files.layout.article_file(article_id), schema.ARTICLE_KIND) as db:
                if doc and doc.get("id") == article_id and not db.table(ARTICLE).all():
                    db.table(ARTICLE).insert(doc)
                table = db.table(ANNOTATIONS)
                have = {d["id"] for d in table.all() if isinstance(d.get("id"), str)}
                for d in items:
                    if d["id"] not in have and check_record(d) is None:
                        table.insert(annotation_from_record(d).to_dict())
                        added += 1
    return added


def _read_text(files: Files, article_id: str, sha: str | None) -> str | None:
    """Return the verified text of an article, None when its file is missing; a damaged one is moved aside."""
    path = files.layout.text_file(article_id)
    try:
        data = read_regular(path)  # a FIFO planted as the text is refused, not waited on
    except FileNotFoundError:
        files.warnings.append(f"the text of article {article_id[:12]} is missing ({path}); its notes are kept")
        return None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    if sha is not None and hashlib.sha256(data).hexdigest() != sha:
        with files.lock:
            if hashlib.sha256(path.read_bytes()).hexdigest() != sha:
                raise move_aside(path, "its content does not match its checksum")
        return _read_text(files, article_id, sha)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise move_aside(path, "it is not UTF-8 text") from None
