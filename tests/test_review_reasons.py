"""bench/review_reasons.py: grouping scored quotations by calibration class, doubt and review reason."""

from __future__ import annotations

from bench.review_reasons import Scored, class_of, keys_of, reason_of, table
from quotemark.analysis.doubts import Doubt
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind
from quotemark.analysis.support import Support


def _scored(ev: Evidence | None, sure: bool, right: bool) -> Scored:
    return Scored("set:article", "words", "Ana Pell" if ev else None, "Ana Pell", ev, 0.9, sure, right)


def test_a_class_names_route_kind_rival_support_and_doubts() -> None:
    ev = Evidence(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT, True, frozenset({Doubt.SWITCH, Doubt.IT}), Support.SOLE)
    assert class_of(ev) == "syntax/pronoun-subject +rival +sole !it !switch"
    assert class_of(None) == "no speaker"


def test_a_quotation_with_two_doubts_counts_under_each() -> None:
    ev = Evidence(Route.SYNTAX, SpeakerKind.NAME, False, frozenset({Doubt.SWITCH, Doubt.IT}))
    s = _scored(ev, sure=False, right=True)
    assert keys_of(s, "doubt") == ["it", "switch"]
    assert keys_of(s, "route") == ["syntax"]
    assert reason_of(s) == "doubt"
    assert keys_of(_scored(Evidence(Route.SYNTAX, SpeakerKind.NAME), False, True), "doubt") == ["none"]
    assert reason_of(_scored(None, False, False)) == "no speaker"
    assert reason_of(_scored(Evidence(Route.NEAR, SpeakerKind.NAME), False, True)).startswith("class below")


def test_the_table_counts_right_sure_and_review_per_group() -> None:
    name = Evidence(Route.SYNTAX, SpeakerKind.NAME)
    rows = [
        _scored(name, True, True),
        _scored(name, True, False),
        _scored(name, False, True),
        _scored(None, False, False),
    ]
    lines = table(rows, "class", 1)
    first = lines[1].split()
    assert first[0] == "syntax/name" and first[1] == "3" and first[2] == "66.7%" and first[3] == "2"
    assert first[4] == "1/2" and first[5] == "1/1"
    assert lines[2].startswith("no speaker")
    assert len(table(rows, "class", 2)) == 2  # groups smaller than the minimum are left out
