"""CSV rows that a spreadsheet shows as text: never a formula smuggled in by an article, a note or a tag."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Return `value`, or a string a spreadsheet would run as a formula with an apostrophe before it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvWriter:
    """A csv.writer whose text cells can never be read as formulas by a spreadsheet."""

    def __init__(self, out: IO[str]) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: Iterable[object]) -> None:
        """Return once `row` is written, each formula-like text cell made text."""
        self._writer.writerow([safe_cell(cell) for cell in row])
