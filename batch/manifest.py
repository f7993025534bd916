"""What a --out folder holds: each input by content hash with its partition or its error, and each partition's line count."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from quotemark.batch.output_dir import MANIFEST_NAME, write_durably

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


def load_manifest(folder: Path) -> Manifest:
    """Return the folder's manifest (an empty one when there is none yet); raise ManifestError when it is unreadable."""
    path = folder / MANIFEST_NAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Manifest()
    except OSError as exc:
        raise ManifestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return Manifest.from_json(raw)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ManifestError(f"{path}: not a manifest quotemark can read ({exc}); move it aside to start over") from None


def save_manifest(folder: Path, manifest: Manifest) -> None:
    """Replace the folder's manifest durably."""
    write_durably(folder / MANIFEST_NAME, manifest.to_json())
