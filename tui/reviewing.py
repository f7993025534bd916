"""The reader screen's review commands: find the quotations to review, confirm their speakers, filter the panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.tui import review
from quotemark.tui import view_model as vm
from quotemark.tui.annotator import Outcome
from quotemark.widgets.highlight_runs import Badge, HighlightKind

if TYPE_CHECKING:
    from quotemark.analysis.model import Analysis
    from quotemark.tui.reader_screen import ReaderScreen
    from quotemark.widgets.fact_rows import FactSection

Span = tuple[int, int]


class ReviewCommands:
    """Mixed into ReaderScreen: every action about the quotations whose speaker is to review."""

    review_only: bool = False  # the panel's Quotes section lists only the quotations to review

    def review_badges(self: ReaderScreen) -> list[Badge]:
        """Return the "to review" marks drawn after each quotation still to review."""
        text = self.article.text

        def after(end: int) -> int:  # after the closing mark, where the tag badges go too
            return end + 1 if end < len(text) and text[end] in vm.CLOSING_MARKS else end

        return [Badge(after(q.end), review.BADGE, HighlightKind.REVIEW) for q in review.to_review(self.quotes)]

    def quotes_section(self: ReaderScreen, analysis: Analysis, tags: dict[Span, list[str]]) -> FactSection:
        """Return the panel's Quotes section, only the quotations to review when the filter is on."""
        section = vm.quote_section(analysis, tags, self.corrected)
        return review.only_to_review(section, analysis.quotes) if self.review_only else section

    def review_status(self: ReaderScreen) -> str:
        """Return the status line's review part: "3 to review (r)", or "" when none are left."""
        return review.status_part(self.quotes)

    def _all_checked(self: ReaderScreen) -> str:
        return ": every speaker is sure or checked" if self.complete else ""

    def action_next_review(self: ReaderScreen) -> None:
        """Move the cursor to the next quotation whose speaker is to review (wrapping)."""
        self.step(review.review_spans(self.quotes), True, "quotations to review", self._all_checked())

    def action_prev_review(self: ReaderScreen) -> None:
        """Move the cursor to the previous quotation whose speaker is to review (wrapping)."""
        self.step(review.review_spans(self.quotes), False, "quotations to review", self._all_checked())

    def action_confirm_speaker(self: ReaderScreen) -> None:
        """Confirm the current quotation's speaker: saved as a correction, so it is sure everywhere (u undoes)."""
        quote = self.current_quote
        span = self.cursor
        refusal = review.confirm_refusal(quote, span in self.corrected)
        if refusal is not None or quote is None or span is None:
            self.app.say(refusal or "", timeout=4)
            return
        left = len(review.to_review(self.quotes)) - (1 if quote.needs_review else 0)
        outcome = self.annotator.add_correction(span, {"type": "confirm", "value": quote.speaker},
                                                f"confirm {quote.speaker}")
        more = f"{left} left to review (r next)" if left else "none left to review"
        self.after_edit(Outcome(f"Confirmed: {quote.speaker} said this · {more}", outcome.error))

    def action_filter_review(self: ReaderScreen) -> None:
        """Show only the quotations to review in the panel's Quotes section, or every quote again."""
        self.review_only = not self.review_only
        self.refresh_view()
        shown = "only those to review (f: all)" if self.review_only else "all (f: only those to review)"
        self.app.say(f"Quotes in the panel: {shown}", timeout=3)
