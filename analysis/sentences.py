"""Split article text into sentence spans without spaCy, for summaries and timelines built from an Analysis."""

from __future__ import annotations

import bisect
import re

# A sentence ends at . ! or ? (plus closing quotes/brackets) before a capital, digit or opening quote,
# or at a paragraph break.
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n[ \t]*\n\s*")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen sen rep gov lt col sgt capt jr sr inc corp co ltd no vs etc u.s u.k "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft".split()
)


def sentence_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence of text[start:], whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start):
        if m.group().startswith((".",)) and _is_abbreviation(text, m.start()):
            continue
        cut = m.start() + len(m.group().rstrip())
        if m.group()[0] == "\n":
            cut = m.start()
        _add(text, pos, cut, spans)
        pos = m.end()
    _add(text, pos, len(text), spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    """Return True when the dot at `dot` ends an abbreviation or an initial ("Dr.", "J.")."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and text[dot - 1].isupper())


def _add(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """Return the sentence span holding `offset` (spans from sentence_spans), or None."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None
