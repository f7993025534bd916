"""Provenance from the reader: the panel rows' lookups in a worker, and the list the provenance key opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.model import Quote
from quotemark.analysis.provenance import Occurrence
from quotemark.reading.provenance import Found
from quotemark.reading.session import ReaderSession
from quotemark.reading.updates import Update, tell
from quotemark.tui.library_jump import Jump

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen

CHUNK = 40  # quotations looked up between two redraws: a long article's panel fills as answers come


def trace(screen: ReaderScreen, session: ReaderSession) -> None:
    """Look up, off the UI thread, where else the library carries the quotations not looked up yet; redraw when found."""
    texts = session.provenance.to_trace(session.quotes)
    if texts:
        _look_up(screen, session, texts, lambda found: None)


def _look_up(screen: ReaderScreen, session: ReaderSession, texts: list[str], then: Callable[[Found], None]) -> None:
    def work() -> None:  # the library index reads SQLite: never on the UI thread
        for at in range(0, len(texts), CHUNK):
            if session is not screen.session:
                return  # another article is on screen: its own lookups are on their way
            found = session.provenance.look_up(texts[at : at + CHUNK])
            screen.app.call_from_thread(learned, found, at + CHUNK >= len(texts))

    def learned(found: Found, last: bool) -> None:
        if session is not screen.session or not screen.is_mounted:
            return  # another article is on screen now
        if session.provenance.learn(found):
            screen.refresh_view()
        if last:
            then(found)

    screen.run_worker(work, thread=True, group="provenance")


def list_occurrences(screen: ReaderScreen, session: ReaderSession, open_at: Callable[[Jump], None]) -> None:
    """Open the list of the other articles carrying the current quotation (looked up first when not known yet,
    and again when its last lookup failed: the index may have been rebuilt since)."""
    quote = session.current_quote
    refusal = None if session.provenance.retry(quote) else session.provenance.refusal(quote)
    if refusal is not None or quote is None:
        screen.show(refusal or Update())
        return
    if session.provenance.known(quote) is not None:
        _answer(screen, session, quote, open_at)
        return
    _look_up(screen, session, [quote.text], lambda _found: _answer(screen, session, quote, open_at))


def _answer(screen: ReaderScreen, session: ReaderSession, quote: Quote, open_at: Callable[[Jump], None]) -> None:
    refusal = session.provenance.refusal(quote)  # "unknown" once more when the lookup failed again
    if refusal is not None:
        screen.show(refusal)
        return
    _open(screen, quote.text, session.provenance.known(quote) or (), open_at)


def _open(screen: ReaderScreen, text: str, occurrences: Sequence[Occurrence], open_at: Callable[[Jump], None]) -> None:
    from quotemark.tui.provenance_screen import ProvenanceScreen  # DataTable: loaded on first use

    if not occurrences:
        screen.show(tell("No other saved article carries this quotation", 4))
        return
    screen.app.push_screen(
        ProvenanceScreen(text, occurrences), lambda jump: open_at(jump) if jump is not None else None
    )
