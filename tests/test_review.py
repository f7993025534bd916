"""Review without an app: which quotations are to review, what a confirmation does, how copies mark them."""

from __future__ import annotations

from quotemark.analysis.corrections import Correction, apply_corrections
from quotemark.analysis.model import Analysis, Claim, Quote
from quotemark.analysis.reader import read_text
from quotemark.analysis.summary import citation, summary_markdown
from quotemark.reading import review
from quotemark.tui import view_model as vm

TEXT = '"We stay open," she said. "The roads first," said Tom Baker. The "plan" failed.'


def _analysis(text: str = TEXT) -> Analysis:
    def q(sub: str, speaker: str | None, conf: float, needs: bool, kind: str = "direct") -> Quote:
        s = text.index(sub)
        return Quote(s, s + len(sub), sub, speaker, kind=kind, confidence=conf, needs_review=needs)  # type: ignore[arg-type]

    quotes = [
        q("We stay open,", "Ana Ruiz", 0.6, True),
        q("The roads first,", "Tom Baker", 0.97, False),
        q("plan", None, 0.0, False, "scare"),
    ]
    s = text.index("We stay open,")
    claim = Claim(s, s + 13, "We stay open,", "Ana Ruiz", kind="direct", confidence=0.6, needs_review=True)
    return Analysis("x", quotes=quotes, claims=[claim])


def test_to_review_and_the_status_count() -> None:
    a = _analysis()
    assert [q.speaker for q in review.to_review(a.quotes)] == ["Ana Ruiz"]
    assert review.review_spans(a.quotes) == [(a.quotes[0].start, a.quotes[0].end)]
    assert review.status_part(a.quotes) == "1 to review (r)"
    a.quotes[0].needs_review = False
    assert review.status_part(a.quotes) == ""


def test_only_to_review_keeps_the_rows_of_quotations_to_review() -> None:
    a = _analysis()
    section = vm.only_to_review(vm.quote_section(a, {}), a.quotes)
    assert section.title == "Quotes to review"
    assert [row.key for row in section.rows] == [vm.quote_key((a.quotes[0].start, a.quotes[0].end))]
    a.quotes[0].needs_review = False
    assert vm.only_to_review(vm.quote_section(a, {}), a.quotes).rows == []


def test_panel_row_marks_a_quotation_to_review() -> None:
    a = _analysis()
    assert str(vm.quote_label(a.quotes[0], [])).startswith("? Ana Ruiz →")
    assert str(vm.quote_label(a.quotes[1], [])).startswith("Tom Baker →")


def test_confirm_refusals() -> None:
    a = _analysis()
    assert review.confirm_refusal(None, False) is not None
    assert "press c" in (review.confirm_refusal(a.quotes[2], False) or "")
    assert review.confirm_refusal(a.quotes[0], False) is None
    assert review.confirm_refusal(a.quotes[1], False) is None  # a sure speaker may be checked too
    sure = apply_corrections(a, TEXT, [Correction(a.quotes[0].start, a.quotes[0].end, "confirm", "Ana Ruiz")])
    assert "Already checked" in (review.confirm_refusal(sure.analysis.quotes[0], True) or "")


def test_a_confirmation_makes_the_quote_and_its_claim_sure() -> None:
    a = _analysis()
    q = a.quotes[0]
    out = apply_corrections(a, TEXT, [Correction(q.start, q.end, "confirm", "Ana Ruiz")])
    fixed = out.analysis.quotes[0]
    assert (fixed.speaker, fixed.confidence, fixed.needs_review) == ("Ana Ruiz", 1.0, False)
    assert (out.analysis.claims[0].source, out.analysis.claims[0].needs_review) == ("Ana Ruiz", False)
    assert (q.start, q.end) in out.spans
    assert a.quotes[0].needs_review  # the machine's analysis is left as it was


def test_a_confirmation_is_of_the_name_confirmed_not_of_whatever_the_machine_says_later() -> None:
    a = _analysis()
    q = a.quotes[0]
    a.quotes[0].speaker = "Maria Lopez"  # a later analysis names someone else
    a.claims[0].source = "Maria Lopez"
    out = apply_corrections(a, TEXT, [Correction(q.start, q.end, "confirm", "Ana Ruiz")])
    assert (out.analysis.quotes[0].speaker, out.analysis.quotes[0].needs_review) == ("Ana Ruiz", False)
    assert out.analysis.claims[0].source == "Ana Ruiz"


def test_summary_and_citation_mark_unconfirmed_speakers() -> None:
    article = read_text(TEXT)
    a = _analysis(article.text)
    md = summary_markdown(article, a)
    assert "- **Ana Ruiz** (speaker not confirmed) → “We stay open,”" in md
    assert "- **Tom Baker** → “The roads first,”" in md
    assert citation(a.quotes[0], article, a) == "“We stay open,” — Ana Ruiz (speaker not confirmed)"
    assert citation(a.quotes[1], article, a) == "“The roads first,” — Tom Baker"
    sure = apply_corrections(a, article.text, [Correction(a.quotes[0].start, a.quotes[0].end, "confirm", "Ana Ruiz")])
    assert "not confirmed" not in summary_markdown(article, sure.analysis)
    assert citation(sure.analysis.quotes[0], article, sure.analysis) == "“We stay open,” — Ana Ruiz"
