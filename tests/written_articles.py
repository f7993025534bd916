"""Reading one quotation of a short article written for a test: shared by the attribution tests."""

from __future__ import annotations

from typing import Any

from quotemark.analysis.model import Article, Quote
from quotemark.analysis.pipeline import analyze


def quote_starting(nlp: Any, text: str, start: str) -> Quote:
    """Return the quotation of `text` whose words begin with `start`."""
    analysis = analyze(Article(text=text), nlp)
    return next(q for q in analysis.quotes if q.text.startswith(start))
