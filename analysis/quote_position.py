"""Where a quotation's opening mark stands: first on its line, after a colon, or as a sentence of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.offsets import space_back
from quotemark.analysis.quotemarks import MarkedSpan

if TYPE_CHECKING:
    from quotemark.analysis.pipeline import Paragraph


def opens_line(span: MarkedSpan, text: str, lo: int) -> bool:
    """Return True when the quotation's opening mark is the first thing on its line (at or after `lo`,
    its paragraph's start: the search back stays inside the paragraph)."""
    return not text[max(lo, text.rfind("\n", lo, span.open_mark) + 1) : span.open_mark].strip()


def after_colon(span: MarkedSpan, text: str, p: Paragraph) -> bool:
    """Return True when the quotation opens its paragraph right after one ending with a colon."""
    line_start = space_back(text, span.open_mark)
    if line_start > 0 and text[line_start - 1] != "\n":
        return False
    before = space_back(text, line_start, lines=True)
    return before > 0 and text[before - 1] == ":"


def stands_alone(span: MarkedSpan, text: str, p: Paragraph) -> bool:
    """Return True when the quotation is a sentence of its own (or opens its paragraph)."""
    before = space_back(text, span.open_mark)
    return before == 0 or text[before - 1] in '\n.!?:"”'


def in_list(span: MarkedSpan, text: str) -> bool:
    """Return True when the quotation follows another that ends with a comma inside its marks: an
    item of a list of titles ("hits such as “Listen to the Music,” “Black Water” and others")."""
    before = space_back(text, span.open_mark)
    return before >= 2 and text[before - 1] in '"”' and text[before - 2] == ","
