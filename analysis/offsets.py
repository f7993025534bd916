"""Find the paragraph and the spaCy token at a character offset, by binary search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotemark.analysis.pipeline import Paragraph


def paragraph_at(paragraphs: Sequence[Paragraph], offset: int) -> Paragraph | None:
    """Return the paragraph whose span holds article offset `offset`, or None."""
    lo, hi = 0, len(paragraphs)
    while lo < hi:
        mid = (lo + hi) // 2
        if paragraph_end(paragraphs[mid]) <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(paragraphs) and paragraphs[lo].start <= offset < paragraph_end(paragraphs[lo]):
        return paragraphs[lo]
    return None


def paragraph_end(paragraph: Paragraph) -> int:
    """Return the article offset just past the paragraph, in constant time.

    Same value as `Paragraph.end`, which builds `doc.text` (a join over every token) on each call.
    """
    doc = paragraph.doc
    if len(doc) == 0:
        return paragraph.start + len(doc.text)
    last = doc[-1]
    return paragraph.start + last.idx + len(last.text_with_ws)


def token_at(doc: Doc, char: int) -> Token | None:
    """Return the token covering doc character `char`, or the first one after it, or None."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx + len(doc[mid].text) <= char:
            lo = mid + 1
        else:
            hi = mid
    return doc[lo] if lo < len(doc) else None
