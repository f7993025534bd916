"""The `quotemark` command: open the reader, or extract and export without the UI."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from quotemark import __version__
from quotemark.analysis.model import Analysis, Article

SUBCOMMANDS = ("extract", "export")
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
    except Exception as exc:  # never a traceback for users unless they ask with --debug
        _fail(f"quotemark: unexpected error: {exc.__class__.__name__}: {exc}", debug)
    return EXIT_USAGE


def _fail(message: str, debug: bool) -> None:
    if debug:
        traceback.print_exc()
    first_line = message.strip().splitlines()[0] if message.strip() else "quotemark: error"
    print(_clean(first_line), file=sys.stderr)


def _clean(line: str) -> str:
    """Return `line` with control characters made visible, so an error cannot drive the terminal."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}" for ch in line)


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


def _open_store(db: Path) -> Any:
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
    parser = _Parser(prog="quotemark", description="Read a news article closely in the terminal.",
                     epilog="Other commands: quotemark extract PATH... | quotemark export PATH")
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
    QuotemarkApp(article, db, config=config).run()
    return 0


def _reattach_terminal() -> None:
    """Give the app the terminal's keys after stdin was used to read the article."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        raise CliError("quotemark: no terminal to read keys from; use `quotemark extract` in scripts") from None
    os.dup2(fd, 0)
    os.close(fd)
    sys.stdin = os.fdopen(0, "r", closefd=False)


# ---- quotemark extract ----------------------------------------------------------------------------


def extract_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """Return the JSON object `quotemark extract` prints for one article."""
    data = analysis.to_dict()
    data.pop("article_id", None)
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "date": article.date,
            "source": article.source,
            "text": article.text,
        },
        **data,
    }


def _run_extract(args: list[str]) -> int:
    parser = _Parser(prog="quotemark extract", description="Print the analysis of articles as JSON (JSON Lines for several).")
    parser.add_argument("paths", nargs="+", help="article files, or - for standard input")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON (one document per input)")
    ns = parser.parse_args(args)
    articles = [_read(p) for p in ns.paths]  # every input is checked before the model loads
    from quotemark.analysis.pipeline import analyze

    nlp = _load_nlp()
    for article in articles:
        record = extract_record(article, analyze(article, nlp))
        print(json.dumps(record, ensure_ascii=False, indent=2 if ns.pretty else None))
    return 0


# ---- quotemark export -----------------------------------------------------------------------------


def _run_export(args: list[str]) -> int:
    parser = _Parser(prog="quotemark export", description="Print what is saved for an article: notes, tags and the summary.")
    parser.add_argument("path", help="the article file (matched to saved notes by its text)")
    parser.add_argument("--db", help="database file (default: $QUOTEMARK_DB or the user data directory)")
    parser.add_argument("--format", choices=("json", "md"), default="md", help="output format (default: md)")
    ns = parser.parse_args(args)
    article = _read(ns.path)
    store = _open_store(_db_path(ns.db))
    annotations = store.annotations(article.id)
    from quotemark.analysis.pipeline import analyze
    from quotemark.analysis.summary import summary_markdown
    from quotemark.tui import view_model as vm

    analysis = analyze(article, _load_nlp())
    notes = [(None if n.span is None else article.text[n.span[0]:n.span[1]], n.text) for n in vm.notes_of(annotations)]
    summary = summary_markdown(article, analysis, vm.tags_by_span(annotations), notes)
    if ns.format == "md":
        print(summary)
    else:
        print(json.dumps({
            "article": {"id": article.id, "title": article.title, "date": article.date, "source": article.source},
            "annotations": [a.to_dict() for a in annotations],
            "summary": summary,
        }, ensure_ascii=False, indent=2))
    return 0


_SUBCOMMAND_RUNNERS: dict[str, Callable[[list[str]], int]] = {
    "extract": _run_extract,
    "export": _run_export,
}
