"""Everything that touches the database file: durable saves, a lock for two processes,
schema versions and migrations, and anchoring of annotation targets.

Public API (what the TUI and the CLI use):
    default_db_path() -> Path
    Store(path)                         the database; see store/database.py
    Annotation, Target, ArticleEntry    the records
    StoreError, CorruptDatabase, ReadOnlyDatabase, DatabaseLocked
"""

from quotemark.store.annotation import Annotation, ArticleEntry, Target
from quotemark.store.database import Anchored, Store, key_for
from quotemark.store.errors import CorruptDatabase, DatabaseLocked, ReadOnlyDatabase, StoreError
from quotemark.store.paths import default_db_path

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
    "key_for",
]
