"""Passages the reader marked: spans that carry tags or notes but are not quotations.

A tag or note on a visual selection (or on an entity) has no quote row to show it, so these get
their own rows in the panel (tui/view_model.py), a section of the Markdown summary and rows of the CSV export.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from quotemark.analysis.model import Analysis
from quotemark.reading.marks import notes_of, tags_by_span
from quotemark.store import Annotation

Span = tuple[int, int]


@dataclass(frozen=True)
class Passage:
    """A marked span of the article: its text, the tags on it and the notes on it."""

    start: int
    end: int
    text: str
    tags: tuple[str, ...]
    notes: tuple[str, ...]


def passages(text: str, analysis: Analysis | None, annotations: Iterable[Annotation]) -> list[Passage]:
    """Return the spans carrying tags or notes that are not quotations, in text order."""
    items = list(annotations)
    quotes = {(q.start, q.end) for q in analysis.quotes} if analysis is not None else set()
    tags = tags_by_span(items)
    notes: dict[Span, list[str]] = {}
    for n in notes_of(items):
        if n.span is not None:
            notes.setdefault(n.span, []).append(n.text)
    spans = sorted((set(tags) | set(notes)) - quotes)
    return [
        Passage(s, e, text[s:e], tuple(tags.get((s, e), ())), tuple(notes.get((s, e), ())))
        for s, e in spans
        if 0 <= s < e <= len(text)
    ]
