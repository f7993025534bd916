"""Attribution on short news-like articles written for the tests, one per error pattern of issue 11."""

from __future__ import annotations

import pytest

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze
from tests.fixtures_attribution import CASES, NON_SPEECH

_PRONOUNS = {"he", "she", "they", "we", "it", "him", "her", "them", "i"}


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_speakers(nlp, name, text, expected):
    analysis = analyze(Article(text=text), nlp)
    for start, speaker in expected:
        quote = next(q for q in analysis.quotes if q.text.startswith(start))
        assert quote.speaker == speaker, (name, start)
        if speaker is None:
            assert quote.needs_review
    for q in analysis.quotes:
        assert q.speaker is None or q.speaker.casefold() not in _PRONOUNS
    # the speaker of a quotation and the People row agree on the name
    names = {c.name for c in analysis.clusters}
    for q in analysis.quotes:
        if q.speaker is not None:
            assert q.speaker in names, q.speaker


def test_page_furniture_is_nobody(nlp):
    text = CASES[[c[0] for c in CASES].index("page-furniture")][1]
    analysis = analyze(Article(text=text), nlp)
    names = [c.name for c in analysis.clusters]
    assert "Ilhan Omar" in names
    assert not any("OmarIlhan" in n or "/" in n or "Karen Wills" in n for n in names)
    assert not any(c.source and ("READ" in c.source or "Wills" in c.source) for c in analysis.claims)


def test_dateline_is_not_a_source(nlp):
    text = "BUFFALO \u2014 The county said on Monday that the bridge would reopen in May."
    analysis = analyze(Article(text=text), nlp)
    assert [c.source for c in analysis.claims] == ["The county"]
    assert not any(c.name == "BUFFALO" for c in analysis.clusters)


def test_finding_thinking_and_asking_make_no_claims(nlp):
    analysis = analyze(Article(text=NON_SPEECH), nlp)
    assert analysis.claims == []


def test_surname_tagged_as_a_place_joins_the_person(nlp):
    text = CASES[[c[0] for c in CASES].index("new-speaker-continues")][1]
    analysis = analyze(Article(text=text), nlp)
    alden = [c for c in analysis.clusters if "Alden" in c.name]
    assert [c.name for c in alden] == ["Robert Alden"]


def test_sample_quotations_are_kim_and_sure(nlp):
    from quotemark.analysis.reader import sample_article

    analysis = analyze(sample_article(), nlp)
    quotes = [q for q in analysis.quotes if q.kind != "scare"]
    assert [q.speaker for q in quotes] == ["Kim Jong Un"] * 3
    assert [q.needs_review for q in quotes] == [False] * 3


def test_glued_names_and_brands():
    from quotemark.analysis.speaker_furniture import collapse, is_furniture, run_together

    assert run_together("Ilhan OmarIlhan Omar") and collapse("Ilhan OmarIlhan Omar") == "Ilhan Omar"
    assert run_together("Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders")
    assert not any(
        run_together(n) for n in ("BlackRock", "Ronald McDonald", "Ron DeSantis", "Douglas MacArthur", "LinkedIn")
    )
    assert is_furniture("Photo: Karen Wills / City Press Agency") and is_furniture("READ MORE: Council votes")
    assert not is_furniture("Karen Wills said the agency would appeal.")


def test_confidence_is_read_from_the_evidence():
    from quotemark.analysis.calibration import calibrated
    from quotemark.analysis.evidence import Evidence, Route, SpeakerKind

    named = calibrated(Evidence(Route.SYNTAX, SpeakerKind.NAME))
    assert 0.9 < named < 1.0
    assert calibrated(Evidence(Route.CONTINUATION, SpeakerKind.NAME)) < named
    assert calibrated(Evidence(Route.SYNTAX, SpeakerKind.NAME, rival=True)) < named
    assert calibrated(Evidence(Route.SYNTAX, SpeakerKind.UNRESOLVED)) == 0.0
    # a route the fitting data never saw is not sure on the record of the others
    from quotemark.analysis.review import REVIEW_THRESHOLD

    assert calibrated(Evidence(Route.NAMED_NEXT, SpeakerKind.NAME)) < REVIEW_THRESHOLD
