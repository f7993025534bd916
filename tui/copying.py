"""The reader screen's copy commands: the Markdown summary and the current quotation as a citation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.model import Analysis

if TYPE_CHECKING:
    from quotemark.tui.reader_screen import ReaderScreen


class CopyCommands:
    """Mixed into ReaderScreen: what `y` and `Y` copy, with every speaker still to review marked."""

    def summary(self: ReaderScreen) -> str:
        """Return the Markdown summary of the article with the reader's corrections, tags and notes."""
        from quotemark.tui.exports import Bundle

        machine = self.machine or Analysis(article_id=self.article.id)
        return Bundle(self.article, machine, list(self.annotations)).summary()

    def action_copy_summary(self: ReaderScreen) -> None:
        """Copy the Markdown summary to the clipboard."""
        if not self.complete:
            done = f" ({self.progress:.0%} analysed)" if self.progress else ""
            self.app.say(f"Still analysing{done}: this summary covers only what is analysed so far", timeout=4)
        from quotemark.tui.app import app_of  # here: the app module imports this one

        app_of(self).copy_text(self.summary(), what="Summary")

    def action_copy_citation(self: ReaderScreen) -> None:
        """Copy the current quote as a citation (a speaker still to review is marked, and the reader told)."""
        quote = self.current_quote
        if quote is None or self.analysis is None:
            self.app.say("Move to a quote first: ] next, [ previous", timeout=4)
            return
        from quotemark.analysis.summary import citation

        if quote.needs_review:
            check = (f"the speaker ({quote.speaker}) is not confirmed: check it, then C confirms or c corrects"
                     if quote.speaker else "nobody is named as its speaker: c says who said it")
            self.app.say(f"Copied, but {check}", severity="warning", timeout=8)
        from quotemark.tui.app import app_of

        app_of(self).copy_text(citation(quote, self.article, self.analysis), what="Citation")
