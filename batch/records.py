"""One article's line of `quotemark extract` output, built where the analysis ran (a worker sends back only text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quotemark.analysis.batch import Outcome
from quotemark.analysis.model import Analysis, Article
from quotemark.reading.terminal_text import json_dumps


def extract_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """Return the JSON object `quotemark extract` prints for one article."""
    data = analysis.to_dict()
    data.pop("article_id", None)
    return {
        "article": {
            "id": article.id,
            "title": article.title,
            "date": article.date,
            "source": article.source,
            "text": article.text,
        },
        **data,
    }


@dataclass(frozen=True)
class ArticleResult:
    """What became of one article: its JSON line, or why there is none; `problems` names stages that failed on it."""

    source: str
    line: str | None
    error: str | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)


def result_of(outcome: Outcome, indent: int | None = None) -> ArticleResult:
    """Return the ArticleResult of an analysed article: its JSON (one line unless `indent`), exactly as `extract` prints it."""
    source = outcome.article.source or "-"
    if outcome.analysis is None:
        return ArticleResult(source, None, outcome.error or "the analysis failed")
    line = json_dumps(extract_record(outcome.article, outcome.analysis), indent=indent)
    return ArticleResult(source, line, None, tuple(outcome.analysis.problems))
