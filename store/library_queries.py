"""Reading the library index: speakers, their quotations, search everywhere, and where a quotation appears.

Plain functions over a connection; speaker merges from the store come in as a temp table
`aliases(alias, canonical)` (see LibraryIndex), so counts follow the reader's merges at once.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from enum import Enum

from quotemark.analysis.provenance import Occurrence, same_quotation
from quotemark.store.library_index import key_numbers

SPEAKER = "COALESCE(al.canonical, q.speaker)"
CONTEXT = 70  # characters of a matching line shown each side of the match
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SpeakerRow:
    """A speaker across the library: quotations and articles, and the names merged into it."""

    name: str
    quotes: int
    articles: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class QuotationRow:
    """One quotation in the library with its article and the reader's marks on it."""

    article_id: str
    title: str
    source: str
    date: str
    start: int
    end: int
    text: str
    speaker: str
    tags: tuple[str, ...]
    notes: tuple[str, ...]


class HitKind(Enum):
    """Where a search matched."""

    TEXT = "text"
    QUOTE = "quote"
    NOTE = "note"
    TAG = "tag"


@dataclass(frozen=True)
class SearchHit:
    """A match: the article, the matching line in context, and the span to open it at."""

    kind: HitKind
    article_id: str
    title: str
    date: str
    start: int  # where to open the article (the match, or the note's span)
    end: int
    context: str  # the matching line, cut around the match


def install_aliases(conn: sqlite3.Connection, names: dict[str, str]) -> None:
    """Return once the connection's temp `aliases` table holds alias -> canonical."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS aliases(alias TEXT PRIMARY KEY, canonical TEXT)")
    conn.execute("DELETE FROM temp.aliases")
    conn.executemany("INSERT INTO temp.aliases VALUES (?, ?)", list(names.items()))


def speakers(conn: sqlite3.Connection, names: dict[str, str]) -> list[SpeakerRow]:
    """Return every named speaker, most quoted first, with quotation and article counts after merges."""
    # Counts kept up to date on every write (see library_index._count_speakers): no scan of the quotations.
    counts = {s: (n, a) for s, n, a in conn.execute("SELECT speaker, quotes, articles FROM speakers WHERE quotes > 0")}
    merged: dict[str, list[str]] = {}
    for alias, canonical in names.items():
        if alias in counts:
            merged.setdefault(canonical, []).append(alias)
    for canonical, aliases in merged.items():
        group = [canonical, *aliases]
        marks = ",".join("?" * len(group))
        # An article quoting both names counts once: recounted exactly for the merged names only.
        row = conn.execute(
            f"SELECT count(*), count(DISTINCT article_n) FROM quotes WHERE speaker IN ({marks})", group
        ).fetchone()
        for alias in aliases:
            del counts[alias]
        counts[canonical] = (row[0], row[1])
    rows = [SpeakerRow(s, n, a, tuple(sorted(merged.get(s, ())))) for s, (n, a) in counts.items()]
    rows.sort(key=lambda r: (-r.quotes, r.name))
    return rows


def quotations(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    tag: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[QuotationRow]:
    """Return the library's quotations (oldest article first) filtered by speaker (after merges), tag and date range."""
    where = ["1"]
    args: list[str] = []
    if speaker is not None:
        where.append(f"{SPEAKER} = ?")
        args.append(speaker)
    if since:
        where.append("a.date != '' AND a.date >= ?")
        args.append(since)
    if until:
        where.append("a.date != '' AND substr(a.date, 1, ?) <= ?")
        args.extend((str(len(until)), until))
    rows = conn.execute(
        f"SELECT a.id, a.title, a.source, a.date, q.start, q.end, q.text, {SPEAKER}, q.tags, q.notes"
        " FROM quotes q JOIN articles a ON a.n = q.article_n LEFT JOIN temp.aliases al ON al.alias = q.speaker"
        f" WHERE {' AND '.join(where)} ORDER BY a.date = '', a.date, a.title, a.n, q.start",
        args,
    ).fetchall()
    out = [
        QuotationRow(r[0], r[1] or "", r[2] or "", r[3] or "", r[4], r[5], r[6], r[7] or "", _split(r[8]), _split(r[9]))
        for r in rows
    ]
    return [q for q in out if tag is None or tag in q.tags]


def _split(joined: str | None) -> tuple[str, ...]:
    return tuple(joined.split("\x1f")) if joined else ()


def match_expression(query: str) -> str | None:
    """Return the FTS5 query for what the reader typed: every word, the last one as a prefix (None: no words)."""
    words = _WORD.findall(query)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _context(line: str, words: list[str]) -> tuple[int, str]:
    """Return where the first word matches in `line` and the line cut around it."""
    at = 0
    for word in words:
        found = re.search(r"\b" + re.escape(word), line, re.IGNORECASE)
        if found:
            at = found.start()
            break
    left = max(0, at - CONTEXT)
    right = min(len(line), at + CONTEXT + 30)
    text = ("…" if left else "") + line[left:right] + ("…" if right < len(line) else "")
    return at, " ".join(text.split())


def search(conn: sqlite3.Connection, query: str, limit: int = 200) -> list[SearchHit]:
    """Return matches of `query` in notes, tags and quotations first, then in articles' text (newest saved first)."""
    expression = match_expression(query)
    if expression is None:
        return []
    words = _WORD.findall(query)
    hits: list[SearchHit] = []
    facts = conn.execute(
        "SELECT f.rowid, f.body, f.kind, f.start, f.end, a.id, a.title, a.date FROM facts_fts f"
        " JOIN articles a ON a.n = (f.rowid >> 20) WHERE facts_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?",
        (expression, limit),
    ).fetchall()
    for _rowid, body, kind, start, end, article_id, title, date in facts:
        at, context = _context(body, words)
        hit_kind = HitKind(kind)
        if start is None:  # a whole-article note or tag opens the article at its top
            start = end = 0
        elif hit_kind is HitKind.QUOTE:
            start, end = start + at, start + at
        hits.append(SearchHit(hit_kind, article_id, title or "", date or "", start, end or start, context))
    lines = conn.execute(
        "SELECT t.rowid, t.body, t.start, a.id, a.title, a.date FROM text_fts t"
        " JOIN articles a ON a.n = (t.rowid >> 20) WHERE text_fts MATCH ? ORDER BY t.rowid DESC LIMIT ?",
        (expression, max(0, limit - len(hits))),
    ).fetchall()
    for _rowid, body, start, article_id, title, date in lines:
        at, context = _context(body, words)
        length = len(words[0]) if words else 0
        hits.append(
            SearchHit(HitKind.TEXT, article_id, title or "", date or "", start + at, start + at + length, context)
        )
    return hits


def occurrences(conn: sqlite3.Connection, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
    """Return the saved articles (other than `exclude_article`) that carry this quotation, oldest first."""
    keys = sorted(set(key_numbers(quote_text)))
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        "SELECT DISTINCT a.id, a.title, a.source, a.date, q.start, q.end, q.text FROM quote_keys k"
        " JOIN quotes q ON q.article_n = k.article_n AND q.start = k.start AND q.end = k.end"
        f" JOIN articles a ON a.n = k.article_n WHERE k.key IN ({marks})",
        keys,
    ).fetchall()
    best: dict[str, Occurrence] = {}
    for article_id, title, source, date, start, end, text in rows:
        if article_id == exclude_article or article_id in best or not same_quotation(quote_text, text):
            continue
        best[article_id] = Occurrence(article_id, title or "", source or "", date or "", start, end, text)
    return sorted(best.values(), key=lambda o: (o.date == "", o.date, o.title, o.article_id))
