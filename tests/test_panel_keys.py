"""Facts panel row keys name the span a row points at, so a row keeps its key when others are added or re-sorted."""

from __future__ import annotations

from quotemark.analysis.model import Analysis, Article, Claim, DateMention, Limit, Quantity
from quotemark.analysis.reader import read_text
from quotemark.tui import view_model as vm

TEXT = (
    "In 2024 the town spent 40 million on roads. "
    "On 3 March 2026 the council said the budget would grow, and 12 schools would close. "
    "Officials said taxes would rise in 2025."
)


def _span(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def _analysis(extra: bool) -> tuple[Article, Analysis]:
    """Return the article and an analysis; `extra` adds a fact before each kind's first (as a new analysis may)."""
    article = read_text(TEXT)
    assert article.text == TEXT
    quantities = [Quantity(*_span("12 schools"), "12 schools", 12, "schools")]
    dates = [DateMention(*_span("3 March 2026"), "3 March 2026", "2026-03-03", "day")]
    claims = [Claim(*_span("taxes would rise in 2025"), "taxes would rise in 2025", "Officials")]
    if extra:
        quantities.insert(0, Quantity(*_span("40 million"), "40 million", 40e6))
        dates.insert(0, DateMention(*_span("2024"), "2024", "2024", "year"))  # earlier: first on the timeline
        claims.insert(0, Claim(*_span("the budget would grow"), "the budget would grow", "the council"))
    limits = [Limit("tokens", "only the first part was analysed", 50)]
    return article, Analysis(article.id, quantities=quantities, dates=dates, claims=claims, limits=limits)


def _keys(article: Article, analysis: Analysis) -> dict[str, list[str]]:
    return {s.title: [row.key for row in s.rows] for s in vm.fact_sections(article, analysis)}


def test_a_row_keeps_its_key_when_rows_are_added_before_it_or_re_sorted() -> None:
    before = _keys(*_analysis(extra=False))
    after = _keys(*_analysis(extra=True))
    assert before["Numbers"] == [vm.span_key("quantity", _span("12 schools"))]
    assert before["Dates"] == [vm.span_key("date", _span("3 March 2026"))]
    assert before["Claims"] == [vm.span_key("claim", _span("taxes would rise in 2025"))]
    assert before["Limits"] == [vm.span_key("limit", (50, 51))]
    for title, keys in before.items():
        assert len(after[title]) == len(keys) + (0 if title == "Limits" else 1)
        assert after[title][-1] == keys[-1], title  # the old row now comes second, under the same key
    assert after["Dates"][0] == vm.span_key("date", _span("2024"))


def test_two_facts_on_one_span_get_distinct_keys() -> None:
    article, analysis = _analysis(extra=False)
    analysis.quantities.append(Quantity(*_span("12 schools"), "12 schools", 12))
    keys = _keys(article, analysis)["Numbers"]
    assert len(keys) == 2 and len(set(keys)) == 2
