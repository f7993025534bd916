"""A complaint, lawsuit or petition that "alleges" or "states" something speaks for whoever the
passage says filed it ("The complaint, filed by the Campaign Integrity Project, alleges"), as a
journalist would attribute it; with no filer named it stays the document, to review
(analysis/descriptions.py, analysis/controllers.py)."""

from __future__ import annotations

from typing import Any

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

LAWSUIT = (
    "PORTLAND, Maine \u2014 A tenants\u2019 group sued the city\u2019s largest landlord on Tuesday over what it "
    "called years of ignored repairs.\n\n"
    "The lawsuit, {FILED}alleges that Harbourview Properties left "
    "{Q}hundreds of families without heat for weeks at a time{E} during two winters.\n\n"
    "{Q}The landlord collected rent while the boilers sat broken,{E} the lawsuit states. {Q}It knew, and "
    "it did nothing.{E}\n\n"
    "A Harbourview spokesman, Dale Morrow, said the company would fight the claims. {Q}We have spent "
    "millions on these buildings,{E} he said."
)


def test_a_lawsuit_that_alleges_speaks_for_the_group_named_as_filing_it(nlp: Any) -> None:
    text = LAWSUIT.format(Q=Q, E=E, FILED="filed in federal court by the Eastside Tenants Alliance, ")
    for words in ("hundreds of families", "The landlord collected rent", "It knew"):
        assert quote_starting(nlp, text, words).speaker == "Eastside Tenants Alliance", words
    assert quote_starting(nlp, text, "We have spent").speaker == "Dale Morrow"


def test_a_lawsuit_whose_filer_is_not_named_stays_the_lawsuit_and_is_held_for_review(nlp: Any) -> None:
    text = LAWSUIT.format(Q=Q, E=E, FILED="filed in federal court, ")
    quote = quote_starting(nlp, text, "The landlord collected rent")
    assert quote.speaker is not None and quote.speaker.lower() == "the lawsuit"
    assert quote.needs_review
