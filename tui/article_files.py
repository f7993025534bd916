"""The article files inside a folder given to `quotemark extract` or `add`: never outside it, and every skip said out loud."""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

from quotemark.reading.terminal_text import show_path
from quotemark.store.regular_file import kind_of

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


@dataclass
class Found:
    """The article files found under a folder, and what was passed over with the reason."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)


def article_files(folder: str) -> Found:
    """Return the article files under `folder`, sorted; links are followed only to files inside it, never to folders."""
    found = Found()
    root = os.path.realpath(folder)
    for here, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs):
            if os.path.islink(os.path.join(here, name)):
                found.skipped.append((os.path.join(here, name), "a link to a folder (not followed)"))
        for name in files:
            path = os.path.join(here, name)
            if Path(name).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            why = _skip_reason(path, root)
            if why:
                found.skipped.append((path, why))
            else:
                found.files.append(path)
    found.files.sort()
    return found


def _skip_reason(path: str, root: str) -> str | None:
    """Return why `path` is not read as an article (None when it is a regular file inside `root`)."""
    if os.path.islink(path):
        real = os.path.realpath(path)
        if os.path.commonpath([root, real]) != root:
            return "a link to a file outside the folder"
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"  # a dangling link or a link loop
    if not stat.S_ISREG(mode):
        return f"{kind_of(mode)}, not a regular file"
    return None


def input_files(path: str, command: str) -> list[str] | None:
    """Return the files one command-line input names: itself, or the article files under a folder (None: a folder holding none).

    Every file passed over in a folder is said on stderr, prefixed with `quotemark COMMAND`.
    """
    if path == "-" or not Path(path).is_dir():
        return [path]
    found = article_files(path)  # never outside the folder
    for skipped, why in found.skipped:
        print(f"quotemark {command}: {show_path(skipped)}: skipped, {why}", file=sys.stderr)
    return found.files or None
