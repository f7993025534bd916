"""Date mentions: the sample's resolved dates pinned exactly, and each rule on small articles."""

from __future__ import annotations

from quotemark.analysis.dates import extract_dates
from quotemark.analysis.model import DateMention
from quotemark.analysis.pipeline import parse
from quotemark.analysis.reader import read_text, sample_article


def _run(nlp, text: str, dateline: str | None = "2026-02-26") -> list[DateMention]:  # type: ignore[no-untyped-def]
    article = read_text(text)
    found = extract_dates(list(parse(article, nlp)), article.text, dateline)
    for d in found:
        assert article.text[d.start : d.end] == d.text
    return found


def _rows(found: list[DateMention]) -> list[tuple[str, str | None, str | None, bool | None]]:
    return [(d.text, d.value, d.granularity, d.weekday_check) for d in found]


def test_sample_dates_pinned(nlp) -> None:  # type: ignore[no-untyped-def]
    article = sample_article()
    assert article.date == "2026-02-26"
    found = extract_dates(list(parse(article, nlp)), article.text, article.date)
    assert [(d.start, d.end) for d in found] == [(60, 76), (497, 516), (1194, 1215), (1360, 1366), (1721, 1730)]
    assert _rows(found) == [
        ("today (Thursday)", "2026-02-26", "day", True),
        ("the next five years", "2026/2031", "range", None),
        ("yesterday (Wednesday)", "2026-02-25", "day", True),
        ("Sunday", "2026-02-22", "day", None),
        ("last year", "2025", "year", None),
    ]


def test_weekday_mismatch_is_flagged(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(_run(nlp, "The talks ended today (Friday).")) == [("today (Friday)", "2026-02-26", "day", False)]
    assert _rows(_run(nlp, "They met on Thursday, February 26, 2026.")) == [
        ("Thursday, February 26, 2026", "2026-02-26", "day", True)
    ]


def test_weekday_direction_follows_tense(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _rows(_run(nlp, "The minister resigned on Sunday.")) == [("Sunday", "2026-02-22", "day", None)]
    assert _rows(_run(nlp, "The parliament will hold the vote on Friday.")) == [("Friday", "2026-02-27", "day", None)]
    assert _rows(_run(nlp, "The vote on Friday will decide it.")) == [("Friday", "2026-02-27", "day", None)]
    # the dateline's own weekday is the dateline day ("said on Thursday" in a Thursday story)
    assert _rows(_run(nlp, "They spoke on Thursday.")) == [("Thursday", "2026-02-26", "day", None)]
    assert _rows(_run(nlp, "They spoke last Thursday.")) == [("last Thursday", "2026-02-19", "day", None)]
    # "last"/"next" force the direction
    assert _rows(_run(nlp, "She will speak next Sunday and spoke last Monday.")) == [
        ("next Sunday", "2026-03-01", "day", None),
        ("last Monday", "2026-02-23", "day", None),
    ]


def test_relative_days(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "It rained yesterday (Wednesday) and will rain tomorrow, then the day after tomorrow.")
    assert _rows(found) == [
        ("yesterday (Wednesday)", "2026-02-25", "day", True),
        ("tomorrow", "2026-02-27", "day", None),
        ("the day after tomorrow", "2026-02-28", "day", None),
    ]


def test_periods(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Sales fell last year, rose this month and will peak next week.")
    assert _rows(found) == [
        ("last year", "2025", "year", None),
        ("this month", "2026-02", "month", None),
        ("next week", "2026-W10", "week", None),
    ]


def test_ranges(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Goals for the next five years follow the past three months and the next 10 days.")
    assert _rows(found) == [
        ("the next five years", "2026/2031", "range", None),
        ("the past three months", "2025-11/2026-02", "range", None),
        ("the next 10 days", "2026-02-26/2026-03-08", "range", None),
    ]
    assert _rows(_run(nlp, "The 1990s were calm.")) == [("1990s", "1990/1999", "range", None)]


def test_months_and_month_days(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "Talks begin in June. The summit is on November 1. Sales fell in December.")
    assert _rows(found) == [
        ("June", "2026-06", "month", None),
        ("November 1", "2026-11-01", "day", None),
        ("December", "2025-12", "month", None),
    ]


def test_explicit_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "He met her in June 2024, on 3 March 2025 and on 2025-07-04; in 2019 it rained.")
    assert _rows(found) == [
        ("June 2024", "2024-06", "month", None),
        ("3 March 2025", "2025-03-03", "day", None),
        ("2025-07-04", "2025-07-04", "day", None),
        ("2019", "2019", "year", None),
    ]


def test_today_and_weekday_are_one_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "North Korean leader Kim Jong Un threatened today (Thursday) to expand the arsenal.")
    assert len(found) == 1 and found[0].text == "today (Thursday)"


def test_no_dateline_leaves_relative_dates_unresolved(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _run(nlp, "The vote is on Friday. It happened on November 1, 2025, today and in 2024, and last year.", None)
    assert _rows(found) == [
        ("Friday", None, "day", None),
        ("November 1, 2025", "2025-11-01", "day", None),
        ("today", None, "day", None),
        ("2024", "2024", "year", None),
        ("last year", None, "year", None),
    ]


def test_durations_and_non_dates_are_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _run(nlp, "The congress lasted a week and the war two years. We may go. 2000 people came.") == []


def test_reported_future_resolves_forward(nlp) -> None:  # noqa: ANN001
    text = (
        "The opposition said it would vote against the plan on Friday. Members would decide in June whether to strike."
    )
    rows = {(d.text, d.value) for d in _run(nlp, text, "2026-03-12")}
    assert ("Friday", "2026-03-13") in rows
    assert ("June", "2026-06") in rows


def test_last_as_a_verb_is_no_date(nlp) -> None:  # noqa: ANN001
    rows = _rows(_run(nlp, "Construction starts next month and will last 18 months."))
    assert [r[0] for r in rows] == ["next month"]
