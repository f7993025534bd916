"""After a speaker correction, which other quotes the same correction may go to: the rest of the quotation, the same mention."""

from __future__ import annotations

from quotemark.analysis.model import Analysis
from quotemark.analysis.quote_groups import quotation_of, same_mention

Span = tuple[int, int]


def related(
    machine: Analysis, corrected: Analysis, text: str, span: Span, speaker: str | None
) -> tuple[list[Span], list[Span]]:
    """Return (rest of the quotation, other quotes read from the same mention) that do not have `speaker` yet."""
    now = {(q.start, q.end): q.speaker for q in corrected.quotes}

    def pending(spans: list[Span]) -> list[Span]:
        return [s for s in spans if s != span and s in now and name_key(now[s]) != name_key(speaker)]

    whole = pending([(q.start, q.end) for q in quotation_of(text, machine.quotes, span)])
    mention = [s for s in pending([(q.start, q.end) for q in same_mention(machine.quotes, span)]) if s not in whole]
    return whole, mention


def name_key(name: str | None) -> str:
    """Return a name compared loosely: case and spacing ignored."""
    return " ".join((name or "").split()).casefold()
