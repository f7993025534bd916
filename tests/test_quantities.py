"""Quantities: the sample pinned exactly, and each kind of number on small articles."""

from __future__ import annotations

from quotemark.analysis.model import Claim, Quantity
from quotemark.analysis.pipeline import parse
from quotemark.analysis.quantities import extract_quantities
from quotemark.analysis.reader import read_text, sample_article


def _run(nlp, text: str, claims: list[Claim] | None = None) -> list[Quantity]:  # type: ignore[no-untyped-def]
    article = read_text(text)
    found = extract_quantities(list(parse(article, nlp)), article.text, claims or [])
    for q in found:
        assert article.text[q.start : q.end] == q.text
    return found


def _rows(found: list[Quantity]) -> list[tuple[str, float | None, str | None, str | None, str | None]]:
    return [(q.text, q.value, q.unit, q.approx, q.source) for q in found]


SIPRI = "Stockholm International Peace Research Institute"


def test_sample_quantities_pinned(nlp) -> None:  # type: ignore[no-untyped-def]
    article = sample_article()
    found = extract_quantities(list(parse(article, nlp)), article.text, [])
    assert [(q.start, q.end) for q in found] == [(1752, 1777), (1821, 1834)]
    assert _rows(found) == [
        ("about 50 nuclear warheads", 50.0, "nuclear warheads", "about", SIPRI),
        ("up to 40 more", 40.0, "nuclear warheads", "up to … more", SIPRI),
    ]


def test_claim_source_wins(nlp) -> None:  # type: ignore[no-untyped-def]
    article = sample_article()
    t = article.text
    s = t.index("North Korea has about 50")
    e = t.index("up to 40 more") + len("up to 40 more")
    claims = [Claim(s, e, t[s:e], "the Federation of American Scientists")]
    found = extract_quantities(list(parse(article, nlp)), t, claims)
    assert [q.source for q in found] == ["Federation of American Scientists"] * 2


def test_money_percent_people_steps(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(
        nlp,
        "The budget adds 12 billion euros and $1.3 billion, a rise of 2.4 percent, "
        "and roughly 18,000 people walked at least 7,000 steps.",
    )
    assert _rows(found) == [
        ("12 billion euros", 12e9, "EUR", None, None),
        ("$1.3 billion", 1.3e9, "USD", None, None),
        ("2.4 percent", 2.4, "percent", None, None),
        ("roughly 18,000 people", 18000.0, "people", "roughly", None),
        ("at least 7,000 steps", 7000.0, "steps", "at least", None),
    ]


def test_symbols_and_glued_scales(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "The firm lost €5m and $5bn, and £20 million. Turnout was 61%.")
    assert _rows(found) == [
        ("€5m", 5e6, "EUR", None, None),
        ("$5bn", 5e9, "USD", None, None),
        ("£20 million", 20e6, "GBP", None, None),
        ("61%", 61.0, "percent", None, None),
    ]


def test_score_and_vote(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Arsenal won 3-1 at home. The court ruled 7-2 against the law.")
    assert _rows(found) == [("3-1", None, "score", None, None), ("7-2", None, "vote", None, None)]


def test_range_counts_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Between them, 10-15 people stayed behind.")
    assert _rows(found) == [("10-15 people", 10.0, "people", "range", None)]


def test_years_dates_times_ordinals_and_names_are_not_quantities(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(
        nlp,
        "In 2025, on March 3 at 10:30, the ninth F-35 and the G7 met under Section 230 of the law, dated 2026-02-26.",
    )
    assert found == []


def test_unit_carries_over_within_the_sentence_only(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "The army has 300 tanks and wants up to 40 more. Officials expect 12 more.")
    assert _rows(found)[:2] == [
        ("300 tanks", 300.0, "tanks", None, None),
        ("up to 40 more", 40.0, "tanks", "up to … more", None),
    ]
    assert found[2].text == "12 more" and found[2].unit is None


def test_comparison_more_than_is_not_an_addition(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Officials counted 40 more buses than last year.")
    assert _rows(found) == [("40 more buses", 40.0, "buses", None, "Officials")]


def test_sentence_attribution_gives_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Police said 12 people were hurt. It has two million users, according to the ministry.")
    assert _rows(found) == [
        ("12 people", 12.0, "people", None, "Police"),
        ("two million users", 2e6, "users", None, "ministry"),
    ]


def test_nominal_reporter_resolves_to_the_named_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "The Korean Central News Agency spoke first. The agency said 30 missiles were fired.")
    assert _rows(found) == [("30 missiles", 30.0, "missiles", None, "Korean Central News Agency")]


def test_no_source_for_things_that_cannot_assert(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "The budget adds 12 billion euros.")
    assert found[0].source is None


def test_a_count_of_one_is_not_listed(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "One of the things he sent was one tweet, and one million people read it.")
    assert _rows(found) == [("one million people", 1e6, "people", None, None)]
