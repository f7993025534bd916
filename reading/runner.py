"""Load the language model once, off the UI thread, and analyse articles with it (cached)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from quotemark.analysis.model import Analysis, Article, Claim, DateMention, Entity, Quantity, Quote
from quotemark.analysis.pipeline import (
    analyser_fingerprint,
    analyze_stream,
    installed_model,
    load_nlp,
)
from quotemark.store import StoreError, key_for

if TYPE_CHECKING:
    from spacy.language import Language

Report = Callable[[str, "float | None"], None]
THREAD_NAME = "quotemark-analysis"
# How often a waiting analysis asks whether it should stop (quitting waits at most this long).
STOP_POLL_SECONDS = 0.05
Partial = Callable[[Analysis], None]


class AnalysisCache(Protocol):
    """Where analyses are kept between opens: the reader's own Store is one (its lock serialises threads and processes)."""

    def load(self, key: str) -> dict[str, Any] | None:
        """Return the analysis cached under `key`, or None."""

    def save(self, key: str, data: dict[str, Any]) -> None:
        """Return once `data` is cached under `key`."""


class Cancelled(Exception):
    """The analysis was stopped before it finished (another article was opened)."""


def cache_key(article: Article) -> str:
    """Return the analysis cache key: the text's sha256, its dateline, the model and the analyser's code."""
    # The dateline is part of the key: dates resolve against it and its span is not analysed.
    dateline = f"{article.date}@{article.dateline_start}:{article.dateline_end}"
    return key_for(article.id, dateline, installed_model() or "no-model", analyser_fingerprint())


class AnalysisRunner:
    """Owns the spaCy pipeline for the app's lifetime; safe to call from worker threads."""

    def __init__(self, loader: Callable[[], Language] = load_nlp) -> None:
        self._loader = loader
        self._nlp: Language | None = None
        self._lock = threading.Lock()
        self.cache_hits = 0

    def nlp(self) -> Language:
        """Return the loaded pipeline, loading it on first use."""
        with self._lock:
            if self._nlp is None:
                self._nlp = self._loader()
            return self._nlp

    def analyse(
        self,
        article: Article,
        report: Report,
        cache: AnalysisCache | None = None,
        partial: Partial | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> Analysis:
        """Return the article's analysis (from `cache` when it is there, and saved into it otherwise).

        Progress goes to `report`; on long articles `partial` receives analyses of a growing
        prefix first, so the top of the article is highlighted long before the end is parsed.
        """
        if stop is None:
            return self._analyse(article, report, cache, partial, None)
        # Analysis runs in a daemon thread and this one waits, polling `stop`: a stop returns at
        # once (the app quits without waiting for a long parse to reach its next check), and the
        # abandoned analysis ends at its next check or with the process.
        cancelled = threading.Event()
        outcome: list[Analysis | BaseException] = []

        def run() -> None:
            try:
                outcome.append(self._analyse(article, report, cache, partial, cancelled.is_set))
            except BaseException as exc:  # handed to the waiting thread, which raises it
                outcome.append(exc)

        thread = threading.Thread(target=run, name=THREAD_NAME, daemon=True)
        thread.start()
        while True:
            if stop():
                cancelled.set()
                raise Cancelled("analysis stopped")
            thread.join(STOP_POLL_SECONDS)
            if not thread.is_alive():
                break
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    def _analyse(
        self,
        article: Article,
        report: Report,
        cache: AnalysisCache | None,
        partial: Partial | None,
        stop: Callable[[], bool] | None,
    ) -> Analysis:
        key = cache_key(article)
        if cache is not None:
            cached = _load(cache, key, len(article.text))
            if cached is not None:
                self.cache_hits += 1
                return cached
        if self._nlp is None:
            report("loading the language model…", None)
        nlp = self.nlp()
        report("analysing…", 0.0)
        analysis: Analysis | None = None
        for latest in analyze_stream(article, nlp, progress=lambda f: report("analysing…", f), stop=stop):
            if analysis is not None and partial is not None:
                partial(analysis)  # the last one is the complete analysis: returned, not a partial
            analysis = latest
        if analysis is None:
            raise Cancelled("analysis stopped")
        if cache is not None:
            try:
                cache.save(key, analysis.to_dict())
            except StoreError:
                pass  # a cache that cannot be written only costs time next open
        return analysis


def analysis_abandoned() -> bool:
    """Return True while a stopped analysis is still running in its daemon thread."""
    return any(t.name == THREAD_NAME and t.is_alive() for t in threading.enumerate())


def _load(cache: AnalysisCache, key: str, length: int) -> Analysis | None:
    try:
        data = cache.load(key)
        analysis = Analysis.from_dict(data) if data else None
    except (StoreError, KeyError, TypeError, ValueError, AttributeError):
        return None  # an unreadable cache entry is recomputed
    return analysis if analysis is not None and _spans_fit(analysis, length) else None


def _spans_fit(analysis: Analysis, length: int) -> bool:
    """Return True when every span of a cached analysis is a whole-number span of the text (a planted cache file is not)."""
    spans: list[Entity | Quote | Claim | Quantity | DateMention] = [
        *analysis.entities,
        *analysis.quotes,
        *analysis.claims,
        *analysis.quantities,
        *analysis.dates,
    ]
    return all(type(s.start) is int and type(s.end) is int and 0 <= s.start <= s.end <= length for s in spans) and all(
        isinstance(getattr(s, "text", ""), str) for s in spans
    )
