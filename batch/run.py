"""A resumable corpus run into a --out folder: read, skip what is done, analyse, write each partition, then record it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotemark.analysis.pipeline import analyser_fingerprint, installed_model
from quotemark.batch.engines import Chunk, Engine
from quotemark.batch.inputs import Input, read_input
from quotemark.batch.manifest import (
    InputEntry,
    Manifest,
    Status,
    append_record,
    journal_line,
    load_manifest,
    save_manifest,
)
from quotemark.batch.output_dir import lock, partition_name, tidy, write_durably
from quotemark.batch.records import ArticleResult

ARTICLES_PER_PARTITION = 500
# Each partition is recorded at once by a journal line; the whole manifest is rewritten (and the
# journal dropped) only when the journal has grown past the manifest's own size and this much:
# the rewrites then cost a constant share of the writing however large the corpus.
JOURNAL_SLACK = 8 << 20


@dataclass
class RunReport:
    """What a run did: inputs newly done, skipped as done before, failed; files a killed run had left."""

    done: int = 0
    skipped: int = 0
    failed: int = 0
    removed: list[str] = field(default_factory=list)


Say = Callable[[str], None]  # one line for stderr (the command line prefixes and cleans it)


def run_to_folder(
    paths: Sequence[str],
    folder: Path,
    engine: Engine,
    say: Say,
    advance: Callable[[int], None],
    per_partition: int = ARTICLES_PER_PARTITION,
) -> RunReport:
    """Return the report of extracting `paths` into `folder` with `engine`; a rerun goes on where the last one stopped."""
    folder.mkdir(exist_ok=True)
    held = lock(folder)
    try:
        manifest = load_manifest(folder)
        report = RunReport(removed=tidy(folder, set(manifest.partitions)))
        for name in report.removed:
            say(f"removed {name}, left by a run that stopped before recording it")
        analyser, model = analyser_fingerprint(), installed_model() or ""
        if manifest.analyser and (manifest.analyser, manifest.model) != (analyser, model):
            say(
                f"{folder}: earlier lines were made by {manifest.analyser} with {manifest.model}; new ones by {analyser} with {model}"
            )
        manifest.runs += 1
        manifest.analyser, manifest.model = analyser, model
        save_manifest(folder, manifest)  # the journal starts empty: no torn line of a killed run lies under new ones
        _Writer(folder, manifest, report, say).run(paths, engine, advance, per_partition)
        return report
    finally:
        os.close(held)


class _Writer:
    """One run's bookkeeping: which chunk goes where, what the manifest says, and when it is saved."""

    def __init__(self, folder: Path, manifest: Manifest, report: RunReport, say: Say) -> None:
        self.folder = folder
        self.manifest = manifest
        self.report = report
        self.say = say
        self.snapshot_bytes = 0
        self.journal_bytes = 0

    def run(self, paths: Sequence[str], engine: Engine, advance: Callable[[int], None], per_partition: int) -> None:
        """Analyse every input not done yet, writing and recording each chunk as it finishes."""
        for chunk, results in engine.run(self._chunks(paths, advance, per_partition), advance):
            self._write(chunk, results)
        self._compact()

    def _chunks(self, paths: Sequence[str], advance: Callable[[int], None], per_partition: int) -> Iterator[Chunk]:
        """Yield chunks of inputs to analyse, read lazily; an unreadable input is recorded, a done one skipped."""
        seen: set[str] = set()  # two files with the same bytes are one article
        batch: list[Input] = []
        index = 0
        for path in paths:
            read = read_input(path)
            if read.article is None or read.sha256 is None:
                self._journal([self._failed(read.path, read.sha256, read.error or "cannot be read")])
                advance(1)
                continue
            if self.manifest.is_done(read.sha256) or read.sha256 in seen:
                self.report.skipped += 1
                advance(1)
                continue
            seen.add(read.sha256)
            batch.append(read)
            if len(batch) >= per_partition:
                yield Chunk(index, tuple(batch))
                index, batch = index + 1, []
        if batch:
            yield Chunk(index, tuple(batch))

    def _failed(self, path: str, sha256: str | None, error: str) -> InputEntry:
        entry = InputEntry(path, sha256, Status.FAILED, error=error)
        self.manifest.record(entry)
        self.report.failed += 1
        self.say(error if error.startswith(path) else f"{path}: {error}")
        return entry

    def _write(self, chunk: Chunk, results: list[ArticleResult]) -> None:
        """Write the chunk's partition durably, then record it and its inputs in the manifest's journal."""
        lines = [r.line for r in results if r.line is not None]
        name = partition_name(self.manifest.runs, chunk.index)
        if lines:
            write_durably(self.folder / name, ("\n".join(lines) + "\n").encode("utf-8"))
            self.manifest.partitions[name] = len(lines)
        settled: list[InputEntry] = []
        for read, result in zip(chunk.inputs, results, strict=True):
            assert read.sha256 is not None  # a chunk holds only inputs that were read
            for problem in result.problems:
                self.say(f"{result.source}: one stage failed ({problem}); its facts are missing")
            if result.line is None:
                settled.append(
                    self._failed(read.path, read.sha256, f"{result.source}: the analysis failed ({result.error})")
                )
            else:
                entry = InputEntry(read.path, read.sha256, Status.DONE, partition=name)
                self.manifest.record(entry)
                settled.append(entry)
                self.report.done += 1
        self._journal(settled, name if lines else None, len(lines))

    def _journal(self, entries: list[InputEntry], partition: str | None = None, lines: int = 0) -> None:
        record = journal_line(self.manifest.runs, entries, partition, lines)
        append_record(self.folder, record)
        self.journal_bytes += len(record)
        if self.journal_bytes > self.snapshot_bytes + JOURNAL_SLACK:
            self._compact()

    def _compact(self) -> None:
        self.snapshot_bytes = save_manifest(self.folder, self.manifest)
        self.journal_bytes = 0
