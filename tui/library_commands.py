"""`quotemark add`, `search`, `quotes` and `doctor --reindex`: the library as a corpus, from the shell."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotemark.reading.spreadsheet import SafeCsvWriter
from quotemark.reading.terminal_text import clean_line, json_dumps, show_path

if TYPE_CHECKING:
    from quotemark.analysis.model import Article
    from quotemark.store import Store
    from quotemark.store.library_queries import QuotationRow

EXIT_FAILED = 2
QUOTE_FORMATS = ("jsonl", "csv", "md")
DB_HELP = "database file (default: $QUOTEMARK_DB or the user data directory)"


_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


def iso_date(value: str) -> str:
    """Return `value` when it is a real YYYY, YYYY-MM or YYYY-MM-DD date; argparse says the error otherwise."""
    parts = value.split("-")
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return value


def _cli() -> Any:
    """Return the cli module (imported late: it imports this one)."""
    from quotemark.tui import cli

    return cli


def _say(line: str) -> None:
    print(clean_line(line), file=sys.stderr)


def _existing_store(db_value: str | None, command: str) -> Store:
    """Return the database to read; it is never created by a command that only reads."""
    cli = _cli()
    db = cli._db_path(db_value)
    if not db.exists():
        raise cli.CliError(f"quotemark {command}: no database at {show_path(db)}; add articles first (quotemark add)")
    store: Store = cli._open_store(db)
    return store


def _article_paths(paths: Sequence[str]) -> tuple[list[str], int]:
    """Return the article files named (folders expanded) and how many names were refused (said on stderr)."""
    from quotemark.tui.article_files import input_files

    out: list[str] = []
    bad = 0
    for p in paths:
        files = input_files(p, "add")
        if files is None:
            _say(f"quotemark add: {show_path(p)}: no article files (.txt, .md, .html) in this directory")
            bad += 1
        out.extend(files or [])
    return out, bad


def run_add(args: list[str]) -> int:
    """Return the exit status of `quotemark add`: analyse articles in bulk and save them (with their analysis) in the library."""
    from quotemark.analysis.batch import analyze_each
    from quotemark.tui.progress import Progress

    cli = _cli()
    parser = cli._Parser(
        prog="quotemark add",
        description="Analyse articles and save them in the library (a bad file is named and skipped).",
    )
    parser.add_argument("paths", nargs="+", help="article files or directories")
    parser.add_argument("--jobs", type=int, default=1, help="spaCy processes to parse with (default: 1)")
    parser.add_argument("--db", help=DB_HELP)
    ns = parser.parse_args(args)
    if ns.jobs < 1:
        raise cli.CliError("quotemark add: --jobs must be at least 1")
    if ns.db and not Path(ns.db).expanduser().parent.is_dir():  # a typo must not create a chain of folders
        raise cli.CliError(f"quotemark add: the folder of --db {show_path(ns.db)} does not exist; create it first")
    paths, failed = _article_paths(ns.paths)
    articles: list[Article] = []
    for path in paths:  # every input is read before the model loads, so a typo fails fast
        try:
            articles.append(cli._read(path))
        except cli.CliError as exc:
            _say(str(exc))
            failed += 1
    if articles:
        store = cli._open_store(cli._db_path(ns.db))
        added, quotes = _add_all(store, articles, cli._load_nlp(), ns.jobs, Progress, analyze_each)
        _say(f"added {added} article{'s' if added != 1 else ''} ({quotes} quotations) to {show_path(store.path)}")
        failed += len(articles) - added
        for message in store.library.messages:
            _say(f"quotemark add: {message}")
    if failed:
        _say(f"quotemark add: {failed} input{'s' if failed != 1 else ''} failed")
        return EXIT_FAILED
    return 0


def _add_all(
    store: Store, articles: list[Article], nlp: Any, jobs: int, progress_type: Any, analyze_each: Callable[..., Any]
) -> tuple[int, int]:
    """Return (articles saved, quotations found) after analysing and saving `articles`; failures are said on stderr."""
    from quotemark.reading.runner import cache_key

    progress = progress_type(len(articles), "add", enabled=len(articles) > 1)
    added = quotes = 0
    for done in analyze_each(articles, nlp, n_process=jobs):
        name = show_path(done.article.source or "-")
        if done.analysis is None:
            _say(f"quotemark add: {name}: the analysis failed ({done.error or ''}); skipped")
        else:
            for problem in done.analysis.problems:
                _say(f"quotemark add: {name}: one stage failed ({problem}); its facts are missing")
            store.remember_article(done.article)
            store.analysis_cache.save(cache_key(done.article), done.analysis.to_dict())
            added += 1
            quotes += len(done.analysis.quotes)
        progress.advance()
    progress.close()
    store.library.ensure()  # built now when it was missing, so the first search is quick
    return added, quotes


def run_search(args: list[str]) -> int:
    """Return the exit status of `quotemark search`: 0 with matches printed, 1 when nothing matches."""
    cli = _cli()
    parser = cli._Parser(
        prog="quotemark search",
        description="Search every saved article's text, quotations, notes and tags; prints the matching line in context.",
    )
    parser.add_argument("text", nargs="+", help="the words to find (the last one may be the start of a word)")
    parser.add_argument("--limit", type=int, default=50, help="most matches to print (default: 50)")
    parser.add_argument("--db", help=DB_HELP)
    ns = parser.parse_args(args)
    if not " ".join(ns.text).strip():
        raise cli.CliError("quotemark search: nothing to search for; give a word (see quotemark search --help)")
    store = _existing_store(ns.db, "search")
    hits = store.library.search(" ".join(ns.text), max(1, ns.limit))
    for message in store.library.messages:
        _say(f"quotemark search: {message}")
    for hit in hits:
        fields = (f"{hit.article_id[:12]}:{hit.start}", hit.date or "-", hit.title or "(untitled)", hit.kind.value)
        print("\t".join(clean_line(f) for f in (*fields, hit.context)))
    if not hits:
        _say("quotemark search: no matches")
        return 1
    return 0


def quotation_record(q: QuotationRow) -> dict[str, Any]:
    """Return the JSON object `quotemark quotes` prints for one quotation."""
    return {
        "speaker": q.speaker,
        "text": q.text,
        "tags": list(q.tags),
        "notes": list(q.notes),
        "article": {"id": q.article_id, "title": q.title, "date": q.date, "source": q.source},
        "start": q.start,
        "end": q.end,
    }


def format_quotations(rows: Sequence[QuotationRow], fmt: str) -> str:
    """Return the quotations written as JSON Lines, CSV or Markdown."""
    if fmt == "jsonl":
        return "".join(json_dumps(quotation_record(q)) + "\n" for q in rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = SafeCsvWriter(out)
        writer.writerow(
            ["speaker", "quotation", "tags", "notes", "article_id", "title", "date", "source", "start", "end"]
        )
        for q in rows:
            writer.writerow(
                [q.speaker, q.text, "; ".join(q.tags), " | ".join(q.notes), q.article_id, q.title, q.date, q.source]
                + [q.start, q.end]
            )
        return out.getvalue()
    lines = []
    for q in rows:
        flat = " ".join(q.text.split())
        tags = f" [{', '.join(q.tags)}]" if q.tags else ""
        lines.append(
            f"- **{q.speaker or 'unknown'}**: “{flat}”{tags} — *{q.title or '(untitled)'}*, {q.date or 'no date'}"
        )
        lines.extend(f"  - note: {' '.join(n.split())}" for n in q.notes)
    return "\n".join(lines) + ("\n" if lines else "")


def run_quotes(args: list[str]) -> int:
    """Return the exit status of `quotemark quotes`: the library's quotations (corrected speakers) printed."""
    cli = _cli()
    parser = cli._Parser(
        prog="quotemark quotes",
        description="Print the quotations of every saved article: corrected speaker, tags, notes, article and date.",
    )
    parser.add_argument("--speaker", help="only this speaker (after your merges)")
    parser.add_argument("--tag", help="only quotations carrying this tag")
    parser.add_argument("--since", type=iso_date, help="only articles dated on or after this ISO date (YYYY-MM-DD)")
    parser.add_argument(
        "--until", type=iso_date, help="only articles dated on or before this ISO date (YYYY-MM-DD, or YYYY-MM)"
    )
    parser.add_argument("--format", choices=QUOTE_FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument("--db", help=DB_HELP)
    ns = parser.parse_args(args)
    store = _existing_store(ns.db, "quotes")
    rows = store.library.quotations(ns.speaker, ns.tag, ns.since, ns.until)
    for message in store.library.messages:
        _say(f"quotemark quotes: {message}")
    text = format_quotations(rows, ns.format)
    if ns.format != "jsonl" and sys.stdout.isatty():
        text = "\n".join(clean_line(line) for line in text.split("\n"))
    sys.stdout.write(text)
    return 0


def run_doctor(args: list[str], check: Callable[[list[str]], int]) -> int:
    """Return the exit status of `quotemark doctor`: `--reindex` rebuilds the library index, anything else is `check`'s."""
    if "--reindex" not in args:
        return check(args)
    from quotemark.tui.progress import Progress

    cli = _cli()
    parser = cli._Parser(prog="quotemark doctor", description="Rebuild the library index from the database.")
    parser.add_argument("file", nargs="?", help="the database file (same as --db)")
    parser.add_argument("--db", help=DB_HELP)
    parser.add_argument("--reindex", action="store_true", help="rebuild the search and speakers index from the store")
    ns = parser.parse_args(args)
    store = _existing_store(ns.file or ns.db, "doctor")
    bar: list[Progress] = []

    def advance(done: int, total: int) -> None:
        if not bar:
            bar.append(Progress(total, "reindex", enabled=total > 50))
        bar[0].advance()

    count = store.library.rebuild(advance)
    if bar:
        bar[0].close()
    for warning in store.warnings:
        _say(f"quotemark doctor: warning: {warning}")
    print(clean_line(f"reindexed {count} article{'s' if count != 1 else ''} into {show_path(store.library.path)}"))
    return 0
