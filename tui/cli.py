"""The `quotemark` command: open the reader, or extract and export without the UI."""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from quotemark import __version__
from quotemark.analysis.model import Article
from quotemark.tui import library_commands

if TYPE_CHECKING:  # imported where used: `quotemark --help` stays quick
    from quotemark.reading.exports import Bundle
    from quotemark.store import Store

SUBCOMMANDS = ("extract", "export", "import", "annotate", "doctor", "add", "search", "quotes", "serve")
EXIT_USAGE = 2


class CliError(Exception):
    """A problem the user can fix; printed as one line on stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line, exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{self.prog}: {message} (see {self.prog} --help)")


def main(argv: Sequence[str] | None = None) -> int:
    """Return the exit status of running the command line `argv`."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args
    if debug:
        args.remove("--debug")
    try:
        if args and args[0] in SUBCOMMANDS:
            return _SUBCOMMAND_RUNNERS[args[0]](args[1:])
        return _run_reader(args)
    except CliError as exc:
        _fail(str(exc), debug)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`| head`): not an error worth a message.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # never a traceback for users unless they ask with --debug
        from quotemark.store import StoreError

        if isinstance(exc, StoreError):
            _fail(f"quotemark: {exc}", debug)
        else:
            _fail(f"quotemark: unexpected error: {exc.__class__.__name__}: {exc}", debug)
    return EXIT_USAGE


def _fail(message: str, debug: bool) -> None:
    if debug:
        traceback.print_exc()
    first_line = message.strip().splitlines()[0] if message.strip() else "quotemark: error"
    print(_clean(first_line), file=sys.stderr)


def _clean(line: str) -> str:
    """Return `line` with control, bidi and invisible characters made visible, so an error cannot drive the terminal."""
    from quotemark.reading.terminal_text import show_path

    return show_path(line)


# ---- shared argument handling ---------------------------------------------------------------------


def _db_path(value: str | None) -> Path:
    from quotemark.store import default_db_path

    return Path(value).expanduser() if value else default_db_path()


def _read(path: str) -> Article:
    from quotemark.analysis.reader import ReadError, read_path, read_stdin

    try:
        return read_stdin() if path == "-" else read_path(path)
    except ReadError as exc:
        raise CliError(f"quotemark: {exc}") from None


def _open_store(db: Path) -> Store:
    from quotemark.store import Store, StoreError

    try:
        return Store(db)
    except StoreError as exc:
        raise CliError(f"quotemark: {exc}") from None


def _load_nlp() -> Any:
    from quotemark.analysis.pipeline import ModelMissing, load_nlp

    try:
        return load_nlp()
    except ModelMissing as exc:
        raise CliError(f"quotemark: {exc}") from None


# ---- quotemark [PATH|-] ---------------------------------------------------------------------------


def _run_reader(args: list[str]) -> int:
    parser = _Parser(
        prog="quotemark",
        description="Read a news article closely in the terminal.",
        epilog=f"Other commands: {', '.join(SUBCOMMANDS)} (quotemark COMMAND --help)",
    )
    parser.add_argument("path", nargs="?", help="article file, or - for standard input (default: the bundled sample)")
    parser.add_argument("--db", help="database file (default: $QUOTEMARK_DB or the user data directory)")
    parser.add_argument("--version", action="version", version=f"quotemark {__version__}")
    ns = parser.parse_args(args)
    from quotemark.analysis.reader import sample_article

    article = sample_article() if ns.path is None else _read(ns.path)
    db = _db_path(ns.db)
    if ns.path == "-" or not sys.stdin.isatty():
        _reattach_terminal()
    from quotemark.tui.app import QuotemarkApp
    from quotemark.tui.config import ConfigError, load_config

    try:
        config = load_config()
    except ConfigError as exc:
        raise CliError(f"quotemark: {exc}") from None
    app = QuotemarkApp(article, db, config=config)
    # What the imports built lives as long as the process: out of the collector's reach, the full
    # collections the first frame's allocations would trigger stop rescanning it (20-30 ms).
    gc.freeze()
    app.run()
    code = app.return_code or 0
    from quotemark.reading.runner import analysis_abandoned

    if analysis_abandoned():
        # Quit during a long analysis: its thread may be inside spaCy's native code, where the
        # interpreter's shutdown aborts the process (exit 134). The terminal is restored and every
        # edit is on disk already, so leave without the shutdown.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _reattach_terminal() -> None:
    """Give the app the terminal's keys after stdin was used to read the article."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        raise CliError("quotemark: no terminal to read keys from; use `quotemark extract` in scripts") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = os.fdopen(0, "r", closefd=False)


# ---- quotemark extract (tui/extract_command.py) ---------------------------------------------------


def _run_extract(args: list[str]) -> int:
    from quotemark.tui.extract_command import run_extract

    return run_extract(args)


# ---- quotemark export / import ----------------------------------------------------------------


def _saved_or_read(value: str, store: Store) -> Article:
    """Return the article named by a file path, or by a saved article's id (or id prefix)."""
    from quotemark.analysis.reader import ReadError, read_path

    if value != "-" and not Path(value).exists() and re.fullmatch(r"[0-9a-f]{6,64}", value):
        matches = [e.id for e in store.articles() if e.id.startswith(value)]
        if len(matches) > 1:
            raise CliError(f"quotemark: {value} matches {len(matches)} saved articles; give more of the id")
        article = store.article(matches[0]) if matches else None
        if article is None:
            raise CliError(f"quotemark: no saved article with id {value} in {store.path}")
        return article
    try:
        return _read(value) if value == "-" else read_path(value)
    except ReadError as exc:
        raise CliError(f"quotemark: {exc}") from None


def bundle_for(article: Article, store: Store) -> Bundle:
    """Return the export bundle: the article, its analysis (cached when possible) and annotations."""
    from quotemark.analysis.pipeline import ModelMissing
    from quotemark.reading.exports import Bundle
    from quotemark.reading.runner import AnalysisRunner

    try:
        analysis = AnalysisRunner().analyse(article, lambda _s, _f: None, store.analysis_cache)
    except ModelMissing as exc:
        raise CliError(f"quotemark: {exc}") from None
    # annotations_for: an edited copy of a saved article gets its earlier version's annotations.
    return Bundle.of(article, analysis, store.annotations_for(article).annotations, store.library.merges())


def _run_export(args: list[str]) -> int:
    from quotemark.reading.exports import EXTENSIONS, FORMATS, export

    parser = _Parser(
        prog="quotemark export", description="Write what is saved for an article: summary, notes, tags, corrections."
    )
    parser.add_argument("article", help="the article file, or a saved article's id (see the library, L)")
    parser.add_argument("--db", help="database file (default: $QUOTEMARK_DB or the user data directory)")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="md",
        help="md summary, json everything, w3c Web Annotation JSON-LD, csv quotes, spacy DocBin (default: md)",
    )
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    ns = parser.parse_args(args)
    if ns.format == "spacy" and not ns.output and sys.stdout.isatty():
        raise CliError(f"quotemark: the spacy format is binary; add -o FILE.{EXTENSIONS['spacy']}")
    db = _db_path(ns.db)
    if not db.exists():  # export reads; it never creates a database
        raise CliError(f"quotemark: no database at {db}; nothing is saved to export (see --db)")
    store = _open_store(db)
    article = _saved_or_read(ns.article, store)
    data = export(bundle_for(article, store), ns.format)  # a damaged file raises StoreError: one line
    for warning in store.warnings:  # e.g. a damaged record set aside: the export lacks it
        print(f"quotemark: warning: {_clean(warning)}", file=sys.stderr)
    from quotemark.reading.output_file import OutputError, write_output

    if (ns.output or "-") == "-" and ns.format in ("md", "csv") and sys.stdout.isatty():
        # saved names may predate sanitising: no raw escapes on a terminal
        from quotemark.analysis.sanitize import clean_line

        data = clean_line(data.decode("utf-8", "replace"), keep_newlines=True).encode("utf-8")
    try:
        write_output(ns.output or "-", data)  # a link is written through, a device streamed to, never replaced
    except OutputError as exc:
        raise CliError(f"quotemark: {exc}") from None
    if ns.output and ns.output != "-":
        print(f"wrote {_clean(ns.output)} ({ns.format}, {len(data)} bytes)", file=sys.stderr)
    return 0


def _run_import(args: list[str]) -> int:
    from quotemark.store import StoreError
    from quotemark.tui.import_command import ImportFailed, load_file, run_import

    parser = _Parser(
        prog="quotemark import", description="Bring W3C Web Annotations (from quotemark export --format w3c) back in."
    )
    parser.add_argument("file", help="a .jsonld AnnotationCollection")
    parser.add_argument("--db", help="database file (default: $QUOTEMARK_DB or the user data directory)")
    parser.add_argument(
        "--article",
        help="the article the annotations belong on (an edited copy is fine); needed when it is not saved yet",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="an imported id already saved overwrites that annotation (default: it gets a new id)",
    )
    ns = parser.parse_args(args)
    try:
        data = load_file(ns.file)  # a bad file fails before the database is opened or created
        store = _open_store(_db_path(ns.db))
        article = None
        if ns.article:
            article = _read(ns.article)
            store.remember_article(article)
        return run_import(store, ns.file, data, article, ns.replace)
    except ImportFailed as exc:
        raise CliError(str(exc)) from None
    except StoreError as exc:
        raise CliError(f"quotemark: {exc}") from None


# ---- quotemark annotate / doctor ----------------------------------------------------------------


def _run_annotate(args: list[str]) -> int:
    from quotemark.analysis.reader import ReadError
    from quotemark.store import StoreError
    from quotemark.store.cli_support import annotate

    parser = _Parser(prog="quotemark annotate", description="Save a note and/or a tag on an article from the shell.")
    parser.add_argument("article", help="the article file, or - for standard input")
    parser.add_argument("--note", help="the note's text")
    parser.add_argument("--tag", help="a tag name")
    parser.add_argument("--at", help="START:END character offsets (default: the whole article)")
    parser.add_argument("--db", help="database file (default: $QUOTEMARK_DB or the user data directory)")
    ns = parser.parse_args(args)
    if ns.db and not Path(ns.db).expanduser().parent.is_dir():  # a typo must not create a chain of folders
        raise CliError(f"quotemark: the folder of --db {_clean(ns.db)} does not exist; create it first")
    try:
        saved = annotate(_db_path(ns.db), ns.article, ns.note, ns.tag, ns.at)
    except (ReadError, StoreError) as exc:
        raise CliError(f"quotemark: {exc}") from None
    for a in saved:
        print(a.id)
    return 0


def _run_doctor(args: list[str]) -> int:
    from quotemark.store.cli_support import doctor

    parser = _Parser(
        prog="quotemark doctor", description="Check a database; --salvage copies what can be saved from a damaged one."
    )
    parser.add_argument("file", nargs="?", help="the database file, or a damaged copy of one (same as --db)")
    parser.add_argument("--db", help="database file (default: $QUOTEMARK_DB or the user data directory)")
    parser.add_argument(
        "--salvage", action="store_true", help="write the last complete JSON of a damaged file to a new file"
    )
    parser.add_argument(
        "--repair",
        action="store_true",
        help="remove annotations duplicated by carry-over between versions (backup kept)",
    )
    ns = parser.parse_args(args)
    report, salvaged = doctor(_db_path(ns.file or ns.db), ns.salvage, ns.repair)
    for line in report.lines():
        print(_clean(line))
    if salvaged is not None:
        print(f"salvaged into {salvaged}")
    return 0 if report.ok else 1


_SUBCOMMAND_RUNNERS: dict[str, Callable[[list[str]], int]] = {
    "extract": _run_extract,
    "export": _run_export,
    "import": _run_import,
    "annotate": _run_annotate,
    "doctor": lambda args: library_commands.run_doctor(args, _run_doctor),
    "add": lambda args: library_commands.run_add(args),
    "search": lambda args: library_commands.run_search(args),
    "quotes": lambda args: library_commands.run_quotes(args),
    # Imported when used: the server's modules (aiohttp) stay out of every other command's start-up.
    "serve": lambda args: __import__("quotemark.tui.serve_command", fromlist=["run"]).run(args),
}
