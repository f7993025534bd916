"""What the library index holds about one saved article, computed from what the store keeps (the truth).

The quotations carry the reader's corrected speaker (speaker corrections, confirmations,
rejections, added quotations and bounds all count), never the machine's wrong one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from quotemark.analysis.corrections import apply_corrections
from quotemark.analysis.model import Analysis, Article, Quote
from quotemark.store.annotation import COMMENTING, TAGGING, Annotation
from quotemark.store.correction_records import corrections_of

MAX_LINE = 2000  # characters of one indexed line; a longer paragraph is cut into lines of this size


class MarkKind(Enum):
    """What a reader's mark is."""

    NOTE = "note"
    TAG = "tag"


@dataclass(frozen=True)
class MarkRow:
    """A note or a tag of the reader, on a span (None: the whole article)."""

    kind: MarkKind
    start: int | None
    end: int | None
    value: str


@dataclass(frozen=True)
class QuoteRow:
    """One quotation as the library sees it: the corrected speaker ("" when nobody is named), its tags and notes."""

    start: int
    end: int
    text: str
    speaker: str
    tags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """One non-empty line of the article's text and where it starts."""

    start: int
    text: str


@dataclass(frozen=True)
class ArticleFacts:
    """Everything the index keeps about one saved article."""

    id: str
    title: str
    source: str
    date: str
    lines: tuple[Line, ...]
    quotes: tuple[QuoteRow, ...]
    marks: tuple[MarkRow, ...]


def text_lines(text: str) -> tuple[Line, ...]:
    """Return the non-empty lines of `text` with their offsets (long ones cut into MAX_LINE pieces)."""
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        for cut in range(0, len(raw), MAX_LINE):
            piece = raw[cut : cut + MAX_LINE]
            if piece.strip():
                out.append(Line(pos + cut, piece))
        pos += len(raw) + 1
    return tuple(out)


def _overlaps(a_start: int | None, a_end: int | None, b_start: int, b_end: int) -> bool:
    return a_start is not None and a_end is not None and a_start < b_end and b_start < a_end


def article_facts(article: Article, annotations: Iterable[Annotation], machine_quotes: list[Quote]) -> ArticleFacts:
    """Return the index's facts about `article`: its lines, its corrected quotations, its notes and tags."""
    placed = [a for a in annotations if not a.orphan]
    corrected = apply_corrections(
        Analysis(article.id, quotes=list(machine_quotes)), article.text, corrections_of(placed)
    ).analysis
    marks = tuple(
        MarkRow(
            MarkKind.NOTE if a.motivation == COMMENTING else MarkKind.TAG,
            a.target.start if a.target is not None else None,
            a.target.end if a.target is not None else None,
            str(a.body.get("value", "")),
        )
        for a in placed
        if a.motivation in (COMMENTING, TAGGING) and isinstance(a.body.get("value"), str)
    )
    quotes = tuple(
        QuoteRow(
            q.start,
            q.end,
            article.text[q.start : q.end],
            q.speaker or "",
            tuple(
                sorted({m.value for m in marks if m.kind is MarkKind.TAG and _overlaps(m.start, m.end, q.start, q.end)})
            ),
            tuple(m.value for m in marks if m.kind is MarkKind.NOTE and _overlaps(m.start, m.end, q.start, q.end)),
        )
        for q in corrected.quotes
        if q.kind != "scare" or q.speaker
    )
    return ArticleFacts(
        id=article.id,
        title=article.title or "",
        source=article.source or "",
        date=article.date or "",
        lines=text_lines(article.text),
        quotes=quotes,
        marks=marks,
    )
