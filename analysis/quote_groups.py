"""Quotes that belong together: the paragraphs of one multi-paragraph quotation, and quotes given to one mention.

Used when the reader corrects a speaker: the correction is offered for the rest of the quotation
and for the other quotes the machine read from the same (wrong) mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotemark.analysis.model import Quote
from quotemark.analysis.quotemarks import find_marked_spans

Span = tuple[int, int]


def quotation_of(text: str, quotes: Sequence[Quote], span: Span) -> list[Quote]:
    """Return the quotes that form one quotation with the quote at `span` (itself included), in order.

    A quotation runs over several paragraphs when a paragraph's opening mark is not closed and
    the next paragraph opens with a mark again; each paragraph is its own Quote.
    """
    chains: list[list[Span]] = []
    for m in find_marked_spans(text):
        if m.continued and chains:
            chains[-1].append((m.start, m.end))
        else:
            chains.append([(m.start, m.end)])
    for chain in chains:
        if len(chain) < 2 or not any(_overlaps(piece, span) for piece in chain):
            continue
        return [q for q in quotes if any(_overlaps(piece, (q.start, q.end)) for piece in chain)]
    return [q for q in quotes if (q.start, q.end) == span]


def same_mention(quotes: Sequence[Quote], span: Span) -> list[Quote]:
    """Return the quotes whose speaker the machine read from the same mention as the quote at `span` (itself included)."""
    quote = next((q for q in quotes if (q.start, q.end) == span), None)
    if quote is None or quote.speaker_start is None:
        return [q for q in quotes if (q.start, q.end) == span]
    return [q for q in quotes if (q.speaker_start, q.speaker_end) == (quote.speaker_start, quote.speaker_end)]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]
