"""Passages the reader marked: spans that carry tags or notes but are not quotations.

A tag or note on a visual selection (or on an entity) has no quote row to show it, so these get
their own rows in the panel, a section of the Markdown summary and rows of the CSV export.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.content import Content

from quotemark.analysis.model import Analysis
from quotemark.store import Annotation
from quotemark.tui import view_model as vm
from quotemark.widgets.fact_rows import FactRow, FactSection

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
    tags = vm.tags_by_span(items)
    notes: dict[Span, list[str]] = {}
    for n in vm.notes_of(items):
        if n.span is not None:
            notes.setdefault(n.span, []).append(n.text)
    spans = sorted((set(tags) | set(notes)) - quotes)
    return [Passage(s, e, text[s:e], tuple(tags.get((s, e), ())), tuple(notes.get((s, e), ()))) for s, e in spans
            if 0 <= s < e <= len(text)]


def passage_section(marked: Sequence[Passage]) -> FactSection:
    """Return the panel's Passages section: “words” ⟨tags⟩ ✎ note, one row per marked span."""
    rows = []
    for p in marked:
        label = Content.assemble(f"“{vm.excerpt(p.text, 50)}”")
        if p.tags:
            label = label.append(Content.styled(f" ⟨{' · '.join(p.tags)}⟩", "$warning"))
        if p.notes:
            label = label.append(Content.styled(f" ✎ {vm.excerpt(p.notes[0], 40)}", "$text-muted"))
        rows.append(FactRow(f"passage:{p.start}:{p.end}", label, p.start, p.end))
    return FactSection("Passages", rows)
