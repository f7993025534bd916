"""Versions of an article: finding the earlier version of an edited copy and carrying its annotations over.

Article ids are the sha256 of the text, so an edited copy of an article (a fixed typo, an extra
paragraph) arrives under a new id with no annotations. Its earlier version's annotations are
re-anchored onto the new text and copied to it, each copy recording in `origin` the id of the
annotation it descends from (the first one, however many versions it went through).

The carry-over is idempotent: an annotation is carried at most once into an article, never back
into the version it was written on (its id names that article), and never onto an article that
already holds it or another copy of it. Opening two versions of an article alternately therefore
changes nothing after the first open of each.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from quotemark.analysis.model import Article
from quotemark.store import schema
from quotemark.store.annotation import Annotation, new_annotation_id
from quotemark.store.annotations import in_reading_order, of_article
from quotemark.store.articles import article_record, ensure_text, load
from quotemark.store.files import ANNOTATIONS, ARTICLE, Files
from quotemark.store.index import listing
from quotemark.store.storage import memory_tables

_Doc = TypeVar("_Doc", bound=dict[str, Any])  # a stored record: a plain dict or TinyDB's Document


@dataclass
class Anchored:
    """An article's annotations placed on its text, the orphans that could not be, and where they came from.

    `carried` counts the placed annotations that were carried over from an earlier version.
    """

    annotations: list[Annotation]
    orphans: list[Annotation]
    carried_from: list[str]
    carried: int = 0


def root_of(annotation: Annotation | dict[str, Any]) -> str:
    """Return the id of the annotation a copy descends from (its own id when it is no copy)."""
    if isinstance(annotation, dict):
        return str(annotation.get("origin") or annotation.get("id") or "")
    return annotation.origin or annotation.id


def written_on(annotation_id: str, article_id: str) -> bool:
    """Return True when an annotation id was made for this article (ids start with 16 characters of its id)."""
    return bool(annotation_id) and annotation_id.split("-", 1)[0] == article_id[:16]


def to_carry(
    old: Iterable[Annotation], article_id: str, held: Iterable[Annotation | dict[str, Any]]
) -> list[Annotation]:
    """Return the annotations of an earlier version that may be carried onto `article_id`.

    Left out: one written on `article_id` itself (it would go back where it came from, even when
    the reader has since deleted it there), and one whose original the article already holds.
    """
    have = {root_of(a) for a in held} | {a.id if isinstance(a, Annotation) else str(a.get("id")) for a in held}
    keep: list[Annotation] = []
    for ann in old:
        root = root_of(ann)
        if written_on(root, article_id) or root in have:
            continue
        have.add(root)
        keep.append(ann)
    return keep


def copies_for(article: Article, annotations: Iterable[Annotation]) -> list[Annotation]:
    """Return copies of `annotations` for `article`: new ids, the article's id, and `origin` naming the original."""
    return [
        dataclasses.replace(a, id=new_annotation_id(article.id), article_id=article.id, origin=root_of(a))
        for a in annotations
    ]


def annotations_for(files: Files, article: Article) -> Anchored:
    """Return the article's annotations and orphans, carrying over (once) those of its previous version.

    In a read-only database the carry-over is computed but not saved.
    """
    from quotemark.store.anchoring import reanchor

    tables = files.article_tables(article.id) or {}
    carried = list(schema.meta_of(tables).get("carried_from") or [])
    previous = None if carried else previous_version(files, article)
    if previous is None:  # the file just read holds them all: no second read
        mine = in_reading_order(files.valid(tables, f"articles/{article.id[:12]}"))
    else:
        held = files.valid(tables, f"articles/{article.id[:12]}")
        # Checked like every load: a damaged record of the old version is named, never carried.
        old_tables = files.read(files.layout.article_file(previous)) or {}
        old = to_carry(files.valid(old_tables, f"articles/{previous[:12]}"), article.id, held)
        placed, orphans = reanchor([a for a in old if not a.orphan], article.text)
        orphans += [a for a in old if a.orphan]
        copies = copies_for(article, placed + orphans)
        carried = [previous]
        if files.read_only:
            mine = in_reading_order(of_article(files, article.id, include_orphans=True) + copies)
        else:
            with files.transaction():
                with files.editing(files.layout.article_file(article.id), schema.ARTICLE_KIND) as db:
                    if not schema.meta_of(memory_tables(db)).get("carried_from"):
                        if not db.table(ARTICLE).all():
                            ensure_text(files, article)
                            db.table(ARTICLE).insert(article_record(article))
                        table = db.table(ANNOTATIONS)
                        # Checked again under the lock: another process may have carried them meanwhile.
                        for ann in to_carry(copies, article.id, table.all()):
                            table.insert(ann.to_dict())
                        schema.set_meta(memory_tables(db), carried_from=carried)
            mine = of_article(files, article.id, include_orphans=True)
    placed_now = [a for a in mine if not a.orphan]
    return Anchored(
        annotations=placed_now,
        orphans=[a for a in mine if a.orphan],
        carried_from=carried,
        carried=sum(1 for a in placed_now if a.origin),
    )


def previous_version(files: Files, article: Article) -> str | None:
    """Return the id of the most recently opened saved article that is an earlier version of `article`."""
    source = _source_name(article.source)
    shingles: set[int] | None = None  # only when a candidate shares the source or title
    for entry in listing(files):
        if entry.id == article.id:
            continue
        same_source = source is not None and _source_name(entry.source) == source
        same_title = bool(article.title) and entry.title == article.title
        if not (same_source or same_title):
            continue
        old = load(files, entry.id)
        if old is None:
            continue
        if shingles is None:
            shingles = _shingles(article.text)
        theirs = _shingles(old.text)
        shared = len(shingles & theirs)
        if shared and shared >= 0.5 * min(len(shingles), len(theirs)):
            return entry.id
    return None


def duplicates(docs: Iterable[_Doc]) -> list[_Doc]:
    """Return the stored annotations that repeat an earlier one of the same article file (the first is kept).

    A duplicate is a second copy of the same original: the same `origin`/id root, or (for copies
    made before origins were recorded) the same motivation, body, target and creation time.
    """
    seen: set[Any] = set()
    extra: list[_Doc] = []
    # Stable: of copies alike, the one saved first (lowest document id) is kept; originals before copies.
    # Damaged records (doctor names them elsewhere) are compared by their repr, so no value can raise here.
    records = [d for d in docs if isinstance(d, dict)]
    for doc in sorted(records, key=lambda d: bool(d.get("origin"))):
        raw_target = doc.get("target")
        target: dict[str, Any] = raw_target if isinstance(raw_target, dict) else {}
        same = (
            repr(doc.get("motivation")),
            repr(sorted((doc.get("body") or {}).items()))
            if isinstance(doc.get("body"), dict)
            else repr(doc.get("body")),
            repr(target.get("start")),
            repr(target.get("end")),
            repr(target.get("exact")),
            repr(doc.get("created") or ""),
            bool(doc.get("orphan")),
        )
        keys = {("root", root_of(doc)), ("same", same)}
        if keys & seen:
            extra.append(doc)
        seen |= keys
    return extra


def _source_name(source: str | None) -> str | None:
    """Return the file name part of an article source (None for stdin or no source)."""
    if not source or source == "-":
        return None
    return Path(source).name or None


def _shingles(text: str, n: int = 5) -> set[int]:
    """Return the hashes of every run of `n` consecutive words: what two versions of a text share."""
    words = text.split()
    if len(words) < n:
        return {hash(tuple(words))}
    return {hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1)}
