"""Draw a reader session into the widgets: the article's marks, the facts panel's sections, the status line."""

from __future__ import annotations

from quotemark.analysis.corrections import Corrected
from quotemark.reading.fit import found_line, unsaved_line, visual_line
from quotemark.reading.marks import notes_of, tags_by_span
from quotemark.reading.passages import passages
from quotemark.reading.review import status_part
from quotemark.reading.session import ReaderSession
from quotemark.tui import view_model as vm
from quotemark.tui.sections import only_to_review, passage_section
from quotemark.widgets.article_view import ArticleView
from quotemark.widgets.fact_rows import FactSection
from textual.content import Content


class Drawing:
    """Turns a session into what the widgets show; keeps the analysis-only sections while the corrected analysis stays."""

    def __init__(self) -> None:
        self._of: Corrected | None = None
        self._facts: list[FactSection] = []

    def article(self, view: ArticleView, s: ReaderSession) -> None:
        """Return after giving the article view its highlights and badges."""
        notes = notes_of(s.annotations)
        text = s.article.text
        view.set_highlights(vm.highlights(s.article, s.analysis, notes, s.corrected, s.search_hits, s.rejected))
        view.set_badges(vm.badges(text, tags_by_span(s.annotations), notes) + vm.review_badges(text, s.quotes))

    def sections(self, s: ReaderSession) -> list[FactSection]:
        """Return the facts panel's sections: quotes, passages, entities and the rest, notes, orphans."""
        result = s.result
        sections = vm.annotation_sections(s.article, notes_of(s.annotations))
        if result is not None:
            if result is not self._of:  # a tag or a note leaves the analysis-only sections as they are
                self._of, self._facts = result, vm.fact_sections(s.article, result.analysis, result.spans)
            quotes = vm.quote_section(result.analysis, tags_by_span(s.annotations), result.spans)
            quotes = only_to_review(quotes, result.analysis.quotes) if s.review_only else quotes
            found = passages(s.article.text, result.analysis, s.annotations)
            sections = [quotes, *([passage_section(found)] if found else []), *self._facts, *sections]
        if s.annotator.orphans:
            sections.append(vm.orphan_section(s.annotator.orphans))
        return sections


def status(s: ReaderSession, width: int) -> Content:
    """Return the status line: unsaved changes, the selection mode, the analysis progress, or what was found."""
    if s.annotator.unsaved:
        return Content.styled(unsaved_line(s.annotator.unsaved, width), "bold $error")
    if s.visual_anchor is not None:
        return Content.styled(visual_line(width), "bold $accent")
    if not s.complete or s.analysis is None:
        pct = f" {s.progress:.0%}" if s.progress else ""
        return Content.styled(f"⏳ {s.status_text}{pct}", "$warning")  # wraps: an error says what to do
    a = s.analysis
    review = status_part(a.quotes)  # first: it is what a narrow status line must still show
    lead = f"{review} · " if review else ""
    found = found_line(len(a.quotes), len(a.clusters), len(a.quantities), len(a.dates), width - len(lead))
    return Content.assemble((lead, "bold $warning"), found)
