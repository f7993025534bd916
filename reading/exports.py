"""Everything saved for an article, out in formats other tools read, and W3C annotations back in.

Formats: md (the summary with notes and tags), json (everything), w3c (a Web Annotation
AnnotationCollection, JSON-LD), csv (one row per quote), spacy (a DocBin of the corrected
entities, for fine-tuning a model on the reader's corrections).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quotemark.analysis.corrections import Corrected
from quotemark.analysis.model import Analysis, Article
from quotemark.reading.corrected import correct
from quotemark.reading.marks import notes_of, tags_by_span
from quotemark.reading.menus import Choice, Menu
from quotemark.reading.passages import passages
from quotemark.reading.spreadsheet import SafeCsvWriter
from quotemark.store import Annotation
from quotemark.store.speaker_merges import SpeakerMerge
from quotemark.store.w3c import to_w3c

FORMATS: tuple[str, ...] = ("md", "json", "w3c", "csv", "spacy")
EXTENSIONS = {"md": "md", "json": "json", "w3c": "jsonld", "csv": "csv", "spacy": "spacy"}
DESCRIPTIONS = {
    "md": "Markdown summary",
    "json": "everything",
    "w3c": "Web Annotation JSON-LD",
    "csv": "quotes table",
    "spacy": "DocBin of corrected entities",
}


def format_menu() -> Menu[str]:
    """Return the question "Export as": one choice per format, giving back the format's name."""
    return Menu("Export as", tuple(Choice(f"{fmt}  {DESCRIPTIONS[fmt]}", fmt) for fmt in FORMATS))


def slug(text: str, width: int = 40) -> str:
    """Return `text` as a short file-name-safe slug: "north-korean-leader-kim-jong-un"."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words)[:width].rstrip("-") or "article"


def write_export(bundle: Bundle, fmt: str, folder: Path) -> Path:
    """Return the path of the new file in `folder` holding the bundle in `fmt` (a name of its own, never replacing one)."""
    from quotemark.reading.output_file import write_new

    article = bundle.article
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    # A new name of its own: two exports in the same second, or a planted link, are never replaced.
    return write_new(
        folder,
        f"{slug(article.title or 'article')}-{article.id[:8]}-{stamp}",
        f".{EXTENSIONS[fmt]}",
        export(bundle, fmt),
    )


@dataclass(frozen=True)
class Bundle:
    """An article, its analysis with the reader's corrections applied, and the reader's annotations."""

    article: Article
    result: Corrected
    annotations: Sequence[Annotation]
    # The reader's merges across the library; json keeps those naming this article's speakers.
    speaker_merges: Sequence[SpeakerMerge] = ()

    @classmethod
    def of(
        cls,
        article: Article,
        machine: Analysis,
        annotations: Sequence[Annotation],
        speaker_merges: Sequence[SpeakerMerge] = (),
    ) -> Bundle:
        """Return the bundle of an article whose corrected analysis is not computed yet (the CLI's case)."""
        return cls(article, correct(machine, article.text, annotations), tuple(annotations), tuple(speaker_merges))

    @property
    def corrected(self) -> Analysis:
        """Return the analysis with the reader's corrections applied."""
        return self.result.analysis

    def summary(self) -> str:
        """Return the Markdown summary, with corrections, tags and notes."""
        from quotemark.analysis.summary import summary_markdown

        text = self.article.text
        notes = [(None if n.span is None else text[n.span[0] : n.span[1]], n.text) for n in notes_of(self.annotations)]
        marked = [(p.text, p.tags) for p in passages(text, self.corrected, self.annotations) if p.tags]
        return summary_markdown(self.article, self.corrected, tags_by_span(self.annotations), notes, marked)


def export(bundle: Bundle, fmt: str) -> bytes:
    """Return the bundle rendered in `fmt` (one of FORMATS) as bytes ready to write."""
    if fmt == "md":
        return bundle.summary().encode("utf-8")
    if fmt == "json":
        return _dumps(to_json(bundle))
    if fmt == "w3c":
        return _dumps(to_w3c(bundle.article, list(bundle.annotations)))
    if fmt == "csv":
        return to_csv(bundle).encode("utf-8")
    if fmt == "spacy":
        return to_docbin(bundle)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _dumps(data: Any) -> bytes:
    from quotemark.reading.terminal_text import json_dumps  # bidi, format and C1 characters as \u escapes

    return (json_dumps(data, indent=2) + "\n").encode("utf-8")


def to_json(bundle: Bundle) -> dict[str, Any]:
    """Return everything: the article, the corrected analysis, the annotations and the summary."""
    article = bundle.article.to_dict()
    return {
        "article": article,
        "analysis": bundle.corrected.to_dict(),
        "annotations": [a.to_dict() for a in bundle.annotations],
        "speaker_merges": [asdict(m) for m in merges_of(bundle)],
        "summary": bundle.summary(),
    }


def merges_of(bundle: Bundle) -> list[SpeakerMerge]:
    """Return the reader's library-wide speaker merges that name a speaker of this article (alias or canonical)."""
    names = {q.speaker for q in bundle.corrected.quotes if q.speaker}
    return [m for m in bundle.speaker_merges if m.alias in names or m.canonical in names]


def to_csv(bundle: Bundle) -> str:
    """Return one CSV row per quote, then per tagged or noted passage (kind "passage"): speaker, text, tags, notes, offsets, kind, corrected, to review."""
    analysis = bundle.corrected
    tags = tags_by_span(bundle.annotations)
    notes = notes_of(bundle.annotations)
    fixed = bundle.result.spans
    out = io.StringIO()
    writer = SafeCsvWriter(out)
    writer.writerow(["speaker", "quote", "tags", "note", "start", "end", "kind", "corrected", "to_review"])
    for q in analysis.quotes:
        span = (q.start, q.end)
        note = " | ".join(n.text for n in notes if n.span == span)
        writer.writerow(
            [
                q.speaker or "",
                q.text,
                ";".join(tags.get(span, [])),
                note,
                q.start,
                q.end,
                q.kind,
                "yes" if span in fixed else "",
                "yes" if q.needs_review else "",
            ]
        )
    for p in passages(bundle.article.text, analysis, bundle.annotations):  # tagged or noted selections
        writer.writerow(["", p.text, ";".join(p.tags), " | ".join(p.notes), p.start, p.end, "passage", "", ""])
    return out.getvalue()


def to_docbin(bundle: Bundle) -> bytes:
    """Return a spaCy DocBin holding the article with its corrected entities (training data)."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("en")
    doc = nlp.make_doc(bundle.article.text)
    spans = []
    for e in bundle.corrected.entities:
        span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)
    doc.user_data["quotemark_article_id"] = bundle.article.id
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=True)
    docbin.add(doc)
    return docbin.to_bytes()
