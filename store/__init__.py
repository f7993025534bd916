"""Everything that touches the database file: durable saves, a lock for two processes,
schema versions and migrations, and anchoring of annotation targets.

Public API (what the TUI and the CLI use):
    default_db_path() -> Path                       $QUOTEMARK_DB, else the user data folder
    Store(path)                                     the database (store/database.py):
        .remember_article(article) / .article(id) / .articles() -> [ArticleEntry] / .tags()
        .annotations(article_id) / .annotations_for(article) -> Anchored / .annotation(id)
        .add(annotation) -> annotation / .update(annotation) / .remove(id)
        .replace(article_id, remove_ids, add) -> added       one write: all of it or none
        .toggle_tag(article, start, end, tag) -> bool
        .save_analysis(key, data) / .load_analysis(key)
        .read_only, .read_only_reason, .warnings, .others_open(), .close()
    Annotation, Target, ArticleEntry, Anchored      the records
    reanchor(annotations, new_text)                 -> (anchored, orphans)
    to_w3c(article, annotations) / from_w3c(data, article=None)
    store.w3c.read_w3c(data, article) -> (annotations, refused)   every item checked (store/records.py)
    store.importing.import_annotations(store, article_id, annotations, replace=False)   one write
    StoreError > CorruptDatabase, ReadOnlyDatabase, DatabaseLocked
CLI helpers (plain functions, no printing): store.cli_support.annotate / doctor, store.doctor.check / salvage,
store.repair.repair (doctor --repair). Carry-over between versions of an article: store/versions.py.
"""

from quotemark.store.anchoring import reanchor
from quotemark.store.annotation import Annotation, ArticleEntry, Target
from quotemark.store.database import Store, key_for
from quotemark.store.errors import (
    CorruptDatabase,
    DatabaseLocked,
    ReadOnlyDatabase,
    StoreError,
)
from quotemark.store.paths import default_db_path
from quotemark.store.versions import Anchored
from quotemark.store.w3c import from_w3c, to_w3c

__all__ = [
    "Anchored",
    "Annotation",
    "ArticleEntry",
    "CorruptDatabase",
    "DatabaseLocked",
    "ReadOnlyDatabase",
    "Store",
    "StoreError",
    "Target",
    "default_db_path",
    "from_w3c",
    "key_for",
    "reanchor",
    "to_w3c",
]
