"""`quotemark extract`: the analysis of articles as JSON on stdout, or into a resumable --out folder, locally or on Dask."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from quotemark.analysis.model import Article
from quotemark.tui.cli import EXIT_USAGE, CliError, _clean, _load_nlp, _Parser, _read

if TYPE_CHECKING:
    import argparse

    from quotemark.batch.engines import Engine
    from quotemark.batch.records import ArticleResult
    from quotemark.tui.progress import Progress

DASK_MISSING = "quotemark extract: --engine dask needs Dask; install it with: pip install 'quotemark[dask]'"


def _expand(paths: Sequence[str]) -> list[str]:
    """Return the input files: paths as given, and the article files under each directory."""
    from quotemark.tui.article_files import input_files

    out: list[str] = []
    for p in paths:
        files = input_files(p, "extract")
        if files is None:
            raise CliError(f"quotemark: {p}: no article files (.txt, .md, .html) in this directory")
        out.extend(files)
    return out


def _parse(args: list[str]) -> argparse.Namespace:
    parser = _Parser(
        prog="quotemark extract",
        description="Print the analysis of articles as JSON (JSON Lines for several); never stops on a bad file.",
    )
    parser.add_argument("paths", nargs="+", help="article files or directories, or - for standard input")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON (one document per input)")
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="spaCy processes, or local Dask workers (default: 1)"
    )
    parser.add_argument(
        "--out",
        metavar="DIR",
        help="write JSON Lines partitions and a manifest into this folder; a rerun goes on where it stopped",
    )
    parser.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where to analyse: here, or on Dask (default: local)",
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="with --engine dask: join the cluster at this address (tcp://host:8786)"
    )
    parser.add_argument(
        "--per-partition", type=int, default=None, metavar="N", help="articles per partition file (default: 500)"
    )
    ns = parser.parse_args(args)
    if ns.jobs < 1:
        raise CliError("quotemark extract: --jobs must be at least 1")
    if ns.scheduler and ns.engine != "dask":
        raise CliError("quotemark extract: --scheduler needs --engine dask")
    if ns.per_partition is not None and (ns.per_partition < 1 or not ns.out):
        raise CliError("quotemark extract: --per-partition needs --out and must be at least 1")
    if ns.out and ns.pretty:
        raise CliError("quotemark extract: --pretty does not apply to --out, which writes JSON Lines")
    if ns.out and "-" in ns.paths:
        raise CliError("quotemark extract: --out reads files, not standard input; save it to a file first")
    return ns


def run_extract(args: list[str]) -> int:
    """Return the exit status of `quotemark extract args` (2 when any input failed)."""
    ns = _parse(args)
    if ns.engine == "dask":
        try:
            import distributed  # noqa: F401
        except ImportError:
            print(DASK_MISSING, file=sys.stderr)
            return EXIT_USAGE
    paths = _expand(ns.paths)
    if ns.out:
        return _extract_to_folder(ns, paths)
    return _extract_to_stdout(ns, paths)


def _engine(ns: argparse.Namespace) -> Engine:
    """Return the engine the options ask for (a Dask one connects, or starts its local cluster, now)."""
    if ns.engine == "dask":
        from quotemark.batch.dask_engine import DaskEngine

        try:
            return DaskEngine(ns.scheduler, ns.jobs)
        except (OSError, TimeoutError) as exc:
            where = f"reach the Dask scheduler {ns.scheduler}" if ns.scheduler else "start a local Dask cluster"
            raise CliError(f"quotemark extract: cannot {where}: {exc}") from None
    from quotemark.batch.engines import LocalEngine

    return LocalEngine(_load_nlp(), ns.jobs)


def _extract_to_folder(ns: argparse.Namespace, paths: list[str]) -> int:
    from quotemark.batch.manifest import ManifestError
    from quotemark.batch.output_dir import MANIFEST_NAME, OutputBusy
    from quotemark.batch.run import ARTICLES_PER_PARTITION, run_to_folder
    from quotemark.tui.progress import Progress

    folder = Path(ns.out).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CliError(f"quotemark extract: --out {_clean(ns.out)} is not a folder")
    if not folder.parent.is_dir():  # a typo must not create a chain of folders
        raise CliError(f"quotemark extract: the folder of --out {_clean(ns.out)} does not exist; create it first")
    engine = _engine(ns)
    progress = Progress(len(paths), "extract", enabled=len(paths) > 1)

    def say(line: str) -> None:
        print(f"quotemark extract: {_clean(line)}", file=sys.stderr)

    try:
        report = run_to_folder(paths, folder, engine, say, progress.advance, ns.per_partition or ARTICLES_PER_PARTITION)
    except (ManifestError, OutputBusy) as exc:
        raise CliError(f"quotemark extract: {exc}") from None
    finally:
        progress.close()
        engine.close()
    say(f"{report.done} done, {report.skipped} already done, {report.failed} failed; see {folder / MANIFEST_NAME}")
    return EXIT_USAGE if report.failed else 0


def _extract_to_stdout(ns: argparse.Namespace, paths: list[str]) -> int:
    from quotemark.tui.progress import Progress

    articles: list[Article] = []
    failed = 0
    for path in paths:  # every input is read before the model loads, so a typo fails fast
        try:
            articles.append(_read(path))
        except CliError as exc:
            print(_clean(str(exc)), file=sys.stderr)
            failed += 1
    if articles:
        progress = Progress(len(articles), "extract", enabled=len(articles) > 1)
        try:
            results = (
                _local_results(ns, articles, progress)
                if ns.engine == "local"
                else _dask_results(ns, articles, progress)
            )
            failed += sum(not _show(result, ns.pretty) for result in results)
        finally:
            progress.close()
    if failed:
        if len(paths) > 1:
            print(f"quotemark extract: {failed} of {len(paths)} inputs failed", file=sys.stderr)
        return EXIT_USAGE
    return 0


def _local_results(ns: argparse.Namespace, articles: list[Article], progress: Progress) -> Iterator[ArticleResult]:
    """Yield each article's result in order as this process (or its --jobs spaCy processes) finishes it."""
    from quotemark.analysis.batch import analyze_each
    from quotemark.batch.records import result_of

    for outcome in analyze_each(articles, _load_nlp(), n_process=ns.jobs):
        yield result_of(outcome, indent=2 if ns.pretty else None)
        progress.advance()


def _dask_results(ns: argparse.Namespace, articles: list[Article], progress: Progress) -> Iterator[ArticleResult]:
    """Yield each article's result in input order, from tasks that finish in any order on the Dask cluster."""
    from quotemark.batch.dask_engine import TASK_ARTICLES
    from quotemark.batch.engines import Chunk
    from quotemark.batch.inputs import Input

    inputs = [Input(a.source or "-", None, a) for a in articles]
    chunks = (
        Chunk(n, tuple(inputs[i : i + TASK_ARTICLES])) for n, i in enumerate(range(0, len(inputs), TASK_ARTICLES))
    )
    engine = _engine(ns)
    try:
        waiting: dict[int, list[ArticleResult]] = {}
        next_chunk = 0
        for chunk, results in engine.run(chunks, progress.advance):
            waiting[chunk.index] = results
            while next_chunk in waiting:
                for result in waiting.pop(next_chunk):
                    yield _indented(result) if ns.pretty else result
                next_chunk += 1
    finally:
        engine.close()


def _indented(result: ArticleResult) -> ArticleResult:
    """Return the result with its JSON indented as --pretty prints it."""
    import json

    from quotemark.reading.terminal_text import json_dumps

    if result.line is None:
        return result
    return replace(result, line=json_dumps(json.loads(result.line), indent=2))


def _show(result: ArticleResult, pretty: bool) -> bool:
    """Print one article's JSON on stdout and its problems on stderr; return False when its analysis failed."""
    name = _clean(result.source)
    if result.line is None:
        print(
            f"quotemark extract: {name}: the analysis failed ({_clean(result.error or '')}); skipped", file=sys.stderr
        )
        return False
    for problem in result.problems:
        print(
            f"quotemark extract: {name}: one stage failed ({_clean(problem)}); its facts are missing", file=sys.stderr
        )
    print(result.line, flush=True)
    return True
