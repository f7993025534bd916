"""Text layout for the article view: wrapping by terminal cells, pure (text and width in, line offsets out).

The view keeps rendering, the cursor and scrolling; this module decides where lines break, the
way Textual keeps `WrappedDocument` apart from `TextArea` (`wrapped_text.WrappedText` holds the
state: the wrap per width, badges, the first frame of a long text). Lines partition the text: line k is
text[starts[k]:ends[k]], a paragraph's newline ends its last line. Badges (virtual text drawn
before an offset) take cells but no offsets, and stay glued to the character before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from rich.cells import get_character_cell_size, split_graphemes

from quotemark.analysis.sanitize import is_hidden, placeholder_for, replace_hidden

__all__ = [
    "FIRST_FRAME_CHARS",
    "PROGRESSIVE_WRAP_CHARS",
    "badge_text",
    "display_text",
    "first_screens_wrap",
    "is_single_cell",
    "wrap_offsets",
    "wrap_paragraph",
]

Lines = tuple[list[int], list[int]]

# A text longer than this is wrapped for its first frame only up to the first paragraph end past
# FIRST_FRAME_CHARS (screens of lines at any width); the rest is wrapped right after that frame.
PROGRESSIVE_WRAP_CHARS = 100_000
FIRST_FRAME_CHARS = 32_000

# Each hidden character becomes exactly one visible stand-in, so display offsets stay equal to
# article offsets; tabs become one space for the same reason.
_TAB_LIKE = str.maketrans({"\t": " "})


def _single_cell_chars() -> frozenset[str]:
    """Return the characters known to take exactly one cell (Latin, Greek, Cyrillic, punctuation, currency)."""
    ranges = [(0x20, 0x7E), (0xA0, 0x2FF), (0x370, 0x482), (0x2010, 0x2027), (0x2030, 0x205E), (0x20A0, 0x20C0)]
    return frozenset(
        ch
        for lo, hi in ranges
        for ch in map(chr, range(lo, hi + 1))
        if get_character_cell_size(ch) == 1 and not is_hidden(ch)
    )


_SINGLE_CELL = _single_cell_chars()
is_single_cell = _SINGLE_CELL.issuperset
_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def display_text(text: str, *, clean: bool = False) -> str:
    """Return `text` with control, bidi and invisible characters replaced one-for-one by visible stand-ins.

    `clean` says the caller's text already went through `analysis.sanitize` (the reader's
    articles): only tabs are left to replace, so a book-length text is not scanned twice.
    """
    shown = text if clean else replace_hidden(text, placeholder_for)
    return shown.translate(_TAB_LIKE) if "\t" in shown else shown


def badge_text(text: str) -> str:
    """Return a badge's text as drawn: sanitised, on one line."""
    return display_text(text.replace("\n", " "))


def _wrap_single_cell(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Append the lines of text[start:end] (one paragraph, all single-cell characters) to `out`."""
    content_end = end
    while content_end > start and text[content_end - 1] == " ":
        content_end -= 1
    pos = start
    while content_end - pos > width:
        space = text.rfind(" ", pos, pos + width + 1)
        if space > pos and (text[pos] != " " or text[pos:space].strip(" ")):
            cut = space + 1
            while cut < end and text[cut] == " ":
                cut += 1
        else:
            # no word fits: cut the word at the width (spaces never start a line, as in _wrap_units)
            cut = pos + width
            while cut < end and text[cut] == " ":
                cut += 1
        out.append((pos, cut))
        pos = cut
    out.append((pos, end))


def _wrap_single_cell_with_badges(
    text: str,
    start: int,
    end: int,
    width: int,
    offsets: list[int],
    extra: Mapping[int, int],
    out: list[tuple[int, int]],
) -> None:
    """Append the lines of a single-cell paragraph holding badges, each badge glued to the word before it."""
    # Wrap a stand-in string where every badge is non-space filler, then map cuts back to offsets.
    pieces: list[str] = []
    marks: list[tuple[int, int]] = []  # (position in the stand-in, cells)
    last = start
    shift = 0
    for k in range(bisect_left(offsets, start), bisect_right(offsets, end)):
        offset = offsets[k]
        cells = extra[offset]
        pieces.append(text[last:offset])
        pieces.append("x" * cells)
        marks.append((offset - start + shift, cells))
        shift += cells
        last = offset
    pieces.append(text[last:end])
    virtual = "".join(pieces)
    local: list[tuple[int, int]] = []
    _wrap_single_cell(virtual, 0, len(virtual), width, local)

    def real(v: int) -> int:
        before = 0
        for position, cells in marks:
            if v <= position:
                break
            if v < position + cells:
                return start + position - before
            before += cells
        return start + v - before

    for a, b in local:
        out.append((real(a), real(b)))


def _wrap_units(
    text: str, units: list[tuple[int, int, int]], start: int, end: int, width: int, out: list[tuple[int, int]]
) -> None:
    """Append the lines of one paragraph, given as grapheme units (start, end, cells), to `out`."""
    n = len(units)
    if n == 0:
        out.append((start, end))
        return
    line_unit = 0
    col = 0
    brk = -1  # unit index a new line may start at (after spaces or a wide character)
    seen_word = False
    i = 0
    while i < n:
        u_start, _u_end, cells = units[i]
        if text[u_start] == " ":
            col += cells
            i += 1
            if seen_word:
                brk = i
            continue
        if col + cells > width and i > line_unit:
            cut = brk if brk > line_unit else i
            out.append((units[line_unit][0], units[cut][0]))
            line_unit = cut
            col = sum(units[k][2] for k in range(cut, i))
            seen_word = cut < i
            brk = -1
            continue
        col += cells
        seen_word = True
        i += 1
        if cells >= 2:
            brk = i
    out.append((units[line_unit][0], end))


def _paragraph_units(text: str, start: int, end: int, extra: Mapping[int, int]) -> list[tuple[int, int, int]]:
    """Return the grapheme units of text[start:end] with their cells, plus badge cells from `extra`."""
    para = text[start:end]
    if is_single_cell(para):
        units = [(start + k, start + k + 1, 1) for k in range(len(para))]
    else:
        spans, _total = split_graphemes(para)
        units = [(start + a, start + b, c) for a, b, c in spans]
    if extra:
        # A badge's cells are glued to the character before it, so the wrap never separates them.
        adjusted: list[tuple[int, int, int]] = []
        for a, b, c in units:
            add = 0
            for off in range(a + 1, b + 1):
                add += extra.get(off, 0)
            if a == start:
                add += extra.get(start, 0) if start == 0 or text[start - 1] == "\n" else 0
            adjusted.append((a, b, c + add) if add else (a, b, c))
        units = adjusted
    return units


def wrap_paragraph(
    text: str,
    start: int,
    end: int,
    width: int,
    badge_cells: Mapping[int, int] | None = None,
    *,
    single: bool | None = None,
    offsets: list[int] | None = None,
) -> list[tuple[int, int]]:
    """Return the lines (start, end) of paragraph text[start:end] (no newline inside) at `width` cells.

    `single` says whether the paragraph is known to hold only single-cell characters; `offsets`
    is sorted(badge_cells) when the caller has it.
    """
    out: list[tuple[int, int]] = []
    _wrap_paragraph_into(
        text,
        start,
        end,
        width,
        offsets if offsets is not None else sorted(badge_cells or {}),
        badge_cells or {},
        out,
        single,
    )
    return out


def _wrap_paragraph_into(
    text: str,
    start: int,
    end: int,
    width: int,
    offsets: list[int],
    extra: Mapping[int, int],
    out: list[tuple[int, int]],
    single: bool | None = None,
) -> None:
    """Append the lines of paragraph text[start:end] (no newline inside) to `out`."""
    has_badge = False
    if offsets:
        k = bisect_left(offsets, start)
        has_badge = k < len(offsets) and offsets[k] <= end
    if single is None:
        single = is_single_cell(text[start:end])
    if not has_badge and single and end - start <= width:
        out.append((start, end))
    elif not has_badge and single:
        _wrap_single_cell(text, start, end, width, out)
    elif single:
        _wrap_single_cell_with_badges(text, start, end, width, offsets, extra, out)
    else:
        _wrap_units(text, _paragraph_units(text, start, end, extra), start, end, width, out)


def wrap_offsets(text: str, width: int, badge_cells: Mapping[int, int] | None = None) -> Lines:
    """Return (line starts, line ends) wrapping `text` to `width` cells; the lines partition the text."""
    width = max(1, width)
    extra = badge_cells or {}
    offsets = sorted(extra)
    out: list[tuple[int, int]] = []
    pos = 0
    length = len(text)
    # One check for the whole text saves one per paragraph in the common (plain ASCII) case.
    all_single = True if text.isascii() and _ASCII_CONTROL.search(text) is None else None
    while True:
        nl = text.find("\n", pos)
        para_end = length if nl == -1 else nl
        _wrap_paragraph_into(text, pos, para_end, width, offsets, extra, out, all_single)
        if nl == -1:
            break
        out[-1] = (out[-1][0], nl + 1)  # the newline belongs to the paragraph's last line
        pos = nl + 1
    return [s for s, _e in out], [e for _s, e in out]


def first_screens_wrap(text: str, width: int, badge_cells: Mapping[int, int] | None = None) -> tuple[Lines, int]:
    """Return the wrap of the text's first screens (whole paragraphs) and an estimate of all its lines.

    With no paragraph end after the first screens, the whole text is wrapped and the estimate is 0.
    """
    end = text.find("\n", FIRST_FRAME_CHARS)
    if end == -1:
        return wrap_offsets(text, width, badge_cells), 0
    starts, ends = wrap_offsets(text[:end], width, badge_cells)
    ends[-1] = end + 1  # the newline belongs to the paragraph's last line, as in the full wrap
    return (starts, ends), round(len(starts) * len(text) / (end + 1))
