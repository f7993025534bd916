"""Support (analysis/support.py): structural signs that a speaker could be nobody else, and how the
calibration fits and reads them (with each doubt's share per speaker kind).

Every article here is written for the test; each shows one structure of English news.
"""

from __future__ import annotations

from typing import Any

from bench.calibration_fit import Outcome, fit_levels
from quotemark.analysis.attribution import attribute_with_evidence
from quotemark.analysis.calibration import lookup
from quotemark.analysis.doubts import Doubt
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind
from quotemark.analysis.model import Article, Quote
from quotemark.analysis.pipeline import parse
from quotemark.analysis.support import Support


def _one(nlp: Any, text: str, words: str) -> tuple[Quote, Evidence | None]:
    article = Article(text=text)
    quotes, _claims, evidence = attribute_with_evidence(list(parse(article, nlp)), article.text)
    found = [(q, ev) for q, ev in zip(quotes, evidence) if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_she_with_only_one_woman_named_is_sole(nlp: Any) -> None:
    text = (
        "Mrs. Maria Lopez, the governor, opened the new bridge over the Tamar River on Monday. "
        'She said the crossing "will carry the whole valley into the next century."'
    )
    q, ev = _one(nlp, text, "will carry")
    assert q.speaker == "Maria Lopez"
    assert ev is not None and ev.support is Support.SOLE


def test_she_with_a_second_woman_named_is_not_sole(nlp: Any) -> None:
    text = (
        "Mrs. Maria Lopez, the governor, opened the new bridge with Mrs. Ann Ruiz, the senator, on Monday. "
        'She said the crossing "will carry the whole valley into the next century."'
    )
    _q, ev = _one(nlp, text, "will carry")
    assert ev is not None and ev.support is not Support.SOLE


def test_a_paragraph_going_on_with_no_one_else_named_is_a_run(nlp: Any) -> None:
    text = (
        '"We will rebuild every street," Mayor Tom Hale said on Monday. "No one will be left out of it."\n\n'
        '"Every family will have a home again before the winter comes."'
    )
    q, ev = _one(nlp, text, "Every family")
    assert q.speaker == "Tom Hale"
    assert ev is not None and ev.route is Route.CONTINUATION and ev.support is Support.RUN


def test_a_paragraph_going_on_after_someone_else_is_named_is_not_a_run(nlp: Any) -> None:
    text = (
        '"We will rebuild every street," Mayor Tom Hale said on Monday. "No one will be left out of it." '
        "Fire Chief Ann Ruiz stood beside the mayor.\n\n"
        '"Every family will have a home again before the winter comes."'
    )
    _q, ev = _one(nlp, text, "Every family")
    assert ev is None or ev.support is not Support.RUN


def test_lookup_reads_the_support_class_and_the_doubt_share_for_the_speaker_kind() -> None:
    tables = ({Route.SYNTAX: 0.9}, {(Route.SYNTAX, SpeakerKind.NAME): 0.95}, {})
    sole = Evidence(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, False, frozenset(), Support.SOLE)
    by_support = {(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, False, Support.SOLE): 0.96}
    assert lookup(sole, tables, 0.9, by_support=by_support) == 0.96
    assert lookup(Evidence(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT), tables, 0.9, by_support=by_support) == 0.9
    doubted = Evidence(Route.SYNTAX, SpeakerKind.NAME, False, frozenset({Doubt.SHARED_SURNAME}))
    by_doubt = {Doubt.SHARED_SURNAME: 0.9}
    assert lookup(doubted, tables, 0.9, by_doubt=by_doubt) == 0.9
    by_kind = {(Doubt.SHARED_SURNAME, SpeakerKind.NAME): 0.94}
    assert lookup(doubted, tables, 0.9, by_doubt=by_doubt, by_doubt_kind=by_kind) == 0.94
    other = Evidence(Route.SYNTAX, SpeakerKind.NOMINAL, False, frozenset({Doubt.SHARED_SURNAME}))
    assert lookup(other, tables, 0.9, by_doubt=by_doubt, by_doubt_kind=by_kind) == 0.9


def test_fit_keeps_support_classes_only_where_a_support_was_seen_and_smooths_doubts_per_kind() -> None:
    sole = Evidence(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, False, frozenset(), Support.SOLE)
    plain = Evidence(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT)
    named = Evidence(Route.SYNTAX, SpeakerKind.NAME)
    surname = Evidence(Route.SYNTAX, SpeakerKind.NAME, False, frozenset({Doubt.SHARED_SURNAME}))
    nominal = Evidence(Route.SYNTAX, SpeakerKind.NOMINAL, False, frozenset({Doubt.SHARED_SURNAME}))
    outcomes = (
        [Outcome(0.9, True, sole, True)] * 10
        + [Outcome(0.9, True, plain, n % 2 == 0) for n in range(10)]
        + [Outcome(0.9, True, named, True)] * 10
        + [Outcome(0.9, True, surname, True)] * 10
        + [Outcome(0.9, True, nominal, False)] * 10
    )
    _overall, _levels, fitted = fit_levels(outcomes, weight=4.0, root=0.9, doubt_root=0.85)
    support = fitted[4]
    assert set(support) == {
        (Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, False, Support.SOLE),
        (Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, False, None),
    }
    assert (
        support[(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, False, Support.SOLE)]
        > support[(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, False, None)]
    )
    doubt_share = fitted[3][Doubt.SHARED_SURNAME]
    per_kind = fitted[5]
    assert per_kind[(Doubt.SHARED_SURNAME, SpeakerKind.NAME)] > doubt_share
    assert per_kind[(Doubt.SHARED_SURNAME, SpeakerKind.NOMINAL)] < doubt_share
