"""The general rules added after the newsroom set (tests/fixtures_newsroom.py), each on a new short
article written for it that fails without the rule. The newsroom articles themselves are checked
in tests/test_newsroom.py."""

from __future__ import annotations

import pytest

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze, load_nlp

# (name, text, [(start of the quotation's words, expected speaker or None, expected sure or None for either)])
RULES: list[tuple[str, str, list[tuple[str, str | None, bool | None]]]] = [
    (
        "who-after-apposition",
        "The mayor answered a complaint from Lisa Grant, a nurse from Dayton, who said the clinic had "
        "\u201csimply stopped answering the phone.\u201d",
        [("simply stopped", "Lisa Grant", None)],
    ),
    (
        "apposed-name-before-subjectless-verb",
        "She repeated something the town\u2019s engineer, Paul Ortiz, told the council: \u201cThe bridge "
        "will not last another winter.\u201d",
        [("The bridge will not", "Paul Ortiz", None)],
    ),
    (
        "participle-after-comma-takes-main-subject",
        "Minister Colin Ferreira defended a plan to cut rail service, calling the criticism "
        "\u201coverblown\u201d and insisting that rural lines would be \u201cprotected, not cut.\u201d",
        [("overblown", "Colin Ferreira", None), ("protected, not cut", "Colin Ferreira", None)],
    ),
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("name,text,expected", RULES, ids=[r[0] for r in RULES])
def test_rule(nlp, name, text, expected):
    analysis = analyze(Article(text=text), nlp)
    for start, speaker, sure in expected:
        quote = next(q for q in analysis.quotes if q.text.startswith(start))
        assert quote.kind != "scare", (name, start)
        assert quote.speaker == speaker, (name, start, quote.speaker)
        if sure is not None:
            assert quote.needs_review is (not sure), (name, start, quote.confidence)
