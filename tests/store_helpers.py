"""Store operations the app does not use but tests need to build databases: toggling a tag straight in the file, removing by id."""

from __future__ import annotations

from quotemark.analysis.model import Article
from quotemark.store import Store, annotations


def toggle_tag(store: Store, article: Article, start: int | None, end: int | None, tag: str) -> bool:
    """Return True when `tag` is now on article.text[start:end] (None span = whole article), False when it was removed."""
    return annotations.toggle_tag(store.files, article, start, end, tag)


def remove(store: Store, annotation_id: str) -> None:
    """Return once the annotation is removed from whichever article file holds it (an absent id does nothing)."""
    annotations.remove(store.files, annotation_id)
