"""Where the database lives and the files that make it up."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "QUOTEMARK_DB"
DB_NAME = "quotemark.json"


def default_db_path() -> Path:
    """Return the database path: $QUOTEMARK_DB when set, else quotemark.json in the user's data folder."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    from platformdirs import (
        user_data_dir,  # imported late: only the default path needs it
    )

    return Path(user_data_dir("quotemark", appauthor=False)) / DB_NAME


@dataclass(frozen=True)
class Layout:
    """The files of one database: the index at `index`, one file per article, the analysis cache, the lock."""

    index: Path

    @property
    def lock(self) -> Path:
        """Return the sidecar lock file (never the data file itself)."""
        return self.index.with_name(self.index.name + ".lock")

    @property
    def presence(self) -> Path:
        """Return the sidecar file every open Store holds a shared lock on."""
        return self.index.with_name(self.index.name + ".open")

    @property
    def data_dir(self) -> Path:
        """Return the folder beside the index that holds per-article files and the cache."""
        return self.index.with_name(self.index.stem + ".d")

    @property
    def articles_dir(self) -> Path:
        """Return the folder of per-article files."""
        return self.data_dir / "articles"

    @property
    def cache_dir(self) -> Path:
        """Return the folder of cached analyses."""
        return self.data_dir / "cache"

    def article_file(self, article_id: str) -> Path:
        """Return the file holding one article's text and annotations."""
        if not article_id or not all(c.isalnum() or c in "-_" for c in article_id):
            raise ValueError(f"not an article id: {article_id!r}")
        return self.articles_dir / f"{article_id}.json"

    def text_file(self, article_id: str) -> Path:
        """Return the file holding one article's text (UTF-8, written once: the id is its sha256)."""
        return self.article_file(article_id).with_suffix(".txt")

    def cache_file(self, key: str) -> Path:
        """Return the file caching the analysis stored under `key`."""
        return self.cache_dir / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.json"

    def folders(self) -> tuple[Path, ...]:
        """Return every folder that can hold database files (where temp files may be left)."""
        return (self.index.parent, self.articles_dir, self.cache_dir)
