"""Everything saved for an article, out in formats other tools read, and W3C annotations back in.

Formats: md (the summary with notes and tags), json (everything), w3c (a Web Annotation
AnnotationCollection, JSON-LD), csv (one row per quote), spacy (a DocBin of the corrected
entities, for fine-tuning a model on the reader's corrections).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from quotemark.analysis.corrections import apply_corrections
from quotemark.analysis.model import Analysis, Article
from quotemark.store import Annotation
from quotemark.store.w3c import to_w3c
from quotemark.tui import view_model as vm

FORMATS: tuple[str, ...] = ("md", "json", "w3c", "csv", "spacy")
EXTENSIONS = {"md": "md", "json": "json", "w3c": "jsonld", "csv": "csv", "spacy": "spacy"}


@dataclass(frozen=True)
class Bundle:
    """An article with its (uncorrected) analysis and the reader's annotations."""

    article: Article
    analysis: Analysis
    annotations: Sequence[Annotation]

    @cached_property
    def corrected(self) -> Analysis:
        """Return the analysis with the reader's corrections applied."""
        return apply_corrections(self.analysis, self.article.text, vm.corrections_of(self.annotations)).analysis

    def summary(self) -> str:
        """Return the Markdown summary, with corrections, tags and notes."""
        from quotemark.analysis.summary import summary_markdown

        text = self.article.text
        notes = [(None if n.span is None else text[n.span[0]:n.span[1]], n.text) for n in vm.notes_of(self.annotations)]
        return summary_markdown(self.article, self.corrected, vm.tags_by_span(self.annotations), notes)


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
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_json(bundle: Bundle) -> dict[str, Any]:
    """Return everything: the article, the corrected analysis, the annotations and the summary."""
    article = bundle.article.to_dict()
    return {
        "article": article,
        "analysis": bundle.corrected.to_dict(),
        "annotations": [a.to_dict() for a in bundle.annotations],
        "summary": bundle.summary(),
    }


def to_csv(bundle: Bundle) -> str:
    """Return one CSV row per quote: speaker, quote, tags, notes, offsets, kind, corrected, whether it is to review."""
    analysis = bundle.corrected
    tags = vm.tags_by_span(bundle.annotations)
    notes = vm.notes_of(bundle.annotations)
    fixed = {(c.start, c.end) for c in vm.corrections_of(bundle.annotations)}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["speaker", "quote", "tags", "note", "start", "end", "kind", "corrected", "to_review"])
    for q in analysis.quotes:
        span = (q.start, q.end)
        note = " | ".join(n.text for n in notes if n.span == span)
        writer.writerow([q.speaker or "", q.text, ";".join(tags.get(span, [])), note, q.start, q.end, q.kind,
                         "yes" if span in fixed else "", "yes" if q.needs_review else ""])
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
