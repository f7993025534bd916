"""The errors the store raises: each message is one line a user can act on."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The database cannot do what was asked; str(error) says why and what to do."""


class CorruptDatabase(StoreError):
    """A damaged database file was found; it was moved aside (never overwritten) when possible."""

    def __init__(self, message: str, path: Path | None = None, moved_to: Path | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.moved_to = moved_to


class ReadOnlyDatabase(StoreError):
    """A write was asked of a database opened read-only (a newer schema, a read-only folder)."""


class DatabaseLocked(StoreError):
    """Another quotemark held the database lock for longer than the wait allows."""
