"""What a --out folder holds: each input by content hash with its partition or its error, and each partition's line count.

The manifest is `manifest.json` (a snapshot) plus `manifest.journal`, one JSON line appended and
fsynced per partition or failure since the snapshot: recording a partition costs its own few
lines whatever the size of the corpus. A run ends by writing the snapshot and removing the
journal. Replaying a record twice changes nothing, so a crash between the two is harmless; a
line torn by a crash mid-append is the last one and is ignored (its partition is then unlisted,
removed and redone).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from quotemark.batch.output_dir import JOURNAL_NAME, MANIFEST_NAME, append_durably, write_durably

FORMAT = "quotemark-extract-manifest"
VERSION = 1


class ManifestError(Exception):
    """The folder's manifest.json cannot be read; nothing in the folder is touched."""


class Status(Enum):
    """Whether an input's line is in a partition (done) or it has none yet (failed, retried by the next run)."""

    DONE = "done"
    FAILED = "failed"


@dataclass
class InputEntry:
    """One input: its path when last seen, sha256 of its bytes (None if unreadable), status, partition or error."""

    path: str
    sha256: str | None
    status: Status
    partition: str | None = None
    error: str | None = None

    @property
    def key(self) -> str:
        """Return what identifies the input across runs: its content hash, or its path when it could not be read."""
        return self.sha256 or f"path:{self.path}"

    def to_dict(self) -> dict[str, Any]:
        """Return the entry as JSON-ready builtins."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "status": self.status.value,
            "partition": self.partition,
            "error": self.error,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> InputEntry:
        """Return the entry written by to_dict()."""
        return cls(data["path"], data.get("sha256"), Status(data["status"]), data.get("partition"), data.get("error"))


@dataclass
class Manifest:
    """The manifest of a --out folder; `runs` numbers the runs so partition names never repeat."""

    runs: int = 0
    analyser: str = ""
    model: str = ""
    partitions: dict[str, int] = field(default_factory=dict)  # file name -> number of lines
    inputs: dict[str, InputEntry] = field(default_factory=dict)  # InputEntry.key -> entry
    _failed_at: dict[str, str] = field(default_factory=dict, repr=False)  # path -> key of its failed entry

    def __post_init__(self) -> None:
        self._failed_at = {e.path: k for k, e in self.inputs.items() if e.status is Status.FAILED}

    def is_done(self, sha256: str) -> bool:
        """Return True when the input with these bytes already has its line in a listed partition."""
        entry = self.inputs.get(sha256)
        return entry is not None and entry.status is Status.DONE

    def record(self, entry: InputEntry) -> None:
        """Note what became of an input; an earlier failure at the same path is replaced (the file may have been fixed)."""
        earlier = self._failed_at.pop(entry.path, None)
        if earlier is not None and self.inputs.get(earlier, entry).status is Status.FAILED:
            del self.inputs[earlier]
        self.inputs[entry.key] = entry
        if entry.status is Status.FAILED:
            self._failed_at[entry.path] = entry.key

    def failed(self) -> list[InputEntry]:
        """Return the inputs whose last attempt failed."""
        return [e for e in self.inputs.values() if e.status is Status.FAILED]

    def to_json(self) -> bytes:
        """Return the manifest file's bytes."""
        data = {
            "format": FORMAT,
            "version": VERSION,
            "runs": self.runs,
            "analyser": self.analyser,
            "model": self.model,
            "partitions": self.partitions,
            "inputs": [e.to_dict() for e in self.inputs.values()],
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        """Return the manifest in `raw`; raise ValueError/KeyError/TypeError when it is not one."""
        data = json.loads(raw)
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError("not a quotemark extract manifest of a version this quotemark reads")
        entries = [InputEntry.from_dict(d) for d in data["inputs"]]
        return cls(
            runs=int(data["runs"]),
            analyser=str(data.get("analyser", "")),
            model=str(data.get("model", "")),
            partitions={str(k): int(v) for k, v in data["partitions"].items()},
            inputs={e.key: e for e in entries},
        )


def journal_line(run: int, entries: list[InputEntry], partition: str | None = None, lines: int = 0) -> bytes:
    """Return the journal record of one partition (its name and line count) and the inputs it settled, or of failures alone."""
    record = {"run": run, "partition": partition, "lines": lines, "inputs": [e.to_dict() for e in entries]}
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def replay(manifest: Manifest, raw: bytes) -> int:
    """Apply the journal's records to `manifest` and return how many; a torn last line (a crash mid-append) is skipped."""
    complete = raw.split(b"\n")[:-1]  # a whole record ends with a newline: anything after the last one is torn
    for line in complete:
        data = json.loads(line)
        manifest.runs = max(manifest.runs, int(data["run"]))  # a killed run's partition names stay taken
        if data["partition"] is not None:
            manifest.partitions[str(data["partition"])] = int(data["lines"])
        for entry in data["inputs"]:
            manifest.record(InputEntry.from_dict(entry))
    return len(complete)


def load_manifest(folder: Path) -> Manifest:
    """Return the folder's manifest, journal replayed (an empty one when there is none yet); raise ManifestError when unreadable."""
    manifest = Manifest()
    for name in (MANIFEST_NAME, JOURNAL_NAME):
        path = folder / name
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ManifestError(f"{path}: cannot read ({exc.strerror or exc})") from None
        try:
            if name == MANIFEST_NAME:
                manifest = Manifest.from_json(raw)
            else:
                replay(manifest, raw)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ManifestError(
                f"{path}: not a manifest quotemark can read ({exc}); move it aside to start over"
            ) from None
    return manifest


def append_record(folder: Path, record: bytes) -> None:
    """Add one journal record durably: once this returns, a rerun knows what it says."""
    append_durably(folder / JOURNAL_NAME, record)


def save_manifest(folder: Path, manifest: Manifest) -> int:
    """Write the whole manifest durably as the snapshot, drop the journal it now contains, and return its size in bytes."""
    data = manifest.to_json()
    write_durably(folder / MANIFEST_NAME, data)
    (folder / JOURNAL_NAME).unlink(missing_ok=True)
    return len(data)
