"""The index's rows: what the library shows about each article, computed from its file and read back defensively."""

from __future__ import annotations

from typing import Any

from quotemark.store.annotation import COMMENTING, EDITING, TAGGING, ArticleEntry
from quotemark.store.records import article_length, check_record

Tables = dict[str, dict[str, Any]]
ARTICLE = "article"  # article-file table: the article itself (doc 1)
ANNOTATIONS = "annotations"  # article-file table: its annotations


def article_doc(tables: Tables) -> dict[str, Any] | None:
    """Return the stored article document of an article file (None when it has none or it is not an object)."""
    docs = tables.get(ARTICLE, {})
    doc = next(iter(docs.values()), None) if docs else None
    return doc if isinstance(doc, dict) else None


def summary(article_id: str, tables: Tables) -> dict[str, Any]:
    """Return the index row describing an article file: metadata and counts of its valid annotations."""
    doc = article_doc(tables) or {}
    counts = {COMMENTING: 0, TAGGING: 0, EDITING: 0}
    tag_names: set[str] = set()
    length = article_length(doc)
    for ann in tables.get(ANNOTATIONS, {}).values():
        if check_record(ann, length) is not None:
            continue  # set aside on load; `doctor` names it
        counts[ann["motivation"]] += 1
        if ann["motivation"] == TAGGING:
            tag_names.add(ann["body"]["value"])
    return {
        "id": article_id,
        "title": _text(doc.get("title")),
        "date": _text(doc.get("date")),
        "source": _text(doc.get("source")),
        "length": length or 0,
        "notes": counts[COMMENTING],
        "tags": counts[TAGGING],
        "corrections": counts[EDITING],
        "tag_names": sorted(tag_names),
    }


def entry(row: dict[str, Any]) -> ArticleEntry:
    """Return the library row for an index row; a field of the wrong type reads as absent."""
    names = row.get("tag_names")
    return ArticleEntry(
        id=str(row["id"]),
        title=_text(row.get("title")),
        date=_text(row.get("date")),
        source=_text(row.get("source")),
        last_opened=_text(row.get("last_opened")),
        notes=_count(row.get("notes")),
        tags=_count(row.get("tags")),
        corrections=_count(row.get("corrections")),
        length=_count(row.get("length")),
        tag_names=[n for n in names if isinstance(n, str)] if isinstance(names, list) else [],
    )


def _text(value: Any) -> str | None:
    """Return `value` when it is text, else None."""
    return value if isinstance(value, str) else None


def _count(value: Any) -> int:
    """Return `value` when it is a non-negative whole number, else 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
