"""Everything that touches the database files: durable saves, a lock for two processes,
schema versions and migrations, and anchoring of annotation targets.

Public API (exactly what the app, the CLI and the exports use):
    default_db_path() -> Path                       $QUOTEMARK_DB, else the user data folder
    Store(path)                                     the database (store/database.py):
        .remember_article(article) / .article(id) / .articles() -> [ArticleEntry] / .tags()
        .annotations(article_id) / .annotations_for(article) -> Anchored
        .add(annotation) -> annotation
        .replace(article_id, remove_ids, add) -> added       one write: all of it or none
        .restore_from(path) -> count                          doctor --salvage
        .analysis_cache -> AnalysisCache (.save(key, data) / .load(key))   what the analysis runner is given
        .read_only, .read_only_reason, .warnings, .others_open(), .close()
        .files -> Files                                      the internal interface (importing, repair, cli_support)
    key_for(*parts) -> str                          an analysis cache key
    Annotation, ArticleEntry, Anchored              the records
    StoreError > CorruptDatabase (others in store/errors.py)

Where the rest lives, by responsibility:
    files.py            locked fresh reads and durable edits, read-only state (the internal interface)
    articles.py         article records and their text files; restoring a salvaged file
    annotations.py      an article's annotations: reading, replace/remove in one write
    index.py            the library listing and last opened (rows: index_rows.py)
    analysis_cache.py   cached analyses
    versions.py         carry-over between versions of an article; repair.py removes duplicated copies
    migrate.py, schema.py, storage.py, lock.py, paths.py, records.py   the files underneath
    anchoring.reanchor, w3c.to_w3c / from_w3c / read_w3c, importing.import_annotations
CLI helpers (plain functions, no printing): store.cli_support.annotate / doctor, store.doctor.check / salvage,
store.repair.repair (doctor --repair).
"""

from quotemark.store.analysis_cache import AnalysisCache, key_for
from quotemark.store.annotation import Annotation, ArticleEntry
from quotemark.store.database import Store
from quotemark.store.errors import CorruptDatabase, StoreError
from quotemark.store.paths import default_db_path
from quotemark.store.versions import Anchored

__all__ = [
    "AnalysisCache",
    "Anchored",
    "Annotation",
    "ArticleEntry",
    "CorruptDatabase",
    "Store",
    "StoreError",
    "default_db_path",
    "key_for",
]
