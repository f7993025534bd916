"""The reader's marks on an article as plain values: tags by span, notes, and short excerpts to name them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from quotemark.analysis.sanitize import clean_line
from quotemark.store import Annotation

Span = tuple[int, int]
EXCERPT = 60
CLOSING_MARKS = frozenset("\"”»’'")


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
        if (
            a.motivation == "tagging"
            and a.target is not None
            and a.target.start is not None
            and a.target.end is not None
        ):
            tags[(a.target.start, a.target.end)].append(clean_line(str(a.body.get("value", ""))))
    return dict(tags)


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


def notes_on(annotations: Iterable[Annotation], span: Span | None) -> list[Annotation]:
    """Return the notes on exactly `span`, oldest first (None: the article's own notes)."""
    start, end = span if span is not None else (None, None)
    found = [a for a in annotations if a.motivation == "commenting" and a.same_span(start, end)]
    return sorted(found, key=lambda a: a.created)


def own_work_on(annotations: Iterable[Annotation], span: Span) -> tuple[int, int]:
    """Return (tags, notes) the reader put on or inside `span`."""
    inside = [
        a for a in annotations if a.start is not None and a.end is not None and span[0] <= a.start and a.end <= span[1]
    ]
    return (sum(1 for a in inside if a.motivation == "tagging"), sum(1 for a in inside if a.motivation == "commenting"))


def after_mark(text: str, end: int) -> int:
    """Return where a badge after a span goes: after the quote's closing mark when there is one."""
    return end + 1 if end < len(text) and text[end] in CLOSING_MARKS else end


def excerpt(text: str, width: int = EXCERPT) -> str:
    """Return `text` on one line, shortened to `width` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > width // 2 else cut).rstrip(" ,;:") + "…"
