"""W3C Web Annotation (JSON-LD) export and import: an AnnotationCollection whose targets carry a
TextQuoteSelector and a TextPositionSelector, as https://www.w3.org/TR/annotation-model/ defines."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from quotemark.analysis.model import Article
from quotemark.store import safe_json
from quotemark.store.anchoring import locate
from quotemark.store.annotation import EDITING, MOTIVATIONS, TAGGING, Annotation, Target
from quotemark.store.records import BadRecord, SetAside, check_body, check_record

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
QM_NS = "https://quotemark.invalid/ns#"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"qm": QM_NS}]
ARTICLE_URN = "urn:quotemark:article:"
ANNOTATION_URN = "urn:quotemark:annotation:"


def article_iri(article_id: str) -> str:
    """Return the IRI that names an article (its id is the sha256 of its text)."""
    return ARTICLE_URN + article_id


def to_w3c(article: Article, annotations: list[Annotation]) -> dict[str, Any]:
    """Return the article's annotations as a W3C AnnotationCollection (JSON-LD, one embedded page)."""
    items = [annotation_to_w3c(a, article) for a in annotations]
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"{article_iri(article.id)}/annotations",
        "type": "AnnotationCollection",
        "label": article.title or article.source or article.id[:12],
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return collection


def annotation_to_w3c(ann: Annotation, article: Article | None = None) -> dict[str, Any]:
    """Return one annotation in the W3C model."""
    source = article_iri(ann.article_id)
    body: dict[str, Any] = {"type": "TextualBody", "purpose": ann.motivation}
    value = ann.body.get("value")
    body["value"] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if ann.motivation == EDITING or set(ann.body) - {"value"}:
        body["qm:body"] = json.dumps(ann.body, ensure_ascii=False, sort_keys=True)
    if ann.motivation != TAGGING:
        body["format"] = "text/plain"
    out: dict[str, Any] = {
        "id": ANNOTATION_URN + ann.id,
        "type": "Annotation",
        "motivation": ann.motivation,
        "created": ann.created,
        "modified": ann.modified,
        "body": body,
    }
    target = ann.target
    if target is None or target.whole:
        out["target"] = source
    else:
        out["target"] = {
            "source": source,
            "selector": [
                {"type": "TextQuoteSelector", "exact": target.exact, "prefix": target.prefix, "suffix": target.suffix},
                {"type": "TextPositionSelector", "start": target.start, "end": target.end},
            ],
        }
    if ann.orphan:
        out["qm:orphan"] = True
    return out


def from_w3c(data: Any, article: Article | None = None) -> list[Annotation]:
    """Return the annotations in a W3C collection, page, annotation or list of them (malformed ones left out; see read_w3c)."""
    return read_w3c(data, article)[0]


def read_w3c(
    data: Any, article: Article | None = None, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Annotation], list[SetAside]]:
    """Return the annotations in a W3C collection, page, annotation or list of them, and the items refused.

    An item that does not declare a record quotemark can hold (a body that is a number, a target
    that is a number, an unknown motivation, a correction with offsets that are not numbers) is
    refused, named by its position and id, and never saved.
    With `article`, every target is checked against its text: one whose position no longer
    holds its quote is re-anchored by quote and context, or marked orphan; annotations made on
    another article's text are given this article's id only when they can be placed.
    `progress(done, total)` is called after each item.
    """
    out: list[Annotation] = []
    refused: list[SetAside] = []
    items = _items(data)
    for n, item in enumerate(items, start=1):
        if progress is not None:
            progress(n, len(items))
        try:
            ann = annotation_from_w3c(item)
        except BadRecord as exc:
            name = item.get("id") if isinstance(item.get("id"), str) else None
            refused.append(SetAside(f"item {n}" + (f" ({name[:80]})" if name else ""), str(exc)))
            continue
        if article is not None:
            if ann.article_id != article.id:
                ann.article_id = article.id
                ann.id = ""  # made on other text: saved as a new annotation of this article
            t = ann.target
            if t is not None and not t.exact and t.start is not None and t.end is not None:
                inside = 0 <= t.start <= t.end <= len(article.text)
                ann.target = Target.for_span(article.text, t.start, t.end) if inside else t
                ann.orphan = not inside
            elif t is not None and t.exact:
                if t.whole or ann.orphan or article.text[t.start : t.end] != t.exact:
                    span = locate(t, article.text)
                    ann.orphan = span is None
                    if span is not None:
                        ann.target = Target.for_span(article.text, *span)
        out.append(ann)
    return out, refused


def _items(data: Any) -> list[dict[str, Any]]:
    """Return the annotation objects inside whatever W3C container `data` is."""
    if isinstance(data, list):
        return [x for d in data for x in _items(d)]
    if not isinstance(data, dict):
        return []
    kind = data.get("type")
    kinds = {k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
    if "Annotation" in kinds:
        return [data]
    found: list[dict[str, Any]] = []
    if "items" in data:
        found += _items(data["items"])
    page = data.get("first")
    while isinstance(page, dict):
        found += _items(page.get("items", []))
        page = page.get("next") if isinstance(page.get("next"), dict) else None
    return found


def annotation_from_w3c(item: dict[str, Any]) -> Annotation:
    """Return the annotation for one W3C Annotation object; raise BadRecord when it is not one quotemark can hold."""
    motivation = item.get("motivation")
    if isinstance(motivation, list):
        motivation = next((m for m in motivation if m in MOTIVATIONS), motivation[0] if motivation else None)
    bodies = item.get("body")
    if isinstance(bodies, list):
        bodies = bodies[0] if bodies else None
    if isinstance(bodies, str):
        bodies = {"value": bodies}
    if bodies is None:
        bodies = {}
    if not isinstance(bodies, dict):
        raise BadRecord(f"body is {type(bodies).__name__}, not an object or text")
    if motivation is None:
        motivation = bodies.get("purpose") if bodies.get("purpose") in MOTIVATIONS else "commenting"
    if motivation not in MOTIVATIONS:
        raise BadRecord(f"motivation {motivation!r} is not one quotemark keeps ({', '.join(MOTIVATIONS)})")
    if "qm:body" in bodies:
        try:
            body = safe_json.loads(bodies["qm:body"]) if isinstance(bodies["qm:body"], str) else None
        except safe_json.UnsafeJSON as exc:
            raise BadRecord(f"qm:body is not valid JSON ({exc})") from None
    else:
        body = {"value": bodies.get("value", "")}
    target_data = item.get("target")
    if isinstance(target_data, list):
        target_data = target_data[0] if target_data else None
    if target_data is not None and not isinstance(target_data, (str, dict)):
        raise BadRecord(f"target is {type(target_data).__name__}, not an IRI or an object")
    source = target_data if isinstance(target_data, str) else (target_data or {}).get("source", "")
    article_id = source[len(ARTICLE_URN) :] if isinstance(source, str) and source.startswith(ARTICLE_URN) else ""
    target: Target | None = Target(None, None)
    if isinstance(target_data, dict):
        selectors = target_data.get("selector") or []
        if not isinstance(selectors, (dict, list)):
            raise BadRecord(f"the target's selector is {type(selectors).__name__}, not an object")
        selectors = [selectors] if isinstance(selectors, dict) else selectors
        quote = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None)
        pos = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)
        if quote or pos:
            start = pos.get("start") if pos else None
            end = pos.get("end") if pos else None
            target = Target(
                start=start if isinstance(start, int) else None,
                end=end if isinstance(end, int) else None,
                exact=(quote or {}).get("exact", ""),
                prefix=(quote or {}).get("prefix", ""),
                suffix=(quote or {}).get("suffix", ""),
            )
    raw_id = str(item.get("id") or "")
    ann_id = raw_id[len(ANNOTATION_URN) :] if raw_id.startswith(ANNOTATION_URN) else ""
    ann = Annotation(
        id=ann_id,
        article_id=article_id,
        motivation=motivation,
        body=check_body(motivation, body),
        target=target,
        created=str(item.get("created") or ""),
        modified=str(item.get("modified") or ""),
        orphan=bool(item.get("qm:orphan", False)),
    )
    if target is not None and target.exact and target.whole:
        ann.orphan = True  # a quote without a position: placed only against the article's text
    # The declared model decides, with a stand-in id for annotations made on other text.
    why = check_record({**ann.to_dict(), "article_id": ann.article_id or "x"}, need_id=False)
    if why is not None:
        raise BadRecord(why)
    return ann
