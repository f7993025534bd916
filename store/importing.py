"""Bringing many annotations into one article's file at once: one write, honest counts, no id ever overwritten by accident."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.store import schema
from quotemark.store.annotation import Annotation, new_annotation_id
from quotemark.store.errors import StoreError
from quotemark.store.files import ANNOTATIONS

if TYPE_CHECKING:
    from quotemark.store.database import Store


@dataclass
class Imported:
    """What one import into one article did."""

    added: int = 0  # saved as new annotations
    renumbered: int = 0  # their id was taken (saved, or twice in the import): saved under a new id
    replaced: int = 0  # with replace=True: saved over the annotation with the same id


def import_annotations(store: Store, article_id: str, annotations: list[Annotation], replace: bool = False) -> Imported:
    """Return the counts, once every annotation is saved on `article_id` in one write of its file (all or none).

    An id already saved gets a new id, unless `replace` asks to overwrite that annotation; an
    id that appears twice in the import gets a new id for the second one either way.
    """
    result = Imported()
    for a in annotations:
        if a.article_id != article_id:
            raise StoreError("an annotation of another article cannot be imported with this one")
    files = store.files
    with files.transaction():
        with files.editing(files.layout.article_file(article_id), schema.ARTICLE_KIND) as db:
            table = db.table(ANNOTATIONS)
            saved = {doc["id"]: doc.doc_id for doc in table.all() if isinstance(doc.get("id"), str)}
            seen: set[str] = set()
            replace_ids: list[int] = []
            for a in annotations:
                if a.id and a.id not in seen and a.id in saved and replace:
                    replace_ids.append(saved[a.id])
                    result.replaced += 1
                elif not a.id or a.id in seen or a.id in saved:
                    result.renumbered += bool(a.id)
                    a.id = new_annotation_id(article_id)
                seen.add(a.id)
            if replace_ids:
                table.remove(doc_ids=replace_ids)
            table.insert_multiple(a.to_dict() for a in annotations)
    result.added = len(annotations) - result.replaced
    return result
