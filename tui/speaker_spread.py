"""After a speaker correction, offer it for the rest of the quotation and for quotes given to the same wrong mention."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.model import Analysis
from quotemark.analysis.quote_groups import quotation_of, same_mention

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen

Span = tuple[int, int]

ONLY_THIS = "no: only this one"


def related(machine: Analysis, corrected: Analysis, text: str, span: Span, speaker: str | None) -> tuple[list[Span], list[Span]]:
    """Return (rest of the quotation, other quotes read from the same mention) that do not have `speaker` yet."""
    now = {(q.start, q.end): q.speaker for q in corrected.quotes}

    def pending(spans: list[Span]) -> list[Span]:
        return [s for s in spans if s != span and s in now and name_key(now[s]) != name_key(speaker)]

    whole = pending([(q.start, q.end) for q in quotation_of(text, machine.quotes, span)])
    mention = [s for s in pending([(q.start, q.end) for q in same_mention(machine.quotes, span)]) if s not in whole]
    return whole, mention


def offer_spread(screen: ReaderScreen, span: Span, speaker: str | None) -> None:
    """Ask whether the speaker just set on `span` also goes to its related quotes; enter accepts the first offer."""
    if screen.machine is None or screen.analysis is None:
        return
    whole, mention = related(screen.machine, screen.analysis, screen.article.text, span, speaker)
    if not whole and not mention:
        return
    was = next((q.speaker for q in screen.machine.quotes if (q.start, q.end) == span), None) or "the same mention"
    offers: dict[str, list[Span]] = {}
    if whole:
        offers[f"yes: the rest of this quotation ({_count(len(whole), 'paragraph')})"] = whole
    if mention:
        also = " too" if whole else ""
        offers[f"yes: {_count(len(mention), 'other quote')} the machine gave to {was}{also}"] = whole + mention
    who = speaker or "nobody"

    def chosen(choice: str | None) -> None:
        spans = offers.get(choice or "")
        if spans:
            screen.after_edit(screen.annotator.add_corrections(
                spans, {"type": "speaker", "value": speaker}, f"speaker is {who} ({_count(len(spans), 'more quote')})"))

    screen.choose(f"Give these to {who} too? (enter: the first)", [*offers, ONLY_THIS], chosen)


def name_key(name: str | None) -> str:
    """Return a name compared loosely: case and spacing ignored."""
    return " ".join((name or "").split()).casefold()


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
