"""The library index: a derived SQLite (FTS5) file beside the database, for search, speakers and provenance.

It is never the truth. Notes, tags, corrections and speaker merges stay in the store; the index
is rebuilt from it (`quotemark doctor --reindex`), silently when it is missing, and with a
message when it is damaged (the damaged file is moved aside first). Deleting it loses nothing.

Every write to it happens under the database's lock, so two quotemark processes never
interleave their index writes; reads need no lock. Each operation opens its own connection,
so a rebuild that replaces the file never leaves another process writing into the old one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from quotemark.analysis import provenance
from quotemark.store import articles, saved_quotes
from quotemark.store.files import Files
from quotemark.store.library_rows import ArticleFacts, article_facts
from quotemark.store.storage import corrupt_name

INDEX_VERSION = 3  # PRAGMA user_version of the file; another value is rebuilt
SHIFT = 20  # rowids of an article's FTS rows are (article number << SHIFT) + row number
# Keys made by another version of the matcher are rebuilt: the matcher's own code names its version.
KEYS_VERSION = hashlib.sha256(Path(provenance.__file__).read_bytes()).hexdigest()[:16]

TABLES = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles(n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title TEXT, source TEXT, date TEXT);
CREATE TABLE quotes(
    article_n INTEGER NOT NULL, start INTEGER, end INTEGER, text TEXT, speaker TEXT, tags TEXT, notes TEXT
);
CREATE TABLE speakers(speaker TEXT PRIMARY KEY, quotes INTEGER NOT NULL, articles INTEGER NOT NULL);
CREATE TABLE quote_keys(
    key INTEGER NOT NULL, article_n INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    PRIMARY KEY (key, article_n, start, end)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE text_fts USING fts5(body, start UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE facts_fts USING fts5(
    body, kind UNINDEXED, start UNINDEXED, end UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
"""
# Created after a rebuild's bulk load (much faster than keeping them up to date row by row).
INDEXES = """
CREATE INDEX quotes_article ON quotes(article_n);
CREATE INDEX quotes_speaker ON quotes(speaker, article_n);
"""


class IndexDamaged(Exception):
    """The index file cannot be used as it is; str() says why."""


def index_path(files: Files) -> Path:
    """Return where the library index of this database lives: `<db>.index.sqlite` beside it."""
    return files.path.with_name(files.path.name + ".index.sqlite")


def connect(path: Path) -> sqlite3.Connection:
    """Return a connection to the index at `path` that waits for another process's write instead of failing."""
    conn = sqlite3.connect(path, timeout=15.0, isolation_level=None, check_same_thread=False)
    # Derived data, written under the store's lock: no fsync per save (a save stays within 20 ms).
    # A process crash loses nothing; a power cut can at worst damage the index, which is then rebuilt.
    conn.execute("PRAGMA synchronous = OFF")
    return conn


def check(conn: sqlite3.Connection) -> None:
    """Return when the connection's file is an index this quotemark can use; raise IndexDamaged otherwise."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != INDEX_VERSION:
            raise IndexDamaged(f"it has schema version {version}, this quotemark uses {INDEX_VERSION}")
        row = conn.execute("SELECT value FROM meta WHERE key = 'keys'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise IndexDamaged(str(exc)) from None
    if row is None or row[0] != KEYS_VERSION:
        raise IndexDamaged("its quotation keys were made by another version")


def create(conn: sqlite3.Connection, indexes: bool = True) -> None:
    """Return after creating the empty index's tables in a new file (and their indexes unless a bulk load follows)."""
    conn.executescript(TABLES + (INDEXES if indexes else ""))
    conn.execute("INSERT INTO meta VALUES ('keys', ?)", (KEYS_VERSION,))
    conn.execute(f"PRAGMA user_version = {INDEX_VERSION}")


def write_facts(conn: sqlite3.Connection, facts: ArticleFacts, bulk: bool = False) -> None:
    """Return once the index holds `facts` for its article (its earlier rows replaced); the caller runs the transaction.

    `bulk`: a rebuild, whose speaker counts are made once at the end.
    """
    row = conn.execute("SELECT n FROM articles WHERE id = ?", (facts.id,)).fetchone()
    before: Counter[str] = Counter()
    old_quotes: list[tuple[int, int, str]] = []
    if row is None:
        n = conn.execute(
            "INSERT INTO articles(id, title, source, date) VALUES (?, ?, ?, ?)",
            (facts.id, facts.title, facts.source, facts.date),
        ).lastrowid
        assert n is not None
        base = n << SHIFT
        # The text never changes for an id (the id is its sha256): its lines are indexed once.
        conn.executemany(
            "INSERT INTO text_fts(rowid, body, start) VALUES (?, ?, ?)",
            [(base + i, line.text, line.start) for i, line in enumerate(facts.lines[: 1 << SHIFT])],
        )
    else:
        n = row[0]
        base = n << SHIFT
        before = _speakers_in(conn, n)
        conn.execute(
            "UPDATE articles SET title = ?, source = ?, date = ? WHERE n = ?",
            (facts.title, facts.source, facts.date, n),
        )
        old_quotes = _quote_spans(conn, n)
        conn.execute("DELETE FROM quotes WHERE article_n = ?", (n,))
        conn.execute("DELETE FROM facts_fts WHERE rowid BETWEEN ? AND ?", (base, base + (1 << SHIFT) - 1))
    new_quotes = [(q.start, q.end, q.text) for q in facts.quotes]
    _count_speakers(conn, before, _speakers_of(facts), bulk)
    conn.executemany(
        "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(n, q.start, q.end, q.text, q.speaker, "\x1f".join(q.tags), "\x1f".join(q.notes)) for q in facts.quotes],
    )
    # A note, a tag or a speaker correction leaves the quotations' words alone: their keys stay.
    if row is None or old_quotes != new_quotes:
        if row is not None:
            _delete_keys(conn, n, old_quotes)
        conn.executemany(
            "INSERT OR IGNORE INTO quote_keys VALUES (?, ?, ?, ?)",
            [(key, n, start, end) for start, end, text in new_quotes for key in key_numbers(text)],
        )
    facts_rows = [(q.text, "quote", q.start, q.end) for q in facts.quotes] + [
        (m.value, m.kind.value, m.start, m.end) for m in facts.marks
    ]
    conn.executemany(
        "INSERT INTO facts_fts(rowid, body, kind, start, end) VALUES (?, ?, ?, ?, ?)",
        [(base + i, *r) for i, r in enumerate(facts_rows[: 1 << SHIFT])],
    )


def key_numbers(text: str) -> list[int]:
    """Return the quotation's provenance keys as 64-bit numbers (a smaller, faster table than the words)."""
    return [
        int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)
        for key in provenance.quote_keys(text)
    ]


def _quote_spans(conn: sqlite3.Connection, n: int) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of article number `n`'s indexed quotations, in the order they were written."""
    return [
        (s, e, t)
        for s, e, t in conn.execute("SELECT start, end, text FROM quotes WHERE article_n = ? ORDER BY rowid", (n,))
    ]


def _delete_keys(conn: sqlite3.Connection, n: int, quotes: list[tuple[int, int, str]]) -> None:
    """Return once the provenance keys of these quotations of article number `n` are gone."""
    conn.executemany(
        "DELETE FROM quote_keys WHERE key = ? AND article_n = ? AND start = ? AND end = ?",
        [(key, n, start, end) for start, end, text in quotes for key in key_numbers(text)],
    )


def _speakers_in(conn: sqlite3.Connection, n: int) -> Counter[str]:
    """Return how many quotations each named speaker has in article number `n`, as indexed."""
    return Counter(
        dict(conn.execute("SELECT speaker, count(*) FROM quotes WHERE article_n = ? GROUP BY speaker", (n,)))
    )


def _speakers_of(facts: ArticleFacts) -> Counter[str]:
    """Return how many quotations each named speaker has in `facts`."""
    return Counter(q.speaker for q in facts.quotes)


def _count_speakers(conn: sqlite3.Connection, before: Counter[str], after: Counter[str], bulk: bool) -> None:
    """Return once the speakers table counts an article's quotations as `after` instead of `before` (O(speakers))."""
    if bulk:
        return
    for speaker in (set(before) | set(after)) - {""}:
        quotes = after[speaker] - before[speaker]
        articles = int(after[speaker] > 0) - int(before[speaker] > 0)
        if quotes or articles:
            conn.execute(
                "INSERT INTO speakers VALUES (?, ?, ?) ON CONFLICT(speaker)"
                " DO UPDATE SET quotes = quotes + excluded.quotes, articles = articles + excluded.articles",
                (speaker, quotes, articles),
            )


def remove_article(conn: sqlite3.Connection, article_id: str) -> None:
    """Return once the index holds nothing of the article (gone from the store)."""
    row = conn.execute("SELECT n FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return
    n = row[0]
    span = (n << SHIFT, (n << SHIFT) + (1 << SHIFT) - 1)
    _count_speakers(conn, _speakers_in(conn, n), Counter(), False)
    _delete_keys(conn, n, _quote_spans(conn, n))
    conn.execute("DELETE FROM quotes WHERE article_n = ?", (n,))
    conn.execute("DELETE FROM text_fts WHERE rowid BETWEEN ? AND ?", span)
    conn.execute("DELETE FROM facts_fts WHERE rowid BETWEEN ? AND ?", span)
    conn.execute("DELETE FROM articles WHERE n = ?", (n,))


def facts_of(files: Files, article_id: str) -> ArticleFacts | None:
    """Return the index's facts about a saved article, read fresh from the store (None when it is not saved)."""
    tables = files.article_tables(article_id)
    if tables is None:
        return None
    article = articles.from_tables(files, article_id, tables)
    if article is None:
        return None
    found = files.valid(tables, f"articles/{article_id[:12]}")
    machine = saved_quotes.load(files.layout, article_id, len(article.text)) or []
    return article_facts(article, [a for a in found if not a.orphan], machine)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Yield `conn` inside one write transaction: committed on normal exit, rolled back otherwise."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


Progress = Callable[[int, int], None]


def build(files: Files, target: Path, progress: Progress | None = None) -> int:
    """Return how many articles were indexed into a new index file at `target` (built from the store)."""
    paths = files.article_paths()
    with closing(connect(target)) as conn:
        conn.execute("PRAGMA journal_mode = OFF")  # a new file: a failed build is deleted, not rolled back
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MB while loading: the keys' B-tree stays in memory
        create(conn, indexes=False)
        done = 0
        conn.execute("BEGIN")
        for i, path in enumerate(paths):
            try:
                facts = facts_of(files, path.stem)
            except Exception as exc:  # one unreadable article costs only itself
                files.warnings.append(f"library index: article {path.stem[:12]} left out ({exc})")
                facts = None
            if facts is not None:
                write_facts(conn, facts, bulk=True)
                done += 1
            if progress is not None:
                progress(i + 1, len(paths))
        conn.execute(
            "INSERT INTO speakers SELECT speaker, count(*), count(DISTINCT article_n) FROM quotes"
            " WHERE speaker != '' GROUP BY speaker"
        )
        conn.execute("COMMIT")
        conn.executescript(INDEXES)
        conn.execute("PRAGMA journal_mode = DELETE")
    return done


def rebuild(files: Files, progress: Progress | None = None) -> int:
    """Return how many articles the rebuilt index holds; it replaces the old file only once complete."""
    path = index_path(files)
    temp = path.with_name(f".{path.name}.building-{os.getpid()}")
    _remove_abandoned_builds(path)
    started = time.time_ns()
    try:
        count = build(files, temp, progress)
        with files.lock:
            # Articles saved while the build ran are indexed again, from their state now.
            changed = [p.stem for p in files.article_paths() if _changed_since(files, p.stem, started)]
            if changed:
                with closing(connect(temp)) as conn, transaction(conn):
                    for article_id in changed:
                        facts = facts_of(files, article_id)
                        if facts is None:
                            remove_article(conn, article_id)
                        else:
                            write_facts(conn, facts)
            for extra in ("-journal", "-wal", "-shm"):
                path.with_name(path.name + extra).unlink(missing_ok=True)
            os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    return count


def _remove_abandoned_builds(path: Path) -> None:
    """Return after deleting half-built index files whose process is gone (killed during a rebuild)."""
    for leftover in path.parent.glob(f".{path.name}.building-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid():
            try:
                os.kill(int(pid), 0)
                continue  # another process is building it now
            except ProcessLookupError:
                pass
            except OSError:
                continue
        leftover.unlink(missing_ok=True)


def _changed_since(files: Files, article_id: str, since_ns: int) -> bool:
    """Return True when the article's file or its saved quotations changed after `since_ns`."""
    for p in (files.layout.article_file(article_id), saved_quotes.quotes_file(files.layout, article_id)):
        try:
            if p.stat().st_mtime_ns >= since_ns:
                return True
        except OSError:
            continue
    return False


def move_aside(path: Path) -> Path:
    """Return where the damaged index file was moved (beside it, never deleted)."""
    target = corrupt_name(
        path, "damaged-index"
    )  # not a `.corrupt-` file: doctor --salvage has nothing to restore from it
    os.replace(path, target)
    for extra in ("-journal", "-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    return target
