"""Attribution patterns seen on real news pages the rules were not written on (issue 11), each shown
on a short article written for the test."""

from __future__ import annotations

import pytest

from quotemark.analysis.model import Article, Quote
from quotemark.analysis.pipeline import analyze, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _quote(nlp, text: str, start: str) -> Quote:
    analysis = analyze(Article(text=text), nlp)
    return next(q for q in analysis.quotes if q.text.startswith(start))


def test_long_quotation_before_he_said_keeps_the_person_just_introduced(nlp):
    # the two sentences of the quotation must not push the person who introduces it out of the
    # pronoun's look-back window, back to the person quoted before
    text = (
        'The economist Peter Lindqvist had said, "Prices never fall in a hurry."\n\n'
        "Traders expect a quiet week, analysts say.\n\n"
        "Tomas Berg, head of research at a Stockholm bank, pointed out that shares are cheap. "
        "Small firms are lagging the index.\n\n"
        '"It is a market for careful buyers. Nobody should expect a broad rally," he said.'
    )
    quote = _quote(nlp, text, "It is a market")
    assert quote.speaker == "Tomas Berg"
    # found past the quotation's sentences, three sentences back: a guess to check, never sure
    assert quote.needs_review
