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
from typing import Any

from quotemark.analysis.corrections import apply_corrections
from quotemark.analysis.model import Analysis, Article
from quotemark.store import Annotation, Target
from quotemark.tui import view_model as vm

FORMATS: tuple[str, ...] = ("md", "json", "w3c", "csv", "spacy")
EXTENSIONS = {"md": "md", "json": "json", "w3c": "jsonld", "csv": "csv", "spacy": "spacy"}
W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
ARTICLE_URN = "urn:sha256:"
ANNOTATION_URN = "urn:quotemark:annotation:"


class W3CImportError(Exception):
    """A file that is not a W3C annotation collection quotemark can read; the message says why."""


@dataclass(frozen=True)
class Bundle:
    """An article with its (uncorrected) analysis and the reader's annotations."""

    article: Article
    analysis: Analysis
    annotations: Sequence[Annotation]

    @property
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
        return _dumps(to_w3c(bundle.article, bundle.annotations))
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
    """Return one CSV row per quote: speaker, quote, tags, notes, offsets, kind, corrected."""
    analysis = bundle.corrected
    tags = vm.tags_by_span(bundle.annotations)
    notes = vm.notes_of(bundle.annotations)
    fixed = {(c.start, c.end) for c in vm.corrections_of(bundle.annotations)}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["speaker", "quote", "tags", "note", "start", "end", "kind", "corrected"])
    for q in analysis.quotes:
        span = (q.start, q.end)
        note = " | ".join(n.text for n in notes if n.span == span)
        writer.writerow([q.speaker or "", q.text, ";".join(tags.get(span, [])), note, q.start, q.end, q.kind,
                         "yes" if span in fixed else ""])
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


# ---- W3C Web Annotation ---------------------------------------------------------------------------


def to_w3c(article: Article, annotations: Sequence[Annotation]) -> dict[str, Any]:
    """Return the annotations as a W3C Web Annotation AnnotationCollection (JSON-LD)."""
    items = [_w3c_annotation(article, a) for a in annotations]
    return {
        "@context": W3C_CONTEXT,
        "id": f"urn:quotemark:collection:{article.id}",
        "type": "AnnotationCollection",
        "label": article.title or article.source or article.id,
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }


def _w3c_annotation(article: Article, a: Annotation) -> dict[str, Any]:
    value = a.body.get("value")
    body: dict[str, Any] = {"type": "TextualBody", "purpose": a.motivation, "format": "text/plain",
                            "value": "" if value is None else str(value)}
    if a.motivation == "editing":
        # The correction's structure rides along under our own key; readers that do not know it
        # still see a TextualBody with the value.
        body["quotemark:correction"] = a.body
    source = ARTICLE_URN + article.id
    target: dict[str, Any] | str
    if a.target is None or a.target.start is None:
        target = source
    else:
        t = a.target
        target = {
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix},
                {"type": "TextPositionSelector", "start": t.start, "end": t.end},
            ],
        }
    return {
        "id": ANNOTATION_URN + a.id,
        "type": "Annotation",
        "motivation": a.motivation,
        "created": a.created,
        "modified": a.modified,
        "body": body,
        "target": target,
    }


def from_w3c(data: Any) -> list[Annotation]:
    """Return the annotations in a W3C AnnotationCollection (or a page, or a list of annotations)."""
    items = _items(data)
    out = []
    for n, item in enumerate(items, 1):
        try:
            out.append(_annotation_from_w3c(item))
        except (KeyError, TypeError, ValueError) as exc:
            raise W3CImportError(f"annotation {n}: {exc}") from None
    return out


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise W3CImportError("not a JSON object or list")
    kind = data.get("type")
    if kind == "AnnotationCollection":
        first = data.get("first")
        if isinstance(first, dict):
            return list(first.get("items", []))
        raise W3CImportError("the collection has no embedded first page")
    if kind == "AnnotationPage":
        return list(data.get("items", []))
    if kind == "Annotation":
        return [data]
    raise W3CImportError(f"expected an AnnotationCollection, not {kind!r}")


def _annotation_from_w3c(item: dict[str, Any]) -> Annotation:
    motivation = item["motivation"]
    body = item.get("body") or {}
    if isinstance(body, list):
        body = body[0] if body else {}
    content = dict(body.get("quotemark:correction") or {"value": body.get("value", "")})
    target = item["target"]
    source = target if isinstance(target, str) else target["source"]
    if not source.startswith(ARTICLE_URN):
        raise ValueError(f"target source {source!r} is not a quotemark article (urn:sha256:…)")
    article_id = source[len(ARTICLE_URN):]
    anchor: Target | None = None
    if isinstance(target, dict):
        selectors = target.get("selector") or []
        selectors = selectors if isinstance(selectors, list) else [selectors]
        quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), {})
        pos = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
        anchor = Target(int(pos["start"]) if "start" in pos else None, int(pos["end"]) if "end" in pos else None,
                        quote.get("exact", ""), quote.get("prefix", ""), quote.get("suffix", ""))
    ident = str(item.get("id", ""))
    return Annotation(
        id=ident[len(ANNOTATION_URN):] if ident.startswith(ANNOTATION_URN) else "",
        article_id=article_id,
        motivation=motivation,
        body=content,
        target=anchor,
        created=item.get("created", ""),
        modified=item.get("modified", ""),
    )
