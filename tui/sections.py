"""Panel sections built from reading values: marked passages, and the Quotes section filtered to review."""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.analysis.model import Quote
from quotemark.reading.marks import excerpt
from quotemark.reading.passages import Passage
from quotemark.reading.review import review_spans
from quotemark.widgets.fact_rows import FactRow, FactSection
from textual.content import Content

FILTERED_TITLE = "Quotes to review"
FILTERED_EMPTY = "none left to review: f shows every quote"


def passage_section(marked: Sequence[Passage]) -> FactSection:
    """Return the panel's Passages section: “words” ⟨tags⟩ ✎ note, one row per marked span."""
    rows = []
    for p in marked:
        label = Content.assemble(f"“{excerpt(p.text, 50)}”")
        if p.tags:
            label = label.append(Content.styled(f" ⟨{' · '.join(p.tags)}⟩", "$warning"))
        if p.notes:
            label = label.append(Content.styled(f" ✎ {excerpt(p.notes[0], 40)}", "$text-muted"))
        rows.append(FactRow(f"passage:{p.start}:{p.end}", label, p.start, p.end))
    return FactSection("Passages", rows)


def only_to_review(section: FactSection, quotes: Sequence[Quote]) -> FactSection:
    """Return the Quotes section keeping only the rows of quotations still to review."""
    spans = set(review_spans(quotes))
    rows = [r for r in section.rows if r.start is not None and r.end is not None and (r.start, r.end) in spans]
    return FactSection(FILTERED_TITLE, rows, FILTERED_EMPTY)
