"""The bounds on what one article may cost, and the counters that show how much work was done.

Analysis work must grow linearly with the input (issue 18): a log of a million lines, a page of
repeated names or a megabyte on one line must not take the reader's machine down. Each bound
below is a constant so that tests and the README can name it; each one that bites leaves a
`Limit` in the Analysis, which the extract JSON and the facts panel show, never silently.

`WORK` counts the units of work the analysis does (tokens parsed, candidates compared, records
built). Tests read it to check that doubling an input at most about doubles the work.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from quotemark.analysis.model import Limit, LimitKind

# spaCy tokens analysed per article. Ordinary prose runs about 200k tokens a megabyte, so a long
# book is analysed whole; a log of one-character lines (one token a character or more) is
# analysed up to here and the rest is shown without highlights, with a note saying so.
MAX_TOKENS = 300_000
# Tokens per spaCy batch: the parser's and NER's working memory grows with the tokens of a batch
# (about 10 kB a token), not with the number of pieces, so batches are cut by tokens.
BATCH_TOKENS = 4_000
# spaCy pieces: a paragraph longer than this is cut at a line end, else a sentence end. Per-doc
# structures (sentences, entity lists, the text of a Doc) cost time in the length of the doc on
# each access, so a bounded piece keeps their cost per character constant.
MAX_PIECE_CHARS = 5_000
# A run of this many characters with no whitespace is no word: spaCy's tokenizer peels
# punctuation off it one character at a time (quadratic), so such a run is cut into pieces.
MAX_RUN_CHARS = 256
# A short name ("Maria", "Keller") is compared with at most this many of the longer names it
# could shorten; past it, the earliest-named are kept and a Limit says so.
MAX_NAME_MATCHES = 64


class WorkCounter:
    """Named counts of work done; thread-safe enough for counting (tests read it in one thread)."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, what: str, n: int = 1) -> None:
        """Count `n` more units of `what`."""
        self._counts[what] += n  # no lock: a count lost to a race only makes a figure low

    def get(self, what: str) -> int:
        """Return the count of `what` so far."""
        return self._counts[what]

    def snapshot(self) -> dict[str, int]:
        """Return a copy of every count."""
        with self._lock:
            return dict(self._counts)

    def reset(self) -> None:
        """Set every count back to zero."""
        with self._lock:
            self._counts.clear()


WORK = WorkCounter()


_LIMITS: ContextVar[list[Limit] | None] = ContextVar("quotemark_limits", default=None)


@contextmanager
def collecting_limits() -> Iterator[list[Limit]]:
    """Yield the list that the limits reported inside the `with` block (by `report_limit`) go to."""
    found: list[Limit] = []
    token = _LIMITS.set(found)
    try:
        yield found
    finally:
        _LIMITS.reset(token)


def report_limit(kind: LimitKind, message: str, start: int | None = None) -> None:
    """Record that a bound cut some work short, once per kind and message, for the analysis to show."""
    found = _LIMITS.get()
    if found is not None and not any(lim.kind == kind and lim.message == message for lim in found):
        found.append(Limit(kind, message, start))
