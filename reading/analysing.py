"""Analyse a session's article in a worker thread, handing each result back as a change to make where the session lives."""

from __future__ import annotations

import gc
from collections.abc import Callable

from quotemark.analysis.model import Analysis, Article
from quotemark.reading.runner import AnalysisCache, AnalysisRunner, Cancelled
from quotemark.reading.session import ReaderSession
from quotemark.reading.updates import Update


def analyse(
    article: Article,
    runner: AnalysisRunner,
    cache: AnalysisCache | None,
    session: ReaderSession,
    deliver: Callable[[Callable[[], Update]], None],
    stop: Callable[[], bool],
) -> None:
    """Return once the article is analysed (in a worker thread), each result handed to `deliver` as a change to make.

    `deliver` runs the change where the session lives (the UI thread): this never touches the session itself.
    """
    shown = [-1]

    def report(status: str, fraction: float | None) -> None:
        percent = -1 if fraction is None else int(fraction * 100)
        if percent != shown[0]:  # one UI trip per percent, not per paragraph
            shown[0] = percent
            deliver(lambda: session.progressed(status, fraction))

    def partial(analysis: Analysis) -> None:
        deliver(lambda: session.analysed(analysis, complete=False))

    try:
        analysis = runner.analyse(article, report, cache, partial, stop=stop)
    except Cancelled:
        return
    except Exception as exc:  # the text stays readable whatever went wrong in the analysis
        message = str(exc)
        deliver(lambda: session.failed(message))
        return
    deliver(lambda: _settled(session.analysed(analysis, complete=True)))


def _settled(update: Update) -> Update:
    """Return `update` after moving everything loaded so far out of the collector's reach.

    It lives as long as the article, and full GC passes over it (30-85 ms on a long article)
    would stall keystrokes.
    """
    gc.collect()
    gc.freeze()
    return update
