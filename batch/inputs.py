"""Reading one input file for a corpus run: its content hash (what a rerun skips by) and its article, or why not."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from quotemark.analysis.model import Article
from quotemark.analysis.reader import ReadError, read_bytes, read_path_bytes
from quotemark.reading.terminal_text import clean_line


@dataclass(frozen=True)
class Input:
    """One input as read: `sha256` of its bytes (None when they could not be read), its article or the read error."""

    path: str
    sha256: str | None
    article: Article | None
    error: str | None = None


def read_input(path: str) -> Input:
    """Return the input at `path` read once: hashed, then decoded into an article (a ReadError becomes `error`)."""
    try:
        data = read_path_bytes(path)
    except ReadError as exc:
        return Input(path, None, None, str(exc))
    digest = hashlib.sha256(data).hexdigest()
    try:
        article = read_bytes(data, source=clean_line(str(Path(path))))
    except ReadError as exc:
        return Input(path, digest, None, str(exc))
    return Input(path, digest, article)
