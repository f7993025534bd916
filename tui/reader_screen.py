"""The reading screen: composes the article and the facts, runs the analysis, opens dialogs and routes keys.

Each action asks the reader session (reading/session.py) and draws the `Update` it returns.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Label

from quotemark.analysis.model import Article
from quotemark.analysis.provenance import ProvenanceLookup
from quotemark.analysis.sanitize import clean_line
from quotemark.reading.fit import header_titles
from quotemark.reading.menus import Menu
from quotemark.reading.runner import AnalysisRunner
from quotemark.reading.selection import Reach
from quotemark.reading.session import ReaderSession, Target
from quotemark.reading.updates import Update
from quotemark.store import Store
from quotemark.tui import dialogs, library_dialogs, provenance_dialog
from quotemark.tui import view_model as vm
from quotemark.tui.analysis_worker import start_analysis, stop_analysis
from quotemark.tui.commands import DEFAULT_TAGS, reader_bindings
from quotemark.tui.library_jump import open_at
from quotemark.tui.reader_chrome import ReaderChrome
from quotemark.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from quotemark.widgets.facts_panel import FactsPanel
    from quotemark.widgets.search_bar import SearchBar

T = TypeVar("T")
NARROW_WIDTH = 100
TINY_WIDTH = 60


class ReaderScreen(Screen[None]):
    """Article on the left, facts on the right; every reader command is an action here."""

    BINDINGS = reader_bindings()
    ALLOW_SELECT = False  # the article's own drag is the one selection here, not Textual's text selection

    def __init__(
        self,
        article: Article,
        store: Store | None,
        runner: AnalysisRunner,
        tags: Sequence[str] = DEFAULT_TAGS,
        provenance: ProvenanceLookup | None = None,
    ) -> None:
        super().__init__()
        self.store, self.runner, self.tags = store, runner, tuple(tags)
        self.provenance = provenance  # the library where the same quotations are looked for (None: nowhere)
        self.chrome = ReaderChrome(self)
        self.session = ReaderSession(article, store, self.tags, provenance)
        self._drawing = vm.SessionView()

    def show_article(self, article: Article) -> None:
        """Replace the article on screen (from the library) and analyse it."""
        stop_analysis(self)
        gc.unfreeze()  # the previous article's objects may be collected again
        self.session, self._drawing = ReaderSession(article, self.store, self.tags, self.provenance), vm.SessionView()
        self.query_one(ArticleView).set_text(article.text, clean=article.sanitized)
        self._show_titles()
        self.query_one(ArticleView).focus()
        self._after_first_paint()

    def compose(self) -> ComposeResult:
        # The first frame holds what shows the text; every widget mounted before it delays the
        # text, so the rest of the chrome (the panel keeps its width meanwhile) follows it.
        yield Header()
        with Horizontal(id="reader"):
            with Vertical(id="main"):
                yield ArticleView(self.session.article.text, clean=self.session.article.sanitized, id="article")
            yield Vertical(id="side")

    @property
    def facts_panel(self) -> FactsPanel:
        """Return the facts panel (mounted first if a key arrives before the first frame)."""
        return self.chrome.panel

    def on_mount(self) -> None:
        self._show_titles()
        self.query_one(ArticleView).focus()
        # The text is painted first; the database and the model (whose import would hold the GIL
        # while the first frame is drawn) come right after it.
        self.call_after_refresh(self._after_first_paint)

    def on_resize(self, event: events.Resize) -> None:
        # Narrow terminals give the article the room; below TINY_WIDTH one pane shows at a time.
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.set_class(event.size.width < TINY_WIDTH, "-tiny")
        self._show_titles()
        if self.chrome.mounted:
            self.call_after_refresh(self.show_status)  # the status line fits its new width

    def _show_titles(self) -> None:
        source = clean_line(self.session.article.source) if self.session.article.source else None
        self.title, self.sub_title = header_titles(
            self.session.article.title or source or "article", self.session.article.date, source, self.app.size.width
        )

    def _after_first_paint(self) -> None:
        if self.chrome.mount():
            start_analysis(self, self.session, self.store)
            self.show(self.session.open())

    def show(self, update: Update) -> None:
        """Draw what `update` says changed, tell what it says, and ask its question."""
        if update.view:
            self.refresh_view()
            if self.session.complete:  # once per analysis (and per quotation a correction re-bounds)
                provenance_dialog.trace(self, self.session)
        elif update.status:
            self.show_status()
        if update.cursor:
            span = self.session.cursor
            self.query_one(ArticleView).set_cursor(span)
            if (key := vm.panel_key(self.session.analysis, span)) is not None:
                self.facts_panel.highlight_key(key)
        for line in update.say:
            self.app.say(line.text, timeout=line.timeout, severity=line.severity, title=line.title)  # type: ignore[attr-defined]
        if update.ask is not None:
            self.ask(update.ask, lambda action: self.show(self.session.apply(action)))

    def ask(self, menu: Menu[T], then: Callable[[T | None], None]) -> None:
        """Open `menu` as a picker; `then` gets the picked choice's value (None: cancelled)."""
        from quotemark.tui.choice_screen import ChoiceScreen  # loaded on first use, not before the first frame

        self.app.push_screen(ChoiceScreen(menu), then)

    def refresh_view(self) -> None:
        """Push the corrected analysis and the annotations into the article and the panel."""
        highlights, badges = self._drawing.marks(self.session)
        self.query_one(ArticleView).set_highlights(highlights)
        self.query_one(ArticleView).set_badges(badges)
        self.facts_panel.show(self._drawing.sections(self.session))
        self.show_status()

    def show_status(self) -> None:
        """Show the analysis progress, the selection mode, or what was found, fitted to the status line's width."""
        self.chrome.mount()
        label = self.query_one("#status", Label)
        label.update(vm.status(self.session, label.content_region.width or label.size.width - 2))

    def action_step(self, target: str, forward: bool) -> None:
        """Move the cursor to the next (or previous) quote, entity, quotation to review or match, wrapping."""
        self.show(self.session.step_to(Target(target), forward, self.query_one(ArticleView).visible_range()))

    def action_switch_pane(self) -> None:
        """Move the focus between the article and the facts panel (on a tiny terminal, swap them)."""
        view, panel = self.query_one(ArticleView), self.facts_panel
        self.set_class(view.has_focus, "-panel")
        (panel if view.has_focus else view).focus()

    @on(ArticleView.SpanClicked)
    def _span_clicked(self, event: ArticleView.SpanClicked) -> None:
        self.show(self.session.click(event.offset))

    @on(ArticleView.Selected)
    def _text_selected(self, event: ArticleView.Selected) -> None:
        self.show(self.session.select_span(event.span))

    def on_facts_panel_fact_selected(self, event: FactsPanel.FactSelected) -> None:
        if event.row.start is not None and event.row.end is not None:
            self.show(self.session.move((event.row.start, event.row.end)))

    def action_visual(self) -> None:
        """Start selecting text at the cursor (or the top of the screen); v again or esc ends it."""
        self.show(self.session.visual(self.query_one(ArticleView).visible_range()[0]))

    def action_select(self, how: str) -> None:
        """Grow or shrink the selection (the key goes on to the article when nothing is selected)."""
        if self.session.selection() is None:
            raise SkipAction()
        self.show(self.session.select(Reach(how)))

    def action_cancel(self) -> None:
        """Leave visual selection (esc)."""
        if self.session.visual_anchor is None:
            raise SkipAction()
        self.show(self.session.leave_visual())

    def action_search(self) -> None:
        """Open the search box under the article."""
        self.show(self.session.leave_visual())
        from quotemark.widgets.search_bar import SearchBar

        self.chrome.mount()
        self.query_one(SearchBar).open(self.session.search_query)

    def on_search_bar_search(self, event: SearchBar.Search) -> None:
        self.query_one(ArticleView).focus()
        self.show(self.session.search(event.query, self.query_one(ArticleView).visible_range()))

    def on_search_bar_closed(self) -> None:
        self.query_one(ArticleView).focus()

    def action_toggle_tag(self, number: int) -> None:
        """Toggle tag `number` (1-9) on the current quote or span."""
        self.show(self.session.toggle_tag(number))

    def action_tag_picker(self) -> None:
        """Pick a tag for the current span from every tag in use, or type a new one."""
        self.show(self.session.tag_picker())

    def _panel_note_id(self) -> str | None:
        """Return the id of the note highlighted in the facts panel, when the panel has the focus."""
        return vm.note_id(self.facts_panel.highlighted_key) if self.facts_panel.has_focus else None

    def action_note(self) -> None:
        """Open the note editor on the current span (the article when there is none); a note row or a noted span edits that note."""
        dialogs.edit_note(self.app, self.session, self.session.note_for(self._panel_note_id()), self.show)

    def action_article_note(self) -> None:
        """Open the note editor on the whole article."""
        dialogs.edit_note(self.app, self.session, self.session.note_request(None), self.show)

    def action_correct(self) -> None:
        """Correct the current span: a quote's speaker, an entity's label, or mark a selection."""
        self.show(self.session.correct())

    def action_reject(self) -> None:
        """Reject the current quote or entity as a machine error (asked first when it has your tags or notes); on a note row, delete the note."""
        self.show(self.session.reject(self._panel_note_id()))

    def action_confirm_speaker(self) -> None:
        """Confirm the current quotation's speaker: saved as a correction, so it is sure everywhere (u undoes)."""
        self.show(self.session.confirm_speaker())

    def action_filter_review(self) -> None:
        """Show only the quotations to review in the panel's Quotes section, or every quote again."""
        self.show(self.session.toggle_review_filter())

    def action_undo(self) -> None:
        """Undo the last tag, note or correction (saved changes are undone in the database too)."""
        self.show(self.session.undo())

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self.show(self.session.redo())

    def action_copy_summary(self) -> None:
        """Copy the selected text, else the Markdown summary (saying so when the analysis is not finished)."""
        self._copy(*self.session.what_to_copy())

    def action_copy_citation(self) -> None:
        """Copy the current quote as a citation (a speaker still to review is marked, and the reader told)."""
        self._copy(*self.session.citation(), "Citation")

    def _copy(self, text: str, update: Update, what: str) -> None:
        self.show(update)
        if text:
            self.app.copy_text(text, what=what)  # type: ignore[attr-defined]

    def action_export(self) -> None:
        """Write the article's summary, notes, tags and corrections to a file in a chosen format."""
        dialogs.export(self.app, self.session, self.store, self.ask)

    def action_library(self) -> None:
        """Show every saved article; enter opens one."""
        dialogs.library(self.app, self.session, self.store, self.show, self.show_article)

    def action_speakers(self) -> None:
        """Show every speaker across the library; enter on a quotation opens its article there."""
        library_dialogs.speakers(self.app, self.store, partial(open_at, self))

    def action_search_library(self) -> None:
        """Search every saved article's text, quotations, notes and tags; enter opens the article at the match."""
        library_dialogs.search_everywhere(self.app, self.store, partial(open_at, self))

    def action_provenance(self) -> None:
        """List the other saved articles carrying the current quotation; enter opens one at the quotation."""
        provenance_dialog.list_occurrences(self, self.session, partial(open_at, self))

    def action_help(self) -> None:
        """Show every key binding."""
        self.app.push_screen(dialogs.help_screen())

    async def action_quit(self) -> None:
        """Quit the app (asking once more when edits exist only in memory)."""
        if (warning := self.session.leave("quit")) is not None:
            self.show(warning)
        else:
            self.app.exit()
