"""Turn an analysis and the reader's annotations into what the widgets draw.

Pure functions: no I/O and no app state, so the screen stays thin and this is tested directly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.content import Content

from quotemark.analysis.corrections import Correction
from quotemark.analysis.labels import colour_of, section_codes
from quotemark.analysis.model import Analysis, Article, Quote
from quotemark.analysis.sanitize import clean_line
from quotemark.store import Annotation
from quotemark.widgets.fact_rows import FactRow, FactSection
from quotemark.widgets.highlight_runs import Badge, Highlight, HighlightKind

Span = tuple[int, int]

# spaCy labels grouped into the panel's sections (analysis/labels.py); the rest is highlighted, not listed.
ENTITY_SECTIONS = ("People", "Organisations", "Places", "Groups")
EXCERPT = 60


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


@dataclass(frozen=True)
class Note:
    """A note as the reader sees it: its text and the span it is on (None: the whole article)."""

    id: str
    text: str
    span: Span | None


def tags_by_span(annotations: Iterable[Annotation]) -> dict[Span, list[str]]:
    """Return the tags on each span, in the order they were added."""
    tags: dict[Span, list[str]] = defaultdict(list)
    for a in annotations:
        if a.motivation == "tagging" and a.target is not None and a.target.start is not None and a.target.end is not None:
            tags[(a.target.start, a.target.end)].append(clean_line(str(a.body.get("value", ""))))
    return dict(tags)


def corrections_of(annotations: Iterable[Annotation]) -> list[Correction]:
    """Return the reader's corrections as analysis records, oldest first."""
    out = []
    for a in sorted((a for a in annotations if a.motivation == "editing"), key=lambda a: a.created):
        if a.target is None or a.target.start is None or a.target.end is None:
            continue
        body = a.body
        out.append(Correction(a.target.start, a.target.end, str(body.get("type", "")), body.get("value"),
                              body.get("new_start"), body.get("new_end")))
    return out


def notes_of(annotations: Iterable[Annotation]) -> list[Note]:
    """Return the reader's notes, article notes first, then in text order."""
    notes = []
    for a in annotations:
        if a.motivation != "commenting":
            continue
        span = None
        if a.target is not None and a.target.start is not None and a.target.end is not None:
            span = (a.target.start, a.target.end)
        notes.append(Note(a.id, clean_line(str(a.body.get("value", "")), keep_newlines=True), span))
    return sorted(notes, key=lambda n: (-1, -1) if n.span is None else n.span)


def highlights(article: Article, analysis: Analysis | None, notes: Sequence[Note] = (),
               corrected: Iterable[Span] = (), search: Iterable[Span] = (), rejected: Iterable[Span] = ()) -> list[Highlight]:
    """Return every styled span of the article: dateline, entities, quotes, notes, corrections, search hits."""
    out: list[Highlight] = []
    if article.dateline_start is not None and article.dateline_end is not None:
        out.append(Highlight(article.dateline_start, article.dateline_end, HighlightKind.DATELINE))
    if analysis is not None:
        out.extend(Highlight(q.start, q.end, HighlightKind.SCARE if q.kind == "scare" else HighlightKind.QUOTE)
                   for q in analysis.quotes)
        out.extend(Highlight(e.start, e.end, highlight_kind(e.label)) for e in analysis.entities)
    out.extend(Highlight(n.span[0], n.span[1], HighlightKind.NOTE) for n in notes if n.span is not None)
    out.extend(Highlight(s, e, HighlightKind.CORRECTED) for s, e in corrected)
    out.extend(Highlight(s, e, HighlightKind.REJECTED) for s, e in rejected)
    out.extend(Highlight(s, e, HighlightKind.SEARCH) for s, e in search)
    return out


CLOSING_MARKS = frozenset("\"”»’'")


def badges(text: str, tags: dict[Span, list[str]], notes: Sequence[Note]) -> list[Badge]:
    """Return the marks drawn after spans (after a quote's closing mark): tags, and ✎ for a note."""

    def after(end: int) -> int:
        return end + 1 if end < len(text) and text[end] in CLOSING_MARKS else end

    out = [Badge(after(end), f" ⟨{' · '.join(names)}⟩", HighlightKind.TAG) for (_s, end), names in tags.items() if names]
    out.extend(Badge(after(n.span[1]), " ✎", HighlightKind.NOTE) for n in notes if n.span is not None)
    return sorted(out, key=lambda b: b.offset)


def excerpt(text: str, width: int = EXCERPT) -> str:
    """Return `text` on one line, shortened to `width` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"


def quote_label(quote: Quote, tags: Sequence[str], corrected: bool = False) -> Content:
    """Return a quote's panel row: speaker → “words” ⟨tags⟩, ✓ when the reader corrected it, ? when it is to review."""
    speaker = quote.speaker or ("(scare quote)" if quote.kind == "scare" else "(unknown speaker)")
    label = Content.assemble(("✓ " if corrected else "", "$success"), ("? " if quote.needs_review else "", "bold $warning"),
                             (speaker, "bold"), " → ", f"“{excerpt(quote.text)}”")
    if tags:
        label = label.append(Content.styled(f" ⟨{' · '.join(tags)}⟩", "$warning"))
    return label


def quote_section(analysis: Analysis, tags: dict[Span, list[str]], corrected: frozenset[Span] = frozenset()) -> FactSection:
    """Return the Quotes section: speaker → words, with tags and the corrected mark."""
    rows = [
        FactRow(f"quote:{i}", quote_label(q, tags.get((q.start, q.end), []), (q.start, q.end) in corrected), q.start, q.end)
        for i, q in enumerate(analysis.quotes)
    ]
    return FactSection("Quotes", rows, "no direct quotes")


def fact_sections(article: Article, analysis: Analysis, corrected: frozenset[Span] = frozenset()) -> list[FactSection]:
    """Return the non-empty sections that depend on the (corrected) analysis alone (kept by the screen between edits)."""
    sections = [
        FactSection("Limits", _limit_rows(analysis)),
        *(FactSection(title, _cluster_rows(analysis, section_codes(title), corrected)) for title in ENTITY_SECTIONS),
        FactSection("Numbers", _quantity_rows(analysis)),
        FactSection("Dates", _date_rows(analysis, article.text)),
        FactSection("Claims", _claim_rows(analysis)),
    ]
    return [section for section in sections if section.rows]


def annotation_sections(article: Article, notes: Sequence[Note]) -> list[FactSection]:
    """Return the reader's notes, and the hidden characters the reader replaced."""
    out = [FactSection("Notes", [_note_row(n, article.text) for n in notes], "none yet: press a")]
    if article.hidden:
        out.append(FactSection("Hidden characters", _hidden_rows(article)))
    return out


def _cluster_rows(analysis: Analysis, labels: tuple[str, ...], corrected: frozenset[Span] = frozenset()) -> list[FactRow]:
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
    for i, q in enumerate(analysis.quantities):
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
        rows.append(FactRow(f"quantity:{i}", Content.assemble(*parts), q.start, q.end))
    return rows


def _date_rows(analysis: Analysis, text: str) -> list[FactRow]:
    """Return the timeline: resolved dates in calendar order, each with its sentence; unresolved last."""
    from quotemark.analysis.summary import timeline

    index = {id(d): i for i, d in enumerate(analysis.dates)}
    rows = []
    for value, d, sentence in timeline(analysis, text):
        label = Content.assemble((value, "bold"), " ", excerpt(d.text, 30))
        if d.weekday_check is False:
            label = label.append(Content.styled(" ⚠ weekday does not match", "$error"))
        label = label.append(Content.styled(f"\n{excerpt(sentence, 70)}", "$text-muted"))
        rows.append(FactRow(f"date:{index[id(d)]}", label, d.start, d.end))
    for i, d in enumerate(analysis.dates):
        if not d.value:
            rows.append(FactRow(f"date:{i}", Content.assemble(("unresolved", "dim"), " ", excerpt(d.text, 40)), d.start, d.end))
    return rows


def _limit_rows(analysis: Analysis) -> list[FactRow]:
    """Return one row per bound the analysis ran into ("only the first … characters were analysed")."""
    return [
        FactRow(f"limit:{i}", Content.assemble(("⚠ ", "$warning"), limit.message), limit.start,
                None if limit.start is None else limit.start + 1)
        for i, limit in enumerate(analysis.limits)
    ]


def _claim_rows(analysis: Analysis) -> list[FactRow]:
    rows = []
    for i, c in enumerate(analysis.claims):
        if c.kind == "direct":
            continue  # a direct claim is a quote, already listed under Quotes
        source = c.source or "(unattributed)"
        cue = f" {c.cue}" if c.cue else ""
        label = Content.assemble((source, "bold"), cue, ": ", excerpt(c.text, 70))
        rows.append(FactRow(f"claim:{i}", label, c.start, c.end))
    return rows


def orphan_section(orphans: Sequence[Annotation]) -> FactSection:
    """Return the annotations of an earlier version that could not be placed on this text."""
    rows = []
    for a in orphans:
        exact = a.target.exact if a.target is not None else ""
        what = {"commenting": "✎", "tagging": "#", "editing": "✓"}.get(a.motivation, "?")
        label = Content.assemble((f"{what} ", "$warning"), clean_line(str(a.value or "")),
                                 (f" — was on “{excerpt(clean_line(exact), 30)}”", "$text-muted"))
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


def _note_row(note: Note, text: str) -> FactRow:
    where = "article" if note.span is None else f"“{excerpt(text[note.span[0]:note.span[1]], 30)}”"
    label = Content.assemble(("✎ ", "$warning"), excerpt(note.text, 60), (f" — on {where}", "$text-muted"))
    start, end = note.span if note.span is not None else (None, None)
    return FactRow(f"note:{note.id}", label, start, end)
