"""The plain records analysis produces: every span is a pair of character offsets into Article.text.

Nothing here knows spaCy, Textual or TinyDB. Each record turns into JSON with `to_dict()`
(the schema `quotemark extract` prints and the README documents) and back with `from_dict()`.
"""

from __future__ import annotations

import hashlib
from dataclasses import Field, asdict, dataclass, field, fields
from typing import Any, ClassVar, Literal, TypeVar

ANALYSER_VERSION = "0.1.0"

# Entity labels of real-world things: they get clusters (one panel row each); numbers and dates do not.
CLUSTER_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)

QuoteKind = Literal["direct", "mixed", "scare"]
# Which bound of analysis/budget.py an analysis ran into (see Limit).
LimitKind = Literal["tokens", "names"]
ClaimKind = Literal["direct", "indirect", "mixed"]

R = TypeVar("R", bound="Record")


class Record:
    """Shared JSON conversion for the analysis dataclasses."""

    # Every subclass is a dataclass; declaring the field table lets the checker see that.
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def to_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready builtins."""
        return asdict(self)

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        """Return the record built from `to_dict()` output, ignoring unknown keys."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def text_id(text: str) -> str:
    """Return the article id: the sha256 hex digest of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class HiddenChar(Record):
    """A control, bidi or invisible character the reader replaced by one visible placeholder at `offset`."""

    offset: int
    char: str  # "U+202E"
    name: str  # "RIGHT-TO-LEFT OVERRIDE"
    kind: str  # control, c1, bidi, invisible, private, surrogate, noncharacter, separator


@dataclass
class Article(Record):
    """An article as read: its text and what the file or dateline says about it."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO date of the dateline or metadata
    source: str | None = None  # where it was read from: a path, "-" (stdin), "sample"
    author: str | None = None
    site: str | None = None
    dateline_start: int | None = None  # the dateline span inside text, when there is one
    dateline_end: int | None = None
    format: str = "text"  # text, markdown, html
    # Control, bidi and invisible characters replaced by a visible placeholder (same offsets);
    # in JSON: {"offset": 12, "char": "U+202E", "name": "RIGHT-TO-LEFT OVERRIDE", "kind": "bidi"}
    hidden: list[HiddenChar] = field(default_factory=list)
    id: str = ""
    # True when `text` came out of analysis.sanitize (the reader sets it), so the view need not scan
    # it again. Not part of the JSON: text read back from elsewhere is checked again.
    sanitized: bool = field(default=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready builtins (hidden characters as objects; `sanitized` left out)."""
        data = super().to_dict()
        del data["sanitized"]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Return the article built from `to_dict()` output, ignoring unknown keys (and `sanitized`)."""
        names = {f.name for f in fields(cls)} - {"sanitized", "hidden"}
        hidden = [
            HiddenChar(int(h.get("offset", 0)), str(h.get("char", "")), str(h.get("name", "")), str(h.get("kind", "")))
            for h in data.get("hidden") or []
        ]
        return cls(hidden=hidden, **{k: v for k, v in data.items() if k in names})


@dataclass
class Entity(Record):
    """A named-entity mention."""

    start: int
    end: int
    text: str
    label: str
    cluster: str | None = None  # id of the Cluster this mention belongs to


@dataclass
class Mention(Record):
    """One place a cluster is mentioned."""

    start: int
    end: int


@dataclass
class Cluster(Record):
    """One real-world entity: every mention of it merged under a canonical name."""

    id: str
    name: str
    label: str
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        """Return how many times the entity is mentioned."""
        return len(self.mentions)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cluster:
        """Return the cluster built from `to_dict()` output."""
        return cls(
            id=data["id"],
            name=data["name"],
            label=data["label"],
            role=data.get("role"),
            mentions=[Mention.from_dict(m) for m in data.get("mentions", [])],
        )


@dataclass
class Quote(Record):
    """A direct quotation (marks excluded) and who said it."""

    start: int
    end: int
    text: str
    speaker: str | None = None  # canonical full name, or None for scare quotes / unknown
    speaker_start: int | None = None  # the mention the speaker was read from
    speaker_end: int | None = None
    cue: str | None = None  # the speech verb or phrase: "said", "quoted ... as saying"
    cue_start: int | None = None
    cue_end: int | None = None
    kind: QuoteKind = "direct"
    speaker_role: str | None = None  # "North Korean leader", "Finance Minister"
    confidence: float = 0.0  # probability that `speaker` is right (calibrated, see analysis/review.py)
    needs_review: bool = False  # the speaker is not sure enough to copy unchecked
    cluster: str | None = None  # id of the Cluster (People/Organisations row) the speaker is; None if none


@dataclass
class Claim(Record):
    """A statement attributed to a source: direct, indirect (reported) or mixed."""

    start: int  # content span
    end: int
    text: str
    source: str | None
    source_start: int | None = None
    source_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    kind: ClaimKind = "indirect"
    confidence: float = 0.0  # probability that `source` is right
    needs_review: bool = False
    cluster: str | None = None  # id of the Cluster the source is; None if none


@dataclass
class Quantity(Record):
    """A number in the text with what it counts."""

    start: int
    end: int
    text: str
    value: float | None = None
    unit: str | None = None  # unit or counted noun: "warheads", "percent", "USD"
    approx: str | None = None  # "about", "up to", "at least", "more" ...
    source: str | None = None  # who asserted it, when the sentence attributes it


@dataclass
class DateMention(Record):
    """A date expression, resolved against the dateline when it can be."""

    start: int
    end: int
    text: str
    value: str | None = None  # ISO date, month (2026-06), year (2025) or range (2026/2031)
    granularity: str | None = None  # day, week, month, year, range
    weekday_check: bool | None = None  # False when a named weekday disagrees with the date


@dataclass
class Limit(Record):
    """A bound the analysis applied to this article, said to the reader (extract JSON, facts panel).

    `start` is where the bound took effect in the text (e.g. where analysis stopped), or None.
    """

    kind: LimitKind
    message: str
    start: int | None = None


@dataclass
class Analysis(Record):
    """Everything analysis found in one article."""

    article_id: str
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    model: str = ""
    analyser_version: str = ANALYSER_VERSION
    limits: list[Limit] = field(default_factory=list)  # bounds that cut the analysis short, if any
    problems: list[str] = field(default_factory=list)  # stages that failed on this article (their facts are missing)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Return the analysis built from `to_dict()` output."""
        return cls(
            article_id=data["article_id"],
            entities=[Entity.from_dict(d) for d in data.get("entities", [])],
            quotes=[Quote.from_dict(d) for d in data.get("quotes", [])],
            claims=[Claim.from_dict(d) for d in data.get("claims", [])],
            quantities=[Quantity.from_dict(d) for d in data.get("quantities", [])],
            dates=[DateMention.from_dict(d) for d in data.get("dates", [])],
            clusters=[Cluster.from_dict(d) for d in data.get("clusters", [])],
            model=data.get("model", ""),
            analyser_version=data.get("analyser_version", ANALYSER_VERSION),
            limits=[Limit.from_dict(d) for d in data.get("limits", [])],
            problems=[str(p) for p in data.get("problems", [])],
        )
