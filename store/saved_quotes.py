"""The machine's quotations of each saved article, kept (never pruned) so the library index can be rebuilt without the model.

The analysis cache keeps at most a few hundred analyses; a library of thousands of articles
would otherwise need spaCy again to rebuild its index. One small file per article under
`<stem>.d/quotes/`, written atomically under the database's lock.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quotemark.analysis.model import Quote
from quotemark.store import schema
from quotemark.store.errors import StoreError
from quotemark.store.paths import Layout
from quotemark.store.storage import Damaged, atomic_write, dumps, read_json

KIND = "quotemark-quotes"


def quotes_dir(layout: Layout) -> Path:
    """Return the folder of the saved quotations files."""
    return layout.data_dir / "quotes"


def quotes_file(layout: Layout, article_id: str) -> Path:
    """Return the file holding one article's machine quotations."""
    return quotes_dir(layout) / layout.article_file(article_id).name


def save(layout: Layout, article_id: str, quotes: list[dict[str, Any]]) -> None:
    """Return once the article's machine quotations are durably saved (the caller holds the lock)."""
    folder = quotes_dir(layout)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create {folder}: {exc.strerror or exc}") from None
    doc = {"kind": KIND, "schema": schema.SCHEMA_VERSION, "article_id": article_id, "quotes": quotes}
    atomic_write(quotes_file(layout, article_id), dumps(doc))


def load(layout: Layout, article_id: str, length: int) -> list[Quote] | None:
    """Return the article's saved machine quotations (None when none were saved or the file is unreadable)."""
    try:
        doc = read_json(quotes_file(layout, article_id))
    except (FileNotFoundError, Damaged, StoreError):
        return None
    if not isinstance(doc, dict) or doc.get("article_id") != article_id or not isinstance(doc.get("quotes"), list):
        return None
    out: list[Quote] = []
    for item in doc["quotes"]:
        try:
            quote = Quote.from_dict(item)
        except (TypeError, ValueError, AttributeError):
            continue
        if type(quote.start) is int and type(quote.end) is int and 0 <= quote.start <= quote.end <= length:
            out.append(quote)
    return out


def quotes_of_analysis(data: dict[str, Any]) -> list[dict[str, Any]] | None:
    """Return the quotations of an analysis as saved in the cache (None when `data` is not an analysis)."""
    quotes = data.get("quotes")
    if not isinstance(data.get("article_id"), str) or not isinstance(quotes, list):
        return None
    return [q for q in quotes if isinstance(q, dict)]
