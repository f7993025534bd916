"""A resumable corpus run into a --out folder: read, skip what is done, analyse, write each partition, then record it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quotemark.analysis.pipeline import analyser_fingerprint, installed_model
from quotemark.batch.engines import Chunk, Engine
from quotemark.batch.inputs import Input, read_input
from quotemark.batch.manifest import InputEntry, Manifest, Status, load_manifest, save_manifest
from quotemark.batch.output_dir import lock, partition_name, tidy, write_durably
from quotemark.batch.records import ArticleResult

ARTICLES_PER_PARTITION = 500
# The manifest is rewritten whole; once it is big, rewriting it after every partition would cost
# more than the analysis. It is rewritten when at least this many times its last write's duration
# has passed (a few milliseconds at first): a kill then costs at most those partitions' work.
COMMIT_SPACING = 20


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
        self.last_commit = time.monotonic()
        self.commit_cost = 0.0

    def run(self, paths: Sequence[str], engine: Engine, advance: Callable[[int], None], per_partition: int) -> None:
        """Analyse every input not done yet, writing and recording each chunk as it finishes."""
        for chunk, results in engine.run(self._chunks(paths, advance, per_partition), advance):
            self._write(chunk, results)
            if time.monotonic() - self.last_commit >= COMMIT_SPACING * self.commit_cost:
                self._commit()
        self._commit()

    def _chunks(self, paths: Sequence[str], advance: Callable[[int], None], per_partition: int) -> Iterator[Chunk]:
        """Yield chunks of inputs to analyse, read lazily; an unreadable input is recorded, a done one skipped."""
        seen: set[str] = set()  # two files with the same bytes are one article
        batch: list[Input] = []
        index = 0
        for path in paths:
            read = read_input(path)
            if read.article is None or read.sha256 is None:
                self._failed(read.path, read.sha256, read.error or "cannot be read")
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

    def _failed(self, path: str, sha256: str | None, error: str) -> None:
        self.manifest.record(InputEntry(path, sha256, Status.FAILED, error=error))
        self.report.failed += 1
        self.say(error if error.startswith(path) else f"{path}: {error}")

    def _write(self, chunk: Chunk, results: list[ArticleResult]) -> None:
        """Write the chunk's partition durably, then note its inputs in the manifest (saved by the next commit)."""
        lines = [r.line for r in results if r.line is not None]
        name = partition_name(self.manifest.runs, chunk.index)
        if lines:
            write_durably(self.folder / name, ("\n".join(lines) + "\n").encode("utf-8"))
            self.manifest.partitions[name] = len(lines)
        for read, result in zip(chunk.inputs, results, strict=True):
            assert read.sha256 is not None  # a chunk holds only inputs that were read
            for problem in result.problems:
                self.say(f"{result.source}: one stage failed ({problem}); its facts are missing")
            if result.line is None:
                self._failed(read.path, read.sha256, f"{result.source}: the analysis failed ({result.error})")
            else:
                self.manifest.record(InputEntry(read.path, read.sha256, Status.DONE, partition=name))
                self.report.done += 1

    def _commit(self) -> None:
        started = time.monotonic()
        save_manifest(self.folder, self.manifest)
        self.last_commit = time.monotonic()
        self.commit_cost = self.last_commit - started
