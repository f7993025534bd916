"""Where articles are analysed: in this process (with spaCy worker processes for --jobs), or on a Dask cluster.

An engine takes chunks of read inputs and yields each chunk with one ArticleResult per input,
in the chunk's order; chunks may come back in any order (the Dask engine's do).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from quotemark.analysis.batch import analyze_each
from quotemark.analysis.model import Article
from quotemark.batch.inputs import Input
from quotemark.batch.records import ArticleResult, result_of

if TYPE_CHECKING:
    from spacy.language import Language

Advance = Callable[[int], None]  # called with the number of articles just finished, for a progress bar


@dataclass(frozen=True)
class Chunk:
    """The n-th group of inputs of a run (each has its article); one partition file holds its lines."""

    index: int
    inputs: tuple[Input, ...]

    @property
    def articles(self) -> list[Article]:
        """Return the chunk's articles, in order."""
        return [i.article for i in self.inputs if i.article is not None]


class Engine(Protocol):
    """Analyses chunks of articles; `close` frees what it started (worker processes, a cluster)."""

    def run(self, chunks: Iterable[Chunk], advance: Advance) -> Iterator[tuple[Chunk, list[ArticleResult]]]:
        """Yield every chunk with its results, one per input in order, as each chunk finishes."""
        ...

    def close(self) -> None:
        """Release the engine's workers."""
        ...


class LocalEngine:
    """This process parses (or `jobs` forked spaCy processes do, as `extract --jobs N` always has)."""

    def __init__(self, nlp: Language, jobs: int = 1) -> None:
        self.nlp = nlp
        self.jobs = jobs

    def run(self, chunks: Iterable[Chunk], advance: Advance) -> Iterator[tuple[Chunk, list[ArticleResult]]]:
        """Yield every chunk with its results, in the order the chunks come."""
        for chunk in chunks:
            results = []
            for outcome in analyze_each(chunk.articles, self.nlp, n_process=self.jobs):
                results.append(result_of(outcome))
                advance(1)
            yield chunk, results

    def close(self) -> None:
        """Nothing to release: the spaCy pool lives only while a chunk is analysed."""
