"""Which quotations a reader still has to review, and what the interface says about them.

No Textual here: the screen asks these functions and draws the answers; tests call them directly.
A quotation is to review when its (corrected) analysis says `needs_review`: the machine was not
sure of its speaker, and the reader has neither confirmed nor corrected it.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.analysis.model import Quote

Span = tuple[int, int]

BADGE = " ⟨? to review⟩"  # after the quote in the article: a sign, not only a colour


def to_review(quotes: Sequence[Quote]) -> list[Quote]:
    """Return the quotations whose speaker is still to review, in text order."""
    return sorted((q for q in quotes if q.needs_review), key=lambda q: (q.start, q.end))


def review_spans(quotes: Sequence[Quote]) -> list[Span]:
    """Return the spans of the quotations still to review, in text order."""
    return [(q.start, q.end) for q in to_review(quotes)]


def status_part(quotes: Sequence[Quote]) -> str:
    """Return what the status line says about review: "3 to review (r)", or "" when nothing is left."""
    n = sum(1 for q in quotes if q.needs_review)
    return f"{n} to review (r)" if n else ""


def confirm_refusal(quote: Quote | None, corrected: bool) -> str | None:
    """Return why `C` cannot confirm this quotation's speaker, or None when it can."""
    if quote is None:
        return "Move to a quotation first: r goes to the next one to review, ] to the next quote"
    if not quote.speaker:
        return "This quotation has no speaker to confirm: press c to say who said it"
    if corrected and not quote.needs_review:
        return f"Already checked: {quote.speaker} (c changes the speaker, u undoes)"
    return None
