"""The reading screen: owns the article, its analysis and annotations, and binds them into widgets.

Its commands are grouped by concern in mixins (tui/editing.py: tags, notes, corrections, undo;
tui/selecting.py: visual selection and search); this module keeps layout, data and the cursor.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quotemark.analysis.corrections import Correction, apply_corrections
from quotemark.analysis.model import Analysis, Article, Entity, Quote
from quotemark.analysis.sanitize import clean_line
from quotemark.store import Annotation, Store, StoreError
from quotemark.tui import view_model as vm
from quotemark.tui.fit import found_line, header_titles, plural, unsaved_line, visual_line
from quotemark.tui.passages import passage_section, passages
from quotemark.tui.analysis_runner import AnalysisRunner, Cancelled
from quotemark.tui.annotator import Annotator
from quotemark.tui.commands import DEFAULT_TAGS, reader_bindings
from quotemark.tui.copying import CopyCommands
from quotemark.tui.editing import EditingCommands
from quotemark.tui.reviewing import ReviewCommands
from quotemark.tui.selecting import SelectingCommands
from quotemark.widgets.article_view import ArticleView
from quotemark.widgets.fact_rows import FactSection
from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Label
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from quotemark.tui.exports import Bundle
    from quotemark.widgets.facts_panel import FactsPanel
    from quotemark.widgets.search_bar import SearchBar

Span = tuple[int, int]
NARROW_WIDTH = 100
TINY_WIDTH = 60


def slug(text: str, width: int = 40) -> str:
    """Return `text` as a short file-name-safe slug: "north-korean-leader-kim-jong-un"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:width].rstrip("-") or "article"


class ReaderScreen(EditingCommands, SelectingCommands, ReviewCommands, CopyCommands, Screen[None]):
    """Article on the left, facts on the right; every reader command is an action here."""

    BINDINGS = reader_bindings()

    def __init__(self, article: Article, store: Store | None, runner: AnalysisRunner,
                 tags: Sequence[str] = DEFAULT_TAGS) -> None:
        super().__init__()
        self.store = store
        self.runner = runner
        self.tags = tuple(tags)
        self._chrome_mounted = False
        self._reset(article)

    def _reset(self, article: Article) -> None:
        """Forget everything about the previous article and hold `article`."""
        self.article = article
        self.machine: Analysis | None = None  # what the analysis found, before the reader's corrections
        self.analysis: Analysis | None = None  # with corrections applied: what everything shows
        self.corrected: frozenset[Span] = frozenset()
        self.rejected: frozenset[Span] = frozenset()
        # The corrected analysis and its panel sections, kept while the machine's analysis and the
        # corrections stay the same (a tag or a note then redraws only what it changed).
        self._corrected_from: Analysis | None = None
        self._corrected_with: tuple[Correction, ...] = ()
        self._fact_sections: list[FactSection] = []
        self.complete = False  # True once the whole article is analysed (partial results come first)
        self.annotator = Annotator(article, self.store)
        self.note_drafts: dict[tuple[Span | None, str | None], str] = {}  # text kept by esc in the note editor
        self.cursor: Span | None = None
        self.status_text = "opening…"
        self.progress: float | None = None
        self._quit_warned = False
        self._switch_warned = False
        self.init_selecting()

    def show_article(self, article: Article) -> None:
        """Replace the article on screen (from the library) and analyse it."""
        self.workers.cancel_group(self, "analysis")  # the old parse stops at its next paragraph
        gc.unfreeze()  # the previous article's objects may be collected again
        self._reset(article)
        view = self.query_one(ArticleView)
        view.set_text(article.text, clean=article.sanitized)
        self._show_titles()
        view.focus()
        self._after_first_paint()

    # ---- layout and data binding -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The first frame holds what shows the text; every widget mounted before it delays the
        # text, so the rest of the chrome (the panel keeps its width meanwhile) follows it.
        yield Header()
        with Horizontal(id="reader"):
            with Vertical(id="main"):
                yield ArticleView(self.article.text, clean=self.article.sanitized, id="article")
            yield Vertical(id="side")

    def mount_chrome(self) -> bool:
        """Mount the search bar, status line, facts panel and footer once; return False if the screen is going away."""
        if self._chrome_mounted:
            return True
        main = self.query_one("#main")
        if not main.is_attached:  # the app quit before its first frame
            return False
        from quotemark.widgets.facts_panel import FactsPanel
        from quotemark.widgets.late_footer import LateFooter
        from quotemark.widgets.search_bar import SearchBar

        self._chrome_mounted = True
        main.mount(SearchBar(placeholder="search the article (enter: find, esc: close)", id="search"))
        self.query_one("#side").mount(Label(Content("analysing…"), id="status"), FactsPanel(id="facts"))
        self.mount(LateFooter())
        return True

    @property
    def facts_panel(self) -> FactsPanel:
        """Return the facts panel (mounted first if a key arrives before the first frame)."""
        from quotemark.widgets.facts_panel import FactsPanel

        self.mount_chrome()
        return self.query_one(FactsPanel)

    @property
    def status_label(self) -> Label:
        """Return the status line above the facts panel."""
        self.mount_chrome()
        return self.query_one("#status", Label)

    @property
    def search_bar(self) -> SearchBar:
        """Return the search bar under the article."""
        from quotemark.widgets.search_bar import SearchBar

        self.mount_chrome()
        return self.query_one(SearchBar)

    def on_mount(self) -> None:
        self._show_titles()
        self.query_one(ArticleView).focus()
        # The text is painted first; the database and the model (whose import would hold the GIL
        # while the first frame is drawn) come right after it.
        self.call_after_refresh(self._after_first_paint)

    def on_resize(self, event: events.Resize) -> None:
        # Narrow terminals give the article the room; below TINY_WIDTH one pane shows at a time
        # and tab swaps them.
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")
        self.set_class(event.size.width < TINY_WIDTH, "-tiny")
        self._show_titles()
        if self._chrome_mounted:
            self.call_after_refresh(self.show_status)  # the status line fits its new width

    def _show_titles(self) -> None:
        source = clean_line(self.article.source) if self.article.source else None
        self.title, self.sub_title = header_titles(self.article.title or source or "article", self.article.date, source,
                                                   self.app.size.width)

    def _after_first_paint(self) -> None:
        if not self.mount_chrome():
            return
        self._analyse()
        error = self.annotator.load()
        set_aside = [w for w in (self.store.warnings if self.store is not None else []) if "set aside" in w]
        if set_aside:  # damaged records are not loaded: the reader must know some notes are missing
            self.app.say(f"{set_aside[0]} ({len(set_aside)} in all)", title="Database", severity="warning", timeout=12)
        if error is not None:
            self.app.say(str(error), title="Database", severity="error", timeout=10)
        elif self.annotator.carried or self.annotator.orphans:
            lost = f"; {len(self.annotator.orphans)} could not be placed (see Orphans)" if self.annotator.orphans else ""
            self.app.say(f"This is an edited version of a saved article: {plural(self.annotator.carried, 'annotation')} "
                         f"carried over{lost}", timeout=10)
        self.refresh_view()

    @property
    def annotations(self) -> list[Annotation]:
        """Return the article's annotations as they stand now."""
        return self.annotator.annotations

    def refresh_view(self) -> None:
        """Apply the corrections, then push the analysis and annotations into the article and the panel."""
        if self.machine is not None:
            corrections = tuple(vm.corrections_of(self.annotations))
            # Compared by identity, not id(): a new analysis may reuse a freed one's address.
            if self._corrected_from is not self.machine or self._corrected_with != corrections:
                result = apply_corrections(self.machine, self.article.text, corrections)
                self.analysis, self.corrected, self.rejected = result.analysis, result.spans, result.rejected
                self._corrected_from, self._corrected_with = self.machine, corrections
                self._fact_sections = vm.fact_sections(self.article, self.analysis, self.corrected)
        tags = vm.tags_by_span(self.annotations)
        notes = vm.notes_of(self.annotations)
        view = self.query_one(ArticleView)
        view.set_highlights(vm.highlights(self.article, self.analysis, notes, self.corrected, self.search_hits,
                                          self.rejected))
        view.set_badges(vm.badges(self.article.text, tags, notes) + self.review_badges())
        sections = vm.annotation_sections(self.article, notes)
        if self.analysis is not None:
            marked = [passage_section(found)] if (found := passages(self.article.text, self.analysis, self.annotations)) else []
            sections = [self.quotes_section(self.analysis, tags), *marked, *self._fact_sections, *sections]
        if self.annotator.orphans:
            sections.append(vm.orphan_section(self.annotator.orphans))
        self.facts_panel.show(sections)
        self.show_status()

    def show_status(self) -> None:
        """Show the analysis progress, the selection mode, or what was found, fitted to the status line's width."""
        label = self.status_label
        width = label.content_region.width or label.size.width - 2
        if self.annotator.unsaved:
            label.update(Content.styled(unsaved_line(self.annotator.unsaved, width), "bold $error"))
        elif self.visual_anchor is not None:
            label.update(Content.styled(visual_line(width), "bold $accent"))
        elif not self.complete:
            pct = f" {self.progress:.0%}" if self.progress else ""
            label.update(Content.styled(f"⏳ {self.status_text}{pct}", "$warning"))  # wraps: an error says what to do
        else:
            a = self.analysis
            review = self.review_status()  # first: it is what a narrow status line must still show
            lead = "".join(f"{part} · " for part in (review, "⚠ analysed in part: see Limits" if a.limits else "") if part)
            found = found_line(len(a.quotes), len(a.clusters), len(a.quantities), len(a.dates), width - len(lead))
            label.update(Content.assemble((lead, "bold $warning"), found))

    # ---- analysis in a worker ----------------------------------------------------------------

    def _analyse(self) -> None:
        """Start analysing the current article in a worker thread."""
        cache_db = self.store.path if self.store is not None else None
        self._analysis_worker(self.article, cache_db)

    @work(thread=True, exclusive=True, group="analysis")
    def _analysis_worker(self, article: Article, cache_db: Path | None) -> None:
        # Everything the worker needs is passed in: it never reads the screen's state.
        worker = get_current_worker()
        shown = [-1]

        def report(status: str, fraction: float | None) -> None:
            percent = -1 if fraction is None else int(fraction * 100)
            if percent != shown[0] and not worker.is_cancelled:  # one UI trip per percent, not per paragraph
                shown[0] = percent
                self.app.call_from_thread(self._set_progress, article.id, status, fraction)

        def partial(analysis: Analysis) -> None:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._analysis_partial, analysis)

        try:
            analysis = self.runner.analyse(article, report, cache_db, partial, stop=lambda: worker.is_cancelled)
        except Cancelled:
            return
        except Exception as exc:  # the text stays readable whatever went wrong in the analysis
            if not worker.is_cancelled:
                self.app.call_from_thread(self._analysis_failed, article.id, str(exc))
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._analysis_ready, analysis)

    def _current(self, article_id: str) -> bool:
        """Return True when a worker's result is for the article on screen (and the screen is up)."""
        return self.is_mounted and article_id == self.article.id

    def _set_progress(self, article_id: str, status: str, fraction: float | None) -> None:
        if not self._current(article_id):
            return
        self.status_text = status
        self.progress = fraction
        self.show_status()

    def _analysis_partial(self, analysis: Analysis) -> None:
        """Show what the first part of a long article holds while the rest is parsed."""
        if not self._current(analysis.article_id):
            return
        self.machine = analysis
        self.refresh_view()

    def _analysis_ready(self, analysis: Analysis) -> None:
        if not self._current(analysis.article_id):
            return
        self.machine = analysis
        self.complete = True
        self.refresh_view()
        # Everything loaded so far lives as long as the article: moving it out of the collector's
        # reach keeps full GC passes (30-85 ms on a long article) from stalling keystrokes.
        gc.collect()
        gc.freeze()

    def _analysis_failed(self, article_id: str, message: str) -> None:
        if not self._current(article_id):
            return
        self.status_text = f"no highlights: {message}"
        self.progress = None
        self.show_status()
        self.app.say(message, title="Analysis", severity="error", timeout=15)

    # ---- cursor ------------------------------------------------------------------------------

    @property
    def quotes(self) -> list[Quote]:
        """Return the article's quotes in text order (empty until analysed)."""
        return self.analysis.quotes if self.analysis is not None else []

    @property
    def current_quote(self) -> Quote | None:
        """Return the quote under the cursor, if the cursor is on one."""
        return next((q for q in self.quotes if (q.start, q.end) == self.cursor), None)

    @property
    def current_entity(self) -> Entity | None:
        """Return the entity under the cursor, if the cursor is on one."""
        if self.analysis is None:
            return None
        return next((e for e in self.analysis.entities if (e.start, e.end) == self.cursor), None)

    def move_cursor(self, span: Span | None, panel_key: str | None = None) -> None:
        """Put the cursor on `span`, scroll the article to it and follow it in the panel."""
        self.cursor = span
        self.query_one(ArticleView).set_cursor(span)
        key = panel_key or self._panel_key_for(span)
        if key is not None:
            self.facts_panel.highlight_key(key)

    def _panel_key_for(self, span: Span | None) -> str | None:
        if span is None or self.analysis is None:
            return None
        for i, q in enumerate(self.analysis.quotes):
            if (q.start, q.end) == span:
                return f"quote:{i}"
        for e in self.analysis.entities:
            if (e.start, e.end) == span and e.cluster:
                return f"cluster:{e.cluster}"
        return None

    def step(self, spans: list[Span], forward: bool, what: str, hint: str = "") -> int | None:
        """Return the index of the span the cursor moved to: the next (or previous) one, wrapping around."""
        if not spans:
            self.app.say(f"No {what} yet{hint}" if not self.complete else f"No {what}{hint}", timeout=3)
            return None
        starts = [s for s, _e in spans]
        if self.cursor is not None:
            here = self.cursor[0]
        else:  # no cursor yet: start from what is on screen, not from the top of the article
            top, bottom = self.query_one(ArticleView).visible_range()
            here = top - 1 if forward else bottom
        if forward:
            i = bisect_right(starts, here)
            i = 0 if i >= len(spans) else i
        else:
            i = bisect_right(starts, here - 1) - 1
            i = len(spans) - 1 if i < 0 else i
        if self.cursor is not None and ((forward and spans[i][0] <= self.cursor[0]) or
                                        (not forward and spans[i][0] >= self.cursor[0])):
            self.app.say(f"Wrapped around to the {'first' if forward else 'last'} of the {what}", timeout=2)
        self.move_cursor(spans[i])
        return i

    def action_next_quote(self) -> None:
        """Move the cursor to the next quote (wrapping)."""
        self.step([(q.start, q.end) for q in self.quotes], True, "quotes")

    def action_prev_quote(self) -> None:
        """Move the cursor to the previous quote (wrapping)."""
        self.step([(q.start, q.end) for q in self.quotes], False, "quotes")

    def _entity_spans(self) -> list[Span]:
        if self.analysis is None:
            return []
        return sorted({(e.start, e.end) for e in self.analysis.entities})

    def action_next_entity(self) -> None:
        """Move the cursor to the next named entity (wrapping)."""
        self.step(self._entity_spans(), True, "entities")

    def action_prev_entity(self) -> None:
        """Move the cursor to the previous named entity (wrapping)."""
        self.step(self._entity_spans(), False, "entities")

    def action_switch_pane(self) -> None:
        """Move the focus between the article and the facts panel (on a tiny terminal, swap them)."""
        view, panel = self.query_one(ArticleView), self.facts_panel
        to_panel = view.has_focus
        self.set_class(to_panel, "-panel")
        (panel if to_panel else view).focus()

    def on_facts_panel_fact_selected(self, event: FactsPanel.FactSelected) -> None:
        row = event.row
        if row.start is not None and row.end is not None:
            self.move_cursor((row.start, row.end), panel_key=row.key)

    @on(ArticleView.SpanClicked)
    def _span_clicked(self, event: ArticleView.SpanClicked) -> None:
        hit = self._span_at(event.offset)
        if hit is not None:
            self.move_cursor(hit)

    def _span_at(self, offset: int) -> Span | None:
        """Return the innermost quote or entity span containing `offset`."""
        if self.analysis is None:
            return None
        spans = [(e.start, e.end) for e in self.analysis.entities] + [(q.start, q.end) for q in self.quotes]
        spans += list(self.rejected)  # clickable, so that c can revert them
        inside = [s for s in spans if s[0] <= offset < s[1]]
        return min(inside, key=lambda s: s[1] - s[0]) if inside else None

    # ---- dialogs, copy and help -----------------------------------------------------------

    # The dialogs, exporters and the clipboard are imported where they are used: none of them is
    # needed for the first frame, and every module imported before it delays the text.

    def choose(self, title: str, choices: Sequence[str], then: Callable[[str | None], None], *,
               allow_new: bool = False, placeholder: str = "type to filter", current: str | None = None) -> None:
        """Ask the reader to pick one of `choices` (or type a new one when `allow_new`), then call `then`."""
        from quotemark.tui.choice_screen import ChoiceScreen

        self.app.push_screen(ChoiceScreen(title, choices, allow_new=allow_new, placeholder=placeholder,
                                          current=current), then)

    def action_export(self) -> None:
        """Write the article's summary, notes, tags and corrections to a file in a chosen format."""
        if not self.complete or self.machine is None:
            self.app.say("Still analysing: export when the whole article is analysed", timeout=3)
            return
        from quotemark.tui.exports import EXTENSIONS, FORMATS, Bundle

        def chosen(fmt: str | None) -> None:
            if fmt is None or self.machine is None:
                return
            fmt = fmt.split()[0]
            folder = (self.store.path.parent if self.store is not None else Path.cwd()) / "exports"
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            path = folder / f"{slug(self.article.title or 'article')}-{self.article.id[:8]}-{stamp}.{EXTENSIONS[fmt]}"
            self._export_worker(Bundle(self.article, self.machine, list(self.annotations)), fmt, path)

        labels = {"md": "md  Markdown summary", "json": "json  everything", "w3c": "w3c  Web Annotation JSON-LD",
                  "csv": "csv  quotes table", "spacy": "spacy  DocBin of corrected entities"}
        self.choose("Export as", [labels[f] for f in FORMATS], chosen)

    @work(thread=True, group="export")
    def _export_worker(self, bundle: Bundle, fmt: str, path: Path) -> None:
        # A snapshot is exported: the spaCy format builds a DocBin, far too slow for the UI thread
        # on a long article, and edits made meanwhile belong to the next export.
        from quotemark.tui.exports import export

        from quotemark.tui.output_file import write_new

        try:
            # A new name of its own: two exports in the same second, or a planted link, are never replaced.
            path = write_new(path.parent, path.stem, path.suffix, export(bundle, fmt))
        except Exception as exc:  # whatever failed, the reader is told and the app keeps running
            self.app.call_from_thread(self.app.say, f"Export failed: {exc}", severity="error", timeout=10)
            return
        self.app.call_from_thread(self.app.say, f"Exported {fmt} to {path}", timeout=10)

    def action_library(self) -> None:
        """Show every saved article; enter opens one."""
        if self.store is None:
            self.app.say("No database: the library is empty", severity="warning", timeout=4)
            return
        try:
            entries = self.store.articles()
        except StoreError as exc:
            self.app.say(str(exc), title="Database", severity="error", timeout=10)
            return

        def chosen(article_id: str | None) -> None:
            if article_id is None or article_id == self.article.id or self.store is None:
                return
            if self.annotator.unsaved and not self._switch_warned:
                self._switch_warned = True
                self.app.say(f"{self.annotator.unsaved} change(s) here are not saved and would be lost: y copies, "
                             "ctrl+e exports; open the other article again to leave anyway.",
                             severity="warning", timeout=10)
                return
            article = self.store.article(article_id)
            if article is None:
                self.app.say("That article is no longer in the database", severity="error")
                return
            self.show_article(article)

        from quotemark.tui.library_screen import (
            LibraryScreen,  # DataTable: loaded on first use
        )

        self.app.push_screen(LibraryScreen(entries, self.article.id), chosen)

    def action_help(self) -> None:
        """Show every key binding."""
        from quotemark.tui.help_screen import HelpScreen

        self.app.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Quit the app (asking once more when edits exist only in memory)."""
        if self.annotator.unsaved and not self._quit_warned:
            self._quit_warned = True
            self.app.say(f"{self.annotator.unsaved} change(s) are not saved: y copies the summary, ctrl+e exports. "
                         "Press q again to quit anyway.", severity="warning", timeout=10)
            return
        self.app.exit()
