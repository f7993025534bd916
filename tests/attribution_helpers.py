"""Helpers shared by the attribution tests: attribute a written text, keep the direct quotations, list marked spans."""

from __future__ import annotations

from typing import Any

from quotemark.analysis.attribution import attribute
from quotemark.analysis.model import Article, Claim, Quote
from quotemark.analysis.pipeline import parse
from quotemark.analysis.quotemarks import find_marked_spans


def run(nlp: Any, text: str) -> tuple[list[Quote], list[Claim]]:
    """Return the quotations and claims attribution finds in `text`."""
    article = Article(text=text)
    return attribute(list(parse(article, nlp)), article.text)


def direct(quotes: list[Quote]) -> list[Quote]:
    """Return the quotations that are not scare quotes."""
    return [q for q in quotes if q.kind != "scare"]


def spans(text: str) -> list[str]:
    """Return the text inside each pair of quotation marks found in `text`."""
    return [text[s.start : s.end] for s in find_marked_spans(text)]
