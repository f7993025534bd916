"""The records the store keeps: W3C-style annotations (motivation, body, anchored target) and library rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from quotemark.analysis.model import Article

CONTEXT = 32  # characters of prefix/suffix kept around a quote to re-anchor it

COMMENTING = "commenting"
TAGGING = "tagging"
EDITING = "editing"
MOTIVATIONS = (COMMENTING, TAGGING, EDITING)


def now_iso() -> str:
    """Return the current UTC time as ISO 8601 with a Z suffix, to the microsecond."""
    # Microseconds: two saves within one millisecond must still order (the library sorts by it).
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def new_annotation_id(article_id: str) -> str:
    """Return a fresh annotation id; its first 16 characters name the article so it can be found by id alone."""
    return f"{article_id[:16]}-{uuid.uuid4().hex[:20]}"


@dataclass
class Target:
    """Where an annotation points: a span of the article (start/end None = the whole article).

    `exact`, `prefix` and `suffix` are the W3C TextQuoteSelector; `start`/`end` the
    TextPositionSelector (str offsets into Article.text, end exclusive).
    """

    start: int | None
    end: int | None
    exact: str = ""
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def for_span(cls, text: str, start: int | None, end: int | None) -> Target:
        """Return the target for text[start:end] with up to 32 characters of context each side."""
        if start is None or end is None:
            return cls(None, None)
        if not (0 <= start <= end <= len(text)):
            raise ValueError(f"span {start}:{end} is outside the article (0:{len(text)})")
        return cls(
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT) : start],
            suffix=text[end : end + CONTEXT],
        )

    @property
    def whole(self) -> bool:
        """Return True when the target is the whole article."""
        return self.start is None or self.end is None

    def to_dict(self) -> dict[str, Any]:
        """Return the target as JSON-ready builtins."""
        return {"start": self.start, "end": self.end, "exact": self.exact, "prefix": self.prefix, "suffix": self.suffix}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Target | None:
        """Return the target read from `to_dict()` output (None stays None)."""
        if data is None:
            return None
        return cls(
            start=data.get("start"),
            end=data.get("end"),
            exact=data.get("exact") or "",
            prefix=data.get("prefix") or "",
            suffix=data.get("suffix") or "",
        )


@dataclass
class Annotation:
    """A note (commenting), a tag (tagging) or a correction (editing) on an article or a span of it."""

    id: str
    article_id: str
    motivation: str
    body: dict[str, Any]
    target: Target | None = None
    created: str = ""
    modified: str = ""
    orphan: bool = False  # carried from an earlier version of the article but not placed in this one
    origin: str = ""  # for a copy carried from an earlier version: the id of the annotation it copies

    def __post_init__(self) -> None:
        if self.motivation not in MOTIVATIONS:
            raise ValueError(f"motivation must be one of {', '.join(MOTIVATIONS)}, not {self.motivation!r}")
        if not self.created:
            self.created = now_iso()
        if not self.modified:
            self.modified = self.created

    @classmethod
    def note(cls, article: Article, start: int | None, end: int | None, text: str) -> Annotation:
        """Return a new (unsaved) note on article.text[start:end], or on the whole article for None."""
        return cls("", article.id, COMMENTING, {"value": text}, Target.for_span(article.text, start, end))

    @classmethod
    def tag(cls, article: Article, start: int | None, end: int | None, tag: str) -> Annotation:
        """Return a new (unsaved) tag on article.text[start:end], or on the whole article for None."""
        return cls("", article.id, TAGGING, {"value": tag}, Target.for_span(article.text, start, end))

    @classmethod
    def correction(cls, article: Article, start: int | None, end: int | None, body: dict[str, Any]) -> Annotation:
        """Return a new (unsaved) correction, e.g. body {"type": "speaker", "value": "Kim Jong Un"}."""
        return cls("", article.id, EDITING, dict(body), Target.for_span(article.text, start, end))

    @property
    def value(self) -> Any:
        """Return body["value"]: the note text, the tag name or the corrected value."""
        return self.body.get("value")

    @property
    def start(self) -> int | None:
        """Return the target's start offset (None for the whole article)."""
        return None if self.target is None else self.target.start

    @property
    def end(self) -> int | None:
        """Return the target's end offset (None for the whole article)."""
        return None if self.target is None else self.target.end

    def same_span(self, start: int | None, end: int | None) -> bool:
        """Return True when the annotation targets exactly start:end (None:None = whole article)."""
        if start is None or end is None:
            return self.target is None or self.target.whole
        return self.start == start and self.end == end

    def to_dict(self) -> dict[str, Any]:
        """Return the annotation as JSON-ready builtins (the stored form)."""
        data: dict[str, Any] = {
            "id": self.id,
            "article_id": self.article_id,
            "motivation": self.motivation,
            "body": self.body,
            "target": None if self.target is None else self.target.to_dict(),
            "created": self.created,
            "modified": self.modified,
        }
        if self.orphan:
            data["orphan"] = True
        if self.origin:
            data["origin"] = self.origin
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Annotation:
        """Return the annotation read from `to_dict()` output."""
        return cls(
            id=str(data.get("id") or ""),
            article_id=str(data.get("article_id") or ""),
            motivation=str(data.get("motivation") or COMMENTING),
            body=dict(data.get("body") or {}),
            target=Target.from_dict(data.get("target")),
            created=str(data.get("created") or ""),
            modified=str(data.get("modified") or ""),
            orphan=bool(data.get("orphan", False)),
            origin=str(data.get("origin") or ""),
        )


@dataclass
class ArticleEntry:
    """One row of the library: a saved article and how much the reader did with it."""

    id: str
    title: str | None
    date: str | None
    source: str | None
    last_opened: str | None
    notes: int = 0
    tags: int = 0
    corrections: int = 0
    length: int = 0  # characters of text
    tag_names: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the row as JSON-ready builtins."""
        return dict(self.__dict__)
