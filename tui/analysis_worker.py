"""Run a reader session's analysis in a worker thread, drawing each result on the screen that asked for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.worker import Worker, get_current_worker

from quotemark.reading.analysing import analyse
from quotemark.reading.session import ReaderSession
from quotemark.reading.updates import Update
from quotemark.store import Store

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen

GROUP = "analysis"


def start_analysis(screen: ReaderScreen, session: ReaderSession, store: Store | None) -> Worker[None]:
    """Return the worker analysing `session`'s article; a newer one (another article) cancels it."""

    def run() -> None:
        worker = get_current_worker()

        def deliver(change: Callable[[], Update]) -> None:  # applied only while this article is on screen
            if not worker.is_cancelled:
                screen.app.call_from_thread(
                    lambda: screen.show(change()) if session is screen.session and screen.is_mounted else None
                )

        # The app's own Store keeps the cache: its lock serialises this thread's write with the UI's saves.
        analyse(
            session.article,
            screen.runner,
            store.analysis_cache if store is not None else None,
            session,
            deliver,
            lambda: worker.is_cancelled,
        )

    return screen.run_worker(run, name="quotemark-analysis", group=GROUP, thread=True, exclusive=True)


def stop_analysis(screen: ReaderScreen) -> None:
    """Return once the screen's running analysis is told to stop (it stops at its next paragraph)."""
    screen.workers.cancel_group(screen, GROUP)
