"""The Store's library index: kept up to date on every save, rebuilt when missing or damaged, queried by the screens and CLI.

See library_index.py for the file and why it is only derived data.
"""

from __future__ import annotations

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
from quotemark.store.speaker_merges import SpeakerMerge


class LibraryIndex:
    """The library index of one database; implements analysis.provenance.ProvenanceLookup."""

    def __init__(self, files: Files) -> None:
        self.files = files
        self.messages: list[str] = []  # what was found damaged and rebuilt, one line each
        self._checked = False
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
            self._checked = False  # the next read checks the file and rebuilds it when it must

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

    def ensure(self) -> None:
        """Return once the index can be read: built when missing, moved aside and rebuilt (with a message) when damaged."""
        if self._checked and self.path.exists():
            return
        path = self.path
        if not path.exists():
            if not self.files.read_only:
                self.rebuild()
            self._checked = True
            return
        try:
            with closing(li.connect(path)) as conn:
                li.check(conn)
                self._catch_up(conn)
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

    def _catch_up(self, conn: sqlite3.Connection) -> None:
        """Return once articles saved or deleted while the index was not kept (another tool, an older quotemark) are caught up."""
        on_disk = {p.stem for p in self.files.article_paths()}
        indexed = {r[0] for r in conn.execute("SELECT id FROM articles")}
        if on_disk == indexed or self.files.read_only:
            return
        with self.files.lock, li.transaction(conn):
            for article_id in indexed - on_disk:
                li.remove_article(conn, article_id)
            for article_id in sorted(on_disk - indexed):
                facts = li.facts_of(self.files, article_id)
                if facts is not None:
                    li.write_facts(conn, facts)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Yield a connection to the (ensured) index with the store's speaker merges installed."""
        self.ensure()
        self._names = speaker_merges.canonical_names(speaker_merges.merges(self.files))
        with closing(li.connect(self.path)) as conn:
            lq.install_aliases(conn, self._names)
            yield conn

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
        """Return the saved articles (other than exclude_article) that carry this quotation, oldest first."""
        try:
            with self.reading() as conn:
                return lq.occurrences(conn, quote_text, exclude_article)
        except (sqlite3.Error, StoreError):
            return []

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
