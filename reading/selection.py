"""Text positions for selecting and searching: word and sentence ends, every match of a query."""

from __future__ import annotations

import re
from enum import Enum

Span = tuple[int, int]
WORD = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")


def word_end_after(text: str, pos: int) -> int:
    """Return the end of the first word that ends after `pos`."""
    for m in WORD.finditer(text, pos):
        if m.end() > pos:
            return m.end()
    return len(text)


def word_end_before(text: str, pos: int, floor: int) -> int:
    """Return the end of the last word that ends before `pos`, not below `floor`."""
    best = floor
    for m in WORD.finditer(text, floor, pos):
        if m.end() < pos:
            best = m.end()
    return max(best, floor)


def sentence_end_after(text: str, pos: int) -> int:
    """Return the end of the sentence that ends after `pos`."""
    m = _SENTENCE_END.search(text, pos + 1)
    return m.end() if m else len(text)


def sentence_end_before(text: str, pos: int, floor: int) -> int:
    """Return the end of the last sentence that ends before `pos`, not below `floor`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, max(floor, pos - 1))]
    return max([floor, *ends])


def find_all(text: str, query: str) -> list[Span]:
    """Return every case-insensitive occurrence of `query` in `text`."""
    if not query:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


def word_start_before(text: str, pos: int) -> int:
    """Return the start of the word before `pos` (one character back when there is none nearby)."""
    before = [m.start() for m in WORD.finditer(text, max(0, pos - 200), pos)]
    return before[-1] if before else max(0, pos - 1)


def word_start_after(text: str, pos: int, end: int) -> int:
    """Return the start of the next word after `pos` inside `end` (`pos` itself when there is none)."""
    nxt = [m.start() for m in WORD.finditer(text, pos + 1, end)]
    return nxt[0] if nxt else pos


class Reach(Enum):
    """How a selection grows or shrinks: its end by a character, word or sentence, or its start by a word."""

    CHAR_RIGHT = "char_right"
    CHAR_LEFT = "char_left"
    WORD_RIGHT = "word_right"
    WORD_LEFT = "word_left"
    SENTENCE_RIGHT = "sentence_right"
    SENTENCE_LEFT = "sentence_left"
    START_LEFT = "start_left"
    START_RIGHT = "start_right"


def reach(text: str, span: Span, how: Reach) -> tuple[int | None, int | None]:
    """Return the selection's new (start, end) after `how`; None keeps that side."""
    start, end = span
    if how is Reach.CHAR_RIGHT:
        return None, end + 1
    if how is Reach.CHAR_LEFT:
        return None, end - 1
    if how is Reach.WORD_RIGHT:
        return None, word_end_after(text, end)
    if how is Reach.WORD_LEFT:
        return None, word_end_before(text, end, start + 1)
    if how is Reach.SENTENCE_RIGHT:
        return None, sentence_end_after(text, end - 1)
    if how is Reach.SENTENCE_LEFT:  # no change when no sentence ends inside the selection
        earlier = sentence_end_before(text, end, start + 1)
        return None, earlier if earlier > start + 1 else end
    if how is Reach.START_LEFT:
        return word_start_before(text, start), None
    return word_start_after(text, start, end), None
