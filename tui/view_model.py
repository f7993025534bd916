"""Turn a reader session (its corrected analysis and annotations) into what the widgets draw.

No I/O and no widgets here: the screen hands these values to the widgets; tests call this directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from textual.content import Content

from quotemark.analysis.corrections import Corrected
from quotemark.analysis.labels import colour_of, section_codes
from quotemark.analysis.model import Analysis, Article, Quote
from quotemark.analysis.sanitize import clean_line
from quotemark.reading import review
from quotemark.reading.fit import found_line, unsaved_line, visual_line
from quotemark.reading.marks import Note, after_mark, excerpt, notes_of, tags_by_span
from quotemark.reading.passages import Passage, passages
from quotemark.reading.session import ReaderSession
from quotemark.store import Annotation
from quotemark.widgets.fact_rows import FactRow, FactSection
from quotemark.widgets.highlight_runs import Badge, Highlight, HighlightKind

Span = tuple[int, int]
# What a span-keyed panel row lists; with the span it makes the row's key (span_key).
RowKind = Literal["quote", "quantity", "date", "claim", "limit", "passage"]

# spaCy labels grouped into the panel's sections (analysis/labels.py); the rest is highlighted, not listed.
ENTITY_SECTIONS = ("People", "Organisations", "Places", "Groups")
FILTERED_TITLE = "Quotes to review"
FILTERED_EMPTY = "none left to review: f shows every quote"
NOTE_KEY = "note:"  # a note row's key: this prefix and the note's id


# The label table's colour kinds (analysis/labels.py) as the article view's own highlight kinds, so
# the view never sees a spaCy code and colours exactly what the panel groups together.
_KIND_OF_COLOUR: dict[str, HighlightKind] = {
    "person": HighlightKind.PERSON,
    "org": HighlightKind.ORG,
    "gpe": HighlightKind.PLACE,
    "group": HighlightKind.GROUP,
    "date": HighlightKind.DATE,
    "number": HighlightKind.NUMBER,
}


def highlight_kind(label: str) -> HighlightKind:
    """Return the article view's highlight kind for an entity label code ("GPE" -> PLACE; unknown -> OTHER)."""
    return _KIND_OF_COLOUR.get(colour_of(label), HighlightKind.OTHER)


def highlights(
    article: Article,
    analysis: Analysis | None,
    notes: Sequence[Note] = (),
    corrected: Iterable[Span] = (),
    search: Iterable[Span] = (),
    rejected: Iterable[Span] = (),
) -> list[Highlight]:
    """Return every styled span of the article: dateline, entities, quotes, notes, corrections, search hits."""
    out: list[Highlight] = []
    if article.dateline_start is not None and article.dateline_end is not None:
        out.append(Highlight(article.dateline_start, article.dateline_end, HighlightKind.DATELINE))
    if analysis is not None:
        out.extend(
            Highlight(q.start, q.end, HighlightKind.SCARE if q.kind == "scare" else HighlightKind.QUOTE)
            for q in analysis.quotes
        )
        out.extend(Highlight(e.start, e.end, highlight_kind(e.label)) for e in analysis.entities)
    out.extend(Highlight(n.span[0], n.span[1], HighlightKind.NOTE) for n in notes if n.span is not None)
    out.extend(Highlight(s, e, HighlightKind.CORRECTED) for s, e in corrected)
    out.extend(Highlight(s, e, HighlightKind.REJECTED) for s, e in rejected)
    out.extend(Highlight(s, e, HighlightKind.SEARCH) for s, e in search)
    return out


def badges(text: str, tags: dict[Span, list[str]], notes: Sequence[Note]) -> list[Badge]:
    """Return the marks drawn after spans (after a quote's closing mark): tags, and ✎ for a note."""

    out = [
        Badge(after_mark(text, end), f" ⟨{' · '.join(names)}⟩", HighlightKind.TAG)
        for (_s, end), names in tags.items()
        if names
    ]
    out.extend(Badge(after_mark(text, n.span[1]), " ✎", HighlightKind.NOTE) for n in notes if n.span is not None)
    return sorted(out, key=lambda b: b.offset)


def quote_label(quote: Quote, tags: Sequence[str], corrected: bool = False) -> Content:
    """Return a quote's panel row: speaker → “words” ⟨tags⟩, ✓ when the reader corrected it, ? when it is to review."""
    speaker = quote.speaker or ("(scare quote)" if quote.kind == "scare" else "(unknown speaker)")
    label = Content.assemble(
        ("✓ " if corrected else "", "$success"),
        ("? " if quote.needs_review else "", "bold $warning"),
        (speaker, "bold"),
        " → ",
        f"“{excerpt(quote.text)}”",
    )
    if tags:
        label = label.append(Content.styled(f" ⟨{' · '.join(tags)}⟩", "$warning"))
    return label


def span_key(kind: RowKind, span: tuple[int | None, int | None]) -> str:
    """Return the panel key of a `kind` row at `span`: its offsets, so it holds when corrections re-sort or add rows."""
    return f"{kind}:{span[0]}:{span[1]}"


def quote_key(span: Span) -> str:
    """Return the panel key of the quote at `span`."""
    return span_key("quote", span)


def _unique(rows: list[FactRow]) -> list[FactRow]:
    """Return the rows with a repeated key made unique by its count (two facts found on one span)."""
    seen: dict[str, int] = {}
    out = []
    for row in rows:
        n = seen[row.key] = seen.get(row.key, 0) + 1
        out.append(row if n == 1 else FactRow(f"{row.key}#{n}", row.label, row.start, row.end))
    return out


def panel_key(analysis: Analysis | None, span: Span | None) -> str | None:
    """Return the key of the panel row that follows the cursor on `span`: its quote, or its entity's cluster."""
    if span is None or analysis is None:
        return None
    if any((q.start, q.end) == span for q in analysis.quotes):
        return quote_key(span)
    return next((f"cluster:{e.cluster}" for e in analysis.entities if (e.start, e.end) == span and e.cluster), None)


def review_badges(text: str, quotes: Sequence[Quote]) -> list[Badge]:
    """Return the "to review" marks drawn after each quotation still to review (after its closing mark)."""
    return [Badge(after_mark(text, q.end), review.BADGE, HighlightKind.REVIEW) for q in review.to_review(quotes)]


def quote_section(
    analysis: Analysis, tags: dict[Span, list[str]], corrected: frozenset[Span] = frozenset()
) -> FactSection:
    """Return the Quotes section: speaker → words, with tags and the corrected mark."""
    rows = [
        FactRow(
            quote_key((q.start, q.end)),
            quote_label(q, tags.get((q.start, q.end), []), (q.start, q.end) in corrected),
            q.start,
            q.end,
        )
        for q in analysis.quotes
    ]
    return FactSection("Quotes", rows, "no direct quotes")


def fact_sections(article: Article, analysis: Analysis, corrected: frozenset[Span] = frozenset()) -> list[FactSection]:
    """Return the non-empty sections that depend on the (corrected) analysis alone (kept by the screen between edits)."""
    sections = [
        FactSection("Limits", _unique(_limit_rows(analysis))),
        *(FactSection(title, _cluster_rows(analysis, section_codes(title), corrected)) for title in ENTITY_SECTIONS),
        FactSection("Numbers", _unique(_quantity_rows(analysis))),
        FactSection("Dates", _unique(_date_rows(analysis, article.text))),
        FactSection("Claims", _unique(_claim_rows(analysis))),
    ]
    return [section for section in sections if section.rows]


def annotation_sections(article: Article, notes: Sequence[Note]) -> list[FactSection]:
    """Return the reader's notes, and the hidden characters the reader replaced."""
    out = [FactSection("Notes", [_note_row(n, article.text) for n in notes], "none yet: press a")]
    if article.hidden:
        out.append(FactSection("Hidden characters", _hidden_rows(article)))
    return out


def _cluster_rows(
    analysis: Analysis, labels: tuple[str, ...], corrected: frozenset[Span] = frozenset()
) -> list[FactRow]:
    ranked = []
    for c in analysis.clusters:
        if c.label not in labels or not c.mentions:
            continue
        first = min(c.mentions, key=lambda m: m.start)
        fixed = any((m.start, m.end) in corrected for m in c.mentions)
        label = Content.assemble(("✓ " if fixed else "", "$success"), (c.name, "bold"), (f" ×{c.count}", "$text-muted"))
        if c.role:
            role = re.sub(r"^(?:the|a|an)\s+", "", c.role, flags=re.IGNORECASE)
            label = label.append(Content.styled(f" · {role}", "italic $text-muted"))
        ranked.append((-c.count, first.start, FactRow(f"cluster:{c.id}", label, first.start, first.end)))
    return [row for *_key, row in sorted(ranked, key=lambda r: (r[0], r[1]))]


def number(value: float) -> str:
    """Return a value as a reader writes it: 50, 2.4, 18,000, 1.3 billion."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.3g} {word}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.3g}"


def _quantity_rows(analysis: Analysis) -> list[FactRow]:
    """Return one row per quantity: its text, then value, unit and qualifier, and who asserted it."""
    rows = []
    for q in analysis.quantities:
        parts: list[str | tuple[str, str] | Content] = [(excerpt(q.text, 40), "bold")]
        value = number(q.value) if q.value is not None else ""
        if q.approx and "…" in q.approx:  # "up to … more": the number goes where the dots are
            reading = q.approx.replace("…", value) + (f" {q.unit}" if q.unit else "")
        else:
            reading = " ".join(p for p in (q.approx, value, q.unit) if p)
        if reading and reading != q.text:
            parts.append((f" = {reading}", "$text-muted"))
        if q.source:
            parts.append((f" — {q.source}", "italic"))
        rows.append(FactRow(span_key("quantity", (q.start, q.end)), Content.assemble(*parts), q.start, q.end))
    return rows


def _date_rows(analysis: Analysis, text: str) -> list[FactRow]:
    """Return the timeline: resolved dates in calendar order, each with its sentence; unresolved last."""
    from quotemark.analysis.summary import timeline

    rows = []
    for value, d, sentence in timeline(analysis, text):
        label = Content.assemble((value, "bold"), " ", excerpt(d.text, 30))
        if d.weekday_check is False:
            label = label.append(Content.styled(" ⚠ weekday does not match", "$error"))
        label = label.append(Content.styled(f"\n{excerpt(sentence, 70)}", "$text-muted"))
        rows.append(FactRow(span_key("date", (d.start, d.end)), label, d.start, d.end))
    for d in analysis.dates:
        if not d.value:
            rows.append(
                FactRow(
                    span_key("date", (d.start, d.end)),
                    Content.assemble(("unresolved", "dim"), " ", excerpt(d.text, 40)),
                    d.start,
                    d.end,
                )
            )
    return rows


def _limit_rows(analysis: Analysis) -> list[FactRow]:
    """Return one row per bound the analysis ran into ("only the first … characters were analysed")."""
    return [
        FactRow(span_key("limit", span), Content.assemble(("⚠ ", "$warning"), limit.message), *span)
        for limit in analysis.limits
        for span in [(limit.start, None if limit.start is None else limit.start + 1)]
    ]


def _claim_rows(analysis: Analysis) -> list[FactRow]:
    rows = []
    for c in analysis.claims:
        if c.kind == "direct":
            continue  # a direct claim is a quote, already listed under Quotes
        source = c.source or "(unattributed)"
        cue = f" {c.cue}" if c.cue else ""
        label = Content.assemble((source, "bold"), cue, ": ", excerpt(c.text, 70))
        rows.append(FactRow(span_key("claim", (c.start, c.end)), label, c.start, c.end))
    return rows


def orphan_section(orphans: Sequence[Annotation]) -> FactSection:
    """Return the annotations of an earlier version that could not be placed on this text."""
    rows = []
    for a in orphans:
        exact = a.target.exact if a.target is not None else ""
        what = {"commenting": "✎", "tagging": "#", "editing": "✓"}.get(a.motivation, "?")
        label = Content.assemble(
            (f"{what} ", "$warning"),
            clean_line(str(a.value or "")),
            (f" — was on “{excerpt(clean_line(exact), 30)}”", "$text-muted"),
        )
        rows.append(FactRow(f"orphan:{a.id}", label, None, None))
    return FactSection("Orphans", rows)


MAX_HIDDEN_ROWS = 200


def _hidden_rows(article: Article) -> list[FactRow]:
    """Return one row per run of replaced characters of one kind (an escape sequence is one run)."""
    runs: list[tuple[int, int, str, str]] = []
    for h in article.hidden:
        offset, name, kind = h.offset, h.name or h.char or "?", h.kind
        if runs and runs[-1][1] == offset and runs[-1][3] == kind:
            start, _end, first, _k = runs[-1]
            runs[-1] = (start, offset + 1, first, kind)
        else:
            runs.append((offset, offset + 1, f"{h.char} {name}".strip(), kind))
    rows = []
    for start, end, first, _kind in runs[:MAX_HIDDEN_ROWS]:
        count = f" ×{end - start}" if end - start > 1 else ""
        label = Content.assemble(("⚠ ", "$warning"), (first, "bold"), count, (f" at {start}", "$text-muted"))
        rows.append(FactRow(f"hidden:{start}", label, start, end))
    if len(runs) > MAX_HIDDEN_ROWS:
        rows.append(FactRow("hidden:more", Content(f"… and {len(runs) - MAX_HIDDEN_ROWS} more runs"), None, None))
    return rows


def note_id(key: str | None) -> str | None:
    """Return the id of the note whose panel row has `key`, or None for any other row."""
    return key[len(NOTE_KEY) :] if key and key.startswith(NOTE_KEY) else None


def _note_row(note: Note, text: str) -> FactRow:
    where = "article" if note.span is None else f"“{excerpt(text[note.span[0] : note.span[1]], 30)}”"
    label = Content.assemble(("✎ ", "$warning"), excerpt(note.text, 60), (f" — on {where}", "$text-muted"))
    start, end = note.span if note.span is not None else (None, None)
    return FactRow(f"{NOTE_KEY}{note.id}", label, start, end)


def passage_section(marked: Sequence[Passage]) -> FactSection:
    """Return the panel's Passages section: “words” ⟨tags⟩ ✎ note, one row per marked span."""
    rows = []
    for p in marked:
        label = Content.assemble(f"“{excerpt(p.text, 50)}”")
        if p.tags:
            label = label.append(Content.styled(f" ⟨{' · '.join(p.tags)}⟩", "$warning"))
        if p.notes:
            label = label.append(Content.styled(f" ✎ {excerpt(p.notes[0], 40)}", "$text-muted"))
        rows.append(FactRow(span_key("passage", (p.start, p.end)), label, p.start, p.end))
    return FactSection("Passages", rows)


def only_to_review(section: FactSection, quotes: Sequence[Quote]) -> FactSection:
    """Return the Quotes section keeping only the rows of quotations still to review."""
    spans = set(review.review_spans(quotes))
    rows = [r for r in section.rows if r.start is not None and r.end is not None and (r.start, r.end) in spans]
    return FactSection(FILTERED_TITLE, rows, FILTERED_EMPTY)


class SessionView:
    """A reader session as the widgets show it; keeps the analysis-only sections while the corrected analysis stays."""

    def __init__(self) -> None:
        self._of: Corrected | None = None
        self._facts: list[FactSection] = []

    def marks(self, s: ReaderSession) -> tuple[list[Highlight], list[Badge]]:
        """Return the article's highlights and the badges drawn after spans (tags, notes, "to review")."""
        notes, text = notes_of(s.annotations), s.article.text
        return (
            highlights(s.article, s.analysis, notes, s.corrected, s.search_hits, s.rejected),
            badges(text, tags_by_span(s.annotations), notes) + review_badges(text, s.quotes),
        )

    def sections(self, s: ReaderSession) -> list[FactSection]:
        """Return the facts panel's sections: quotes, passages, entities and the rest, notes, orphans."""
        result = s.result
        sections = annotation_sections(s.article, notes_of(s.annotations))
        if result is not None:
            if result is not self._of:  # a tag or a note leaves the analysis-only sections as they are
                self._of, self._facts = result, fact_sections(s.article, result.analysis, result.spans)
            quotes = quote_section(result.analysis, tags_by_span(s.annotations), result.spans)
            quotes = only_to_review(quotes, result.analysis.quotes) if s.review_only else quotes
            found = passages(s.article.text, result.analysis, s.annotations)
            sections = [quotes, *([passage_section(found)] if found else []), *self._facts, *sections]
        if s.annotator.orphans:
            sections.append(orphan_section(s.annotator.orphans))
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
    to_review = review.status_part(a.quotes)  # first: it is what a narrow status line must still show
    limited = "⚠ analysed in part: see Limits" if a.limits else ""
    lead = "".join(f"{part} · " for part in (to_review, limited) if part)
    found = found_line(len(a.quotes), len(a.clusters), len(a.quantities), len(a.dates), width - len(lead))
    return Content.assemble((lead, "bold $warning"), found)
