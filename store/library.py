"""The Store's library index: kept up to date on every save, rebuilt when missing or damaged, queried by the screens and CLI.

See library_index.py for the file and why it is only derived data.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from quotemark.analysis.provenance import Occurrence
from quotemark.store import library_index as li
from quotemark.store import library_queries as lq
from quotemark.store import speaker_merges
from quotemark.store.errors import StoreError
from quotemark.store.files import Files
from quotemark.store.records import ARTICLE_ID
from quotemark.store.speaker_merges import SpeakerMerge


class LibraryIndex:
    """The library index of one database; implements analysis.provenance.ProvenanceLookup."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.messages: list[str] = []  # what was found damaged and rebuilt, one line each
        self._checked = False  # checked and caught up in this process
        self._usable = False  # the file was found of this version (not yet caught up)
        self._names: dict[str, str] = {}  # alias -> canonical, as installed by the last `reading`

    @property
    def path(self) -> Path:
        """Return the index file's path."""
        return li.index_path(self.files)

    # ------------------------------------------------------------------ keeping it up to date

    def refresh(self, article_id: str) -> None:
        """Return once the index row of a saved article matches the store (nothing when there is no usable index yet).

        Never raises: the index is derived, a save must not fail because of it; a damaged
        index is rebuilt the next time it is opened to be read.
        """
        if self.files.read_only or not self.path.exists():
            return
        try:
            with self.files.lock, closing(li.connect(self.path)) as conn:
                li.check(conn)
                facts = li.facts_of(self.files, article_id)
                with li.transaction(conn):
                    if facts is None:
                        li.remove_article(conn, article_id)
                    else:
                        li.write_facts(conn, facts)
        except (li.IndexDamaged, sqlite3.Error, StoreError, OSError):
            self._checked = self._usable = False  # the next read checks the file and rebuilds it when it must

    def rebuild(self, progress: li.Progress | None = None) -> int:
        """Return how many articles the index holds after rebuilding it from the store."""
        self.files.check_writable()
        count = li.rebuild(self.files, progress)
        self._checked = True
        return count

    @property
    def ready(self) -> bool:
        """Return True when the index was checked in this process and can be read without building it."""
        return self._checked and self.path.exists()

    def usable(self) -> bool:
        """Return True when the index file is there and of this version (a quick check: articles saved elsewhere are caught up by `ensure`)."""
        if self.ready or self._usable:
            return True
        if not self.path.exists():
            return False
        try:
            with closing(li.connect(self.path)) as conn:
                li.check(conn)
        except (li.IndexDamaged, sqlite3.DatabaseError):
            return False
        self._usable = True
        return True

    def ensure(self) -> int:
        """Return how many articles were (re)indexed once the index can be read: built when missing, moved aside and
        rebuilt (with a message) when damaged, caught up with articles saved while it was not kept."""
        if self._checked and self.path.exists():
            return 0
        path = self.path
        if not path.exists():
            count = 0 if self.files.read_only else self.rebuild()
            self._checked = True
            return count
        try:
            with closing(li.connect(path)) as conn:
                li.check(conn)
                count = self._catch_up(conn)
        except (li.IndexDamaged, sqlite3.DatabaseError) as exc:
            if self.files.read_only:
                raise StoreError(
                    f"the library index {path} cannot be read ({exc}) and the database is read-only"
                ) from None
            aside = li.move_aside(path)
            count = self.rebuild()
            self.messages.append(
                f"The library index was damaged ({exc}); it was moved to {aside.name} and rebuilt ({count} articles)"
            )
        self._checked = True
        return count

    def _catch_up(self, conn: sqlite3.Connection) -> int:
        """Return how many articles saved or deleted while the index was not kept (another tool, an older quotemark) were caught up."""
        on_disk = self._saved_ids()
        indexed = {r[0] for r in conn.execute("SELECT id FROM articles")}
        if on_disk == indexed or self.files.read_only:
            return 0
        with self.files.lock, li.transaction(conn):
            for article_id in indexed - on_disk:
                li.remove_article(conn, article_id)
            for article_id in sorted(on_disk - indexed):
                facts = li.facts_of(self.files, article_id)
                if facts is not None:
                    li.write_facts(conn, facts)
        return len(on_disk ^ indexed)

    def _saved_ids(self) -> set[str]:
        """Return the ids of the articles with a file in the store (one directory listing: no Path per file)."""
        try:
            names = os.listdir(self.files.layout.articles_dir)
        except OSError:
            return set()
        return {n[:-5] for n in names if n.endswith(".json") and ARTICLE_ID.match(n[:-5])}

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Yield a connection to the (ensured, or at least usable) index with the store's speaker merges installed."""
        if not (self._usable and self.path.exists()):
            self.ensure()
        if not self.path.exists():
            raise StoreError(
                f"{self.files.path} has no library index yet and is open read-only ({self.files.read_only_reason})"
            )
        self._names = speaker_merges.canonical_names(speaker_merges.merges(self.files))
        try:
            conn = self._open_checked()
        except sqlite3.DatabaseError:
            # Damaged since it was checked (another process, a disk fault): check again, which
            # moves it aside and rebuilds it, with a message.
            self._checked = self._usable = False
            try:
                self.ensure()
                conn = self._open_checked()
            except sqlite3.DatabaseError as exc:  # still unreadable (a disk fault): said, never a crash
                self._checked = self._usable = False
                raise StoreError(f"the library index could not be read ({exc})") from None
        try:
            with closing(conn):
                yield conn
        except sqlite3.DatabaseError as exc:
            self._checked = self._usable = False  # the next read checks the file and rebuilds it when it must
            raise StoreError(
                f"the library index could not be read ({exc}); it is checked again on the next read"
            ) from None

    def _open_checked(self) -> sqlite3.Connection:
        """Return a connection to the index with the speaker merges installed (sqlite3.DatabaseError when damaged)."""
        conn = li.connect(self.path)
        try:
            lq.install_aliases(conn, self._names)
        except BaseException:
            conn.close()
            raise
        return conn

    # ------------------------------------------------------------------ reading

    def speakers(self) -> list[lq.SpeakerRow]:
        """Return every named speaker across the library, most quoted first (merges applied)."""
        with self.reading() as conn:
            return lq.speakers(conn, self._names)

    def quotations(
        self, speaker: str | None = None, tag: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[lq.QuotationRow]:
        """Return the library's quotations, oldest first, filtered by speaker (after merges), tag and dates."""
        with self.reading() as conn:
            return lq.quotations(conn, speaker, tag, since, until)

    def search(self, query: str, limit: int = 200) -> list[lq.SearchHit]:
        """Return where `query` matches in the library: notes, tags and quotations first, then article text."""
        with self.reading() as conn:
            return lq.search(conn, query, limit)

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Return the saved articles (other than exclude_article) that carry this quotation, oldest first (StoreError
        when the index cannot be read: the reader then says provenance is unknown, not that there is none)."""
        try:
            with self.reading() as conn:
                return lq.occurrences(conn, quote_text, exclude_article)
        except sqlite3.Error as exc:
            raise StoreError(f"the library index could not be read ({exc})") from None

    # ------------------------------------------------------------------ speaker merges (saved in the store)

    def merges(self) -> list[SpeakerMerge]:
        """Return the reader's speaker merges, oldest first (none, with a message, when their file is damaged)."""
        try:
            return speaker_merges.merges(self.files)
        except StoreError as exc:
            self.messages.append(str(exc))
            return []

    def merge(self, alias: str, canonical: str) -> SpeakerMerge:
        """Return the merge saved: `alias`'s quotations count as `canonical`'s across the library."""
        if not alias or not canonical or alias == canonical:
            raise StoreError("a merge needs two different speakers")
        return speaker_merges.merge(self.files, alias, canonical)

    def split(self, alias: str) -> SpeakerMerge | None:
        """Return the merge undone for `alias` (None when it was not merged)."""
        return speaker_merges.split(self.files, alias)
