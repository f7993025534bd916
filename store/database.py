"""The Store: saved articles, their annotations and cached analyses, durable before every call returns.

Layout (see paths.Layout): an index file (the path the user names) listing the saved articles,
one TinyDB file per article under `<stem>.d/articles/` holding its text and annotations, cached
analyses under `<stem>.d/cache/`, and a sidecar `<name>.lock`. A save rewrites only the article's
file and the index, so its cost does not grow with the annotations of other articles.

This module opens the database (creating, upgrading or refusing it) and is the facade the app
uses; the work is done by files.py (locked reads and writes), articles.py, annotations.py,
index.py, analysis_cache.py and versions.py (carry-over between versions of an article).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotemark.analysis.model import Article
from quotemark.store import annotations as annotation_files
from quotemark.store import articles, index, migrate, saved_quotes, schema, versions
from quotemark.store.analysis_cache import AnalysisCache
from quotemark.store.annotation import Annotation, ArticleEntry
from quotemark.store.errors import StoreError
from quotemark.store.files import Files
from quotemark.store.lock import DEFAULT_TIMEOUT, Presence
from quotemark.store.paths import Layout
from quotemark.store.storage import atomic_write, dumps, remove_leftover_temps
from quotemark.store.versions import Anchored

if TYPE_CHECKING:
    from quotemark.store.library import LibraryIndex


class Store:
    """The reader's database: saved articles, annotations and analysis cache at `path`."""

    def __init__(self, path: Path | str, lock_timeout: float = DEFAULT_TIMEOUT) -> None:
        real = Path(path).expanduser()
        if real.is_symlink():  # the data folder and the lock belong beside the real file
            real = Path(os.path.realpath(real))
        self.files = Files(real, lock_timeout)
        self.analysis_cache = AnalysisCache(self.files.layout, self.files.lock, self._refusal, self._analysed)
        self._library: LibraryIndex | None = None
        self._presence: Presence | None = None
        self._open()
        if self.path.parent.is_dir():
            self._presence = Presence(self.layout.presence)

    @property
    def path(self) -> Path:
        """Return the index file's path (the real file when the path given was a link)."""
        return self.files.path

    @property
    def library(self) -> LibraryIndex:
        """Return the library index (search, speakers, provenance), kept up to date by every save."""
        if self._library is None:
            from quotemark.store.library import LibraryIndex  # SQLite and the matcher: not before the first paint

            self._library = LibraryIndex(self.files)
        return self._library

    @property
    def layout(self) -> Layout:
        """Return where the database's files are."""
        return self.files.layout

    @property
    def read_only(self) -> bool:
        """Return True when the database is open read-only (every save is refused)."""
        return self.files.read_only

    @property
    def read_only_reason(self) -> str:
        """Return why the database is read-only ("" when it is not)."""
        return self.files.read_only_reason

    @property
    def warnings(self) -> list[str]:
        """Return what was found damaged (and set aside) while reading, one line each."""
        return self.files.warnings

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

    # ------------------------------------------------------------------ articles and the library

    def remember_article(self, article: Article) -> None:
        """Return once the article's text and metadata are saved and its last_opened is now."""
        articles.remember(self.files, article)
        self.library.refresh(article.id)

    def article(self, article_id: str) -> Article | None:
        """Return the saved article with this id, or None when it was never saved (or its text file is gone)."""
        return articles.load(self.files, article_id)

    def articles(self) -> list[ArticleEntry]:
        """Return every saved article, most recently opened first, with counts of notes, tags and corrections."""
        return index.listing(self.files)

    def tags(self) -> list[str]:
        """Return every tag name used in the database, sorted."""
        return index.tag_names(self.files)

    def restore_from(self, path: Path | str) -> int:
        """Return how many annotations were added back from a salvaged (or set-aside) article file (see articles.restore_from)."""
        return articles.restore_from(self.files, path)

    # ------------------------------------------------------------------ annotations

    def annotations(self, article_id: str, include_orphans: bool = False) -> list[Annotation]:
        """Return the article's annotations in reading order, orphans only when `include_orphans`."""
        return annotation_files.of_article(self.files, article_id, include_orphans)

    def annotations_for(self, article: Article) -> Anchored:
        """Return the article's annotations and orphans, carrying over (once) those of its previous version (see store/versions.py)."""
        return versions.annotations_for(self.files, article)

    def add(self, annotation: Annotation) -> Annotation:
        """Return the annotation with its id set, once it is durably saved (an existing id is kept, e.g. for undo)."""
        if not annotation.article_id:
            raise StoreError("cannot save an annotation without an article id")
        annotation_files.replace(self.files, annotation.article_id, [], [annotation])
        self.library.refresh(annotation.article_id)
        return annotation

    def replace(self, article_id: str, remove_ids: Iterable[str], add: Iterable[Annotation]) -> list[Annotation]:
        """Return `add` with ids set, once they are saved and `remove_ids` are gone, in one write (all or nothing)."""
        added = annotation_files.replace(self.files, article_id, remove_ids, add)
        self.library.refresh(article_id)
        return added

    def _analysed(self, data: dict[str, Any], loaded: bool) -> None:
        """Return once the machine quotations of an analysed saved article are kept and indexed.

        A cached analysis `loaded` is kept only when its article has none kept yet (saved
        before the library index existed).
        """
        quotes = saved_quotes.quotes_of_analysis(data)
        article_id = data.get("article_id")
        if quotes is None or not isinstance(article_id, str) or not self.layout.article_file(article_id).exists():
            return
        if loaded and saved_quotes.quotes_file(self.layout, article_id).exists():
            return
        try:
            with self.files.lock:
                saved_quotes.save(self.layout, article_id, quotes)
        except StoreError:
            return  # derived data: the next analysis or reindex tries again
        self.library.refresh(article_id)

    # ------------------------------------------------------------------ opening

    def _refusal(self) -> str | None:
        """Return why writes are refused, None when they are allowed."""
        return self.files.read_only_reason if self.files.read_only else None

    def _open(self) -> None:
        """Create what is missing, clean up after crashes, and check the schema version."""
        files = self.files
        if self.path.is_dir():
            raise StoreError(
                f"{self.path} is a folder; give the path of a database file (e.g. {self.path / 'quotemark.json'})"
            )
        tables = files.read(self.path)  # first: nothing is created beside a file that is not a database
        try:
            for folder in (self.path.parent, self.layout.articles_dir, self.layout.cache_dir):
                folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not self.path.exists():
                raise StoreError(f"cannot create the database at {self.path}: {exc.strerror or exc}") from None
            files.set_read_only(f"its folder cannot be written ({exc.strerror or exc})")
        if tables is not None:
            version = schema.version_of(tables)
            kind = schema.meta_of(tables).get("kind")
            if version > schema.SCHEMA_VERSION:
                files.set_read_only(
                    f"it was written by a newer quotemark (schema {version}, this one reads {schema.SCHEMA_VERSION}); upgrade quotemark to change it"
                )
                return
            if kind not in (None, schema.INDEX_KIND):
                raise StoreError(
                    f"{self.path} is a {kind} file, not a quotemark database; pass the database file with --db"
                )
            if version < schema.SCHEMA_VERSION:
                if self.read_only:
                    return
                migrate.migrate(files, tables, version)
        if self.read_only:
            return
        if not os.access(self.path.parent, os.W_OK):
            files.set_read_only("its folder is not writable")
            return
        try:
            if files.lock.try_acquire():
                try:
                    for folder in self.layout.folders():
                        remove_leftover_temps(folder)
                    if not self.path.exists():
                        atomic_write(self.path, dumps(schema.fresh_tables(schema.INDEX_KIND)))
                finally:
                    files.lock.release()
        except StoreError as exc:
            if not self.path.exists():
                raise
            files.set_read_only(str(exc))
