"""One article being read: its analysis (raw and corrected, computed once), annotations with undo, cursor, selection, search.

No Textual here. Every command returns an `Update` saying what changed, so a screen redraws only
that and says what it carries; tests call these methods directly, without an app.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from enum import Enum

from quotemark.analysis.corrections import Corrected, Correction
from quotemark.analysis.model import Analysis, Article, Entity, Quote
from quotemark.reading import review
from quotemark.reading.annotator import Annotator, Outcome
from quotemark.reading.corrected import CorrectedMemo
from quotemark.reading.correcting import (
    entity_menu,
    mark_menu,
    reject_action,
    revert_menu,
    speaker_menu,
    spread_menu,
    tag_menu,
)
from quotemark.reading.exports import Bundle
from quotemark.reading.marks import excerpt, notes_on, own_work_on
from quotemark.reading.menus import Action, Ask, Edit, Keep, Revert, Tag
from quotemark.reading.provenance import ProvenanceLookup, QuoteProvenance
from quotemark.reading.selection import Reach, find_all, reach, word_end_after
from quotemark.reading.updates import DraftKey, NoteRequest, Say, Update, opened, tell
from quotemark.store import Annotation, Store, StoreError

Span = tuple[int, int]


class Target(Enum):
    """What `]`, `e`, `r` and `n` (and their reverse keys) move the cursor to."""

    QUOTE = "quote"
    ENTITY = "entity"
    REVIEW = "review"
    MATCH = "match"


class ReaderSession:
    """Everything the reader does to one article, without a screen."""

    def __init__(
        self, article: Article, store: Store | None, tags: Sequence[str], provenance: ProvenanceLookup | None = None
    ) -> None:
        self.article, self.provenance = article, QuoteProvenance(provenance, article)  # None: no provenance shown
        self.store = store
        self.tags = tuple(tags)
        self.annotator = Annotator(article, store)
        self.machine: Analysis | None = None  # what the analysis found, before the reader's corrections
        self.complete = False  # True once the whole article is analysed (partial results come first)
        self.status_text = "opening…"
        self.progress: float | None = None
        self._corrected = CorrectedMemo()
        self.cursor: Span | None = None
        self.visual_anchor: int | None = None
        self.search_query = ""
        self.search_hits: list[Span] = []
        self.review_only = False  # the panel's Quotes section lists only the quotations to review
        self.note_drafts: dict[DraftKey, str] = {}  # text kept by esc in the note editor
        self._warned: set[str] = set()

    # ---- the analysis, corrected once --------------------------------------------------------

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """Return the article's annotations as they stand now."""
        return self.annotator.annotations

    @property
    def result(self) -> Corrected | None:
        """Return the corrected analysis with the spans corrections touched (recomputed only when either side changed)."""
        if self.machine is None:
            return None
        return self._corrected.of(self.machine, self.article.text, self.annotator.annotations)

    @property
    def analysis(self) -> Analysis | None:
        """Return the analysis with the reader's corrections applied: what everything shows."""
        result = self.result
        return result.analysis if result is not None else None

    @property
    def corrected(self) -> frozenset[Span]:
        """Return the spans a correction touched."""
        result = self.result
        return result.spans if result is not None else frozenset()

    @property
    def rejected(self) -> frozenset[Span]:
        """Return the spans the reader rejected."""
        result = self.result
        return result.rejected if result is not None else frozenset()

    def open(self) -> Update:
        """Return what to tell after reading the article's saved annotations (carried over, lost, or a database error)."""
        error = self.annotator.load()
        warnings = self.store.warnings if self.store is not None else []
        return opened(error, warnings, self.annotator.carried, len(self.annotator.orphans))

    def analysed(self, machine: Analysis, complete: bool) -> Update:
        """Return the redraw after an analysis (of a prefix, or of the whole article) arrived."""
        self.machine = machine
        self.complete = self.complete or complete
        return Update(view=True)

    def progressed(self, status: str, fraction: float | None) -> Update:
        """Return the status redraw after the analysis reported progress."""
        self.status_text, self.progress = status, fraction
        return Update(status=True)

    def failed(self, message: str) -> Update:
        """Return what to show when the analysis failed: the text stays readable, without highlights."""
        self.status_text, self.progress = f"no highlights: {message}", None
        return Update(status=True, say=(Say(message, 15, "error", "Analysis"),))

    # ---- cursor ------------------------------------------------------------------------------

    @property
    def quotes(self) -> list[Quote]:
        """Return the article's quotes in text order (empty until analysed)."""
        analysis = self.analysis
        return analysis.quotes if analysis is not None else []

    @property
    def current_quote(self) -> Quote | None:
        """Return the quote under the cursor, if the cursor is on one."""
        return next((q for q in self.quotes if (q.start, q.end) == self.cursor), None)

    @property
    def current_entity(self) -> Entity | None:
        """Return the entity under the cursor, if the cursor is on one."""
        analysis = self.analysis
        if analysis is None:
            return None
        return next((e for e in analysis.entities if (e.start, e.end) == self.cursor), None)

    def quote_spans(self) -> list[Span]:
        """Return the spans of the quotes, in text order."""
        return [(q.start, q.end) for q in self.quotes]

    def entity_spans(self) -> list[Span]:
        """Return the spans of the named entities, in text order."""
        analysis = self.analysis
        return sorted({(e.start, e.end) for e in analysis.entities}) if analysis is not None else []

    def review_spans(self) -> list[Span]:
        """Return the spans of the quotations whose speaker is still to review."""
        return review.review_spans(self.quotes)

    def move(self, span: Span | None) -> Update:
        """Return the redraw after putting the cursor on `span`."""
        self.cursor = span
        return Update(cursor=True)

    def step(self, spans: Sequence[Span], forward: bool, what: str, visible: Span, hint: str = "") -> Update:
        """Return the move to the next (or previous) of `spans`, wrapping around; `visible` starts it when there is no cursor."""
        if not spans:
            return tell(f"No {what} yet{hint}" if not self.complete else f"No {what}{hint}")
        starts = [s for s, _e in spans]
        here = self.cursor[0] if self.cursor is not None else (visible[0] - 1 if forward else visible[1])
        if forward:
            i = bisect_right(starts, here)
            i = 0 if i >= len(spans) else i
        else:
            i = bisect_right(starts, here - 1) - 1
            i = len(spans) - 1 if i < 0 else i
        said: tuple[Say, ...] = ()
        if self.cursor is not None and (
            (forward and spans[i][0] <= self.cursor[0]) or (not forward and spans[i][0] >= self.cursor[0])
        ):
            said = (Say(f"Wrapped around to the {'first' if forward else 'last'} of the {what}", 2),)
        self.cursor = spans[i]
        return Update(cursor=True, say=said)

    def step_to(self, target: Target, forward: bool, visible: Span) -> Update:
        """Return the move to the next (or previous) quote, entity, quotation to review or search match."""
        if target is Target.QUOTE:
            return self.step(self.quote_spans(), forward, "quotes", visible)
        if target is Target.ENTITY:
            return self.step(self.entity_spans(), forward, "entities", visible)
        if target is Target.MATCH:
            return self.step_match(forward, visible)
        done = ": every speaker is sure or checked" if self.complete else ""
        return self.step(self.review_spans(), forward, "quotations to review", visible, done)

    def span_at(self, offset: int) -> Span | None:
        """Return the innermost quote, entity or rejected span containing `offset`."""
        analysis = self.analysis
        if analysis is None:
            return None
        spans = [(e.start, e.end) for e in analysis.entities] + self.quote_spans()
        spans += list(self.rejected)  # clickable, so that c can revert them
        inside = [s for s in spans if s[0] <= offset < s[1]]
        return min(inside, key=lambda s: s[1] - s[0]) if inside else None

    # ---- edits -------------------------------------------------------------------------------

    def no_cursor(self) -> Update:
        """Return the hint given when a command needs a cursor and there is none."""
        return tell("Move to a quote first: ] next, [ previous (or v to select text)", 4)

    def edited(self, outcome: Outcome, message: str | None = None) -> Update:
        """Return the redraw after an edit, and what to say: what it did, or that the disk refused it."""
        if outcome.error is not None:
            return Update(
                view=True,
                say=(
                    Say(
                        f"Not saved: {outcome.error}. The change is kept on screen; copy the summary (y) to keep it.",
                        15,
                        "error",
                        "Database",
                    ),
                ),
            )
        return Update(view=True, say=(Say(message or outcome.message, 2),))

    def toggle_tag(self, number: int) -> Update:
        """Return the change after toggling tag `number` (1-9) on the cursor's span."""
        if not 1 <= number <= len(self.tags):
            return tell(f"No tag on key {number}")
        if self.cursor is None:
            return self.no_cursor()
        return self.apply(Tag(self.cursor, self.tags[number - 1]))

    def tag_picker(self) -> Update:
        """Return the tag picker for the cursor's span: the configured tags, then every tag in use."""
        if self.cursor is None:
            return self.no_cursor()
        try:
            known = self.store.tags() if self.store is not None else []
        except StoreError:
            known = []  # the picker still offers the configured tags
        on_span = [str(a.value) for a in self.annotator.tags_on(self.cursor)]
        return Update(ask=tag_menu(self.cursor, [*self.tags, *known], on_span))

    def correct(self) -> Update:
        """Return the question `c` asks: a quote's speaker, an entity's label, what a selection is, or a revert."""
        if self.cursor is None:
            return self.no_cursor()
        span = self.cursor
        quote, entity, selecting = self.current_quote, self.current_entity, self.visual_anchor is not None
        revertable = span in self.corrected or span in self.rejected
        if span in self.rejected and quote is None and entity is None and not selecting:
            return Update(ask=revert_menu(self.article.text, span))
        if quote is not None and not selecting:
            return Update(ask=speaker_menu(self.analysis, span, quote.speaker, revertable))
        if entity is not None and not selecting and self.analysis is not None:
            return Update(ask=entity_menu(self.analysis, span, entity, revertable))
        return Update(ask=mark_menu(self.article.text, self.analysis, span))

    def reject(self, note_id: str | None = None) -> Update:
        """Return the change after rejecting the quote or entity at the cursor (or deleting the note `note_id`)."""
        if note_id is not None:
            return self.edited(self.annotator.delete(note_id))
        if self.cursor is None:
            return self.no_cursor()
        span = self.cursor
        if self.current_quote is None and self.current_entity is None:
            return tell("Nothing the machine found is here to reject")
        return self.apply(
            reject_action(self.article.text, span, self.current_quote, own_work_on(self.annotations, span))
        )

    def confirm_speaker(self) -> Update:
        """Return the change after confirming the current quotation's speaker (saved as a correction)."""
        quote, span = self.current_quote, self.cursor
        refusal = review.confirm_refusal(quote, span in self.corrected)
        if refusal is not None or quote is None or span is None:
            return tell(refusal or "", 4)
        left = len(review.to_review(self.quotes)) - (1 if quote.needs_review else 0)
        more = f"{left} left to review (r next)" if left else "none left to review"
        return self.apply(
            Edit(
                (Correction(*span, "confirm", quote.speaker),),
                f"confirm {quote.speaker}",
                f"Confirmed: {quote.speaker} said this · {more}",
            )
        )

    def apply(self, action: Action | None) -> Update:
        """Return the change after carrying out an answer to a question (or a command's own action)."""
        if action is None or isinstance(action, Keep):
            return Update()
        if isinstance(action, Ask):
            if action.ends_visual:
                self.leave_visual(keep_cursor=True)
            return Update(status=True, ask=action.menu)
        if isinstance(action, Tag):
            return self.edited(self.annotator.toggle_tag(action.span, action.name))
        if isinstance(action, Revert):
            return self.edited(self.annotator.revert_corrections(action.span))
        if action.ends_visual:
            self.leave_visual(keep_cursor=True)
        update = self.edited(self.annotator.add_corrections(action.corrections, action.label), action.message)
        first = action.corrections[0]
        if action.offers_spread and self.machine is not None and self.analysis is not None:
            offer = spread_menu(self.machine, self.analysis, self.article.text, (first.start, first.end), first.value)
            return Update(view=True, say=update.say, ask=offer)
        return update

    def undo(self) -> Update:
        """Return the change after undoing the last tag, note or correction."""
        return self.edited(self.annotator.undo())

    def redo(self) -> Update:
        """Return the change after redoing the last undone change."""
        return self.edited(self.annotator.redo())

    # ---- notes -------------------------------------------------------------------------------

    def note_request(self, span: Span | None, note: Annotation | None = None, *, latest: bool = False) -> NoteRequest:
        """Return what the note editor opens on (with `latest`, the newest note already on `span`); a kept draft comes back."""
        if latest and note is None and span is not None:
            existing = notes_on(self.annotations, span)
            note = existing[-1] if existing else None
        original = str(note.value or "") if note is not None else ""
        request = NoteRequest(span, note, "", original)
        draft = self.note_drafts.pop(request.key, None)
        anchor = "the article" if span is None else f"“{excerpt(self.article.text[span[0] : span[1]], 50)}”"
        anchor += " (editing its note)" if note is not None else ""
        anchor += " (draft restored)" if draft is not None else ""
        return NoteRequest(span, note, anchor, draft if draft is not None else original)

    def note_for(self, note_id: str | None) -> NoteRequest:
        """Return what `a` opens: the note `note_id` (a note row), else the newest note on the cursor's span, else a new one."""
        note = next((a for a in self.annotations if a.id == note_id and a.motivation == "commenting"), None)
        if note is None:
            return self.note_request(self.cursor, latest=True)
        span = (note.start, note.end) if note.start is not None and note.end is not None else None
        return self.note_request(span, note)

    def save_note(self, request: NoteRequest, text: str | None) -> Update:
        """Return the change after the editor closed with `text` (None or empty: nothing saved)."""
        self.leave_visual()
        if not text:
            return Update(status=True)
        if request.note is None:
            return self.edited(self.annotator.add_note(request.span, text))
        if text != request.note.value:
            return self.edited(self.annotator.edit_note(request.note.id, text))
        return Update()

    def keep_draft(self, request: NoteRequest, text: str) -> Update:
        """Return what to say after keeping unsaved note text for the same place."""
        self.note_drafts[request.key] = text
        return tell("Draft kept: press a on the same place to go on with it", 4)

    # ---- visual selection and search ---------------------------------------------------------

    def visual(self, top: int) -> Update:
        """Return the change after starting (or ending) a selection at the cursor, or at `top` without one."""
        if self.visual_anchor is not None:
            return self.leave_visual()
        text = self.article.text
        start = self.cursor[0] if self.cursor else top
        while start < len(text) - 1 and text[start].isspace():
            start += 1
        self.visual_anchor = start
        self.cursor = (start, word_end_after(text, start))
        return Update(cursor=True, status=True)

    def select_span(self, span: Span) -> Update:
        """Return the change after selecting `span` (a drag in the article): visual mode on it, as if `v` had reached it."""
        n = len(self.article.text)
        start = max(0, min(span[0], n - 1))
        self.visual_anchor, self.cursor = start, (start, max(start + 1, min(span[1], n)))
        return Update(cursor=True, status=True)

    def click(self, offset: int) -> Update:
        """Return the change after a click at `offset`: a selection ends, the cursor goes to the innermost span there."""
        left = self.leave_visual()
        if (hit := self.span_at(offset)) is None:
            return left
        self.cursor = hit
        return Update(cursor=True, status=left.status)

    def leave_visual(self, keep_cursor: bool = False) -> Update:
        """Return the change after ending the selection; the selection stays as the cursor only when asked."""
        if self.visual_anchor is None:
            return Update()
        self.visual_anchor = None
        if not keep_cursor:
            self.cursor = None
        return Update(cursor=not keep_cursor, status=True)

    def selection(self) -> Span | None:
        """Return the selected span while selecting, else None."""
        return self.cursor if self.visual_anchor is not None else None

    def extend(self, lo: int | None = None, hi: int | None = None) -> Update:
        """Return the move of the selection's start to `lo` and its end to `hi` (kept inside the text, never empty)."""
        if self.visual_anchor is None or self.cursor is None:
            return Update()
        n = len(self.article.text)
        start = max(0, min(self.cursor[0] if lo is None else lo, n - 1))
        end = max(start + 1, min(self.cursor[1] if hi is None else hi, n))
        self.cursor = (start, end)
        return Update(cursor=True)

    def select(self, how: Reach) -> Update:
        """Return the change after growing or shrinking the selection (nothing when not selecting)."""
        span = self.selection()
        if span is None:
            return Update()
        return self.extend(*reach(self.article.text, span, how))

    def search(self, query: str, visible: Span) -> Update:
        """Return the change after searching for `query`: every match marked, the cursor on the first one after `visible`."""
        self.search_query = query
        self.search_hits = find_all(self.article.text, query)
        if not self.search_hits:
            return Update(view=True, say=(Say(f"Not found: {query}"),))
        n = len(self.search_hits)
        found = Say(f"{n} match{'es' if n != 1 else ''} for “{query}” · n next · N previous")
        moved = self.step(self.search_hits, True, "matches", visible)
        return Update(view=True, cursor=True, say=(found, *moved.say))

    def step_match(self, forward: bool, visible: Span) -> Update:
        """Return the move to the next (or previous) search match."""
        moved = self.step(self.search_hits, forward, "matches", visible, " (press / to search)")
        if not moved.cursor or self.cursor not in self.search_hits:
            return moved
        i = self.search_hits.index(self.cursor)
        return Update(cursor=True, say=(*moved.say, Say(f"Match {i + 1} of {len(self.search_hits)}", 1.5)))

    def toggle_review_filter(self) -> Update:
        """Return the redraw after showing only the quotations to review in the panel, or every quote again."""
        self.review_only = not self.review_only
        shown = "only those to review (f: all)" if self.review_only else "all (f: only those to review)"
        return Update(view=True, say=(Say(f"Quotes in the panel: {shown}"),))

    # ---- what leaves the app ----------------------------------------------------------------

    def bundle(self) -> Bundle:
        """Return the article, its corrected analysis and the annotations, for the summary and the exports."""
        result = self.result or Corrected(Analysis(article_id=self.article.id), frozenset())
        return Bundle(self.article, result, tuple(self.annotations))

    def summary(self) -> str:
        """Return the Markdown summary with the reader's corrections, tags and notes."""
        return self.bundle().summary()

    def summary_to_copy(self) -> tuple[str, Update]:
        """Return the summary, and a warning when the analysis has not reached the end yet."""
        if self.complete:
            return self.summary(), Update()
        done = f" ({self.progress:.0%} analysed)" if self.progress else ""
        return self.summary(), tell(f"Still analysing{done}: this summary covers only what is analysed so far", 4)

    def what_to_copy(self) -> tuple[str, Update, str]:
        """Return what `y` copies, what to tell, and its name: the selected text while selecting, else the summary."""
        if (span := self.selection()) is not None:
            return self.article.text[span[0] : span[1]], Update(), "Selection"
        return (*self.summary_to_copy(), "Summary")

    def citation(self) -> tuple[str, Update]:
        """Return the current quote as a citation ("" when the cursor is on none) and what to tell the reader."""
        quote, analysis = self.current_quote, self.analysis
        if quote is None or analysis is None:
            return "", tell("Move to a quote first: ] next, [ previous", 4)
        from quotemark.analysis.summary import citation

        if not quote.needs_review:
            return citation(quote, self.article, analysis), Update()
        check = (
            f"the speaker ({quote.speaker}) is not confirmed: check it, then C confirms or c corrects"
            if quote.speaker
            else "nobody is named as its speaker: c says who said it"
        )
        return citation(quote, self.article, analysis), tell(f"Copied, but {check}", 8, severity="warning")

    # ---- leaving -----------------------------------------------------------------------------

    def leave(self, how: str) -> Update | None:
        """Return the warning shown once before unsaved edits are left behind (`how`: "quit" or "switch"), else None."""
        if not self.annotator.unsaved or how in self._warned:
            return None
        self._warned.add(how)
        n = self.annotator.unsaved
        text = (
            f"{n} change(s) are not saved: y copies the summary, ctrl+e exports. Press q again to quit anyway."
            if how == "quit"
            else f"{n} change(s) here are not saved and would be lost: y copies, ctrl+e exports; open the other article again to leave anyway."
        )
        return tell(text, 10, severity="warning")
