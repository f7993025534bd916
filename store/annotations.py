"""An article's annotations in the store: reading them in order, and saving, replacing and removing them in one write."""

from __future__ import annotations

from collections.abc import Iterable

from tinydb import Query

from quotemark.analysis.model import Article
from quotemark.store import schema
from quotemark.store.annotation import TAGGING, Annotation, new_annotation_id
from quotemark.store.articles import article_record, ensure_text
from quotemark.store.errors import StoreError
from quotemark.store.files import ANNOTATIONS, ARTICLE, Files
from quotemark.store.records import annotation_from_record, check_record


def of_article(files: Files, article_id: str, include_orphans: bool = False) -> list[Annotation]:
    """Return the article's annotations, whole-article ones first, then by position.

    Orphans (carried from an earlier version of the article but not placed on this text,
    so their offsets do not apply) are left out unless `include_orphans`.
    """
    tables = files.article_tables(article_id)
    if tables is None:
        return []
    found = files.valid(tables, f"articles/{article_id[:12]}")
    return in_reading_order([a for a in found if include_orphans or not a.orphan])


def replace(files: Files, article_id: str, remove_ids: Iterable[str], add: Iterable[Annotation]) -> list[Annotation]:
    """Return `add` with ids set, once they are saved and `remove_ids` are gone, in one write of the article's file.

    An edit that swaps annotations (a corrected correction, an undo) is then all or nothing.
    An id saved in another file (carried over from an earlier version of the article) is
    removed from it afterwards.
    """
    added = list(add)
    for a in added:
        if a.article_id != article_id:
            raise StoreError("an annotation of another article cannot be saved with this one")
        if not a.id:
            a.id = new_annotation_id(article_id)
    gone = set(remove_ids) - {a.id for a in added}
    with files.transaction():
        path = files.layout.article_file(article_id)
        here = {d["id"] for d in (files.read(path) or {}).get(ANNOTATIONS, {}).values() if isinstance(d.get("id"), str)}
        if added or gone & here:
            with files.editing(path, schema.ARTICLE_KIND) as db:
                table = db.table(ANNOTATIONS)
                for a in added:
                    table.upsert(a.to_dict(), Query().id == a.id)
                if gone & here:
                    table.remove(Query().id.one_of(sorted(gone & here)))
    for annotation_id in sorted(gone - here):
        remove(files, annotation_id)
    return added


def remove(files: Files, annotation_id: str) -> None:
    """Return once the annotation is removed from whichever article file holds it (an absent id does nothing)."""
    with files.transaction():
        for path in files.candidate_files(annotation_id):
            tables = files.read(path)
            if not any(d.get("id") == annotation_id for d in (tables or {}).get(ANNOTATIONS, {}).values()):
                continue
            with files.editing(path, schema.ARTICLE_KIND) as db:
                db.table(ANNOTATIONS).remove(Query().id == annotation_id)
            return


def toggle_tag(files: Files, article: Article, start: int | None, end: int | None, tag: str) -> bool:
    """Return True when `tag` is now on article.text[start:end] (None span = whole article), False when it was removed.

    One locked write that also saves the article when its file lacks it. The app toggles tags
    through its annotator (`replace`); tests use this to build databases the way older
    quotemarks wrote them.
    """
    tag = tag.strip()
    if not tag:
        raise StoreError("a tag needs a name")
    with files.transaction():
        path = files.layout.article_file(article.id)
        with files.editing(path, schema.ARTICLE_KIND) as db:
            if not db.table(ARTICLE).all():
                ensure_text(files, article)
                db.table(ARTICLE).insert(article_record(article))
            table = db.table(ANNOTATIONS)
            present = [
                doc.doc_id
                for doc in table.all()
                if check_record(doc) is None
                and doc["motivation"] == TAGGING
                and doc["body"]["value"] == tag
                and annotation_from_record(doc).same_span(start, end)
            ]
            if present:
                table.remove(doc_ids=present)
            else:
                ann = Annotation.tag(article, start, end, tag)
                ann.id = new_annotation_id(article.id)
                table.insert(ann.to_dict())
    return not present


def in_reading_order(annotations: list[Annotation]) -> list[Annotation]:
    """Return annotations in reading order: whole-article ones first, then by start, end, creation."""
    return sorted(
        annotations,
        key=lambda a: (
            a.start is not None,
            a.start if a.start is not None else -1,
            a.end if a.end is not None else -1,
            a.created,
            a.id,
        ),
    )
