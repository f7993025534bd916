"""Analysing many articles where one that breaks the analysis costs only itself."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.model import Analysis, Article
from quotemark.analysis.pipeline import analyze_many

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Outcome:
    """One article's result: its analysis, or why there is none."""

    article: Article
    analysis: Analysis | None
    error: str | None = None


def analyze_each(articles: Sequence[Article], nlp: Language, n_process: int = 1) -> Iterator[Outcome]:
    """Yield one Outcome per article, in order; an article whose analysis raises is reported and the rest go on.

    Failures inside one extraction stage are already kept in Analysis.problems; this catches what
    is left (the parser itself), then restarts the stream after the failing article.
    """
    done = 0
    stream = analyze_many(articles, nlp, n_process=n_process)
    while done < len(articles):
        try:
            analysis = next(stream)
        except StopIteration:
            return
        except Exception as exc:  # the stream is dead: name the article, go on with the next
            yield Outcome(articles[done], None, f"{exc.__class__.__name__}: {exc}")
            done += 1
            stream = analyze_many(articles[done:], nlp, n_process=n_process)
            continue
        yield Outcome(articles[done], analysis)
        done += 1
