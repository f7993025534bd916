"""Fitting the header and the status line to the terminal: the longest wording that fits, least important parts dropped first."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

HEADER_CHROME = 18  # the header's icon, padding and the " — " Textual puts between title and sub-title
WIDE = 10_000  # a width before the first layout: everything fits


def fit(options: Sequence[str], width: int) -> str:
    """Return the first option that fits in `width` cells (longest first), else the last one cut with …."""
    if width <= 0:
        width = WIDE
    for option in options:
        if cell_len(option) <= width:
            return option
    last = options[-1]
    while last and cell_len(last) > max(1, width - 1):
        last = last[:-1]
    return last.rstrip(" ·") + "…"


def plural(n: int, word: str) -> str:
    """Return "1 quote", "3 quotes", "2 entities"."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {word[:-1]}ies" if word.endswith("y") else f"{n} {word}s"


def found_line(quotes: int, entities: int, numbers: int, dates: int, width: int) -> str:
    """Return what the analysis found, as long as `width` allows: dates, then numbers are dropped last-first."""
    full = [plural(quotes, "quote"), plural(entities, "entity"), plural(numbers, "number"), plural(dates, "date")]
    short = [f"{quotes} quot.", f"{entities} ent.", f"{numbers} num.", f"{dates} dat."]
    return fit(
        [" · ".join(full), " · ".join(short), " · ".join(full[:2]), " · ".join(short[:2]), full[0], short[0]], width
    )


def unsaved_line(n: int, width: int) -> str:
    """Return the warning that edits are only in memory, shortened to `width`."""
    return fit(
        [
            f"⚠ {n} change(s) NOT SAVED · y copies, ctrl+e exports",
            f"⚠ {n} NOT SAVED · y copies · ctrl+e",
            f"⚠ {n} NOT SAVED",
        ],
        width,
    )


def visual_line(width: int) -> str:
    """Return the visual-mode help line, shortened to `width`."""
    return fit(["VISUAL ←→ w b ( ) extend · a t c y · esc", "VISUAL w b ( ) · a t c y · esc", "VISUAL · esc"], width)


def header_titles(title: str, date: str | None, source: str | None, width: int) -> tuple[str, str]:
    """Return (title, sub-title) for a header `width` wide: the date always shows, the source only when it fits."""
    room = (width if width > 0 else WIDE) - HEADER_CHROME
    for sub in (" · ".join(p for p in (date, source) if p), date or "", ""):
        left = room - (cell_len(sub) + 3 if sub else 0)  # " — " between them
        if left >= min(30, cell_len(title)):
            return fit([title], left), sub
    return fit([title], max(room, 10)), ""
