"""Where a library screen sends the reader: a saved article and the span to put the cursor on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Jump:
    """Open the saved article `article_id` with the cursor on text[start:end]."""

    article_id: str
    start: int
    end: int
