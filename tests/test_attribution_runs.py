"""Who speaks in a run of several speakers (issue 11, patterns 1 and 5): a quotation with no cue of
its own, or a he/she, goes to the person the passage is about, not to the person named last. Each
rule is shown on a short article written for the test."""

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


def test_quotation_after_a_said_sentence_goes_on_in_that_speakers_words(nlp):
    # the sentence after the second quotation reports someone else's view with its own content
    # ("Okafor replied that ..."): it is a new statement, not the quotation's attribution
    text = (
        "The committee questioned the plan on Tuesday. "
        '"We cannot build two bridges at once," Mayor Ruth Adler said. '
        '"The money is simply not there this year." '
        "Councillor Ben Okafor replied that the state would pay half the cost."
    )
    quote = _quote(nlp, text, "The money is simply")
    assert quote.speaker == "Ruth Adler"
    assert not quote.needs_review


def test_quotation_before_a_bare_said_sentence_is_that_speakers(nlp):
    # "“...?” Okafor asked." after a question mark is its own sentence, and says only who spoke
    text = (
        '"We cannot build two bridges at once," Mayor Ruth Adler said. '
        '"Who pays for the second one?" Councillor Ben Okafor asked.'
    )
    assert _quote(nlp, text, "Who pays").speaker == "Ben Okafor"
